//! "Lasten per gemeente" in the Word appendix: each participant's part per
//! year (whole euros, adding up to the total row), the transition range per
//! scenario, how each amount follows and what is still missing.

use docx_rs::Docx;

use super::{bullet, heading, table, text};
use crate::format::number;
use crate::model::DataSet;
use crate::model::costs::{Costs, derivation, period_label};
use crate::report::costs::{heading as section_heading, transition_sentence};

pub(super) fn costs_section(mut docx: Docx, data: &DataSet, costs: &Costs) -> Docx {
    docx = docx.add_paragraph(heading(&section_heading(data), 1));
    docx = docx.add_paragraph(text(
        "Hele euro's. Personeel is fte (zoals getoond, op twee decimalen) × loonkosten per fte; daarbij komen de overige kosten. Verdeeld naar de verdeelsleutel; de delen tellen precies op tot het totaal (grootste rest).",
    ));
    let who = crate::format::capitalised(&crate::model::group::singular_label(
        &crate::model::group::participants_label(data),
    ));
    let mut headers = vec![who, "Aandeel".to_owned()];
    // Euros in the header, so a cell holds one number that never breaks.
    headers.extend(
        costs
            .years
            .iter()
            .map(|y| format!("{} (€)", period_label(y.year))),
    );
    let amount =
        |v: Option<rust_decimal::Decimal>| v.map_or_else(|| "onbekend".into(), |v| number(v, 0));
    let mut rows: Vec<Vec<String>> = Vec::new();
    match &costs.key {
        Ok(shares) => {
            for (i, participant) in costs.participants.iter().enumerate() {
                let mut row = vec![
                    participant.clone(),
                    format!("{} %", number(shares.percents[i], 0)),
                ];
                row.extend(
                    costs
                        .years
                        .iter()
                        .map(|y| amount(y.per_participant.get(i).and_then(|p| p.total_eur))),
                );
                rows.push(row);
            }
        }
        Err(why) => {
            docx = docx.add_paragraph(text(&format!("Geen verdeling: {why}.")));
        }
    }
    let mut total = vec!["Totaal".to_owned(), "100 %".to_owned()];
    total.extend(costs.years.iter().map(|y| amount(y.total_eur)));
    rows.push(total);
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        let mut staff = vec!["waarvan personeel".to_owned(), String::new()];
        staff.extend(costs.years.iter().map(|y| amount(y.staff_eur)));
        rows.push(staff);
    }
    if costs.years.iter().any(|y| !y.other_eur.is_zero()) {
        let mut other = vec!["waarvan overige kosten".to_owned(), String::new()];
        other.extend(costs.years.iter().map(|y| number(y.other_eur, 0)));
        rows.push(other);
    }
    let mut weights = vec![3, 1];
    weights.extend(std::iter::repeat_n(2, costs.years.len()));
    docx = docx.add_table(table(&headers, &rows, &weights));
    if let Ok(Some(note)) = costs.key.as_ref().map(|k| k.note.as_ref()) {
        docx = docx.add_paragraph(text(&format!("Verdeelsleutel {note}.")));
    }
    if !costs.transition.is_empty() {
        docx = docx.add_paragraph(heading("Transitiekosten per scenario (eenmalig)", 2));
        for t in &costs.transition {
            docx = docx.add_paragraph(bullet(&transition_sentence(data, costs, t)));
        }
    }
    docx = docx.add_paragraph(heading("Afleiding", 2));
    for (y, year) in costs.years.iter().enumerate() {
        for i in 0..year.per_participant.len() {
            docx = docx.add_paragraph(bullet(&derivation(data, costs, y, i)));
        }
    }
    if !costs.missing.is_empty() {
        docx = docx.add_paragraph(heading("Nog niet compleet", 2));
        for m in &costs.missing {
            docx = docx.add_paragraph(bullet(m));
        }
    }
    docx
}
