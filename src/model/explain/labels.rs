//! How rows, tables, variants and segments of the data are named in
//! sentences: one place, so every sentence names them alike.

use crate::model::dataset::DataSet;

/// "Tabel 7, rij '2025 – Huidig'"
pub fn staffing_row_label(data: &DataSet, row: usize) -> String {
    let title = table_number(&data.staffing_table.title);
    format!("{title}, rij '{}'", data.staffing_table.rows[row].period)
}

pub fn volume_row_label(data: &DataSet, row: usize) -> String {
    let title = table_number(&data.volume_table.title);
    format!("{title}, rij '{}'", data.volume_table.rows[row].situation)
}

/// "Tabel 7" from "Tabel 7. Fte overzicht …"
pub fn table_number(title: &str) -> &str {
    title.split('.').next().unwrap_or(title)
}

pub(super) fn variant_suffix(data: &DataSet, row: usize, variant: usize) -> String {
    match &data.staffing_table.rows[row].variants {
        Some((choice, options)) if options.len() > 1 => {
            let c = &data.choices[*choice];
            format!(" ({}: {})", c.label, c.options[options[variant]].label)
        }
        _ => String::new(),
    }
}

/// Name of a segment for use in a sum.
pub(super) fn segment_name(data: &DataSet, segment: usize) -> &str {
    &data.segments[segment].short_name
}
