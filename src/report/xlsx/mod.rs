//! The report as an Excel workbook: sheets Formatie, Afleiding,
//! Bronnencontrole, Rangorde, Robuustheid, Aannames (and Gemeenten when the
//! set has profiles, Lasten per gemeente when it has costs:
//! `costs_sheet.rs`). Numbers are numbers with display formats that Dutch
//! Excel shows with a decimal comma, headers bold and frozen, columns sized.
//! The CSV stays for those who want plain text.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

mod costs_derivation;
mod costs_sheet;

use super::ReportContext;
use super::assumptions::assumption_lines;
use super::check_rows::{CHECK_HEADERS, check_rows};
use crate::model::breakdown::breakdown;
use crate::model::explain;

/// Excel stores every number as a float; the exact decimal becomes the
/// nearest one only here, at the file.
fn float(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

struct Formats {
    header: Format,
    fte: Format,
    mln: Format,
    share: Format,
    score: Format,
    text: Format,
    /// The row format of rows with wrapped text: their other cells at the
    /// top, next to the first line.
    top: Format,
    /// A row's name in a list of assumptions.
    label: Format,
    /// Whole euros (Dutch Excel shows 659.990).
    euro: Format,
    /// A total row: whole euros, bold, a line above.
    euro_total: Format,
    label_total: Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            header: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap(),
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
fn wrapped(
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
fn wrapped_cells(
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
fn number_column_width(title: &str) -> f64 {
    let longest = title
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    (longest as f64 + 2.0).max(9.0)
}

/// Lines a text takes in a column `width_chars` wide (a column width counts
/// digits of the default font; letters of running text are about as wide
/// on average, and words do not break, hence the margin).
fn wrapped_lines(text: &str, width_chars: f64) -> usize {
    let usable = (width_chars * 0.9).max(1.0);
    text.lines()
        .map(|line| ((line.chars().count() as f64 / usable).ceil() as usize).max(1))
        .sum::<usize>()
        .max(1)
}

/// The header row (bold, wrapped, frozen, repeated on every printed page)
/// and the columns' widths, `widths_chars[c]` for the column of
/// `titles[c]` (a title without a width keeps the default width).
fn headers(
    ws: &mut Worksheet,
    row: u32,
    titles: &[String],
    widths_chars: &[f64],
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut lines = 1;
    for (c, title) in titles.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, title, &f.header)?;
        let width = widths_chars.get(c).copied().unwrap_or(DEFAULT_WIDTH);
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
fn print_setup(ws: &mut Worksheet) {
    ws.set_paper_size(A4);
    ws.set_landscape();
    ws.set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_footer("&L&A&RPagina &P van &N");
}

/// The workbook as bytes.
pub fn xlsx_report(ctx: &ReportContext) -> Result<Vec<u8>, String> {
    build(ctx).map_err(|e| format!("de werkmap kon niet worden gemaakt: {e}"))
}

fn build(ctx: &ReportContext) -> Result<Vec<u8>, XlsxError> {
    let data = ctx.data;
    let f = Formats::new();
    let mut wb = Workbook::new();
    let title = format!(
        "Scenario's {} – {}",
        data.organisation,
        ctx.set
            .map_or_else(|| "aannames".to_owned(), |s| s.display_name())
    );
    wb.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author("nmd-scenarios")
            .set_comment(format!(
                "Gemaakt met nmd-scenarios {}",
                env!("CARGO_PKG_VERSION")
            )),
    );
    if !data.categories.is_empty() {
        staffing_sheet(wb.add_worksheet(), ctx, &f)?;
        derivation_sheet(wb.add_worksheet(), ctx, &f)?;
        source_check_sheet(wb.add_worksheet(), ctx, &f)?;
    }
    ranking_sheet(wb.add_worksheet(), ctx, &f)?;
    if let Some(group) = ctx.group {
        group_sheet(wb.add_worksheet(), ctx, group, &f)?;
    }
    if let Some(costs) = &ctx.outcome.costs {
        // "Afleiding lasten" after the sheet that refers to it.
        let mut derivation = rust_xlsxwriter::Worksheet::new();
        let rounded = costs_derivation::derivation_sheet(&mut derivation, data, costs, &f)?;
        costs_sheet::costs_sheet(wb.add_worksheet(), data, costs, &rounded, &f)?;
        if costs.key.is_ok() {
            wb.push_worksheet(derivation);
        }
    }
    robustness_sheet(wb.add_worksheet(), ctx, &f)?;
    assumptions_sheet(wb.add_worksheet(), ctx, &f)?;
    wb.save_to_buffer()
}

/// Excel's default column width, in digits.
const DEFAULT_WIDTH: f64 = 8.43;
const NUMBER_WIDTH: f64 = 14.0;
const PROVENANCE_WIDTH: f64 = 52.0;
const DERIVATION_WIDTH: f64 = 90.0;
const CHECK_LINE_WIDTH: f64 = 40.0;
const ROW_WIDTH: f64 = 30.0;
const COLUMN_WIDTH: f64 = 18.0;
const VARIANT_WIDTH: f64 = 14.0;
const STATUS_WIDTH: f64 = 16.0;
const METHOD_WIDTH: f64 = 36.0;
const ASSUMPTION_WIDTH: f64 = 100.0;
/// Excel's paper size code for A4.
const A4: u8 = 9;
/// What an A4 landscape page with the margins of `print_setup` holds at
/// 100 %, in widths of a digit of the default font; every sheet's columns
/// together stay below it (tested), so printing one page wide shrinks
/// little.
pub const PRINT_WIDTH_CHARS: f64 = 165.0;

fn staffing_sheet(ws: &mut Worksheet, ctx: &ReportContext, f: &Formats) -> Result<(), XlsxError> {
    let data = ctx.data;
    ws.set_name("Formatie")?;
    let parts = breakdown(data, ctx.inputs, &ctx.outcome.staffing);
    let mut titles = vec!["Jaar".to_owned()];
    titles.extend(parts.columns.iter().map(|c| format!("{} (fte)", c.label)));
    titles.extend([
        "Totaal (fte)".to_owned(),
        format!("Volume bij {} (€ mln)", data.organisation),
        "Herkomst".into(),
    ]);
    let mut widths = vec![8.0];
    widths.extend(
        titles[1..titles.len() - 1]
            .iter()
            .map(|t| number_column_width(t)),
    );
    widths.push(PROVENANCE_WIDTH);
    headers(ws, 0, &titles, &widths, f)?;
    for (y, staffing) in ctx.outcome.staffing.iter().enumerate() {
        let r = y as u32 + 1;
        ws.write_number(r, 0, f64::from(staffing.year))?;
        for (c, value) in parts.rounded(y, 2).iter().enumerate() {
            if let Some(v) = value {
                ws.write_number_with_format(r, c as u16 + 1, float(*v), &f.fte)?;
            }
        }
        let c = parts.columns.len() as u16 + 1;
        ws.write_number_with_format(
            r,
            c,
            float(
                staffing.total_fte.round_dp_with_strategy(
                    2,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                ),
            ),
            &f.fte,
        )?;
        ws.write_number_with_format(r, c + 1, float(staffing.volume_total_mln), &f.mln)?;
        let provenance = explain::provenance(data, staffing);
        wrapped(ws, (r, c + 2), &provenance, PROVENANCE_WIDTH, f)?;
    }
    Ok(())
}

fn derivation_sheet(ws: &mut Worksheet, ctx: &ReportContext, f: &Formats) -> Result<(), XlsxError> {
    let data = ctx.data;
    ws.set_name("Afleiding")?;
    headers(
        ws,
        0,
        &["Jaar", "Onderdeel", "fte", "Berekening"].map(String::from),
        &[8.0, 30.0, 10.0, DERIVATION_WIDTH],
        f,
    )?;
    let mut r = 1;
    let mut put = |ws: &mut Worksheet,
                   year: u16,
                   part: String,
                   fte: Option<Decimal>,
                   text: String|
     -> Result<(), XlsxError> {
        ws.write_number(r, 0, f64::from(year))?;
        ws.write_string(r, 1, part)?;
        if let Some(v) = fte {
            ws.write_number_with_format(r, 2, float(v.round_dp(4)), &f.fte)?;
        }
        wrapped(ws, (r, 3), &text, DERIVATION_WIDTH, f)?;
        r += 1;
        Ok(())
    };
    for y in &ctx.outcome.staffing {
        for (c, category) in data.categories.iter().enumerate() {
            let mut text = explain::category_sum(data, y, c);
            for detail in explain::term_details(data, y, c) {
                text.push_str(&format!("\n{detail}"));
            }
            put(ws, y.year, category.name.clone(), y.categories[c].fte, text)?;
        }
        if let Some(sum) = explain::role_block_sum(data, y) {
            let total = y.roles.as_ref().map(|r| r.roles_total);
            put(ws, y.year, "Rollen".into(), total, sum)?;
        }
        for sentence in explain::task_sentences(data, ctx.inputs, y) {
            put(ws, y.year, "Taken".into(), None, sentence)?;
        }
        for part in &y.extras {
            put(
                ws,
                y.year,
                explain::extra_label(ctx.inputs, part.kind),
                Some(part.fte),
                explain::extra_sentence(data, ctx.inputs, y.year, part),
            )?;
        }
    }
    Ok(())
}

fn source_check_sheet(
    ws: &mut Worksheet,
    ctx: &ReportContext,
    f: &Formats,
) -> Result<(), XlsxError> {
    let data = ctx.data;
    let check = ctx.check;
    ws.set_name("Bronnencontrole")?;
    ws.write_string(
        0,
        0,
        format!("Bronnencontrole: {}", explain::check_summary(check)),
    )?;
    let mut r = 1;
    for m in &data.misprints {
        // Not wrapped: it runs on over the empty cells to its right.
        ws.write_string(r, 0, format!("{}.", explain::misprint_sentence(data, m)))?;
        r += 1;
    }
    let titles = CHECK_HEADERS.map(String::from);
    let widths = [
        8.0,
        ROW_WIDTH,
        COLUMN_WIDTH,
        VARIANT_WIDTH,
        12.0,
        12.0,
        10.0,
        STATUS_WIDTH,
        CHECK_LINE_WIDTH,
    ];
    headers(ws, r, &titles, &widths, f)?;
    for row in check_rows(data, check) {
        r += 1;
        ws.write_string(r, 0, &row.table)?;
        for (c, value) in [(4, row.published), (5, row.computed), (6, row.difference)] {
            if let Some(v) = value {
                ws.write_number_with_format(r, c, float(v.round_dp(4)), &f.fte)?;
            }
        }
        wrapped_cells(
            ws,
            r,
            &[
                (1, &row.row, ROW_WIDTH),
                (2, &row.column, COLUMN_WIDTH),
                (3, &row.variant, VARIANT_WIDTH),
                (7, row.status, STATUS_WIDTH),
                (8, &row.explanation, CHECK_LINE_WIDTH),
            ],
            f,
        )?;
    }
    Ok(())
}

fn ranking_sheet(ws: &mut Worksheet, ctx: &ReportContext, f: &Formats) -> Result<(), XlsxError> {
    let data = ctx.data;
    ws.set_name("Rangorde")?;
    let mut titles = vec!["Plaats".to_owned(), "Scenario".into(), "Score".into()];
    titles.extend(
        data.criteria
            .iter()
            .map(|c| format!("Bijdrage {}. {}", c.number, c.name)),
    );
    let mut widths = vec![8.0, 48.0];
    widths.extend(std::iter::repeat_n(NUMBER_WIDTH, data.criteria.len() + 1));
    headers(ws, 0, &titles, &widths, f)?;
    match &ctx.outcome.ranking {
        crate::model::ranking::Ranking::Ranked(r) => {
            for (i, e) in r.entries.iter().enumerate() {
                let row = i as u32 + 1;
                ws.write_number(row, 0, e.rank as f64)?;
                ws.write_string(row, 1, data.scenarios[e.scenario].label())?;
                ws.write_number_with_format(row, 2, float(e.total), &f.score)?;
                for (c, v) in e.contributions.iter().enumerate() {
                    ws.write_number_with_format(row, c as u16 + 3, float(*v), &f.score)?;
                }
            }
            let row = r.entries.len() as u32 + 2;
            ws.write_string_with_format(row, 1, "Gewicht", &f.header)?;
            for (c, share) in r.weight_shares.iter().enumerate() {
                ws.write_number_with_format(row, c as u16 + 3, float(*share), &f.share)?;
            }
        }
        other => {
            ws.write_string(1, 1, other.absent_reason().unwrap_or_default())?;
        }
    }
    Ok(())
}

fn group_sheet(
    ws: &mut Worksheet,
    ctx: &ReportContext,
    group: &crate::model::group::GroupResult,
    f: &Formats,
) -> Result<(), XlsxError> {
    let data = ctx.data;
    let mut name: String = group.label.chars().take(31).collect();
    if let Some(first) = name.get(..1) {
        name = first.to_uppercase() + &name[1..];
    }
    ws.set_name(name)?;
    let mut titles = vec!["Naam".to_owned(), "Hoe".into()];
    titles.extend(data.criteria.iter().map(|c| format!("Gewicht {}", c.name)));
    titles.push("Eerste".into());
    let mut widths = vec![18.0, METHOD_WIDTH];
    widths.extend(std::iter::repeat_n(NUMBER_WIDTH, data.criteria.len()));
    widths.push(40.0);
    headers(ws, 0, &titles, &widths, f)?;
    let mut r = 1;
    let rows = group
        .participants
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                if p.own {
                    p.how.clone()
                } else {
                    "gewichten van de set".into()
                },
                &p.shares,
                &p.ranking,
            )
        })
        .chain(std::iter::once((
            "Gezamenlijk".to_owned(),
            "gemiddelde".to_owned(),
            &group.combined_shares,
            &group.combined,
        )));
    for (name, how, shares, ranking) in rows {
        ws.write_string(r, 0, name)?;
        wrapped(ws, (r, 1), &how, METHOD_WIDTH, f)?;
        if let Some(shares) = shares {
            for (c, v) in shares.iter().enumerate() {
                ws.write_number_with_format(r, c as u16 + 2, float(*v), &f.share)?;
            }
        }
        let first = ranking
            .entries()
            .first()
            .map(|e| data.scenarios[e.scenario].label())
            .unwrap_or_default();
        ws.write_string(r, data.criteria.len() as u16 + 2, first)?;
        r += 1;
    }
    r += 1;
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
        ws.write_string(r, 0, sentence)?;
        r += 1;
    }
    Ok(())
}

fn robustness_sheet(ws: &mut Worksheet, ctx: &ReportContext, f: &Formats) -> Result<(), XlsxError> {
    let data = ctx.data;
    ws.set_name("Robuustheid")?;
    let Some(result) = ctx.robustness else {
        ws.write_string(0, 0, "Niet berekend.")?;
        return Ok(());
    };
    let smaa = &result.smaa;
    let mut titles = vec!["Scenario".to_owned()];
    titles.extend((1..=smaa.acceptability.len()).map(|r| format!("Plaats {r} (SMAA-2)")));
    let mut widths = vec![48.0];
    widths.extend(std::iter::repeat_n(NUMBER_WIDTH, smaa.acceptability.len()));
    headers(ws, 0, &titles, &widths, f)?;
    for (s, row) in smaa.acceptability.iter().enumerate() {
        let scenario = result.visible.scenarios.get(s).copied().unwrap_or(s);
        ws.write_string(s as u32 + 1, 0, data.scenarios[scenario].label())?;
        for (r, share) in row.iter().enumerate() {
            ws.write_number_with_format(s as u32 + 1, r as u16 + 1, *share, &f.share)?;
        }
    }
    let first = smaa.acceptability.len() as u32 + 2;
    let text = crate::model::robustness::robustness_text(data, result);
    for (r, line) in (first..).zip(text.lines()) {
        ws.write_string(r, 0, line.trim_start_matches("- "))?;
    }
    Ok(())
}

fn assumptions_sheet(
    ws: &mut Worksheet,
    ctx: &ReportContext,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name("Aannames")?;
    headers(
        ws,
        0,
        &["Wat", "Aanname"].map(String::from),
        &[28.0, ASSUMPTION_WIDTH],
        f,
    )?;
    for (i, (label, text)) in assumption_lines(ctx).into_iter().enumerate() {
        ws.write_string_with_format(i as u32 + 1, 0, label, &f.label)?;
        wrapped(ws, (i as u32 + 1, 1), &text, ASSUMPTION_WIDTH, f)?;
    }
    Ok(())
}
