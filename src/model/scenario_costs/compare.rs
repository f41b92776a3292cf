//! Two sets' cost per scenario side by side, in sentences: what each
//! scenario costs in the middle in B against A, and per participant.

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
