//! The source check in words: one line per checked cell, the explanation
//! of a conflict, the rounding tolerances.

use rust_decimal::Decimal;

use super::labels::{staffing_row_label, variant_suffix, volume_row_label};
use crate::format::{number, number_trimmed};
use crate::model::dataset::DataSet;
use crate::model::source_check::{
    CellRef, CheckItem, Column, Explanation, SourceCheck, Status, Table, Tolerances,
};

/// Name of a checked cell's column.
pub fn column_label(data: &DataSet, table: Table, column: Column) -> String {
    match (table, column) {
        (_, Column::Volume(c)) => data.volume_table.columns[c].heading.clone(),
        (_, Column::OfWhich(c)) => format!("{} (waarvan)", data.volume_table.columns[c].heading),
        (_, Column::StaffingVolume) => "Resterend volume".into(),
        (_, Column::Category(c)) => data.categories[c].name.clone(),
        (_, Column::Total) => "Fte's totaal".into(),
    }
}

fn cell_label(data: &DataSet, table: Table, cell: CellRef) -> String {
    let row = match table {
        Table::Volume => volume_row_label(data, cell.row),
        Table::Staffing => staffing_row_label(data, cell.row),
    };
    let variant = if table == Table::Staffing && !matches!(cell.column, Column::Total) {
        variant_suffix_if_split(data, cell)
    } else {
        String::new()
    };
    format!("{row}, {}{variant}", column_label(data, table, cell.column))
}

fn variant_suffix_if_split(data: &DataSet, cell: CellRef) -> String {
    let r = &data.staffing_table.rows[cell.row];
    match cell.column {
        Column::Category(c) if r.cells[c].values.len() > 1 => {
            variant_suffix(data, cell.row, cell.variant)
        }
        _ => String::new(),
    }
}

pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Equal => "klopt",
        Status::Rounding => "afronding",
        Status::SuspectedMisprint => "vermoedelijke drukfout",
        Status::Discrepancy => "afwijking",
    }
}

/// "1 vermoedelijke drukfout, 21 afrondingen" (what is not equal, counted;
/// rounding is never called a discrepancy); "alle cellen kloppen" when all
/// agree exactly.
pub fn check_summary(check: &SourceCheck) -> String {
    let count = |status| check.count(status);
    let mut parts = Vec::new();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if count(Status::SuspectedMisprint) > 0 {
        parts.push(plural(
            count(Status::SuspectedMisprint),
            "vermoedelijke drukfout",
            "vermoedelijke drukfouten",
        ));
    }
    if count(Status::Discrepancy) > 0 {
        parts.push(plural(
            count(Status::Discrepancy),
            "afwijking",
            "afwijkingen",
        ));
    }
    if count(Status::Rounding) > 0 {
        parts.push(plural(count(Status::Rounding), "afronding", "afrondingen"));
    }
    if parts.is_empty() {
        "alle cellen kloppen".to_owned()
    } else {
        parts.join(", ")
    }
}

fn decimals_for(column: Column) -> u32 {
    match column {
        Column::Volume(_) | Column::OfWhich(_) | Column::StaffingVolume => 1,
        Column::Category(_) | Column::Total => 2,
    }
}

/// "Tabel 7, rij '…', Kwaliteit/beleid: gepubliceerd 0,68, berekend 0,65:
/// afwijking; strijdig met …"
pub fn check_item_line(data: &DataSet, item: &CheckItem) -> String {
    let d = decimals_for(item.cell.column);
    let show = |v: Option<Decimal>| match v {
        None => "leeg".to_owned(),
        Some(v) if d == 2 => number_at_least(v, 2, 4),
        Some(v) => number_trimmed(v, d),
    };
    let mut text = format!(
        "{}: gepubliceerd {}, berekend {}: {}",
        cell_label(data, item.table, item.cell),
        show(item.published),
        show(item.computed),
        status_word(item.status)
    );
    if let Some(diff) = item.difference().filter(|d| !d.is_zero()) {
        text.push_str(&format!(
            " (verschil {})",
            signed(diff, if d == 2 { 4 } else { 1 })
        ));
    }
    if !item.conflicts_with.is_empty() {
        let others: Vec<String> = item
            .conflicts_with
            .iter()
            .map(|c| match c.column {
                Column::Category(_) if c.row != item.cell.row => {
                    format!("'{}'", data.staffing_table.rows[c.row].period)
                }
                _ => column_label(data, item.table, c.column),
            })
            .collect();
        let what = if item.cell.column == Column::Total {
            "door"
        } else {
            "strijdig met"
        };
        text.push_str(&format!("; {what} {}", others.join(", ")));
    }
    text
}

/// At least `min` and at most `max` decimals: 1,40 · 1,4025 · 12,40.
pub fn number_at_least(value: Decimal, min: u32, max: u32) -> String {
    let trimmed = value.round_dp(max).normalize();
    number(trimmed, trimmed.scale().max(min))
}

fn signed(value: Decimal, decimals: u32) -> String {
    let text = number_trimmed(value, decimals);
    if value > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

/// "Als Tabel 7, rij '…', Kwaliteit/beleid 0,57 was (gepubliceerd 0,68),
/// kloppen alle andere rijen van deze kolom, en ook het rijtotaal."
pub fn explanation_line(data: &DataSet, e: &Explanation) -> String {
    let mut text = format!(
        "Als {} {} was in plaats van {}, kloppen alle andere rijen van deze kolom",
        cell_label(data, Table::Staffing, e.cell),
        number(e.implied, 2),
        number(e.published, 2)
    );
    if e.total_agrees {
        text.push_str(", én het gepubliceerde rijtotaal: waarschijnlijk een drukfout in deze cel");
    } else {
        text.push_str(", maar dan klopt het gepubliceerde rijtotaal niet meer");
    }
    text
}

/// "≤ 0,01 fte per cel, ≤ 0,02 fte per totaal, ≤ 1 mln per volume": what
/// counts as rounding, from the precision of the published cells; a column
/// published with another precision is named.
pub fn tolerance_sentence(data: &DataSet, tolerances: &Tolerances) -> String {
    let cells = &tolerances.category_fte;
    let usual = cells
        .iter()
        .max_by_key(|t| cells.iter().filter(|u| u == t).count())
        .copied()
        .unwrap_or_default();
    let others: Vec<String> = cells
        .iter()
        .enumerate()
        .filter(|&(_, t)| *t != usual)
        .map(|(c, t)| {
            format!(
                "{} ≤ {} fte",
                data.categories[c].name,
                number_trimmed(*t, 6)
            )
        })
        .collect();
    let exceptions = if others.is_empty() {
        String::new()
    } else {
        format!(" ({})", others.join(", "))
    };
    format!(
        "≤ {} fte per cel{exceptions}, ≤ {} fte per totaal, ≤ {} mln per volume",
        number_trimmed(usual, 6),
        number_trimmed(tolerances.total_fte, 6),
        number_trimmed(tolerances.largest_volume_mln(), 6)
    )
}
