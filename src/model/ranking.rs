//! The weighted sum over the criteria.

use rust_decimal::Decimal;

use super::inputs::Visible;
use super::linalg;

#[derive(Debug, Clone, PartialEq)]
pub enum Ranking {
    /// All weights are zero: there is no ranking, and the views say so.
    NoWeights,
    /// Every scenario or every criterion is hidden.
    AllHidden(HiddenKind),
    Ranked(RankedScenarios),
}

/// What is all hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenKind {
    Scenarios,
    Criteria,
}

impl Ranking {
    /// Why there is no ranking, in Dutch; `None` when there is one.
    pub fn absent_reason(&self) -> Option<&'static str> {
        match self {
            Ranking::NoWeights => Some("Alle gewichten staan op 0: er is geen rangorde."),
            Ranking::AllHidden(HiddenKind::Scenarios) => {
                Some("Alle scenario's zijn verborgen: er is geen rangorde.")
            }
            Ranking::AllHidden(HiddenKind::Criteria) => {
                Some("Alle criteria zijn verborgen: er is geen rangorde.")
            }
            Ranking::Ranked(_) => None,
        }
    }

    /// What to do about a missing ranking, in Dutch (every output says the
    /// reason and this hint in the same words).
    pub fn absent_hint(&self) -> Option<&'static str> {
        match self {
            Ranking::NoWeights => Some("Geef minstens één criterium een gewicht groter dan 0."),
            Ranking::AllHidden(_) => Some("Maak er minstens één zichtbaar."),
            Ranking::Ranked(_) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedScenarios {
    /// Weights as fractions of their total, per criterion.
    pub weight_shares: Vec<Decimal>,
    /// Best first; equal totals keep data order and share a rank.
    pub entries: Vec<RankEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankEntry {
    pub scenario: usize,
    /// 1 for the best; tied scenarios share the rank.
    pub rank: usize,
    pub total: Decimal,
    /// Weight share × score value, per criterion; they add up to `total`.
    pub contributions: Vec<Decimal>,
}

impl Ranking {
    pub fn entries(&self) -> &[RankEntry] {
        match self {
            Ranking::NoWeights | Ranking::AllHidden(_) => &[],
            Ranking::Ranked(r) => &r.entries,
        }
    }
}

/// Weight shares (fractions of the total); `None` when all are zero.
pub fn weight_shares(weights: &[Decimal]) -> Option<Vec<Decimal>> {
    let total: Decimal = weights.iter().map(|w| (*w).max(Decimal::ZERO)).sum();
    if total.is_zero() {
        return None;
    }
    Some(
        weights
            .iter()
            .map(|w| linalg::round((*w).max(Decimal::ZERO) / total))
            .collect(),
    )
}

/// Ranks scenarios by `Σ share(criterion) × value[scenario][criterion]`.
/// Negative weights count as zero (inputs refuse them before this).
pub fn ranking_from_weights(values: &[Vec<Decimal>], weights: &[Decimal]) -> Ranking {
    let Some(shares) = weight_shares(weights) else {
        return Ranking::NoWeights;
    };
    let weight_total: Decimal = weights.iter().map(|w| (*w).max(Decimal::ZERO)).sum();
    let mut entries: Vec<RankEntry> = values
        .iter()
        .enumerate()
        .map(|(scenario, row)| {
            // Divide once at the end, so weights 1 and 0,5 give exact totals.
            let weighted: Vec<Decimal> = row
                .iter()
                .zip(weights)
                .map(|(&v, &w)| v * w.max(Decimal::ZERO))
                .collect();
            RankEntry {
                scenario,
                rank: 0,
                total: linalg::round(weighted.iter().copied().sum::<Decimal>() / weight_total),
                contributions: weighted
                    .iter()
                    .map(|&x| linalg::round(x / weight_total))
                    .collect(),
            }
        })
        .collect();
    entries.sort_by(|a, b| b.total.cmp(&a.total).then(a.scenario.cmp(&b.scenario)));
    for i in 0..entries.len() {
        entries[i].rank = if i > 0 && same_total(entries[i].total, entries[i - 1].total) {
            entries[i - 1].rank
        } else {
            i + 1
        };
    }
    Ranking::Ranked(RankedScenarios {
        weight_shares: shares,
        entries,
    })
}

/// The ranking of the visible scenarios on the visible criteria: a hidden
/// criterion weighs nothing (its share is 0), a hidden scenario is left
/// out. Indices in the result are those of the whole data set.
pub fn ranking_visible(values: &[Vec<Decimal>], weights: &[Decimal], visible: &Visible) -> Ranking {
    if visible.scenarios.is_empty() {
        return Ranking::AllHidden(HiddenKind::Scenarios);
    }
    if visible.criteria.is_empty() {
        return Ranking::AllHidden(HiddenKind::Criteria);
    }
    let weights: Vec<Decimal> = weights
        .iter()
        .enumerate()
        .map(|(c, &w)| {
            if visible.criteria.contains(&c) {
                w
            } else {
                Decimal::ZERO
            }
        })
        .collect();
    let rows: Vec<Vec<Decimal>> = visible
        .scenarios
        .iter()
        .map(|&s| values[s].clone())
        .collect();
    let mut ranking = ranking_from_weights(&rows, &weights);
    if let Ranking::Ranked(r) = &mut ranking {
        for entry in &mut r.entries {
            entry.scenario = visible.scenarios[entry.scenario];
        }
    }
    ranking
}

/// Totals equal up to decimal noise (the shares are rounded at 16 decimals).
pub fn same_total(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() < Decimal::new(1, 12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn zero_weights_give_no_ranking() {
        let values = vec![vec![dec!(1)], vec![dec!(2)]];
        assert_eq!(
            ranking_from_weights(&values, &[dec!(0)]),
            Ranking::NoWeights
        );
    }

    #[test]
    fn ties_share_a_rank() {
        let values = vec![
            vec![dec!(1), dec!(3)],
            vec![dec!(3), dec!(1)],
            vec![dec!(1), dec!(1)],
        ];
        let Ranking::Ranked(r) = ranking_from_weights(&values, &[dec!(1), dec!(1)]) else {
            panic!()
        };
        let ranks: Vec<(usize, usize)> = r.entries.iter().map(|e| (e.scenario, e.rank)).collect();
        assert_eq!(ranks, vec![(0, 1), (1, 1), (2, 3)]);
        assert_eq!(r.entries[0].total, dec!(2));
    }

    #[test]
    fn scaling_weights_changes_nothing() {
        let values = vec![vec![dec!(1), dec!(5)], vec![dec!(4), dec!(2)]];
        let a = ranking_from_weights(&values, &[dec!(1), dec!(2)]);
        let b = ranking_from_weights(&values, &[dec!(10), dec!(20)]);
        assert_eq!(a, b);
    }
}
