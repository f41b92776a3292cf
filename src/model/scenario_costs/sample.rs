//! The Monte Carlo over the ranges: per draw, one amount per component per
//! scenario for the whole horizon (so a "Midden–hoog" is not averaged away
//! year by year), uniform within the range or triangular with its mode
//! ([`RangeSampler`]); P10, P50 and P90 per scenario and participant, and
//! how often each scenario is the cheapest.
//!
//! - **Seed and stream**: the set's seed (the one of SMAA-2, `--seed`) on
//!   the cost stream of the shared generators; draw by draw, scenario by
//!   scenario in the data's order, component by component in the order of
//!   the cost profile: the same seed gives the same numbers.
//! - **Quantiles**: linear between the two nearest draws in sorted order
//!   (as Excel's PERCENTILE.INC), then the common costs added, the region's
//!   amount rounded once and split over the participants by the one
//!   rounding rule. A participant's part of a quantile is its quantile:
//!   what differs between the scenarios goes by the key, an increasing
//!   straight line of the region's draw.
//! - **Cheapest**: per draw the scenario with the lowest total among the
//!   complete ones; equal totals share the draw. For a participant with a
//!   share the order of every draw is the region's (its part is its percent
//!   of the same draw plus costs equal in every scenario); with 0 % every
//!   scenario costs it the same, so each gets an equal part.
//!
//! Runs in well under a millisecond for 10 000 draws of 8 scenarios and 8
//! components (`benches/scenario_costs.rs`); the window runs it off the
//! frame ([`crate::model::scenario_costs::CostSampleJob`]).

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::types::{CommonCosts, CostSample, HorizonCosts, Quantile, SampledScenario};
use crate::model::costs::Distribution;
use crate::model::costs::share::{largest_remainder, round_half_up};
use crate::model::robustness::RangeSampler;
use crate::model::robustness::sampling::{COST_STREAM, generator, tied, to_f64};

/// What one scenario draws: per component in euros its sampler and its
/// factor (years counted, negative for a saving).
#[derive(Debug, Clone, PartialEq)]
pub struct SamplePlan {
    /// Per scenario; `None` for an incomplete one (not drawn).
    pub scenarios: Vec<Option<Vec<(RangeSampler, f64)>>>,
    pub seed: u64,
    pub draws: usize,
    pub distribution: Distribution,
}

impl SamplePlan {
    /// The plan of `h`: its complete scenarios' ranges.
    pub fn of(h: &HorizonCosts) -> Self {
        let scenarios = h
            .scenarios
            .iter()
            .map(|s| {
                s.complete.then(|| {
                    s.parts
                        .iter()
                        .filter_map(|p| p.range)
                        .map(|r| {
                            let (low, high) = (to_f64(r.low_eur), to_f64(r.high_eur));
                            let sampler = match h.distribution {
                                Distribution::Uniform => RangeSampler::uniform(low, high),
                                Distribution::Triangular => RangeSampler::triangular(
                                    low,
                                    high,
                                    r.mode_eur.map_or((low + high) / 2.0, to_f64),
                                ),
                            };
                            (sampler, f64::from(r.sign) * f64::from(r.times))
                        })
                        .collect()
                })
            })
            .collect();
        Self {
            scenarios,
            seed: h.seed,
            draws: h.draws,
            distribution: h.distribution,
        }
    }
}

/// The sampled totals, draw by draw, of every complete scenario.
pub fn draw_totals(plan: &SamplePlan) -> Vec<Vec<f64>> {
    let mut rng = generator(plan.seed, COST_STREAM);
    let mut totals: Vec<Vec<f64>> = plan
        .scenarios
        .iter()
        .map(|s| {
            if s.is_some() {
                Vec::with_capacity(plan.draws)
            } else {
                Vec::new()
            }
        })
        .collect();
    for _ in 0..plan.draws {
        for (terms, out) in plan.scenarios.iter().zip(&mut totals) {
            let Some(terms) = terms else { continue };
            let total: f64 = terms.iter().map(|(s, f)| f * s.sample(&mut rng)).sum();
            out.push(total);
        }
    }
    totals
}

/// The share of draws in which each complete scenario is the cheapest.
// Draw `k` of every scenario at once: an index, not an iterator.
#[allow(clippy::needless_range_loop)]
pub fn cheapest(totals: &[Vec<f64>], draws: usize) -> Vec<Option<f64>> {
    let complete: Vec<usize> = (0..totals.len())
        .filter(|&s| !totals[s].is_empty())
        .collect();
    let mut counts = vec![0.0; totals.len()];
    let mut lowest: Vec<usize> = Vec::with_capacity(complete.len());
    for k in 0..draws {
        lowest.clear();
        for &s in &complete {
            let v = totals[s][k];
            match lowest.first().map(|&l| totals[l][k]) {
                None => lowest.push(s),
                Some(m) if tied(v, m) => lowest.push(s),
                Some(m) if v < m => {
                    lowest.clear();
                    lowest.push(s);
                }
                Some(_) => {}
            }
        }
        let share = 1.0 / lowest.len().max(1) as f64;
        for &s in &lowest {
            counts[s] += share;
        }
    }
    let n = draws.max(1) as f64;
    (0..totals.len())
        .map(|s| (!totals[s].is_empty()).then(|| counts[s] / n))
        .collect()
}

/// The `p`-quantile of `values`, linear between the nearest draws;
/// `scratch` is reordered.
pub fn quantile(values: &[f64], p: f64, scratch: &mut Vec<f64>) -> f64 {
    scratch.clear();
    scratch.extend_from_slice(values);
    let n = scratch.len();
    if n == 0 {
        return 0.0;
    }
    let h = (n - 1) as f64 * p;
    let below = h.floor() as usize;
    let (_, &mut at, upper) = scratch.select_nth_unstable_by(below, f64::total_cmp);
    let next = upper.iter().copied().fold(f64::INFINITY, f64::min);
    if below + 1 >= n {
        at
    } else {
        at + (h - below as f64) * (next - at)
    }
}

/// A quantile of the components' part, with the common costs, rounded
/// once and split by the key.
fn quantile_amount(common: &CommonCosts, percents: Option<&[Decimal]>, varying: f64) -> Quantile {
    let varying = round_half_up(Decimal::from_f64(varying).unwrap_or_default(), 2);
    let exact = varying + common.exact.unwrap_or_default();
    let eur = round_half_up(exact, 0);
    let per_participant = match percents {
        Some(percents) => {
            let with_common = common.exact.is_some() && !common.scaled.is_empty();
            let scaled: Vec<Decimal> = percents
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let own = if with_common {
                        common.scaled[i]
                    } else {
                        Decimal::ZERO
                    };
                    own + varying * p * (common.den / Decimal::ONE_HUNDRED)
                })
                .collect();
            largest_remainder(&scaled, common.den, eur).rounded
        }
        None => Vec::new(),
    };
    Quantile {
        eur,
        per_participant,
    }
}

/// The whole Monte Carlo of `h`.
pub fn cost_sample(h: &HorizonCosts) -> CostSample {
    let plan = SamplePlan::of(h);
    let totals = draw_totals(&plan);
    let cheapest = cheapest(&totals, plan.draws);
    let percents = h.percents.as_deref();
    let cheapest_per_participant = percents
        .map(|percents| {
            percents
                .iter()
                .map(|p| {
                    if p.is_zero() {
                        let n = cheapest.iter().flatten().count().max(1) as f64;
                        cheapest.iter().map(|c| c.map(|_| 1.0 / n)).collect()
                    } else {
                        cheapest.clone()
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let mut scratch = Vec::with_capacity(plan.draws);
    let scenarios = totals
        .iter()
        .map(|values| {
            (!values.is_empty()).then(|| {
                let mut at = |p: f64| {
                    quantile_amount(&h.common, percents, quantile(values, p, &mut scratch))
                };
                SampledScenario {
                    p10: at(0.1),
                    p50: at(0.5),
                    p90: at(0.9),
                }
            })
        })
        .collect();
    let mut sample = CostSample {
        seed: plan.seed,
        draws: plan.draws,
        distribution: plan.distribution,
        scenarios,
        cheapest,
        cheapest_per_participant,
        totals,
        sentences: Vec::new(),
    };
    sample.sentences = super::sample_text::sample_sentences(h, &sample);
    sample
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_linear_between_the_nearest_draws() {
        let mut scratch = Vec::new();
        let values = [4.0, 1.0, 3.0, 2.0, 5.0];
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(quantile(&values, 0.5, &mut scratch), 3.0));
        assert!(close(quantile(&values, 0.1, &mut scratch), 1.4));
        assert!(close(quantile(&values, 0.9, &mut scratch), 4.6));
        assert!(close(quantile(&values, 1.0, &mut scratch), 5.0));
    }

    #[test]
    fn equal_totals_share_the_draw() {
        let totals = vec![vec![1.0, 2.0], vec![1.0, 3.0], Vec::new()];
        let c = cheapest(&totals, 2);
        assert_eq!(c, [Some(0.75), Some(0.25), None]);
    }
}
