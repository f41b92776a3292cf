//! Reading a set: every value checked against the data set, every problem
//! located (file, line, column) and worded in Dutch.

use super::file::{CombineEntry, FitEntry, SetFile, SupervisionEntry};
use super::read_extras::read_extras;
use super::read_own::{Problems, quoted, read_additions, read_hidden, read_log};
use super::set::{AssumptionSet, OpenedSet, SET_FORMAT};
use crate::model::dataset::DataSet;
use crate::model::errors::{DataError, parse_ron};
use crate::model::inputs::{Combine, FitChoice, Inputs, RoleStaffing, StaffRole, Supervision};
use crate::model::located::Pos;
use crate::model::own::{ScoreChange, check_reason, extend};
use crate::numbers::{self, PEOPLE, ROLE_FTE, VOLUME_MLN, WEIGHT};

/// Reads a set from RON text; `file` names it in messages. `base` is the
/// data set as loaded; the set's own scenarios and criteria are added to it
/// before the rest of the set is read, so that weights, scores and hidden
/// items may name them.
pub fn parse_set(base: &DataSet, file: &str, text: &str) -> Result<OpenedSet, Vec<DataError>> {
    let entry: SetFile = parse_ron(file, text).map_err(|e| vec![e])?;
    let mut problems = Problems::new(file);
    let added = read_additions(base, &entry, &mut problems);
    let extended;
    let data = if added.is_empty() {
        base
    } else {
        extended = extend(base, &added);
        &extended
    };
    let mut inputs = Inputs::report_defaults(data);
    inputs.added = added;
    check_format(&entry, &mut problems);
    read_weights(data, &entry, &mut inputs, &mut problems);
    read_choices(data, &entry, &mut inputs, &mut problems);
    read_volumes(data, &entry, &mut inputs, &mut problems);
    read_score_overrides(data, &entry, &mut inputs, &mut problems);
    read_supervision(data, &entry, &mut inputs, &mut problems);
    inputs.fit = match entry.fit {
        FitEntry::Corrected => FitChoice::Corrected,
        FitEntry::AllCells => FitChoice::AllCells,
    };
    if let Some(seed) = entry.smaa_seed {
        inputs.smaa_seed = seed;
    }
    read_importance(data, &entry, &mut inputs, &mut problems);
    read_hidden(data, &entry, &mut inputs, &mut problems);
    read_extras(data, &entry, &mut inputs, &mut problems);
    read_log(&entry, &mut inputs);
    super::read_profiles::read_profiles(data, &entry, &mut inputs, &mut problems);
    super::read_costs::read_costs(data, entry.costs.as_ref(), &mut inputs, &mut problems);
    opened_set(base, data, entry, inputs, problems)
}

/// "onbekend criterium 'x'; bekend: 'a', 'b'".
fn unknown_criterion(data: &DataSet, id: &str) -> String {
    format!(
        "onbekend criterium '{id}'; bekend: {}",
        quoted(data.criteria.iter().map(|c| c.id.clone()))
    )
}

/// Refuses a file format this program does not read.
fn check_format(entry: &SetFile, problems: &mut Problems) {
    if entry.format != SET_FORMAT {
        problems.add(
            Some(Pos { line: 1, col: 1 }),
            format!(
                "onbekende versie van het bestandsformaat ({}); dit programma leest versie {SET_FORMAT}",
                entry.format
            ),
        );
    }
}

/// The weight per criterion, each within the bounds of a weight.
fn read_weights(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    for (id, weight) in &entry.weights {
        match data.criterion_index(&id.text) {
            None => problems.add(id.at, unknown_criterion(data, &id.text)),
            Some(c) => match numbers::check(weight.value, &WEIGHT) {
                Ok(value) => inputs.criteria[c].weight = value,
                Err(refusal) => {
                    problems.add(weight.at, format!("criterium '{}': {refusal}", id.text))
                }
            },
        }
    }
}

/// The option chosen per choice, both named by id.
fn read_choices(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    for (choice, option) in &entry.choices {
        let Some(c) = data.choice_index(&choice.text) else {
            problems.add(
                choice.at,
                format!(
                    "onbekende keuze '{}'; bekend: {}",
                    choice.text,
                    quoted(data.choices.iter().map(|c| c.id.clone()))
                ),
            );
            continue;
        };
        let options = &data.choices[c].options;
        match options.iter().position(|o| o.id == option.text) {
            Some(o) => inputs.selection[c] = o,
            None => problems.add(
                option.at,
                format!(
                    "onbekende optie '{}' voor keuze '{}'; bekend: {}",
                    option.text,
                    choice.text,
                    quoted(options.iter().map(|o| o.id.clone()))
                ),
            ),
        }
    }
}

/// The planning volumes per segment and year (EUR mln).
fn read_volumes(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    for (segment, by_year) in &entry.volumes_mln {
        let Some(s) = data.segment_index(&segment.text) else {
            problems.add(
                segment.at,
                format!(
                    "onbekend segment '{}'; bekend: {}",
                    segment.text,
                    quoted(data.segments.iter().map(|s| s.id.clone()))
                ),
            );
            continue;
        };
        for (&year, value) in by_year {
            match data.year_index(year) {
                None => problems.add(
                    value.at,
                    format!("onbekend jaar {year} bij segment '{}'", segment.text),
                ),
                Some(y) => match numbers::check(value.value, &VOLUME_MLN) {
                    Ok(v) => inputs.volumes_mln[s][y] = v,
                    Err(refusal) => problems.add(
                        value.at,
                        format!("segment '{}' in {year}: {refusal}", segment.text),
                    ),
                },
            }
        }
    }
}

/// Changed scores: a known scenario, criterion and level, and a reason.
fn read_score_overrides(
    data: &DataSet,
    entry: &SetFile,
    inputs: &mut Inputs,
    problems: &mut Problems,
) {
    for o in &entry.score_overrides {
        let s = data.scenario_index(&o.scenario.text);
        let c = data.criterion_index(&o.criterion.text);
        let l = data.level_index(&o.level.text);
        if let Err(refusal) = check_reason(&o.reason.text) {
            problems.add(
                o.reason.at.or(o.level.at),
                format!(
                    "scorewijziging '{}' / '{}': {refusal}",
                    o.scenario.text, o.criterion.text
                ),
            );
        }
        match (s, c, l) {
            (Some(s), Some(c), Some(l)) => {
                inputs.scenarios[s].scores[c] = Some(ScoreChange {
                    level: l,
                    reason: o.reason.text.trim().to_owned(),
                })
            }
            (None, _, _) => problems.add(
                o.scenario.at,
                format!("onbekend scenario '{}'", o.scenario.text),
            ),
            (_, None, _) => {
                problems.add(o.criterion.at, unknown_criterion(data, &o.criterion.text))
            }
            (_, _, None) => problems.add(
                o.level.at,
                format!(
                    "onbekend niveau '{}'; bekend: {}",
                    o.level.text,
                    quoted(data.scale.levels.iter().map(|l| l.label.clone()))
                ),
            ),
        }
    }
}

/// The supervision block staffed by named roles, when the set has them:
/// each with a name, an fte and a whole number of people.
fn read_supervision(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    let SupervisionEntry::Roles { combine, roles } = &entry.supervision else {
        return;
    };
    if data.supervision_block.is_none() {
        problems.add(
            roles.first().and_then(|r| r.name.at),
            "deze gegevens kennen geen blok 'toezicht en kwaliteit' ('supervision_block'); rollen zijn niet te gebruiken".into(),
        );
    }
    let mut staff = Vec::new();
    for role in roles {
        if role.name.text.trim().is_empty() {
            problems.add(role.name.at, "een rol heeft een naam nodig".into());
        }
        if let Err(refusal) = numbers::check(role.fte.value, &ROLE_FTE) {
            problems.add(role.fte.at, format!("rol '{}': {refusal}", role.name.text));
        }
        let people = numbers::check_whole(role.people.value, &PEOPLE);
        if let Err(refusal) = &people {
            problems.add(
                role.people.at,
                format!("rol '{}': {refusal}", role.name.text),
            );
        }
        staff.push(StaffRole {
            name: role.name.text.clone(),
            fte: role.fte.value,
            people: people.map_or(0, |p| p as u32),
            four_eyes: role.four_eyes,
        });
    }
    inputs.supervision = Supervision::Roles(RoleStaffing {
        roles: staff,
        combine: match combine {
            CombineEntry::Replace => Combine::Replace,
            CombineEntry::Larger => Combine::Larger,
        },
    });
}

/// The importance order of the criteria for SMAA-2, each criterion once.
fn read_importance(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    for id in &entry.importance {
        match data.criterion_index(&id.text) {
            Some(c) if inputs.importance.contains(&c) => problems.add(
                id.at,
                format!("criterium '{}' staat twee keer in 'importance'", id.text),
            ),
            Some(c) => inputs.importance.push(c),
            None => problems.add(id.at, unknown_criterion(data, &id.text)),
        }
    }
}

/// The opened set, or every problem found; a set made on other data says
/// so, as the last problem or as a warning, after which come the warnings
/// found while reading.
fn opened_set(
    base: &DataSet,
    data: &DataSet,
    entry: SetFile,
    inputs: Inputs,
    problems: Problems,
) -> Result<OpenedSet, Vec<DataError>> {
    let file = problems.file();
    let warnings: Vec<String> = problems
        .warnings
        .iter()
        .map(|w| format!("Let op: {w}"))
        .collect();
    let mut errors = problems.errors;
    let other_data = entry
        .dataset
        .as_ref()
        .filter(|r| r.fingerprint != data.fingerprint && r.fingerprint != data.legacy_fingerprint);
    if !errors.is_empty() {
        if let Some(r) = other_data {
            errors.push(DataError::new(
                file,
                None,
                format!(
                    "deze set is gemaakt op andere gegevens ('{}'); nu geladen: '{}'",
                    r.name, base.name
                ),
            ));
        }
        return Err(errors);
    }
    let other_data_warning = other_data.map(|r| {
        format!(
            "Let op: de set '{}' is gemaakt op andere gegevens ('{}', vingerafdruk {}); nu geladen: '{}' ({}). Alle namen bestaan en de waarden zijn toegepast; controleer de uitkomsten.",
            entry.name,
            r.name,
            crate::model::fingerprint::short(&r.fingerprint),
            base.name,
            crate::model::fingerprint::short(&base.fingerprint)
        )
    });
    let warning = other_data_warning
        .into_iter()
        .chain(warnings)
        .reduce(|a, b| format!("{a}\n{b}"));
    Ok(OpenedSet {
        set: AssumptionSet {
            name: entry.name,
            author: entry.author,
            date: entry.date,
            note: entry.note,
            dataset: entry.dataset,
            inputs,
        },
        warning,
    })
}
