//! The appendix's building blocks: headings, paragraphs, bullets and
//! tables sized to their contents, with units kept at their numbers
//! (`paper.rs`).

use docx_rs::{
    AlignmentType, BreakType, Paragraph, Run, Shading, Table, TableCell, TableRow, WidthType,
};

use super::paper;

/// Text width on A4 with 2,5 cm margins, in twips (16 cm).
pub(super) const TEXT_WIDTH_TWIPS: usize = 9072;

/// A heading, kept on the page of what follows it.
pub(super) fn heading(text: &str, level: usize) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .keep_next(true)
        .add_run(Run::new().add_text(paper::keep_units(text)))
}

pub(super) fn text(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(paper::keep_units(text)))
}

pub(super) fn bullet(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(format!("• {}", paper::keep_units(text))))
}

fn cell(text: &str, width: usize, header: bool, right: bool) -> TableCell {
    kept_cell(text, width, (header, right), false)
}

/// A cell; `keep`: its paragraph stays on the page of the next row.
fn kept_cell(text: &str, width: usize, (header, right): (bool, bool), keep: bool) -> TableCell {
    // A line break in the text is one in the cell (a participant's order,
    // a scenario a line).
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(paper::keep_units(line));
    }
    let paragraph = Paragraph::new()
        .keep_next(keep)
        .add_run(if header { run.bold() } else { run });
    // Numbers right-aligned, as in Dutch financial tables.
    let paragraph = if right {
        paragraph.align(AlignmentType::Right)
    } else {
        paragraph
    };
    let cell = TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(paragraph);
    if header {
        cell.shading(Shading::new().fill("D9D9D9"))
    } else {
        cell
    }
}

/// A generous width of one character of the body text (11 pt DejaVu Sans
/// or Calibri, bold included), in twips; and a cell's left and right
/// margins together.
const CHAR_TWIPS: usize = 130;

/// The same for the bold header row (DejaVu Sans Bold runs wider).
const BOLD_CHAR_TWIPS: usize = 155;

const CELL_MARGINS_TWIPS: usize = 240;

/// Whether a column holds numbers only ("21,29", "–"): right-aligned.
fn numeric_column(rows: &[Vec<String>], column: usize) -> bool {
    let mut any = false;
    for row in rows {
        let text = row.get(column).map(String::as_str).unwrap_or("").trim();
        if text == "–" || text.is_empty() {
            continue;
        }
        // "229.606" (euros): a dot before three digits groups thousands.
        let number = crate::numbers::parse_typed(text)
            .or_else(|_| crate::numbers::read_typed(text, &crate::numbers::COST_EUR));
        if number.is_err() {
            return false;
        }
        any = true;
    }
    any
}

/// Column widths in twips: each at least as wide as its longest word (so
/// no word breaks, "Managemen|t"), the rest of the text width shared by
/// `weights`.
fn column_widths(headers: &[String], rows: &[Vec<String>], weights: &[usize]) -> Vec<usize> {
    let longest_word = |texts: &mut dyn Iterator<Item = &str>| {
        texts
            .flat_map(str::split_whitespace)
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    let minimum: Vec<usize> = (0..weights.len())
        .map(|c| {
            let header = longest_word(&mut headers.get(c).map(String::as_str).into_iter());
            let body = longest_word(
                &mut rows
                    .iter()
                    .map(|r| r.get(c).map(String::as_str).unwrap_or("")),
            );
            (header * BOLD_CHAR_TWIPS).max(body * CHAR_TWIPS) + CELL_MARGINS_TWIPS
        })
        .collect();
    let needed: usize = minimum.iter().sum();
    if needed >= TEXT_WIDTH_TWIPS {
        // More long words than the page holds: shrink all alike.
        return minimum
            .iter()
            .map(|m| m * TEXT_WIDTH_TWIPS / needed)
            .collect();
    }
    // The room left goes where the weights want it, on top of the minimum.
    let total: usize = weights.iter().sum::<usize>().max(1);
    let share = |c: usize| weights[c] * TEXT_WIDTH_TWIPS / total;
    let mut widths: Vec<usize> = (0..weights.len())
        .map(|c| share(c).max(minimum[c]))
        .collect();
    let over: usize = widths
        .iter()
        .sum::<usize>()
        .saturating_sub(TEXT_WIDTH_TWIPS);
    if over > 0 {
        // Take it back from the columns above their minimum, in proportion.
        let slack: Vec<usize> = widths.iter().zip(&minimum).map(|(w, m)| w - m).collect();
        let slack_total: usize = slack.iter().sum::<usize>().max(1);
        for (w, s) in widths.iter_mut().zip(&slack) {
            *w -= over * s / slack_total;
        }
    }
    widths
}

/// A table with a shaded header row; `widths` are the parts of the text
/// width each column would like (every column gets at least its longest
/// word).
pub(super) fn table(headers: &[String], rows: &[Vec<String>], widths: &[usize]) -> Table {
    let twips = column_widths(headers, rows, widths);
    let right: Vec<bool> = (0..twips.len()).map(|c| numeric_column(rows, c)).collect();
    // No row split across pages; the header row repeats on each page
    // (marked when the document is packed: `paper::repeat_header_rows`).
    let mut table_rows = vec![
        TableRow::new(
            headers
                .iter()
                .enumerate()
                .map(|(c, h)| cell(h, twips[c], true, right[c]))
                .collect(),
        )
        .cant_split(),
    ];
    for row in rows {
        table_rows.push(
            TableRow::new(
                row.iter()
                    .enumerate()
                    .map(|(c, t)| cell(t, twips[c], false, right[c]))
                    .collect(),
            )
            .cant_split(),
        );
    }
    Table::new(table_rows)
        .set_grid(twips)
        .width(TEXT_WIDTH_TWIPS, WidthType::Dxa)
}

/// A short table that stays on one page: [`table`] with every row but the
/// last kept with the next (a table of five municipalities is not split
/// one row from the rest).
pub(super) fn kept_table(headers: &[String], rows: &[Vec<String>], widths: &[usize]) -> Table {
    let twips = column_widths(headers, rows, widths);
    let right: Vec<bool> = (0..twips.len()).map(|c| numeric_column(rows, c)).collect();
    let row = |texts: &[String], header: bool, keep: bool| {
        TableRow::new(
            texts
                .iter()
                .enumerate()
                .map(|(c, t)| kept_cell(t, twips[c], (header, right[c]), keep))
                .collect(),
        )
        .cant_split()
    };
    let mut table_rows = vec![row(headers, true, !rows.is_empty())];
    for (i, texts) in rows.iter().enumerate() {
        table_rows.push(row(texts, false, i + 1 < rows.len()));
    }
    Table::new(table_rows)
        .set_grid(twips.clone())
        .width(TEXT_WIDTH_TWIPS, WidthType::Dxa)
}
