//! Value for money in words: each scenario's score beside its cost, the
//! scenarios dearer and lower-valued than another ("Scenario 3 kost in het
//! midden € 275.000 meer dan Scenario 2 en scoort 0,60 lager"), those on
//! the frontier, and first in value within a budget.

use super::sample_text::chance;
use super::types::{BudgetChances, Dominance, HorizonCosts, ValueForMoney, ValuePoint, Weighing};
use crate::format::{euro, join_and, number};
use crate::model::ranking::Ranking;

/// "Scenario 3 – … kost in het midden € 275.000 meer dan Scenario 2 – … en
/// scoort 0,60 lager (duurder in 97 % van de trekkingen)"; for a
/// participant: "… kost Assen in het midden …".
pub fn dominance_sentence(h: &HorizonCosts, d: &Dominance, whose: Option<&str>) -> String {
    let whom = whose.map(|w| format!(" {w}")).unwrap_or_default();
    let mut text = format!(
        "{} kost{whom} in het midden {} meer dan {} en scoort {} lager",
        h.scenarios[d.dearer].label,
        euro(d.more_eur),
        h.scenarios[d.than].label,
        number(d.lower_score, 2)
    );
    if let Some(c) = d.chance_dearer {
        text.push_str(&format!(" (duurder in {} van de trekkingen)", chance(c)));
    }
    text
}

/// The frontier: the points no other point beats on both cost and score,
/// cheapest first.
fn frontier<'a>(points: &'a [ValuePoint], dominated: &[Dominance]) -> Vec<&'a ValuePoint> {
    let mut out: Vec<&ValuePoint> = points
        .iter()
        .filter(|p| !dominated.iter().any(|d| d.dearer == p.at))
        .collect();
    out.sort_by_key(|p| p.middle_eur);
    out
}

/// The value-for-money sentences of the region and of each participant.
pub fn value_sentences(h: &HorizonCosts, ranking: &Ranking, v: &ValueForMoney) -> Vec<String> {
    if let Some(why) = ranking.absent_reason() {
        return vec![format!("Waarde voor geld: {}", why.to_lowercase())];
    }
    if v.points.len() < 2 {
        return vec![
            "Waarde voor geld: er zijn geen twee volledige scenario's met een score om naast elkaar te zetten."
                .into(),
        ];
    }
    let mut sorted: Vec<&ValuePoint> = v.points.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.score));
    let each: Vec<String> = sorted
        .iter()
        .map(|p| {
            format!(
                "{} scoort {} bij {} – {} (midden {})",
                h.scenarios[p.at].label,
                number(p.score, 2),
                euro(p.low_eur),
                euro(p.high_eur),
                euro(p.middle_eur)
            )
        })
        .collect();
    let mut out = vec![format!(
        "Waarde voor geld (gewogen score bij de huidige gewichten naast de kosten over {}; kosten en criteria blijven gescheiden): {}.",
        h.horizon_label,
        each.join("; ")
    )];
    if v.dominated.is_empty() {
        out.push(
            "Geen scenario is in het midden duurder én lager gewaardeerd dan een ander: wie meer wil, betaalt meer."
                .into(),
        );
    } else {
        out.extend(v.dominated.iter().map(|d| format!("{}.", d.sentence)));
    }
    let best: Vec<String> = frontier(&v.points, &v.dominated)
        .iter()
        .map(|p| h.scenarios[p.at].label.clone())
        .collect();
    out.push(format!(
        "Niet duurder én lager gewaardeerd dan een ander (van goedkoop naar duur, elk volgend scenario kost meer en scoort hoger): {}.",
        join_and(&best)
    ));
    for p in &v.participants {
        if p.dominated.is_empty() {
            out.push(format!(
                "{} (eigen weging, eigen aandeel): geen scenario is duurder én lager gewaardeerd dan een ander.",
                p.name
            ));
        } else {
            let each: Vec<String> = p.dominated.iter().map(|d| d.sentence.clone()).collect();
            out.push(format!(
                "{} (eigen weging, eigen aandeel): {}.",
                p.name,
                each.join("; ")
            ));
        }
    }
    out
}

/// First in value and within the budget, per scenario.
pub fn budget_sentences(
    h: &HorizonCosts,
    b: &BudgetChances,
    ready: bool,
    weighing: &Weighing,
) -> Vec<String> {
    let source = h
        .budget
        .as_ref()
        .map(|a| a.source.trim())
        .filter(|s| !s.is_empty())
        .map(|s| format!(" (bron: {s})"))
        .unwrap_or_default();
    let without = if h.common.exact.is_none() {
        ", zonder de lasten die in elk scenario gelijk zijn (onbekend)"
    } else {
        ""
    };
    let mut out = vec![format!(
        "Budget {} voor de regio over {}{source}{without}. Hoe vaak een scenario eerste is in waarde én binnen het budget blijft: de gewichten en de kosten worden los van elkaar getrokken, dus de kans op beide is het product van de twee kansen.",
        euro(b.budget_eur),
        h.horizon_label
    )];
    if !ready {
        out.push(super::types::NOT_READY.to_owned());
        return out;
    }
    let band = weighing.group.and_then(|g| g.band_smaa.as_ref()).is_some();
    for row in &b.rows {
        let within = row.within.unwrap_or(0.0);
        let mut parts = vec![format!(
            "bij de huidige gewichten {}",
            chance(row.both_now.unwrap_or(0.0))
        )];
        if let Some(both) = row.both_smaa {
            parts.push(format!("zonder vaste gewichten (SMAA-2) {}", chance(both)));
        }
        if let (true, Some(both)) = (band, row.both_band) {
            parts.push(format!(
                "binnen de bandbreedte van de eigen wegingen (band-SMAA) {}",
                chance(both)
            ));
        }
        out.push(format!(
            "{}: binnen het budget in {} van de trekkingen; eerste in waarde en binnen het budget: {}.",
            h.scenarios[row.at].label,
            chance(within),
            parts.join(", ")
        ));
    }
    out
}
