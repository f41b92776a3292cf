//! Small dense linear algebra in exact decimals, enough for least squares on
//! the published tables (a handful of rows and unknowns per category).

use rust_decimal::Decimal;

/// A row-major matrix.
pub type Matrix = Vec<Vec<Decimal>>;

/// Pivots smaller than this count as zero: the system is rank deficient.
fn pivot_tolerance() -> Decimal {
    Decimal::new(1, 12)
}

pub fn transpose(a: &Matrix, columns: usize) -> Matrix {
    (0..columns)
        .map(|j| a.iter().map(|row| row[j]).collect())
        .collect()
}

pub fn multiply(a: &Matrix, b: &Matrix, b_columns: usize) -> Matrix {
    a.iter()
        .map(|row| {
            (0..b_columns)
                .map(|j| {
                    row.iter()
                        .zip(b)
                        .map(|(&x, b_row)| x * b_row[j])
                        .sum::<Decimal>()
                })
                .collect()
        })
        .collect()
}

/// Inverse of a square matrix by Gauss-Jordan elimination with partial
/// pivoting; `Err(column)` names a column without a usable pivot.
pub fn invert(m: &Matrix) -> Result<Matrix, usize> {
    let n = m.len();
    let mut a: Matrix = m.clone();
    let mut inv: Matrix = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| if i == j { Decimal::ONE } else { Decimal::ZERO })
                .collect()
        })
        .collect();
    for col in 0..n {
        let pivot_row = (col..n).max_by_key(|&r| a[r][col].abs()).ok_or(col)?;
        if a[pivot_row][col].abs() < pivot_tolerance() {
            return Err(col);
        }
        a.swap(col, pivot_row);
        inv.swap(col, pivot_row);
        let pivot = a[col][col];
        for j in 0..n {
            a[col][j] /= pivot;
            inv[col][j] /= pivot;
        }
        for r in 0..n {
            if r != col && !a[r][col].is_zero() {
                let factor = a[r][col];
                for j in 0..n {
                    let a_col_j = a[col][j];
                    let inv_col_j = inv[col][j];
                    a[r][j] -= factor * a_col_j;
                    inv[r][j] -= factor * inv_col_j;
                }
            }
        }
    }
    Ok(inv)
}

/// The least-squares fit of `b` by the columns of `a` (m equations, n
/// unknowns): the solution, and the matrix `W` (n × m) with `x = W b`, which
/// says how much every published figure contributes to every unknown.
pub struct LeastSquares {
    pub solution: Vec<Decimal>,
    pub weights: Matrix,
    /// `I - A W`: entry (i, j) is non-zero when equations i and j take part
    /// in the same inconsistency.
    pub residual_maker: Matrix,
    pub residuals: Vec<Decimal>,
}

pub fn least_squares(a: &Matrix, b: &[Decimal], unknowns: usize) -> Result<LeastSquares, usize> {
    let m = a.len();
    let at = transpose(a, unknowns);
    let ata = multiply(&at, a, unknowns);
    let ata_inv = invert(&ata)?;
    let weights = multiply(&ata_inv, &at, m);
    let solution: Vec<Decimal> = weights
        .iter()
        .map(|w| w.iter().zip(b).map(|(&w, &b)| w * b).sum())
        .collect();
    let hat = multiply(a, &weights, m);
    let residual_maker: Matrix = (0..m)
        .map(|i| {
            (0..m)
                .map(|j| {
                    let identity = if i == j { Decimal::ONE } else { Decimal::ZERO };
                    round(identity - hat[i][j])
                })
                .collect()
        })
        .collect();
    let residuals = (0..m)
        .map(|i| {
            let fitted: Decimal = a[i].iter().zip(&solution).map(|(&a, &x)| a * x).sum();
            round(b[i] - fitted)
        })
        .collect();
    Ok(LeastSquares {
        solution: solution.into_iter().map(round).collect(),
        weights: weights
            .into_iter()
            .map(|row| row.into_iter().map(round).collect())
            .collect(),
        residual_maker,
        residuals,
    })
}

/// Rounds away the last digits of decimal elimination noise
/// (0,0274999…9 becomes 0,0275). Published figures have two decimals, so 16
/// decimals keep every meaningful digit.
pub fn round(x: Decimal) -> Decimal {
    x.round_dp(16).normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn exactly_determined_system_is_solved_exactly() {
        // x + y = 3, x - y = 1
        let a = vec![vec![dec!(1), dec!(1)], vec![dec!(1), dec!(-1)]];
        let fit = least_squares(&a, &[dec!(3), dec!(1)], 2).unwrap();
        assert_eq!(fit.solution, vec![dec!(2), dec!(1)]);
        assert_eq!(fit.residuals, vec![dec!(0), dec!(0)]);
    }

    #[test]
    fn overdetermined_constant_is_the_mean() {
        let a = vec![vec![dec!(1)], vec![dec!(1)], vec![dec!(1)]];
        let fit = least_squares(&a, &[dec!(1), dec!(2), dec!(6)], 1).unwrap();
        assert_eq!(fit.solution, vec![dec!(3)]);
        assert_eq!(fit.residuals, vec![dec!(-2), dec!(-1), dec!(3)]);
    }

    #[test]
    fn dependent_columns_are_reported() {
        let a = vec![vec![dec!(1), dec!(2)], vec![dec!(2), dec!(4)]];
        assert!(least_squares(&a, &[dec!(1), dec!(2)], 2).is_err());
    }
}
