//! The derivation table of the sheet "Kosten per scenario": per scenario,
//! amount (laag, midden, hoog) and who (the region, then each
//! participant) a row whose every euro is a formula on the rows of the
//! ranges and of the costs equal in every scenario: what the components
//! add (region: Keer × Laag or Hoog per component, a saving with a
//! negative Keer; the middle (laag + hoog) / 2; a participant: the
//! region's × its share), plus the equal costs, exact; the rounding to
//! whole euros (a number with its reason, as "Afleiding lasten" does:
//! the region half a euro up, the participants by largest remainder); and
//! the rounded amount `=ROUND(exact + afronding, 0)`.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, Formula, Worksheet, XlsxError};

use super::layout::float;
use crate::model::scenario_costs::{Amounts, ComponentPart, HorizonCosts, ScenarioCost};

/// Columns of the derivation table.
const SHARE: u16 = 3;
const VARYING: u16 = 4;
const COMMON: u16 = 5;
const EXACT: u16 = 6;
const ROUNDING: u16 = 7;
const ROUNDED: u16 = 8;
const HOW: u16 = 9;

/// The width of the column HOW (the sheet's last), in characters.
pub(super) const HOW_WIDTH: f64 = 14.0;

/// The titles of the derivation table.
pub(super) const TITLES: [&str; 10] = [
    "Scenario",
    "Bedrag",
    "Wie",
    "Aandeel",
    "Onderdelen (€)",
    "Gelijk in elk scenario (€)",
    "Exact (€)",
    "Afronding (€)",
    "Afgerond (€)",
    "Afronding: hoe",
];

/// Where the table's formulas find their numbers (1-based A1 rows).
pub(super) struct Refs<'a> {
    /// Per scenario, per component part: the row of its range, `None`
    /// without a range.
    pub range_rows: &'a [Vec<Option<u32>>],
    /// The row of the equal costs' total and per participant, when known.
    pub common_total: Option<u32>,
    pub common_rows: &'a [u32],
}

/// "A" … "Z".
pub(super) fn col(c: u16) -> char {
    char::from(b'A' + c as u8)
}

/// The 0-based row of the rounded amount of scenario `s`, bound `b`
/// (0 laag, 1 midden, 2 hoog) and who `w` (0 the region, then the
/// participants), in a table whose header is at `header`.
pub(super) fn row_of(header: u32, participants: usize, s: usize, b: usize, w: usize) -> u32 {
    header + 1 + ((s * 3 + b) * (1 + participants) + w) as u32
}

/// The rows this table takes after its header.
pub(super) fn rows(h: &HorizonCosts) -> u32 {
    (h.scenarios.len() * 3 * (1 + shared_among(h))) as u32
}

/// The participants the amounts are split among (none without a key).
pub(super) fn shared_among(h: &HorizonCosts) -> usize {
    if h.percents.is_some() {
        h.participants.len()
    } else {
        0
    }
}

struct Cells {
    cents: Format,
    /// Labels at the top of a row made taller by its wrapped reason.
    top: Format,
}

/// Writes the rows under the header at `header`.
pub(super) fn derivation_rows(
    ws: &mut Worksheet,
    h: &HorizonCosts,
    header: u32,
    refs: &Refs,
) -> Result<(), XlsxError> {
    let cells = Cells {
        cents: Format::new()
            .set_num_format("#,##0.00")
            .set_align(FormatAlign::Top),
        top: Format::new().set_align(FormatAlign::Top),
    };
    let n = shared_among(h);
    for (s, scenario) in h.scenarios.iter().enumerate() {
        for (b, (word, amount)) in scenario.bounds().into_iter().enumerate() {
            let at = |w: usize| row_of(header, n, s, b, w);
            let region = at(0);
            for (c, label) in [&scenario.label, word, "Regio"].into_iter().enumerate() {
                ws.write_string_with_format(region, c as u16, label, &cells.top)?;
            }
            let varying = match b {
                1 => format!(
                    "=({0}{1}+{0}{2})/2",
                    col(VARYING),
                    row_of(header, n, s, 0, 0) + 1,
                    row_of(header, n, s, 2, 0) + 1
                ),
                _ => region_sum(scenario, &refs.range_rows[s], b == 0),
            };
            let formula = Formula::new(varying).set_result(float(amount.varying_exact).to_string());
            ws.write_formula_with_format(region, VARYING, formula, &cells.cents)?;
            let rounding = amount.eur - amount.exact;
            let how = if rounding.is_zero() {
                "geen"
            } else {
                "halve euro omhoog"
            };
            let amounts = (amount.varying_exact, amount.exact, amount.eur);
            tail(
                ws,
                region,
                refs.common_total,
                amounts,
                (rounding, how),
                &cells,
            )?;
            for w in 0..n {
                participant_row(
                    ws,
                    h,
                    (scenario, word, amount),
                    (at(w + 1), region, w),
                    refs,
                    &cells,
                )?;
            }
        }
    }
    Ok(())
}

/// A participant's row: its share of what the components add, its equal
/// costs, the rounding.
fn participant_row(
    ws: &mut Worksheet,
    h: &HorizonCosts,
    (scenario, word, amount): (&ScenarioCost, &str, &Amounts),
    (r, region, w): (u32, u32, usize),
    refs: &Refs,
    cells: &Cells,
) -> Result<(), XlsxError> {
    let Some(percent) = h.percents.as_ref().and_then(|p| p.get(w)) else {
        return Ok(());
    };
    let Some(p) = amount.per_participant.get(w) else {
        return Ok(());
    };
    let who = h.participants[w].as_str();
    for (c, label) in [scenario.label.as_str(), word, who].into_iter().enumerate() {
        ws.write_string_with_format(r, c as u16, label, &cells.top)?;
    }
    let share = percent / Decimal::ONE_HUNDRED;
    ws.write_number_with_format(
        r,
        SHARE,
        float(share),
        &Format::new()
            .set_num_format("0%")
            .set_align(FormatAlign::Top),
    )?;
    let formula = Formula::new(format!(
        "={0}{1}*{2}{3}",
        col(VARYING),
        region + 1,
        col(SHARE),
        r + 1
    ))
    .set_result(float(amount.varying_exact * share).to_string());
    ws.write_formula_with_format(r, VARYING, formula, &cells.cents)?;
    let rounding = p.eur - p.exact;
    let how = match p.eur - p.exact.floor() {
        x if x > Decimal::ZERO => "omlaag, +1 (grootste rest)",
        x if x < Decimal::ZERO => "omlaag, −1 (kleinste rest)",
        _ => "omlaag",
    };
    let common = refs.common_rows.get(w).copied();
    let amounts = (amount.varying_exact * share, p.exact, p.eur);
    tail(ws, r, common, amounts, (rounding, how), cells)
}

/// The equal costs (a reference), the exact amount, the rounding (a
/// number, with how) and the rounded amount.
fn tail(
    ws: &mut Worksheet,
    r: u32,
    common: Option<u32>,
    (varying, exact, eur): (Decimal, Decimal, Decimal),
    (rounding, how): (Decimal, &str),
    cells: &Cells,
) -> Result<(), XlsxError> {
    let row = r + 1;
    let exact_formula = match common {
        Some(c) => {
            let formula =
                Formula::new(format!("=C{}", c + 1)).set_result(float(exact - varying).to_string());
            ws.write_formula_with_format(r, COMMON, formula, &cells.cents)?;
            format!("={}{row}+{}{row}", col(VARYING), col(COMMON))
        }
        None => format!("={}{row}", col(VARYING)),
    };
    let formula = Formula::new(exact_formula).set_result(float(exact).to_string());
    ws.write_formula_with_format(r, EXACT, formula, &cells.cents)?;
    ws.write_number_with_format(r, ROUNDING, float(rounding), &cells.cents)?;
    let formula = Formula::new(format!(
        "=ROUND({}{row}+{}{row},0)",
        col(EXACT),
        col(ROUNDING)
    ))
    .set_result(float(eur).to_string());
    ws.write_formula_with_format(
        r,
        ROUNDED,
        formula,
        &Format::new()
            .set_num_format("#,##0")
            .set_align(FormatAlign::Top),
    )?;
    // Wrapped, and indented: not glued to the right-aligned amount before
    // it.
    let format = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_indent(1);
    ws.write_string_with_format(r, HOW, how, &format)?;
    let lines = super::layout::wrapped_lines(how, HOW_WIDTH - 2.0);
    if lines > 1 {
        ws.set_row_height(r, 15.0 * lines as f64)?;
    }
    Ok(())
}

/// What the components add to the region's low (or high) total: per part
/// with a range Keer × Laag (or Hoog); a saving's Keer is negative and
/// takes its high for the low total. `=0` without any.
fn region_sum(scenario: &ScenarioCost, rows: &[Option<u32>], low: bool) -> String {
    let terms: Vec<String> = scenario
        .parts
        .iter()
        .zip(rows)
        .filter_map(|(part, row)| Some(term(part, (*row)?, low)))
        .collect();
    if terms.is_empty() {
        "=0".to_owned()
    } else {
        format!("={}", terms.join("+"))
    }
}

/// One part's term: "D12*E12".
fn term(part: &ComponentPart, row: u32, low: bool) -> String {
    let saving = part.range.is_some_and(|r| r.sign < 0);
    // Laag is column E, Hoog F; Keer D.
    let amount = if low != saving { 'E' } else { 'F' };
    format!("D{0}*{amount}{0}", row + 1)
}
