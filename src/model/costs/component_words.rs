//! The cost profile's components in euros, the horizon, the budget and the
//! distribution as inputs, in words: for the assumption lines of every
//! output and for the comparison of two sets.

use crate::model::additions::costs::{
    ComponentCosts, CostInputs, CostRange, Distribution, Horizon, RangeFor,
};
use crate::model::dataset::DataSet;

use super::derivation::euro_exact;

/// "Laag–midden € 100.000 – € 200.000 (modus € 150.000; bron: …)".
pub fn range_words(data: &DataSet, r: &CostRange) -> String {
    let what = match r.on {
        RangeFor::Level(l) => data.cost_profile.levels.get(l).cloned().unwrap_or_default(),
        RangeFor::Scenario(s) => data.scenarios.get(s).map(|x| x.label()).unwrap_or_default(),
    };
    let mut extra = Vec::new();
    if let Some(m) = r.mode_eur {
        extra.push(format!("modus {}", euro_exact(m)));
    }
    if !r.source.trim().is_empty() {
        extra.push(format!("bron: {}", r.source.trim()));
    }
    let mut text = format!(
        "{what} {} – {}",
        euro_exact(r.low_eur),
        euro_exact(r.high_eur)
    );
    if !extra.is_empty() {
        text.push_str(&format!(" ({})", extra.join("; ")));
    }
    text
}

/// The component's name: its row's, or the set's own.
pub fn component_name(data: &DataSet, c: &ComponentCosts) -> String {
    c.component
        .and_then(|r| data.cost_profile.components.get(r))
        .map_or_else(|| c.name.clone(), |r| r.name.clone())
}

/// "Structurele uitvoeringskosten, per jaar: Laag–midden € 100.000 –
/// € 200.000 (bron: …); …", or "…: niet in euro's".
pub fn component_text(data: &DataSet, c: &ComponentCosts) -> String {
    let ranges: Vec<String> = c.ranges.iter().map(|r| range_words(data, r)).collect();
    let name = component_name(data, c);
    if ranges.is_empty() {
        format!("{name}, {}", c.kind.word())
    } else {
        format!("{name}, {}: {}", c.kind.word(), ranges.join("; "))
    }
}

/// "2026–2030 (5 jaar)", or how it follows when not typed.
pub fn horizon_text(data: &DataSet, h: Option<Horizon>) -> String {
    match (h, data.years.first(), data.years.last()) {
        (Some(h), _, _) if h.years == 1 => format!("{} (1 jaar)", h.start),
        (Some(h), _, _) => format!("{}–{} ({} jaar)", h.start, h.end(), h.years),
        (None, Some(first), Some(last)) => {
            format!("niet ingevuld: de jaren van de formatie, {first}–{last}")
        }
        _ => "niet ingevuld: één jaar".to_owned(),
    }
}

fn distribution_text(d: Distribution) -> &'static str {
    match d {
        Distribution::Uniform => "gelijkmatig tussen laag en hoog",
        Distribution::Triangular => {
            "driehoeksverdeling tussen laag en hoog, met de modus (het midden waar geen modus is getypt)"
        }
    }
}

fn budget_text(c: &CostInputs) -> String {
    c.budget.as_ref().map_or_else(
        || "niet ingevuld".to_owned(),
        |b| {
            let source = b.source.trim();
            if source.is_empty() {
                euro_exact(b.eur)
            } else {
                format!("{} (bron: {source})", euro_exact(b.eur))
            }
        },
    )
}

/// Whether the inputs count the cost per scenario at all.
fn counts_scenarios(c: &CostInputs) -> bool {
    !c.components.is_empty() || c.transition.is_some()
}

/// The assumption lines of the cost per scenario, as (label, text).
pub fn assumption_lines(data: &DataSet, c: &CostInputs) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    if !c.components.is_empty() {
        let each: Vec<String> = c
            .components
            .iter()
            .map(|x| component_text(data, x))
            .collect();
        lines.push(("Kostenonderdelen in euro's".to_owned(), each.join(" | ")));
    }
    if counts_scenarios(c) || c.horizon.is_some() {
        lines.push(("Looptijd".to_owned(), horizon_text(data, c.horizon)));
    }
    if c.budget.is_some() {
        lines.push(("Budget".to_owned(), budget_text(c)));
    }
    if counts_scenarios(c) {
        lines.push((
            "Trekkingen kosten".to_owned(),
            distribution_text(c.distribution).to_owned(),
        ));
    }
    lines
}

/// What differs between two sets' components, horizon, budget and
/// distribution, as (subject, a, b).
pub fn input_differences(
    data_a: &DataSet,
    a: &CostInputs,
    data_b: &DataSet,
    b: &CostInputs,
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut push = |subject: String, va: String, vb: String| {
        if va != vb {
            out.push((subject, va, vb));
        }
    };
    let texts = |data: &DataSet, c: &CostInputs| -> Vec<(String, String)> {
        c.components
            .iter()
            .map(|x| (component_name(data, x), component_text(data, x)))
            .collect()
    };
    let (ta, tb) = (texts(data_a, a), texts(data_b, b));
    let mut names: Vec<String> = ta.iter().map(|(n, _)| n.clone()).collect();
    names.extend(
        tb.iter()
            .map(|(n, _)| n.clone())
            .filter(|n| !ta.iter().any(|(m, _)| m == n)),
    );
    for name in names {
        let find = |t: &[(String, String)]| {
            t.iter()
                .find(|(n, _)| *n == name)
                .map_or_else(|| "niet ingevuld".to_owned(), |(_, x)| x.clone())
        };
        push(format!("Kostenonderdeel '{name}'"), find(&ta), find(&tb));
    }
    push(
        "Looptijd".into(),
        horizon_text(data_a, a.horizon),
        horizon_text(data_b, b.horizon),
    );
    push("Budget".into(), budget_text(a), budget_text(b));
    push(
        "Trekkingen kosten".into(),
        distribution_text(a.distribution).into(),
        distribution_text(b.distribution).into(),
    );
    out
}
