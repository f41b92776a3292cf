//! What leaves the program as text: the report (text and CSV for Dutch
//! Excel) and the comparison of two sets. Every output states its own
//! assumptions (`assumptions.rs`) and shows the staffing as parts that add
//! up to the total (`model::breakdown`).

pub mod assumptions;
mod check_rows;
mod columns;
mod comparison;
mod context;
pub mod costs;
mod costs_csv;
pub mod csv;
mod csv_line;
pub mod docx;
pub mod group;
pub mod own_lines;
mod scenario_costs;
mod scenario_costs_csv;
mod text;
pub mod xlsx;

pub use comparison::{comparison_csv, comparison_text};
pub use csv::csv_report;
pub use text::text_report;

pub use crate::model::assumption_set::SetLabel;
pub use context::ReportContext;
