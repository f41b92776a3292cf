//! The cost per scenario in words: the components as the set counts them,
//! one sentence per scenario, the rounding rule.

use super::levels::Counted;
use super::types::{ComponentLine, HorizonCosts};
use crate::format::{euro, join_and};
use crate::model::costs::component_words::range_words;
use crate::model::costs::{CostKind, tie_rule};
use crate::model::dataset::DataSet;
use crate::model::group::participants_label;

/// The rounding rule for the horizon's amounts, in words.
pub fn rule(data: &DataSet) -> String {
    format!(
        "Afronding: elk deel exact; het totaal van een scenario over de looptijd (laag, midden en hoog elk apart) één keer op hele euro's, een halve euro naar boven; de {} krijgen hun exacte deel naar beneden afgerond en de euro's die dan nog ontbreken gaan één voor één naar de grootste resten, zodat zij precies optellen tot het totaal; {}.",
        participants_label(data),
        tie_rule("euro")
    )
}

/// Every row of the cost profile (and every component of the set's own):
/// its kind, its ranges and which of its levels have none.
pub fn component_lines(
    data: &DataSet,
    counted: &[Counted],
    visible: &[usize],
) -> Vec<ComponentLine> {
    let profile = &data.cost_profile;
    let mut out = Vec::new();
    for (r, row) in profile.components.iter().enumerate() {
        match counted.iter().find(|c| c.row == Some(r)) {
            Some(c) => out.push(line(data, c, visible)),
            None => out.push(ComponentLine {
                name: row.name.clone(),
                kind: CostKind::NotInEuros,
                entered: false,
                ranges: Vec::new(),
                missing: Vec::new(),
            }),
        }
    }
    out.extend(
        counted
            .iter()
            .filter(|c| c.row.is_none())
            .map(|c| line(data, c, visible)),
    );
    out
}

fn line(data: &DataSet, c: &Counted, visible: &[usize]) -> ComponentLine {
    let mut missing: Vec<String> = Vec::new();
    if c.kind.in_euros() {
        for &s in visible {
            let (level, _, range) = super::levels::range_of(data, c, s);
            if range.is_some() {
                continue;
            }
            let what = match level {
                Some(l) => format!("niveau {l}"),
                None => data.scenarios[s].label(),
            };
            if !missing.contains(&what) {
                missing.push(what);
            }
        }
    }
    ComponentLine {
        name: c.name.clone(),
        kind: c.kind,
        entered: true,
        ranges: c.ranges.iter().map(|r| range_words(data, r)).collect(),
        missing,
    }
}

/// One sentence per scenario: "Scenario 1 – Expertisecentrum kost over
/// 2026–2030 (5 jaar) € 550.000 – € 1.150.000, in het midden € 850.000;
/// Aa en Hunze € 93.500 – € 195.500, …".
pub fn horizon_sentences(h: &HorizonCosts) -> Vec<String> {
    let without = if h.common.exact.is_none() {
        " (zonder de lasten die in elk scenario gelijk zijn)"
    } else {
        ""
    };
    h.scenarios
        .iter()
        .map(|s| {
            let mut text = format!(
                "{} kost over {} {} – {}{without}, in het midden {}",
                s.label,
                h.horizon_label,
                euro(s.low.eur),
                euro(s.high.eur),
                euro(s.middle.eur)
            );
            if !s.complete {
                text.push_str(&format!(
                    " – onvolledig: geen bandbreedte voor {}",
                    join_and(&s.missing)
                ));
            }
            if !s.low.per_participant.is_empty() {
                let each: Vec<String> = h
                    .participants
                    .iter()
                    .zip(s.low.per_participant.iter().zip(&s.high.per_participant))
                    .map(|(p, (l, hi))| format!("{p} {} – {}", euro(l.eur), euro(hi.eur)))
                    .collect();
                text.push_str(&format!("; {}", each.join(", ")));
            }
            text.push('.');
            text
        })
        .collect()
}
