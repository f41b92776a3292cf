//! Exact helpers shared by the analyses: weights as the ranking reads them,
//! the current order without any rounding, and fractions of decimals.

use std::cmp::Ordering;

use rust_decimal::Decimal;

/// A weight as `ranking.rs` reads it: negative counts as zero.
pub(crate) fn clamp(weight: Decimal) -> Decimal {
    weight.max(Decimal::ZERO)
}

/// `Σ weight × value` per scenario, without dividing by the weight total:
/// exact, and ordered like the weighted sum.
pub(crate) fn weighted_sums(values: &[Vec<Decimal>], weights: &[Decimal]) -> Vec<Decimal> {
    values
        .iter()
        .map(|row| row.iter().zip(weights).map(|(&v, &w)| v * clamp(w)).sum())
        .collect()
}

/// Scenarios best first (equal sums in data order) and the rank of each
/// scenario (1 = best; equal sums share the rank), compared exactly.
pub(crate) fn order_and_ranks(sums: &[Decimal]) -> (Vec<usize>, Vec<usize>) {
    let mut order: Vec<usize> = (0..sums.len()).collect();
    order.sort_by(|&a, &b| sums[b].cmp(&sums[a]).then(a.cmp(&b)));
    let mut ranks = vec![0; sums.len()];
    for (i, &s) in order.iter().enumerate() {
        ranks[s] = if i > 0 && sums[order[i - 1]] == sums[s] {
            ranks[order[i - 1]]
        } else {
            i + 1
        };
    }
    (order, ranks)
}

/// `num / den` with `den > 0`, compared without dividing.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fraction {
    pub num: Decimal,
    pub den: Decimal,
}

impl Fraction {
    pub fn whole(value: Decimal) -> Self {
        Self {
            num: value,
            den: Decimal::ONE,
        }
    }

    pub fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

/// Shares of the weights; `None` when all are zero. Unlike
/// `ranking::weight_shares` not rounded beyond the decimal's own precision.
pub(crate) fn shares(weights: &[Decimal]) -> Option<Vec<Decimal>> {
    let total: Decimal = weights.iter().map(|&w| clamp(w)).sum();
    if total.is_zero() {
        return None;
    }
    Some(weights.iter().map(|&w| clamp(w) / total).collect())
}
