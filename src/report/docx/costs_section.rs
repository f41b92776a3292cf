//! "Lasten per gemeente" in the Word appendix: each participant's part per
//! year (whole euros, adding up to the total row), the rounding rule and
//! any warnings, the transition range per scenario, how each amount
//! follows, how each year was rounded and what is still missing.

use docx_rs::{Docx, Table};

use super::blocks::{bullet, heading, table, text};
use crate::format::number;
use crate::model::DataSet;
use crate::model::costs::{
    Costs, OwnShare, derivation, euro_signed, own_year_line, period_label, total_line,
    year_rounding,
};
use crate::report::costs::{heading as section_heading, rule_sentence, transition_sentence};

pub(super) fn costs_section(
    mut docx: Docx,
    data: &DataSet,
    costs: &Costs,
    own_shares: &[OwnShare],
) -> Docx {
    docx = docx.add_paragraph(heading(&section_heading(data), 1));
    docx = docx.add_paragraph(text(
        "Hele euro's. Personeel is fte (zoals getoond, op twee decimalen) × loonkosten per fte; daarbij komen de overige kosten. Verdeeld naar de verdeelsleutel; de delen tellen precies op tot het totaal.",
    ));
    docx = docx.add_paragraph(text(&rule_sentence(data)));
    for w in &costs.warnings {
        docx = docx.add_paragraph(text(&format!("Let op: {w}")));
    }
    if let Err(why) = &costs.key {
        docx = docx.add_paragraph(text(&format!("Geen verdeling: {why}.")));
    }
    docx = docx.add_table(costs_table(data, costs));
    if let Ok(Some(note)) = costs.key.as_ref().map(|k| k.note.as_ref()) {
        docx = docx.add_paragraph(text(&format!("Verdeelsleutel {note}.")));
    }
    if !costs.transition.is_empty() {
        docx = docx.add_paragraph(heading("Transitiekosten per scenario (eenmalig)", 2));
        for t in &costs.transition {
            docx = docx.add_paragraph(bullet(&transition_sentence(data, costs, t)));
        }
    }
    docx = derivations(docx, data, costs, own_shares);
    if !costs.missing.is_empty() {
        docx = docx.add_paragraph(heading("Nog niet compleet", 2));
        for m in &costs.missing {
            docx = docx.add_paragraph(bullet(m));
        }
    }
    docx
}

/// The table: a row per participant (none without a key), the total,
/// and under it the staff, the other costs and the rounding difference.
fn costs_table(data: &DataSet, costs: &Costs) -> Table {
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
    let mut rows = participant_rows(costs);
    rows.extend(total_rows(costs));
    let mut weights = vec![3, 1];
    weights.extend(std::iter::repeat_n(2, costs.years.len()));
    table(&headers, &rows, &weights)
}

/// A whole-euro cell, "onbekend" where the amount is not known.
fn amount(v: Option<rust_decimal::Decimal>) -> String {
    v.map_or_else(|| "onbekend".into(), |v| number(v, 0))
}

/// A row per participant: name, share of the key, part per period; none
/// when there is no key.
fn participant_rows(costs: &Costs) -> Vec<Vec<String>> {
    let Ok(shares) = &costs.key else {
        return Vec::new();
    };
    let mut rows = Vec::new();
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
    rows
}

/// The total row, then the staff, the other costs and the rounding
/// difference where any period has them.
fn total_rows(costs: &Costs) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut total = vec!["Totaal".to_owned(), "100 %".to_owned()];
    total.extend(costs.years.iter().map(|y| amount(y.total_eur)));
    rows.push(total);
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        let mut staff = vec!["waarvan personeel".to_owned(), String::new()];
        staff.extend(costs.years.iter().map(|y| amount(y.staff_eur)));
        rows.push(staff);
    }
    if costs.years.iter().any(|y| !y.other_exact.is_zero()) {
        let mut other = vec!["waarvan overige kosten".to_owned(), String::new()];
        other.extend(costs.years.iter().map(|y| number(y.other_eur, 0)));
        rows.push(other);
    }
    if costs
        .years
        .iter()
        .any(|y| y.rounding_eur().is_some_and(|r| !r.is_zero()))
    {
        let mut rounding = vec!["afronding".to_owned(), String::new()];
        rounding.extend(
            costs
                .years
                .iter()
                .map(|y| y.rounding_eur().map_or_else(String::new, euro_signed)),
        );
        rows.push(rounding);
    }
    rows
}

/// "Afleiding": how each amount follows, how each year was rounded, what
/// own distributions carry, and each year's total.
fn derivations(mut docx: Docx, data: &DataSet, costs: &Costs, own_shares: &[OwnShare]) -> Docx {
    docx = docx.add_paragraph(heading("Afleiding", 2));
    for (y, year) in costs.years.iter().enumerate() {
        for i in 0..year.per_participant.len() {
            docx = docx.add_paragraph(bullet(&derivation(data, costs, y, i)));
        }
    }
    if costs.key.is_ok() {
        for y in 0..costs.years.len() {
            if let Some(line) = year_rounding(costs, y) {
                docx = docx.add_paragraph(bullet(&format!("Afronding {line}")));
            }
        }
    }
    for y in 0..costs.years.len() {
        for line in own_year_line(data, costs, y, own_shares) {
            docx = docx.add_paragraph(bullet(&format!("Eigen verdeling {line}")));
        }
    }
    for year in &costs.years {
        docx = docx.add_paragraph(bullet(&format!("Totaal {}", total_line(year))));
    }
    docx
}
