//! Reading the staffing a user adds in a set (`model::own::tasks`):
//! productive hours, staffing by tasks per category or role, growth tasks
//! and structural inhuur. Every problem located and worded in Dutch, like
//! the rest of the set.

use rust_decimal::Decimal;

use super::file::{
    GrowthEntry, GrowthRateEntry, SetFile, TargetEntry, TaskCombineEntry, TaskEntry, TaskRuleEntry,
};
use super::read_own::{Problems, quoted};
use crate::model::dataset::DataSet;
use crate::model::inputs::{Inputs, Supervision};
use crate::model::located::{Dec, LocStr};
use crate::model::own::{GrowthRate, GrowthTask, Inhuur, Task, TaskCombine, TaskRule, TaskTarget};
use crate::numbers::{
    self, FTE_PER_MLN, HOURS_PER_UNIT, INHUUR_FTE, PEOPLE_PER_UNIT, PRODUCTIVE_HOURS, Quantity,
    TASK_UNITS, VOLUME_MLN,
};

/// Productive hours, task rules, growth and inhuur, read against `data`
/// (the data extended with the set's additions); task rules for a role
/// need the set's roles, so supervision is read before.
pub fn read_extras(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    if let Some(hours) = &entry.productive_hours {
        inputs.extras.productive_hours = checked(hours, &PRODUCTIVE_HOURS, "taken", problems);
    }
    read_task_rules(data, entry, inputs, problems);
    read_growth(data, entry, inputs, problems);
    read_inhuur(data, entry, inputs, problems);
}

/// `value` within the bounds of `quantity`, or a problem that starts with
/// `what`.
fn checked(
    value: &Dec,
    quantity: &Quantity,
    what: &str,
    problems: &mut Problems,
) -> Option<Decimal> {
    numbers::check(value.value, quantity)
        .map_err(|refusal| problems.add(value.at, format!("{what}: {refusal}")))
        .ok()
}

/// The index of a function category of the data, or a problem naming the
/// known ones.
fn known_category(data: &DataSet, id: &LocStr, problems: &mut Problems) -> Option<usize> {
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
}

/// Staffing by tasks: per category or role one rule, at most one each.
fn read_task_rules(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    let mut rules = Vec::new();
    for rule in &entry.task_rules {
        let target = task_target(data, &rule.target, &inputs.supervision, problems);
        let tasks = read_tasks(rule, problems);
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
}

/// What a task rule staffs: a category of the data or a role of the set.
fn task_target(
    data: &DataSet,
    target: &TargetEntry,
    supervision: &Supervision,
    problems: &mut Problems,
) -> Option<TaskTarget> {
    match target {
        TargetEntry::Category(id) => known_category(data, id, problems).map(TaskTarget::Category),
        TargetEntry::Role(name) => {
            let known = match supervision {
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
    }
}

/// The tasks of one rule, each with a name; a figure out of bounds is
/// named and left empty.
fn read_tasks(rule: &TaskRuleEntry, problems: &mut Problems) -> Vec<Task> {
    rule.tasks
        .iter()
        .map(|task: &TaskEntry| {
            let what = format!("taak '{}'", task.name.text);
            if task.name.text.trim().is_empty() {
                problems.add(task.name.at, "een taak heeft een naam nodig".into());
            }
            let mut optional = |value: &Option<Dec>, quantity: &Quantity| {
                value
                    .as_ref()
                    .and_then(|v| checked(v, quantity, &what, problems))
            };
            Task {
                name: task.name.text.trim().to_owned(),
                driver: task.driver.clone(),
                unit: task.unit.clone(),
                units: optional(&task.units, &TASK_UNITS),
                hours_per_unit: optional(&task.hours_per_unit, &HOURS_PER_UNIT),
                people_per_unit: optional(&task.people_per_unit, &PEOPLE_PER_UNIT),
                source: task.source.clone(),
            }
        })
        .collect()
}

/// Growth tasks: segments the report does not have, from a year of the
/// data on, with a volume per year and a rate.
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
        let volume_mln = growth_volumes(data, g, from_year, problems);
        if let Some(rate) = growth_rate(data, g, problems) {
            inputs.extras.growth.push(GrowthTask {
                name: name.to_owned(),
                from_year,
                volume_mln,
                rate,
            });
        }
    }
}

/// A growth task's volume per year of the data (EUR mln); years before
/// `from_year` or outside the data are named.
fn growth_volumes(
    data: &DataSet,
    g: &GrowthEntry,
    from_year: u16,
    problems: &mut Problems,
) -> Vec<Decimal> {
    let name = g.name.text.trim();
    let last = data.years.last().copied().unwrap_or(from_year);
    let mut volume_mln = vec![Decimal::ZERO; data.years.len()];
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
                format!("groeitaak '{name}': jaar {year} ligt niet tussen {from_year} en {last}"),
            ),
        }
    }
    volume_mln
}

/// A growth task's fte per mln: like a segment of the data, or typed per
/// category.
fn growth_rate(data: &DataSet, g: &GrowthEntry, problems: &mut Problems) -> Option<GrowthRate> {
    let name = g.name.text.trim();
    match &g.rate {
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
                let v = checked(
                    value,
                    &FTE_PER_MLN,
                    &format!("groeitaak '{name}'"),
                    problems,
                );
                if let (Some(c), Some(v)) = (c, v) {
                    rates.push((c, v));
                }
            }
            Some(GrowthRate::Typed(rates))
        }
    }
}

/// Structural inhuur: fixed fte for a category of the data.
fn read_inhuur(data: &DataSet, entry: &SetFile, inputs: &mut Inputs, problems: &mut Problems) {
    for hire in &entry.inhuur {
        let fte = checked(&hire.fte, &INHUUR_FTE, "inhuur", problems);
        if let (Some(c), Some(fte)) = (known_category(data, &hire.category, problems), fte) {
            inputs.extras.inhuur.push(Inhuur {
                category: c,
                fte,
                what: hire.what.trim().to_owned(),
            });
        }
    }
}
