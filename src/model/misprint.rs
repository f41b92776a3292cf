//! Finding a suspected misprint in the published staffing table.
//!
//! Per category whose cells do not agree within the published precision,
//! each cell is left out in turn. A cell is a suspected misprint when, left
//! out, every other cell of its column agrees, and the value the others
//! require (at the cell's published precision) also makes its own row add up
//! to the row's published total(s). Only a category with exactly one such
//! cell gets a correction; otherwise nothing is guessed. Nothing here knows
//! which cell that is: a data set without such a cell gets no correction.

use rust_decimal::{Decimal, RoundingStrategy};

use super::fit::{Misprint, RatioTable};
use super::linalg::{self, Matrix};
use super::ratios::FitInput;

/// The suspected misprints among the cells of `all_cells` (a fit over every
/// published cell as printed).
pub fn find_misprints(input: &FitInput, all_cells: &RatioTable) -> Vec<Misprint> {
    let table = input.staffing_table;
    let mut found = Vec::new();
    for fit in &all_cells.fits {
        let tolerance = table.cell_tolerance(fit.category);
        if !fit.equations.iter().any(|e| e.residual.abs() > tolerance) {
            continue;
        }
        let decimals = table.cell_decimals(fit.category);
        let mut candidates = Vec::new();
        for (i, equation) in fit.equations.iter().enumerate() {
            if equation.residual.is_zero() {
                continue;
            }
            let others = |f: &dyn Fn(&super::fit::Equation) -> Vec<Decimal>| -> Matrix {
                fit.equations
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, e)| f(e))
                    .collect()
            };
            let a = others(&|e| e.coefficients.clone());
            let b: Vec<Decimal> = others(&|e| vec![e.published])
                .into_iter()
                .map(|v| v[0])
                .collect();
            let Ok(without) = linalg::least_squares(&a, &b, fit.unknowns.len()) else {
                continue;
            };
            if without.residuals.iter().any(|r| r.abs() > tolerance) {
                continue;
            }
            let implied: Decimal = equation
                .coefficients
                .iter()
                .zip(&without.solution)
                .map(|(&c, &x)| c * x)
                .sum();
            let corrected =
                implied.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
            if corrected == equation.published {
                continue;
            }
            if let Some(totals) = row_adds_up_with(
                input,
                equation.row,
                fit.category,
                equation.variant,
                corrected,
            ) {
                candidates.push(Misprint {
                    row: equation.row,
                    variant: equation.variant,
                    category: fit.category,
                    published: equation.published,
                    corrected,
                    totals,
                });
            }
        }
        if candidates.len() == 1 {
            found.extend(candidates);
        }
    }
    found
}

/// Whether the printed cells of `row`, with `category` (of `variant`, or of
/// every variant when the cell has one figure) as `value`, add up to the
/// row's published total(s) within rounding; the totals if so.
fn row_adds_up_with(
    input: &FitInput,
    row: usize,
    category: usize,
    variant: usize,
    value: Decimal,
) -> Option<Vec<Decimal>> {
    let table = input.staffing_table;
    let r = &table.rows[row];
    let single = r.cells[category].values.len() == 1;
    let mut sums: Vec<Decimal> = (0..r.variant_count())
        .map(|v| {
            (0..r.cells.len())
                .map(|c| {
                    if c == category && (single || v == variant) {
                        value
                    } else {
                        r.cell_value(c, v).unwrap_or_default()
                    }
                })
                .sum()
        })
        .collect();
    let mut published = r.total.values.clone();
    if published.is_empty() {
        return None;
    }
    if published.len() == 1 {
        sums.truncate(1);
    }
    sums.sort();
    published.sort();
    let tolerance = table.total_tolerance();
    (sums.len() == published.len()
        && sums
            .iter()
            .zip(&published)
            .all(|(s, p)| (s - p).abs() <= tolerance))
    .then_some(published)
}
