//! The set's cost inputs in its file (`costs: Some((…))`): read with every
//! problem located and worded in Dutch (`write_costs.rs` writes them back).

use super::costs_entry::{
    CostsEntry, KeyEntry, OtherEntry, OwnShareEntry, RangeEntry, TransitionEntry, WageEntry,
    WageTargetEntry,
};
use super::range_names::range_scenario;
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
    out.wages = read_wages(data, &costs.wages, &roles, problems);
    out.other = costs
        .other
        .iter()
        .map(|line| read_other_cost(data, line, &known_participant, problems))
        .collect();
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

/// `value` checked against `quantity`; a refusal is reported at the value,
/// after `what`.
fn checked(
    value: &BigDec,
    quantity: &Quantity,
    what: &str,
    problems: &mut Problems,
) -> Option<rust_decimal::Decimal> {
    check(value, quantity)
        .map_err(|r| problems.add(value.at, format!("{what}: {r}")))
        .ok()
}

/// The wages per category or role; one whose target or amount is refused
/// is left out.
fn read_wages(
    data: &DataSet,
    entries: &[WageEntry],
    roles: &[&str],
    problems: &mut Problems,
) -> Vec<Wage> {
    let mut wages = Vec::new();
    for w in entries {
        let target = wage_target(data, &w.target, roles, problems);
        let eur = checked(&w.eur, &WAGE_EUR, "loonkosten", problems);
        if let (Some(target), Some(eur)) = (target, eur) {
            wages.push(Wage {
                target,
                amount: Amount {
                    eur,
                    source: w.source.clone(),
                },
            });
        }
    }
    wages
}

/// What a wage is for: a known staff category of the data or a role of
/// the set.
fn wage_target(
    data: &DataSet,
    target: &WageTargetEntry,
    roles: &[&str],
    problems: &mut Problems,
) -> Option<WageTarget> {
    match target {
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
    }
}

/// One other cost line: its name, its amount per period and who it is
/// charged to (only known participants).
fn read_other_cost(
    data: &DataSet,
    line: &OtherEntry,
    known_participant: &dyn Fn(&LocStr, &mut Problems) -> bool,
    problems: &mut Problems,
) -> OtherCost {
    if line.name.text.trim().is_empty() {
        problems.add(line.name.at, "een kostenpost heeft een naam nodig".into());
    }
    let per_year = other_per_year(data, line, problems);
    let charged_to = line
        .charged_to
        .iter()
        .filter(|p| known_participant(p, problems))
        .map(|p| p.text.clone())
        .collect();
    OtherCost {
        name: line.name.text.trim().to_owned(),
        per_year,
        source: line.source.clone(),
        charged_to,
    }
}

/// An other cost line's amount per period: `every_year` for each, then
/// the amounts typed per year in their place; a year the data does not
/// know is refused.
fn other_per_year(
    data: &DataSet,
    line: &OtherEntry,
    problems: &mut Problems,
) -> Vec<Option<rust_decimal::Decimal>> {
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
                        data.years
                            .iter()
                            .map(u16::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
            ),
        }
    }
    per_year
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

/// The transition costs: the cost component they follow (if any) and a
/// low and high amount per level or scenario, each named once.
fn read_transition(
    data: &DataSet,
    t: &TransitionEntry,
    problems: &mut Problems,
) -> Option<Transition> {
    let component = transition_component(data, t.component.as_ref(), problems)?;
    let mut ranges = Vec::new();
    for r in &t.ranges {
        let Some(on) = range_for(data, component, r, problems) else {
            continue;
        };
        let what = match on {
            RangeFor::Level(l) => data.cost_profile.levels[l].clone(),
            RangeFor::Scenario(s) => data.scenarios[s].label(),
        };
        if ranges.iter().any(|x: &TransitionRange| x.on == on) {
            problems.add(
                r.low_eur.at,
                format!("{what}: staat twee keer bij de transitiekosten"),
            );
            continue;
        }
        let Some((low_eur, high_eur)) = range_amounts(r, &what, problems) else {
            continue;
        };
        ranges.push(TransitionRange {
            on,
            low_eur,
            high_eur,
            source: r.source.clone(),
        });
    }
    Some(Transition { component, ranges })
}

/// The row of the cost profile the transition follows: `Some(None)` when
/// none is named, `None` when the one named is unknown (the transition is
/// then refused).
fn transition_component(
    data: &DataSet,
    id: Option<&Id>,
    problems: &mut Problems,
) -> Option<Option<usize>> {
    let Some(id) = id else {
        return Some(None);
    };
    let profile = &data.cost_profile;
    if let Some(c) = profile.components.iter().position(|c| c.id == id.text) {
        return Some(Some(c));
    }
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
    None
}

/// What a range is for: a known level of the cost profile (only with a
/// component) or a known scenario, exactly one of the two.
fn range_for(
    data: &DataSet,
    component: Option<usize>,
    r: &RangeEntry,
    problems: &mut Problems,
) -> Option<RangeFor> {
    let profile = &data.cost_profile;
    match (&r.level, &r.scenario) {
        (Some(level), None) if component.is_none() => {
            problems.add(
                level.at,
                format!(
                    "niveau '{}' zonder kostenonderdeel: noem 'component' (de rij van het kostenprofiel) of geef het bedrag per scenario",
                    level.text
                ),
            );
            None
        }
        (Some(level), None) => match profile.levels.iter().position(|l| *l == level.text) {
            Some(l) => Some(RangeFor::Level(l)),
            None => {
                problems.add(
                    level.at,
                    format!(
                        "onbekend kostenniveau '{}'; bekend: {}",
                        level.text,
                        quoted(profile.levels.iter().cloned())
                    ),
                );
                None
            }
        },
        (None, Some(id)) => range_scenario(data, id, problems),
        _ => {
            problems.add(
                r.low_eur.at,
                "een bandbreedte geldt voor een niveau ('level') of voor een scenario ('scenario'): noem er precies één".into(),
            );
            None
        }
    }
}

/// A range's low and high amount in euros, each checked, the low not
/// above the high; `what` names the level or scenario in a refusal.
fn range_amounts(
    r: &RangeEntry,
    what: &str,
    problems: &mut Problems,
) -> Option<(rust_decimal::Decimal, rust_decimal::Decimal)> {
    let low = check(&r.low_eur, &COST_EUR)
        .map_err(|e| problems.add(r.low_eur.at, format!("{what}: {e}")))
        .ok();
    let high = check(&r.high_eur, &COST_EUR)
        .map_err(|e| problems.add(r.high_eur.at, format!("{what}: {e}")))
        .ok();
    let (low_eur, high_eur) = (low?, high?);
    if low_eur > high_eur {
        problems.add(
            r.low_eur.at,
            format!(
                "{what}: de ondergrens € {} is hoger dan de bovengrens € {}",
                crate::format::number(low_eur, 0),
                crate::format::number(high_eur, 0)
            ),
        );
        return None;
    }
    Some((low_eur, high_eur))
}
