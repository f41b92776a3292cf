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

use super::{Formats, float, headers};
use crate::model::DataSet;
use crate::model::costs::share::round_half_up;
use crate::model::costs::{Costs, part_names};

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
    headers(ws, 0, &titles, &widths, f)?;
    let fte = Format::new()
        .set_num_format("0.00##")
        .set_align(FormatAlign::Top);
    let cents = Format::new()
        .set_num_format("#,##0.00")
        .set_align(FormatAlign::Top);
    let exact_share = Format::new()
        .set_num_format("0.00%")
        .set_align(FormatAlign::Top);
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
            let head = |ws: &mut Worksheet, r: u32| -> Result<(), XlsxError> {
                ws.write_string(r, 0, &costs.participants[i])?;
                match year.year {
                    Some(y) => ws.write_number(r, YEAR, f64::from(y))?,
                    None => ws.write_string(r, YEAR, "per jaar")?,
                };
                Ok(())
            };
            let first = r;
            for p in &part.parts {
                head(ws, r)?;
                let (name, kind) = part_names(data, year, p);
                let post = if p.is_staff() { POST_STAFF } else { POST_OTHER };
                ws.write_string(r, POST, post)?;
                ws.write_string(r, 3, name)?;
                ws.write_string(r, 4, kind)?;
                let base = match (p.fte, p.wage, p.amount) {
                    (_, _, Some(amount)) => {
                        ws.write_number_with_format(r, 7, float(amount), &cents)?;
                        format!("H{}", r + 1)
                    }
                    (Some(fte_value), Some(wage), None) => {
                        ws.write_number_with_format(r, 5, float(fte_value), &fte)?;
                        ws.write_number_with_format(r, 6, float(wage), &cents)?;
                        format!("F{0}*G{0}", r + 1)
                    }
                    _ => String::new(),
                };
                ws.write_number_with_format(
                    r,
                    8,
                    float(shares.exact[i] / Decimal::ONE_HUNDRED),
                    &exact_share,
                )?;
                ws.write_number_with_format(
                    r,
                    9,
                    float(shares.percents[i] / Decimal::ONE_HUNDRED),
                    &f.share,
                )?;
                ws.write_number(r, 10, float(p.share.num))?;
                ws.write_number(r, 11, float(p.share.den))?;
                let result = p.exact().unwrap_or_default();
                ws.write_formula_with_format(
                    r,
                    EXACT,
                    Formula::new(format!("={base}*K{0}/L{0}", r + 1))
                        .set_result(float(result).to_string()),
                    &cents,
                )?;
                r += 1;
            }
            head(ws, r)?;
            ws.write_string(r, POST, "exact samen")?;
            ws.write_formula_with_format(
                r,
                EXACT,
                Formula::new(format!("=SUM(M{}:M{})", first + 1, r.max(first + 1)))
                    .set_result(float(exact).to_string()),
                &cents,
            )?;
            r += 1;
            head(ws, r)?;
            let up = total - exact;
            ws.write_string(r, POST, "afronding")?;
            let got = year
                .rounding
                .as_ref()
                .is_some_and(|a| a.adjusted.contains(&i));
            ws.write_string(
                r,
                4,
                if got {
                    "naar beneden, plus een euro (grootste rest)"
                } else {
                    "naar beneden"
                },
            )?;
            ws.write_number_with_format(r, EXACT, float(up), &cents)?;
            r += 1;
            head(ws, r)?;
            ws.write_string_with_format(r, POST, "afgerond", &f.label)?;
            ws.write_formula_with_format(
                r,
                ROUNDED,
                Formula::new(format!("=ROUND(M{}+M{},0)", r - 1, r))
                    .set_result(float(round_half_up(total, 0)).to_string()),
                &f.euro,
            )?;
            year_rows.push(Some(r));
            r += 2;
        }
        rows.push(year_rows);
    }
    Ok(rows)
}
