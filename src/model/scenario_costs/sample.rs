//! The Monte Carlo over the ranges: per draw, one amount per component per
//! scenario for the whole horizon (so a "Midden–hoog" is not averaged away
//! year by year), uniform within the range or triangular with its mode
//! ([`RangeSampler`]); P10, P50 and P90 per scenario and participant, and
//! how often each scenario is the cheapest.
//!
//! - **Seed and stream**: the set's seed (the one of SMAA-2, `--seed`) on
//!   the cost stream of the shared generators. The draws are made in
//!   blocks of [`DRAWS_PER_BLOCK`]: per block the generator fills one run
//!   of 16-bit words ([`UniformBlock`]), scenario by scenario in the data's
//!   order, component by component in the order of the cost profile, each
//!   component's words for the block's draws side by side. The same seed
//!   gives the same numbers.
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
//! Measured in `benches/scenario_costs.rs` (10 000 draws of 8 scenarios
//! with 8 components each; docs/performance.md); the window runs it off
//! the frame ([`crate::model::scenario_costs::CostSampleJob`]).

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::types::{CommonCosts, CostSample, HorizonCosts, Quantile, SampledScenario};
use crate::model::costs::Distribution;
use crate::model::costs::share::{largest_remainder, round_half_up};
use crate::model::robustness::RangeSampler;
use crate::model::robustness::sampling::{
    COST_STREAM, UniformBlock, WORD_SCALE, generator, tie_width, to_f64,
};

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

/// Draws made at once: their words fill one block of the generator
/// (64 KB for 64 amounts a draw, within a core's cache), component by
/// component, so each component's amounts lie side by side and the sums
/// run over many draws at a time.
pub const DRAWS_PER_BLOCK: usize = 256;

/// Adds one component's amounts of a block to `totals` (one per draw):
/// `f × (low + width × u)`, folded into `a + b × word` when uniform.
fn add_component(totals: &mut [f64], words: &[u16], sampler: &RangeSampler, factor: f64) {
    match sampler.straight() {
        Some((low, width)) => {
            let a = factor * (low + width * 0.5 * WORD_SCALE);
            let b = factor * width * WORD_SCALE;
            for (t, &w) in totals.iter_mut().zip(words) {
                *t += a + b * f64::from(w);
            }
        }
        None => {
            for (t, &w) in totals.iter_mut().zip(words) {
                *t += factor * sampler.at((f64::from(w) + 0.5) * WORD_SCALE);
            }
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
    let per_draw: usize = plan.scenarios.iter().flatten().map(Vec::len).sum();
    let mut block = UniformBlock::new(per_draw * DRAWS_PER_BLOCK);
    let mut done = 0;
    while done < plan.draws {
        let n = DRAWS_PER_BLOCK.min(plan.draws - done);
        let words = block.words(&mut rng);
        let mut column = 0;
        for (terms, out) in plan.scenarios.iter().zip(&mut totals) {
            let Some(terms) = terms else { continue };
            let start = out.len();
            out.resize(start + n, 0.0);
            for (sampler, factor) in terms {
                let mine = &words[column * DRAWS_PER_BLOCK..][..n];
                add_component(&mut out[start..], mine, sampler, *factor);
                column += 1;
            }
        }
        done += n;
    }
    totals
}

/// The share of draws in which each complete scenario is the cheapest.
pub fn cheapest(totals: &[Vec<f64>], draws: usize) -> Vec<Option<f64>> {
    let complete: Vec<&Vec<f64>> = totals.iter().filter(|t| !t.is_empty()).collect();
    // The lowest total of each draw, and up to where a total ties with it
    // (`tied` of the shared sampling code: within 1e-10 × (1 + |lowest|)).
    let mut lowest = vec![f64::INFINITY; draws];
    for t in &complete {
        for (m, &v) in lowest.iter_mut().zip(t.iter()) {
            *m = m.min(v);
        }
    }
    let reach: Vec<f64> = lowest.iter().map(|&m| m + tie_width(m)).collect();
    let mut sharing = vec![0u8; draws];
    for t in &complete {
        for ((n, &r), &v) in sharing.iter_mut().zip(&reach).zip(t.iter()) {
            *n += u8::from(v <= r);
        }
    }
    let share: Vec<f64> = sharing.iter().map(|&n| 1.0 / f64::from(n.max(1))).collect();
    let n = draws.max(1) as f64;
    totals
        .iter()
        .map(|t| {
            (!t.is_empty()).then(|| {
                let won: f64 = t
                    .iter()
                    .zip(&reach)
                    .zip(&share)
                    .map(|((&v, &r), &k)| if v <= r { k } else { 0.0 })
                    .sum();
                won / n
            })
        })
        .collect()
}

/// The smallest of `values` (infinity when empty).
fn smallest(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

/// The quantile at `h` (a 0-based position, maybe between two) of the
/// values in `part`, which hold positions `offset..offset + part.len()`
/// of the whole in sorted order; `part` is reordered. `above` is the value
/// at the position right after `part` when `part` is not the end of the
/// whole (needed when `h` lies between `part`'s last value and it).
fn quantile_in(part: &mut [f64], offset: usize, h: f64, above: Option<f64>) -> f64 {
    let below = h.floor() as usize - offset;
    let (_, &mut at, upper) = part.select_nth_unstable_by(below, f64::total_cmp);
    let fraction = h - h.floor();
    let next = if upper.is_empty() {
        above.unwrap_or(at)
    } else {
        smallest(upper)
    };
    if fraction == 0.0 {
        at
    } else {
        at + fraction * (next - at)
    }
}

/// P10, P50 and P90 of `values`, linear between the nearest draws (as
/// Excel's PERCENTILE.INC); `scratch` is reordered. The middle is found
/// first; P10 and P90 each in their half only.
pub fn quantiles(values: &[f64], scratch: &mut Vec<f64>) -> [f64; 3] {
    scratch.clear();
    scratch.extend_from_slice(values);
    let n = scratch.len();
    if n == 0 {
        return [0.0; 3];
    }
    let position = |p: f64| (n - 1) as f64 * p;
    let (h10, h50, h90) = (position(0.1), position(0.5), position(0.9));
    let middle = h50.floor() as usize;
    let p50 = quantile_in(scratch, 0, h50, None);
    // After that select, positions below `middle` hold the smaller values,
    // `middle` its own, and those after it the larger ones.
    let at_middle = scratch[middle];
    let (low, high) = scratch.split_at_mut(middle);
    let p10 = if (h10.floor() as usize) < middle {
        quantile_in(low, 0, h10, Some(at_middle))
    } else {
        quantile_in(high, middle, h10, None)
    };
    // h90 ≥ h50, so its lower draw is at `middle` or after.
    let p90 = quantile_in(high, middle, h90, None);
    [p10, p50, p90]
}

/// The `p`-quantile of `values`, linear between the nearest draws;
/// `scratch` is reordered.
#[cfg(test)]
fn quantile(values: &[f64], p: f64, scratch: &mut Vec<f64>) -> f64 {
    scratch.clear();
    scratch.extend_from_slice(values);
    if scratch.is_empty() {
        return 0.0;
    }
    let h = (scratch.len() - 1) as f64 * p;
    quantile_in(scratch, 0, h, None)
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
                let [p10, p50, p90] = quantiles(values, &mut scratch);
                let at = |q: f64| quantile_amount(&h.common, percents, q);
                SampledScenario {
                    p10: at(p10),
                    p50: at(p50),
                    p90: at(p90),
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
    fn the_three_quantiles_at_once_are_each_one() {
        let mut scratch = Vec::new();
        for n in [1usize, 2, 3, 10, 11, 101, 1000] {
            let values: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64 * 1.5).collect();
            let q = quantiles(&values, &mut scratch);
            for (got, p) in q.iter().zip([0.1, 0.5, 0.9]) {
                let one = quantile(&values, p, &mut scratch);
                assert!((got - one).abs() < 1e-9, "n {n} p {p}: {got} against {one}");
            }
        }
    }

    #[test]
    fn equal_totals_share_the_draw() {
        let totals = vec![vec![1.0, 2.0], vec![1.0, 3.0], Vec::new()];
        let c = cheapest(&totals, 2);
        assert_eq!(c, [Some(0.75), Some(0.25), None]);
    }
}
