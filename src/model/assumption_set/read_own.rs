//! Reading what users add in a set (`model::own`): added scenarios and
//! criteria, hidden ones and the log (tasks, growth and inhuur:
//! `read_extras.rs`). Every problem located and worded in Dutch, like the
//! rest of the set.

use super::file::{AddedCriterionEntry, AddedScenarioEntry, SetFile};
use crate::model::dataset::DataSet;
use crate::model::errors::DataError;
use crate::model::inputs::Inputs;
use crate::model::located::{LocStr, Pos};
use crate::model::own::{
    AddedCriterion, AddedScenario, AddedScore, Additions, LogEntry, check_reason,
    log::MAX_LOG_ENTRIES, name_refusal,
};

/// Problems found while reading one file.
pub struct Problems<'f> {
    file: &'f str,
    pub errors: Vec<DataError>,
    /// Values that are allowed but unlikely to be meant: said when the set
    /// opens, with their place, never refused.
    pub warnings: Vec<DataError>,
}

impl<'f> Problems<'f> {
    pub fn new(file: &'f str) -> Self {
        Self {
            file,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The file the problems are in, as messages name it.
    pub fn file(&self) -> &'f str {
        self.file
    }

    pub fn add(&mut self, at: Option<Pos>, message: String) {
        self.errors.push(DataError::new(self.file, at, message));
    }

    pub fn warn(&mut self, at: Option<Pos>, message: String) {
        self.warnings.push(DataError::new(self.file, at, message));
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
    let mut scenario_ids: Vec<String> = base.scenarios.iter().map(|s| s.id.clone()).collect();
    let mut scenario_names: Vec<String> = base.scenarios.iter().map(|s| s.name.clone()).collect();
    let mut added = Additions::default();
    for a in &entry.added_scenarios {
        check_new(
            (&a.id, &a.name),
            (&mut scenario_ids, &mut scenario_names),
            "scenario",
            problems,
        );
        added.scenarios.push(read_scenario(base, a, problems));
    }
    let mut criterion_ids: Vec<String> = base.criteria.iter().map(|c| c.id.clone()).collect();
    let mut criterion_names: Vec<String> = base.criteria.iter().map(|c| c.name.clone()).collect();
    for a in &entry.added_criteria {
        check_new(
            (&a.id, &a.name),
            (&mut criterion_ids, &mut criterion_names),
            "criterium",
            problems,
        );
        added.criteria.push(read_criterion(base, a, problems));
    }
    check_references(&added, entry, (&scenario_ids, &criterion_ids), problems);
    check_complete(base, &added, entry, &criterion_ids, problems);
    added
}

/// An added scenario's or criterion's id and name must be new among `ids`
/// and `names`, which then include them. `what`: "scenario", "criterium".
fn check_new(
    (id, name): (&LocStr, &LocStr),
    (ids, names): (&mut Vec<String>, &mut Vec<String>),
    what: &str,
    problems: &mut Problems,
) {
    if ids.contains(&id.text) {
        problems.add(id.at, format!("er is al een {what} met id '{}'", id.text));
    }
    let known: Vec<&str> = names.iter().map(String::as_str).collect();
    if let Some(refusal) = name_refusal(&name.text, &known, what) {
        problems.add(name.at, refusal);
    }
    ids.push(id.text.clone());
    names.push(name.text.clone());
}

/// An added scenario's scores name criteria, an added criterion's scores
/// name scenarios, added ones included.
fn check_references(
    added: &Additions,
    entry: &SetFile,
    (scenario_ids, criterion_ids): (&[String], &[String]),
    problems: &mut Problems,
) {
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
}

/// A score for every pair of an added scenario and any criterion (given
/// by either), and of an added criterion and every scenario of the data.
fn check_complete(
    base: &DataSet,
    added: &Additions,
    entry: &SetFile,
    criterion_ids: &[String],
    problems: &mut Problems,
) {
    for (a, entry) in added.scenarios.iter().zip(&entry.added_scenarios) {
        for c in criterion_ids {
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
}

fn level(base: &DataSet, label: &LocStr, problems: &mut Problems) -> usize {
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
    let cost_levels = cost_levels(base, a, problems);
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

/// An added scenario's cost-profile level per component: a known
/// component, and a known level or "onbekend" (`None`).
fn cost_levels(
    base: &DataSet,
    a: &AddedScenarioEntry,
    problems: &mut Problems,
) -> Vec<(String, Option<usize>)> {
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
    cost_levels
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

/// Hidden scenarios and criteria, read against `data` (the data extended
/// with the set's additions).
pub fn read_hidden(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
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
}

/// The log of who changed what, its newest entries up to the most kept.
pub fn read_log(entry: &SetFile, inputs: &mut Inputs) {
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
