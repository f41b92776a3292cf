//! The volume-to-fte ratios as derived from the published staffing table:
//! per category the unknowns, the least-squares solution, the published cells
//! used (equations) and the weights with which each cell enters each unknown.
//! Types only; `ratios.rs` derives them.

use rust_decimal::Decimal;

use super::linalg::Matrix;

#[derive(Debug, Clone)]
pub struct RatioTable {
    pub groups: Vec<SegmentGroup>,
    /// Group index of each segment.
    pub segment_group: Vec<usize>,
    /// One fit per category, in category order.
    pub fits: Vec<CategoryFit>,
}

/// Segments that share one unknown.
#[derive(Debug, Clone)]
pub struct SegmentGroup {
    pub segments: Vec<usize>,
    /// Relative fte per mln of each segment (all 1 for a single segment).
    pub intensity: Vec<Decimal>,
    /// The data assumption that joins them, if more than one segment.
    pub assumption: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    /// Fte of a segment group at its full report volume.
    Group(usize),
    /// The constant fte of a fixed category.
    FixedBase,
    /// Fte by which a choice option lowers a fixed category, at the full
    /// report volume of the segments it is proportional to.
    Reduction { choice: usize, option: usize },
}

/// How the ratios are fitted to the published cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FitChoice {
    /// Least squares with a suspected misprint corrected (see [`Misprint`]);
    /// the same as [`FitChoice::AllCells`] when the data has none.
    #[default]
    Corrected,
    /// Least squares over every published cell as printed.
    AllCells,
}

/// A published cell that disagrees with every other row of its column,
/// while one other value makes all of them agree and also makes its own
/// row add up to the row's published total: a suspected misprint.
#[derive(Debug, Clone, PartialEq)]
pub struct Misprint {
    pub row: usize,
    pub variant: usize,
    pub category: usize,
    /// As printed ("0,68").
    pub published: Decimal,
    /// What the other rows require, at the cell's published precision.
    pub corrected: Decimal,
    /// The row's published total(s) that the corrected cell adds up to.
    pub totals: Vec<Decimal>,
}

/// One published cell used in a fit.
#[derive(Debug, Clone)]
pub struct Equation {
    pub row: usize,
    pub variant: usize,
    pub coefficients: Vec<Decimal>,
    /// The value used: as printed, or the correction of a misprint.
    pub published: Decimal,
    /// The printed value, when the fit used a correction instead.
    pub corrected_from: Option<Decimal>,
    pub fitted: Decimal,
    pub residual: Decimal,
}

#[derive(Debug, Clone)]
pub struct CategoryFit {
    pub category: usize,
    pub unknowns: Vec<Unknown>,
    pub solution: Vec<Decimal>,
    pub equations: Vec<Equation>,
    /// `weights[unknown][equation]`: the solution is `weights · published`.
    pub weights: Matrix,
    /// `residual_maker[i][j]` non-zero: equations i and j share an
    /// inconsistency.
    pub residual_maker: Matrix,
    /// Fte per mln of each segment (zero for fixed categories).
    pub rate_per_mln: Vec<Decimal>,
}

impl CategoryFit {
    pub fn fixed_base(&self) -> Option<Decimal> {
        self.unknowns
            .iter()
            .position(|u| *u == Unknown::FixedBase)
            .map(|i| self.solution[i])
    }

    /// The published cells behind `unknown`, with the weight of each.
    pub fn contributions(&self, unknown: usize) -> Vec<(usize, Decimal)> {
        self.weights[unknown]
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.is_zero())
            .map(|(i, &w)| (i, w))
            .collect()
    }
}

/// Why the ratios cannot be derived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RatioError {
    /// A segment (group) never appears in a published row with a non-zero
    /// share, or has no report volume.
    NeverPublished { segment: usize },
    /// Two groups always appear together.
    Inseparable { first: usize, second: usize },
    /// A reducing option appears in no published row.
    ReductionNeverPublished { choice: usize, option: usize },
    /// The rows leave an unknown undetermined for this category.
    Undetermined { category: usize, unknown: Unknown },
}
