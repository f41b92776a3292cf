//! The inputs that differ between two sets, in words: weights, choices,
//! volumes, scores (with the reason), added and hidden scenarios and
//! criteria, tasks, growth, inhuur, the fit and the supervision block.
//! Scenarios and criteria are matched by id, so two sets that add different
//! ones can be compared.

use rust_decimal::Decimal;

use super::dataset::DataSet;
use super::inputs::{Combine, FitChoice, Inputs, Supervision};
use super::own::extended;
use super::own::tasks::{
    GrowthRate, GrowthTask, StaffingExtras, TaskCombine, TaskTarget, rule_figure,
};
use super::ranking::weight_shares;
use crate::format::{fte, money_mln, number_trimmed, percents_whole};

/// One input that differs between two sets: what, and its value in each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDifference {
    /// "Gewicht Onafhankelijk toezicht", "Volume Wmo overig 2028".
    pub subject: String,
    pub a: String,
    pub b: String,
}

impl InputDifference {
    /// "Gewicht Onafhankelijk toezicht 30 % (was 20 %)": `b` is the new value.
    pub fn as_change(&self) -> String {
        format!("{} {} (was {})", self.subject, self.b, self.a)
    }
}

/// "volumeregel" or "rollen 5,80 fte (het grootste telt)".
pub fn supervision_summary(supervision: &Supervision) -> String {
    match supervision {
        Supervision::VolumeRule => "volumeregel van het rapport".into(),
        Supervision::Roles(r) => format!(
            "{} rollen, samen {} ({})",
            r.roles.len(),
            fte(r.total_fte()),
            match r.combine {
                Combine::Replace => "vervangen de volumeregel",
                Combine::Larger => "het grootste van rollen en volumeregel telt",
            }
        ),
    }
}

const ABSENT: &str = "niet aanwezig";

/// The inputs that differ between `a` and `b`; `base` is the data as
/// loaded (each side adds its own scenarios and criteria to it).
pub fn input_differences(base: &DataSet, a: &Inputs, b: &Inputs) -> Vec<InputDifference> {
    let (data_a, data_b) = (extended(base, a), extended(base, b));
    let mut out = Vec::new();
    let mut push = |subject: String, a: String, b: String| {
        out.push(InputDifference { subject, a, b });
    };
    presence_differences(&data_a, &data_b, &mut push);
    criterion_differences((&data_a, a), (&data_b, b), &mut push);
    scenario_differences((&data_a, a), (&data_b, b), &mut push);
    selection_differences(base, a, b, &mut push);
    method_differences(base, a, b, &mut push);
    extras_differences(base, &a.extras, &b.extras, &mut push);
    profile_differences(&data_a, &data_b, a, b, &mut push);
    for (subject, va, vb) in
        super::costs::words::input_differences(&data_a, &a.costs, &data_b, &b.costs)
    {
        push(subject, va, vb);
    }
    out
}

/// Scenarios and criteria present in one set only: first what `b` adds,
/// then what only `a` has.
fn presence_differences(
    data_a: &DataSet,
    data_b: &DataSet,
    push: &mut impl FnMut(String, String, String),
) {
    for (data, other, present_in_b) in [(data_b, data_a, true), (data_a, data_b, false)] {
        let mut push_present = |subject: String, name: &str| {
            let value = format!("toegevoegd: {name}");
            if present_in_b {
                push(subject, ABSENT.to_owned(), value);
            } else {
                push(subject, value, ABSENT.to_owned());
            }
        };
        for scenario in data
            .scenarios
            .iter()
            .filter(|s| other.scenario_index(&s.id).is_none())
        {
            push_present(
                format!("Scenario '{}'", scenario.short_name),
                &scenario.name,
            );
        }
        for criterion in data
            .criteria
            .iter()
            .filter(|c| other.criterion_index(&c.id).is_none())
        {
            push_present(format!("Criterium '{}'", criterion.name), &criterion.name);
        }
    }
}

/// "verborgen" or "zichtbaar".
fn visibility(hidden: bool) -> String {
    if hidden { "verborgen" } else { "zichtbaar" }.to_owned()
}

/// Per criterion both sets have: its weight (as typed and as a share of
/// the visible total, "2 (33 %)") and whether it is hidden.
fn criterion_differences(
    (data_a, a): (&DataSet, &Inputs),
    (data_b, b): (&DataSet, &Inputs),
    push: &mut impl FnMut(String, String, String),
) {
    let show = |w: &[Decimal], hidden: &[bool], c: usize| {
        let visible: Vec<Decimal> = w
            .iter()
            .zip(hidden)
            .map(|(&w, &h)| if h { Decimal::ZERO } else { w })
            .collect();
        let share = weight_shares(&visible)
            .map(|s| percents_whole(&s)[c].clone())
            .unwrap_or_else(|| "–".into());
        format!("{} ({share})", number_trimmed(w[c], 4))
    };
    for (ca, criterion) in data_a.criteria.iter().enumerate() {
        let Some(cb) = data_b.criterion_index(&criterion.id) else {
            continue;
        };
        if a.criteria[ca].weight != b.criteria[cb].weight {
            push(
                format!("Gewicht {}", criterion.name),
                show(&a.weights(), &a.hidden_criteria(), ca),
                show(&b.weights(), &b.hidden_criteria(), cb),
            );
        }
        if a.criteria[ca].hidden != b.criteria[cb].hidden {
            push(
                format!("Criterium '{}'", criterion.name),
                visibility(a.criteria[ca].hidden),
                visibility(b.criteria[cb].hidden),
            );
        }
    }
}

/// Per scenario both sets have: whether it is hidden, and its score on
/// each criterion both have (a changed score with its reason).
fn scenario_differences(
    (data_a, a): (&DataSet, &Inputs),
    (data_b, b): (&DataSet, &Inputs),
    push: &mut impl FnMut(String, String, String),
) {
    let level = |i: &Inputs, data: &DataSet, s: usize, c: usize| {
        let change = i.scenarios[s].scores[c].as_ref();
        let level = change.map_or(data.scores[s][c].level, |x| x.level);
        let label = data.scale.levels[level].label.clone();
        match change {
            Some(x) => (level, format!("{label} (reden: {})", x.reason)),
            None => (level, label),
        }
    };
    for (sa, scenario) in data_a.scenarios.iter().enumerate() {
        let Some(sb) = data_b.scenario_index(&scenario.id) else {
            continue;
        };
        if a.scenarios[sa].hidden != b.scenarios[sb].hidden {
            push(
                format!("Scenario '{}'", scenario.short_name),
                visibility(a.scenarios[sa].hidden),
                visibility(b.scenarios[sb].hidden),
            );
        }
        for (ca, criterion) in data_a.criteria.iter().enumerate() {
            let Some(cb) = data_b.criterion_index(&criterion.id) else {
                continue;
            };
            let (la, ta) = level(a, data_a, sa, ca);
            let (lb, tb) = level(b, data_b, sb, cb);
            if la != lb {
                push(
                    format!("Score {} op '{}'", scenario.label(), criterion.name),
                    ta,
                    tb,
                );
            }
        }
    }
}

/// The options chosen and the planning volumes per segment and year.
fn selection_differences(
    base: &DataSet,
    a: &Inputs,
    b: &Inputs,
    push: &mut impl FnMut(String, String, String),
) {
    for (c, choice) in base.choices.iter().enumerate() {
        if a.selection[c] != b.selection[c] {
            push(
                choice.label.clone(),
                choice.options[a.selection[c]].label.clone(),
                choice.options[b.selection[c]].label.clone(),
            );
        }
    }
    for (s, segment) in base.segments.iter().enumerate() {
        for (y, year) in base.years.iter().enumerate() {
            let (va, vb) = (a.volumes_mln[s][y], b.volumes_mln[s][y]);
            if va != vb {
                push(
                    format!("Volume {} {year}", segment.short_name),
                    money_mln(va),
                    money_mln(vb),
                );
            }
        }
    }
}

/// How the ratios are fitted and how the supervision block is staffed.
fn method_differences(
    base: &DataSet,
    a: &Inputs,
    b: &Inputs,
    push: &mut impl FnMut(String, String, String),
) {
    if a.fit != b.fit {
        let word = |fit: FitChoice| match fit {
            FitChoice::Corrected => "gecorrigeerd voor de vermoedelijke drukfout".to_owned(),
            FitChoice::AllCells => "alle cellen zoals gedrukt".to_owned(),
        };
        push(
            "Afleiding van de verhoudingen".into(),
            word(a.fit),
            word(b.fit),
        );
    }
    if a.supervision != b.supervision {
        push(
            base.supervision_block
                .as_ref()
                .map_or("Toezicht", |b| b.label.as_str())
                .to_owned(),
            supervision_summary(&a.supervision),
            supervision_summary(&b.supervision),
        );
    }
}

/// Profiles per participant (by name), and how they combine.
fn profile_differences(
    data_a: &DataSet,
    data_b: &DataSet,
    a: &Inputs,
    b: &Inputs,
    push: &mut impl FnMut(String, String, String),
) {
    use super::group::effective_profiles;
    let words = |data: &DataSet, inputs: &Inputs| -> Vec<(String, String)> {
        let hidden: Vec<bool> = inputs.hidden_criteria().iter().map(|h| !h).collect();
        effective_profiles(data, inputs)
            .into_iter()
            .map(|(p, own)| {
                let shares = weight_shares(&p.weights(&hidden));
                let text = match (own, shares) {
                    (false, _) => "gewichten van de set".to_owned(),
                    (true, None) => "alle gewichten 0".to_owned(),
                    (true, Some(s)) => data
                        .criteria
                        .iter()
                        .zip(percents_whole(&s))
                        .map(|(c, pct)| format!("{} {pct}", c.id))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                (p.name, text)
            })
            .collect()
    };
    let (pa, pb) = (words(data_a, a), words(data_b, b));
    for (name, text_b) in &pb {
        let text_a = pa
            .iter()
            .find(|(n, _)| n == name)
            .map_or_else(|| "geen profiel".to_owned(), |(_, t)| t.clone());
        if text_a != *text_b {
            push(format!("Gewichten {name}"), text_a, text_b.clone());
        }
    }
    for (name, text_a) in &pa {
        if !pb.iter().any(|(n, _)| n == name) {
            push(
                format!("Gewichten {name}"),
                text_a.clone(),
                "geen profiel".into(),
            );
        }
    }
    if a.group_mean != b.group_mean {
        let word = |m: super::additions::GroupMean| match m {
            super::additions::GroupMean::Arithmetic => "rekenkundig gemiddelde".to_owned(),
            super::additions::GroupMean::Geometric => "meetkundig gemiddelde".to_owned(),
        };
        push(
            "Gezamenlijk profiel".into(),
            word(a.group_mean),
            word(b.group_mean),
        );
    }
}

/// Productive hours, task rules, growth tasks and inhuur.
fn extras_differences(
    data: &DataSet,
    a: &StaffingExtras,
    b: &StaffingExtras,
    push: &mut impl FnMut(String, String, String),
) {
    if a.productive_hours != b.productive_hours {
        let show = |h: Option<Decimal>| {
            h.map_or("niet ingevuld".to_owned(), |h| {
                format!("{} uur", number_trimmed(h, 0))
            })
        };
        push(
            "Productieve uren per fte".into(),
            show(a.productive_hours),
            show(b.productive_hours),
        );
    }
    let rules = |x: &StaffingExtras| {
        x.rules
            .iter()
            .map(|rule| {
                let target = match &rule.target {
                    TaskTarget::Category(c) => data.categories[*c].name.clone(),
                    TaskTarget::Role(name) => format!("rol {name}"),
                };
                (target, rule_summary(rule, x.productive_hours))
            })
            .collect::<Vec<_>>()
    };
    named_differences("Taken", &rules(a), &rules(b), push);
    let growth = |x: &StaffingExtras| {
        x.growth
            .iter()
            .map(|g| (g.name.clone(), growth_summary(data, g)))
            .collect::<Vec<_>>()
    };
    named_differences("Groeitaak", &growth(a), &growth(b), push);
    let inhuur = |x: &StaffingExtras| {
        x.inhuur
            .iter()
            .map(|h| {
                format!(
                    "{} {} ({})",
                    data.categories[h.category].name,
                    fte(h.fte),
                    h.what
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let (ia, ib) = (inhuur(a), inhuur(b));
    if ia != ib {
        let show = |s: String| if s.is_empty() { "geen".to_owned() } else { s };
        push("Structurele inhuur".into(), show(ia), show(ib));
    }
}

/// Items known by name (task rules by target, growth tasks by name): one
/// difference "`kind` name" per item whose summary changed, was added
/// ("geen" before) or removed ("geen" after), in `b`'s order, then the
/// removed ones.
fn named_differences(
    kind: &str,
    a: &[(String, String)],
    b: &[(String, String)],
    push: &mut impl FnMut(String, String, String),
) {
    for (name, summary) in b {
        let before = a.iter().find(|(n, _)| n == name).map(|(_, s)| s.clone());
        if before.as_ref() != Some(summary) {
            push(
                format!("{kind} {name}"),
                before.unwrap_or_else(|| "geen".into()),
                summary.clone(),
            );
        }
    }
    for (name, summary) in a {
        if !b.iter().any(|(n, _)| n == name) {
            push(format!("{kind} {name}"), summary.clone(), "geen".into());
        }
    }
}

/// "vanaf 2027, samen € 6 mln over de jaren, fte per mln als Wmo overig".
fn growth_summary(data: &DataSet, g: &GrowthTask) -> String {
    let total: Decimal = g.volume_mln.iter().copied().sum();
    let rate = match &g.rate {
        GrowthRate::LikeSegment(s) => {
            format!("fte per mln als {}", data.segments[*s].short_name)
        }
        GrowthRate::Typed(r) => format!("{} getypte fte per mln", r.len()),
    };
    format!(
        "vanaf {}, samen {} over de jaren, {rate}",
        g.from_year,
        money_mln(total)
    )
}

/// "2 taken, 3,23 fte (het grootste telt)" or "2 taken, nog niet compleet".
pub fn rule_summary(rule: &super::own::tasks::TaskRule, hours: Option<Decimal>) -> String {
    let figure = rule_figure(rule, hours);
    let how = match rule.combine {
        TaskCombine::Larger => "het grootste van taken en volumeregel telt",
        TaskCombine::Instead => "in plaats van de volumeregel",
    };
    let count = match rule.tasks.len() {
        1 => "1 taak".to_owned(),
        n => format!("{n} taken"),
    };
    match figure.fte {
        Some(t) => format!("{count}, {} ({how})", fte(t)),
        None => format!("{count}, nog niet compleet ({how})"),
    }
}
