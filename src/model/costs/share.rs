//! Exact shares and the one rounding rule of the costs.
//!
//! Every part is computed exactly (a [`Fraction`] of an exact amount), and
//! only a whole is rounded: a year's total once, half a euro up
//! ([`round_half_up`]); each participant's exact amount is then rounded
//! down, and the euros still missing to the rounded total go one each to
//! the largest remainders ([`largest_remainder`]). Equal remainders are
//! decided by the order of the data (the first participant first), never by
//! the last digits of a division: remainders are compared exactly, as whole
//! multiples of one common denominator. The verdeelsleutel's whole percents
//! follow the same rule.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// A share of a part: `num / den`. By the key `p / 100`; among some
/// participants by their percents `p / S` (S their percents together); or
/// equally `1 / n` when their percents add up to nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    pub num: Decimal,
    pub den: Decimal,
}

impl Fraction {
    /// All of it.
    pub const WHOLE: Fraction = Fraction {
        num: Decimal::ONE,
        den: Decimal::ONE,
    };

    /// `percent` %.
    pub fn percent(percent: Decimal) -> Self {
        Self {
            num: percent,
            den: Decimal::ONE_HUNDRED,
        }
    }

    pub fn is_whole(&self) -> bool {
        self.num == self.den
    }

    /// By the key: a whole percent of 100.
    pub fn is_percent(&self) -> bool {
        self.den == Decimal::ONE_HUNDRED
    }

    /// `amount × num / den`; exact when `den` divides it (always for a
    /// percent), else to 28 digits (for showing only: sums and rounding use
    /// [`scaled`]).
    pub fn of(&self, amount: Decimal) -> Decimal {
        if self.is_whole() {
            amount
        } else {
            amount * self.num / self.den
        }
    }
}

/// `amount × fraction × common / fraction.den`: the amount's share as a
/// multiple of `1 / common`, exact (`common` is a multiple of every
/// denominator in use, [`common_denominator`]).
pub fn scaled(amount: Decimal, fraction: Fraction, common: Decimal) -> Decimal {
    amount * fraction.num * (common / fraction.den)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The least common multiple of the (whole, positive) denominators.
pub fn common_denominator(fractions: impl IntoIterator<Item = Fraction>) -> Decimal {
    let mut lcm: u64 = 1;
    for f in fractions {
        let den = u64::try_from(f.den.normalize().mantissa())
            .unwrap_or(1)
            .max(1);
        lcm = lcm / gcd(lcm, den) * den;
    }
    Decimal::from(lcm)
}

/// The one rule for rounding a single amount: half away from zero (half a
/// euro up), as every output writes numbers.
pub fn round_half_up(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// Equal remainders at the edge: those that got the unit (the first in
/// the data's order) and those that did not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    /// The remainder they share, as a fraction of the unit.
    pub remainder: Decimal,
    pub given: Vec<usize>,
    pub not_given: Vec<usize>,
}

/// The outcome of the largest-remainder rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Apportioned {
    /// Whole units per item, adding up to the target.
    pub rounded: Vec<Decimal>,
    /// The exact amounts rounded down, together.
    pub floor_sum: Decimal,
    /// Each item's remainder after rounding down, as a fraction of the unit
    /// (to 28 digits, for showing).
    pub remainders: Vec<Decimal>,
    /// Who got a unit more (or less, when the target is below the sum of
    /// the rounded-down amounts), largest remainder first.
    pub adjusted: Vec<usize>,
    /// Equal remainders decided by the order of the data, if any.
    pub tie: Option<Tie>,
}

/// `value` rounded down to a whole multiple of `den`, exactly: `(q, r)` with
/// `value = q × den + r`, `0 ≤ r < den`.
fn floor_div(value: Decimal, den: Decimal) -> (Decimal, Decimal) {
    let mut q = (value / den).floor();
    // The division has 28 digits; the multiplications are exact.
    while q * den > value {
        q -= Decimal::ONE;
    }
    while (q + Decimal::ONE) * den <= value {
        q += Decimal::ONE;
    }
    (q, value - q * den)
}

/// The largest-remainder rule on exact amounts `scaled[i] / den` (each a
/// whole multiple of `1 / den`): every amount rounded down to whole units,
/// then one unit more for the largest remainders until they add up to
/// `target` (a whole number); equal remainders in the order of the items.
/// Should the target lie below the rounded-down sum, the smallest
/// remainders give one back, the last item first.
pub fn largest_remainder(scaled: &[Decimal], den: Decimal, target: Decimal) -> Apportioned {
    let n = scaled.len();
    let (mut rounded, remainders): (Vec<Decimal>, Vec<Decimal>) =
        scaled.iter().map(|&x| floor_div(x, den)).unzip();
    let floor_sum: Decimal = rounded.iter().copied().sum();
    // Largest remainder first; equal remainders in the data's order (a
    // stable sort keeps it).
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| remainders[b].cmp(&remainders[a]));
    let missing = target - floor_sum;
    let mut adjusted = Vec::new();
    let mut tie = None;
    if missing > Decimal::ZERO {
        // At most one unit each: a rounded total never lies a whole unit
        // per item above the rounded-down sum.
        let k = missing.to_usize().unwrap_or(n).min(n);
        for &i in &order[..k] {
            rounded[i] += Decimal::ONE;
            adjusted.push(i);
        }
        if k > 0 && k < n {
            let edge = remainders[order[k - 1]];
            let with_edge = |items: &[usize]| -> Vec<usize> {
                items
                    .iter()
                    .copied()
                    .filter(|&i| remainders[i] == edge)
                    .collect()
            };
            let not_given = with_edge(&order[k..]);
            if !not_given.is_empty() {
                tie = Some(Tie {
                    remainder: edge / den,
                    given: with_edge(&order[..k]),
                    not_given,
                });
            }
        }
    } else if missing < Decimal::ZERO {
        let k = (-missing).to_usize().unwrap_or(n).min(n);
        for &i in order.iter().rev().take(k) {
            rounded[i] -= Decimal::ONE;
            adjusted.push(i);
        }
    }
    Apportioned {
        rounded,
        floor_sum,
        remainders: remainders.iter().map(|r| r / den).collect(),
        adjusted,
        tie,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn remainders_are_compared_exactly_and_ties_go_by_order() {
        // 1/3 each of 100: 33 each, one more for the first.
        let a = largest_remainder(&[dec!(100); 3], dec!(3), dec!(100));
        assert_eq!(a.rounded, [dec!(34), dec!(33), dec!(33)]);
        assert_eq!(a.adjusted, [0]);
        let tie = a.tie.unwrap();
        assert_eq!((tie.given, tie.not_given), (vec![0], vec![1, 2]));
        // 0,5 and 0,5 of a total of 1: the first gets it.
        let b = largest_remainder(&[dec!(1), dec!(1)], dec!(2), dec!(1));
        assert_eq!(b.rounded, [dec!(1), dec!(0)]);
        // No tie when the largest remainder is alone.
        let c = largest_remainder(&[dec!(13), dec!(17)], dec!(10), dec!(3));
        assert_eq!(c.rounded, [dec!(1), dec!(2)]);
        assert_eq!(c.tie, None);
    }

    #[test]
    fn half_a_euro_goes_up() {
        assert_eq!(round_half_up(dec!(1000.50), 0), dec!(1001));
        assert_eq!(round_half_up(dec!(400002.50), 0), dec!(400003));
        assert_eq!(round_half_up(dec!(2.5), 0), dec!(3));
    }

    #[test]
    fn the_common_denominator_holds_every_share() {
        let d = common_denominator([
            Fraction::percent(dec!(31)),
            Fraction {
                num: dec!(31),
                den: dec!(52),
            },
        ]);
        assert_eq!(d, dec!(1300));
        let f = Fraction {
            num: dec!(31),
            den: dec!(52),
        };
        assert_eq!(scaled(dec!(52), f, d), dec!(31) * d);
    }
}
