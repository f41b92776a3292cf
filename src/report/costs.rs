//! LASTEN PER GEMEENTE in the text report and the CSV: each participant's
//! part per year in whole euros (adding up exactly to the total), how each
//! amount follows, the staffing priced part by part, the transition range
//! of each scenario, and what is still missing.

use rust_decimal::Decimal;

use super::csv_line::csv_line;
use super::{pad, pad_left};
use crate::format::{euro, number, whole_ascii};
use crate::model::DataSet;
use crate::model::costs::{Costs, derivation, period_label};
use crate::model::group::{participants_label, singular_label};

pub use crate::model::costs::words::costs_heading as heading;

fn amount(value: Option<Decimal>) -> String {
    value.map_or_else(|| "onbekend".into(), euro)
}

/// The section of the text report, line by line.
pub fn costs_text(data: &DataSet, costs: &Costs) -> Vec<String> {
    let mut lines = vec![format!(
        "{} (hele euro's; personeel = fte × loonkosten per fte, plus overige kosten, verdeeld naar de verdeelsleutel; de delen tellen precies op tot het totaal)",
        heading(data).to_uppercase()
    )];
    let name_width = costs
        .participants
        .iter()
        .map(|p| p.chars().count())
        .chain([22])
        .max()
        .unwrap_or(22)
        + 2;
    let column = 14;
    let mut header = pad(
        &crate::format::capitalised(&singular_label(&participants_label(data))),
        name_width,
    );
    header.push_str(&pad_left("Aandeel", 9));
    for year in &costs.years {
        header.push_str(&pad_left(&period_label(year.year), column));
    }
    lines.push(header);
    match &costs.key {
        Ok(shares) => {
            for (i, participant) in costs.participants.iter().enumerate() {
                let mut row = pad(participant, name_width);
                row.push_str(&pad_left(
                    &format!("{} %", number(shares.percents[i], 0)),
                    9,
                ));
                for year in &costs.years {
                    let value = year.per_participant.get(i).and_then(|p| p.total_eur);
                    row.push_str(&pad_left(&amount(value), column));
                }
                lines.push(row);
            }
        }
        Err(why) => lines.push(format!(
            "  Geen verdeling per {}: {why}.",
            singular_label(&participants_label(data))
        )),
    }
    let mut total = pad("Totaal", name_width);
    total.push_str(&pad_left("100 %", 9));
    for year in &costs.years {
        total.push_str(&pad_left(&amount(year.total_eur), column));
    }
    lines.push(total);
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        let mut staff = pad("  waarvan personeel", name_width + 9);
        for year in &costs.years {
            staff.push_str(&pad_left(&amount(year.staff_eur), column));
        }
        lines.push(staff);
    }
    if costs.years.iter().any(|y| !y.other_eur.is_zero()) {
        let mut other = pad("  waarvan overige kosten", name_width + 9);
        for year in &costs.years {
            other.push_str(&pad_left(&euro(year.other_eur), column));
        }
        lines.push(other);
    }
    if let Ok(Some(note)) = costs.key.as_ref().map(|k| k.note.as_ref()) {
        lines.push(format!("  Verdeelsleutel {note}."));
    }
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
    if costs.years.iter().any(|y| !y.parts.is_empty()) {
        lines.push("Personeel per onderdeel (fte zoals getoond × loonkosten per fte)".into());
        for year in &costs.years {
            let each: Vec<String> = year
                .parts
                .iter()
                .map(|p| match (p.wage, p.cost()) {
                    (Some(w), Some(c)) => format!(
                        "{} {} fte × {} = {}",
                        p.label,
                        number(p.fte, 2),
                        euro(w),
                        euro(c)
                    ),
                    _ => format!("{} {} fte × loonkosten onbekend", p.label, number(p.fte, 2)),
                })
                .collect();
            lines.push(format!(
                "  {}: {}",
                period_label(year.year),
                each.join("; ")
            ));
        }
    }
    if !costs.transition.is_empty() {
        lines.push(String::new());
        lines.push(
            "TRANSITIEKOSTEN PER SCENARIO (eenmalig; de bandbreedte van het niveau in het kostenprofiel, of voor het scenario zelf getypt; verdeeld naar de verdeelsleutel)".into(),
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

/// The same for the CSV: a row per participant and year with the amounts
/// as numbers and the derivation, a total row per year, then the
/// transition ranges per scenario and participant.
pub fn costs_csv(data: &DataSet, costs: &Costs) -> String {
    let whole = whole_ascii;
    let maybe = |v: Option<Decimal>| v.map(whole).unwrap_or_default();
    let who = crate::format::capitalised(&singular_label(&participants_label(data)));
    let mut out = csv_line(&[format!("{} (hele euro's)", heading(data))]);
    out.push_str(&csv_line(&[
        who.clone(),
        "Jaar".into(),
        "Aandeel (%)".into(),
        "Personeel (euro)".into(),
        "Overige kosten (euro)".into(),
        "Totaal (euro)".into(),
        "Afleiding".into(),
    ]));
    for (y, year) in costs.years.iter().enumerate() {
        if let Ok(shares) = &costs.key {
            for (i, part) in year.per_participant.iter().enumerate() {
                out.push_str(&csv_line(&[
                    costs.participants[i].clone(),
                    period_label(year.year),
                    whole(shares.percents[i]),
                    maybe(part.staff_eur),
                    whole(part.other_eur),
                    maybe(part.total_eur),
                    derivation(data, costs, y, i),
                ]));
            }
        }
        out.push_str(&csv_line(&[
            "Totaal".into(),
            period_label(year.year),
            "100".into(),
            maybe(year.staff_eur),
            whole(year.other_eur),
            maybe(year.total_eur),
            String::new(),
        ]));
    }
    if !costs.transition.is_empty() {
        out.push_str(&csv_line(&[
            "Transitiekosten: scenario".into(),
            "Niveau".into(),
            who,
            "Laag (euro)".into(),
            "Hoog (euro)".into(),
        ]));
        for t in &costs.transition {
            let label = data.scenarios[t.scenario].label();
            let level = if t.own_range {
                "eigen bandbreedte".to_owned()
            } else {
                t.level.clone().unwrap_or_default()
            };
            let (low, high) = t.range_eur.unzip();
            out.push_str(&csv_line(&[
                label.clone(),
                level.clone(),
                "Totaal".into(),
                maybe(low),
                maybe(high),
            ]));
            for (p, (l, h)) in costs.participants.iter().zip(&t.per_participant) {
                out.push_str(&csv_line(&[
                    label.clone(),
                    level.clone(),
                    p.clone(),
                    whole(*l),
                    whole(*h),
                ]));
            }
        }
    }
    for m in &costs.missing {
        out.push_str(&csv_line(&[format!("Nog niet compleet: {m}")]));
    }
    out
}
