//! Assumption sets ("aannamesets"): everything a user can change, with a
//! name, author, date and note, saved as RON. A set names the data set it
//! was made on; opened against another, it says so. Values that do not fit
//! the data (unknown ids, negative fte) are refused with file, line and column.
//!
//! Fields left out of a file keep the data's defaults, so the built-in
//! "report" set is just a name; saved sets write every value.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::dataset::DataSet;
use super::errors::DataError;
use super::inputs::{
    Combine, Inputs, MAX_ROLE_FTE, MAX_ROLE_PEOPLE, RoleStaffing, StaffRole, Supervision,
};
use super::load::{MAX_VOLUME_MLN, MAX_WEIGHT, parse_ron};
use super::located::{Dec, Id, LocStr, Pos};

/// Version of the file format; a file with another version is refused.
pub const SET_FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetFile {
    pub format: u32,
    pub name: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub dataset: Option<DatasetRef>,
    /// Weight per criterion id.
    #[serde(default)]
    pub weights: Vec<(Id, Dec)>,
    /// Option id per choice id.
    #[serde(default)]
    pub choices: Vec<(Id, Id)>,
    /// Planning volume per segment id and year (EUR mln).
    #[serde(default)]
    pub volumes_mln: Vec<(Id, BTreeMap<u16, Dec>)>,
    #[serde(default)]
    pub score_overrides: Vec<ScoreOverride>,
    #[serde(default)]
    pub supervision: SupervisionEntry,
    /// Seed of the robustness analysis (SMAA-2); default when absent.
    #[serde(default)]
    pub smaa_seed: Option<u64>,
    /// Importance order of the criteria for SMAA-2, most important first.
    #[serde(default)]
    pub importance: Vec<Id>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetRef {
    pub name: String,
    pub fingerprint: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreOverride {
    pub scenario: Id,
    pub criterion: Id,
    pub level: Id,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub enum SupervisionEntry {
    #[default]
    VolumeRule,
    Roles {
        combine: CombineEntry,
        roles: Vec<RoleEntry>,
    },
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub enum CombineEntry {
    Replace,
    Larger,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleEntry {
    pub name: LocStr,
    pub fte: Dec,
    pub people: Dec,
    #[serde(default)]
    pub four_eyes: bool,
}

/// A set as the program uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumptionSet {
    pub name: String,
    pub author: String,
    pub date: String,
    pub note: String,
    /// The data set it was made on (absent in hand-written files).
    pub dataset: Option<DatasetRef>,
    pub inputs: Inputs,
}

impl AssumptionSet {
    /// The report's defaults under a name.
    pub fn report(data: &DataSet, name: &str) -> Self {
        Self {
            name: name.to_owned(),
            author: String::new(),
            date: String::new(),
            note: String::new(),
            dataset: Some(dataset_ref(data)),
            inputs: Inputs::report_defaults(data),
        }
    }
}

pub fn dataset_ref(data: &DataSet) -> DatasetRef {
    DatasetRef {
        name: data.name.clone(),
        fingerprint: data.fingerprint.clone(),
    }
}

/// A parsed set, and a warning when it was made on other data.
#[derive(Debug, Clone)]
pub struct OpenedSet {
    pub set: AssumptionSet,
    pub warning: Option<String>,
}

/// Reads a set from RON text; `file` names it in messages.
pub fn parse_set(data: &DataSet, file: &str, text: &str) -> Result<OpenedSet, Vec<DataError>> {
    let entry: SetFile = parse_ron(file, text).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut err = |at: Option<Pos>, message: String| errors.push(DataError::new(file, at, message));
    if entry.format != SET_FORMAT {
        err(
            Some(Pos { line: 1, col: 1 }),
            format!(
                "onbekende versie van het bestandsformaat ({}); dit programma leest versie {SET_FORMAT}",
                entry.format
            ),
        );
    }
    let mut inputs = Inputs::report_defaults(data);
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
            Some(_) if weight.value < Decimal::ZERO || weight.value > MAX_WEIGHT => err(
                weight.at,
                format!("gewicht {} ligt niet tussen 0 en 1.000.000", weight.value),
            ),
            Some(c) => inputs.weights[c] = weight.value,
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
                Some(_) if value.value < Decimal::ZERO => {
                    err(value.at, format!("volume {} is negatief", value.value))
                }
                Some(_) if value.value > MAX_VOLUME_MLN => err(
                    value.at,
                    format!(
                        "volume {} mln is onwaarschijnlijk groot (grens 10.000 mln)",
                        value.value
                    ),
                ),
                Some(y) => inputs.volumes_mln[s][y] = value.value,
            }
        }
    }
    for o in &entry.score_overrides {
        let s = data.scenario_index(&o.scenario.text);
        let c = data.criterion_index(&o.criterion.text);
        let l = data.level_index(&o.level.text);
        match (s, c, l) {
            (Some(s), Some(c), Some(l)) => inputs.score_overrides[s][c] = Some(l),
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
            if role.fte.value < Decimal::ZERO || role.fte.value > MAX_ROLE_FTE {
                err(
                    role.fte.at,
                    format!(
                        "fte {} van rol '{}' ligt niet tussen 0 en 100",
                        role.fte.value, role.name.text
                    ),
                );
            }
            let people = u32::try_from(role.people.value.trunc().mantissa())
                .ok()
                .filter(|&p| {
                    role.people.value.fract().is_zero()
                        && !role.people.value.is_sign_negative()
                        && p <= MAX_ROLE_PEOPLE
                });
            if people.is_none() {
                err(
                    role.people.at,
                    format!(
                        "aantal mensen {} van rol '{}' is geen heel getal tussen 0 en 100",
                        role.people.value, role.name.text
                    ),
                );
            }
            staff.push(StaffRole {
                name: role.name.text.clone(),
                fte: role.fte.value,
                people: people.unwrap_or(0),
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
    let other_data = entry
        .dataset
        .as_ref()
        .filter(|r| r.fingerprint != data.fingerprint);
    if !errors.is_empty() {
        if let Some(r) = other_data {
            errors.push(DataError::new(
                file,
                None,
                format!(
                    "deze set is gemaakt op andere gegevens ('{}'); nu geladen: '{}'",
                    r.name, data.name
                ),
            ));
        }
        return Err(errors);
    }
    let warning = other_data.map(|r| {
        format!(
            "Let op: de set '{}' is gemaakt op andere gegevens ('{}', vingerafdruk {}); nu geladen: '{}' ({}). Alle namen bestaan en de waarden zijn toegepast; controleer de uitkomsten.",
            entry.name, r.name, r.fingerprint, data.name, data.fingerprint
        )
    });
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

/// The file form of a set, every value written out.
pub fn to_file(data: &DataSet, set: &AssumptionSet) -> SetFile {
    let inputs = &set.inputs;
    SetFile {
        format: SET_FORMAT,
        name: set.name.clone(),
        author: set.author.clone(),
        date: set.date.clone(),
        note: set.note.clone(),
        dataset: Some(dataset_ref(data)),
        weights: data
            .criteria
            .iter()
            .zip(&inputs.weights)
            .map(|(c, &w)| (Id::new(&c.id), Dec::new(w)))
            .collect(),
        choices: data
            .choices
            .iter()
            .zip(&inputs.selection)
            .map(|(c, &o)| (Id::new(&c.id), Id::new(&c.options[o].id)))
            .collect(),
        volumes_mln: data
            .segments
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
            .collect(),
        score_overrides: inputs
            .score_overrides
            .iter()
            .enumerate()
            .flat_map(|(s, row)| {
                row.iter().enumerate().filter_map(move |(c, level)| {
                    level.map(|l| ScoreOverride {
                        scenario: Id::new(&data.scenarios[s].id),
                        criterion: Id::new(&data.criteria[c].id),
                        level: Id::new(&data.scale.levels[l].label),
                    })
                })
            })
            .collect(),
        supervision: match &inputs.supervision {
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
        },
        smaa_seed: Some(inputs.smaa_seed),
        importance: inputs
            .importance
            .iter()
            .map(|&c| Id::new(&data.criteria[c].id))
            .collect(),
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
        "// Aannameset voor nmd-scenarios (bestandsformaat {SET_FORMAT}).\n// Open dit bestand in het programma met 'Set openen…', of: nmd-scenarios report --set BESTAND\n{body}\n"
    )
}
