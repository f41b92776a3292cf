//! The sheet "Lasten per gemeente": each participant's part per year in
//! whole euros, as formulas on the rows of "Afleiding lasten"
//! (`costs_derivation.rs`), adding up to the total row; the staff and
//! other costs (rounded for showing) and the rounding difference; the
//! rounding rule, warnings, the transition range per scenario and
//! participant, then how each amount follows and what is still missing.

use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

use super::costs_derivation::{
    EXACT, POST, POST_OTHER, POST_STAFF, SHEET, YEAR, letter, year_criterion,
};
use super::layout::{Formats, NUMBER_WIDTH, float, headers, wrapped};
use crate::model::DataSet;
use crate::model::costs::{Costs, derivation, period_label, year_rounding};
use crate::report::costs::{heading, rule_sentence};

const NAME_WIDTH: f64 = 48.0;
const SHARE_WIDTH: f64 = 14.0;

/// `rounded[period][participant]`: the row of each rounded amount on
/// "Afleiding lasten".
pub(super) fn costs_sheet(
    ws: &mut Worksheet,
    data: &DataSet,
    costs: &Costs,
    rounded: &[Vec<Option<u32>>],
    f: &Formats,
) -> Result<(), XlsxError> {
    header_row(ws, data, costs, f)?;
    let mut r = participant_rows(ws, costs, rounded, 1, f)?;
    let total_row = r;
    r = totals(ws, costs, rounded, r, f)?;
    r = under_total(ws, costs, rounded, (total_row, r), f)?;
    // Wrapped across the table's columns: a line running over the empty
    // cells to its right would make the printed page as wide as the longest.
    let across = (
        1 + costs.years.len() as u16,
        NAME_WIDTH + SHARE_WIDTH + NUMBER_WIDTH * costs.years.len() as f64,
    );
    r = notes(ws, data, costs, r, across, f)?;
    if !costs.transition.is_empty() {
        r = transition_table(ws, data, costs, r + 1, f)?;
    }
    derivation_lines(ws, data, costs, r + 1, across, f)
}

/// The sheet's name and the header row: who, their share, each period.
fn header_row(
    ws: &mut Worksheet,
    data: &DataSet,
    costs: &Costs,
    f: &Formats,
) -> Result<(), XlsxError> {
    let title: String = heading(data).chars().take(31).collect();
    ws.set_name(&title)?;
    let who = crate::format::capitalised(&crate::model::group::singular_label(
        &crate::model::group::participants_label(data),
    ));
    let mut titles = vec![who, "Aandeel".to_owned()];
    titles.extend(
        costs
            .years
            .iter()
            .map(|y| format!("{} (€)", period_label(y.year))),
    );
    let mut widths = vec![NAME_WIDTH, SHARE_WIDTH];
    widths.extend(std::iter::repeat_n(NUMBER_WIDTH, costs.years.len()));
    headers(ws, 0, &titles, &widths, |c| c > 0, f)
}

/// From row `r`: a row per participant with their share and their part
/// per period (a formula on "Afleiding lasten" where there is a rounded
/// row), or the one line saying why there is no distribution. Returns the
/// next free row.
fn participant_rows(
    ws: &mut Worksheet,
    costs: &Costs,
    rounded: &[Vec<Option<u32>>],
    mut r: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let shares = match &costs.key {
        Ok(shares) => shares,
        Err(why) => {
            ws.write_string(r, 0, format!("Geen verdeling: {why}"))?;
            return Ok(r + 1);
        }
    };
    for (i, participant) in costs.participants.iter().enumerate() {
        ws.write_string(r, 0, participant)?;
        ws.write_number_with_format(r, 1, float(shares.percents[i]) / 100.0, &f.share)?;
        for (c, year) in costs.years.iter().enumerate() {
            let Some(v) = year.per_participant.get(i).and_then(|p| p.total_eur) else {
                continue;
            };
            match rounded.get(c).and_then(|y| y.get(i).copied().flatten()) {
                Some(row) => ws.write_formula_with_format(
                    r,
                    c as u16 + 2,
                    Formula::new(format!("='{SHEET}'!N{}", row + 1))
                        .set_result(float(v).to_string()),
                    &f.euro,
                )?,
                None => ws.write_number_with_format(r, c as u16 + 2, float(v), &f.euro)?,
            };
        }
        r += 1;
    }
    Ok(r)
}

/// From row `r`: the rounding rule, the warnings and how the key was
/// made, wrapped. Returns the next free row.
fn notes(
    ws: &mut Worksheet,
    data: &DataSet,
    costs: &Costs,
    mut r: u32,
    across: (u16, f64),
    f: &Formats,
) -> Result<u32, XlsxError> {
    wrapped_across(ws, r, across, &rule_sentence(data), f)?;
    r += 1;
    for w in &costs.warnings {
        wrapped_across(ws, r, across, &format!("Let op: {w}"), f)?;
        r += 1;
    }
    if let Ok(Some(note)) = costs.key.as_ref().map(|k| k.note.as_ref()) {
        wrapped(
            ws,
            (r, 0),
            &format!("Verdeelsleutel {note}."),
            NAME_WIDTH,
            f,
        )?;
        r += 1;
    }
    Ok(r)
}

/// From row `r`: the one-off transition costs, a row per scenario with
/// its level and range, under it each participant's part. Returns the
/// next free row.
fn transition_table(
    ws: &mut Worksheet,
    data: &DataSet,
    costs: &Costs,
    mut r: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    for (c, title) in [
        "Transitiekosten (eenmalig)",
        "Niveau",
        "Laag (€)",
        "Hoog (€)",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(r, c as u16, *title, &f.header)?;
    }
    r += 1;
    for t in &costs.transition {
        wrapped(
            ws,
            (r, 0),
            &data.scenarios[t.scenario].label(),
            NAME_WIDTH,
            f,
        )?;
        let level = if t.own_range {
            "eigen bandbreedte".to_owned()
        } else {
            t.level.clone().unwrap_or_default()
        };
        ws.write_string(r, 1, level)?;
        match t.range_eur {
            Some((low, high)) => {
                ws.write_number_with_format(r, 2, float(low), &f.euro)?;
                ws.write_number_with_format(r, 3, float(high), &f.euro)?;
            }
            None => {
                ws.write_string(r, 2, "nog geen bedragen")?;
            }
        }
        r += 1;
        for (p, (low, high)) in costs.participants.iter().zip(&t.per_participant) {
            ws.write_string(r, 0, format!("    {p}"))?;
            ws.write_number_with_format(r, 2, float(*low), &f.euro)?;
            ws.write_number_with_format(r, 3, float(*high), &f.euro)?;
            r += 1;
        }
    }
    Ok(r)
}

/// From row `r`: "Afleiding", how each participant's amount follows per
/// period, the rounding per period and what is still missing.
fn derivation_lines(
    ws: &mut Worksheet,
    data: &DataSet,
    costs: &Costs,
    mut r: u32,
    across: (u16, f64),
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(r, 0, "Afleiding", &f.label)?;
    r += 1;
    for (y, year) in costs.years.iter().enumerate() {
        for i in 0..year.per_participant.len() {
            wrapped_across(ws, r, across, &derivation(data, costs, y, i), f)?;
            r += 1;
        }
    }
    for y in 0..costs.years.len() {
        if let Some(line) = year_rounding(costs, y).filter(|_| costs.key.is_ok()) {
            wrapped_across(ws, r, across, &format!("Afronding {line}"), f)?;
            r += 1;
        }
    }
    for m in &costs.missing {
        // Runs over the empty cells to its right, as the derivations do.
        ws.write_string(r, 0, format!("Nog niet compleet: {m}"))?;
        r += 1;
    }
    Ok(())
}

/// The total row: the sum of the participants' cells where they are
/// formulas, else the number.
fn totals(
    ws: &mut Worksheet,
    costs: &Costs,
    rounded: &[Vec<Option<u32>>],
    r: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    ws.write_string_with_format(r, 0, "Totaal", &f.label_total)?;
    ws.write_number_with_format(r, 1, 1.0, &f.share)?;
    let n = costs.participants.len() as u32;
    for (c, year) in costs.years.iter().enumerate() {
        let col = c as u16 + 2;
        let summed = costs.key.is_ok()
            && rounded.get(c).is_some_and(|y| {
                y.len() == costs.participants.len() && y.iter().all(Option::is_some)
            });
        match year.total_eur {
            Some(v) if summed => ws.write_formula_with_format(
                r,
                col,
                Formula::new(format!("=SUM({0}{1}:{0}{2})", letter(col), r + 1 - n, r))
                    .set_result(float(v).to_string()),
                &f.euro_total,
            )?,
            Some(v) => ws.write_number_with_format(r, col, float(v), &f.euro_total)?,
            None => ws.write_string_with_format(r, col, "onbekend", &f.label_total)?,
        };
    }
    Ok(r + 1)
}

/// Under the total: the staff and the other costs as "Afleiding lasten"
/// sums them, rounded for showing, and what they lack to the total.
fn under_total(
    ws: &mut Worksheet,
    costs: &Costs,
    rounded: &[Vec<Option<u32>>],
    (total_row, mut r): (u32, u32),
    f: &Formats,
) -> Result<u32, XlsxError> {
    let formulas = |c: usize| {
        costs.key.is_ok()
            && rounded
                .get(c)
                .is_some_and(|y| !y.is_empty() && y.iter().all(Option::is_some))
    };
    let sum_of = |post: &str, year: Option<u16>| {
        let (m, b, p) = (letter(EXACT), letter(YEAR), letter(POST));
        format!(
            "=ROUND(SUMIFS('{SHEET}'!{m}:{m},'{SHEET}'!{b}:{b},{},'{SHEET}'!{p}:{p},\"{post}\"),0)",
            year_criterion(year)
        )
    };
    let mut rows = Vec::new();
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        ws.write_string(r, 0, "waarvan personeel")?;
        for (c, year) in costs.years.iter().enumerate() {
            let Some(v) = year.staff_eur else { continue };
            let col = c as u16 + 2;
            if formulas(c) {
                let formula =
                    Formula::new(sum_of(POST_STAFF, year.year)).set_result(float(v).to_string());
                ws.write_formula_with_format(r, col, formula, &f.euro)?;
            } else {
                ws.write_number_with_format(r, col, float(v), &f.euro)?;
            }
        }
        rows.push(r);
        r += 1;
    }
    if costs.years.iter().any(|y| !y.other_exact.is_zero()) {
        ws.write_string(r, 0, "waarvan overige kosten")?;
        for (c, year) in costs.years.iter().enumerate() {
            let col = c as u16 + 2;
            let v = year.other_eur;
            if formulas(c) {
                let formula =
                    Formula::new(sum_of(POST_OTHER, year.year)).set_result(float(v).to_string());
                ws.write_formula_with_format(r, col, formula, &f.euro)?;
            } else {
                ws.write_number_with_format(r, col, float(v), &f.euro)?;
            }
        }
        rows.push(r);
        r += 1;
    }
    if costs
        .years
        .iter()
        .any(|y| y.rounding_eur().is_some_and(|x| !x.is_zero()))
    {
        ws.write_string(r, 0, "afronding")?;
        for (c, year) in costs.years.iter().enumerate() {
            let Some(v) = year.rounding_eur() else {
                continue;
            };
            let col = c as u16 + 2;
            let l = letter(col);
            let minus: String = rows.iter().map(|row| format!("-{l}{}", row + 1)).collect();
            let formula = Formula::new(format!("={l}{}{minus}", total_row + 1))
                .set_result(float(v).to_string());
            ws.write_formula_with_format(r, col, formula, &f.euro)?;
        }
        r += 1;
    }
    Ok(r)
}

/// `text` over the sheet's columns (merged), wrapped, its row tall enough.
fn wrapped_across(
    ws: &mut Worksheet,
    row: u32,
    (last, width_chars): (u16, f64),
    text: &str,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.merge_range(row, 0, row, last, text, &f.text)?;
    let lines = super::wrapped_lines(text, width_chars);
    if lines > 1 {
        ws.set_row_height(row, 15.0 * lines as f64)?;
    }
    Ok(())
}
