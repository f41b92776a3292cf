//! What makes a scenario first? The weight shares nearest to the current
//! ones, in total absolute change (L1), under which the scenario is first.
//!
//! With current shares `w` and scores `v`, find shares `w'` with
//! `Σ w' = 1`, `w' ≥ 0` and `Σ_i w'_i (v[X][i] − v[s][i]) ≥ 0` for every
//! other scenario `s`, minimising `Σ |w'_i − w_i|`. Written `w' = w + p − q`
//! with `p, q ≥ 0` this is a linear program, solved exactly (up to the
//! decimals' 28 digits) by the simplex method of `simplex.rs`. It runs on
//! the raw weights (their total fixed), so the data enter without division.
//!
//! "First" includes tied first: the nearest such weights usually make the
//! scenario tie with the leader (the constraint is `≥`), and any further
//! shift in the same direction makes it first on its own, unless it is
//! identical to the leader. A scenario that another one dominates (at least
//! as good on every criterion, better on one) is reported as
//! [`Winning::Dominated`] before any program is solved: no weights make it
//! better than the dominating one; at best it ties when all weight sits on
//! criteria where the two score the same.

use rust_decimal::Decimal;

use super::exact::{clamp, order_and_ranks, weighted_sums};
use super::simplex::{Constraint, LpResult, Relation, minimise};

#[derive(Debug, Clone, PartialEq)]
pub enum Winning {
    /// The scenario is first (possibly tied) at the current weights.
    AlreadyFirst,
    /// The nearest weight shares that make it first.
    Reachable {
        /// New share per criterion (they add up to 1).
        shares: Vec<Decimal>,
        /// `Σ |new − current|` over the criteria, in shares (0..2). Since the
        /// shares keep adding up to 1, half of it is the weight that moves
        /// from some criteria to others ([`Winning::moved`]).
        distance: Decimal,
        /// Scenarios with the same total at the new shares (the scenario
        /// comes level with them).
        ties: Vec<usize>,
    },
    /// `by` scores at least as high on every criterion and higher on one.
    Dominated { by: usize },
    /// No weights make it first, though no single scenario dominates it
    /// (a mix of others always beats it).
    Impossible,
}

impl Winning {
    /// The share of the weight that moves (half the L1 distance).
    pub fn moved(&self) -> Option<Decimal> {
        match self {
            Winning::Reachable { distance, .. } => Some(*distance / Decimal::TWO),
            _ => None,
        }
    }
}

/// The first scenario in data order that dominates `scenario`, if any.
pub fn dominating(values: &[Vec<Decimal>], scenario: usize) -> Option<usize> {
    let x = &values[scenario];
    (0..values.len()).find(|&s| {
        s != scenario
            && values[s].iter().zip(x).all(|(a, b)| a >= b)
            && values[s].iter().zip(x).any(|(a, b)| a > b)
    })
}

/// The nearest weights that make `scenario` first; `None` when all weights
/// are zero (there is no current point to be near to).
pub fn winning_weights(
    values: &[Vec<Decimal>],
    weights: &[Decimal],
    scenario: usize,
) -> Option<Winning> {
    let w: Vec<Decimal> = weights.iter().map(|&w| clamp(w)).collect();
    let total: Decimal = w.iter().copied().sum();
    if total.is_zero() {
        return None;
    }
    let (_, ranks) = order_and_ranks(&weighted_sums(values, &w));
    if ranks[scenario] == 1 {
        return Some(Winning::AlreadyFirst);
    }
    if let Some(by) = dominating(values, scenario) {
        return Some(Winning::Dominated { by });
    }
    let m = w.len();
    // Variables: p (0..m) and q (m..2m); new weight w + p − q.
    let mut constraints = Vec::with_capacity(1 + m + values.len());
    let mut balance = vec![Decimal::ONE; m];
    balance.extend(std::iter::repeat_n(-Decimal::ONE, m));
    constraints.push(Constraint {
        coefficients: balance,
        relation: Relation::Equal,
        rhs: Decimal::ZERO,
    });
    for (i, &wi) in w.iter().enumerate() {
        // New weight ≥ 0: q_i − p_i ≤ w_i.
        let mut row = vec![Decimal::ZERO; 2 * m];
        row[i] = -Decimal::ONE;
        row[m + i] = Decimal::ONE;
        constraints.push(Constraint {
            coefficients: row,
            relation: Relation::AtMost,
            rhs: wi,
        });
    }
    for (s, row) in values.iter().enumerate() {
        if s == scenario {
            continue;
        }
        let delta: Vec<Decimal> = values[scenario]
            .iter()
            .zip(row)
            .map(|(&a, &b)| a - b)
            .collect();
        let margin: Decimal = delta.iter().zip(&w).map(|(&d, &wi)| d * wi).sum();
        let mut coefficients = delta.clone();
        coefficients.extend(delta.iter().map(|&d| -d));
        constraints.push(Constraint {
            coefficients,
            relation: Relation::AtLeast,
            rhs: -margin,
        });
    }
    let LpResult::Optimal { x, value } = minimise(&vec![Decimal::ONE; 2 * m], &constraints) else {
        return Some(Winning::Impossible);
    };
    let shares: Vec<Decimal> = (0..m)
        .map(|i| (w[i] + x[i] - x[m + i]).max(Decimal::ZERO) / total)
        .collect();
    let totals: Vec<Decimal> = values
        .iter()
        .map(|row| row.iter().zip(&shares).map(|(&v, &s)| v * s).sum())
        .collect();
    let ties = (0..values.len())
        .filter(|&s| s != scenario && (totals[s] - totals[scenario]).abs() < Decimal::new(1, 12))
        .collect();
    Some(Winning::Reachable {
        shares,
        distance: value / total,
        ties,
    })
}
