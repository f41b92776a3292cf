//! A compact dense two-phase simplex method in decimals, with Bland's rule
//! (smallest index enters, smallest basic index leaves on ties), so it
//! cannot cycle. Meant for the handful of variables of `winning.rs`.
//!
//! Decimals carry 28 significant digits; a division in a pivot rounds in
//! the last of them. Values within [`tolerance`] of zero count as zero.

use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relation {
    AtMost,
    Equal,
    AtLeast,
}

/// One constraint: `coefficients · x (relation) rhs`.
pub(crate) struct Constraint {
    pub coefficients: Vec<Decimal>,
    pub relation: Relation,
    pub rhs: Decimal,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum LpResult {
    Optimal { x: Vec<Decimal>, value: Decimal },
    Infeasible,
    Unbounded,
}

fn tolerance() -> Decimal {
    Decimal::new(1, 18)
}

struct Tableau {
    /// Constraint rows; the last entry of each row is its right-hand side.
    rows: Vec<Vec<Decimal>>,
    /// Reduced costs; the last entry is minus the objective value.
    objective: Vec<Decimal>,
    basis: Vec<usize>,
}

impl Tableau {
    fn columns(&self) -> usize {
        self.objective.len() - 1
    }

    fn pivot(&mut self, row: usize, column: usize) {
        let p = self.rows[row][column];
        for value in &mut self.rows[row] {
            *value /= p;
        }
        let pivot_row = self.rows[row].clone();
        for (r, other) in self.rows.iter_mut().enumerate() {
            let factor = other[column];
            if r != row && !factor.is_zero() {
                for (value, &p) in other.iter_mut().zip(&pivot_row) {
                    *value -= factor * p;
                }
                other[column] = Decimal::ZERO;
            }
        }
        let factor = self.objective[column];
        if !factor.is_zero() {
            for (value, &p) in self.objective.iter_mut().zip(&pivot_row) {
                *value -= factor * p;
            }
            self.objective[column] = Decimal::ZERO;
        }
        self.basis[row] = column;
    }

    /// Sets the reduced costs of `costs` for the current basis.
    fn price(&mut self, costs: &[Decimal]) {
        let mut objective: Vec<Decimal> = costs.to_vec();
        objective.push(Decimal::ZERO);
        for (row, &b) in self.rows.iter().zip(&self.basis) {
            let cb = costs[b];
            if !cb.is_zero() {
                for (value, &a) in objective.iter_mut().zip(row) {
                    *value -= cb * a;
                }
            }
        }
        self.objective = objective;
    }

    /// Runs the simplex on the current objective; only columns below
    /// `allowed` may enter. `false` when unbounded.
    fn optimise(&mut self, allowed: usize) -> bool {
        let eps = tolerance();
        loop {
            let Some(entering) = (0..allowed).find(|&j| self.objective[j] < -eps) else {
                return true;
            };
            let rhs = self.columns();
            let mut leaving: Option<(usize, Decimal)> = None;
            for (r, row) in self.rows.iter().enumerate() {
                let a = row[entering];
                if a > eps {
                    let ratio = row[rhs] / a;
                    let better = match leaving {
                        None => true,
                        Some((l, best)) => {
                            ratio < best - eps
                                || ((ratio - best).abs() <= eps && self.basis[r] < self.basis[l])
                        }
                    };
                    if better {
                        leaving = Some((r, ratio));
                    }
                }
            }
            let Some((row, _)) = leaving else {
                return false;
            };
            self.pivot(row, entering);
        }
    }
}

/// Minimises `costs · x` subject to `constraints` and `x ≥ 0`.
pub(crate) fn minimise(costs: &[Decimal], constraints: &[Constraint]) -> LpResult {
    let n = costs.len();
    let mut start = Start::of(n, &non_negative_rhs(constraints));
    let (width, first_artificial) = (start.width, start.first_artificial);
    if !start.phase_one() {
        return LpResult::Infeasible;
    }
    let tableau = &mut start.tableau;
    // Phase II on the original costs; artificial columns may not enter.
    let mut phase_two: Vec<Decimal> = costs.to_vec();
    phase_two.resize(width, Decimal::ZERO);
    tableau.price(&phase_two);
    if !tableau.optimise(first_artificial) {
        return LpResult::Unbounded;
    }
    let mut x = vec![Decimal::ZERO; n];
    for (row, &b) in tableau.rows.iter().zip(&tableau.basis) {
        if b < n {
            x[b] = row[width];
        }
    }
    let value = costs.iter().zip(&x).map(|(&c, &v)| c * v).sum();
    LpResult::Optimal { x, value }
}

/// The constraints as (coefficients, relation, rhs) with every right-hand
/// side made non-negative (a row with a negative one is negated and its
/// relation turned round).
fn non_negative_rhs(constraints: &[Constraint]) -> Vec<(Vec<Decimal>, Relation, Decimal)> {
    constraints
        .iter()
        .map(|c| {
            if c.rhs < Decimal::ZERO {
                let flipped = match c.relation {
                    Relation::AtMost => Relation::AtLeast,
                    Relation::Equal => Relation::Equal,
                    Relation::AtLeast => Relation::AtMost,
                };
                (
                    c.coefficients.iter().map(|&a| -a).collect(),
                    flipped,
                    -c.rhs,
                )
            } else {
                (c.coefficients.clone(), c.relation, c.rhs)
            }
        })
        .collect()
}

/// The starting tableau: the `n` variables, then a slack per inequality,
/// then an artificial variable per `≥` or `=` row, which starts basic.
struct Start {
    tableau: Tableau,
    /// Columns without the right-hand side.
    width: usize,
    first_artificial: usize,
    artificials: usize,
}

impl Start {
    fn of(n: usize, normalised: &[(Vec<Decimal>, Relation, Decimal)]) -> Self {
        let slacks = normalised
            .iter()
            .filter(|(_, r, _)| *r != Relation::Equal)
            .count();
        let artificials = normalised
            .iter()
            .filter(|(_, r, _)| *r != Relation::AtMost)
            .count();
        let width = n + slacks + artificials;
        let first_artificial = n + slacks;
        let mut rows = Vec::with_capacity(normalised.len());
        let mut basis = Vec::with_capacity(normalised.len());
        let (mut slack, mut artificial) = (n, first_artificial);
        for (coefficients, relation, rhs) in normalised {
            let mut row = vec![Decimal::ZERO; width + 1];
            row[..n].copy_from_slice(&coefficients[..n]);
            row[width] = *rhs;
            match relation {
                Relation::AtMost => {
                    row[slack] = Decimal::ONE;
                    basis.push(slack);
                    slack += 1;
                }
                Relation::AtLeast => {
                    row[slack] = -Decimal::ONE;
                    slack += 1;
                    row[artificial] = Decimal::ONE;
                    basis.push(artificial);
                    artificial += 1;
                }
                Relation::Equal => {
                    row[artificial] = Decimal::ONE;
                    basis.push(artificial);
                    artificial += 1;
                }
            }
            rows.push(row);
        }
        Self {
            tableau: Tableau {
                rows,
                objective: Vec::new(),
                basis,
            },
            width,
            first_artificial,
            artificials,
        }
    }

    /// Phase I: minimises the sum of the artificial variables, then drives
    /// them (at zero) out of the basis; a row with nothing else left is
    /// redundant and goes. `false` when the constraints contradict.
    fn phase_one(&mut self) -> bool {
        if self.artificials == 0 {
            return true;
        }
        let eps = tolerance();
        let (width, first_artificial) = (self.width, self.first_artificial);
        let tableau = &mut self.tableau;
        let phase_one: Vec<Decimal> = (0..width)
            .map(|j| {
                if j >= first_artificial {
                    Decimal::ONE
                } else {
                    Decimal::ZERO
                }
            })
            .collect();
        tableau.price(&phase_one);
        tableau.optimise(width);
        if -tableau.objective[width] > eps {
            return false;
        }
        let mut r = 0;
        while r < tableau.rows.len() {
            if tableau.basis[r] >= first_artificial {
                match (0..first_artificial).find(|&j| tableau.rows[r][j].abs() > eps) {
                    Some(j) => tableau.pivot(r, j),
                    None => {
                        tableau.rows.remove(r);
                        tableau.basis.remove(r);
                        continue;
                    }
                }
            }
            r += 1;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn constraint(coefficients: &[Decimal], relation: Relation, rhs: Decimal) -> Constraint {
        Constraint {
            coefficients: coefficients.to_vec(),
            relation,
            rhs,
        }
    }

    #[test]
    fn a_textbook_problem() {
        // min −3x − 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18: optimum x = 2, y = 6,
        // value −36 (the classic Wyndor example).
        let result = minimise(
            &[dec!(-3), dec!(-5)],
            &[
                constraint(&[dec!(1), dec!(0)], Relation::AtMost, dec!(4)),
                constraint(&[dec!(0), dec!(2)], Relation::AtMost, dec!(12)),
                constraint(&[dec!(3), dec!(2)], Relation::AtMost, dec!(18)),
            ],
        );
        assert_eq!(
            result,
            LpResult::Optimal {
                x: vec![dec!(2), dec!(6)],
                value: dec!(-36)
            }
        );
    }

    #[test]
    fn equality_and_at_least_need_phase_one() {
        // min x + y, x + y = 1, x ≥ 0,25 (written x ≥ 0.25), y − x ≥ 0:
        // y = 1 − x ≥ x gives x ≤ 0,5; any x in [0,25; 0,5] costs 1.
        let result = minimise(
            &[dec!(1), dec!(1)],
            &[
                constraint(&[dec!(1), dec!(1)], Relation::Equal, dec!(1)),
                constraint(&[dec!(1), dec!(0)], Relation::AtLeast, dec!(0.25)),
                constraint(&[dec!(-1), dec!(1)], Relation::AtLeast, dec!(0)),
            ],
        );
        let LpResult::Optimal { x, value } = result else {
            panic!("optimal expected, got {result:?}")
        };
        assert_eq!(value, dec!(1));
        assert!(x[0] >= dec!(0.25) && x[0] <= dec!(0.5));
    }

    #[test]
    fn contradictions_are_infeasible() {
        // x ≤ 1 and x ≥ 2.
        let result = minimise(
            &[dec!(1)],
            &[
                constraint(&[dec!(1)], Relation::AtMost, dec!(1)),
                constraint(&[dec!(1)], Relation::AtLeast, dec!(2)),
            ],
        );
        assert_eq!(result, LpResult::Infeasible);
    }

    #[test]
    fn no_lower_limit_is_unbounded() {
        // min −x with only x ≥ 1.
        let result = minimise(
            &[dec!(-1)],
            &[constraint(&[dec!(1)], Relation::AtLeast, dec!(1))],
        );
        assert_eq!(result, LpResult::Unbounded);
    }
}
