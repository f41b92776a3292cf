//! Two sets' cost per scenario side by side: in sentences, what each
//! scenario costs in the middle in B against A, and per participant; and
//! as a table ([`CostComparison`]), each scenario's range and middle in
//! both and the difference.

use rust_decimal::Decimal;

use super::types::{HorizonCosts, ScenarioCost};
use crate::format::{euro, euro_difference};

/// A scenario of `h` by its label.
fn find<'a>(h: &'a HorizonCosts, label: &str) -> Option<&'a ScenarioCost> {
    h.scenarios.iter().find(|s| s.label == label)
}

/// "Scenario 2 – Centrumregeling kost over 2026–2030 (5 jaar) in het
/// midden € 1.750.000 in B tegen € 1.600.000 in A (bandbreedte € 1.300.000
/// – € 2.200.000 tegen € 1.200.000 – € 2.000.000); per gemeente in het
/// midden: Aa en Hunze +€ 25.500, …", for each scenario whose amounts
/// differ.
pub fn cost_per_scenario_differences(
    name_a: &str,
    a: &HorizonCosts,
    name_b: &str,
    b: &HorizonCosts,
) -> Vec<String> {
    let mut out = Vec::new();
    let over = if a.horizon_label == b.horizon_label {
        format!("over {}", b.horizon_label)
    } else {
        format!(
            "over {} in {name_b} en {} in {name_a}",
            b.horizon_label, a.horizon_label
        )
    };
    for sb in &b.scenarios {
        let Some(sa) = find(a, &sb.label) else {
            continue;
        };
        let same = [
            (sa.low.eur, sb.low.eur),
            (sa.middle.eur, sb.middle.eur),
            (sa.high.eur, sb.high.eur),
        ]
        .iter()
        .all(|(x, y)| x == y);
        if same {
            continue;
        }
        let mut text = format!(
            "{} kost {over} in het midden {} in {name_b} tegen {} in {name_a} (bandbreedte {} – {} tegen {} – {})",
            sb.label,
            euro(sb.middle.eur),
            euro(sa.middle.eur),
            euro(sb.low.eur),
            euro(sb.high.eur),
            euro(sa.low.eur),
            euro(sa.high.eur)
        );
        let each: Vec<String> = b
            .participants
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let j = a.participants.iter().position(|q| q == p)?;
                let vb = sb.middle.per_participant.get(i)?.eur;
                let va = sa.middle.per_participant.get(j)?.eur;
                (vb != va).then(|| format!("{p} {}", euro_difference(vb - va)))
            })
            .collect();
        if !each.is_empty() {
            text.push_str(&format!(
                "; per {} in het midden: {}",
                b.participant_word,
                each.join(", ")
            ));
        }
        out.push(text);
    }
    let cheapest = |h: &HorizonCosts| -> Option<String> {
        h.complete()
            .min_by_key(|(_, s)| s.middle.eur)
            .map(|(_, s)| s.label.clone())
    };
    if let (Some(ca), Some(cb)) = (cheapest(a), cheapest(b))
        && ca != cb
    {
        out.push(format!(
            "Goedkoopste scenario in het midden: {cb} in {name_b}, {ca} in {name_a}"
        ));
    }
    out
}

/// One scenario's cost in one set: the region's laag, midden and hoog in
/// whole euros, and whether every component has a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostSide {
    pub low_eur: Decimal,
    pub middle_eur: Decimal,
    pub high_eur: Decimal,
    pub complete: bool,
}

/// One scenario in both sets (by label); `None` on a side that does not
/// have it or counts no component in euros.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostPair {
    pub label: String,
    pub a: Option<CostSide>,
    pub b: Option<CostSide>,
}

impl CostSide {
    /// "€ 850.000 (€ 550.000 – € 1.150.000)", with ", onvolledig" when a
    /// component has no range.
    pub fn words(&self) -> String {
        format!(
            "{} ({} – {}){}",
            euro(self.middle_eur),
            euro(self.low_eur),
            euro(self.high_eur),
            if self.complete { "" } else { ", onvolledig" }
        )
    }
}

impl CostPair {
    /// The middle in B less the middle in A.
    pub fn middle_difference(&self) -> Option<Decimal> {
        Some(self.b.as_ref()?.middle_eur - self.a.as_ref()?.middle_eur)
    }

    /// A side in words, "–" where the set has no such scenario.
    pub fn side_words(side: Option<&CostSide>) -> String {
        side.map_or_else(|| "–".to_owned(), CostSide::words)
    }

    /// "+€ 300.000", "–" where a side lacks it.
    pub fn difference_words(&self) -> String {
        self.middle_difference()
            .map_or_else(|| "–".to_owned(), euro_difference)
    }
}

/// The cost per scenario of two sets side by side: each side's horizon
/// ("niet berekend" where the set counts no component in euros), a row per
/// scenario, and the inputs of the cost per scenario that differ
/// (components, horizon, budget, the draws' distribution).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostComparison {
    pub horizon_a: String,
    pub horizon_b: String,
    pub rows: Vec<CostPair>,
    /// (what, in A, in B).
    pub inputs: Vec<(String, String, String)>,
}

fn side(s: &ScenarioCost) -> CostSide {
    CostSide {
        low_eur: s.low.eur,
        middle_eur: s.middle.eur,
        high_eur: s.high.eur,
        complete: s.complete,
    }
}

/// Two sides' cost per scenario; `None` when neither counts a component
/// in euros. `inputs` are the differing inputs (`component_words`).
pub fn cost_comparison(
    a: Option<&HorizonCosts>,
    b: Option<&HorizonCosts>,
    inputs: Vec<(String, String, String)>,
) -> Option<CostComparison> {
    if a.is_none() && b.is_none() {
        return None;
    }
    let label = |h: Option<&HorizonCosts>| {
        h.map_or_else(|| "niet berekend".to_owned(), |h| h.horizon_label.clone())
    };
    let mut labels: Vec<String> = Vec::new();
    for h in [b, a].into_iter().flatten() {
        for s in &h.scenarios {
            if !labels.contains(&s.label) {
                labels.push(s.label.clone());
            }
        }
    }
    let rows = labels
        .into_iter()
        .map(|l| CostPair {
            a: a.and_then(|h| find(h, &l)).map(side),
            b: b.and_then(|h| find(h, &l)).map(side),
            label: l,
        })
        .collect();
    Some(CostComparison {
        horizon_a: label(a),
        horizon_b: label(b),
        rows,
        inputs,
    })
}
