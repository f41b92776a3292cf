//! "Kosten per scenario" in the Word appendix: the components as the set
//! counts them (their ranges with source, "onbekend" where a level has
//! none), the costs equal in every scenario, a table of each scenario's
//! laag, midden and hoog for the region and one per scenario per
//! participant, the Monte Carlo (P10/P50/P90 and the chance of being the
//! cheapest, region and per participant), value for money in words, how
//! every amount follows and what is missing — the figures of the text
//! report's KOSTEN PER SCENARIO, from the same result.

use docx_rs::Docx;

use super::blocks::{bullet, heading, kept_table, table, text};
use crate::format::{join_and, number};
use crate::model::costs::CostKind;
use crate::model::scenario_costs::{
    CostSample, HorizonCosts, NOT_READY, ScenarioCost, ScenarioCosts, chance,
};

pub(super) fn scenario_costs_section(mut docx: Docx, costs: &ScenarioCosts) -> Docx {
    let h = &*costs.horizon;
    docx = docx.add_paragraph(heading(
        &format!("Kosten per scenario over {}", h.horizon_label),
        1,
    ));
    docx = docx.add_paragraph(text(&format!(
        "Hele euro's. Wat tussen de scenario's verschilt, zijn de onderdelen van het kostenprofiel in euro's; de lasten die in elk scenario gelijk zijn, tellen in elk scenario mee. Laag – hoog en het midden, per {} naar de verdeelsleutel.",
        h.participant_word
    )));
    docx = docx.add_paragraph(text(&h.rule));
    for note in &h.notes {
        docx = docx.add_paragraph(text(note));
    }
    for w in &h.warnings {
        docx = docx.add_paragraph(text(&format!("Let op: {w}")));
    }
    docx = docx.add_paragraph(text(&format!(
        "Lasten gelijk in elk scenario (personeel en overige kosten), over {}: {}.",
        h.horizon_label,
        match &h.common.unknown {
            Some(why) => format!("onbekend ({why})"),
            None => h.common.derivation.clone(),
        }
    )));
    docx = components(docx, h);
    docx = amounts(docx, h);
    docx = uncertainty(docx, h, costs.uncertainty.ready());
    docx = docx.add_paragraph(heading("Waarde voor geld", 2));
    for sentence in &costs.value.sentences {
        docx = docx.add_paragraph(bullet(sentence));
    }
    docx = derivations(docx, h);
    if !h.missing.is_empty() {
        docx = docx.add_paragraph(heading("Kosten per scenario: nog niet compleet", 2));
        for m in &h.missing {
            docx = docx.add_paragraph(bullet(m));
        }
    }
    docx
}

/// Every component: its kind and ranges (with source), which levels have
/// none ("onbekend"), or that it stays a word.
fn components(docx: Docx, h: &HorizonCosts) -> Docx {
    let rows: Vec<Vec<String>> = h
        .components
        .iter()
        .map(|c| {
            let (kind, ranges) = match (c.entered, c.kind) {
                (false, _) => ("niet ingevuld".to_owned(), "blijft een woord".to_owned()),
                (true, CostKind::NotInEuros) => {
                    (c.kind.word().to_owned(), "blijft een woord".to_owned())
                }
                (true, kind) => {
                    let mut parts = c.ranges.clone();
                    if !c.missing.is_empty() {
                        parts.push(format!("onbekend: {}", join_and(&c.missing)));
                    }
                    (kind.word().to_owned(), parts.join("; "))
                }
            };
            vec![c.name.clone(), kind, ranges]
        })
        .collect();
    docx.add_paragraph(heading("Kostenonderdelen", 2))
        .add_table(table(
            &["Onderdeel".into(), "Soort".into(), "Bandbreedtes".into()],
            &rows,
            &[3, 2, 6],
        ))
}

/// The scenario's label, and what it lacks when incomplete.
fn label(s: &ScenarioCost) -> String {
    if s.complete {
        s.label.clone()
    } else {
        format!(
            "{} (onvolledig: {} onbekend)",
            s.label,
            join_and(&s.missing)
        )
    }
}

/// The amounts: the region's per scenario, then per scenario each
/// participant's.
fn amounts(mut docx: Docx, h: &HorizonCosts) -> Docx {
    let titles = |first: String| {
        vec![
            first,
            "Laag (€)".to_owned(),
            "Midden (€)".to_owned(),
            "Hoog (€)".to_owned(),
        ]
    };
    let rows: Vec<Vec<String>> = h
        .scenarios
        .iter()
        .map(|s| {
            vec![
                label(s),
                number(s.low.eur, 0),
                number(s.middle.eur, 0),
                number(s.high.eur, 0),
            ]
        })
        .collect();
    docx = docx
        .add_paragraph(heading("Kosten per scenario (regio)", 2))
        .add_table(kept_table(&titles("Scenario".into()), &rows, &[5, 3, 3, 3]));
    if h.percents.is_none() {
        return docx;
    }
    docx = docx.add_paragraph(heading(
        &format!("Kosten per scenario en {}", h.participant_word),
        2,
    ));
    for s in &h.scenarios {
        let rows: Vec<Vec<String>> = h
            .participants
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                Some(vec![
                    p.clone(),
                    number(s.low.per_participant.get(i)?.eur, 0),
                    number(s.middle.per_participant.get(i)?.eur, 0),
                    number(s.high.per_participant.get(i)?.eur, 0),
                ])
            })
            .collect();
        docx = docx.add_paragraph(text("")).add_table(kept_table(
            &titles(s.label.clone()),
            &rows,
            &[5, 3, 3, 3],
        ));
    }
    docx
}

/// The Monte Carlo: how it drew (seed, draws), P10/P50/P90 and the chance
/// of being the cheapest for the region and per participant.
fn uncertainty(mut docx: Docx, h: &HorizonCosts, sample: Option<&CostSample>) -> Docx {
    docx = docx.add_paragraph(heading("Onzekerheid (trekkingen)", 2));
    let Some(sample) = sample else {
        return docx.add_paragraph(text(NOT_READY));
    };
    if let Some(method) = sample.sentences.first() {
        docx = docx.add_paragraph(text(method));
    }
    let titles = |first: String| {
        vec![
            first,
            "P10 (€)".to_owned(),
            "P50 (€)".to_owned(),
            "P90 (€)".to_owned(),
            "Kans goedkoopst".to_owned(),
        ]
    };
    let row = |name: String, q: [rust_decimal::Decimal; 3], c: Option<f64>| {
        vec![
            name,
            number(q[0], 0),
            number(q[1], 0),
            number(q[2], 0),
            c.map_or_else(|| "–".to_owned(), chance),
        ]
    };
    let sampled: Vec<(&ScenarioCost, usize)> = h
        .scenarios
        .iter()
        .enumerate()
        .filter(|(s, _)| sample.scenarios[*s].is_some())
        .map(|(s, scenario)| (scenario, s))
        .collect();
    let rows: Vec<Vec<String>> = sampled
        .iter()
        .filter_map(|&(scenario, s)| {
            let q = sample.scenarios[s].as_ref()?;
            Some(row(
                scenario.label.clone(),
                [q.p10.eur, q.p50.eur, q.p90.eur],
                sample.cheapest[s],
            ))
        })
        .collect();
    docx = docx.add_table(kept_table(
        &titles("Scenario".into()),
        &rows,
        &[5, 3, 3, 3, 3],
    ));
    if h.percents.is_some() {
        for &(scenario, s) in &sampled {
            let Some(q) = sample.scenarios[s].as_ref() else {
                continue;
            };
            let rows: Vec<Vec<String>> = h
                .participants
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let each = [
                        *q.p10.per_participant.get(i)?,
                        *q.p50.per_participant.get(i)?,
                        *q.p90.per_participant.get(i)?,
                    ];
                    let c = sample.cheapest_per_participant.get(i)?[s];
                    Some(row(p.clone(), each, c))
                })
                .collect();
            docx = docx.add_paragraph(text("")).add_table(kept_table(
                &titles(scenario.label.clone()),
                &rows,
                &[5, 3, 3, 3, 3],
            ));
        }
    }
    // The chances in words (the tables above hold the P-values).
    docx = docx.add_paragraph(text(""));
    for sentence in sample.sentences.iter().skip(1) {
        if !h.scenarios.iter().any(|s| sentence.starts_with(&s.label)) {
            docx = docx.add_paragraph(bullet(sentence));
        }
    }
    docx
}

/// How every amount follows, region and per participant, as the other
/// derivations of the appendix.
fn derivations(mut docx: Docx, h: &HorizonCosts) -> Docx {
    docx = docx.add_paragraph(heading("Kosten per scenario: afleiding", 2));
    for s in &h.scenarios {
        for (_, amount) in s.bounds() {
            docx = docx.add_paragraph(bullet(&amount.derivation));
        }
    }
    for s in &h.scenarios {
        for (_, amount) in s.bounds() {
            for p in &amount.per_participant {
                docx = docx.add_paragraph(bullet(&p.derivation));
            }
        }
    }
    docx
}
