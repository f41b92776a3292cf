//! The sheet "Afleiding lasten": one row per part of each participant's
//! year (fte, loonkosten per fte or the line's amount, the key exact and
//! rounded, the share as deel / van, and the exact amount as a formula:
//! `=fte × loonkosten × deel / van`), then the exact sum, the rounding to
//! whole euros (the largest-remainder rule, a number with its reason) and
//! the rounded amount as a formula. The sheet "Lasten per gemeente"
//! refers to the rounded amounts, so Excel or LibreOffice recompute every
//! euro from the parts.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, Formula, Worksheet, XlsxError};

use super::layout::{Formats, float, headers};
use crate::model::DataSet;
use crate::model::costs::share::round_half_up;
use crate::model::costs::{Costs, SharedPart, part_names};

/// The sheet's name, as formulas refer to it.
pub const SHEET: &str = "Afleiding lasten";

/// Columns of the sheet.
pub(super) const YEAR: u16 = 1;
pub(super) const POST: u16 = 2;
pub(super) const EXACT: u16 = 12;
pub(super) const ROUNDED: u16 = 13;

/// The "Post" of staff parts and of other cost lines (what the Lasten
/// sheet sums per year).
pub(super) const POST_STAFF: &str = "personeel";
pub(super) const POST_OTHER: &str = "overige kosten";

/// An A1 column letter (A–Z is all this sheet uses).
pub(super) fn letter(col: u16) -> char {
    char::from(b'A' + col as u8)
}

/// The year cell as the sheet writes it: a number, or "per jaar".
pub(super) fn year_criterion(year: Option<u16>) -> String {
    year.map_or_else(|| "\"per jaar\"".to_owned(), |y| y.to_string())
}

/// Writes the sheet; returns per period and participant the row (0-based)
/// of the rounded amount, `None` where there is none.
pub(super) fn derivation_sheet(
    ws: &mut Worksheet,
    data: &DataSet,
    costs: &Costs,
    f: &Formats,
) -> Result<Vec<Vec<Option<u32>>>, XlsxError> {
    ws.set_name(SHEET)?;
    header_row(ws, data, f)?;
    let cells = Cells::new(f);
    let mut rows = Vec::new();
    let mut r: u32 = 1;
    let Ok(shares) = &costs.key else {
        return Ok(rows);
    };
    for year in &costs.years {
        let mut year_rows = Vec::new();
        for (i, part) in year.per_participant.iter().enumerate() {
            let (Some(total), Some(exact)) = (part.total_eur, part.exact_eur) else {
                year_rows.push(None);
                continue;
            };
            let who = Who {
                name: &costs.participants[i],
                year: year.year,
                key: (shares.exact[i], shares.percents[i]),
            };
            let first = r;
            for p in &part.parts {
                who.head(ws, r)?;
                let (name, kind) = part_names(data, year, p);
                part_row(ws, r, p, (&name, kind), &who, &cells)?;
                r += 1;
            }
            let got = year
                .rounding
                .as_ref()
                .is_some_and(|a| a.adjusted.contains(&i));
            r = tail_rows(ws, (first, r), (total, exact, got), &who, &cells)?;
            year_rows.push(Some(r));
            r += 2;
        }
        rows.push(year_rows);
    }
    Ok(rows)
}

/// The header row: who, the period, the post and the part, then the
/// numbers from fte to the rounded amount.
fn header_row(ws: &mut Worksheet, data: &DataSet, f: &Formats) -> Result<(), XlsxError> {
    let who = crate::format::capitalised(&crate::model::group::singular_label(
        &crate::model::group::participants_label(data),
    ));
    let titles: Vec<String> = [
        who.as_str(),
        "Jaar",
        "Post",
        "Onderdeel",
        "Soort",
        "fte",
        "Loonkosten per fte (€)",
        "Bedrag (€)",
        "Sleutel exact",
        "Sleutel",
        "Deel",
        "Van",
        "Exact bedrag (€)",
        "Afgerond (€)",
    ]
    .iter()
    .map(|t| (*t).to_owned())
    .collect();
    let widths = [
        14.0, 6.0, 12.0, 34.0, 22.0, 7.0, 11.0, 11.0, 8.0, 7.0, 5.0, 5.0, 12.0, 11.0,
    ];
    // Columns 1 (Jaar) and 5 onwards hold numbers.
    headers(ws, 0, &titles, &widths, |c| c == 1 || c >= 5, f)
}

/// The formats of the sheet's cells.
struct Cells<'a> {
    f: &'a Formats,
    fte: Format,
    cents: Format,
    exact_share: Format,
}

impl<'a> Cells<'a> {
    /// The sheet's own number formats: fte to four decimals, cents, the
    /// exact key share; top-aligned as the rows are.
    fn new(f: &'a Formats) -> Self {
        Cells {
            f,
            fte: Format::new()
                .set_num_format("0.00##")
                .set_align(FormatAlign::Top),
            cents: Format::new()
                .set_num_format("#,##0.00")
                .set_align(FormatAlign::Top),
            exact_share: Format::new()
                .set_num_format("0.00%")
                .set_align(FormatAlign::Top),
        }
    }
}

/// Whose rows: the participant, the period, and the key exact and whole.
struct Who<'a> {
    name: &'a str,
    year: Option<u16>,
    key: (Decimal, Decimal),
}

impl Who<'_> {
    /// The participant and the period at the start of row `r`.
    fn head(&self, ws: &mut Worksheet, r: u32) -> Result<(), XlsxError> {
        ws.write_string(r, 0, self.name)?;
        match self.year {
            Some(y) => ws.write_number(r, YEAR, f64::from(y))?,
            None => ws.write_string(r, YEAR, "per jaar")?,
        };
        Ok(())
    }
}

/// One part: what it is, fte and wage (or the line's amount), the key,
/// the share as deel / van, and the exact amount as a formula.
fn part_row(
    ws: &mut Worksheet,
    r: u32,
    p: &SharedPart,
    (name, kind): (&str, &str),
    who: &Who,
    cells: &Cells,
) -> Result<(), XlsxError> {
    let post = if p.is_staff() { POST_STAFF } else { POST_OTHER };
    ws.write_string(r, POST, post)?;
    ws.write_string(r, 3, name)?;
    ws.write_string(r, 4, kind)?;
    let base = match (p.fte, p.wage, p.amount) {
        (_, _, Some(amount)) => {
            ws.write_number_with_format(r, 7, float(amount), &cells.cents)?;
            format!("H{}", r + 1)
        }
        (Some(fte_value), Some(wage), None) => {
            ws.write_number_with_format(r, 5, float(fte_value), &cells.fte)?;
            ws.write_number_with_format(r, 6, float(wage), &cells.cents)?;
            format!("F{0}*G{0}", r + 1)
        }
        _ => String::new(),
    };
    let (exact_percent, percent) = who.key;
    ws.write_number_with_format(
        r,
        8,
        float(exact_percent / Decimal::ONE_HUNDRED),
        &cells.exact_share,
    )?;
    ws.write_number_with_format(r, 9, float(percent / Decimal::ONE_HUNDRED), &cells.f.share)?;
    ws.write_number(r, 10, float(p.share.num))?;
    ws.write_number(r, 11, float(p.share.den))?;
    let result = p.exact().unwrap_or_default();
    ws.write_formula_with_format(
        r,
        EXACT,
        Formula::new(format!("={base}*K{0}/L{0}", r + 1)).set_result(float(result).to_string()),
        &cells.cents,
    )?;
    Ok(())
}

/// Under the parts (rows `first..r`): their exact sum, the rounding to
/// whole euros with its reason, and the rounded amount; returns the row of
/// the rounded amount.
fn tail_rows(
    ws: &mut Worksheet,
    (first, mut r): (u32, u32),
    (total, exact, got_a_euro): (Decimal, Decimal, bool),
    who: &Who,
    cells: &Cells,
) -> Result<u32, XlsxError> {
    who.head(ws, r)?;
    ws.write_string(r, POST, "exact samen")?;
    ws.write_formula_with_format(
        r,
        EXACT,
        Formula::new(format!("=SUM(M{}:M{})", first + 1, r.max(first + 1)))
            .set_result(float(exact).to_string()),
        &cells.cents,
    )?;
    r += 1;
    who.head(ws, r)?;
    ws.write_string(r, POST, "afronding")?;
    ws.write_string(
        r,
        4,
        if got_a_euro {
            "naar beneden, plus een euro (grootste rest)"
        } else {
            "naar beneden"
        },
    )?;
    ws.write_number_with_format(r, EXACT, float(total - exact), &cells.cents)?;
    r += 1;
    who.head(ws, r)?;
    ws.write_string_with_format(r, POST, "afgerond", &cells.f.label)?;
    ws.write_formula_with_format(
        r,
        ROUNDED,
        Formula::new(format!("=ROUND(M{}+M{},0)", r - 1, r))
            .set_result(float(round_half_up(total, 0)).to_string()),
        &cells.f.euro,
    )?;
    Ok(r)
}
