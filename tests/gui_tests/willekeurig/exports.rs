//! One number everywhere: what the window shows of a state — the weights,
//! the ranking's totals, the staffing's totals and the report's published
//! totals beside them, the Gemeenten shares, the
//! Lasten amounts, Robuustheid's rank acceptabilities, the Overzicht's cost
//! profile (its words per scenario) — is what the text report,
//! the CSV, the workbook (its cells as their format shows them), the Word
//! appendix and a figure's footer of that very state say, on the line (or
//! row) that names it.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use nmd_scenarios::export::figure::figure_spec;
use nmd_scenarios::model::robustness::Robustness;
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::present::view_model::ViewModel;
use nmd_scenarios::report::{ReportContext, csv_report, docx, text_report, xlsx};
use rust_decimal::Decimal;

use super::run::Run;

/// Numbers the window shows in a row, and what names them.
pub struct Fact {
    pub label: String,
    /// As shown, in order: "20 %"; "4,20"; a participant's shares.
    pub shown: Vec<String>,
    /// An assumption (a criterion's weight), which a figure's footer
    /// states too; the footer states no results.
    pub assumption: bool,
    /// Words (the cost profile's), said as they are, not numbers.
    pub words: bool,
}

/// The value and its decimals ("4,20" → 4.20, 2; "20 %" → 20, 0).
fn value_of(shown: &str) -> Option<(Decimal, u32)> {
    let text = shown.trim().trim_end_matches('%').trim();
    let text = text.trim_start_matches('€').trim();
    let decimals = text.split_once(',').map_or(0, |(_, d)| d.len() as u32);
    let value: Decimal = text.replace('.', "").replace(',', ".").parse().ok()?;
    Some((value, decimals))
}

impl Fact {
    fn one(label: String, shown: &str) -> Self {
        Self {
            label,
            shown: vec![shown.to_owned()],
            assumption: false,
            words: false,
        }
    }

    fn row(label: String, shown: Vec<String>) -> Self {
        Self {
            label,
            shown,
            assumption: false,
            words: false,
        }
    }
}

/// The numbers of the window's state. `robustness` is what the
/// Robuustheid tab shows (it is computed while the tab is open).
pub fn window_facts(view: &ViewModel, robustness: &Robustness) -> Vec<Fact> {
    let mut facts = Vec::new();
    if view.ranking.is_some() {
        for (c, criterion) in view.data.criteria.iter().enumerate() {
            if !view.inputs.criteria[c].hidden {
                facts.push(Fact {
                    assumption: true,
                    ..Fact::one(criterion.name.clone(), &view.weight_percent[c])
                });
            }
        }
    }
    for row in view.ranking.iter().flatten() {
        facts.push(Fact::one(
            view.data.scenarios[row.scenario].label(),
            &row.total_text,
        ));
    }
    for year in &view.years {
        facts.push(Fact::one(year.year.to_string(), &year.total_number));
        // The Overzicht's "In Tabel 7" row: the report's own total of the
        // year (the outputs state it with the year's provenance).
        if let (Some(published), true) = (&year.published_total_text, year.published) {
            let number = published.trim_end_matches(" fte");
            facts.push(Fact::one(year.year.to_string(), number));
        }
    }
    // The Gemeenten tab's shares: each participant who weighed, and the
    // combined profile, per visible criterion.
    if let Some(group) = &view.group {
        let visible: Vec<usize> = (0..view.data.criteria.len())
            .filter(|&c| !view.inputs.criteria[c].hidden)
            .collect();
        let row = |shares: &[Decimal]| {
            let percents = nmd_scenarios::format::percents_whole(shares);
            visible.iter().map(|&c| percents[c].clone()).collect()
        };
        for p in group.participants.iter().filter(|p| p.own) {
            if let Some(shares) = &p.shares {
                facts.push(Fact::row(p.name.clone(), row(shares)));
            }
        }
        if let Some(shares) = &group.combined_shares {
            facts.push(Fact::row("Gezamenlijk".into(), row(shares)));
        }
    }
    // The Lasten tab (built as the tab builds it when it is not open): each
    // participant's amount in each year, as its table shows it (a line
    // of the text report holds every year; the CSV, workbook and appendix
    // a line per year).
    let costs = view.costs.clone().or_else(|| {
        let costs = view.outcome.costs.as_ref()?;
        Some(nmd_scenarios::present::costs_model::costs_view(
            &view.data, costs,
        ))
    });
    for row in costs.iter().flat_map(|c| &c.rows) {
        for cell in &row.cells {
            facts.push(Fact::one(row.name.clone(), cell));
        }
    }
    facts.extend(acceptability_facts(view, robustness));
    facts.extend(cost_profile_facts(view));
    facts
}

/// The Overzicht's cost profile (Tabel 5): each component's word per
/// scenario, as the table's cells show them.
fn cost_profile_facts(view: &ViewModel) -> Vec<Fact> {
    view.data
        .cost_profile
        .components
        .iter()
        .map(|component| Fact {
            words: true,
            ..Fact::row(
                component.name.clone(),
                component.cells.iter().map(|c| c.text.clone()).collect(),
            )
        })
        .collect()
}

/// Robuustheid's bars: per analysed scenario the share of weightings at
/// each rank, as each bar segment says it ("Scenario 1 – …, rang 2: 34 %
/// van de wegingen").
fn acceptability_facts(view: &ViewModel, robustness: &Robustness) -> Vec<Fact> {
    let texts = &robustness.texts.smaa_ranks;
    (0..robustness.smaa.acceptability.len())
        .filter_map(|s| {
            let scenario = robustness.visible.scenarios.get(s).copied().unwrap_or(s);
            let shown = texts.get(s)?.iter().map(|text| {
                let (_, after) = text.rsplit_once(": ").unwrap_or(("", text));
                after.trim_end_matches(" van de wegingen").to_owned()
            });
            Some(Fact::row(
                view.data.scenarios[scenario].label(),
                shown.collect(),
            ))
        })
        .collect()
}

/// Numbers written in `text` (Dutch "1.234,56" or a spreadsheet's
/// "1234.56"), each with whether a percent sign follows.
fn numbers_in(text: &str) -> Vec<(Decimal, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], ',' | '.')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        let percent = chars[i..]
            .iter()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| *c == '%');
        // "1.234,56" or "€ 229.606": Dutch; "1234.56" (one dot, no comma,
        // no euro sign): a plain float.
        let euro = chars[..start]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| *c == '€');
        let normal = if token.contains(',') || euro {
            token.replace('.', "").replace(',', ".")
        } else if token.matches('.').count() == 1 && !token.ends_with(".000") {
            token.clone()
        } else {
            token.replace('.', "")
        };
        if let Ok(value) = normal.parse::<Decimal>() {
            found.push((value, percent));
        }
    }
    found
}

/// Whether `line` names the fact and says its numbers after the name, in
/// order, each rounded as the window shows it. A spreadsheet's share cell
/// (0,2 in a "0 %" format) says 20 %.
fn says(line: &str, fact: &Fact) -> bool {
    let Some(at) = line.find(&fact.label) else {
        return false;
    };
    let after = &line[at + fact.label.len()..];
    if fact.words {
        let mut rest = after;
        return fact
            .shown
            .iter()
            .all(|word| match rest.find(word.as_str()) {
                Some(i) => {
                    rest = &rest[i + word.len()..];
                    true
                }
                None => false,
            });
    }
    let mut numbers = numbers_in(after).into_iter();
    fact.shown.iter().all(|shown| {
        let Some((value, decimals)) = value_of(shown) else {
            return true;
        };
        let rounded = |x: Decimal| {
            x.round_dp_with_strategy(
                decimals,
                rust_decimal::RoundingStrategy::MidpointAwayFromZero,
            )
        };
        let percent = shown.trim_end().ends_with('%');
        numbers.any(|(x, marked)| {
            if !percent || marked {
                rounded(x) == value
            } else {
                // A fraction in a cell formatted as a percentage.
                x <= Decimal::ONE && rounded(x * Decimal::ONE_HUNDRED) == value
            }
        })
    })
}

/// Every line of a Word document: a table row as its cells joined, a
/// paragraph as its text.
fn docx_lines(bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a docx is a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("the document")
        .read_to_string(&mut xml)
        .expect("utf-8");
    let text_of = |part: &str| -> String {
        part.split("<w:t")
            .skip(1)
            .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
            .map(|t| t.split("</w:t>").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    let mut lines = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for chunk in xml.split("</w:tr>") {
        match chunk.rfind("<w:tr") {
            Some(at) => {
                lines.extend(chunk[..at].split("</w:p>").map(text_of));
                let cells: Vec<String> = chunk[at..].split("</w:tc>").map(text_of).collect();
                lines.push(cells.join(" ; "));
                rows.push(cells);
            }
            None => lines.extend(chunk.split("</w:p>").map(text_of)),
        }
    }
    lines.extend(columns(&rows));
    lines
}

/// A table's columns as lines too: a table with the years across says a
/// year's total in its column.
fn columns(rows: &[Vec<String>]) -> Vec<String> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|c| {
            rows.iter()
                .map(|row| row.get(c).map_or("", String::as_str))
                .collect::<Vec<_>>()
                .join(" ; ")
        })
        .collect()
}

/// Every row of every sheet of a workbook, its cells joined; a percent
/// cell as "20 %" (its "0 %" format), a number with its decimals.
fn workbook_lines(bytes: Vec<u8>) -> Vec<String> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("an xlsx");
    let mut lines = Vec::new();
    for (_, range) in workbook.worksheets() {
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|row| {
                row.iter()
                    .map(|cell| match cell {
                        Data::Float(f) => format!("{f}"),
                        Data::Int(i) => i.to_string(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .collect();
        lines.extend(rows.iter().map(|cells| cells.join(" ; ")));
        lines.extend(columns(&rows));
    }
    lines
}

/// What the exports of this state say that the window does not.
pub fn export_problems(run: &mut Run) -> Vec<String> {
    let Some(view) = run.app().view().cloned() else {
        return Vec::new();
    };
    let snapshot = run.h.state_mut().workspace_mut().snapshot();
    let ctx = ReportContext::of(&snapshot);
    let lines = |text: String| text.lines().map(str::to_owned).collect::<Vec<_>>();
    let footer = figure_spec(&snapshot, Screen::All)
        .footer
        .into_iter()
        .map(|(label, text)| format!("{label}: {text}"))
        .collect();
    let outputs: Vec<(&str, Vec<String>)> = vec![
        ("het tekstrapport", lines(text_report(&ctx))),
        ("de CSV", lines(csv_report(&ctx))),
        (
            "de werkmap",
            workbook_lines(xlsx::xlsx_report(&ctx).expect("a workbook")),
        ),
        (
            "de bijlage",
            docx_lines(&docx::docx_report(&ctx, &[], Some("zonder figuren")).expect("an appendix")),
        ),
        ("de voettekst van een figuur", footer),
    ];
    let robustness = view
        .robustness
        .clone()
        .unwrap_or_else(|| snapshot.robustness().clone());
    let facts = window_facts(&view, &robustness);
    let mut found = Vec::new();
    for (output, lines) in &outputs {
        // The footer states the assumptions (the criteria's weights), not
        // the results.
        let facts = facts
            .iter()
            .filter(|f| *output != "de voettekst van een figuur" || f.assumption);
        for fact in facts {
            if !lines.iter().any(|line| says(line, fact)) {
                found.push(format!(
                    "the window shows {}: {}; {output} says otherwise or nothing",
                    fact.label,
                    fact.shown.join(" / ")
                ));
            }
        }
    }
    found
}
