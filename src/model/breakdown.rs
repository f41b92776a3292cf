//! A year's staffing as parts that add up to its total, for every output
//! (report, CSV, workbook, Word appendix, figure): the categories, the roles
//! of a set, categories staffed by tasks, growth tasks and inhuur, and what
//! roles or tasks replace, marked as not counted.

use rust_decimal::{Decimal, RoundingStrategy};

use super::dataset::DataSet;
use super::explain::extra_label;
use super::inputs::{Inputs, StaffRole, people};
use super::staffing::{ExtraKind, YearStaffing};
use crate::format::round_to_sum;

/// What a part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A function category (index).
    Category(usize),
    /// A role of the set (index).
    Role(usize),
    /// A category (index) staffed by the set's tasks.
    Tasks(usize),
    /// A growth task (index), over all categories.
    Growth(usize),
    /// Structural inhuur (index).
    Inhuur(usize),
}

/// One column of the breakdown: a category or role, counted in the total
/// or shown beside it (replaced by roles, or roles below the volume rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartColumn {
    pub kind: PartKind,
    pub counted: bool,
    /// "Toezicht", "Toezicht Rechtmatigheid (2 personen)",
    /// "Kwaliteit/beleid (vervangen, telt niet mee)".
    pub label: String,
}

/// The breakdown of every year: the columns and one value per column and
/// year (`None`: nothing there that year).
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub columns: Vec<PartColumn>,
    /// `values[year][column]`
    pub values: Vec<Vec<Option<Decimal>>>,
    /// Per year; the sum of the counted columns.
    pub totals: Vec<Decimal>,
}

impl Breakdown {
    /// The sum of a year's counted parts (equal to its total).
    pub fn counted_sum(&self, year: usize) -> Decimal {
        self.columns
            .iter()
            .zip(&self.values[year])
            .filter(|(c, _)| c.counted)
            .filter_map(|(_, v)| *v)
            .sum()
    }

    /// A year's values rounded to `decimals` for a table: the counted parts
    /// by largest remainder, so that they add up to the rounded total (a
    /// reader who adds the row in Excel gets the total); the others simply
    /// rounded.
    pub fn rounded(&self, year: usize, decimals: u32) -> Vec<Option<Decimal>> {
        let values = &self.values[year];
        let counted: Vec<(usize, Decimal)> = self
            .columns
            .iter()
            .zip(values)
            .enumerate()
            .filter_map(|(i, (c, v))| v.filter(|_| c.counted).map(|v| (i, v)))
            .collect();
        let terms: Vec<Decimal> = counted.iter().map(|&(_, v)| v).collect();
        let fitted = round_to_sum(&terms, self.totals[year], decimals);
        let mut out: Vec<Option<Decimal>> = values
            .iter()
            .map(|v| {
                v.map(|v| {
                    v.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
                })
            })
            .collect();
        for (&(i, _), value) in counted.iter().zip(fitted) {
            out[i] = Some(value);
        }
        out
    }
}

/// The staffing of every year as parts that add up.
pub fn breakdown(data: &DataSet, inputs: &Inputs, staffing: &[YearStaffing]) -> Breakdown {
    let roles = inputs.roles_in_use(data);
    let columns: Vec<PartColumn> = part_kinds(staffing, roles.len())
        .into_iter()
        .map(|(kind, counted)| PartColumn {
            kind,
            counted,
            label: part_label(data, inputs, roles, kind, counted),
        })
        .collect();
    let values = staffing
        .iter()
        .map(|y| columns.iter().map(|column| part_value(y, column)).collect())
        .collect();
    Breakdown {
        columns,
        values,
        totals: staffing.iter().map(|y| y.total_fte).collect(),
    }
}

/// Every (kind, counted) some year has, in a stable order: counted
/// categories, tasks, roles, growth and inhuur, then what is not counted.
fn part_kinds(staffing: &[YearStaffing], role_count: usize) -> Vec<(PartKind, bool)> {
    let mut wanted: Vec<(PartKind, bool)> = Vec::new();
    for y in staffing {
        let roles_used = y.roles.as_ref().is_some_and(|r| r.roles_used);
        for c in &y.categories {
            if c.fte.is_some() {
                wanted.push((PartKind::Category(c.category), c.counted));
            }
        }
        if y.roles.is_some() {
            for r in 0..role_count {
                wanted.push((PartKind::Role(r), roles_used));
            }
        }
        for t in &y.tasks {
            if t.used {
                wanted.push((PartKind::Tasks(t.category), true));
            }
        }
        for e in &y.extras {
            wanted.push((
                match e.kind {
                    ExtraKind::Growth(g) => PartKind::Growth(g),
                    ExtraKind::Inhuur(i) => PartKind::Inhuur(i),
                },
                true,
            ));
        }
    }
    let order = |&(kind, counted): &(PartKind, bool)| {
        let (group, index) = match kind {
            PartKind::Category(c) => (0, c),
            PartKind::Tasks(c) => (1, c),
            PartKind::Role(r) => (2, r),
            PartKind::Growth(g) => (3, g),
            PartKind::Inhuur(i) => (4, i),
        };
        (!counted, group, index)
    };
    wanted.sort_by_key(order);
    wanted.dedup();
    wanted
}

/// "Toezicht", "Toezicht Rechtmatigheid (2 personen)", "Kwaliteit/beleid
/// (vervangen, telt niet mee)".
fn part_label(
    data: &DataSet,
    inputs: &Inputs,
    roles: &[StaffRole],
    kind: PartKind,
    counted: bool,
) -> String {
    let name = match kind {
        PartKind::Category(c) => data.categories[c].name.clone(),
        PartKind::Role(r) => {
            format!("{} ({})", roles[r].name, people(roles[r].people))
        }
        PartKind::Tasks(c) => format!("{} (uit taken)", data.categories[c].name),
        PartKind::Growth(g) => extra_label(inputs, ExtraKind::Growth(g)),
        PartKind::Inhuur(i) => extra_label(inputs, ExtraKind::Inhuur(i)),
    };
    match (kind, counted) {
        (PartKind::Role(_), false) => {
            format!("{name} (onder de volumeregel, telt niet mee)")
        }
        (_, false) => format!("{name} (vervangen, telt niet mee)"),
        (_, true) => name,
    }
}

/// A column's fte in year `y`; `None` when the year has nothing there (or
/// counts it the other way).
fn part_value(y: &YearStaffing, column: &PartColumn) -> Option<Decimal> {
    match column.kind {
        PartKind::Category(c) => {
            let cat = &y.categories[c];
            cat.fte.filter(|_| cat.counted == column.counted)
        }
        PartKind::Role(r) => {
            let roles_used = y.roles.as_ref().is_some_and(|r| r.roles_used);
            y.roles
                .as_ref()
                .filter(|_| roles_used == column.counted)
                .map(|block| block.roles[r].1)
        }
        PartKind::Tasks(c) => y
            .tasks
            .iter()
            .find(|t| t.category == c && t.used)
            .and_then(|t| t.figure.fte),
        PartKind::Growth(g) => {
            let parts: Vec<Decimal> = y
                .extras
                .iter()
                .filter(|e| e.kind == ExtraKind::Growth(g))
                .map(|e| e.fte)
                .collect();
            (!parts.is_empty()).then(|| parts.iter().copied().sum())
        }
        PartKind::Inhuur(i) => y
            .extras
            .iter()
            .find(|e| e.kind == ExtraKind::Inhuur(i))
            .map(|e| e.fte),
    }
}
