//! The sheet "Kosten per scenario": the horizon (start year and years, the
//! cell every yearly range counts with), the ranges per component and
//! level with their source ("onbekend" where a level has none), the costs
//! equal in every scenario, then per scenario and who (the region, each
//! participant) laag, midden and hoog as formulas on the derivation table
//! below them (`scenario_costs_formulas.rs`), P10/P50/P90 and the chance
//! of being the cheapest as values of the seeded Monte Carlo, and the
//! sentences of the text report: the rule, how each amount follows, the
//! draws, value for money and what is missing.

use rust_xlsxwriter::{Format, FormatAlign, Formula, Worksheet, XlsxError};

use super::layout::{Formats, float, print_setup, sentence_rows, wrapped_lines};
use super::scenario_costs_formulas::{
    HOW_WIDTH, Refs, TITLES, derivation_rows, row_of, rows as derivation_row_count, shared_among,
};
use crate::model::costs::CostKind;
use crate::model::scenario_costs::{ComponentLine, HorizonCosts, NOT_READY, ScenarioCosts};

/// The sheet's name.
pub const SHEET: &str = "Kosten per scenario";

/// The columns' widths: together below the printed page's width.
const WIDTHS: [f64; 10] = [
    44.0, 14.0, 14.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, HOW_WIDTH,
];

/// Per scenario and component part: the row of its range.
type RangeRows = Vec<Vec<Option<u32>>>;

/// The row (0-based) of the horizon's number of years, in column B.
const YEARS_ROW: u32 = 2;

/// A word in a column of numbers: right-aligned, as they are.
fn right() -> Format {
    Format::new()
        .set_align(FormatAlign::Right)
        .set_align(FormatAlign::Top)
}

/// Text after a right-aligned number: indented, not glued to it.
fn indented() -> Format {
    Format::new()
        .set_align(FormatAlign::Left)
        .set_align(FormatAlign::Top)
        .set_indent(2)
}

/// Writes the sheet.
pub(super) fn scenario_costs_sheet(
    ws: &mut Worksheet,
    costs: &ScenarioCosts,
    f: &Formats,
) -> Result<(), XlsxError> {
    let h = &*costs.horizon;
    ws.set_name(SHEET)?;
    print_setup(ws);
    for (c, w) in WIDTHS.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    let title = format!("Kosten per scenario over {} (hele euro's)", h.horizon_label);
    ws.write_string_with_format(0, 0, title, &f.label)?;
    ws.write_string(1, 0, "Startjaar")?;
    if h.horizon.start != 0 {
        ws.write_number(1, 1, f64::from(h.horizon.start))?;
    }
    ws.write_string(YEARS_ROW, 0, "Looptijd (jaren)")?;
    ws.write_number(YEARS_ROW, 1, f64::from(h.horizon.years))?;
    let mut lines = vec![h.rule.clone()];
    lines.extend(h.notes.iter().cloned());
    lines.extend(h.warnings.iter().map(|w| format!("Let op: {w}")));
    let mut r = sentences(ws, YEARS_ROW + 1, &lines, f)? + 1;
    let (next, range_rows) = ranges(ws, h, r, f)?;
    let (next, common_total, common_rows) = common(ws, h, next + 1, f)?;
    r = next + 1;
    let sample_note = match costs.uncertainty.ready() {
        Some(s) => format!(
            "Laag, midden en hoog: formules op de afleiding eronder. P10, P50, P90 en de kans dat een scenario het goedkoopst is: waarden uit de trekkingen (Monte Carlo met seed {}, {} trekkingen), geen formules.",
            s.seed,
            crate::format::number(rust_decimal::Decimal::from(s.draws as u64), 0)
        ),
        None => format!("Laag, midden en hoog: formules op de afleiding eronder. {NOT_READY}"),
    };
    r = sentences(ws, r, &[sample_note], f)?;
    let summary_header = r;
    let n = shared_among(h);
    let derivation_title = summary_header + 1 + (h.scenarios.len() * (1 + n)) as u32 + 1;
    let derivation_header = derivation_title + 1;
    ws.write_string_with_format(derivation_title, 0, "Afleiding (formules)", &f.label)?;
    header_row(ws, derivation_header, &TITLES, |c| (3..=8).contains(&c), f)?;
    let refs = Refs {
        range_rows: &range_rows,
        common_total,
        common_rows: &common_rows,
    };
    derivation_rows(ws, h, derivation_header, &refs)?;
    summary(ws, costs, summary_header, derivation_header, f)?;
    r = derivation_header + derivation_row_count(h) + 2;
    closing(ws, costs, r, f)?;
    Ok(())
}

/// Sentences from row `r` on, each across the sheet; returns the row
/// after them.
fn sentences(ws: &mut Worksheet, r: u32, lines: &[String], f: &Formats) -> Result<u32, XlsxError> {
    let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
    let across = (WIDTHS.len() as u16 - 1, WIDTHS.iter().sum());
    sentence_rows(ws, r, &texts, across, f)?;
    Ok(r + texts.len() as u32)
}

/// A bold header row, wrapped, right-aligned over numbers.
fn header_row(
    ws: &mut Worksheet,
    r: u32,
    titles: &[&str],
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
        match (c > 0 && numbers(c - 1) && !numbers(c), format.clone()) {
            // Indented (two steps; one looked glued in LibreOffice): not against
            // the right-aligned header before it.
            (true, format) => {
                ws.write_string_with_format(r, c as u16, *title, &format.set_indent(2))?
            }
            (false, _) => ws.write_string_with_format(r, c as u16, *title, format)?,
        };
        lines = lines.max(wrapped_lines(title, WIDTHS[c]));
    }
    if lines > 1 {
        ws.set_row_height(r, 15.0 * lines as f64)?;
    }
    Ok(())
}

/// The ranges: per component a row per level (or scenario's own range)
/// that a visible scenario uses, "onbekend" where it has none; the
/// components that stay a word. Returns the row after them and, per
/// scenario and part, the row of its range.
fn ranges(
    ws: &mut Worksheet,
    h: &HorizonCosts,
    r: u32,
    f: &Formats,
) -> Result<(u32, RangeRows), XlsxError> {
    ws.write_string_with_format(r, 0, "Bandbreedtes per onderdeel en niveau", &f.label)?;
    let titles = [
        "Onderdeel",
        "Soort",
        "Niveau",
        "Keer over de looptijd",
        "Laag (€)",
        "Hoog (€)",
        "Modus (€)",
        "Bron",
    ];
    header_row(ws, r + 1, &titles, |c| (3..=6).contains(&c), f)?;
    let mut r = r + 2;
    let mut range_rows: RangeRows = h
        .scenarios
        .iter()
        .map(|s| vec![None; s.parts.len()])
        .collect();
    for line in &h.components {
        let word = match (line.entered, line.kind) {
            (false, _) => Some("niet ingevuld"),
            (true, CostKind::NotInEuros) => Some("niet in euro's"),
            _ => None,
        };
        if let Some(word) = word {
            ws.write_string(r, 0, &line.name)?;
            ws.write_string(r, 1, word)?;
            ws.write_string(r, 2, "blijft een woord")?;
            r += 1;
            continue;
        }
        r = component_rows(ws, h, line, r, &mut range_rows, f)?;
    }
    Ok((r, range_rows))
}

/// One component in euros: a row per level or own range the scenarios
/// use; fills `range_rows` for its part.
fn component_rows(
    ws: &mut Worksheet,
    h: &HorizonCosts,
    line: &ComponentLine,
    mut r: u32,
    range_rows: &mut [Vec<Option<u32>>],
    f: &Formats,
) -> Result<u32, XlsxError> {
    let mut written: Vec<(String, u32)> = Vec::new();
    for (s, scenario) in h.scenarios.iter().enumerate() {
        let Some(p) = scenario.parts.iter().position(|p| p.component == line.name) else {
            continue;
        };
        let part = &scenario.parts[p];
        let key = match (&part.level, part.own_range) {
            (_, true) => format!("eigen bandbreedte: {}", scenario.label),
            (Some(level), false) => level.clone(),
            (None, false) => format!("geen niveau: {}", scenario.label),
        };
        if let Some((_, row)) = written.iter().find(|(k, _)| *k == key) {
            range_rows[s][p] = part.range.map(|_| *row);
            continue;
        }
        // The kind wraps in its column ("besparing per jaar"); the row's
        // other cells at the top.
        let top = Format::new().set_align(FormatAlign::Top);
        ws.write_string_with_format(r, 0, &line.name, &top)?;
        let kind = line.kind.word();
        ws.write_string_with_format(r, 1, kind, &f.text)?;
        if wrapped_lines(kind, WIDTHS[1] - 2.0) > 1 {
            ws.set_row_height(r, 15.0 * wrapped_lines(kind, WIDTHS[1] - 2.0) as f64)?;
        }
        ws.write_string_with_format(r, 2, &key, &top)?;
        let years = f64::from(h.horizon.years);
        let (keer, result) = match line.kind {
            CostKind::PerYear => (Some(format!("=B{}", YEARS_ROW + 1)), years),
            CostKind::SavingPerYear => (Some(format!("=-B{}", YEARS_ROW + 1)), -years),
            _ => (None, 1.0),
        };
        match keer {
            Some(formula) => ws.write_formula_with_format(
                r,
                3,
                Formula::new(formula).set_result(result.to_string()),
                &top,
            )?,
            None => ws.write_number_with_format(r, 3, result, &top)?,
        };
        match part.range {
            Some(range) => {
                ws.write_number_with_format(r, 4, float(range.low_eur), &f.euro)?;
                ws.write_number_with_format(r, 5, float(range.high_eur), &f.euro)?;
                if let Some(mode) = range.mode_eur {
                    ws.write_number_with_format(r, 6, float(mode), &f.euro)?;
                }
                range_rows[s][p] = Some(r);
            }
            None => {
                ws.write_string_with_format(r, 4, "onbekend", &right())?;
                ws.write_string_with_format(r, 5, "onbekend", &right())?;
            }
        }
        // Across the last three columns, wrapped: a long source stays on
        // the printed page.
        ws.merge_range(r, 7, r, 9, &part.source, &indented().set_text_wrap())?;
        let lines = wrapped_lines(&part.source, WIDTHS[7] + WIDTHS[8] + WIDTHS[9] - 2.0);
        if lines > 1 {
            ws.set_row_height(r, 15.0 * lines as f64)?;
        }
        written.push((key, r));
        r += 1;
    }
    Ok(r)
}

/// The costs equal in every scenario over the horizon, exact, per
/// participant and together; returns the row after them, the row of the
/// total and of each participant.
fn common(
    ws: &mut Worksheet,
    h: &HorizonCosts,
    r: u32,
    f: &Formats,
) -> Result<(u32, Option<u32>, Vec<u32>), XlsxError> {
    let title = format!(
        "Lasten gelijk in elk scenario over {} (personeel en overige kosten, exact)",
        h.horizon_label
    );
    ws.write_string_with_format(r, 0, title, &f.label)?;
    let Some(exact) = h.common.exact else {
        let why = h.common.unknown.clone().unwrap_or_default();
        let next = sentences(ws, r + 1, &[format!("onbekend ({why})")], f)?;
        return Ok((next, None, Vec::new()));
    };
    let cents = Format::new()
        .set_num_format("#,##0.00")
        .set_align(FormatAlign::Top);
    let mut rows = Vec::new();
    let mut at = r + 1;
    for (name, value) in h.participants.iter().zip(&h.common.per_participant) {
        ws.write_string(at, 1, name)?;
        ws.write_number_with_format(at, 2, float(*value), &cents)?;
        rows.push(at);
        at += 1;
    }
    ws.write_string_with_format(at, 1, "Regio", &f.label)?;
    if rows.is_empty() {
        ws.write_number_with_format(at, 2, float(exact), &cents)?;
    } else {
        let formula =
            Formula::new(format!("=SUM(C{}:C{})", r + 2, at)).set_result(float(exact).to_string());
        ws.write_formula_with_format(at, 2, formula, &cents)?;
    }
    let next = sentences(ws, at + 1, std::slice::from_ref(&h.common.derivation), f)?;
    Ok((next, Some(at), rows))
}

/// The table per scenario and who: laag, midden, hoog as references to
/// the rounded amounts of the derivation; P10/P50/P90 and the chance of
/// being the cheapest as values.
fn summary(
    ws: &mut Worksheet,
    costs: &ScenarioCosts,
    header: u32,
    derivation_header: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let h = &*costs.horizon;
    let titles = [
        "Scenario",
        "Wie",
        "Laag (€)",
        "Midden (€)",
        "Hoog (€)",
        "P10 (€)",
        "P50 (€)",
        "P90 (€)",
        "Kans goedkoopst",
    ];
    header_row(ws, header, &titles, |c| c >= 2, f)?;
    let n = shared_among(h);
    let sample = costs.uncertainty.ready();
    let mut r = header + 1;
    for (s, scenario) in h.scenarios.iter().enumerate() {
        for w in 0..=n {
            ws.write_string(r, 0, &scenario.label)?;
            let who = if w == 0 {
                "Regio"
            } else {
                &h.participants[w - 1]
            };
            ws.write_string(r, 1, who)?;
            for (b, (_, amount)) in scenario.bounds().into_iter().enumerate() {
                let eur = if w == 0 {
                    amount.eur
                } else {
                    amount.per_participant[w - 1].eur
                };
                let source = row_of(derivation_header, n, s, b, w) + 1;
                let formula =
                    Formula::new(format!("=I{source}")).set_result(float(eur).to_string());
                ws.write_formula_with_format(r, 2 + b as u16, formula, &f.euro)?;
            }
            let Some(sample) = sample else {
                ws.write_string_with_format(r, 5, "nog niet berekend", &right())?;
                r += 1;
                continue;
            };
            match &sample.scenarios[s] {
                Some(q) => {
                    for (c, (_, quantile)) in q.quantiles().into_iter().enumerate() {
                        let eur = if w == 0 {
                            quantile.eur
                        } else {
                            quantile.per_participant[w - 1]
                        };
                        ws.write_number_with_format(r, 5 + c as u16, float(eur), &f.euro)?;
                    }
                }
                None => {
                    ws.write_string_with_format(r, 5, "onvolledig", &right())?;
                }
            }
            let chance = if w == 0 {
                sample.cheapest[s]
            } else {
                sample.cheapest_per_participant[w - 1][s]
            };
            if let Some(chance) = chance {
                ws.write_number_with_format(r, 8, chance, &f.share)?;
            }
            r += 1;
        }
    }
    Ok(())
}

/// Under the derivation: how each amount follows in words, the draws,
/// value for money and what is missing.
fn closing(
    ws: &mut Worksheet,
    costs: &ScenarioCosts,
    mut r: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let h = &*costs.horizon;
    let mut blocks: Vec<(&str, Vec<String>)> = Vec::new();
    let derivations = h
        .scenarios
        .iter()
        .flat_map(|s| s.bounds())
        .flat_map(|(_, a)| {
            std::iter::once(a.derivation.clone())
                .chain(a.per_participant.iter().map(|p| p.derivation.clone()))
        })
        .collect();
    blocks.push(("Afleiding in woorden", derivations));
    blocks.push((
        "Onzekerheid",
        costs
            .uncertainty
            .ready()
            .map_or_else(|| vec![NOT_READY.to_owned()], |s| s.sentences.clone()),
    ));
    blocks.push(("Waarde voor geld", costs.value.sentences.clone()));
    if !h.missing.is_empty() {
        let missing = h.missing.iter().map(|m| format!("Nog niet compleet: {m}"));
        blocks.push(("Nog niet compleet", missing.collect()));
    }
    for (title, lines) in blocks {
        ws.write_string_with_format(r, 0, title, &f.label)?;
        r = sentences(ws, r + 1, &lines, f)? + 1;
    }
    Ok(())
}
