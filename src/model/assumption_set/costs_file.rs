//! The set's cost inputs in its file (`costs: Some((…))`): read with every
//! problem located and worded in Dutch, and written back.

use super::costs_entry::{
    AmountEntry, CostsEntry, KeyEntry, OtherEntry, OwnShareEntry, RangeEntry, TransitionEntry,
    WageEntry, WageTargetEntry,
};
use super::read_own::{Problems, quoted};
use crate::model::costs::{
    Amount, CostInputs, CostKey, KeyMethod, OtherCost, OwnShare, RangeFor, Transition,
    TransitionRange, Wage, WageTarget, key_shares,
};
use crate::model::dataset::DataSet;
use crate::model::inputs::{Inputs, Supervision};
use crate::model::located::{BigDec, Id, LocStr};
use crate::numbers::{
    self, CONTRIBUTION_EUR, COST_EUR, INHABITANTS, KEY_PERCENT, Quantity, WAGE_EUR,
};
use std::collections::BTreeMap;

/// An amount checked against its quantity; one too large for a decimal is
/// refused by the quantity's bounds.
fn check(value: &BigDec, quantity: &Quantity) -> Result<rust_decimal::Decimal, numbers::Refusal> {
    match &value.huge {
        Some(text) => Err(numbers::Refusal::TooLarge {
            text: text.clone(),
            quantity: Some(*quantity),
        }),
        None => numbers::check(value.value, quantity),
    }
}

/// The participants of the data, or (when it names none) of the key.
fn participant_names(data: &DataSet, entry: &CostsEntry) -> Vec<String> {
    match (&data.participants, &entry.key) {
        (Some(p), _) => p.names.clone(),
        (None, Some(k)) => k.values.iter().map(|(n, _)| n.text.clone()).collect(),
        (None, None) => Vec::new(),
    }
}

/// The cost inputs of `entry`, every value checked; `data` is the data
/// extended with the set's additions, `inputs` already has its roles.
pub fn read_costs(
    data: &DataSet,
    entry: Option<&CostsEntry>,
    inputs: &mut Inputs,
    problems: &mut Problems,
) {
    let Some(costs) = entry else {
        return;
    };
    let participants = participant_names(data, costs);
    let checked = |value: &BigDec, quantity: &Quantity, what: &str, problems: &mut Problems| {
        check(value, quantity)
            .map_err(|r| problems.add(value.at, format!("{what}: {r}")))
            .ok()
    };
    let known_participant = |name: &LocStr, problems: &mut Problems| {
        let known = participants.contains(&name.text);
        if !known {
            problems.add(
                name.at,
                format!(
                    "onbekende deelnemer '{}'; bekend: {}",
                    name.text,
                    quoted(participants.iter().cloned())
                ),
            );
        }
        known
    };
    let mut out = CostInputs::default();
    if let Some(a) = &costs.wage_all {
        out.wage_all = checked(&a.eur, &WAGE_EUR, "loonkosten", problems).map(|eur| Amount {
            eur,
            source: a.source.clone(),
        });
    }
    let roles: Vec<&str> = match &inputs.supervision {
        Supervision::Roles(r) => r.roles.iter().map(|x| x.name.as_str()).collect(),
        Supervision::VolumeRule => Vec::new(),
    };
    for w in &costs.wages {
        let target = match &w.target {
            WageTargetEntry::Category(id) => {
                match data.categories.iter().position(|c| c.id == id.text) {
                    Some(c) => Some(WageTarget::Category(c)),
                    None => {
                        problems.add(
                            id.at,
                            format!(
                                "onbekende functiecategorie '{}'; bekend: {}",
                                id.text,
                                quoted(data.categories.iter().map(|c| c.id.clone()))
                            ),
                        );
                        None
                    }
                }
            }
            WageTargetEntry::Role(name) if roles.contains(&name.text.as_str()) => {
                Some(WageTarget::Role(name.text.clone()))
            }
            WageTargetEntry::Role(name) => {
                problems.add(
                    name.at,
                    format!(
                        "onbekende rol '{}'; de set heeft: {}",
                        name.text,
                        if roles.is_empty() {
                            "geen rollen".to_owned()
                        } else {
                            quoted(roles.iter().map(|r| (*r).to_owned()))
                        }
                    ),
                );
                None
            }
        };
        let eur = checked(&w.eur, &WAGE_EUR, "loonkosten", problems);
        if let (Some(target), Some(eur)) = (target, eur) {
            out.wages.push(Wage {
                target,
                amount: Amount {
                    eur,
                    source: w.source.clone(),
                },
            });
        }
    }
    for line in &costs.other {
        if line.name.text.trim().is_empty() {
            problems.add(line.name.at, "een kostenpost heeft een naam nodig".into());
        }
        let periods = crate::model::costs::periods(data);
        let every = line
            .every_year
            .as_ref()
            .and_then(|v| checked(v, &COST_EUR, &line.name.text, problems));
        let mut per_year = vec![every; periods.len()];
        for (year, value) in &line.per_year {
            match data.years.iter().position(|y| y == year) {
                Some(y) => per_year[y] = checked(value, &COST_EUR, &line.name.text, problems),
                None => problems.add(
                    value.at,
                    if data.years.is_empty() {
                        format!(
                            "'{}': deze gegevens kennen geen jaren; geef één bedrag met 'every_year'",
                            line.name.text
                        )
                    } else {
                        format!(
                            "'{}': onbekend jaar {year}; de gegevens kennen: {}",
                            line.name.text,
                            data.years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
                        )
                    },
                ),
            }
        }
        let charged_to = line
            .charged_to
            .iter()
            .filter(|p| known_participant(p, problems))
            .map(|p| p.text.clone())
            .collect();
        out.other.push(OtherCost {
            name: line.name.text.trim().to_owned(),
            per_year,
            source: line.source.clone(),
            charged_to,
        });
    }
    if let Some(key) = &costs.key {
        out.key = read_key(key, &participants, problems);
    }
    out.own_shares = read_own_shares(data, &costs.own_shares, &known_participant, problems);
    if let Some(t) = &costs.transition {
        out.transition = read_transition(data, t, problems);
    }
    super::components_file::read_components(data, costs, &mut out, problems);
    inputs.costs = out;
}

/// The own distributions (artikel 8.4): each segment once, known, to
/// someone.
fn read_own_shares(
    data: &DataSet,
    entries: &[OwnShareEntry],
    known_participant: &dyn Fn(&LocStr, &mut Problems) -> bool,
    problems: &mut Problems,
) -> Vec<OwnShare> {
    let mut shares: Vec<OwnShare> = Vec::new();
    for own in entries {
        let segment = data.segments.iter().position(|s| s.id == own.segment.text);
        if segment.is_some() && shares.iter().any(|o| Some(o.segment) == segment) {
            problems.add(
                own.segment.at,
                format!(
                    "'{}' staat twee keer bij de eigen verdeling; noem het segment één keer, met alle deelnemers die het dragen",
                    own.segment.text
                ),
            );
            continue;
        }
        if segment.is_none() {
            problems.add(
                own.segment.at,
                format!(
                    "onbekend segment '{}'; bekend: {}",
                    own.segment.text,
                    quoted(data.segments.iter().map(|s| s.id.clone()))
                ),
            );
        }
        if own.participants.is_empty() {
            problems.add(
                own.segment.at,
                format!(
                    "een eigen verdeling van '{}' naar niemand: noem de deelnemers die het dragen",
                    own.segment.text
                ),
            );
        }
        let named: Vec<String> = own
            .participants
            .iter()
            .filter(|p| known_participant(p, problems))
            .map(|p| p.text.clone())
            .collect();
        if let Some(segment) = segment {
            shares.push(OwnShare {
                segment,
                participants: named,
                source: own.source.clone(),
                supervision_follows: own.supervision_follows,
            });
        }
    }
    shares
}

fn read_key(entry: &KeyEntry, participants: &[String], problems: &mut Problems) -> Option<CostKey> {
    let key = entry;
    let method = match key.method.text.as_str() {
        "procenten" => KeyMethod::Percent,
        "rijksbijdragen" => KeyMethod::Contributions,
        "inwoners" => KeyMethod::Inhabitants,
        other => {
            problems.add(
                key.method.at,
                format!(
                    "onbekende methode '{other}' voor de verdeelsleutel; toegestaan: 'procenten', 'rijksbijdragen', 'inwoners'"
                ),
            );
            return None;
        }
    };
    let quantity = match method {
        KeyMethod::Percent => &KEY_PERCENT,
        KeyMethod::Contributions => &CONTRIBUTION_EUR,
        KeyMethod::Inhabitants => &INHABITANTS,
    };
    let before = problems.errors.len();
    let mut values = Vec::new();
    for (name, value) in &key.values {
        if values.iter().any(|(n, _): &(String, _)| *n == name.text) {
            problems.add(
                name.at,
                format!("'{}' staat twee keer in de verdeelsleutel", name.text),
            );
            continue;
        }
        if let Ok(v) = check(value, quantity) {
            values.push((name.text.clone(), v));
        } else if method == KeyMethod::Percent
            && value.huge.is_none()
            && value.value.fract() != rust_decimal::Decimal::ZERO
        {
            problems.add(
                value.at,
                format!(
                    "{}: {} % is geen heel procent; de verdeelsleutel is in hele procenten (artikel 8.1)",
                    name.text,
                    crate::format::number_trimmed(value.value, 4)
                ),
            );
        } else if let Err(r) = check(value, quantity) {
            problems.add(value.at, format!("{}: {r}", name.text));
        }
    }
    let key = CostKey {
        method,
        values,
        source: entry.source.clone(),
    };
    // Who is missing or unknown, what the percents add up to: said once,
    // at the key.
    if problems.errors.len() == before
        && let Err(why) = key_shares(participants, &key)
    {
        problems.add(entry.method.at, format!("verdeelsleutel: {why}"));
        return None;
    }
    Some(key)
}

fn read_transition(
    data: &DataSet,
    t: &TransitionEntry,
    problems: &mut Problems,
) -> Option<Transition> {
    let profile = &data.cost_profile;
    let component = match &t.component {
        Some(id) => match profile.components.iter().position(|c| c.id == id.text) {
            Some(c) => Some(c),
            None => {
                problems.add(
                    id.at,
                    if profile.components.is_empty() {
                        format!(
                            "onbekend kostenonderdeel '{}': deze gegevens hebben geen kostenprofiel; geef de bedragen per scenario",
                            id.text
                        )
                    } else {
                        format!(
                            "onbekend kostenonderdeel '{}'; bekend: {}",
                            id.text,
                            quoted(profile.components.iter().map(|c| c.id.clone()))
                        )
                    },
                );
                return None;
            }
        },
        None => None,
    };
    let mut ranges = Vec::new();
    for r in &t.ranges {
        let on = match (&r.level, &r.scenario) {
            (Some(level), None) if component.is_none() => {
                problems.add(
                    level.at,
                    format!(
                        "niveau '{}' zonder kostenonderdeel: noem 'component' (de rij van het kostenprofiel) of geef het bedrag per scenario",
                        level.text
                    ),
                );
                continue;
            }
            (Some(level), None) => match profile.levels.iter().position(|l| *l == level.text) {
                Some(l) => RangeFor::Level(l),
                None => {
                    problems.add(
                        level.at,
                        format!(
                            "onbekend kostenniveau '{}'; bekend: {}",
                            level.text,
                            quoted(profile.levels.iter().cloned())
                        ),
                    );
                    continue;
                }
            },
            (None, Some(id)) => match data.scenario_index(&id.text) {
                Some(s) => RangeFor::Scenario(s),
                None => {
                    problems.add(
                        id.at,
                        format!(
                            "onbekend scenario '{}'; bekend: {}",
                            id.text,
                            quoted(data.scenarios.iter().map(|s| s.id.clone()))
                        ),
                    );
                    continue;
                }
            },
            _ => {
                problems.add(
                    r.low_eur.at,
                    "een bandbreedte geldt voor een niveau ('level') of voor een scenario ('scenario'): noem er precies één".into(),
                );
                continue;
            }
        };
        let what = match on {
            RangeFor::Level(l) => profile.levels[l].clone(),
            RangeFor::Scenario(s) => data.scenarios[s].label(),
        };
        if ranges.iter().any(|x: &TransitionRange| x.on == on) {
            problems.add(
                r.low_eur.at,
                format!("{what}: staat twee keer bij de transitiekosten"),
            );
            continue;
        }
        let low = check(&r.low_eur, &COST_EUR)
            .map_err(|e| problems.add(r.low_eur.at, format!("{what}: {e}")))
            .ok();
        let high = check(&r.high_eur, &COST_EUR)
            .map_err(|e| problems.add(r.high_eur.at, format!("{what}: {e}")))
            .ok();
        let (Some(low_eur), Some(high_eur)) = (low, high) else {
            continue;
        };
        if low_eur > high_eur {
            problems.add(
                r.low_eur.at,
                format!(
                    "{what}: de ondergrens € {} is hoger dan de bovengrens € {}",
                    crate::format::number(low_eur, 0),
                    crate::format::number(high_eur, 0)
                ),
            );
            continue;
        }
        ranges.push(TransitionRange {
            on,
            low_eur,
            high_eur,
            source: r.source.clone(),
        });
    }
    Some(Transition { component, ranges })
}

/// The file form of `costs` (`None` when nothing is typed).
pub fn write_costs(data: &DataSet, costs: &CostInputs) -> Option<CostsEntry> {
    if costs.is_empty() {
        return None;
    }
    let amount = |a: &Amount| AmountEntry {
        eur: BigDec::new(a.eur),
        source: a.source.clone(),
    };
    let mut entry = CostsEntry {
        wage_all: costs.wage_all.as_ref().map(amount),
        wages: costs
            .wages
            .iter()
            .map(|w| WageEntry {
                target: match &w.target {
                    WageTarget::Category(c) => {
                        WageTargetEntry::Category(Id::new(&data.categories[*c].id))
                    }
                    WageTarget::Role(name) => WageTargetEntry::Role(LocStr::new(name)),
                },
                eur: BigDec::new(w.amount.eur),
                source: w.amount.source.clone(),
            })
            .collect(),
        other: costs
            .other
            .iter()
            .map(|line| OtherEntry {
                name: LocStr::new(&line.name),
                every_year: every_year(&line.per_year).map(BigDec::new),
                per_year: if every_year(&line.per_year).is_some() {
                    BTreeMap::new()
                } else {
                    data.years
                        .iter()
                        .zip(&line.per_year)
                        .filter_map(|(&year, v)| v.map(|v| (year, BigDec::new(v))))
                        .collect()
                },
                source: line.source.clone(),
                charged_to: line.charged_to.iter().map(LocStr::new).collect(),
            })
            .collect(),
        key: costs.key.as_ref().map(|k| KeyEntry {
            method: LocStr::new(k.method.id()),
            values: k
                .values
                .iter()
                .map(|(n, v)| (LocStr::new(n), BigDec::new(*v)))
                .collect(),
            source: k.source.clone(),
        }),
        own_shares: costs
            .own_shares
            .iter()
            .map(|o| OwnShareEntry {
                segment: Id::new(&data.segments[o.segment].id),
                participants: o.participants.iter().map(LocStr::new).collect(),
                source: o.source.clone(),
                supervision_follows: o.supervision_follows,
            })
            .collect(),
        transition: costs.transition.as_ref().map(|t| TransitionEntry {
            component: t
                .component
                .map(|c| Id::new(&data.cost_profile.components[c].id)),
            ranges: t
                .ranges
                .iter()
                .map(|r| RangeEntry {
                    level: match r.on {
                        RangeFor::Level(l) => Some(LocStr::new(&data.cost_profile.levels[l])),
                        RangeFor::Scenario(_) => None,
                    },
                    scenario: match r.on {
                        RangeFor::Scenario(s) => Some(Id::new(&data.scenarios[s].id)),
                        RangeFor::Level(_) => None,
                    },
                    low_eur: BigDec::new(r.low_eur),
                    high_eur: BigDec::new(r.high_eur),
                    source: r.source.clone(),
                })
                .collect(),
        }),
        ..CostsEntry::default()
    };
    super::components_file::write_components(data, costs, &mut entry);
    Some(entry)
}

/// The amount of a line typed the same for every period, if it is.
fn every_year(per_year: &[Option<rust_decimal::Decimal>]) -> Option<rust_decimal::Decimal> {
    let first = (*per_year.first()?)?;
    per_year.iter().all(|v| *v == Some(first)).then_some(first)
}
