//! The cost profile's components in euros, the horizon, the budget and the
//! distribution of a set's cost inputs (`costs: Some((components: […],
//! horizon: …))`): read with every problem located and worded in Dutch, a
//! range wider than its middle said as a warning at its place, and written
//! back.

use rust_decimal::Decimal;

use super::costs_entry::{
    AmountEntry, ComponentEntry, ComponentRangeEntry, CostsEntry, HorizonEntry,
};
use super::range_names::{range_names, range_scenario};
use super::read_own::{Problems, quoted};
use crate::format::{euro, whole_ascii};
use crate::model::costs::{
    Amount, ComponentCosts, CostInputs, CostKind, CostRange, Distribution, Horizon, RangeFor,
};
use crate::model::dataset::DataSet;
use crate::model::located::{BigDec, Id, LocStr};
use crate::model::scenario_costs::{level_matches, wide_range};
use crate::numbers::{self, BUDGET_EUR, COST_EUR, HORIZON_START, HORIZON_YEARS, Quantity};

/// A value checked against its quantity (one too large for a decimal is
/// refused by the quantity's bounds), or the refusal in words.
fn checked(value: &BigDec, quantity: &Quantity) -> Result<Decimal, String> {
    match &value.huge {
        Some(text) => Err(numbers::Refusal::TooLarge {
            text: text.clone(),
            quantity: Some(*quantity),
        }
        .message()),
        None => numbers::check(value.value, quantity).map_err(|r| r.message()),
    }
}

/// Reads the components, the horizon, the budget and the distribution of
/// `entry` into `out` (whose transition is already read).
pub fn read_components(
    data: &DataSet,
    entry: &CostsEntry,
    out: &mut CostInputs,
    problems: &mut Problems,
) {
    for component in &entry.components {
        if let Some(read) = read_component(data, component, out, problems) {
            out.components.push(read);
        }
    }
    out.horizon = entry
        .horizon
        .as_ref()
        .and_then(|h| read_horizon(h, problems));
    out.budget = entry.budget.as_ref().and_then(|b| {
        checked(&b.eur, &BUDGET_EUR)
            .map_err(|why| problems.add(b.eur.at, format!("budget: {why}")))
            .ok()
            .map(|eur| Amount {
                eur,
                source: b.source.clone(),
            })
    });
    out.distribution = match &entry.distribution {
        None => Distribution::Uniform,
        Some(word) => match word.text.trim() {
            "gelijkmatig" => Distribution::Uniform,
            "driehoek" => Distribution::Triangular,
            other => {
                problems.add(
                    word.at,
                    format!(
                        "onbekende verdeling '{other}' voor de trekkingen; toegestaan: 'gelijkmatig', 'driehoek'"
                    ),
                );
                Distribution::Uniform
            }
        },
    };
    if out.distribution == Distribution::Uniform {
        let modes = entry
            .components
            .iter()
            .flat_map(|c| &c.ranges)
            .filter_map(|r| r.mode_eur.as_ref());
        if let Some(first) = modes.into_iter().next() {
            problems.warn(
                first.at,
                "'mode_eur' telt alleen bij distribution: \"driehoek\"; bij de gelijkmatige verdeling is elk bedrag tussen laag en hoog even waarschijnlijk".into(),
            );
        }
    }
}

/// Which component an entry is for: a row of the cost profile (by id) or a
/// name of the set's own; each once, and not also under `transition`.
fn component_of(
    data: &DataSet,
    entry: &ComponentEntry,
    out: &CostInputs,
    problems: &mut Problems,
) -> Option<(Option<usize>, String)> {
    let profile = &data.cost_profile;
    let (row, name, at) = match (&entry.component, &entry.name) {
        (Some(id), None) => match profile.components.iter().position(|c| c.id == id.text) {
            Some(c) => (Some(c), profile.components[c].name.clone(), id.at),
            None => {
                problems.add(id.at, unknown_component(data, id));
                return None;
            }
        },
        (None, Some(name)) if !name.text.trim().is_empty() => {
            (None, name.text.trim().to_owned(), name.at)
        }
        _ => {
            problems.add(
                entry.kind.at,
                "een kostenonderdeel noemt 'component' (een rij van het kostenprofiel) of 'name' (een eigen onderdeel), precies één van de twee".into(),
            );
            return None;
        }
    };
    let transition_row = out.transition.as_ref().and_then(|t| t.component);
    if row.is_some() && row == transition_row {
        problems.add(
            at,
            format!("'{name}' staat al onder 'transition'; noem een onderdeel op één plaats"),
        );
        return None;
    }
    if out
        .components
        .iter()
        .any(|c| c.component == row && (row.is_some() || c.name == name))
    {
        problems.add(
            at,
            format!("'{name}' staat twee keer bij de kostenonderdelen"),
        );
        return None;
    }
    Some((row, name))
}

fn unknown_component(data: &DataSet, id: &Id) -> String {
    let profile = &data.cost_profile;
    if profile.components.is_empty() {
        format!(
            "onbekend kostenonderdeel '{}': deze gegevens hebben geen kostenprofiel; geef het onderdeel een eigen naam ('name') en de bedragen per scenario",
            id.text
        )
    } else {
        format!(
            "onbekend kostenonderdeel '{}'; bekend: {}",
            id.text,
            quoted(profile.components.iter().map(|c| c.id.clone()))
        )
    }
}

/// The kind's word as typed ("per jaar", "Eenmalig", "niet in euros").
fn kind_of(word: &LocStr, name: &str, problems: &mut Problems) -> Option<CostKind> {
    let typed = word.text.trim().to_lowercase().replace(['’', '\''], "");
    let kind = CostKind::ALL
        .into_iter()
        .find(|k| k.word().replace('\'', "") == typed);
    if kind.is_none() {
        problems.add(
            word.at,
            format!(
                "onbekende soort '{}' voor '{name}'; toegestaan: {}",
                word.text,
                quoted(CostKind::ALL.iter().map(|k| k.word().to_owned()))
            ),
        );
    }
    kind
}

fn read_component(
    data: &DataSet,
    entry: &ComponentEntry,
    out: &CostInputs,
    problems: &mut Problems,
) -> Option<ComponentCosts> {
    let (row, name) = component_of(data, entry, out, problems)?;
    let kind = kind_of(&entry.kind, &name, problems)?;
    if !kind.in_euros() && !entry.ranges.is_empty() {
        problems.add(
            entry.kind.at,
            format!(
                "'{name}' is 'niet in euro's' maar heeft bedragen; kies 'per jaar', 'eenmalig' of 'besparing per jaar', of laat de bedragen weg"
            ),
        );
        return None;
    }
    let mut ranges: Vec<CostRange> = Vec::new();
    for range in &entry.ranges {
        let Some(on) = range_target(data, row, &name, range, problems) else {
            continue;
        };
        let what = match on {
            RangeFor::Level(l) => format!("{name}, {}", data.cost_profile.levels[l]),
            RangeFor::Scenario(s) => format!("{name}, {}", data.scenarios[s].label()),
        };
        if ranges.iter().any(|r| r.on == on) {
            problems.add(range.low_eur.at, format!("{what}: staat twee keer"));
            continue;
        }
        if let Some(read) = read_range(&what, kind, on, range, problems) {
            ranges.push(read);
        }
    }
    Some(ComponentCosts {
        component: row,
        name: if row.is_some() { String::new() } else { name },
        kind,
        ranges,
    })
}

/// The level word or scenario a range is for: a level of the cost profile
/// (compound words and dashes as the data writes them; a hyphen for the
/// dash is read as the dash; one the row does not use is said), or a
/// known scenario.
fn range_target(
    data: &DataSet,
    row: Option<usize>,
    name: &str,
    range: &ComponentRangeEntry,
    problems: &mut Problems,
) -> Option<RangeFor> {
    let profile = &data.cost_profile;
    match (&range.level, &range.scenario, row) {
        (Some(level), None, Some(row)) => {
            let Some(l) = profile
                .levels
                .iter()
                .position(|word| level_matches(word, &level.text))
            else {
                problems.add(
                    level.at,
                    format!(
                        "onbekend kostenniveau '{}' bij '{name}'; bekend: {}",
                        level.text,
                        quoted(profile.levels.iter().cloned())
                    ),
                );
                return None;
            };
            // A level no scenario has in this row is said, and kept: it
            // counts again once a scenario gets that level (an added one),
            // and saving the set keeps it.
            let used = used_levels(data, row);
            if !used.contains(&l) {
                problems.warn(
                    level.at,
                    format!(
                        "'{name}' gebruikt het niveau '{}' bij geen enkel scenario (wel: {}); deze bandbreedte telt niet mee",
                        profile.levels[l],
                        quoted(used.iter().map(|&u| profile.levels[u].clone()))
                    ),
                );
            }
            Some(RangeFor::Level(l))
        }
        (Some(level), None, None) => {
            problems.add(
                level.at,
                format!(
                    "niveau '{}' bij '{name}', dat geen rij van het kostenprofiel is: geef de bedragen per scenario",
                    level.text
                ),
            );
            None
        }
        (None, Some(id), _) => range_scenario(data, id, problems),
        _ => {
            problems.add(
                range.low_eur.at,
                format!(
                    "{name}: een bandbreedte geldt voor een niveau ('level') of voor een scenario ('scenario'): noem er precies één"
                ),
            );
            None
        }
    }
}

/// The levels the scenarios have in a row of the cost profile, in the
/// profile's order.
fn used_levels(data: &DataSet, row: usize) -> Vec<usize> {
    let cells = &data.cost_profile.components[row].cells;
    (0..data.cost_profile.levels.len())
        .filter(|&l| cells.iter().any(|c| c.level == Some(l)))
        .collect()
}

/// One amount of a range: not negative (a saving is typed positive), within
/// the bounds of an amount.
fn amount(what: &str, kind: CostKind, value: &BigDec, problems: &mut Problems) -> Option<Decimal> {
    if value.huge.is_none() && value.value < Decimal::ZERO {
        let why = if kind == CostKind::SavingPerYear {
            "typ een besparing als positief bedrag; het programma trekt haar af".to_owned()
        } else {
            format!(
                "een negatief bedrag bij een kostenpost ({}): is dit een besparing? Kies dan soort 'besparing per jaar' en typ de bedragen positief",
                kind.word()
            )
        };
        problems.add(value.at, format!("{what}: {why}"));
        return None;
    }
    checked(value, &COST_EUR)
        .map_err(|why| problems.add(value.at, format!("{what}: {why}")))
        .ok()
}

fn read_range(
    what: &str,
    kind: CostKind,
    on: RangeFor,
    range: &ComponentRangeEntry,
    problems: &mut Problems,
) -> Option<CostRange> {
    let low = amount(what, kind, &range.low_eur, problems);
    let high = amount(what, kind, &range.high_eur, problems);
    let mode = match &range.mode_eur {
        Some(m) => Some(amount(what, kind, m, problems)?),
        None => None,
    };
    let (low_eur, high_eur) = (low?, high?);
    if low_eur > high_eur {
        problems.add(
            range.low_eur.at,
            format!(
                "{what}: de ondergrens {} is hoger dan de bovengrens {}",
                euro(low_eur),
                euro(high_eur)
            ),
        );
        return None;
    }
    if let (Some(m), Some(at)) = (mode, range.mode_eur.as_ref())
        && !(low_eur..=high_eur).contains(&m)
    {
        problems.add(
            at.at,
            format!(
                "{what}: de modus {} ligt niet tussen {} en {}",
                euro(m),
                euro(low_eur),
                euro(high_eur)
            ),
        );
        return None;
    }
    if let Some(warning) = wide_range(low_eur, high_eur) {
        problems.warn(range.low_eur.at, format!("{what}: {warning}"));
    }
    Some(CostRange {
        on,
        low_eur,
        high_eur,
        mode_eur: mode,
        source: range.source.clone(),
    })
}

fn read_horizon(entry: &HorizonEntry, problems: &mut Problems) -> Option<Horizon> {
    let start = year(&entry.start, problems);
    let years = checked(&entry.years, &HORIZON_YEARS)
        .and_then(|v| numbers::check_whole(v, &HORIZON_YEARS).map_err(|r| r.message()))
        .map_err(|why| problems.add(entry.years.at, why))
        .ok();
    Some(Horizon {
        start: start?,
        years: u16::try_from(years?).ok()?,
    })
}

/// The horizon's first year, within its bounds (written as a year: 2026,
/// not 2.026).
fn year(value: &BigDec, problems: &mut Problems) -> Option<u16> {
    let ok = value.huge.is_none()
        && value.value.fract().is_zero()
        && (HORIZON_START.min..=HORIZON_START.max).contains(&value.value);
    if !ok {
        let shown = value
            .huge
            .clone()
            .unwrap_or_else(|| value.value.normalize().to_string().replace('.', ","));
        problems.add(
            value.at,
            format!(
                "looptijd: {} {shown} is geen jaar tussen {} en {}",
                HORIZON_START.noun,
                whole_ascii(HORIZON_START.min),
                whole_ascii(HORIZON_START.max)
            ),
        );
        return None;
    }
    u16::try_from(value.value.mantissa()).ok()
}

/// The file form of the components, horizon, budget and distribution.
pub fn write_components(data: &DataSet, costs: &CostInputs, entry: &mut CostsEntry) {
    entry.components = costs
        .components
        .iter()
        .map(|c| ComponentEntry {
            component: c
                .component
                .map(|row| Id::new(&data.cost_profile.components[row].id)),
            name: c.component.is_none().then(|| LocStr::new(&c.name)),
            kind: LocStr::new(c.kind.word()),
            ranges: c
                .ranges
                .iter()
                .map(|r| {
                    let (level, scenario) = range_names(data, r.on);
                    ComponentRangeEntry {
                        level,
                        scenario,
                        low_eur: BigDec::new(r.low_eur),
                        high_eur: BigDec::new(r.high_eur),
                        mode_eur: r.mode_eur.map(BigDec::new),
                        source: r.source.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    entry.horizon = costs.horizon.map(|h| HorizonEntry {
        start: BigDec::new(Decimal::from(h.start)),
        years: BigDec::new(Decimal::from(h.years)),
    });
    entry.budget = costs.budget.as_ref().map(|b| AmountEntry {
        eur: BigDec::new(b.eur),
        source: b.source.clone(),
    });
    entry.distribution =
        (costs.distribution != Distribution::Uniform).then(|| LocStr::new(costs.distribution.id()));
}
