//! The set's cost inputs in its file form (`costs: Some((…))`), written
//! back from what `read_costs.rs` read.

use super::costs_entry::{
    AmountEntry, CostsEntry, KeyEntry, OtherEntry, OwnShareEntry, RangeEntry, TransitionEntry,
    WageEntry, WageTargetEntry,
};
use super::range_names::range_names;
use crate::model::costs::{Amount, CostInputs, OtherCost, Transition, Wage, WageTarget};
use crate::model::dataset::DataSet;
use crate::model::located::{BigDec, Id, LocStr};
use std::collections::BTreeMap;

/// The file form of `costs` (`None` when nothing is typed).
pub fn write_costs(data: &DataSet, costs: &CostInputs) -> Option<CostsEntry> {
    if costs.is_empty() {
        return None;
    }
    let mut entry = CostsEntry {
        wage_all: costs.wage_all.as_ref().map(amount_entry),
        wages: costs.wages.iter().map(|w| wage_entry(data, w)).collect(),
        other: costs
            .other
            .iter()
            .map(|line| other_entry(data, line))
            .collect(),
        key: costs.key.as_ref().map(|k| KeyEntry {
            method: LocStr::new(k.method.id()),
            values: k
                .values
                .iter()
                .map(|(n, v)| (LocStr::new(n), BigDec::new(*v)))
                .collect(),
            source: k.source.clone(),
        }),
        own_shares: costs
            .own_shares
            .iter()
            .map(|o| OwnShareEntry {
                segment: Id::new(&data.segments[o.segment].id),
                participants: o.participants.iter().map(LocStr::new).collect(),
                source: o.source.clone(),
                supervision_follows: o.supervision_follows,
            })
            .collect(),
        transition: costs.transition.as_ref().map(|t| transition_entry(data, t)),
        ..CostsEntry::default()
    };
    super::components_file::write_components(data, costs, &mut entry);
    Some(entry)
}

fn amount_entry(a: &Amount) -> AmountEntry {
    AmountEntry {
        eur: BigDec::new(a.eur),
        source: a.source.clone(),
    }
}

/// A wage, its category by id or its role by name.
fn wage_entry(data: &DataSet, w: &Wage) -> WageEntry {
    WageEntry {
        target: match &w.target {
            WageTarget::Category(c) => WageTargetEntry::Category(Id::new(&data.categories[*c].id)),
            WageTarget::Role(name) => WageTargetEntry::Role(LocStr::new(name)),
        },
        eur: BigDec::new(w.amount.eur),
        source: w.amount.source.clone(),
    }
}

/// An other cost line: one amount for every year when it is the same in
/// each, else the amounts per year.
fn other_entry(data: &DataSet, line: &OtherCost) -> OtherEntry {
    OtherEntry {
        name: LocStr::new(&line.name),
        every_year: every_year(&line.per_year).map(BigDec::new),
        per_year: if every_year(&line.per_year).is_some() {
            BTreeMap::new()
        } else {
            data.years
                .iter()
                .zip(&line.per_year)
                .filter_map(|(&year, v)| v.map(|v| (year, BigDec::new(v))))
                .collect()
        },
        source: line.source.clone(),
        charged_to: line.charged_to.iter().map(LocStr::new).collect(),
    }
}

/// The transition costs: the component by id, each range for a level by
/// its word or for a scenario by its id.
fn transition_entry(data: &DataSet, t: &Transition) -> TransitionEntry {
    TransitionEntry {
        component: t
            .component
            .map(|c| Id::new(&data.cost_profile.components[c].id)),
        ranges: t
            .ranges
            .iter()
            .map(|r| {
                let (level, scenario) = range_names(data, r.on);
                RangeEntry {
                    level,
                    scenario,
                    low_eur: BigDec::new(r.low_eur),
                    high_eur: BigDec::new(r.high_eur),
                    source: r.source.clone(),
                }
            })
            .collect(),
    }
}

/// The amount of a line typed the same for every period, if it is.
fn every_year(per_year: &[Option<rust_decimal::Decimal>]) -> Option<rust_decimal::Decimal> {
    let first = (*per_year.first()?)?;
    per_year.iter().all(|v| *v == Some(first)).then_some(first)
}
