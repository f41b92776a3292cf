//! KOSTEN PER SCENARIO in the text report (the CSV's is
//! `scenario_costs_csv.rs`): the components in euros, the costs equal in
//! every scenario (once), each scenario's low – high and middle over the
//! horizon for the region and per participant, how every amount follows,
//! the Monte Carlo (P10/P50/P90, the chance of being the cheapest), and
//! value for money beside it. Every line but the heading is indented, so
//! the section reads as one block.

use super::columns::{pad, pad_left};
use crate::format::euro;
use crate::model::costs::CostKind;
use crate::model::scenario_costs::{
    Amounts, CostSample, HorizonCosts, NOT_READY, ScenarioCost, ScenarioCosts,
};

/// "€ 550.000 – € 1.150.000"
fn range(low: &Amounts, high: &Amounts) -> String {
    format!("{} – {}", euro(low.eur), euro(high.eur))
}

/// The section, line by line.
pub fn section_text(costs: &ScenarioCosts) -> Vec<String> {
    let h = &*costs.horizon;
    let mut lines = vec![
        String::new(),
        format!(
            "KOSTEN PER SCENARIO over {} (hele euro's; de onderdelen van het kostenprofiel in euro's plus de lasten die in elk scenario gelijk zijn; laag – hoog en het midden, per {} naar de verdeelsleutel)",
            h.horizon_label, h.participant_word
        ),
    ];
    lines.push(format!("  {}", h.rule));
    lines.extend(h.warnings.iter().map(|w| format!("  Let op: {w}")));
    lines.extend(h.notes.iter().map(|n| format!("  {n}")));
    lines.extend(component_lines(h));
    lines.push(format!(
        "  Lasten gelijk in elk scenario (personeel en overige kosten), over {}: {}",
        h.horizon_label,
        match &h.common.unknown {
            Some(why) => format!("onbekend ({why})"),
            None => h.common.derivation.clone(),
        }
    ));
    lines.extend(table_lines(h));
    lines.push("  Afleiding per scenario (regio)".into());
    for s in &h.scenarios {
        for (_, amount) in s.bounds() {
            lines.push(format!("    {}", amount.derivation));
        }
    }
    if h.percents.is_some() {
        lines.push(format!(
            "  Afleiding per scenario en {}",
            h.participant_word
        ));
        for s in &h.scenarios {
            for (_, amount) in s.bounds() {
                lines.extend(
                    amount
                        .per_participant
                        .iter()
                        .map(|p| format!("    {}", p.derivation)),
                );
            }
        }
    }
    lines.push("  Onzekerheid".into());
    match costs.uncertainty.ready() {
        Some(sample) => lines.extend(sample_lines(h, sample)),
        None => lines.push(format!("    {NOT_READY}")),
    }
    lines.push("  Waarde voor geld".into());
    lines.extend(costs.value.sentences.iter().map(|s| format!("    {s}")));
    if !h.missing.is_empty() {
        lines.push("  Nog niet compleet:".into());
        lines.extend(h.missing.iter().map(|m| format!("    - {m}")));
    }
    lines
}

/// Every component of the cost profile: its kind and ranges, or that it
/// stays a word.
fn component_lines(h: &HorizonCosts) -> Vec<String> {
    let mut lines = vec!["  Kostenonderdelen".to_owned()];
    for c in &h.components {
        let what = match (c.entered, c.kind) {
            (false, _) => "niet ingevuld: blijft een woord".to_owned(),
            (true, CostKind::NotInEuros) => "niet in euro's: blijft een woord".to_owned(),
            (true, kind) if c.ranges.is_empty() => format!("{}: nog geen bedragen", kind.word()),
            (true, kind) => format!("{}: {}", kind.word(), c.ranges.join("; ")),
        };
        lines.push(format!("    {} – {what}", c.name));
    }
    lines
}

/// The table: a row per scenario (region), then per scenario a row per
/// participant.
fn table_lines(h: &HorizonCosts) -> Vec<String> {
    let width = h
        .scenarios
        .iter()
        .map(|s| s.label.chars().count())
        .chain(h.participants.iter().map(|p| p.chars().count() + 2))
        .max()
        .unwrap_or(20)
        + 2;
    let mut lines = vec![format!(
        "  {}{}{}",
        pad("Scenario (regio)", width),
        pad_left("laag – hoog", 28),
        pad_left("midden", 14)
    )];
    let row = |name: &str, low: &Amounts, high: &Amounts, middle: &Amounts| {
        format!(
            "  {}{}{}",
            pad(name, width),
            pad_left(&range(low, high), 28),
            pad_left(&euro(middle.eur), 14)
        )
    };
    for s in &h.scenarios {
        lines.push(row(&s.label, &s.low, &s.high, &s.middle));
    }
    if h.percents.is_some() {
        lines.push(format!("  Per {}", h.participant_word));
        for s in &h.scenarios {
            lines.push(format!("  {}", s.label));
            lines.extend(participant_rows(h, s, width));
        }
    }
    lines
}

fn participant_rows(h: &HorizonCosts, s: &ScenarioCost, width: usize) -> Vec<String> {
    h.participants
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let (l, m, hi) = (
                s.low.per_participant.get(i)?,
                s.middle.per_participant.get(i)?,
                s.high.per_participant.get(i)?,
            );
            Some(format!(
                "    {}{}{}",
                pad(p, width - 2),
                pad_left(&format!("{} – {}", euro(l.eur), euro(hi.eur)), 28),
                pad_left(&euro(m.eur), 14)
            ))
        })
        .collect()
}

/// The Monte Carlo: how, P10/P50/P90 per scenario (region and per
/// participant), and who is cheapest how often.
fn sample_lines(h: &HorizonCosts, sample: &CostSample) -> Vec<String> {
    let mut lines: Vec<String> = sample
        .sentences
        .iter()
        .map(|s| format!("    {s}"))
        .collect();
    if h.percents.is_none() {
        return lines;
    }
    lines.push(format!("    P10 / P50 / P90 per {}:", h.participant_word));
    for (s, sampled) in h.scenarios.iter().zip(&sample.scenarios) {
        let Some(q) = sampled else { continue };
        let each: Vec<String> = h
            .participants
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                Some(format!(
                    "{p} {} / {} / {}",
                    euro(*q.p10.per_participant.get(i)?),
                    euro(*q.p50.per_participant.get(i)?),
                    euro(*q.p90.per_participant.get(i)?)
                ))
            })
            .collect();
        lines.push(format!("      {}: {}", s.label, each.join("; ")));
    }
    lines
}
