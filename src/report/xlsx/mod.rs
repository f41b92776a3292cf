//! The report as an Excel workbook: sheets Formatie, Afleiding,
//! Bronnencontrole, Rangorde, Robuustheid, Aannames (and Gemeenten when the
//! set has profiles, Lasten per gemeente when it has costs:
//! `costs_sheet.rs`; Kosten per scenario when it counts the cost profile
//! in euros: `scenario_costs_sheet.rs`). Numbers are numbers with display formats that Dutch
//! Excel shows with a decimal comma, headers bold and frozen, columns sized.
//! The CSV stays for those who want plain text.

use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, Workbook, Worksheet, XlsxError};

mod cost_profile_sheet;
mod costs_derivation;
mod costs_sheet;
mod layout;
mod scenario_costs_formulas;
mod scenario_costs_sheet;

pub use layout::PRINT_WIDTH_CHARS;
use layout::{
    Formats, NUMBER_WIDTH, float, headers, number_column_width, sentence_rows, wrapped,
    wrapped_cells, wrapped_lines,
};

use super::ReportContext;
use super::assumptions::assumption_lines;
use super::check_rows::{CHECK_HEADERS, check_rows};
use crate::model::explain;
use crate::present::results::{GroupLines, RankingLines};

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
    if let Some(group) = &ctx.results.group {
        group_sheet(wb.add_worksheet(), ctx, group, &f)?;
    }
    if let Some(profile) = &ctx.results.cost_profile {
        cost_profile_sheet::cost_profile_sheet(wb.add_worksheet(), profile, &f)?;
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
    if let Some(costs) = ctx.scenario_costs {
        scenario_costs_sheet::scenario_costs_sheet(wb.add_worksheet(), costs, &f)?;
    }
    robustness_sheet(wb.add_worksheet(), ctx, &f)?;
    assumptions_sheet(wb.add_worksheet(), ctx, &f)?;
    wb.save_to_buffer()
}

const PROVENANCE_WIDTH: f64 = 52.0;
const DERIVATION_WIDTH: f64 = 90.0;
const CHECK_LINE_WIDTH: f64 = 32.0;
const ROW_WIDTH: f64 = 28.0;
const COLUMN_WIDTH: f64 = 18.0;
const VARIANT_WIDTH: f64 = 14.0;
const STATUS_WIDTH: f64 = 16.0;
const METHOD_WIDTH: f64 = 34.0;
const ASSUMPTION_WIDTH: f64 = 100.0;

fn staffing_sheet(ws: &mut Worksheet, ctx: &ReportContext, f: &Formats) -> Result<(), XlsxError> {
    let data = ctx.data;
    ws.set_name("Formatie")?;
    let table = &ctx.results.staffing;
    let mut titles = vec!["Jaar".to_owned()];
    titles.extend(table.columns.iter().map(|c| format!("{} (fte)", c.label)));
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
    let provenance = titles.len() - 1;
    headers(ws, 0, &titles, &widths, |c| c < provenance, f)?;
    for (y, (year, staffing)) in table.years.iter().zip(&ctx.outcome.staffing).enumerate() {
        let r = y as u32 + 1;
        ws.write_number(r, 0, f64::from(year.year))?;
        for (c, value) in year.parts.iter().enumerate() {
            if let Some(v) = value {
                ws.write_number_with_format(r, c as u16 + 1, float(*v), &f.fte)?;
            }
        }
        let c = table.columns.len() as u16 + 1;
        ws.write_number_with_format(r, c, float(year.total_fte), &f.fte)?;
        ws.write_number_with_format(r, c + 1, float(year.volume_mln), &f.mln)?;
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
        |c| c == 0 || c == 2,
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
    let titles = CHECK_HEADERS.map(String::from);
    let rows = check_rows(data, check);
    // A wrapped column at least as wide as its longest word
    // ("Bedrijfsvoering/beleid"), so no word breaks inside.
    let fit = |base: f64, text: fn(&super::check_rows::CheckRow) -> &str| {
        rows.iter()
            .map(|row| layout::longest_word_width(text(row)))
            .fold(base, f64::max)
    };
    let widths = [
        8.0,
        fit(ROW_WIDTH, |r| &r.row),
        fit(COLUMN_WIDTH, |r| &r.column),
        fit(VARIANT_WIDTH, |r| &r.variant),
        11.0,
        11.0,
        9.0,
        STATUS_WIDTH,
        fit(CHECK_LINE_WIDTH, |r| &r.explanation),
    ];
    // Each misprint in a sentence across the table, wrapped (a long line
    // made the printed page, one page wide, unreadably small).
    let misprints: Vec<String> = data
        .misprints
        .iter()
        .map(|m| format!("{}.", explain::misprint_sentence(data, m)))
        .collect();
    let lines: Vec<&str> = misprints.iter().map(String::as_str).collect();
    let last = widths.len() as u16 - 1;
    sentence_rows(ws, 1, &lines, (last, widths.iter().sum()), f)?;
    let mut r = 1 + lines.len() as u32;
    headers(ws, r, &titles, &widths, |c| (4..=6).contains(&c), f)?;
    for row in rows {
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
                (1, &row.row, widths[1]),
                (2, &row.column, widths[2]),
                (3, &row.variant, widths[3]),
                (7, row.status, STATUS_WIDTH),
                (8, &row.explanation, widths[8]),
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
    headers(ws, 0, &titles, &widths, |c| c != 1, f)?;
    match (&ctx.results.ranking, &ctx.results.weights) {
        (RankingLines::Ranked(placed), Some(weights)) => {
            for (i, p) in placed.iter().enumerate() {
                let row = i as u32 + 1;
                ws.write_number(row, 0, p.rank as f64)?;
                ws.write_string(row, 1, &p.label)?;
                ws.write_number_with_format(row, 2, float(p.total), &f.score)?;
                for (c, v) in p.contributions.iter().enumerate() {
                    ws.write_number_with_format(row, c as u16 + 3, float(*v), &f.score)?;
                }
            }
            let row = placed.len() as u32 + 2;
            ws.write_string_with_format(row, 1, "Gewicht", &f.header)?;
            for (c, share) in weights.fractions.iter().enumerate() {
                ws.write_number_with_format(row, c as u16 + 3, float(*share), &f.share)?;
            }
        }
        _ => {
            let why = ctx.results.ranking.absent_reason().unwrap_or_default();
            ws.write_string(1, 1, why)?;
        }
    }
    Ok(())
}

fn group_sheet(
    ws: &mut Worksheet,
    ctx: &ReportContext,
    group: &GroupLines,
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
    // "Eerste": as wide as the longest scenario's name, not over the edge.
    let names = data.scenarios.iter().map(|s| s.label().chars().count());
    widths.push(names.max().unwrap_or(30) as f64 + 3.0);
    let criteria = 2..2 + data.criteria.len();
    headers(ws, 0, &titles, &widths, |c| criteria.contains(&c), f)?;
    let mut r = 1;
    for p in group.rows() {
        ws.write_string(r, 0, &p.name)?;
        wrapped(ws, (r, 1), p.how_in_table(), METHOD_WIDTH, f)?;
        if let Some(shares) = &p.shares {
            for (c, v) in shares.fractions.iter().enumerate() {
                ws.write_number_with_format(r, c as u16 + 2, float(*v), &f.share)?;
            }
        }
        // Indented: not glued to the right-aligned share before it.
        ws.write_string_with_format(
            r,
            data.criteria.len() as u16 + 2,
            p.ranking.first_label(),
            &rust_xlsxwriter::Format::new()
                .set_indent(1)
                .set_align(rust_xlsxwriter::FormatAlign::Top),
        )?;
        r += 1;
    }
    r += 1;
    let sentences: Vec<&str> = group
        .agreement
        .iter()
        .chain(&group.band_sentences)
        .map(String::as_str)
        .collect();
    let last_column = data.criteria.len() as u16 + 2;
    sentence_rows(ws, r, &sentences, (last_column, widths.iter().sum()), f)?;
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
    headers(ws, 0, &titles, &widths, |c| c > 0, f)?;
    for (s, row) in smaa.acceptability.iter().enumerate() {
        let scenario = result.visible.scenarios.get(s).copied().unwrap_or(s);
        ws.write_string(s as u32 + 1, 0, data.scenarios[scenario].label())?;
        for (r, share) in row.iter().enumerate() {
            ws.write_number_with_format(s as u32 + 1, r as u16 + 1, *share, &f.share)?;
        }
    }
    // The sentences across the table's width, wrapped: a long line left
    // as it is made the printed page (one page wide) unreadably small.
    let first = smaa.acceptability.len() as u32 + 2;
    let last_column = smaa.acceptability.len() as u16;
    let text = crate::model::robustness::robustness_text(data, result);
    let lines: Vec<&str> = text.lines().map(|l| l.trim_start_matches("- ")).collect();
    sentence_rows(ws, first, &lines, (last_column, widths.iter().sum()), f)?;
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
        |_| false,
        f,
    )?;
    for (i, (label, text)) in assumption_lines(ctx).into_iter().enumerate() {
        ws.write_string_with_format(i as u32 + 1, 0, label, &f.label)?;
        wrapped(ws, (i as u32 + 1, 1), &text, ASSUMPTION_WIDTH, f)?;
    }
    Ok(())
}
