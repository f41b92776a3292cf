//! Weight profiles per participant (each municipality's own weights) and
//! how they were set: typed, an importance order, or swing weighting.
//! Types and the conversion to weights; `model::group` compares them.

use rust_decimal::Decimal;

/// How a participant's weights were set. `Profile::values` means, per
/// criterion: the weight (typed), the rank (order: 1 = most important,
/// equal numbers are ties) or the swing points (0–100, the most important
/// criterion's swing is 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WeightMethod {
    #[default]
    Typed,
    /// Rank-order-centroid weights from an importance order.
    Order,
    /// Points per criterion against the most important one (100).
    Swing,
}

/// One participant's weights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// A participant of the data ("Assen"), or any name when the data
    /// names none.
    pub name: String,
    pub method: WeightMethod,
    /// Per criterion, as `method` says.
    pub values: Vec<Decimal>,
}

/// How the profiles combine into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupMean {
    /// The mean of the normalised weights.
    #[default]
    Arithmetic,
    /// The geometric mean of the normalised weights, renormalised. A
    /// criterion one participant weighs 0 gets 0 (the product is 0).
    Geometric,
}

impl Profile {
    /// The weights the values stand for (not normalised), over the
    /// criteria `visible` says take part (others 0).
    pub fn weights(&self, visible: &[bool]) -> Vec<Decimal> {
        let shown = |c: usize| visible.get(c).copied().unwrap_or(true);
        match self.method {
            WeightMethod::Typed | WeightMethod::Swing => self
                .values
                .iter()
                .enumerate()
                .map(|(c, &v)| {
                    if shown(c) {
                        v.max(Decimal::ZERO)
                    } else {
                        Decimal::ZERO
                    }
                })
                .collect(),
            WeightMethod::Order => {
                let ranked: Vec<usize> = (0..self.values.len())
                    .filter(|&c| shown(c) && self.values[c] > Decimal::ZERO)
                    .collect();
                let roc = rank_order_centroid(
                    &ranked.iter().map(|&c| self.values[c]).collect::<Vec<_>>(),
                );
                let mut weights = vec![Decimal::ZERO; self.values.len()];
                for (&c, w) in ranked.iter().zip(roc) {
                    weights[c] = w;
                }
                weights
            }
        }
    }
}

/// Rank-order-centroid weights for `ranks` (1 = most important; equal
/// ranks are ties and share the weights of the places they take). With n
/// criteria, place k gets (1/n) Σ_{i=k..n} 1/i; the weights add up to 1.
pub fn rank_order_centroid(ranks: &[Decimal]) -> Vec<Decimal> {
    let n = ranks.len();
    if n == 0 {
        return Vec::new();
    }
    let place_weight = |k: usize| -> Decimal {
        let sum: Decimal = (k..=n)
            .map(|i| Decimal::ONE / Decimal::from(i as u64))
            .sum();
        sum / Decimal::from(n as u64)
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| ranks[a].cmp(&ranks[b]));
    let mut weights = vec![Decimal::ZERO; n];
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && ranks[order[end]] == ranks[order[start]] {
            end += 1;
        }
        let share: Decimal = (start + 1..=end).map(place_weight).sum::<Decimal>()
            / Decimal::from((end - start) as u64);
        for &c in &order[start..end] {
            weights[c] = share;
        }
        start = end;
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn roc_weights_for_three_and_ties() {
        // n = 3: (1 + 1/2 + 1/3)/3 = 0,6111; (1/2 + 1/3)/3 = 0,2778;
        // (1/3)/3 = 0,1111.
        let w = rank_order_centroid(&[dec!(1), dec!(2), dec!(3)]);
        assert_eq!(w[0].round_dp(4), dec!(0.6111));
        assert_eq!(w[1].round_dp(4), dec!(0.2778));
        assert_eq!(w[2].round_dp(4), dec!(0.1111));
        // A tie for first shares places 1 and 2.
        let w = rank_order_centroid(&[dec!(1), dec!(1), dec!(2)]);
        assert_eq!(w[0], w[1]);
        assert_eq!((w[0] + w[1] + w[2]).round_dp(10), Decimal::ONE);
    }
}
