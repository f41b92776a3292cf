//! Reading a set: every value checked against the data set, every problem
//! located (file, line, column) and worded in Dutch.

use super::file::{CombineEntry, FitEntry, SetFile, SupervisionEntry};
use super::read_own::{Problems, read_additions, read_rest};
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
    let mut err = |at, message: String| problems.add(at, message);
    if entry.format != SET_FORMAT {
        err(
            Some(Pos { line: 1, col: 1 }),
            format!(
                "onbekende versie van het bestandsformaat ({}); dit programma leest versie {SET_FORMAT}",
                entry.format
            ),
        );
    }
    let names = |items: Vec<&str>| {
        items
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let unknown_criterion = |id: &str| {
        format!(
            "onbekend criterium '{id}'; bekend: {}",
            names(data.criteria.iter().map(|c| c.id.as_str()).collect())
        )
    };

    for (id, weight) in &entry.weights {
        match data.criterion_index(&id.text) {
            None => err(id.at, unknown_criterion(&id.text)),
            Some(c) => match numbers::check(weight.value, &WEIGHT) {
                Ok(value) => inputs.criteria[c].weight = value,
                Err(refusal) => err(weight.at, format!("criterium '{}': {refusal}", id.text)),
            },
        }
    }
    for (choice, option) in &entry.choices {
        let Some(c) = data.choice_index(&choice.text) else {
            err(
                choice.at,
                format!(
                    "onbekende keuze '{}'; bekend: {}",
                    choice.text,
                    names(data.choices.iter().map(|c| c.id.as_str()).collect())
                ),
            );
            continue;
        };
        match data.choices[c]
            .options
            .iter()
            .position(|o| o.id == option.text)
        {
            Some(o) => inputs.selection[c] = o,
            None => err(
                option.at,
                format!(
                    "onbekende optie '{}' voor keuze '{}'; bekend: {}",
                    option.text,
                    choice.text,
                    names(
                        data.choices[c]
                            .options
                            .iter()
                            .map(|o| o.id.as_str())
                            .collect()
                    )
                ),
            ),
        }
    }
    for (segment, by_year) in &entry.volumes_mln {
        let Some(s) = data.segment_index(&segment.text) else {
            err(
                segment.at,
                format!(
                    "onbekend segment '{}'; bekend: {}",
                    segment.text,
                    names(data.segments.iter().map(|s| s.id.as_str()).collect())
                ),
            );
            continue;
        };
        for (&year, value) in by_year {
            match data.year_index(year) {
                None => err(
                    value.at,
                    format!("onbekend jaar {year} bij segment '{}'", segment.text),
                ),
                Some(y) => match numbers::check(value.value, &VOLUME_MLN) {
                    Ok(v) => inputs.volumes_mln[s][y] = v,
                    Err(refusal) => err(
                        value.at,
                        format!("segment '{}' in {year}: {refusal}", segment.text),
                    ),
                },
            }
        }
    }
    for o in &entry.score_overrides {
        let s = data.scenario_index(&o.scenario.text);
        let c = data.criterion_index(&o.criterion.text);
        let l = data.level_index(&o.level.text);
        if let Err(refusal) = check_reason(&o.reason.text) {
            err(
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
            (None, _, _) => err(
                o.scenario.at,
                format!("onbekend scenario '{}'", o.scenario.text),
            ),
            (_, None, _) => err(o.criterion.at, unknown_criterion(&o.criterion.text)),
            (_, _, None) => err(
                o.level.at,
                format!(
                    "onbekend niveau '{}'; bekend: {}",
                    o.level.text,
                    names(data.scale.levels.iter().map(|l| l.label.as_str()).collect())
                ),
            ),
        }
    }
    if let SupervisionEntry::Roles { combine, roles } = &entry.supervision {
        if data.supervision_block.is_none() {
            err(
                roles.first().and_then(|r| r.name.at),
                "deze gegevens kennen geen blok 'toezicht en kwaliteit' ('supervision_block'); rollen zijn niet te gebruiken".into(),
            );
        }
        let mut staff = Vec::new();
        for role in roles {
            if role.name.text.trim().is_empty() {
                err(role.name.at, "een rol heeft een naam nodig".into());
            }
            if let Err(refusal) = numbers::check(role.fte.value, &ROLE_FTE) {
                err(role.fte.at, format!("rol '{}': {refusal}", role.name.text));
            }
            let people = numbers::check_whole(role.people.value, &PEOPLE);
            if let Err(refusal) = &people {
                err(
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
    inputs.fit = match entry.fit {
        FitEntry::Corrected => FitChoice::Corrected,
        FitEntry::AllCells => FitChoice::AllCells,
    };
    if let Some(seed) = entry.smaa_seed {
        inputs.smaa_seed = seed;
    }
    for id in &entry.importance {
        match data.criterion_index(&id.text) {
            Some(c) if inputs.importance.contains(&c) => err(
                id.at,
                format!("criterium '{}' staat twee keer in 'importance'", id.text),
            ),
            Some(c) => inputs.importance.push(c),
            None => err(id.at, unknown_criterion(&id.text)),
        }
    }
    read_rest(data, &entry, &mut inputs, &mut problems);
    super::read_profiles::read_profiles(data, &entry, &mut inputs, &mut problems);
    super::costs_file::read_costs(data, entry.costs.as_ref(), &mut inputs, &mut problems);
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
