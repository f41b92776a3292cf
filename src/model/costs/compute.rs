//! Costs per year and participant: each counted part of the staffing (as
//! shown, 2 decimals, adding up to the shown total) × its loonkosten, the
//! other cost lines, shared by the key (a segment charged to named
//! participants only by its share of each category), rounded to whole
//! euros so that the participants' parts add up exactly to the total. And
//! the transition range of each scenario, from its level in the cost
//! profile.

use rust_decimal::Decimal;

use super::key::key_shares;
use super::{
    CostInputs, Costs, KeyShares, ParticipantYear, PricedPart, RangeFor, ScenarioTransition,
    WageTarget, YearCosts, period_phrase, periods,
};
use crate::format::round_to_sum;
use crate::model::breakdown::{Breakdown, PartKind, breakdown};
use crate::model::dataset::DataSet;
use crate::model::inputs::{Inputs, Supervision};
use crate::model::staffing::{ExtraKind, Term, YearStaffing};

/// The participants costs are shared among: the data's, else the key's.
pub fn participants(data: &DataSet, inputs: &CostInputs) -> Vec<String> {
    match (&data.participants, &inputs.key) {
        (Some(p), _) => p.names.clone(),
        (None, Some(key)) => key.values.iter().map(|(n, _)| n.clone()).collect(),
        (None, None) => Vec::new(),
    }
}

/// What a part of the staffing is priced by, and which category's terms
/// it follows (for a segment charged to named participants).
struct Part {
    label: String,
    fte: Decimal,
    wage_of: WageTarget,
    /// The category whose segment terms split this part (plain category
    /// parts only).
    category: Option<usize>,
}

/// The counted parts of year `y` of `table` (the breakdown of all years)
/// with their loonkosten keys: categories (and categories staffed by
/// tasks), roles, growth per category, inhuur.
fn parts_of_year(
    data: &DataSet,
    inputs: &Inputs,
    table: &Breakdown,
    y: usize,
    year: &YearStaffing,
) -> Vec<Part> {
    let roles = match &inputs.supervision {
        Supervision::Roles(r) => r.roles.as_slice(),
        Supervision::VolumeRule => &[],
    };
    let mut parts = Vec::new();
    for (column, value) in table.columns.iter().zip(&table.values[y]) {
        let Some(fte) = value.filter(|_| column.counted) else {
            continue;
        };
        match column.kind {
            PartKind::Category(c) => parts.push(Part {
                label: data.categories[c].name.clone(),
                fte,
                wage_of: WageTarget::Category(c),
                category: Some(c),
            }),
            PartKind::Tasks(c) => parts.push(Part {
                label: column.label.clone(),
                fte,
                wage_of: WageTarget::Category(c),
                category: None,
            }),
            PartKind::Role(r) => parts.push(Part {
                label: column.label.clone(),
                fte,
                wage_of: WageTarget::Role(roles.get(r).map(|x| x.name.clone()).unwrap_or_default()),
                category: None,
            }),
            PartKind::Inhuur(i) => {
                let category = year
                    .extras
                    .iter()
                    .find(|e| e.kind == ExtraKind::Inhuur(i))
                    .map_or(0, |e| e.category);
                parts.push(Part {
                    label: column.label.clone(),
                    fte,
                    wage_of: WageTarget::Category(category),
                    category: None,
                });
            }
            PartKind::Growth(g) => {
                for extra in year
                    .extras
                    .iter()
                    .filter(|e| e.kind == ExtraKind::Growth(g))
                {
                    parts.push(Part {
                        label: format!(
                            "{} ({})",
                            column.label, data.categories[extra.category].name
                        ),
                        fte: extra.fte,
                        wage_of: WageTarget::Category(extra.category),
                        category: None,
                    });
                }
            }
        }
    }
    // As shown: 2 decimals, adding up to the shown total.
    let exact: Vec<Decimal> = parts.iter().map(|p| p.fte).collect();
    for (part, fte) in parts
        .iter_mut()
        .zip(round_to_sum(&exact, year.total_fte, 2))
    {
        part.fte = fte;
    }
    parts
}

fn wage(inputs: &CostInputs, target: &WageTarget) -> Option<Decimal> {
    inputs
        .wages
        .iter()
        .find(|w| w.target == *target)
        .map(|w| w.amount.eur)
        .or_else(|| inputs.wage_all.as_ref().map(|a| a.eur))
}

/// The share of `category`'s fte that `segment` brings this year (its term
/// in the derivation).
fn segment_fraction(year: &YearStaffing, category: usize, segment: usize) -> Decimal {
    let Some(staffing) = year.categories.get(category) else {
        return Decimal::ZERO;
    };
    let total = staffing.fte.unwrap_or_default();
    if total <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let of_segment: Decimal = staffing
        .terms
        .iter()
        .filter_map(|t| match t {
            Term::Segment {
                segment: s, fte, ..
            } if *s == segment => Some(*fte),
            _ => None,
        })
        .sum();
    (of_segment / total).clamp(Decimal::ZERO, Decimal::ONE)
}

/// `amount` split over `among` (indices) by their percents; equally when
/// they have none.
fn split(amount: Decimal, percents: &[Decimal], among: &[usize], into: &mut [Decimal]) {
    let total: Decimal = among.iter().map(|&i| percents[i]).sum();
    for &i in among {
        into[i] += if total > Decimal::ZERO {
            amount * percents[i] / total
        } else {
            amount / Decimal::from(among.len().max(1))
        };
    }
}

/// The costs of `inputs` (its `costs`), with the staffing of `staffing`;
/// `None` when no cost input is typed at all.
pub fn costs(data: &DataSet, inputs: &Inputs, staffing: &[YearStaffing]) -> Option<Costs> {
    let c = &inputs.costs;
    if c.is_empty() {
        return None;
    }
    let participants = participants(data, c);
    let key = match &c.key {
        Some(k) => key_shares(&participants, k),
        None => Err("geen verdeelsleutel ingevuld".to_owned()),
    };
    let mut missing = Vec::new();
    if let Err(why) = &key {
        missing.push(format!("Verdeelsleutel: {why}"));
    }
    let index_of = |name: &str| participants.iter().position(|p| p == name);
    let mut no_wage: Vec<String> = Vec::new();
    let periods = periods(data);
    let table = breakdown(data, inputs, staffing);
    let mut years = Vec::with_capacity(periods.len());
    for (y, &period) in periods.iter().enumerate() {
        let year = staffing.get(y);
        let parts = year.map_or_else(Vec::new, |year| {
            parts_of_year(data, inputs, &table, y, year)
        });
        let priced: Vec<PricedPart> = parts
            .iter()
            .map(|p| PricedPart {
                label: p.label.clone(),
                fte: p.fte,
                wage: wage(c, &p.wage_of),
            })
            .collect();
        for p in priced.iter().filter(|p| p.wage.is_none()) {
            if !no_wage.contains(&p.label) {
                no_wage.push(p.label.clone());
            }
        }
        let staff_exact: Option<Decimal> = priced.iter().map(PricedPart::cost).sum();
        let mut other_exact = Decimal::ZERO;
        for line in &c.other {
            match line.per_year.get(y).copied().flatten() {
                Some(v) => other_exact += v,
                None => {
                    let what = format!("Overige kosten '{}' {}", line.name, period_phrase(period));
                    missing.push(what);
                }
            }
        }
        let staff_eur = staff_exact.map(|s| s.round_dp(0));
        let other_eur = other_exact.round_dp(0);
        let total_eur = staff_eur.map(|s| s + other_eur);
        let (per_participant, staff_by_key_eur) = match &key {
            Ok(shares) => per_participant(
                c,
                shares,
                participants.len(),
                (y, year),
                (&parts, &priced),
                (staff_eur, other_eur),
                &index_of,
            ),
            Err(_) => (Vec::new(), staff_exact.unwrap_or_default()),
        };
        let wages: Vec<Decimal> = priced.iter().filter_map(|p| p.wage).collect();
        let uniform_wage = (wages.len() == priced.len() && wages.windows(2).all(|w| w[0] == w[1]))
            .then(|| wages.first().copied())
            .flatten();
        years.push(YearCosts {
            year: period,
            parts: priced,
            staff_eur,
            other_eur,
            total_eur,
            staff_by_key_eur,
            uniform_wage,
            per_participant,
        });
    }
    if !no_wage.is_empty() {
        missing.insert(0, format!("Loonkosten per fte voor {}", no_wage.join(", ")));
    }
    let transition = transition(data, c, key.as_ref().ok(), &mut missing);
    Some(Costs {
        other_lines: !c.other.is_empty(),
        participants,
        key,
        years,
        transition,
        missing,
    })
}

/// Each participant's part of a year: the staff cost by the key (a
/// segment's part of each category to those it is charged to), the other
/// lines by the key or to their own participants, rounded to whole euros
/// that add up to the year's totals. Also the staff cost shared by the key.
fn per_participant(
    c: &CostInputs,
    shares: &KeyShares,
    n: usize,
    (y, year): (usize, Option<&YearStaffing>),
    (parts, priced): (&[Part], &[PricedPart]),
    (staff_eur, other_eur): (Option<Decimal>, Decimal),
    index_of: &dyn Fn(&str) -> Option<usize>,
) -> (Vec<ParticipantYear>, Decimal) {
    let everyone: Vec<usize> = (0..n).collect();
    let percents = &shares.percents;
    // Who carries each own distribution.
    let among: Vec<Vec<usize>> = c
        .own_shares
        .iter()
        .map(|own| {
            own.participants
                .iter()
                .filter_map(|p| index_of(p))
                .collect()
        })
        .collect();
    // The cost is linear in each part: sum what goes by the key and what
    // each own distribution charges over the parts, then split each sum
    // once.
    let mut by_key_total = Decimal::ZERO;
    let mut own_totals = vec![Decimal::ZERO; c.own_shares.len()];
    for (part, price) in parts.iter().zip(priced) {
        let Some(cost) = price.cost() else { continue };
        let mut rest = cost;
        if let (Some(category), Some(year)) = (part.category, year) {
            for (o, own) in c.own_shares.iter().enumerate() {
                if among[o].is_empty() {
                    continue;
                }
                let own_cost = cost * segment_fraction(year, category, own.segment);
                rest -= own_cost;
                own_totals[o] += own_cost;
            }
        }
        by_key_total += rest;
    }
    let mut staff = vec![Decimal::ZERO; n];
    split(by_key_total, percents, &everyone, &mut staff);
    let mut own_eur: Vec<Vec<(usize, Decimal)>> = vec![Vec::new(); n];
    for (o, own) in c.own_shares.iter().enumerate() {
        if own_totals[o].is_zero() {
            continue;
        }
        let mut shared = vec![Decimal::ZERO; n];
        split(own_totals[o], percents, &among[o], &mut shared);
        for &i in &among[o] {
            staff[i] += shared[i];
            match own_eur[i].iter_mut().find(|(s, _)| *s == own.segment) {
                Some((_, sum)) => *sum += shared[i],
                None => own_eur[i].push((own.segment, shared[i])),
            }
        }
    }
    let mut other = vec![Decimal::ZERO; n];
    for line in &c.other {
        let Some(v) = line.per_year.get(y).copied().flatten() else {
            continue;
        };
        let among: Vec<usize> = if line.charged_to.is_empty() {
            everyone.clone()
        } else {
            line.charged_to.iter().filter_map(|p| index_of(p)).collect()
        };
        split(v, percents, &among, &mut other);
    }
    let staff_rounded = staff_eur.map(|total| round_to_sum(&staff, total, 0));
    let other_rounded = round_to_sum(&other, other_eur, 0);
    let parts = (0..n)
        .zip(own_eur)
        .map(|(i, own_eur)| {
            let staff_eur = staff_rounded.as_ref().map(|r| r[i]);
            ParticipantYear {
                staff_eur,
                other_eur: other_rounded[i],
                total_eur: staff_eur.map(|s| s + other_rounded[i]),
                own_eur,
            }
        })
        .collect();
    (parts, by_key_total)
}

/// Each scenario's transition range: typed for the scenario itself, else
/// from its level in the row the inputs name; and each participant's part.
fn transition(
    data: &DataSet,
    c: &CostInputs,
    shares: Option<&KeyShares>,
    missing: &mut Vec<String>,
) -> Vec<ScenarioTransition> {
    let Some(t) = &c.transition else {
        return Vec::new();
    };
    let profile = &data.cost_profile;
    let component = t.component.and_then(|i| profile.components.get(i));
    let mut without_range: Vec<String> = Vec::new();
    let out = (0..data.scenarios.len())
        .map(|s| {
            let level = component.and_then(|row| row.cells.get(s)?.level);
            let own = t.ranges.iter().find(|r| r.on == RangeFor::Scenario(s));
            let range = own.or_else(|| {
                level.and_then(|l| t.ranges.iter().find(|r| r.on == RangeFor::Level(l)))
            });
            let range_eur = range.map(|r| (r.low_eur.round_dp(0), r.high_eur.round_dp(0)));
            if range.is_none() {
                let what = match level {
                    Some(l) => format!("het niveau {}", profile.levels[l]),
                    None => data.scenarios[s].label(),
                };
                if !without_range.contains(&what) {
                    without_range.push(what);
                }
            }
            let per_participant = match (range_eur, shares) {
                (Some((low, high)), Some(shares)) => {
                    let exact = |v: Decimal| -> Vec<Decimal> {
                        shares
                            .percents
                            .iter()
                            .map(|p| v * p / Decimal::ONE_HUNDRED)
                            .collect()
                    };
                    let lows = round_to_sum(&exact(low), low, 0);
                    let highs = round_to_sum(&exact(high), high, 0);
                    lows.into_iter().zip(highs).collect()
                }
                _ => Vec::new(),
            };
            ScenarioTransition {
                scenario: s,
                level: level.map(|l| profile.levels[l].clone()),
                own_range: own.is_some(),
                range_eur,
                per_participant,
            }
        })
        .collect();
    if !without_range.is_empty() {
        missing.push(format!(
            "Transitiekosten voor {}",
            crate::format::join_and(&without_range)
        ));
    }
    out
}
