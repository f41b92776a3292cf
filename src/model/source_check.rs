//! Recomputes every published cell of the volume table (Tabel 6) and the
//! staffing table (Tabel 7) and compares. Differences within the precision
//! the report published a column with are rounding (one unit of its last
//! decimal per cell, two per total, which adds rounded cells); larger ones
//! are discrepancies, listed with the rows they conflict with and, where one
//! published cell explains them all, that explanation.

use rust_decimal::Decimal;

use super::dataset::{DataSet, PublishedStaffingRow};
use super::fit::{FitChoice, RatioTable};
use super::linalg::{self, Matrix};
use super::staffing::{YearStaffing, report_volumes, staffing_for_situation};

/// The largest differences that count as rounding, from the decimals the
/// report published each column with.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tolerances {
    /// Per category (Tabel 7 column): one unit of its last decimal.
    pub category_fte: Vec<Decimal>,
    /// Tabel 7 totals: two units of their last decimal.
    pub total_fte: Decimal,
    /// Per Tabel 6 column: one unit of its last decimal (EUR mln).
    pub volume_mln: Vec<Decimal>,
    /// Tabel 7's volume column (EUR mln).
    pub staffing_volume_mln: Decimal,
}

impl Tolerances {
    pub fn of(data: &DataSet) -> Self {
        let table = &data.staffing_table;
        Self {
            category_fte: (0..data.categories.len())
                .map(|c| table.cell_tolerance(c))
                .collect(),
            total_fte: table.total_tolerance(),
            volume_mln: (0..data.volume_table.columns.len())
                .map(|c| data.volume_table.column_tolerance(c))
                .collect(),
            staffing_volume_mln: table.volume_tolerance(),
        }
    }

    /// The largest volume tolerance.
    pub fn largest_volume_mln(&self) -> Decimal {
        self.volume_mln
            .iter()
            .copied()
            .chain(std::iter::once(self.staffing_volume_mln))
            .max()
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Volume,
    Staffing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A volume column of Tabel 6.
    Volume(usize),
    /// The "waarvan" amount in a Tabel 6 column.
    OfWhich(usize),
    /// Tabel 7's volume column.
    StaffingVolume,
    /// A category column of Tabel 7 (category index).
    Category(usize),
    /// Tabel 7's total.
    Total,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Equal,
    /// Within the precision the report published the cell with.
    Rounding,
    /// A cell the data's misprint analysis finds printed wrongly
    /// ([`Misprint`]).
    SuspectedMisprint,
    Discrepancy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellRef {
    pub row: usize,
    pub column: Column,
    pub variant: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckItem {
    pub table: Table,
    pub cell: CellRef,
    /// `None`: the published cell is empty.
    pub published: Option<Decimal>,
    /// `None`: the model has no figure here (not separately in that year).
    pub computed: Option<Decimal>,
    pub status: Status,
    /// Other published cells (same table) this one is inconsistent with.
    pub conflicts_with: Vec<CellRef>,
}

impl CheckItem {
    pub fn difference(&self) -> Option<Decimal> {
        Some(self.computed? - self.published?)
    }
}

/// One published cell that, if it were `implied` instead, would make every
/// other cell of its category agree.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub cell: CellRef,
    pub published: Decimal,
    pub implied: Decimal,
    /// The row's published total agrees with `implied` (within rounding).
    pub total_agrees: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceCheck {
    /// The fit the cells were recomputed with.
    pub fit: FitChoice,
    pub items: Vec<CheckItem>,
    pub explanations: Vec<Explanation>,
    pub tolerances: Tolerances,
}

impl SourceCheck {
    pub fn discrepancies(&self) -> impl Iterator<Item = &CheckItem> {
        self.items
            .iter()
            .filter(|i| i.status == Status::Discrepancy)
    }
    pub fn count(&self, status: Status) -> usize {
        self.items.iter().filter(|i| i.status == status).count()
    }
}

fn status(published: Option<Decimal>, computed: Option<Decimal>, tolerance: Decimal) -> Status {
    match (published, computed) {
        (None, None) => Status::Equal,
        (Some(p), Some(c)) => {
            let d = linalg::round(c - p).abs();
            if d.is_zero() {
                Status::Equal
            } else if d <= tolerance {
                Status::Rounding
            } else {
                Status::Discrepancy
            }
        }
        _ => Status::Discrepancy,
    }
}

/// Recomputes every published cell with the ratios of `fit`.
pub fn source_check(data: &DataSet, fit: FitChoice) -> SourceCheck {
    let ratios = data.ratios_for(fit);
    let tolerances = Tolerances::of(data);
    let recompute = Recompute {
        data,
        ratios,
        volumes: report_volumes(data),
        tolerances: &tolerances,
    };
    let mut items = volume_table_items(&recompute);
    for (r, row) in data.staffing_table.rows.iter().enumerate() {
        items.extend(staffing_row_items(&recompute, r, row));
    }
    let explanations = explanations(data, ratios, &items, &tolerances);
    SourceCheck {
        fit,
        items,
        explanations,
        tolerances,
    }
}

/// What recomputing a published cell needs: the data, the ratios of the
/// fit, the report's volumes and the rounding tolerances.
struct Recompute<'a> {
    data: &'a DataSet,
    ratios: &'a RatioTable,
    volumes: Vec<Decimal>,
    tolerances: &'a Tolerances,
}

impl Recompute<'_> {
    /// The staffing of a published situation at the report's volumes.
    fn staffing(&self, year: u16, selection: &[usize]) -> YearStaffing {
        staffing_for_situation(self.data, self.ratios, year, selection, &self.volumes)
    }
}

/// An item for a cell both published and computed, compared within
/// `tolerance`, with no conflicts.
fn compared(
    table: Table,
    cell: CellRef,
    published: Decimal,
    computed: Decimal,
    tolerance: Decimal,
) -> CheckItem {
    CheckItem {
        table,
        cell,
        published: Some(published),
        computed: Some(computed),
        status: status(Some(published), Some(computed), tolerance),
        conflicts_with: Vec::new(),
    }
}

/// Tabel 6: per row, each column's volume and its "waarvan" amount.
fn volume_table_items(recompute: &Recompute) -> Vec<CheckItem> {
    let data = recompute.data;
    let mut items = Vec::new();
    for (r, row) in data.volume_table.rows.iter().enumerate() {
        for (c, cell) in row.cells.iter().enumerate() {
            let tolerance = recompute.tolerances.volume_mln[c];
            let s = recompute.staffing(row.years[0], row.selection(c));
            let at = |column| CellRef {
                row: r,
                column,
                variant: 0,
            };
            items.push(compared(
                Table::Volume,
                at(Column::Volume(c)),
                cell.value_mln,
                s.volume_total_mln,
                tolerance,
            ));
            if let Some(of_which) = cell.of_which_mln {
                let part: Decimal = row
                    .of_which
                    .iter()
                    .map(|&seg| s.volume_at_nmd_mln[seg])
                    .sum();
                items.push(compared(
                    Table::Volume,
                    at(Column::OfWhich(c)),
                    of_which,
                    part,
                    tolerance,
                ));
            }
        }
    }
    items
}

/// Tabel 7, one row: its volume, its category cells and its totals.
fn staffing_row_items(
    recompute: &Recompute,
    r: usize,
    row: &PublishedStaffingRow,
) -> Vec<CheckItem> {
    let per_variant: Vec<YearStaffing> = (0..row.variant_count())
        .map(|v| recompute.staffing(row.years[0], row.selection(v)))
        .collect();
    let mut items = vec![compared(
        Table::Staffing,
        CellRef {
            row: r,
            column: Column::StaffingVolume,
            variant: 0,
        },
        row.volume.values[0],
        per_variant[0].volume_total_mln,
        recompute.tolerances.staffing_volume_mln,
    )];
    items.extend(category_items(recompute, r, row, &per_variant));
    let totals = total_items(recompute, r, row, &per_variant, &items);
    items.extend(totals);
    items
}

/// Tabel 7, one row's category cells: one item per distinct published
/// figure; a cell the misprint analysis names is a suspected misprint, a
/// discrepancy names the cells it conflicts with.
fn category_items(
    recompute: &Recompute,
    r: usize,
    row: &PublishedStaffingRow,
    per_variant: &[YearStaffing],
) -> Vec<CheckItem> {
    let data = recompute.data;
    let mut items = Vec::new();
    for (category, numbers) in row.cells.iter().enumerate() {
        let variants = if numbers.values.len() > 1 {
            row.variant_count()
        } else {
            1
        };
        for (v, staffing) in per_variant.iter().enumerate().take(variants) {
            let published = row.cell_value(category, v);
            let computed = staffing.categories[category].fte;
            let cell = CellRef {
                row: r,
                column: Column::Category(category),
                variant: v,
            };
            let tolerance = recompute.tolerances.category_fte[category];
            let mut status = status(published, computed, tolerance);
            let misprinted = data
                .misprints
                .iter()
                .any(|m| m.row == r && m.category == category && (m.variant == v || variants == 1));
            if misprinted && status == Status::Discrepancy {
                status = Status::SuspectedMisprint;
            }
            let conflicts_with = if status == Status::Discrepancy {
                conflicting_cells(recompute.ratios, category, r, v)
            } else {
                Vec::new()
            };
            items.push(CheckItem {
                table: Table::Staffing,
                cell,
                published,
                computed,
                status,
                conflicts_with,
            });
        }
    }
    items
}

/// Tabel 7, one row's totals: a range is compared with the variants'
/// totals, both sorted; a total that disagrees names the row's cells
/// (in `row_items`) that do.
fn total_items(
    recompute: &Recompute,
    r: usize,
    row: &PublishedStaffingRow,
    per_variant: &[YearStaffing],
    row_items: &[CheckItem],
) -> Vec<CheckItem> {
    let mut computed: Vec<Decimal> = per_variant.iter().map(|s| s.total_fte).collect();
    let mut published = row.total.values.clone();
    if published.len() == 1 {
        computed.truncate(1);
    }
    computed.sort();
    published.sort();
    let disagreeing: Vec<CellRef> = row_items
        .iter()
        .filter(|i| matches!(i.cell.column, Column::Category(_)) && i.status == Status::Discrepancy)
        .map(|i| i.cell)
        .collect();
    published
        .iter()
        .zip(&computed)
        .enumerate()
        .map(|(v, (&p, &c))| {
            let mut item = compared(
                Table::Staffing,
                CellRef {
                    row: r,
                    column: Column::Total,
                    variant: v,
                },
                p,
                c,
                recompute.tolerances.total_fte,
            );
            if item.status == Status::Discrepancy {
                item.conflicts_with = disagreeing.clone();
            }
            item
        })
        .collect()
}

/// Cells of the same category that share an inconsistency with `(row, v)`.
fn conflicting_cells(
    ratios: &RatioTable,
    category: usize,
    row: usize,
    variant: usize,
) -> Vec<CellRef> {
    let fit = &ratios.fits[category];
    let Some(i) = fit
        .equations
        .iter()
        .position(|e| e.row == row && (e.variant == variant || fit_has_single_variant(fit, row)))
    else {
        return Vec::new();
    };
    fit.equations
        .iter()
        .enumerate()
        .filter(|&(j, e)| j != i && e.row != row && !fit.residual_maker[i][j].is_zero())
        .map(|(_, e)| CellRef {
            row: e.row,
            column: Column::Category(category),
            variant: e.variant,
        })
        .collect()
}

fn fit_has_single_variant(fit: &super::fit::CategoryFit, row: usize) -> bool {
    fit.equations.iter().filter(|e| e.row == row).count() == 1
}

/// For each category with a discrepancy: which single published cell, left
/// out, makes all the others agree; and does its row total then agree too?
fn explanations(
    data: &DataSet,
    ratios: &RatioTable,
    items: &[CheckItem],
    tolerances: &Tolerances,
) -> Vec<Explanation> {
    let mut out = Vec::new();
    for fit in &ratios.fits {
        let cell_tolerance = tolerances.category_fte[fit.category];
        if !fit
            .equations
            .iter()
            .any(|e| e.residual.abs() > cell_tolerance)
        {
            continue;
        }
        for (i, equation) in fit.equations.iter().enumerate() {
            if equation.residual.is_zero() {
                continue;
            }
            let a: Matrix = fit
                .equations
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, e)| e.coefficients.clone())
                .collect();
            let b: Vec<Decimal> = fit
                .equations
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, e)| e.published)
                .collect();
            let Ok(without) = linalg::least_squares(&a, &b, fit.unknowns.len()) else {
                continue;
            };
            if without.residuals.iter().any(|r| r.abs() > cell_tolerance) {
                continue;
            }
            let implied = linalg::round(
                equation
                    .coefficients
                    .iter()
                    .zip(&without.solution)
                    .map(|(&c, &x)| c * x)
                    .sum(),
            );
            let row = &data.staffing_table.rows[equation.row];
            // The row's total with this cell as implied and the others as
            // computed: compare with the published total(s).
            let total_agrees = items
                .iter()
                .filter(|t| {
                    t.table == Table::Staffing
                        && t.cell.row == equation.row
                        && t.cell.column == Column::Total
                })
                .any(|t| {
                    let (Some(p), Some(c)) = (t.published, t.computed) else {
                        return false;
                    };
                    let adjusted = c - (equation.fitted - implied);
                    (adjusted - p).abs() <= tolerances.total_fte
                })
                && !row.total.values.is_empty();
            out.push(Explanation {
                cell: CellRef {
                    row: equation.row,
                    column: Column::Category(fit.category),
                    variant: equation.variant,
                },
                published: equation.published,
                implied,
                total_agrees,
            });
        }
    }
    out
}
