//! Staffing the user adds beside the report's volume rule: staffing by
//! tasks (a driver such as the number of providers, hours per unit, people
//! per unit, productive hours per fte), growth tasks (a new segment with a
//! volume and an fte-per-mln), and structural inhuur (fixed fte).
//!
//! Types and the arithmetic of one rule or task; `staffing.rs` puts them in
//! a year. Indices are into the data set (categories, segments, years).

use rust_decimal::Decimal;

use crate::model::linalg;

/// Staffing the user adds beside the volume rule.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StaffingExtras {
    /// Productive hours per fte per year (e.g. 1 300); `None` until typed.
    pub productive_hours: Option<Decimal>,
    pub rules: Vec<TaskRule>,
    pub growth: Vec<GrowthTask>,
    pub inhuur: Vec<Inhuur>,
}

impl StaffingExtras {
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.growth.is_empty() && self.inhuur.is_empty()
    }
}

/// What a task rule staffs: a function category, or a role of the set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskTarget {
    Category(usize),
    /// A role of the set's supervision roles, by name.
    Role(String),
}

/// How the task-based figure combines with the volume rule (or the role's
/// fte): both are minimums, so the larger counts; or the tasks instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TaskCombine {
    #[default]
    Larger,
    Instead,
}

/// Tasks that staff one category or role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskRule {
    pub target: TaskTarget,
    pub combine: TaskCombine,
    pub tasks: Vec<Task>,
}

/// One task: `units × hours_per_unit × people_per_unit` hours a year.
/// Numbers not yet typed are `None`; the rule then has no figure and says
/// what is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub name: String,
    /// What drives the work: "aantal Wmo-aanbieders met contract".
    pub driver: String,
    /// The unit in a sum, plural: "aanbieders".
    pub unit: String,
    pub units: Option<Decimal>,
    pub hours_per_unit: Option<Decimal>,
    /// People per unit of work (2 for a four-eyes visit).
    pub people_per_unit: Option<Decimal>,
    /// Where the numbers come from; empty for the user's own.
    pub source: String,
}

/// A segment the report does not have (e.g. vervoer, trapliften), from a
/// year on, with an fte-per-mln.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthTask {
    pub name: String,
    pub from_year: u16,
    /// Volume per data year (EUR mln); zero before `from_year`.
    pub volume_mln: Vec<Decimal>,
    pub rate: GrowthRate,
}

/// Where a growth task's fte-per-mln comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrowthRate {
    /// The ratios of an existing segment (index), per category.
    LikeSegment(usize),
    /// Typed by the user: fte per mln per category (index).
    Typed(Vec<(usize, Decimal)>),
}

/// Structural inhuur: fixed fte in a category, marked as inhuur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inhuur {
    pub category: usize,
    pub fte: Decimal,
    /// What is hired: "beleid, jurist, communicatie".
    pub what: String,
}

/// The task-based figure of a rule, or what is missing for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskFigure {
    /// `None` while a number is missing.
    pub fte: Option<Decimal>,
    /// Per task: its fte, `None` while incomplete.
    pub per_task: Vec<Option<Decimal>>,
    /// "uren per aanbieder (Toezicht op Wmo-aanbieders)", …
    pub missing: Vec<String>,
}

/// `Σ units × hours × people / productive hours`, exact. Rounded once, at
/// the sum, like the volume rule.
pub fn rule_figure(rule: &TaskRule, productive_hours: Option<Decimal>) -> TaskFigure {
    let mut missing = Vec::new();
    let hours = productive_hours.filter(|h| *h > Decimal::ZERO);
    if hours.is_none() {
        missing.push("productieve uren per fte".to_owned());
    }
    let mut per_task = Vec::new();
    for task in &rule.tasks {
        let mut gaps = Vec::new();
        if task.units.is_none() {
            gaps.push(task.driver.clone());
        }
        if task.hours_per_unit.is_none() {
            gaps.push(format!("uren per {}", singular(&task.unit)));
        }
        if task.people_per_unit.is_none() {
            gaps.push("personen per keer".to_owned());
        }
        for gap in &gaps {
            missing.push(format!("{gap} ({})", task.name));
        }
        per_task.push(
            match (task.units, task.hours_per_unit, task.people_per_unit, hours) {
                (Some(u), Some(h), Some(p), Some(year)) => Some(u * h * p / year),
                _ => None,
            },
        );
    }
    let fte = if missing.is_empty() && !rule.tasks.is_empty() {
        Some(linalg::round(per_task.iter().flatten().copied().sum()))
    } else {
        None
    };
    if rule.tasks.is_empty() {
        missing.push("nog geen taken".to_owned());
    }
    TaskFigure {
        fte,
        per_task,
        missing,
    }
}

/// "aanbieders" → "aanbieder", "meldingen" → "melding", "contracten" →
/// "contract": enough for "uren per …" in messages.
pub fn singular(unit: &str) -> String {
    let unit = unit.trim();
    for (plural, single) in [("ies", "ie"), ("ten", "t"), ("en", ""), ("s", "")] {
        if let Some(stem) = unit.strip_suffix(plural)
            && stem.chars().count() >= 3
        {
            return format!("{stem}{single}");
        }
    }
    unit.to_owned()
}

impl GrowthTask {
    /// Whether the task has volume in data year `year`.
    pub fn active(&self, year: u16) -> bool {
        year >= self.from_year
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn task(units: Option<Decimal>, hours: Option<Decimal>, people: Option<Decimal>) -> Task {
        Task {
            name: "Toezicht op Wmo-aanbieders".into(),
            driver: "aantal Wmo-aanbieders met contract".into(),
            unit: "aanbieders".into(),
            units,
            hours_per_unit: hours,
            people_per_unit: people,
            source: String::new(),
        }
    }

    #[test]
    fn fte_is_units_times_hours_times_people_over_productive_hours() {
        // The example: 350 aanbieders × 6 u × 2 personen / 1 300 u.
        let rule = TaskRule {
            target: TaskTarget::Category(3),
            combine: TaskCombine::Larger,
            tasks: vec![task(Some(dec!(350)), Some(dec!(6)), Some(dec!(2)))],
        };
        let figure = rule_figure(&rule, Some(dec!(1300)));
        assert_eq!(
            figure.fte.unwrap().round_dp(2),
            dec!(3.23),
            "4 200 / 1 300 = 3,2307…"
        );
    }

    #[test]
    fn missing_numbers_give_no_figure_and_say_what_is_missing() {
        let rule = TaskRule {
            target: TaskTarget::Category(3),
            combine: TaskCombine::Larger,
            tasks: vec![task(Some(dec!(350)), None, Some(dec!(2)))],
        };
        let figure = rule_figure(&rule, None);
        assert_eq!(figure.fte, None);
        assert_eq!(
            figure.missing,
            vec![
                "productieve uren per fte",
                "uren per aanbieder (Toezicht op Wmo-aanbieders)"
            ]
        );
    }

    #[test]
    fn units_in_the_singular() {
        assert_eq!(singular("aanbieders"), "aanbieder");
        assert_eq!(singular("meldingen"), "melding");
        assert_eq!(singular("contracten"), "contract");
        assert_eq!(singular("trajecten"), "traject");
    }
}
