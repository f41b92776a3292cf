//! LASTEN PER GEMEENTE in the text report (the CSV's is `costs_csv.rs`):
//! each participant's part per year in whole euros (adding up exactly to
//! the total), the rounding rule, how each amount follows, how each year
//! was rounded, what own distributions carry, the staffing priced part by
//! part, the transition range of each scenario, warnings and what is
//! still missing.

use rust_decimal::Decimal;

use super::columns::{pad, pad_left};
use crate::format::{euro, number};
use crate::model::DataSet;
use crate::model::costs::{
    Costs, derivation, euro_signed, own_year_line, parts_line, period_label, total_line,
    year_rounding,
};
use crate::model::group::{participants_label, singular_label};

pub use crate::model::costs::rule_sentence;
pub use crate::model::costs::words::costs_heading as heading;

fn amount(value: Option<Decimal>) -> String {
    value.map_or_else(|| "onbekend".into(), euro)
}

/// The section of the text report, line by line.
pub fn costs_text(
    data: &DataSet,
    costs: &Costs,
    own_shares: &[crate::model::costs::OwnShare],
) -> Vec<String> {
    let mut lines = vec![format!(
        "{} (hele euro's; personeel = fte × loonkosten per fte, plus overige kosten, verdeeld naar de verdeelsleutel; de delen tellen precies op tot het totaal)",
        heading(data).to_uppercase()
    )];
    lines.push(rule_sentence(data));
    for w in &costs.warnings {
        lines.push(format!("Let op: {w}"));
    }
    lines.extend(table_lines(data, costs));
    lines.push(String::new());
    lines.push(format!(
        "Afleiding per {} en jaar",
        singular_label(&participants_label(data))
    ));
    for (y, year) in costs.years.iter().enumerate() {
        for i in 0..year.per_participant.len() {
            lines.push(format!("  {}", derivation(data, costs, y, i)));
        }
    }
    let rounded: Vec<String> = (0..costs.years.len())
        .filter_map(|y| year_rounding(costs, y))
        .collect();
    if !rounded.is_empty() && costs.key.is_ok() {
        lines.push("Afronding per jaar".into());
        lines.extend(rounded.iter().map(|r| format!("  {r}")));
    }
    let own: Vec<String> = (0..costs.years.len())
        .flat_map(|y| own_year_line(data, costs, y, own_shares))
        .collect();
    if !own.is_empty() {
        lines.push("Eigen verdeling per jaar (artikel 8.4)".into());
        lines.extend(own.iter().map(|o| format!("  {o}")));
    }
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        lines.push("Personeel per onderdeel (fte zoals getoond × loonkosten per fte)".into());
        for year in &costs.years {
            lines.push(format!(
                "  {}: {}",
                period_label(year.year),
                parts_line(year)
            ));
        }
    }
    lines.push("Totaal per jaar".into());
    lines.extend(costs.years.iter().map(|y| format!("  {}", total_line(y))));
    if !costs.transition.is_empty() {
        lines.push(String::new());
        lines.push(
            "TRANSITIEKOSTEN PER SCENARIO (eenmalig; de bandbreedte van het niveau in het kostenprofiel, of voor het scenario zelf getypt, elke grens afgerond op hele euro's; verdeeld naar de verdeelsleutel met de grootste-restmethode)".into(),
        );
        for t in &costs.transition {
            lines.push(format!("  {}", transition_sentence(data, costs, t)));
        }
    }
    if !costs.missing.is_empty() {
        lines.push(String::new());
        lines.push("Nog niet compleet:".into());
        for m in &costs.missing {
            lines.push(format!("  - {m}"));
        }
    }
    lines
}

/// Width of a period's column in the text table.
const COLUMN: usize = 14;

/// The table: a row per participant, the total, and under it the staff,
/// the other costs and the rounding difference.
fn table_lines(data: &DataSet, costs: &Costs) -> Vec<String> {
    let name_width = costs
        .participants
        .iter()
        .map(|p| p.chars().count())
        .chain([22])
        .max()
        .unwrap_or(22)
        + 2;
    let mut header = pad(
        &crate::format::capitalised(&singular_label(&participants_label(data))),
        name_width,
    );
    header.push_str(&pad_left("Aandeel", 9));
    for year in &costs.years {
        header.push_str(&pad_left(&period_label(year.year), COLUMN));
    }
    let mut lines = vec![header];
    lines.extend(participant_lines(data, costs, name_width));
    let mut total = pad("Totaal", name_width);
    total.push_str(&pad_left("100 %", 9));
    for year in &costs.years {
        total.push_str(&pad_left(&amount(year.total_eur), COLUMN));
    }
    lines.push(total);
    lines.extend(under_total_lines(costs, name_width));
    if let Ok(Some(note)) = costs.key.as_ref().map(|k| k.note.as_ref()) {
        lines.push(format!("  Verdeelsleutel {note}."));
    }
    lines
}

/// A line per participant with their share and part per period, or the
/// one line saying why there is no distribution.
fn participant_lines(data: &DataSet, costs: &Costs, name_width: usize) -> Vec<String> {
    let shares = match &costs.key {
        Ok(shares) => shares,
        Err(why) => {
            return vec![format!(
                "  Geen verdeling per {}: {why}.",
                singular_label(&participants_label(data))
            )];
        }
    };
    let mut lines = Vec::new();
    for (i, participant) in costs.participants.iter().enumerate() {
        let mut row = pad(participant, name_width);
        row.push_str(&pad_left(
            &format!("{} %", number(shares.percents[i], 0)),
            9,
        ));
        for year in &costs.years {
            let value = year.per_participant.get(i).and_then(|p| p.total_eur);
            row.push_str(&pad_left(&amount(value), COLUMN));
        }
        lines.push(row);
    }
    lines
}

/// Under the total: the staff, the other costs and the rounding
/// difference, each where any period has it.
fn under_total_lines(costs: &Costs, name_width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut under = |label: &str, cells: Vec<String>| {
        let mut row = pad(label, name_width + 9);
        for cell in cells {
            row.push_str(&pad_left(&cell, COLUMN));
        }
        lines.push(row);
    };
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        under(
            "  waarvan personeel",
            costs.years.iter().map(|y| amount(y.staff_eur)).collect(),
        );
    }
    if costs.years.iter().any(|y| !y.other_exact.is_zero()) {
        under(
            "  waarvan overige kosten",
            costs.years.iter().map(|y| euro(y.other_eur)).collect(),
        );
    }
    if costs
        .years
        .iter()
        .any(|y| y.rounding_eur().is_some_and(|r| !r.is_zero()))
    {
        under(
            "  afronding",
            costs
                .years
                .iter()
                .map(|y| y.rounding_eur().map_or_else(String::new, euro_signed))
                .collect(),
        );
    }
    lines
}

/// "Scenario 2 Gemeenschappelijke regeling (niveau Midden–hoog): € 300.000
/// – € 600.000; Aa en Hunze € 51.000 – € 102.000, …"
pub fn transition_sentence(
    data: &DataSet,
    costs: &Costs,
    t: &crate::model::costs::ScenarioTransition,
) -> String {
    let how = match (&t.level, t.own_range) {
        (_, true) => " (eigen bandbreedte)".to_owned(),
        (Some(level), false) => format!(" (niveau {level})"),
        (None, false) => String::new(),
    };
    let label = data.scenarios[t.scenario].label();
    let Some((low, high)) = t.range_eur else {
        return format!("{label}{how}: nog geen bedragen");
    };
    let mut sentence = format!("{label}{how}: {} – {}", euro(low), euro(high));
    if !t.per_participant.is_empty() {
        let each: Vec<String> = costs
            .participants
            .iter()
            .zip(&t.per_participant)
            .map(|(p, (l, h))| format!("{p} {} – {}", euro(*l), euro(*h)))
            .collect();
        sentence.push_str(&format!("; {}", each.join(", ")));
    }
    sentence
}
