//! Costs per year and participant: each counted part of the staffing (as
//! shown, 2 decimals, adding up to the shown total) × its loonkosten, the
//! other cost lines, shared by the key (a segment charged to named
//! participants only by its terms in the derivation, `own.rs`), every part
//! exact; each year's total rounded once and split over the participants
//! by the largest-remainder rule (`split.rs`, `share.rs`). And the
//! transition range of each scenario, from its level in the cost profile.

use rust_decimal::Decimal;

use super::key::KeyShares;
use super::key::key_shares;
use super::own::{segment_fte, supervision_fte};
use super::share::{largest_remainder, round_half_up};
use super::split::{OwnCut, StaffPart, split_year};
use super::types::{
    Costs, OwnYear, PricedPart, ScenarioTransition, YearCosts, period_phrase, periods,
};
use crate::format::round_to_sum;
use crate::model::additions::costs::{CostInputs, RangeFor, WageTarget};
use crate::model::breakdown::{Breakdown, PartKind, breakdown};
use crate::model::dataset::DataSet;
use crate::model::inputs::{Inputs, Supervision};
use crate::model::staffing::{ExtraKind, YearStaffing};

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
    let mut key_missing = Vec::new();
    if let Err(why) = &key {
        key_missing.push(format!("Verdeelsleutel: {why}"));
    }
    // What the costs equal in every scenario (staff and other lines) lack.
    let mut common_missing = Vec::new();
    let mut no_wage: Vec<String> = Vec::new();
    let table = breakdown(data, inputs, staffing);
    let years: Vec<YearCosts> = periods(data)
        .iter()
        .enumerate()
        .map(|(y, &period)| {
            let context = YearContext {
                data,
                inputs,
                table: &table,
                y,
                period,
                year: staffing.get(y),
                shares: key.as_ref().ok(),
                participants: &participants,
            };
            year_costs(&context, &mut common_missing, &mut no_wage)
        })
        .collect();
    if !no_wage.is_empty() {
        common_missing.insert(0, format!("Loonkosten per fte voor {}", no_wage.join(", ")));
    }
    // In the order every output lists them: loonkosten, the key, the other
    // lines, the transition.
    let mut missing: Vec<String> = common_missing
        .iter()
        .take(usize::from(!no_wage.is_empty()))
        .cloned()
        .collect();
    missing.extend(key_missing);
    missing.extend(
        common_missing
            .iter()
            .skip(usize::from(!no_wage.is_empty()))
            .cloned(),
    );
    let transition = transition(data, c, key.as_ref().ok(), &mut missing);
    let mut costs = Costs {
        other_lines: !c.other.is_empty(),
        participants,
        key,
        years,
        transition,
        missing,
        common_missing,
        warnings: Vec::new(),
    };
    costs.warnings = super::checks::warnings(data, c, &costs);
    Some(costs)
}

/// What a year's costs are computed from.
struct YearContext<'a> {
    data: &'a DataSet,
    inputs: &'a Inputs,
    table: &'a Breakdown,
    y: usize,
    period: Option<u16>,
    year: Option<&'a YearStaffing>,
    shares: Option<&'a KeyShares>,
    participants: &'a [String],
}

/// One year: the staffing priced part by part, the other lines, the
/// totals exact and rounded once, what own distributions carry, and each
/// participant's part.
fn year_costs(cx: &YearContext, missing: &mut Vec<String>, no_wage: &mut Vec<String>) -> YearCosts {
    let c = &cx.inputs.costs;
    let parts = cx.year.map_or_else(Vec::new, |year| {
        parts_of_year(cx.data, cx.inputs, cx.table, cx.y, year)
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
        match line.per_year.get(cx.y).copied().flatten() {
            Some(v) => other_exact += v,
            None => missing.push(format!(
                "Overige kosten '{}' {}",
                line.name,
                period_phrase(cx.period)
            )),
        }
    }
    let total_exact = staff_exact.map(|s| s + other_exact);
    let total_eur = total_exact.map(|t| round_half_up(t, 0));
    let (own, cuts) = own_of_year(cx, &parts);
    let staff: Vec<StaffPart> = parts
        .iter()
        .zip(&priced)
        .map(|(part, price)| StaffPart {
            label: part.label.clone(),
            fte: part.fte,
            wage: price.wage,
        })
        .collect();
    let (per_participant, rounding) = match cx.shares {
        Some(shares) => split_year(c, shares, cx.participants, cx.y, &staff, &cuts, total_eur),
        None => (Vec::new(), None),
    };
    let wages: Vec<Decimal> = priced.iter().filter_map(|p| p.wage).collect();
    let uniform_wage = (wages.len() == priced.len() && wages.windows(2).all(|w| w[0] == w[1]))
        .then(|| wages.first().copied())
        .flatten();
    YearCosts {
        year: cx.period,
        parts: priced,
        staff_exact,
        other_exact,
        total_exact,
        total_eur,
        staff_eur: staff_exact.map(|s| round_half_up(s, 0)),
        other_eur: round_half_up(other_exact, 0),
        uniform_wage,
        own,
        per_participant,
        rounding,
    }
}

/// What each own distribution carries this year: the segment's terms per
/// counted category part, and its supervision (moved along when the set
/// says so).
fn own_of_year(cx: &YearContext, parts: &[Part]) -> (Vec<OwnYear>, Vec<OwnCut>) {
    let Some(year) = cx.year else {
        return (Vec::new(), Vec::new());
    };
    let c = &cx.inputs.costs;
    let mut own = Vec::new();
    let mut cuts = Vec::new();
    for (o, share) in c.own_shares.iter().enumerate() {
        let mut fte = Decimal::ZERO;
        for (k, part) in parts.iter().enumerate() {
            let Some(category) = part.category else {
                continue;
            };
            let of_segment = segment_fte(year, category, share.segment);
            if !of_segment.is_zero() {
                fte += of_segment;
                cuts.push(OwnCut {
                    part: k,
                    share: o,
                    fte: of_segment,
                    supervision: false,
                });
            }
        }
        let supervision = supervision_fte(cx.data, cx.inputs, year, share.segment);
        if let (true, Some((category, sup))) = (share.supervision_follows, supervision)
            && let Some(k) = parts.iter().position(|p| p.category == Some(category))
        {
            cuts.push(OwnCut {
                part: k,
                share: o,
                fte: sup,
                supervision: true,
            });
        }
        own.push(OwnYear {
            share: o,
            segment: share.segment,
            fte,
            supervision,
            supervision_follows: share.supervision_follows,
        });
    }
    (own, cuts)
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
            let range_eur =
                range.map(|r| (round_half_up(r.low_eur, 0), round_half_up(r.high_eur, 0)));
            if range.is_none() {
                let what = match level {
                    Some(l) => format!("het niveau {}", profile.levels[l]),
                    None => data.scenarios[s].label(),
                };
                if !without_range.contains(&what) {
                    without_range.push(what);
                }
            }
            let per_participant = match (range, shares) {
                (Some(r), Some(shares)) => {
                    // Each bound rounded once; the participants by largest
                    // remainder on their exact parts.
                    let split = |exact: Decimal| {
                        let scaled: Vec<Decimal> =
                            shares.percents.iter().map(|p| exact * p).collect();
                        largest_remainder(&scaled, Decimal::ONE_HUNDRED, round_half_up(exact, 0))
                            .rounded
                    };
                    split(r.low_eur)
                        .into_iter()
                        .zip(split(r.high_eur))
                        .collect()
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
