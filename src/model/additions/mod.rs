//! The types of what users add to the report's model in an assumption set
//! (score changes with a reason, added scenarios and criteria, staffing by
//! tasks, growth, inhuur, the log) and the checks on them. Types only, with
//! no dependency on the rest of the model, so that the data set and the
//! inputs can hold them; `model::own` applies them.

pub mod costs;
pub mod log;
pub mod profiles;
pub mod tasks;

pub use log::LogEntry;
pub use profiles::{GroupMean, Profile, WeightMethod, rank_order_centroid};
pub use tasks::{
    GrowthRate, GrowthTask, Inhuur, StaffingExtras, Task, TaskCombine, TaskRule, TaskTarget,
};

/// The words a score change or an added score needs at least: a reason.
pub const REASON_REQUIRED: &str = "geef een reden: een score zonder reden is niet te volgen";

/// A changed score: the level (index into the scale) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreChange {
    pub level: usize,
    pub reason: String,
}

/// One score of an added scenario or criterion: the other side's id, the
/// level and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedScore {
    /// Criterion id (for an added scenario) or scenario id (for an added
    /// criterion).
    pub other: String,
    pub level: usize,
    pub reason: String,
}

/// A scenario the report does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedScenario {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub description: String,
    /// One per criterion that existed when it was added (ids).
    pub scores: Vec<AddedScore>,
    /// Cost-profile level per component id; `None` is "onbekend".
    pub cost_levels: Vec<(String, Option<usize>)>,
}

/// A criterion the report does not weigh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedCriterion {
    pub id: String,
    pub name: String,
    pub explanation: String,
    /// One per scenario that existed when it was added (ids), unless the
    /// scenario (added later) carries the score itself.
    pub scores: Vec<AddedScore>,
}

/// Scenarios and criteria added by the user, in the order added.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Additions {
    pub scenarios: Vec<AddedScenario>,
    pub criteria: Vec<AddedCriterion>,
}

impl Additions {
    pub fn is_empty(&self) -> bool {
        self.scenarios.is_empty() && self.criteria.is_empty()
    }
}

/// An id for a new scenario or criterion from its name: lower-case letters,
/// digits and underscores, unique among `taken`.
pub fn new_id(name: &str, taken: &[&str]) -> String {
    let mut base: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    base = base
        .split('_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    if base.is_empty() {
        base = "eigen".to_owned();
    }
    base.truncate(40);
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}_{n}");
        n += 1;
    }
    id
}

/// Why a name cannot be used for a new scenario or criterion: empty, or
/// already used by one of `names` (case and spaces ignored).
pub fn name_refusal(name: &str, names: &[&str], what: &str) -> Option<String> {
    let key = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    if name.trim().is_empty() {
        return Some(format!("een {what} heeft een naam nodig"));
    }
    names
        .iter()
        .any(|n| key(n) == key(name))
        .then(|| format!("er is al een {what} met de naam '{}'", name.trim()))
}

/// Refuses an empty reason.
pub fn check_reason(reason: &str) -> Result<(), &'static str> {
    if reason.trim().is_empty() {
        Err(REASON_REQUIRED)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_plain() {
        assert_eq!(
            new_id("Zelfstandige GR (openbaar)", &[]),
            "zelfstandige_gr_openbaar"
        );
        assert_eq!(new_id("Vervoer", &["vervoer"]), "vervoer_2");
        assert_eq!(new_id("   ", &[]), "eigen");
    }

    #[test]
    fn a_name_is_needed_and_unique() {
        assert!(name_refusal(" ", &[], "scenario").is_some());
        assert!(name_refusal("centrumregeling ", &["Centrumregeling"], "scenario").is_some());
        assert!(name_refusal("Nieuw", &["Centrumregeling"], "scenario").is_none());
    }
}
