//! Writing what users add in a set (`model::own`), every value as typed.

use rust_decimal::Decimal;

use super::file::{
    AddedCriterionEntry, AddedScenarioEntry, CriterionScoreEntry, GroupMeanEntry, GrowthEntry,
    GrowthRateEntry, InhuurEntry, LogEntryFile, MethodEntry, ProfileEntry, ScenarioScoreEntry,
    SetFile, TargetEntry, TaskCombineEntry, TaskEntry, TaskRuleEntry,
};
use crate::model::dataset::DataSet;
use crate::model::inputs::Inputs;
use crate::model::located::{Dec, Id, LocStr};
use crate::model::own::tasks::StaffingExtras;
use crate::model::own::{GroupMean, GrowthRate, TaskCombine, TaskTarget, WeightMethod};

/// Fills the fields of `file` that hold the user's additions. `data` is
/// the data extended with them.
pub fn write_additions(data: &DataSet, inputs: &Inputs, file: &mut SetFile) {
    file.added_scenarios = added_scenario_entries(data, inputs);
    file.added_criteria = added_criterion_entries(data, inputs);
    file.hidden_scenarios = (0..data.scenarios.len())
        .filter(|&s| inputs.hidden_scenarios().get(s).copied().unwrap_or(false))
        .map(|s| Id::new(&data.scenarios[s].id))
        .collect();
    file.hidden_criteria = (0..data.criteria.len())
        .filter(|&c| inputs.hidden_criteria().get(c).copied().unwrap_or(false))
        .map(|c| Id::new(&data.criteria[c].id))
        .collect();
    let extras = &inputs.extras;
    file.productive_hours = extras.productive_hours.map(Dec::new);
    file.task_rules = task_rule_entries(data, extras);
    file.growth = growth_entries(data, extras);
    file.inhuur = extras
        .inhuur
        .iter()
        .map(|h| InhuurEntry {
            category: Id::new(&data.categories[h.category].id),
            fte: Dec::new(h.fte),
            what: h.what.clone(),
        })
        .collect();
    file.profiles = profile_entries(data, inputs);
    file.group_mean = match inputs.group_mean {
        GroupMean::Arithmetic => GroupMeanEntry::Arithmetic,
        GroupMean::Geometric => GroupMeanEntry::Geometric,
    };
    file.log = inputs
        .log
        .iter()
        .map(|l| LogEntryFile {
            who: l.who.clone(),
            when: l.when.clone(),
            what: l.what.clone(),
            why: l.why.clone(),
        })
        .collect();
}

/// A level of the data's scale by its label.
fn level_id(data: &DataSet, level: usize) -> Id {
    Id::new(&data.scale.levels[level].label)
}

/// The added scenarios, each with a score and reason per criterion and a
/// cost level per component ("onbekend" when it has none).
fn added_scenario_entries(data: &DataSet, inputs: &Inputs) -> Vec<AddedScenarioEntry> {
    inputs
        .added
        .scenarios
        .iter()
        .map(|a| AddedScenarioEntry {
            id: Id::new(&a.id),
            name: LocStr::new(&a.name),
            short_name: a.short_name.clone(),
            description: a.description.clone(),
            scores: a
                .scores
                .iter()
                .map(|x| ScenarioScoreEntry {
                    criterion: Id::new(&x.other),
                    level: level_id(data, x.level),
                    reason: LocStr::new(&x.reason),
                })
                .collect(),
            cost: a
                .cost_levels
                .iter()
                .map(|(component, l)| {
                    let text = l
                        .and_then(|l| data.cost_profile.levels.get(l).cloned())
                        .unwrap_or_else(|| "onbekend".to_owned());
                    (Id::new(component), Id::new(text))
                })
                .collect(),
        })
        .collect()
}

/// The added criteria, each with a score and reason per scenario.
fn added_criterion_entries(data: &DataSet, inputs: &Inputs) -> Vec<AddedCriterionEntry> {
    inputs
        .added
        .criteria
        .iter()
        .map(|a| AddedCriterionEntry {
            id: Id::new(&a.id),
            name: LocStr::new(&a.name),
            explanation: a.explanation.clone(),
            scores: a
                .scores
                .iter()
                .map(|x| CriterionScoreEntry {
                    scenario: Id::new(&x.other),
                    level: level_id(data, x.level),
                    reason: LocStr::new(&x.reason),
                })
                .collect(),
        })
        .collect()
}

/// Staffing by tasks: per category (by id) or role (by name) its tasks.
fn task_rule_entries(data: &DataSet, extras: &StaffingExtras) -> Vec<TaskRuleEntry> {
    extras
        .rules
        .iter()
        .map(|rule| TaskRuleEntry {
            target: match &rule.target {
                TaskTarget::Category(c) => TargetEntry::Category(Id::new(&data.categories[*c].id)),
                TaskTarget::Role(name) => TargetEntry::Role(LocStr::new(name)),
            },
            combine: match rule.combine {
                TaskCombine::Larger => TaskCombineEntry::Larger,
                TaskCombine::Instead => TaskCombineEntry::Instead,
            },
            tasks: rule
                .tasks
                .iter()
                .map(|t| TaskEntry {
                    name: LocStr::new(&t.name),
                    driver: t.driver.clone(),
                    unit: t.unit.clone(),
                    units: t.units.map(Dec::new),
                    hours_per_unit: t.hours_per_unit.map(Dec::new),
                    people_per_unit: t.people_per_unit.map(Dec::new),
                    source: t.source.clone(),
                })
                .collect(),
        })
        .collect()
}

/// Growth tasks: the volumes from their first year on, and their rate.
fn growth_entries(data: &DataSet, extras: &StaffingExtras) -> Vec<GrowthEntry> {
    extras
        .growth
        .iter()
        .map(|g| GrowthEntry {
            name: LocStr::new(&g.name),
            from_year: Dec::new(Decimal::from(g.from_year)),
            volume_mln: data
                .years
                .iter()
                .zip(&g.volume_mln)
                .filter(|(y, _)| **y >= g.from_year)
                .map(|(&y, &v)| (y, Dec::new(v)))
                .collect(),
            rate: match &g.rate {
                GrowthRate::LikeSegment(s) => {
                    GrowthRateEntry::LikeSegment(Id::new(&data.segments[*s].id))
                }
                GrowthRate::Typed(rates) => GrowthRateEntry::Typed(
                    rates
                        .iter()
                        .map(|&(c, r)| (Id::new(&data.categories[c].id), Dec::new(r)))
                        .collect(),
                ),
            },
        })
        .collect()
}

/// The participants' profiles, a value per criterion id.
fn profile_entries(data: &DataSet, inputs: &Inputs) -> Vec<ProfileEntry> {
    inputs
        .profiles
        .iter()
        .map(|p| ProfileEntry {
            name: LocStr::new(&p.name),
            method: match p.method {
                WeightMethod::Typed => MethodEntry::Typed,
                WeightMethod::Order => MethodEntry::Order,
                WeightMethod::Swing => MethodEntry::Swing,
            },
            values: data
                .criteria
                .iter()
                .zip(&p.values)
                .map(|(c, &v)| (Id::new(&c.id), Dec::new(v)))
                .collect(),
        })
        .collect()
}
