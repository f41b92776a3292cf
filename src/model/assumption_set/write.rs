//! Writing a set: every value written out, decimals as typed.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::file::{CombineEntry, FitEntry, RoleEntry, ScoreOverride, SetFile, SupervisionEntry};
use super::set::{AssumptionSet, SET_FORMAT, dataset_ref};
use super::write_own::write_additions;
use crate::model::dataset::DataSet;
use crate::model::inputs::{Combine, FitChoice, Inputs, Supervision};
use crate::model::located::{Dec, Id, LocStr};
use crate::model::own::extended;

/// The file form of a set, every value written out. `base` is the data
/// set as loaded; the set's own scenarios and criteria are added to it.
pub fn to_file(base: &DataSet, set: &AssumptionSet) -> SetFile {
    let inputs = &set.inputs;
    let data: &DataSet = &extended(base, inputs);
    let mut file = SetFile {
        format: SET_FORMAT,
        name: set.name.clone(),
        author: set.author.clone(),
        date: set.date.clone(),
        note: set.note.clone(),
        dataset: Some(dataset_ref(base)),
        weights: data
            .criteria
            .iter()
            .zip(&inputs.weights())
            .map(|(c, &w)| (Id::new(&c.id), Dec::new(w)))
            .collect(),
        choices: data
            .choices
            .iter()
            .zip(&inputs.selection)
            .map(|(c, &o)| (Id::new(&c.id), Id::new(&c.options[o].id)))
            .collect(),
        volumes_mln: volume_entries(data, inputs),
        score_overrides: score_override_entries(data, inputs),
        supervision: supervision_entry(&inputs.supervision),
        smaa_seed: Some(inputs.smaa_seed),
        importance: inputs
            .importance
            .iter()
            .map(|&c| Id::new(&data.criteria[c].id))
            .collect(),
        fit: match inputs.fit {
            FitChoice::Corrected => FitEntry::Corrected,
            FitChoice::AllCells => FitEntry::AllCells,
        },
        added_scenarios: Vec::new(),
        added_criteria: Vec::new(),
        hidden_scenarios: Vec::new(),
        hidden_criteria: Vec::new(),
        productive_hours: None,
        task_rules: Vec::new(),
        growth: Vec::new(),
        inhuur: Vec::new(),
        log: Vec::new(),
        profiles: Vec::new(),
        group_mean: Default::default(),
        costs: super::write_costs::write_costs(data, &inputs.costs),
    };
    write_additions(data, inputs, &mut file);
    file
}

/// The planning volume per segment id and year.
fn volume_entries(data: &DataSet, inputs: &Inputs) -> Vec<(Id, BTreeMap<u16, Dec>)> {
    data.segments
        .iter()
        .zip(&inputs.volumes_mln)
        .map(|(s, v)| {
            let by_year = data
                .years
                .iter()
                .zip(v)
                .map(|(&y, &x)| (y, Dec::new(x)))
                .collect();
            (Id::new(&s.id), by_year)
        })
        .collect()
}

/// Every changed score: scenario, criterion, level and reason.
fn score_override_entries(data: &DataSet, inputs: &Inputs) -> Vec<ScoreOverride> {
    inputs
        .scenarios
        .iter()
        .enumerate()
        .flat_map(|(s, scenario)| {
            scenario
                .scores
                .iter()
                .enumerate()
                .filter_map(move |(c, level)| {
                    level.as_ref().map(|change| ScoreOverride {
                        scenario: Id::new(&data.scenarios[s].id),
                        criterion: Id::new(&data.criteria[c].id),
                        level: Id::new(&data.scale.levels[change.level].label),
                        reason: LocStr::new(&change.reason),
                    })
                })
        })
        .collect()
}

/// The volume rule, or the roles and how they combine with it.
fn supervision_entry(supervision: &Supervision) -> SupervisionEntry {
    match supervision {
        Supervision::VolumeRule => SupervisionEntry::VolumeRule,
        Supervision::Roles(r) => SupervisionEntry::Roles {
            combine: match r.combine {
                Combine::Replace => CombineEntry::Replace,
                Combine::Larger => CombineEntry::Larger,
            },
            roles: r
                .roles
                .iter()
                .map(|role| RoleEntry {
                    name: LocStr::new(&role.name),
                    fte: Dec::new(role.fte),
                    people: Dec::new(Decimal::from(role.people)),
                    four_eyes: role.four_eyes,
                })
                .collect(),
        },
    }
}

/// The RON text of a set, with a short explanatory header.
pub fn to_ron(data: &DataSet, set: &AssumptionSet) -> String {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .separate_tuple_members(false)
        .struct_names(false);
    let body = ron::ser::to_string_pretty(&to_file(data, set), config)
        .unwrap_or_else(|e| format!("// kon niet worden geschreven: {e}"));
    format!(
        "// Aannameset voor nmd-scenarios (bestandsformaat {SET_FORMAT}).\n// Open dit bestand in het programma met 'Set openen…', of: nmd-scenarios rapport --set BESTAND\n{body}\n"
    )
}
