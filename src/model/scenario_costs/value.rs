//! Value for money: each scenario's weighted score beside its cost over
//! the horizon — never merged into one number (the report keeps cost out
//! of the five criteria). Which scenarios are dearer in the middle and
//! lower-valued than another, for the region with the current weights and
//! for each participant with weights of its own against its own share; and
//! how often each scenario is first in value and within a budget, with the
//! current weights, with SMAA-2's and with band-SMAA's weightings.
//!
//! The weights and the costs are drawn independently (no weighting says
//! anything about a cost), so the chance of both is the product of the two
//! chances, each from its own seeded sample.

use rust_decimal::Decimal;

use super::types::{
    BudgetChances, BudgetRow, CostSample, Dominance, HorizonCosts, ParticipantValue, ValueForMoney,
    ValuePoint, Weighing,
};
use super::value_text::{budget_sentences, dominance_sentence, value_sentences};
use crate::model::group::GroupResult;
use crate::model::ranking::Ranking;
use crate::model::robustness::sampling::to_f64;

/// The scenario's score in `ranking`, if it is ranked.
fn score(ranking: &Ranking, scenario: usize) -> Option<Decimal> {
    ranking
        .entries()
        .iter()
        .find(|e| e.scenario == scenario)
        .map(|e| e.total)
}

/// The points of the complete scenarios with a score; `amount(at)` gives
/// low, middle and high in whole euros.
fn points(
    h: &HorizonCosts,
    ranking: &Ranking,
    amount: impl Fn(usize) -> Option<(Decimal, Decimal, Decimal)>,
) -> Vec<ValuePoint> {
    h.complete()
        .filter_map(|(at, s)| {
            let (low_eur, middle_eur, high_eur) = amount(at)?;
            Some(ValuePoint {
                at,
                score: score(ranking, s.scenario)?,
                low_eur,
                middle_eur,
                high_eur,
            })
        })
        .collect()
}

/// The share of draws in which `a` costs more than `b`.
fn chance_dearer(sample: Option<&CostSample>, a: usize, b: usize) -> Option<f64> {
    let sample = sample?;
    let (ta, tb) = (sample.totals.get(a)?, sample.totals.get(b)?);
    if ta.is_empty() || tb.is_empty() {
        return None;
    }
    let dearer = ta.iter().zip(tb).filter(|(x, y)| x > y).count();
    Some(dearer as f64 / ta.len() as f64)
}

/// Every pair where the first is dearer in the middle and scores lower.
fn dominated(
    h: &HorizonCosts,
    points: &[ValuePoint],
    sample: Option<&CostSample>,
    whose: Option<&str>,
) -> Vec<Dominance> {
    let mut out = Vec::new();
    for a in points {
        for b in points {
            if a.middle_eur > b.middle_eur && a.score < b.score {
                let mut d = Dominance {
                    dearer: a.at,
                    than: b.at,
                    more_eur: a.middle_eur - b.middle_eur,
                    lower_score: b.score - a.score,
                    chance_dearer: chance_dearer(sample, a.at, b.at),
                    sentence: String::new(),
                };
                d.sentence = dominance_sentence(h, &d, whose);
                out.push(d);
            }
        }
    }
    out
}

/// Value for money of `h` with `weighing`.
pub fn value_for_money(
    h: &HorizonCosts,
    sample: Option<&CostSample>,
    weighing: &Weighing,
) -> ValueForMoney {
    let region = |at: usize| {
        let s = &h.scenarios[at];
        Some((s.low.eur, s.middle.eur, s.high.eur))
    };
    let points = points(h, weighing.ranking, region);
    let dominated = dominated(h, &points, sample, None);
    let participants = participant_values(h, sample, weighing.group);
    let budget = h
        .budget
        .as_ref()
        .map(|b| budget_chances(h, sample, weighing, b.eur));
    let mut value = ValueForMoney {
        points,
        dominated,
        participants,
        budget,
        sentences: Vec::new(),
    };
    value.sentences = value_sentences(h, weighing.ranking, &value);
    if let Some(b) = &value.budget {
        value
            .sentences
            .extend(budget_sentences(h, b, sample.is_some(), weighing));
    }
    value
}

/// Each participant with weights of its own: its score against its share.
fn participant_values(
    h: &HorizonCosts,
    sample: Option<&CostSample>,
    group: Option<&GroupResult>,
) -> Vec<ParticipantValue> {
    let Some(group) = group else {
        return Vec::new();
    };
    group
        .participants
        .iter()
        .filter(|p| p.own)
        .filter_map(|p| {
            let i = h.participants.iter().position(|n| *n == p.name)?;
            let share = |at: usize| {
                let s = &h.scenarios[at];
                Some((
                    s.low.per_participant.get(i)?.eur,
                    s.middle.per_participant.get(i)?.eur,
                    s.high.per_participant.get(i)?.eur,
                ))
            };
            let points = points(h, &p.ranking, share);
            let dominated = dominated(h, &points, sample, Some(&p.name));
            Some(ParticipantValue {
                name: p.name.clone(),
                points,
                dominated,
            })
        })
        .collect()
}

/// The share of `weights`' scenarios (positions) in which `scenario` is
/// first.
fn first_share(acceptability: &[Vec<f64>], positions: &[usize], scenario: usize) -> Option<f64> {
    let pos = positions.iter().position(|&s| s == scenario)?;
    acceptability.get(pos)?.first().copied()
}

fn budget_chances(
    h: &HorizonCosts,
    sample: Option<&CostSample>,
    weighing: &Weighing,
    budget: Decimal,
) -> BudgetChances {
    // The draws are of what the components add; the common costs are the
    // same in every draw.
    let room = to_f64(budget - h.common.exact.unwrap_or_default());
    let rows = h
        .complete()
        .map(|(at, s)| {
            let within = sample
                .and_then(|x| x.totals.get(at))
                .map(|t| t.iter().filter(|&&v| v <= room).count() as f64 / t.len().max(1) as f64);
            let first_now = weighing
                .ranking
                .entries()
                .iter()
                .any(|e| e.rank == 1 && e.scenario == s.scenario);
            let first_smaa = weighing
                .robustness
                .and_then(|r| first_share(&r.smaa.acceptability, &r.visible.scenarios, s.scenario));
            let first_band = weighing.group.and_then(|g| {
                first_share(
                    &g.band_smaa.as_ref()?.acceptability,
                    &g.band_scenarios,
                    s.scenario,
                )
            });
            let both = |first: Option<f64>| Some(first? * within?);
            BudgetRow {
                at,
                within,
                first_now,
                first_smaa,
                first_band,
                both_now: within.map(|w| if first_now { w } else { 0.0 }),
                both_smaa: both(first_smaa),
                both_band: both(first_band),
            }
        })
        .collect();
    BudgetChances {
        budget_eur: budget,
        rows,
    }
}
