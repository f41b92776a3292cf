//! The rows of the source check as every table-shaped output shows them
//! (CSV and workbook): one builder, so the two cannot drift apart.

use rust_decimal::Decimal;

use crate::model::DataSet;
use crate::model::explain;
use crate::model::source_check::{Column, SourceCheck, Status, Table};

/// The column heads, in order.
pub const CHECK_HEADERS: [&str; 9] = [
    "Tabel",
    "Rij",
    "Kolom",
    "Variant",
    "Gepubliceerd",
    "Berekend",
    "Verschil",
    "Status",
    "Toelichting",
];

/// One checked cell.
pub struct CheckRow {
    pub table: String,
    pub row: String,
    pub column: String,
    pub variant: String,
    pub published: Option<Decimal>,
    pub computed: Option<Decimal>,
    pub difference: Option<Decimal>,
    pub status: &'static str,
    /// Why, for a suspected misprint or a discrepancy; empty otherwise.
    pub explanation: String,
}

/// Every checked cell of `check`, in order.
pub fn check_rows(data: &DataSet, check: &SourceCheck) -> Vec<CheckRow> {
    check
        .items
        .iter()
        .map(|item| {
            let (table, row) = match item.table {
                Table::Volume => (
                    explain::table_number(&data.volume_table.title).to_owned(),
                    data.volume_table.rows[item.cell.row].situation.clone(),
                ),
                Table::Staffing => (
                    explain::table_number(&data.staffing_table.title).to_owned(),
                    data.staffing_table.rows[item.cell.row].period.clone(),
                ),
            };
            CheckRow {
                table,
                row,
                column: explain::column_label(data, item.table, item.cell.column),
                variant: variant_label(
                    data,
                    item.table,
                    item.cell.row,
                    item.cell.column,
                    item.cell.variant,
                ),
                published: item.published,
                computed: item.computed,
                difference: item.difference(),
                status: explain::status_word(item.status),
                explanation: if matches!(
                    item.status,
                    Status::Discrepancy | Status::SuspectedMisprint
                ) {
                    explain::check_item_line(data, item)
                } else {
                    String::new()
                },
            }
        })
        .collect()
}

/// The variant a cell belongs to ("Toezicht op Buurtkracht: Anders
/// georganiseerd"), or empty when the row gives one figure.
fn variant_label(
    data: &DataSet,
    table: Table,
    row: usize,
    column: Column,
    variant: usize,
) -> String {
    if table != Table::Staffing {
        return String::new();
    }
    let r = &data.staffing_table.rows[row];
    let Some((choice, options)) = &r.variants else {
        return String::new();
    };
    let split = match column {
        Column::Category(c) => r.cells[c].values.len() > 1,
        Column::Total => r.total.values.len() > 1,
        _ => false,
    };
    if !split {
        return String::new();
    }
    let choice = &data.choices[*choice];
    format!(
        "{}: {}",
        choice.label, choice.options[options[variant]].label
    )
}
