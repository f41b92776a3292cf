//! The Word appendix for a council proposal ("Bijlage voor
//! raadsvoorstel"): a title block, the figures, the staffing per year with
//! the derivation of every cell, the source check, the assumptions, the
//! ranking, the municipalities and the robustness — in Dutch, with real Word
//! headings ("heading 1", so Word and LibreOffice show them as Kop 1 and in
//! the navigation pane) and real tables, so an adviser can restyle and cut.
//! Written with docx-rs; the figures are PNGs rendered by the caller.

mod blocks;
mod costs_section;
mod paper;
mod scenario_costs_section;

use std::io::Cursor;

use docx_rs::{Docx, LineSpacing, PageMargin, Paragraph, Pic, Run, RunFonts, Style, StyleType};

use blocks::{bullet, heading, table, text};

use super::ReportContext;
use super::assumptions::{about_lines, assumption_lines};
use crate::format::number;
use crate::model::explain;
use crate::present::results::{CostProfileLines, GroupLines, INTERPRETATION, RankingLines};

/// A figure for the appendix: its caption and PNG bytes.
pub struct FigureImage {
    pub caption: String,
    pub png: Vec<u8>,
}

const EMU_PER_CM: u64 = 360_000;

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.len() < 24 || &png[..8] != b"\x89PNG\r\n\x1a\n" || &png[12..16] != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(png[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(png[20..24].try_into().ok()?);
    Some((w, h))
}

fn styles(docx: Docx) -> Docx {
    // The built-in names ("heading 1"), so that Word and LibreOffice treat
    // them as headings (Dutch Word shows "Kop 1").
    let mut docx = docx.add_style(
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .size(40)
            .bold()
            .line_spacing(LineSpacing::new().after(120)),
    );
    for (level, size) in [(1usize, 32usize), (2, 26)] {
        docx = docx.add_style(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("heading {level}"))
                .based_on("Normal")
                .next("Normal")
                .outline_lvl(level - 1)
                .ui_priority(9)
                .size(size)
                .bold()
                // Room above a heading, so it does not stick to the
                // caption or table before it.
                .line_spacing(LineSpacing::new().before(280).after(80)),
        );
    }
    docx
}

/// The appendix as bytes.
/// `figure_note` says why there are no figures, if there are none.
pub fn docx_report(
    ctx: &ReportContext,
    figures: &[FigureImage],
    figure_note: Option<&str>,
) -> Result<Vec<u8>, String> {
    let data = ctx.data;
    let set_name = ctx
        .set
        .map_or_else(|| "aannames".to_owned(), |s| s.display_name());
    let title = format!("Bijlage: scenario's {} – {set_name}", data.organisation);
    let mut docx = title_block(new_document(&title), ctx);
    docx = figures_section(docx, figures, figure_note);
    if !data.categories.is_empty() {
        docx = staffing(docx, ctx);
        docx = source_check(docx, ctx);
    }
    docx = assumptions(docx, ctx);
    docx = ranking(docx, ctx);
    if let Some(profile) = &ctx.results.cost_profile {
        docx = cost_profile(docx, profile);
    }
    if let Some(costs) = &ctx.outcome.costs {
        docx = costs_section::costs_section(docx, data, costs, &ctx.inputs.costs.own_shares);
    }
    if let Some(costs) = ctx.scenario_costs {
        docx = scenario_costs_section::scenario_costs_section(docx, costs);
    }
    if let Some(group) = &ctx.results.group {
        docx = group_section(docx, data, group);
    }
    if let Some(result) = ctx.robustness {
        docx = robustness_section(docx, data, result);
    }
    pack(docx, &title)
}

/// An empty document with our styles, Calibri 11, 2,5 cm margins and the
/// title.
fn new_document(title: &str) -> Docx {
    styles(Docx::new())
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri")
                .east_asia("Calibri"),
        )
        .default_size(22)
        .page_margin(
            PageMargin::new()
                .top(1418)
                .bottom(1418)
                .left(1418)
                .right(1418),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(Run::new().add_text(title)),
        )
}

/// The title block: what this is, and on what it rests.
fn title_block(docx: Docx, ctx: &ReportContext) -> Docx {
    let block: Vec<Vec<String>> = about_lines(ctx)
        .into_iter()
        .map(|(label, text)| vec![label, text])
        .collect();
    docx.add_table(table(
        &["Over deze bijlage".into(), "Waarde".into()],
        &block,
        &[1, 3],
    ))
}

/// "Figuren": why there are none, and each figure 16 cm wide with its
/// caption.
fn figures_section(mut docx: Docx, figures: &[FigureImage], figure_note: Option<&str>) -> Docx {
    if let Some(note) = figure_note {
        docx = docx
            .add_paragraph(heading("Figuren", 1))
            .add_paragraph(text(note));
    }
    if !figures.is_empty() {
        docx = docx.add_paragraph(heading("Figuren", 1));
        for figure in figures {
            let Some((w, h)) = png_size(&figure.png) else {
                continue;
            };
            let width = 16 * EMU_PER_CM;
            let height = width * u64::from(h) / u64::from(w.max(1));
            let pic = Pic::new_with_dimensions(figure.png.clone(), w, h)
                .size(width as u32, height.min(u64::from(u32::MAX)) as u32);
            docx = docx
                .add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)))
                .add_paragraph(
                    Paragraph::new().add_run(Run::new().add_text(&figure.caption).italic()),
                );
        }
    }
    docx
}

/// "Aannames": every assumption line in a table.
fn assumptions(docx: Docx, ctx: &ReportContext) -> Docx {
    let lines: Vec<Vec<String>> = assumption_lines(ctx)
        .into_iter()
        .map(|(label, text)| vec![label, text])
        .collect();
    docx.add_paragraph(heading("Aannames", 1)).add_table(table(
        &["Wat".into(), "Aanname".into()],
        &lines,
        &[1, 3],
    ))
}

/// The participants ("Gemeenten"): each one's weighing and ranking, the
/// combined row, then the sentences on agreement and the band.
fn group_section(mut docx: Docx, data: &crate::model::DataSet, group: &GroupLines) -> Docx {
    docx = docx.add_paragraph(heading(&crate::format::capitalised(&group.label), 1));
    let combined_weights = group.combined.shares.as_ref().map_or_else(
        || "geen gezamenlijke weging".to_owned(),
        |s| format!("Gezamenlijk profiel: {}", s.by_criterion(data)),
    );
    let rows: Vec<Vec<String>> = group
        .participants
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.how_in_table().to_owned(),
                p.ranking.order_lines().join("\n"),
            ]
        })
        .chain(std::iter::once(vec![
            group.combined.name.clone(),
            combined_weights,
            group.combined.ranking.order_lines().join("\n"),
        ]))
        .collect();
    docx = docx.add_table(table(
        &["Naam".into(), "Weging".into(), "Rangorde".into()],
        &rows,
        &[1, 3, 3],
    ));
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
        docx = docx.add_paragraph(bullet(sentence));
    }
    docx
}

/// "Robuustheid": the robustness text, its parts as headings and its
/// sentences as bullets.
fn robustness_section(
    mut docx: Docx,
    data: &crate::model::DataSet,
    result: &crate::model::robustness::Robustness,
) -> Docx {
    docx = docx.add_paragraph(heading("Robuustheid", 1));
    for line in crate::model::robustness::robustness_text(data, result)
        .lines()
        .skip(1)
    {
        if line.trim().is_empty() {
            continue;
        }
        docx = match line.strip_prefix("- ") {
            Some(sentence) => docx.add_paragraph(bullet(sentence)),
            None => docx.add_paragraph(heading(line, 2)),
        };
    }
    docx
}

/// The document as .docx bytes: table headers repeated on every page, and
/// our title, maker and language in the core properties.
fn pack(docx: Docx, title: &str) -> Result<Vec<u8>, String> {
    let mut xml = docx.build();
    xml.document = paper::repeat_header_rows(&xml.document);
    xml.doc_props.core = core_xml(
        title,
        &format!("nmd-scenarios {}", env!("CARGO_PKG_VERSION")),
    );
    let mut buffer = Cursor::new(Vec::new());
    xml.pack(&mut buffer)
        .map_err(|e| format!("de bijlage kon niet worden gemaakt: {e}"))?;
    Ok(buffer.into_inner())
}

fn staffing(mut docx: Docx, ctx: &ReportContext) -> Docx {
    let data = ctx.data;
    docx = docx.add_paragraph(heading("Minimale formatie per jaar", 1));
    // A row per part, a column per year: readable on a portrait page
    // however many roles, tasks or growth tasks the set adds.
    let table_of = &ctx.results.staffing;
    let mut headers = vec!["Onderdeel (fte)".to_owned()];
    headers.extend(table_of.years.iter().map(|y| y.year.to_string()));
    let mut rows: Vec<Vec<String>> = table_of
        .columns
        .iter()
        .enumerate()
        .map(|(c, column)| {
            let mut row = vec![column.label.clone()];
            row.extend(
                table_of
                    .years
                    .iter()
                    .map(|y| y.parts[c].map_or("–".to_owned(), |v| number(v, 2))),
            );
            row
        })
        .collect();
    let mut total = vec!["Totaal".to_owned()];
    total.extend(table_of.years.iter().map(|y| number(y.total_fte, 2)));
    rows.push(total);
    let mut widths = vec![4];
    widths.extend(std::iter::repeat_n(1, ctx.outcome.staffing.len()));
    docx = docx.add_table(table(&headers, &rows, &widths));
    docx = docx.add_paragraph(text("In fte; de delen tellen op tot het totaal. Kolommen met 'telt niet mee' staan ernaast ter vergelijking."));
    for staffing in &ctx.outcome.staffing {
        docx = docx.add_paragraph(text(&format!(
            "{}: {}",
            staffing.year,
            explain::provenance(data, staffing)
        )));
    }
    docx = docx.add_paragraph(heading("Afleiding per cel", 2));
    let mut rows = Vec::new();
    for y in &ctx.outcome.staffing {
        for (c, category) in data.categories.iter().enumerate() {
            let mut sum = explain::category_sum(data, y, c);
            for detail in explain::term_details(data, y, c) {
                sum.push_str(&format!("; {detail}"));
            }
            rows.push(vec![y.year.to_string(), category.name.clone(), sum]);
        }
        if let Some(sum) = explain::role_block_sum(data, y) {
            rows.push(vec![y.year.to_string(), "Rollen".into(), sum]);
        }
        for sentence in explain::task_sentences(data, ctx.inputs, y) {
            rows.push(vec![y.year.to_string(), "Taken".into(), sentence]);
        }
        for part in &y.extras {
            rows.push(vec![
                y.year.to_string(),
                explain::extra_label(ctx.inputs, part.kind),
                explain::extra_sentence(data, ctx.inputs, y.year, part),
            ]);
        }
    }
    docx.add_table(table(
        &["Jaar".into(), "Onderdeel".into(), "Berekening".into()],
        &rows,
        &[1, 2, 8],
    ))
}

fn source_check(mut docx: Docx, ctx: &ReportContext) -> Docx {
    let data = ctx.data;
    let check = ctx.check;
    docx = docx.add_paragraph(heading("Bronnencontrole", 1));
    docx = docx.add_paragraph(text(&format!(
        "{} en {} nagerekend: {} cellen, {}.",
        explain::table_number(&data.volume_table.title),
        explain::table_number(&data.staffing_table.title),
        check.items.len(),
        explain::check_summary(check)
    )));
    for sentence in explain::fit_sentences(data, ctx.inputs.fit) {
        docx = docx.add_paragraph(bullet(&sentence));
    }
    let notable: Vec<Vec<String>> = check
        .items
        .iter()
        .filter(|i| {
            !matches!(
                i.status,
                crate::model::source_check::Status::Equal
                    | crate::model::source_check::Status::Rounding
            )
        })
        .map(|i| {
            vec![
                explain::status_word(i.status).to_owned(),
                explain::check_item_line(data, i),
            ]
        })
        .collect();
    if !notable.is_empty() {
        docx = docx.add_table(table(&["Status".into(), "Cel".into()], &notable, &[1, 5]));
    }
    docx
}

fn ranking(mut docx: Docx, ctx: &ReportContext) -> Docx {
    let data = ctx.data;
    docx = docx.add_paragraph(heading("Rangorde van de scenario's", 1));
    match &ctx.results.ranking {
        RankingLines::Absent { why, .. } => docx.add_paragraph(text(why)),
        RankingLines::Ranked(placed) => {
            let rows: Vec<Vec<String>> = placed
                .iter()
                .map(|p| vec![p.rank.to_string(), p.label.clone(), p.total_text.clone()])
                .collect();
            docx = docx.add_table(table(
                &["Plaats".into(), "Scenario".into(), "Gewogen score".into()],
                &rows,
                &[1, 6, 2],
            ));
            docx.add_paragraph(text(&format!(
                "Gewichten: {}.",
                explain::weights_summary(data, &ctx.inputs.visible_weights())
            )))
        }
    }
}

/// The qualitative cost profile: the report's word per component and
/// scenario, then the report's interpretation.
fn cost_profile(mut docx: Docx, profile: &CostProfileLines) -> Docx {
    docx = docx.add_paragraph(heading(&profile.heading(), 1));
    let mut headers = vec!["Kostencomponent".to_owned()];
    headers.extend(profile.scenarios.iter().map(|s| s.head.clone()));
    let rows: Vec<Vec<String>> = profile
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![format!("{} ({})", row.name, row.polarity)];
            cells.extend(row.cells.iter().cloned());
            cells
        })
        .collect();
    let mut widths = vec![2];
    widths.extend(std::iter::repeat_n(1, profile.scenarios.len()));
    docx = docx.add_table(table(&headers, &rows, &widths));
    docx = docx.add_paragraph(text(&profile.key()));
    if !profile.interpretation.is_empty() {
        docx = docx.add_paragraph(heading(INTERPRETATION, 2));
        for sentence in &profile.interpretation {
            docx = docx.add_paragraph(bullet(sentence));
        }
    }
    docx
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// docx-rs has no setters for title and creator: the core properties part
/// is replaced (with the document's language).
fn core_xml(title: &str, maker: &str) -> Vec<u8> {
    let now = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{t}</dc:title><dc:creator>{m}</dc:creator><cp:lastModifiedBy>{m}</cp:lastModifiedBy>",
            "<dc:language>nl-NL</dc:language>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{d}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{d}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        t = escape(title),
        m = escape(maker),
        d = now
    )
    .into_bytes()
}
