//! SMAA-2 (Lahdelma & Salminen 2001) without weights: how often each
//! scenario takes each rank when the weights are unknown.
//!
//! - **Weights** are drawn uniformly from the simplex (Dirichlet(1)): the
//!   `m − 1` gaps between sorted uniform numbers on [0, 1], with 0 and 1
//!   added ([`WeightSampler`]). Normalising independent uniforms would not
//!   be uniform.
//! - **Importance order** (optional): criterion indices from most to least
//!   important, e.g. `[1, 0, 3]` for "w1 ≥ w0 ≥ w3, the others free". A
//!   uniform draw's components at those criteria are sorted (largest first)
//!   and put back in that order. The uniform density on the simplex is
//!   symmetric under permuting components, so sorting maps it onto the
//!   constrained part of the simplex with again a uniform density: the draw
//!   is exactly uniform under the constraint. Indices out of range and
//!   repeated indices are dropped.
//! - **Ties** (equal totals, e.g. identical scenarios) are split equally: a
//!   group of `k` scenarios tied for ranks `r..r+k` adds `1/k` to each of
//!   those ranks for each of them, so identical scenarios get identical
//!   acceptabilities and every row and column still adds up to 1. Totals
//!   closer than `1e-10 × (1 + |total|)` count as tied.
//! - **Central weights** of a scenario: the mean weight vector over the
//!   draws in which it is first (a tied first place counts with its `1/k`).
//! - **Confidence factor**: with exact score values the original definition
//!   (the probability that a scenario is first at its central weights when
//!   the criterion values are uncertain) is simply 1 or 0. Here the
//!   uncertainty is the coding of the verbal levels instead: the confidence
//!   factor is the share of random increasing codings of the scale (drawn as
//!   in [`super::ordinal`], see [`CodingSampler`]) under which the scenario
//!   is first at its central weights (ties split as above).
//!
//! Deterministic: ChaCha8 seeded with the given seed (weights on stream 1,
//! codings for the confidence factors on stream 3).

use super::sampling::{
    CONFIDENCE_STREAM, CodingSampler, DEFAULT_CODINGS, WEIGHT_STREAM, WeightSampler, generator,
    rank_groups, to_f64,
};
use super::scores::Scores;
use crate::model::inputs::{DEFAULT_SEED, Inputs};

/// Weight vectors drawn when nothing else is asked for.
pub const DEFAULT_DRAWS: usize = 10_000;

/// What the analyses may vary; [`Default`] gives the documented defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobustnessOptions {
    /// Seed of every random draw (SMAA weights, codings); reported back.
    pub seed: u64,
    /// Number of weight vectors drawn for SMAA-2.
    pub draws: usize,
    /// Number of codings drawn for the ordinal analysis and for the SMAA
    /// confidence factors.
    pub codings: usize,
    /// Optional importance order for SMAA-2: criterion indices from most to
    /// least important (see [`WeightSampler`]); empty = no constraint.
    pub importance: Vec<usize>,
}

impl RobustnessOptions {
    /// The defaults, with the seed and importance order of the inputs.
    pub fn from_inputs(inputs: &Inputs) -> Self {
        Self {
            seed: inputs.smaa_seed,
            importance: inputs.importance.clone(),
            ..Self::default()
        }
    }
}

impl Default for RobustnessOptions {
    fn default() -> Self {
        Self {
            seed: DEFAULT_SEED,
            draws: DEFAULT_DRAWS,
            codings: DEFAULT_CODINGS,
            importance: Vec::new(),
        }
    }
}

/// SMAA-2 results. Shares are fractions (0..1) of the draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Smaa {
    pub seed: u64,
    pub draws: usize,
    pub codings: usize,
    /// The importance order used (after dropping invalid indices).
    pub importance: Vec<usize>,
    /// `acceptability[scenario][rank − 1]`: share of the draws in which the
    /// scenario takes that rank.
    pub acceptability: Vec<Vec<f64>>,
    /// Mean weight shares over the draws in which the scenario is first;
    /// `None` when it never is.
    pub central_weights: Vec<Option<Vec<f64>>>,
    /// Share of codings under which the scenario is first at its central
    /// weights; `None` without central weights or without codings.
    pub confidence: Vec<Option<f64>>,
}

/// Totals of all scenarios for `weights` over `coded[scenario][criterion]`.
fn totals_into(coded: &[f64], criteria: usize, weights: &[f64], totals: &mut [f64]) {
    for (total, row) in totals.iter_mut().zip(coded.chunks_exact(criteria.max(1))) {
        *total = row.iter().zip(weights).map(|(v, w)| v * w).sum();
    }
}

/// SMAA-2 acceptabilities, central weights and confidence factors.
pub fn smaa(scores: &Scores, options: &RobustnessOptions) -> Smaa {
    let n = scores.levels.len();
    let m = scores.levels.first().map_or(0, Vec::len);
    let mut sampler = WeightSampler::new(m, &options.importance);
    let coded: Vec<f64> = scores
        .levels
        .iter()
        .flat_map(|row| row.iter().map(|&l| to_f64(scores.scale[l])))
        .collect();

    let mut rng = generator(options.seed, WEIGHT_STREAM);
    let mut acceptability = vec![0.0; n * n];
    let mut central = vec![0.0; n * m];
    let mut first_mass = vec![0.0; n];
    let mut weights = vec![0.0; m];
    let mut totals = vec![0.0; n];
    let mut order: Vec<usize> = (0..n).collect();
    for _ in 0..options.draws {
        sampler.sample(&mut rng, &mut weights);
        totals_into(&coded, m, &weights, &mut totals);
        rank_groups(&totals, &mut order, |s, start, size| {
            let share = 1.0 / size as f64;
            for r in start..start + size {
                acceptability[s * n + r] += share;
            }
            if start == 0 {
                first_mass[s] += share;
                for (c, &w) in central[s * m..(s + 1) * m].iter_mut().zip(&weights) {
                    *c += share * w;
                }
            }
        });
    }
    let draws = options.draws.max(1) as f64;
    let acceptability: Vec<Vec<f64>> = acceptability
        .chunks_exact(n.max(1))
        .take(n)
        .map(|row| row.iter().map(|&a| a / draws).collect())
        .collect();
    let central_weights: Vec<Option<Vec<f64>>> = (0..n)
        .map(|s| {
            (first_mass[s] > 0.0).then(|| {
                central[s * m..(s + 1) * m]
                    .iter()
                    .map(|&c| c / first_mass[s])
                    .collect()
            })
        })
        .collect();
    let confidence = confidence_factors(scores, &central_weights, options);
    Smaa {
        seed: options.seed,
        draws: options.draws,
        codings: options.codings,
        importance: sampler.importance().to_vec(),
        acceptability,
        central_weights,
        confidence,
    }
}

/// Share of random codings under which each scenario is first at its own
/// central weights (the same codings for every scenario).
fn confidence_factors(
    scores: &Scores,
    central_weights: &[Option<Vec<f64>>],
    options: &RobustnessOptions,
) -> Vec<Option<f64>> {
    let n = scores.levels.len();
    let m = scores.levels.first().map_or(0, Vec::len);
    if options.codings == 0 {
        return vec![None; n];
    }
    let sampler = CodingSampler::new(&scores.scale);
    let mut rng = generator(options.seed, CONFIDENCE_STREAM);
    let mut coding = vec![0.0; scores.scale.len()];
    let mut coded = vec![0.0; n * m];
    let mut totals = vec![0.0; n];
    let mut order: Vec<usize> = (0..n).collect();
    let mut first = vec![0.0; n];
    for _ in 0..options.codings {
        sampler.sample(&mut rng, &mut coding);
        for (value, &level) in coded.iter_mut().zip(scores.levels.iter().flatten()) {
            *value = coding[level];
        }
        for (s, weights) in central_weights.iter().enumerate() {
            let Some(weights) = weights else { continue };
            totals_into(&coded, m, weights, &mut totals);
            rank_groups(&totals, &mut order, |t, start, size| {
                if t == s && start == 0 {
                    first[s] += 1.0 / size as f64;
                }
            });
        }
    }
    central_weights
        .iter()
        .zip(first)
        .map(|(w, f)| w.as_ref().map(|_| f / options.codings as f64))
        .collect()
}
