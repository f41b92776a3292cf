//! Weight stability intervals, exact.
//!
//! Take criterion `k` and give it the share `t` of the total weight (0..1);
//! the other criteria share the remaining `1 − t` in their current mutual
//! ratios. Every scenario's total is then linear in `t`, so "scenario a is
//! at least as good as b" holds on a closed half-line, and a conclusion (a
//! set of such pairs) holds on a closed interval around the current share.
//!
//! The computation runs on the raw weight `x` of criterion `k` (the others
//! fixed), where the total of scenario `s` is `(x·v[s][k] + A[s]) / (x + R)`
//! with `A[s] = Σ_{j≠k} w_j v[s][j]` and `R = Σ_{j≠k} w_j`. A pair gives
//! `x·d + e ≥ 0` with `d`, `e` exact decimals, so a bound is `x = P / Q`
//! and its share `t = P / (P + Q·R)`: every bound is compared exactly, and
//! only the reported share is one decimal division.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::exact::{Fraction, clamp, order_and_ranks, weighted_sums};

/// The current ranking, and the stability interval of every criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Stability {
    /// Scenarios best first at the current weights (equal totals in data
    /// order), compared exactly.
    pub order: Vec<usize>,
    /// Rank per scenario (1 = best; equal totals share a rank).
    pub ranks: Vec<usize>,
    /// One per criterion, in data order.
    pub criteria: Vec<CriterionStability>,
}

impl Stability {
    /// The scenarios that are first now (more than one when tied).
    pub fn first_place(&self) -> Vec<usize> {
        self.order
            .iter()
            .copied()
            .filter(|&s| self.ranks[s] == 1)
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionStability {
    pub criterion: usize,
    /// The criterion's current share of the total weight.
    pub current: Decimal,
    /// All other weights are zero: they have no ratio to keep, so only the
    /// share 1 is possible and both intervals are the point 1.
    pub only_weighted: bool,
    /// Where every scenario that is first now stays first (a scenario tied
    /// first counts as first; a tie now that any change breaks gives a single
    /// point).
    pub first_place: Interval,
    /// Where the full order stays the same: every pair keeps its order, and
    /// scenarios tied now stay tied.
    pub full_ranking: Interval,
}

/// A closed interval of shares containing the current share. At a bound the
/// scenarios involved tie; just beyond it the conclusion no longer holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Interval {
    pub lower: Bound,
    pub upper: Bound,
}

impl Interval {
    /// Whether the interval is a single share (a tie that any change breaks,
    /// or an only-weighted criterion).
    pub fn is_point(&self) -> bool {
        self.lower.share == self.upper.share
    }

    /// Whether the conclusion holds for every share from 0 to 1.
    pub fn is_everything(&self) -> bool {
        self.lower.share.is_zero() && self.upper.share == Decimal::ONE
    }

    pub fn contains(&self, share: Decimal) -> bool {
        self.lower.share <= share && share <= self.upper.share
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    /// Share of the criterion at this bound, 0..=1.
    pub share: Decimal,
    /// What changes just beyond the bound; `None` when the bound is 0 or 1
    /// (nothing beyond) or the criterion is the only one weighted.
    pub change: Option<Overtake>,
}

/// Just beyond a bound, `rises` is ahead of `passes`, which it is not now.
/// For the first place, `rises` is the scenario that is first beyond the
/// bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overtake {
    pub rises: usize,
    pub passes: usize,
}

/// The stability intervals of all criteria, for score values
/// `values[scenario][criterion]` and weights as `ranking_from_weights`
/// takes them (any non-negative numbers). `None` when all weights are zero.
pub fn stability_intervals(values: &[Vec<Decimal>], weights: &[Decimal]) -> Option<Stability> {
    let total: Decimal = weights.iter().map(|&w| clamp(w)).sum();
    if total.is_zero() {
        return None;
    }
    let (order, ranks) = order_and_ranks(&weighted_sums(values, weights));
    let first: Vec<usize> = order.iter().copied().filter(|&s| ranks[s] == 1).collect();
    let criteria = (0..weights.len())
        .map(|k| criterion_stability(values, weights, total, k, &order, &ranks, &first))
        .collect();
    Some(Stability {
        order,
        ranks,
        criteria,
    })
}

/// Which pairs a conclusion needs: `(a, b)` means "a at least as good as b".
#[derive(Clone, Copy)]
enum Conclusion {
    FirstPlace,
    FullRanking,
}

/// The criterion's line per scenario: total × (x + R) = x·slope + intercept.
struct Lines<'a> {
    slope: Vec<Decimal>,
    intercept: Vec<Decimal>,
    rest: Decimal,
    weight: Decimal,
    order: &'a [usize],
    ranks: &'a [usize],
    first: &'a [usize],
}

fn criterion_stability(
    values: &[Vec<Decimal>],
    weights: &[Decimal],
    total: Decimal,
    k: usize,
    order: &[usize],
    ranks: &[usize],
    first: &[usize],
) -> CriterionStability {
    let weight = clamp(weights[k]);
    let current = weight / total;
    let rest = total - weight;
    if rest.is_zero() {
        let point = || Interval {
            lower: Bound {
                share: Decimal::ONE,
                change: None,
            },
            upper: Bound {
                share: Decimal::ONE,
                change: None,
            },
        };
        return CriterionStability {
            criterion: k,
            current,
            only_weighted: true,
            first_place: point(),
            full_ranking: point(),
        };
    }
    let lines = Lines {
        slope: values.iter().map(|row| row[k]).collect(),
        intercept: values
            .iter()
            .map(|row| {
                row.iter()
                    .zip(weights)
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .map(|(_, (&v, &w))| v * clamp(w))
                    .sum()
            })
            .collect(),
        rest,
        weight,
        order,
        ranks,
        first,
    };
    CriterionStability {
        criterion: k,
        current,
        only_weighted: false,
        first_place: lines.interval(Conclusion::FirstPlace, current),
        full_ranking: lines.interval(Conclusion::FullRanking, current),
    }
}

impl Lines<'_> {
    fn pairs(&self, conclusion: Conclusion) -> Vec<(usize, usize)> {
        let n = self.slope.len();
        match conclusion {
            Conclusion::FirstPlace => self
                .first
                .iter()
                .flat_map(|&f| (0..n).filter(move |&s| s != f).map(move |s| (f, s)))
                .collect(),
            Conclusion::FullRanking => (0..n)
                .flat_map(|a| (0..n).map(move |b| (a, b)))
                .filter(|&(a, b)| a != b && self.ranks[a] <= self.ranks[b])
                .collect(),
        }
    }

    fn interval(&self, conclusion: Conclusion, current: Decimal) -> Interval {
        let mut lower: Option<Fraction> = None;
        let mut upper: Option<Fraction> = None;
        for (a, b) in self.pairs(conclusion) {
            // x·d + e ≥ 0 holds at the current weight by construction.
            let d = self.slope[a] - self.slope[b];
            let e = self.intercept[a] - self.intercept[b];
            if d > Decimal::ZERO && e < Decimal::ZERO {
                let x = Fraction { num: -e, den: d };
                if lower.is_none_or(|l| x.cmp(&l) == Ordering::Greater) {
                    lower = Some(x);
                }
            } else if d < Decimal::ZERO {
                let x = Fraction { num: e, den: -d };
                if upper.is_none_or(|u| x.cmp(&u) == Ordering::Less) {
                    upper = Some(x);
                }
            }
        }
        Interval {
            lower: match lower {
                None => Bound {
                    share: Decimal::ZERO,
                    change: None,
                },
                Some(x) => Bound {
                    share: self.share(x, current),
                    change: Some(self.change_beyond(conclusion, x, -Decimal::ONE)),
                },
            },
            upper: match upper {
                None => Bound {
                    share: Decimal::ONE,
                    change: None,
                },
                Some(x) => Bound {
                    share: self.share(x, current),
                    change: Some(self.change_beyond(conclusion, x, Decimal::ONE)),
                },
            },
        }
    }

    /// `t = x / (x + R)`; the current share itself when `x` is the current
    /// weight, so a point interval compares equal to it.
    fn share(&self, x: Fraction, current: Decimal) -> Decimal {
        if x.cmp(&Fraction::whole(self.weight)) == Ordering::Equal {
            current
        } else if x.num.is_zero() {
            Decimal::ZERO
        } else {
            x.num / (x.num + x.den * self.rest)
        }
    }

    /// How scenario `s` compares just beyond `x` in direction `dir` (±1):
    /// its total at `x` (scaled by the positive `Q·(x + R)`), then its slope.
    fn key(&self, s: usize, x: Fraction, dir: Decimal) -> (Decimal, Decimal) {
        (
            x.num * self.slope[s] + x.den * self.intercept[s],
            dir * self.slope[s],
        )
    }

    fn change_beyond(&self, conclusion: Conclusion, x: Fraction, dir: Decimal) -> Overtake {
        let key = |s: usize| self.key(s, x, dir);
        match conclusion {
            Conclusion::FirstPlace => {
                // Best key; on equal keys the first in data order.
                let rises = (0..self.slope.len())
                    .reduce(|best, s| if key(s) > key(best) { s } else { best })
                    .unwrap_or(0);
                let passes = self
                    .first
                    .iter()
                    .copied()
                    .find(|&f| key(f) < key(rises))
                    .unwrap_or(self.first[0]);
                Overtake { rises, passes }
            }
            Conclusion::FullRanking => {
                for (i, &a) in self.order.iter().enumerate() {
                    for &b in &self.order[i + 1..] {
                        let (ka, kb) = (key(a), key(b));
                        if self.ranks[a] == self.ranks[b] && ka != kb {
                            return if ka > kb {
                                Overtake {
                                    rises: a,
                                    passes: b,
                                }
                            } else {
                                Overtake {
                                    rises: b,
                                    passes: a,
                                }
                            };
                        }
                        if self.ranks[a] < self.ranks[b] && kb > ka {
                            return Overtake {
                                rises: b,
                                passes: a,
                            };
                        }
                    }
                }
                // Not reached: a bound always has a pair that changes.
                Overtake {
                    rises: self.order[0],
                    passes: self.order[0],
                }
            }
        }
    }
}
