//! How the workbook is laid out: formats, column widths that fit their
//! headers' longest words, wrapped text with rows tall enough for it,
//! headers right-aligned over numbers, sentences across a table's width,
//! and the printed page (A4 landscape, one page wide).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

/// Excel stores every number as a float; the exact decimal becomes the
/// nearest one only here, at the file.
pub(super) fn float(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

pub(super) struct Formats {
    pub(super) header: Format,
    /// The header of a column of numbers: right-aligned, over its numbers.
    pub(super) header_number: Format,
    pub(super) fte: Format,
    pub(super) mln: Format,
    pub(super) share: Format,
    pub(super) score: Format,
    pub(super) text: Format,
    /// The row format of rows with wrapped text: their other cells at the
    /// top, next to the first line.
    pub(super) top: Format,
    /// A row's name in a list of assumptions.
    pub(super) label: Format,
    /// Whole euros (Dutch Excel shows 659.990).
    pub(super) euro: Format,
    /// A total row: whole euros, bold, a line above.
    pub(super) euro_total: Format,
    pub(super) label_total: Format,
}

impl Formats {
    pub(super) fn new() -> Self {
        Self {
            header: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Bottom),
            header_number: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Bottom)
                .set_align(FormatAlign::Right),
            // Stored in the US form; Dutch Excel shows 1.234,56.
            fte: Format::new()
                .set_num_format("#,##0.00")
                .set_align(FormatAlign::Top),
            mln: Format::new()
                .set_num_format("#,##0.0")
                .set_align(FormatAlign::Top),
            share: Format::new()
                .set_num_format("0%")
                .set_align(FormatAlign::Top),
            score: Format::new()
                .set_num_format("0.00")
                .set_align(FormatAlign::Top),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            top: Format::new().set_align(FormatAlign::Top),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            euro: Format::new()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Top),
            euro_total: Format::new()
                .set_num_format("#,##0")
                .set_bold()
                .set_border_top(FormatBorder::Thin),
            label_total: Format::new().set_bold().set_border_top(FormatBorder::Thin),
        }
    }
}

/// Writes wrapped text and makes its row tall enough for it, in a column
/// `width_chars` wide. rust_xlsxwriter writes no row heights and
/// LibreOffice does not grow such rows on opening, so a long cell would run
/// over the rows below it.
pub(super) fn wrapped(
    ws: &mut Worksheet,
    (row, col): (u32, u16),
    text: &str,
    width_chars: f64,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(row, col, text, &f.text)?;
    let lines = wrapped_lines(text, width_chars);
    if lines > 1 {
        ws.set_row_height(row, 15.0 * lines as f64)?;
        ws.set_row_format(row, &f.top)?;
    }
    Ok(())
}

/// Several wrapped cells of one row; the row as tall as the tallest.
pub(super) fn wrapped_cells(
    ws: &mut Worksheet,
    row: u32,
    cells: &[(u16, &str, f64)],
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut lines = 1;
    for &(col, text, width) in cells {
        ws.write_string_with_format(row, col, text, &f.text)?;
        lines = lines.max(wrapped_lines(text, width));
    }
    if lines > 1 {
        ws.set_row_height(row, 15.0 * lines as f64)?;
        ws.set_row_format(row, &f.top)?;
    }
    Ok(())
}

/// A column just wide enough for the longest word of its title (and at
/// least for a number), so a header wraps between words.
pub(super) fn number_column_width(title: &str) -> f64 {
    longest_word_width(title).max(9.0)
}

/// The width the longest word of a bold title needs, in characters of the
/// default font (bold letters are about a tenth wider; two to spare).
pub(super) fn longest_word_width(title: &str) -> f64 {
    let longest = title
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    longest as f64 * 1.1 + 2.0
}

/// Lines a text takes in a column `width_chars` wide (a column width counts
/// digits of the default font; letters of running text are about as wide
/// on average, and words do not break, hence the margin).
pub(super) fn wrapped_lines(text: &str, width_chars: f64) -> usize {
    let usable = (width_chars * 0.9).max(1.0);
    text.lines()
        .map(|line| ((line.chars().count() as f64 / usable).ceil() as usize).max(1))
        .sum::<usize>()
        .max(1)
}

/// The header row (bold, wrapped, frozen, repeated on every printed page)
/// and the columns' widths, `widths_chars[c]` for the column of
/// `titles[c]` (a title without a width keeps the default width), at least
/// as wide as the title's longest word (a header wraps between words,
/// never inside one). The headers of the columns `numbers` says hold
/// numbers are right-aligned, over their numbers.
pub(super) fn headers(
    ws: &mut Worksheet,
    row: u32,
    titles: &[String],
    widths_chars: &[f64],
    numbers: impl Fn(usize) -> bool,
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut lines = 1;
    for (c, title) in titles.iter().enumerate() {
        let format = if numbers(c) {
            &f.header_number
        } else {
            &f.header
        };
        ws.write_string_with_format(row, c as u16, title, format)?;
        let width = widths_chars
            .get(c)
            .copied()
            .unwrap_or(DEFAULT_WIDTH)
            .max(longest_word_width(title));
        ws.set_column_width(c as u16, width)?;
        lines = lines.max(wrapped_lines(title, width));
    }
    if lines > 1 {
        ws.set_row_height(row, 15.0 * lines as f64)?;
    }
    ws.set_freeze_panes(row + 1, 0)?;
    print_setup(ws);
    ws.set_repeat_rows(row, row)?;
    Ok(())
}

/// Printed: A4 landscape with narrow margins, one page wide (the columns
/// together are at most [`PRINT_WIDTH_CHARS`], so the text stays near its
/// size), and a footer with the sheet and the page number.
pub(super) fn print_setup(ws: &mut Worksheet) {
    ws.set_paper_size(A4);
    ws.set_landscape();
    ws.set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_footer("&L&A&RPagina &P van &N");
}

/// Sentences under a table, each across the table's columns (`0..=last`,
/// `width` characters together) and wrapped: a long line left as it is
/// made the printed page (one page wide) unreadably small.
pub(super) fn sentence_rows(
    ws: &mut Worksheet,
    first: u32,
    sentences: &[&str],
    (last, width): (u16, f64),
    f: &Formats,
) -> Result<(), XlsxError> {
    for (r, sentence) in (first..).zip(sentences) {
        if last == 0 {
            wrapped(ws, (r, 0), sentence, width, f)?;
            continue;
        }
        ws.merge_range(r, 0, r, last, sentence, &f.text)?;
        let lines = wrapped_lines(sentence, width);
        if lines > 1 {
            ws.set_row_height(r, 15.0 * lines as f64)?;
        }
    }
    Ok(())
}

/// A column of numbers (or a scenario's share), in characters.
pub(super) const NUMBER_WIDTH: f64 = 14.0;

/// Excel's default column width, in characters.
pub(super) const DEFAULT_WIDTH: f64 = 8.43;

/// Excel's paper size code for A4.
pub(super) const A4: u8 = 9;

/// What an A4 landscape page with the margins of `print_setup` holds at
/// 100 %, in widths of a digit of the default font; every sheet's columns
/// together stay below it (tested), so printing one page wide shrinks
/// little.
pub const PRINT_WIDTH_CHARS: f64 = 165.0;
