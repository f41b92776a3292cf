//! The report as an Excel workbook: sheets Formatie, Afleiding,
//! Bronnencontrole, Rangorde, Robuustheid, Aannames (and Gemeenten when the
//! set has profiles). Numbers are numbers with display formats that Dutch
//! Excel shows with a decimal comma, headers bold and frozen, columns sized.
//! The CSV stays for those who want plain text.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{DocProperties, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::ReportContext;
use super::assumptions::assumption_lines;
use crate::model::breakdown::breakdown;
use crate::model::explain;
use crate::model::source_check::Table;

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
}

impl Formats {
    fn new() -> Self {
        Self {
            header: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap(),
            // Stored in the US form; Dutch Excel shows 1.234,56.
            fte: Format::new().set_num_format("#,##0.00"),
            mln: Format::new().set_num_format("#,##0.0"),
            share: Format::new().set_num_format("0%"),
            score: Format::new().set_num_format("0.00"),
            text: Format::new().set_text_wrap(),
        }
    }
}

fn headers(ws: &mut Worksheet, row: u32, titles: &[String], f: &Formats) -> Result<(), XlsxError> {
    for (c, title) in titles.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, title, &f.header)?;
    }
    ws.set_freeze_panes(row + 1, 0)?;
    // Printed: landscape, one page wide, the header on every page.
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(row, row)?;
    Ok(())
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
        ctx.set.map_or("aannames", |s| s.name.as_str())
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
    robustness_sheet(wb.add_worksheet(), ctx, &f)?;
    assumptions_sheet(wb.add_worksheet(), ctx, &f)?;
    wb.save_to_buffer()
}

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
    headers(ws, 0, &titles, f)?;
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
        ws.write_string_with_format(r, c + 2, explain::provenance(data, staffing), &f.text)?;
    }
    ws.set_column_width(0, 8)?;
    for c in 1..=parts.columns.len() as u16 + 2 {
        ws.set_column_width(c, 16)?;
    }
    ws.set_column_width(parts.columns.len() as u16 + 3, 70)?;
    Ok(())
}

fn derivation_sheet(ws: &mut Worksheet, ctx: &ReportContext, f: &Formats) -> Result<(), XlsxError> {
    let data = ctx.data;
    ws.set_name("Afleiding")?;
    headers(
        ws,
        0,
        &["Jaar", "Onderdeel", "fte", "Berekening"].map(String::from),
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
        ws.write_string_with_format(r, 3, text, &f.text)?;
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
    ws.set_column_width(0, 8)?;
    ws.set_column_width(1, 30)?;
    ws.set_column_width(2, 10)?;
    ws.set_column_width(3, 110)?;
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
        ws.write_string_with_format(
            r,
            0,
            format!("{}.", explain::misprint_sentence(data, m)),
            &f.text,
        )?;
        r += 1;
    }
    let titles = [
        "Tabel",
        "Rij",
        "Kolom",
        "Variant",
        "Gepubliceerd",
        "Berekend",
        "Verschil",
        "Status",
        "Toelichting",
    ]
    .map(String::from);
    headers(ws, r, &titles, f)?;
    for item in &check.items {
        r += 1;
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
        ws.write_string(r, 0, table)?;
        ws.write_string(r, 1, row)?;
        ws.write_string(
            r,
            2,
            explain::column_label(data, item.table, item.cell.column),
        )?;
        ws.write_string(
            r,
            3,
            super::csv::variant_label(
                data,
                item.table,
                item.cell.row,
                item.cell.column,
                item.cell.variant,
            ),
        )?;
        for (c, value) in [
            (4, item.published),
            (5, item.computed),
            (6, item.difference()),
        ] {
            if let Some(v) = value {
                ws.write_number_with_format(r, c, float(v.round_dp(4)), &f.fte)?;
            }
        }
        ws.write_string(r, 7, explain::status_word(item.status))?;
        if !matches!(
            item.status,
            crate::model::source_check::Status::Equal
                | crate::model::source_check::Status::Rounding
        ) {
            ws.write_string_with_format(r, 8, explain::check_item_line(data, item), &f.text)?;
        }
    }
    for (c, w) in [
        (0, 10),
        (1, 45),
        (2, 28),
        (3, 24),
        (4, 13),
        (5, 13),
        (6, 11),
        (7, 22),
        (8, 80),
    ] {
        ws.set_column_width(c, w)?;
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
    headers(ws, 0, &titles, f)?;
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
    ws.set_column_width(0, 8)?;
    ws.set_column_width(1, 48)?;
    for c in 2..data.criteria.len() as u16 + 3 {
        ws.set_column_width(c, 16)?;
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
    headers(ws, 0, &titles, f)?;
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
        ws.write_string_with_format(r, 1, how, &f.text)?;
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
    ws.set_column_width(0, 18)?;
    ws.set_column_width(1, 50)?;
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
    headers(ws, 0, &titles, f)?;
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
    ws.set_column_width(0, 48)?;
    Ok(())
}

fn assumptions_sheet(
    ws: &mut Worksheet,
    ctx: &ReportContext,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name("Aannames")?;
    headers(ws, 0, &["Wat", "Aanname"].map(String::from), f)?;
    for (i, (label, text)) in assumption_lines(ctx).into_iter().enumerate() {
        ws.write_string_with_format(i as u32 + 1, 0, label, &f.header)?;
        ws.write_string_with_format(i as u32 + 1, 1, text, &f.text)?;
    }
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 120)?;
    Ok(())
}
