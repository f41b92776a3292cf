//! Ordinal honesty (in the spirit of SMAA-O): the report's scores are
//! verbal levels ("Beperkt" < "Matig" < …); only their order is sourced,
//! the numbers are a choice. This analysis asks, at the current weights,
//! whether the conclusions survive other numbers.
//!
//! - **Codings** are drawn uniformly among the strictly increasing ones
//!   with the lowest and highest level at their data values (see
//!   [`CodingSampler`]); shifting or stretching all values alike changes no
//!   order, so this covers every increasing coding. ChaCha8, seeded, stream 2.
//! - **Conclusions**: (a) the scenarios first now are exactly the first
//!   ones; (b) every scenario keeps its current rank (ties included).
//!   Totals closer than `1e-10 × (1 + |total|)` count as tied.
//! - **"Bij elke codering"** is decided exactly, not from the sample: the
//!   codings with both ends fixed form a polytope whose corners are the
//!   step codings (every level between at the lowest or at the highest
//!   value; one corner per step position). A total is affine in the coding,
//!   so "a ≥ b" holds on the whole polytope if and only if it holds at
//!   every corner, and a strict order that holds weakly at every corner
//!   holds strictly at every strictly increasing coding (an affine function
//!   that is zero at an inner point and never negative is zero everywhere,
//!   also at the data's coding). Those corners are checked in decimals.
//!   Otherwise the conclusion is "bij de meeste coderingen" when it holds
//!   for at least half of the sampled codings, and "alleen bij de gekozen
//!   codering" when it holds for fewer.

use rust_decimal::Decimal;

use super::exact::{clamp, order_and_ranks, shares, weighted_sums};
use super::sampling::{CodingSampler, ORDINAL_STREAM, generator, rank_groups, to_f64};
use super::scores::Scores;

/// How far a conclusion holds over the codings of the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// Under every strictly increasing coding (checked exactly).
    EveryCoding,
    /// Not under every coding, but under at least half of the sample.
    MostCodings,
    /// Under fewer than half of the sampled codings.
    OnlyChosenCoding,
}

impl Holds {
    /// "bij elke codering", "bij de meeste coderingen", "alleen bij de
    /// gekozen codering".
    pub fn label(self) -> &'static str {
        match self {
            Holds::EveryCoding => "bij elke codering",
            Holds::MostCodings => "bij de meeste coderingen",
            Holds::OnlyChosenCoding => "alleen bij de gekozen codering",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Conclusion {
    /// Share of the sampled codings under which it holds (0..1).
    pub share: f64,
    pub holds: Holds,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrdinalAnalysis {
    pub seed: u64,
    pub codings: usize,
    /// The current order (best first) and ranks, under the data's coding.
    pub order: Vec<usize>,
    pub ranks: Vec<usize>,
    /// (a) the current first place stays first.
    pub first_place: Conclusion,
    /// (b) the current full ranking holds.
    pub full_ranking: Conclusion,
    /// Per scenario: share of the codings under which it is first (a tie
    /// for first place split equally).
    pub first_share: Vec<f64>,
}

impl OrdinalAnalysis {
    /// The scenarios first under the data's coding.
    pub fn first_place(&self) -> Vec<usize> {
        self.order
            .iter()
            .copied()
            .filter(|&s| self.ranks[s] == 1)
            .collect()
    }
}

/// The ordinal analysis at `weights` (any non-negative numbers) with
/// `codings` random codings; `None` when all weights are zero.
pub fn ordinal_analysis(
    scores: &Scores,
    weights: &[Decimal],
    seed: u64,
    codings: usize,
) -> Option<OrdinalAnalysis> {
    let weight_shares: Vec<f64> = shares(weights)?.into_iter().map(to_f64).collect();
    let (order, ranks) = order_and_ranks(&weighted_sums(&scores.values(), weights));
    let (first_everywhere, full_everywhere) = corners_hold(scores, weights, &ranks);

    let n = scores.levels.len();
    let sampler = CodingSampler::new(&scores.scale);
    let mut rng = generator(seed, ORDINAL_STREAM);
    let mut coding = vec![0.0; scores.scale.len()];
    let mut totals = vec![0.0; n];
    let mut sample_order: Vec<usize> = (0..n).collect();
    let mut sample_ranks = vec![0; n];
    let (mut first_holds, mut full_holds) = (0usize, 0usize);
    let mut first_share = vec![0.0; n];
    for _ in 0..codings {
        sampler.sample(&mut rng, &mut coding);
        for (total, row) in totals.iter_mut().zip(&scores.levels) {
            *total = row
                .iter()
                .zip(&weight_shares)
                .map(|(&l, &w)| coding[l] * w)
                .sum();
        }
        rank_groups(&totals, &mut sample_order, |s, start, size| {
            sample_ranks[s] = start + 1;
            if start == 0 {
                first_share[s] += 1.0 / size as f64;
            }
        });
        if (0..n).all(|s| (sample_ranks[s] == 1) == (ranks[s] == 1)) {
            first_holds += 1;
        }
        if sample_ranks == ranks {
            full_holds += 1;
        }
    }
    let count = codings.max(1) as f64;
    let conclusion = |holds: usize, everywhere: bool| {
        let share = holds as f64 / count;
        Conclusion {
            share,
            holds: if everywhere {
                Holds::EveryCoding
            } else if share >= 0.5 {
                Holds::MostCodings
            } else {
                Holds::OnlyChosenCoding
            },
        }
    };
    Some(OrdinalAnalysis {
        seed,
        codings,
        first_place: conclusion(first_holds, first_everywhere),
        full_ranking: conclusion(full_holds, full_everywhere),
        first_share: first_share.into_iter().map(|f| f / count).collect(),
        order,
        ranks,
    })
}

/// Whether (a) and (b) hold at every corner of the coding polytope, in
/// decimals (see the module documentation).
fn corners_hold(scores: &Scores, weights: &[Decimal], ranks: &[usize]) -> (bool, bool) {
    let q = scores.scale.len();
    if q < 2 {
        return (true, true);
    }
    let (low, high) = (scores.scale[0], scores.scale[q - 1]);
    let n = scores.levels.len();
    let (mut first_ok, mut full_ok) = (true, true);
    // Corner `step`: levels below `step` at the lowest value, the rest at
    // the highest (level 0 always low, level q − 1 always high).
    for step in 1..q {
        let sums: Vec<Decimal> = scores
            .levels
            .iter()
            .map(|row| {
                row.iter()
                    .zip(weights)
                    .map(|(&l, &w)| {
                        let value = if l < step { low } else { high };
                        value * clamp(w)
                    })
                    .sum()
            })
            .collect();
        for a in 0..n {
            for b in 0..n {
                if a == b {
                    continue;
                }
                let needed = if ranks[a] == ranks[b] {
                    sums[a] == sums[b]
                } else if ranks[a] < ranks[b] {
                    sums[a] >= sums[b]
                } else {
                    true
                };
                if !needed {
                    full_ok = false;
                    if ranks[a] == 1 {
                        first_ok = false;
                    }
                }
            }
        }
    }
    (first_ok, full_ok)
}
