//! What the sampled analyses share: seeded generators (one stream per
//! analysis), the weight sampler (uniform on the simplex, optionally under an
//! importance order), the coding sampler (uniform increasing codings of
//! the scale), the range sampler (an amount within a cost range, uniform or
//! triangular) and the tie rule for sampled totals. SMAA-2, the ordinal
//! analysis, band-SMAA and the cost per scenario all build on these; none
//! imports another.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Codings drawn when nothing else is asked for (ordinal analysis, SMAA-2
/// confidence factors).
pub const DEFAULT_CODINGS: usize = 1_000;

pub(crate) const WEIGHT_STREAM: u64 = 1;
pub(crate) const ORDINAL_STREAM: u64 = 2;
pub(crate) const CONFIDENCE_STREAM: u64 = 3;
/// The cost per scenario's Monte Carlo (band-SMAA uses 4, and 5 in its
/// test sampler).
pub(crate) const COST_STREAM: u64 = 6;

/// A ChaCha8 generator for `seed` on one of the analyses' streams.
pub(crate) fn generator(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    rng
}

pub(crate) fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// Draws weight vectors uniformly from the simplex, optionally under an
/// importance order (see the module documentation).
#[derive(Debug, Clone)]
pub struct WeightSampler {
    criteria: usize,
    importance: Vec<usize>,
    uniforms: Vec<f64>,
    picked: Vec<f64>,
}

impl WeightSampler {
    pub fn new(criteria: usize, importance: &[usize]) -> Self {
        let mut order: Vec<usize> = Vec::new();
        for &c in importance {
            if c < criteria && !order.contains(&c) {
                order.push(c);
            }
        }
        Self {
            criteria,
            importance: order,
            uniforms: Vec::with_capacity(criteria),
            picked: Vec::with_capacity(criteria),
        }
    }

    /// The importance order in use.
    pub fn importance(&self) -> &[usize] {
        &self.importance
    }

    /// Fills `weights` (length: the number of criteria) with one draw.
    pub fn sample<R: Rng + ?Sized>(&mut self, rng: &mut R, weights: &mut [f64]) {
        let m = self.criteria;
        if m == 0 {
            return;
        }
        self.uniforms.clear();
        self.uniforms.extend((1..m).map(|_| rng.random::<f64>()));
        self.uniforms.sort_unstable_by(f64::total_cmp);
        self.uniforms.push(1.0);
        let mut previous = 0.0;
        for (w, &u) in weights.iter_mut().zip(&self.uniforms) {
            *w = u - previous;
            previous = u;
        }
        if self.importance.len() > 1 {
            self.picked.clear();
            self.picked
                .extend(self.importance.iter().map(|&c| weights[c]));
            self.picked.sort_unstable_by(|a, b| b.total_cmp(a));
            for (&c, &w) in self.importance.iter().zip(&self.picked) {
                weights[c] = w;
            }
        }
    }
}

/// Draws strictly increasing codings of a scale uniformly: the first and
/// last level keep their data values, the levels between get sorted uniform
/// numbers between those two. The weighted sum's order does not change when
/// all values are shifted or stretched alike, so fixing both ends loses no
/// coding.
#[derive(Debug, Clone)]
pub struct CodingSampler {
    low: f64,
    high: f64,
    levels: usize,
}

impl CodingSampler {
    pub fn new(scale: &[Decimal]) -> Self {
        Self {
            low: scale.first().copied().map(to_f64).unwrap_or(0.0),
            high: scale.last().copied().map(to_f64).unwrap_or(0.0),
            levels: scale.len(),
        }
    }

    /// Fills `coding` (length: the number of levels) with one draw.
    pub fn sample<R: Rng + ?Sized>(&self, rng: &mut R, coding: &mut [f64]) {
        let q = self.levels;
        if q == 0 {
            return;
        }
        coding[0] = self.low;
        if q == 1 {
            return;
        }
        let span = self.high - self.low;
        for value in &mut coding[1..q - 1] {
            *value = self.low + span * rng.random::<f64>();
        }
        coding[1..q - 1].sort_unstable_by(f64::total_cmp);
        coding[q - 1] = self.high;
    }
}

/// Draws an amount within a range `[low, high]`: uniformly (every amount
/// equally likely), or triangular with its mode (the density rises
/// straight from low to the mode and falls straight to high), by the
/// inverse of the distribution function, so one uniform number makes one
/// amount either way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RangeSampler {
    low: f64,
    width: f64,
    /// Where the mode lies, as a share of the width; `None`: uniform.
    mode_at: Option<f64>,
}

impl RangeSampler {
    pub fn uniform(low: f64, high: f64) -> Self {
        Self {
            low,
            width: (high - low).max(0.0),
            mode_at: None,
        }
    }

    pub fn triangular(low: f64, high: f64, mode: f64) -> Self {
        let width = (high - low).max(0.0);
        let mode_at = if width > 0.0 {
            ((mode - low) / width).clamp(0.0, 1.0)
        } else {
            0.5
        };
        Self {
            low,
            width,
            mode_at: Some(mode_at),
        }
    }

    /// The amount for one uniform number `u` in [0, 1).
    pub fn at(&self, u: f64) -> f64 {
        let share = match self.mode_at {
            None => u,
            Some(c) if u < c => (u * c).sqrt(),
            Some(c) => 1.0 - ((1.0 - u) * (1.0 - c)).sqrt(),
        };
        self.low + self.width * share
    }

    /// For a uniform sampler, its low and its width: the amount is then
    /// `low + width × u`, a straight line a caller may fold into a sum.
    pub fn straight(&self) -> Option<(f64, f64)> {
        self.mode_at.is_none().then_some((self.low, self.width))
    }
}

/// Uniform numbers in [0, 1) many at a time: the generator fills a block of
/// 16-bit words at once (one call per number costs more than the number),
/// and word `w` stands for `(w + ½) / 2¹⁶`: 65.536 equally likely, equally
/// spaced values, symmetric around the middle. For an amount that is a
/// range in 65.536 steps (€ 18 for a range of € 1,2 mln), far below the
/// spread of the Monte Carlo itself (at 10.000 draws a P10 moves by some
/// € 3.600 from seed to seed for that range). A caller folds the scaling
/// into its own arithmetic ([`WORD_SCALE`]).
#[derive(Debug, Clone)]
pub struct UniformBlock {
    words: Vec<u16>,
}

/// One step between the block's uniform numbers: 2⁻¹⁶.
pub const WORD_SCALE: f64 = 1.0 / 65_536.0;

impl UniformBlock {
    /// A block of `n` words per call.
    pub fn new(n: usize) -> Self {
        Self { words: vec![0; n] }
    }

    /// The next `n` words.
    pub fn words<R: Rng + ?Sized>(&mut self, rng: &mut R) -> &[u16] {
        rng.fill(&mut self.words[..]);
        &self.words
    }
}

/// Whether two totals count as tied.
pub(crate) fn tied(a: f64, b: f64) -> bool {
    (a - b).abs() <= tie_width(a)
}

/// How close to `a` another total ties with it.
pub(crate) fn tie_width(a: f64) -> f64 {
    1e-10 * (1.0 + a.abs())
}

/// Orders `order` best first by `totals` and calls `visit(scenario, first
/// rank index, group size)` for each scenario, with its group of tied
/// scenarios.
pub(crate) fn rank_groups(
    totals: &[f64],
    order: &mut [usize],
    mut visit: impl FnMut(usize, usize, usize),
) {
    order.sort_unstable_by(|&a, &b| totals[b].total_cmp(&totals[a]).then(a.cmp(&b)));
    let n = order.len();
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n && tied(totals[order[i]], totals[order[j]]) {
            j += 1;
        }
        for &s in &order[i..j] {
            visit(s, i, j - i);
        }
        i = j;
    }
}
