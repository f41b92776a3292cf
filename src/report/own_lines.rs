//! The assumption lines for what users add: changed scores with reasons,
//! added and hidden scenarios and criteria, tasks, growth and inhuur. Every
//! output states them, marked as the user's, beside the original.

use crate::format::{fte, money_mln};
use crate::model::compare_inputs::rule_summary;
use crate::model::explain::target_name;
use crate::model::own::tasks::{GrowthRate, GrowthTask, StaffingExtras};
use crate::model::{DataSet, Inputs};

/// "Scenario 2 – Centrumregeling op 'Uitvoerbaarheid…': Beperkt (bron:
/// Goed; reden: …)", one per changed score.
pub fn score_change_lines(data: &DataSet, inputs: &Inputs) -> Vec<String> {
    let mut lines = Vec::new();
    for (s, scenario) in inputs.scenarios.iter().enumerate() {
        for (c, change) in scenario.scores.iter().enumerate() {
            let Some(change) = change else { continue };
            let original = &data.scores[s][c];
            lines.push(format!(
                "{} op '{}': {} (bron: {}, {}; reden: {})",
                data.scenarios[s].label(),
                data.criteria[c].name,
                data.scale.levels[change.level].label,
                data.scale.levels[original.level].label,
                original.sources.join("; "),
                change.reason
            ));
        }
    }
    lines
}

/// Lines for the user's additions, as (label, text), in the order an
/// adviser reads them.
pub fn own_lines(data: &DataSet, inputs: &Inputs) -> Vec<(String, String)> {
    [
        changed_scores_line(data, inputs),
        added_scenarios_line(data, inputs),
        added_criteria_line(data, inputs),
        hidden_line(data, inputs),
        task_rules_line(data, &inputs.extras),
        growth_line(data, &inputs.extras),
        profiles_line(data, inputs),
        inhuur_line(data, &inputs.extras),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// "Gewijzigde scores": how many, and each with its source and reason.
fn changed_scores_line(data: &DataSet, inputs: &Inputs) -> Option<(String, String)> {
    let changes = score_change_lines(data, inputs);
    (!changes.is_empty()).then(|| {
        (
            "Gewijzigde scores".into(),
            format!(
                "{} (eigen wijziging): {}",
                changes.len(),
                changes.join(" · ")
            ),
        )
    })
}

/// "Toegevoegde scenario's", saying that they do not change the staffing.
fn added_scenarios_line(data: &DataSet, inputs: &Inputs) -> Option<(String, String)> {
    if inputs.added.scenarios.is_empty() {
        return None;
    }
    let names: Vec<String> = data
        .scenarios
        .iter()
        .filter(|s| s.added)
        .map(|s| s.label())
        .collect();
    Some((
        "Toegevoegde scenario's".into(),
        format!(
            "{} (eigen toevoeging, niet in het rapport; scores met reden). Een toegevoegd scenario verandert de formatie niet: in het rapport volgt de formatie uit de keuzes, niet uit het scenario.",
            names.join(" · ")
        ),
    ))
}

/// "Toegevoegde criteria", each with its weight.
fn added_criteria_line(data: &DataSet, inputs: &Inputs) -> Option<(String, String)> {
    if inputs.added.criteria.is_empty() {
        return None;
    }
    let names: Vec<String> = data
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.added)
        .map(|(i, c)| {
            format!(
                "{}. {} (gewicht {})",
                c.number,
                c.name,
                crate::format::number_trimmed(inputs.criteria[i].weight, 4)
            )
        })
        .collect();
    Some((
        "Toegevoegde criteria".into(),
        format!(
            "{} (eigen toevoeging, niet in het rapport)",
            names.join(" · ")
        ),
    ))
}

/// "Verborgen": hidden scenarios, then hidden criteria.
fn hidden_line(data: &DataSet, inputs: &Inputs) -> Option<(String, String)> {
    let hidden: Vec<String> = data
        .scenarios
        .iter()
        .zip(&inputs.hidden_scenarios())
        .filter(|(_, h)| **h)
        .map(|(s, _)| s.label())
        .chain(
            data.criteria
                .iter()
                .zip(&inputs.hidden_criteria())
                .filter(|(_, h)| **h)
                .map(|(c, _)| format!("criterium {}. {}", c.number, c.name)),
        )
        .collect();
    (!hidden.is_empty()).then(|| {
        (
            "Verborgen".into(),
            format!("{} (buiten rangorde en robuustheid)", hidden.join(" · ")),
        )
    })
}

/// "Formatie uit taken": each rule's summary and the productive hours.
fn task_rules_line(data: &DataSet, extras: &StaffingExtras) -> Option<(String, String)> {
    if extras.rules.is_empty() {
        return None;
    }
    let rules: Vec<String> = extras
        .rules
        .iter()
        .map(|rule| {
            format!(
                "{}: {}",
                target_name(data, &rule.target),
                rule_summary(rule, extras.productive_hours)
            )
        })
        .collect();
    let hours = extras.productive_hours.map_or_else(
        || "productieve uren per fte nog niet ingevuld".to_owned(),
        |h| format!("{} productieve uren per fte", crate::format::number(h, 0)),
    );
    Some((
        "Formatie uit taken".into(),
        format!("{} ({hours}; eigen toevoeging)", rules.join(" · ")),
    ))
}

/// "Groeitaken": each with its volumes and its rate.
fn growth_line(data: &DataSet, extras: &StaffingExtras) -> Option<(String, String)> {
    if extras.growth.is_empty() {
        return None;
    }
    let growth: Vec<String> = extras.growth.iter().map(|g| growth_text(data, g)).collect();
    Some((
        "Groeitaken".into(),
        format!("{} (eigen toevoeging)", growth.join(" · ")),
    ))
}

/// "Vervoer: 2027 € 3 mln, 2028 € 3 mln (fte per mln als Wmo overig)".
fn growth_text(data: &DataSet, g: &GrowthTask) -> String {
    let volumes: Vec<String> = data
        .years
        .iter()
        .zip(&g.volume_mln)
        .filter(|(y, _)| **y >= g.from_year)
        .map(|(y, v)| format!("{y} {}", money_mln(*v)))
        .collect();
    let rate = match &g.rate {
        GrowthRate::LikeSegment(s) => {
            format!("fte per mln als {}", data.segments[*s].short_name)
        }
        GrowthRate::Typed(rates) => rates
            .iter()
            .map(|(c, r)| {
                format!(
                    "{} {} fte/mln",
                    data.categories[*c].name,
                    crate::format::number_trimmed(*r, 5)
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
    };
    format!("{}: {} ({rate})", g.name, volumes.join(", "))
}

/// "Gewichten per gemeente": each participant's shares, or why it has
/// none, and how the profiles combine.
fn profiles_line(data: &DataSet, inputs: &Inputs) -> Option<(String, String)> {
    if inputs.profiles.is_empty() {
        return None;
    }
    let label = crate::model::group::participants_label(data);
    let hidden: Vec<bool> = inputs.hidden_criteria().iter().map(|h| !h).collect();
    let profiles: Vec<String> = crate::model::group::effective_profiles(data, inputs)
        .iter()
        .map(|(p, own)| {
            if !own {
                return format!("{}: gewichten van de set", p.name);
            }
            match crate::model::ranking::weight_shares(&p.weights(&hidden)) {
                Some(shares) => format!(
                    "{}: {}",
                    p.name,
                    crate::present::results::Shares::of(&shares)
                        .percents
                        .join("/")
                ),
                None => format!("{}: alle gewichten 0", p.name),
            }
        })
        .collect();
    let mean = match inputs.group_mean {
        crate::model::additions::GroupMean::Arithmetic => "rekenkundig gemiddelde",
        crate::model::additions::GroupMean::Geometric => "meetkundig gemiddelde",
    };
    Some((
        format!(
            "Gewichten per {}",
            crate::model::group::singular_label(&label)
        ),
        format!(
            "{} (per criterium in de volgorde van de gewichten; gezamenlijk: {mean})",
            profiles.join(" · ")
        ),
    ))
}

/// "Structurele inhuur": per line the category, the fte and what it is for.
fn inhuur_line(data: &DataSet, extras: &StaffingExtras) -> Option<(String, String)> {
    if extras.inhuur.is_empty() {
        return None;
    }
    let hires: Vec<String> = extras
        .inhuur
        .iter()
        .map(|h| {
            let what = if h.what.is_empty() {
                String::new()
            } else {
                format!(" ({})", h.what)
            };
            format!("{} {}{what}", data.categories[h.category].name, fte(h.fte))
        })
        .collect();
    Some((
        "Structurele inhuur".into(),
        format!("{} (eigen toevoeging)", hires.join(" · ")),
    ))
}
