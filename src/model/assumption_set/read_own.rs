//! Reading what users add in a set (`model::own`): added scenarios and
//! criteria, hidden ones, tasks, growth, inhuur and the log. Every problem
//! located and worded in Dutch, like the rest of the set.

use super::file::{
    AddedCriterionEntry, AddedScenarioEntry, GrowthRateEntry, SetFile, TargetEntry,
    TaskCombineEntry,
};
use crate::model::dataset::DataSet;
use crate::model::errors::DataError;
use crate::model::inputs::{Inputs, Supervision};
use crate::model::located::Pos;
use crate::model::own::{
    AddedCriterion, AddedScenario, AddedScore, Additions, GrowthRate, GrowthTask, Inhuur, LogEntry,
    Task, TaskCombine, TaskRule, TaskTarget, check_reason, log::MAX_LOG_ENTRIES, name_refusal,
};
use crate::numbers::{
    self, FTE_PER_MLN, HOURS_PER_UNIT, INHUUR_FTE, PEOPLE_PER_UNIT, PRODUCTIVE_HOURS, Quantity,
    TASK_UNITS, VOLUME_MLN,
};

/// Problems found while reading one file.
pub struct Problems<'f> {
    file: &'f str,
    pub errors: Vec<DataError>,
}

impl<'f> Problems<'f> {
    pub fn new(file: &'f str) -> Self {
        Self {
            file,
            errors: Vec::new(),
        }
    }

    /// The file the problems are in, as messages name it.
    pub fn file(&self) -> &'f str {
        self.file
    }

    pub fn add(&mut self, at: Option<Pos>, message: String) {
        self.errors.push(DataError::new(self.file, at, message));
    }
}

pub(super) fn quoted(items: impl Iterator<Item = String>) -> String {
    items
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The scenarios and criteria a set adds, checked against `base`: ids and
/// names unique, every level known, every score with a reason, and a score
/// for every pair of scenario and criterion of which one is added.
pub fn read_additions(base: &DataSet, entry: &SetFile, problems: &mut Problems) -> Additions {
    let mut added = Additions::default();
    let mut scenario_ids: Vec<String> = base.scenarios.iter().map(|s| s.id.clone()).collect();
    let mut scenario_names: Vec<String> = base.scenarios.iter().map(|s| s.name.clone()).collect();
    for a in &entry.added_scenarios {
        if scenario_ids.contains(&a.id.text) {
            problems.add(
                a.id.at,
                format!("er is al een scenario met id '{}'", a.id.text),
            );
        }
        let names: Vec<&str> = scenario_names.iter().map(String::as_str).collect();
        if let Some(refusal) = name_refusal(&a.name.text, &names, "scenario") {
            problems.add(a.name.at, refusal);
        }
        scenario_ids.push(a.id.text.clone());
        scenario_names.push(a.name.text.clone());
        added.scenarios.push(read_scenario(base, a, problems));
    }
    let mut criterion_ids: Vec<String> = base.criteria.iter().map(|c| c.id.clone()).collect();
    let mut criterion_names: Vec<String> = base.criteria.iter().map(|c| c.name.clone()).collect();
    for a in &entry.added_criteria {
        if criterion_ids.contains(&a.id.text) {
            problems.add(
                a.id.at,
                format!("er is al een criterium met id '{}'", a.id.text),
            );
        }
        let names: Vec<&str> = criterion_names.iter().map(String::as_str).collect();
        if let Some(refusal) = name_refusal(&a.name.text, &names, "criterium") {
            problems.add(a.name.at, refusal);
        }
        criterion_ids.push(a.id.text.clone());
        criterion_names.push(a.name.text.clone());
        added.criteria.push(read_criterion(base, a, problems));
    }
    // References: a scenario's scores name criteria, a criterion's scores
    // name scenarios, added ones included.
    for (a, entry) in added.scenarios.iter().zip(&entry.added_scenarios) {
        for (score, file) in a.scores.iter().zip(&entry.scores) {
            if !criterion_ids.contains(&score.other) {
                problems.add(
                    file.criterion.at,
                    format!(
                        "scenario '{}': onbekend criterium '{}'; bekend: {}",
                        a.id,
                        score.other,
                        quoted(criterion_ids.iter().cloned())
                    ),
                );
            }
        }
    }
    for (a, entry) in added.criteria.iter().zip(&entry.added_criteria) {
        for (score, file) in a.scores.iter().zip(&entry.scores) {
            if !scenario_ids.contains(&score.other) {
                problems.add(
                    file.scenario.at,
                    format!(
                        "criterium '{}': onbekend scenario '{}'; bekend: {}",
                        a.id,
                        score.other,
                        quoted(scenario_ids.iter().cloned())
                    ),
                );
            }
        }
    }
    // Completeness.
    for (a, entry) in added.scenarios.iter().zip(&entry.added_scenarios) {
        for c in &criterion_ids {
            let by_scenario = a.scores.iter().any(|x| x.other == *c);
            let by_criterion = added
                .criteria
                .iter()
                .any(|k| k.id == *c && k.scores.iter().any(|x| x.other == a.id));
            if !by_scenario && !by_criterion {
                problems.add(
                    entry.id.at,
                    format!("scenario '{}' heeft geen score voor criterium '{c}'", a.id),
                );
            }
        }
    }
    for (a, entry) in added.criteria.iter().zip(&entry.added_criteria) {
        for s in &base.scenarios {
            if !a.scores.iter().any(|x| x.other == s.id) {
                problems.add(
                    entry.id.at,
                    format!(
                        "criterium '{}' heeft geen score voor scenario '{}'",
                        a.id, s.id
                    ),
                );
            }
        }
    }
    added
}

fn level(base: &DataSet, label: &crate::model::located::LocStr, problems: &mut Problems) -> usize {
    base.level_index(&label.text).unwrap_or_else(|| {
        problems.add(
            label.at,
            format!(
                "onbekend niveau '{}'; bekend: {}",
                label.text,
                quoted(base.scale.levels.iter().map(|l| l.label.clone()))
            ),
        );
        0
    })
}

fn read_scenario(base: &DataSet, a: &AddedScenarioEntry, problems: &mut Problems) -> AddedScenario {
    let mut scores = Vec::new();
    for score in &a.scores {
        if scores
            .iter()
            .any(|x: &AddedScore| x.other == score.criterion.text)
        {
            problems.add(
                score.criterion.at,
                format!(
                    "scenario '{}': criterium '{}' heeft al een score",
                    a.id.text, score.criterion.text
                ),
            );
        }
        if let Err(refusal) = check_reason(&score.reason.text) {
            problems.add(score.reason.at.or(score.level.at), refusal.to_owned());
        }
        scores.push(AddedScore {
            other: score.criterion.text.clone(),
            level: level(base, &score.level, problems),
            reason: score.reason.text.trim().to_owned(),
        });
    }
    let mut cost_levels = Vec::new();
    for (component, label) in &a.cost {
        if !base
            .cost_profile
            .components
            .iter()
            .any(|c| c.id == component.text)
        {
            problems.add(
                component.at,
                format!(
                    "onbekend kostenonderdeel '{}'; bekend: {}",
                    component.text,
                    quoted(base.cost_profile.components.iter().map(|c| c.id.clone()))
                ),
            );
        }
        let level = if label.text == "onbekend" {
            None
        } else {
            match base
                .cost_profile
                .levels
                .iter()
                .position(|l| *l == label.text)
            {
                Some(l) => Some(l),
                None => {
                    problems.add(
                        label.at,
                        format!(
                            "onbekend kostenniveau '{}'; bekend: {}, 'onbekend'",
                            label.text,
                            quoted(base.cost_profile.levels.iter().cloned())
                        ),
                    );
                    None
                }
            }
        };
        cost_levels.push((component.text.clone(), level));
    }
    let name = a.name.text.trim().to_owned();
    AddedScenario {
        id: a.id.text.clone(),
        short_name: if a.short_name.trim().is_empty() {
            name.clone()
        } else {
            a.short_name.trim().to_owned()
        },
        name,
        description: a.description.clone(),
        scores,
        cost_levels,
    }
}

fn read_criterion(
    base: &DataSet,
    a: &AddedCriterionEntry,
    problems: &mut Problems,
) -> AddedCriterion {
    let mut scores = Vec::new();
    for score in &a.scores {
        if scores
            .iter()
            .any(|x: &AddedScore| x.other == score.scenario.text)
        {
            problems.add(
                score.scenario.at,
                format!(
                    "criterium '{}': scenario '{}' heeft al een score",
                    a.id.text, score.scenario.text
                ),
            );
        }
        if let Err(refusal) = check_reason(&score.reason.text) {
            problems.add(score.reason.at.or(score.level.at), refusal.to_owned());
        }
        scores.push(AddedScore {
            other: score.scenario.text.clone(),
            level: level(base, &score.level, problems),
            reason: score.reason.text.trim().to_owned(),
        });
    }
    AddedCriterion {
        id: a.id.text.clone(),
        name: a.name.text.trim().to_owned(),
        explanation: a.explanation.clone(),
        scores,
    }
}

/// Hidden scenarios and criteria, tasks, growth, inhuur and the log, read
/// against `data` (the data extended with the set's additions).
pub fn read_rest(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    for id in &entry.hidden_scenarios {
        match data.scenario_index(&id.text) {
            Some(s) => inputs.scenarios[s].hidden = true,
            None => problems.add(id.at, format!("onbekend scenario '{}'", id.text)),
        }
    }
    for id in &entry.hidden_criteria {
        match data.criterion_index(&id.text) {
            Some(c) => inputs.criteria[c].hidden = true,
            None => problems.add(id.at, format!("onbekend criterium '{}'", id.text)),
        }
    }
    let mut check =
        |value: &crate::model::located::Dec, quantity: &Quantity, what: &str| match numbers::check(
            value.value,
            quantity,
        ) {
            Ok(v) => Some(v),
            Err(refusal) => {
                problems.add(value.at, format!("{what}: {refusal}"));
                None
            }
        };
    if let Some(hours) = &entry.productive_hours {
        inputs.extras.productive_hours = check(hours, &PRODUCTIVE_HOURS, "taken");
    }
    let category = |id: &crate::model::located::LocStr, problems: &mut Problems| {
        data.category_index(&id.text).or_else(|| {
            problems.add(
                id.at,
                format!(
                    "onbekende functiecategorie '{}'; bekend: {}",
                    id.text,
                    quoted(data.categories.iter().map(|c| c.id.clone()))
                ),
            );
            None
        })
    };
    let mut rules = Vec::new();
    for rule in &entry.task_rules {
        let target = match &rule.target {
            TargetEntry::Category(id) => category(id, problems).map(TaskTarget::Category),
            TargetEntry::Role(name) => {
                let known = match &inputs.supervision {
                    Supervision::Roles(r) => r.roles.iter().any(|x| x.name == name.text),
                    Supervision::VolumeRule => false,
                };
                if !known {
                    problems.add(
                        name.at,
                        format!(
                            "taken voor rol '{}': deze set heeft geen rol met die naam",
                            name.text
                        ),
                    );
                }
                known.then(|| TaskTarget::Role(name.text.clone()))
            }
        };
        let mut tasks = Vec::new();
        for task in &rule.tasks {
            let what = format!("taak '{}'", task.name.text);
            if task.name.text.trim().is_empty() {
                problems.add(task.name.at, "een taak heeft een naam nodig".into());
            }
            let mut optional = |value: &Option<crate::model::located::Dec>, quantity: &Quantity| {
                value.as_ref().and_then(|v| {
                    numbers::check(v.value, quantity)
                        .map_err(|refusal| problems.add(v.at, format!("{what}: {refusal}")))
                        .ok()
                })
            };
            tasks.push(Task {
                name: task.name.text.trim().to_owned(),
                driver: task.driver.clone(),
                unit: task.unit.clone(),
                units: optional(&task.units, &TASK_UNITS),
                hours_per_unit: optional(&task.hours_per_unit, &HOURS_PER_UNIT),
                people_per_unit: optional(&task.people_per_unit, &PEOPLE_PER_UNIT),
                source: task.source.clone(),
            });
        }
        if let Some(target) = target {
            if rules.iter().any(|r: &TaskRule| r.target == target) {
                problems.add(
                    None,
                    "twee takenregels voor dezelfde categorie of rol".into(),
                );
            }
            rules.push(TaskRule {
                target,
                combine: match rule.combine {
                    TaskCombineEntry::Larger => TaskCombine::Larger,
                    TaskCombineEntry::Instead => TaskCombine::Instead,
                },
                tasks,
            });
        }
    }
    inputs.extras.rules = rules;
    read_growth(data, entry, inputs, problems);
    for hire in &entry.inhuur {
        let fte = numbers::check(hire.fte.value, &INHUUR_FTE)
            .map_err(|refusal| problems.add(hire.fte.at, format!("inhuur: {refusal}")))
            .ok();
        if let (Some(c), Some(fte)) = (category(&hire.category, problems), fte) {
            inputs.extras.inhuur.push(Inhuur {
                category: c,
                fte,
                what: hire.what.trim().to_owned(),
            });
        }
    }
    let skip = entry.log.len().saturating_sub(MAX_LOG_ENTRIES);
    inputs.log = entry
        .log
        .iter()
        .skip(skip)
        .map(|l| LogEntry {
            who: l.who.clone(),
            when: l.when.clone(),
            what: l.what.clone(),
            why: l.why.clone(),
        })
        .collect();
}

fn read_growth(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    let (Some(&first), Some(&last)) = (data.years.first(), data.years.last()) else {
        if let Some(g) = entry.growth.first() {
            problems.add(
                g.name.at,
                "deze gegevens hebben geen formatie; groeitaken zijn niet te gebruiken".into(),
            );
        }
        return;
    };
    for g in &entry.growth {
        let name = g.name.text.trim();
        if name.is_empty() {
            problems.add(g.name.at, "een groeitaak heeft een naam nodig".into());
        }
        let from_year = g.from_year.value;
        let year = u16::try_from(from_year.normalize().mantissa())
            .ok()
            .filter(|y| from_year.normalize().scale() == 0 && (first..=last).contains(y));
        let Some(from_year) = year else {
            problems.add(
                g.from_year.at,
                format!(
                    "groeitaak '{name}': startjaar {} ligt niet tussen {first} en {last}",
                    g.from_year.value
                ),
            );
            continue;
        };
        let mut volume_mln = vec![rust_decimal::Decimal::ZERO; data.years.len()];
        for (&year, value) in &g.volume_mln {
            match data.year_index(year) {
                Some(y) if year >= from_year => match numbers::check(value.value, &VOLUME_MLN) {
                    Ok(v) => volume_mln[y] = v,
                    Err(refusal) => {
                        problems.add(value.at, format!("groeitaak '{name}' in {year}: {refusal}"))
                    }
                },
                _ => problems.add(
                    value.at,
                    format!(
                        "groeitaak '{name}': jaar {year} ligt niet tussen {from_year} en {last}"
                    ),
                ),
            }
        }
        let rate = match &g.rate {
            GrowthRateEntry::LikeSegment(id) => match data.segment_index(&id.text) {
                Some(s) => Some(GrowthRate::LikeSegment(s)),
                None => {
                    problems.add(
                        id.at,
                        format!(
                            "groeitaak '{name}': onbekend segment '{}'; bekend: {}",
                            id.text,
                            quoted(data.segments.iter().map(|s| s.id.clone()))
                        ),
                    );
                    None
                }
            },
            GrowthRateEntry::Typed(pairs) => {
                let mut rates = Vec::new();
                for (id, value) in pairs {
                    let c = data.category_index(&id.text);
                    if c.is_none() {
                        problems.add(
                            id.at,
                            format!(
                                "groeitaak '{name}': onbekende functiecategorie '{}'",
                                id.text
                            ),
                        );
                    }
                    let v = numbers::check(value.value, &FTE_PER_MLN)
                        .map_err(|refusal| {
                            problems.add(value.at, format!("groeitaak '{name}': {refusal}"))
                        })
                        .ok();
                    if let (Some(c), Some(v)) = (c, v) {
                        rates.push((c, v));
                    }
                }
                Some(GrowthRate::Typed(rates))
            }
        };
        if let Some(rate) = rate {
            inputs.extras.growth.push(GrowthTask {
                name: name.to_owned(),
                from_year,
                volume_mln,
                rate,
            });
        }
    }
}
