//! The sheet "Lasten per gemeente": each participant's part per year in
//! whole euros (numbers, adding up to the total row), the staff and other
//! costs, the transition range per scenario and participant, then how each
//! amount follows and what is still missing.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Formats, NUMBER_WIDTH, float, headers, wrapped};
use crate::model::DataSet;
use crate::model::costs::{Costs, derivation, period_label};
use crate::report::costs::heading;

const NAME_WIDTH: f64 = 48.0;
const SHARE_WIDTH: f64 = 14.0;

pub(super) fn costs_sheet(
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
    headers(ws, 0, &titles, &widths, f)?;
    let mut r: u32 = 1;
    match &costs.key {
        Ok(shares) => {
            for (i, participant) in costs.participants.iter().enumerate() {
                ws.write_string(r, 0, participant)?;
                ws.write_number_with_format(r, 1, float(shares.percents[i]) / 100.0, &f.share)?;
                for (c, year) in costs.years.iter().enumerate() {
                    if let Some(v) = year.per_participant.get(i).and_then(|p| p.total_eur) {
                        ws.write_number_with_format(r, c as u16 + 2, float(v), &f.euro)?;
                    }
                }
                r += 1;
            }
        }
        Err(why) => {
            ws.write_string(r, 0, format!("Geen verdeling: {why}"))?;
            r += 1;
        }
    }
    ws.write_string_with_format(r, 0, "Totaal", &f.label_total)?;
    ws.write_number_with_format(r, 1, 1.0, &f.share)?;
    for (c, year) in costs.years.iter().enumerate() {
        match year.total_eur {
            Some(v) => ws.write_number_with_format(r, c as u16 + 2, float(v), &f.euro_total)?,
            None => ws.write_string_with_format(r, c as u16 + 2, "onbekend", &f.label_total)?,
        };
    }
    r += 1;
    let has_staff = costs.years.iter().any(|y| !y.parts.is_empty());
    if has_staff {
        ws.write_string(r, 0, "waarvan personeel")?;
        for (c, year) in costs.years.iter().enumerate() {
            if let Some(v) = year.staff_eur {
                ws.write_number_with_format(r, c as u16 + 2, float(v), &f.euro)?;
            }
        }
        r += 1;
    }
    if costs.years.iter().any(|y| !y.other_eur.is_zero()) {
        ws.write_string(r, 0, "waarvan overige kosten")?;
        for (c, year) in costs.years.iter().enumerate() {
            ws.write_number_with_format(r, c as u16 + 2, float(year.other_eur), &f.euro)?;
        }
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
    if !costs.transition.is_empty() {
        r += 1;
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
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Afleiding", &f.label)?;
    r += 1;
    for (y, year) in costs.years.iter().enumerate() {
        for i in 0..year.per_participant.len() {
            ws.write_string(r, 0, derivation(data, costs, y, i))?;
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
