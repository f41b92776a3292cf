//! Band-SMAA: rank acceptabilities with weights drawn uniformly from the
//! band the participants' profiles span — per criterion from the lowest to
//! the highest normalised weight among them, summing to 1.
//!
//! **Sampling.** The band is `{w : lo ≤ w ≤ hi, Σw = 1}`. With `w = lo + x`
//! it is `{x : 0 ≤ x ≤ d, Σx = T}` (`d = hi − lo`, `T = 1 − Σlo`), a simplex
//! cut by a box. Criteria with `d = 0` (all participants agree) are fixed.
//! When `T` is more than half of `Σd` the complement `y = d − x` (total
//! `Σd − T`) is sampled instead: an affine map with unit Jacobian, so
//! uniform stays uniform, and the smaller total keeps acceptance high.
//! Two exact samplers, each uniform on the cut simplex:
//!
//! - *Dirichlet*: `x = T · Dirichlet(1)` (uniform on the simplex, via the
//!   gaps of sorted uniforms), rejected unless `x ≤ d` — good when `T` is
//!   small against the widths;
//! - *Box*: the free coordinates but the widest uniform in `[0, d_i]`, the
//!   widest set to `T − Σ`, rejected unless within `[0, d_max]` — uniform
//!   because the projection onto the other coordinates has a constant
//!   Jacobian; good when `T` is near the middle.
//!
//! A pilot of [`PILOT`] tries per sampler picks the one that accepts more.
//! Time is bounded: at most [`MAX_TRIES_PER_DRAW`] tries per requested
//! draw; if that is reached, the analysis reports how many draws it got.
//! Identical profiles give a band of one point: then there is nothing to
//! sample and the result says so.
//!
//! Deterministic: ChaCha8 with the set's seed on its own stream.

use rand::Rng;

use crate::model::robustness::sampling::{generator, rank_groups};

/// Tries of each sampler before choosing one.
pub const PILOT: usize = 256;
/// At most this many tries per requested draw (bounds the time for very
/// narrow bands).
pub const MAX_TRIES_PER_DRAW: usize = 200;
/// Generator stream of band-SMAA (the other analyses use 1–3).
pub const BAND_STREAM: u64 = 4;
/// Widths and totals below this are zero (a band of one point).
const EPS: f64 = 1e-12;

/// The band of weights: per criterion the lowest and highest share.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub lo: Vec<f64>,
    pub hi: Vec<f64>,
}

impl Band {
    /// Whether the band is a single weighting (identical profiles).
    pub fn is_point(&self) -> bool {
        let width: f64 = self.lo.iter().zip(&self.hi).map(|(l, h)| h - l).sum();
        let total: f64 = 1.0 - self.lo.iter().sum::<f64>();
        width < EPS || total < EPS || width - total < EPS
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Method {
    Dirichlet,
    Box,
}

/// Draws weight vectors uniformly from a band.
pub struct BandSampler {
    lo: Vec<f64>,
    width: Vec<f64>,
    /// Coordinates with a width.
    free: Vec<usize>,
    /// Total the free coordinates add (of `x`, or of `y` when flipped).
    total: f64,
    flipped: bool,
    method: Method,
    /// The widest free coordinate (the box method solves for it).
    widest: usize,
    buffer: Vec<f64>,
}

impl BandSampler {
    pub fn new(band: &Band) -> Self {
        let width: Vec<f64> = band
            .lo
            .iter()
            .zip(&band.hi)
            .map(|(l, h)| (h - l).max(0.0))
            .collect();
        let free: Vec<usize> = (0..width.len()).filter(|&c| width[c] > EPS).collect();
        let sum_width: f64 = free.iter().map(|&c| width[c]).sum();
        let t = (1.0 - band.lo.iter().sum::<f64>()).clamp(0.0, sum_width);
        let flipped = t > sum_width / 2.0;
        let widest = free
            .iter()
            .copied()
            .max_by(|&a, &b| width[a].total_cmp(&width[b]))
            .unwrap_or(0);
        Self {
            lo: band.lo.clone(),
            free,
            total: if flipped { sum_width - t } else { t },
            flipped,
            method: Method::Dirichlet,
            widest,
            buffer: Vec::new(),
            width,
        }
    }

    /// One try of `method`: the free coordinates of `x` in `x`, or `false`.
    fn attempt<R: Rng + ?Sized>(&mut self, rng: &mut R, method: Method, x: &mut [f64]) -> bool {
        let k = self.free.len();
        match method {
            Method::Dirichlet => {
                self.buffer.clear();
                self.buffer.extend((1..k).map(|_| rng.random::<f64>()));
                self.buffer.sort_unstable_by(f64::total_cmp);
                self.buffer.push(1.0);
                let mut previous = 0.0;
                for (i, &c) in self.free.iter().enumerate() {
                    let v = (self.buffer[i] - previous) * self.total;
                    previous = self.buffer[i];
                    if v > self.width[c] {
                        return false;
                    }
                    x[c] = v;
                }
                true
            }
            Method::Box => {
                let mut sum = 0.0;
                for &c in &self.free {
                    if c != self.widest {
                        x[c] = rng.random::<f64>() * self.width[c];
                        sum += x[c];
                    }
                }
                let last = self.total - sum;
                if last < 0.0 || last > self.width[self.widest] {
                    return false;
                }
                x[self.widest] = last;
                true
            }
        }
    }

    /// Picks the sampler that accepts more in a pilot.
    fn choose<R: Rng + ?Sized>(&mut self, rng: &mut R) {
        let mut x = vec![0.0; self.width.len()];
        let mut rate = |this: &mut Self, method| {
            (0..PILOT)
                .filter(|_| this.attempt(rng, method, &mut x))
                .count()
        };
        let dirichlet = rate(self, Method::Dirichlet);
        let boxed = rate(self, Method::Box);
        self.method = if boxed > dirichlet {
            Method::Box
        } else {
            Method::Dirichlet
        };
    }

    /// Fills `weights` with a draw; `false` if `tries` ran out first.
    fn sample<R: Rng + ?Sized>(
        &mut self,
        rng: &mut R,
        weights: &mut [f64],
        tries: &mut usize,
    ) -> bool {
        let mut x = vec![0.0; self.width.len()];
        loop {
            if *tries == 0 {
                return false;
            }
            *tries -= 1;
            if self.free.is_empty() || self.attempt(rng, self.method, &mut x) {
                break;
            }
        }
        for c in 0..weights.len() {
            let free = self.free.contains(&c);
            let v = if !free {
                0.0
            } else if self.flipped {
                self.width[c] - x[c]
            } else {
                x[c]
            };
            weights[c] = self.lo[c] + v;
        }
        true
    }
}

/// Band-SMAA results.
#[derive(Debug, Clone, PartialEq)]
pub struct BandSmaa {
    /// `acceptability[scenario][rank − 1]`, over the scenarios given.
    pub acceptability: Vec<Vec<f64>>,
    pub draws: usize,
    /// Draws asked for (fewer were made if the try limit was reached).
    pub requested: usize,
    pub seed: u64,
}

/// Rank acceptabilities of `values[scenario][criterion]` for weights drawn
/// uniformly from `band` (criteria as in `values`).
pub fn band_smaa(values: &[Vec<f64>], band: &Band, draws: usize, seed: u64) -> BandSmaa {
    band_smaa_using(values, band, draws, seed, None)
}

/// The same with one sampler forced (`Some(true)`: the box sampler,
/// `Some(false)`: the Dirichlet sampler), for testing the two exact
/// samplers against each other.
pub fn band_smaa_using(
    values: &[Vec<f64>],
    band: &Band,
    draws: usize,
    seed: u64,
    box_sampler: Option<bool>,
) -> BandSmaa {
    let m = band.lo.len();
    let mut rng = generator(seed, BAND_STREAM);
    let mut sampler = BandSampler::new(band);
    match box_sampler {
        None => sampler.choose(&mut rng),
        Some(true) => sampler.method = Method::Box,
        Some(false) => sampler.method = Method::Dirichlet,
    }
    let mut tries = draws.saturating_mul(MAX_TRIES_PER_DRAW);
    let mut weights = vec![0.0; m];
    let mut tally = Tally::new(values.len());
    while tally.made < draws && sampler.sample(&mut rng, &mut weights, &mut tries) {
        tally.add(values, &weights);
    }
    tally.finish(draws, seed)
}

/// Rank acceptabilities counted draw by draw (ties share their places).
struct Tally {
    acceptability: Vec<Vec<f64>>,
    totals: Vec<f64>,
    order: Vec<usize>,
    made: usize,
}

impl Tally {
    fn new(scenarios: usize) -> Self {
        Self {
            acceptability: vec![vec![0.0; scenarios]; scenarios],
            totals: vec![0.0; scenarios],
            order: (0..scenarios).collect(),
            made: 0,
        }
    }

    fn add(&mut self, values: &[Vec<f64>], weights: &[f64]) {
        for (total, row) in self.totals.iter_mut().zip(values) {
            *total = row.iter().zip(weights).map(|(v, w)| v * w).sum();
        }
        let acceptability = &mut self.acceptability;
        rank_groups(&self.totals, &mut self.order, |s, start, size| {
            let share = 1.0 / size as f64;
            for a in &mut acceptability[s][start..start + size] {
                *a += share;
            }
        });
        self.made += 1;
    }

    fn finish(mut self, requested: usize, seed: u64) -> BandSmaa {
        let made = self.made.max(1) as f64;
        for row in &mut self.acceptability {
            for a in row.iter_mut() {
                *a /= made;
            }
        }
        BandSmaa {
            acceptability: self.acceptability,
            draws: self.made,
            requested,
            seed,
        }
    }
}

/// The same band sampled by plain rejection from the whole simplex (for
/// tests: slow, but obviously uniform).
pub fn band_smaa_by_rejection(
    values: &[Vec<f64>],
    band: &Band,
    draws: usize,
    seed: u64,
) -> BandSmaa {
    use crate::model::robustness::WeightSampler;
    let m = band.lo.len();
    let mut rng = generator(seed, BAND_STREAM + 1);
    let mut sampler = WeightSampler::new(m, &[]);
    let mut weights = vec![0.0; m];
    let mut tally = Tally::new(values.len());
    while tally.made < draws {
        sampler.sample(&mut rng, &mut weights);
        let inside = weights
            .iter()
            .zip(band.lo.iter().zip(&band.hi))
            .all(|(w, (l, h))| *w >= *l && *w <= *h);
        if inside {
            tally.add(values, &weights);
        }
    }
    tally.finish(draws, seed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(band: &Band, w: &[f64]) -> bool {
        let sum: f64 = w.iter().sum();
        (sum - 1.0).abs() < 1e-9
            && w.iter()
                .zip(band.lo.iter().zip(&band.hi))
                .all(|(w, (l, h))| *w >= l - 1e-12 && *w <= h + 1e-12)
    }

    #[test]
    fn every_draw_lies_in_the_band() {
        for band in [
            Band {
                lo: vec![0.1, 0.2, 0.3],
                hi: vec![0.4, 0.3, 0.5],
            },
            // Narrow: 5 percentage points per criterion.
            Band {
                lo: vec![0.175; 5],
                hi: vec![0.225; 5],
            },
            // One criterion agreed on exactly.
            Band {
                lo: vec![0.5, 0.1, 0.1],
                hi: vec![0.5, 0.4, 0.4],
            },
        ] {
            let mut sampler = BandSampler::new(&band);
            let mut rng = generator(7, BAND_STREAM);
            sampler.choose(&mut rng);
            let mut w = vec![0.0; band.lo.len()];
            let mut tries = 1_000_000;
            for _ in 0..2000 {
                assert!(sampler.sample(&mut rng, &mut w, &mut tries));
                assert!(inside(&band, &w), "{w:?} not in {band:?}");
            }
        }
    }

    #[test]
    fn a_point_band_is_recognised() {
        assert!(
            Band {
                lo: vec![0.2, 0.8],
                hi: vec![0.2, 0.8]
            }
            .is_point()
        );
        assert!(
            !Band {
                lo: vec![0.1, 0.7],
                hi: vec![0.3, 0.9]
            }
            .is_point()
        );
    }
}
