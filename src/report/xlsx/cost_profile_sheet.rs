//! The sheet "Kostenprofiel": the report's qualitative cost profile
//! (Tabel 5), a row per component with its word per scenario, and the
//! report's interpretation below it.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::layout::{Formats, PRINT_WIDTH_CHARS, headers, sentence_rows, wrapped_cells};
use crate::present::results::{CostProfileLines, INTERPRETATION};

/// Wide enough for most of the report's component names on one line.
const NAME_WIDTH: f64 = 30.0;
/// "hoog is kostbaar" on one line.
const POLARITY_WIDTH: f64 = 19.0;

pub fn cost_profile_sheet(
    ws: &mut Worksheet,
    profile: &CostProfileLines,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name("Kostenprofiel")?;
    let scenarios = profile.scenarios.len().max(1);
    // The columns together stay within a printed page's width.
    let room = PRINT_WIDTH_CHARS - 5.0 - NAME_WIDTH - POLARITY_WIDTH;
    let cell_width = (room / scenarios as f64).min(32.0);
    let mut titles = vec!["Kostencomponent".to_owned(), "Richting".into()];
    titles.extend(profile.scenarios.iter().map(|s| s.label.clone()));
    let mut widths = vec![NAME_WIDTH, POLARITY_WIDTH];
    widths.extend(std::iter::repeat_n(cell_width, scenarios));
    headers(ws, 0, &titles, &widths, |_| false, f)?;
    let mut r = 1;
    for row in &profile.rows {
        let mut cells = vec![
            (0, row.name.as_str(), NAME_WIDTH),
            (1, row.polarity, POLARITY_WIDTH),
        ];
        cells.extend(
            row.cells
                .iter()
                .enumerate()
                .map(|(s, word)| (s as u16 + 2, word.as_str(), cell_width)),
        );
        wrapped_cells(ws, r, &cells, f)?;
        r += 1;
    }
    if !profile.interpretation.is_empty() {
        r += 1;
        let last = scenarios as u16 + 1;
        ws.merge_range(r, 0, r, last, INTERPRETATION, &f.header)?;
        let sentences: Vec<&str> = profile.interpretation.iter().map(String::as_str).collect();
        sentence_rows(ws, r + 1, &sentences, (last, widths.iter().sum()), f)?;
    }
    Ok(())
}
