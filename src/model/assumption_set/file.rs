//! The file form of an assumption set, exactly as written: every field
//! with its position, unknown fields refused. `read.rs` checks it against
//! the data; `write.rs` produces it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::located::{Dec, Id, LocStr};

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
    /// How the ratios follow from the published staffing table; absent:
    /// with a suspected misprint corrected.
    #[serde(default)]
    pub fit: FitEntry,
    /// Scenarios the report does not have, with a score and reason per
    /// criterion.
    #[serde(default)]
    pub added_scenarios: Vec<AddedScenarioEntry>,
    /// Criteria the report does not weigh, with a score and reason per
    /// scenario.
    #[serde(default)]
    pub added_criteria: Vec<AddedCriterionEntry>,
    /// Scenario ids left out of ranking and robustness.
    #[serde(default)]
    pub hidden_scenarios: Vec<Id>,
    /// Criterion ids left out of ranking and robustness.
    #[serde(default)]
    pub hidden_criteria: Vec<Id>,
    /// Productive hours per fte per year, for staffing by tasks.
    #[serde(default)]
    pub productive_hours: Option<Dec>,
    /// Staffing by tasks, per category or role.
    #[serde(default)]
    pub task_rules: Vec<TaskRuleEntry>,
    /// Segments the report does not have, from a year on.
    #[serde(default)]
    pub growth: Vec<GrowthEntry>,
    /// Structural inhuur: fixed fte per category.
    #[serde(default)]
    pub inhuur: Vec<InhuurEntry>,
    /// Who changed what, when and why.
    #[serde(default)]
    pub log: Vec<LogEntryFile>,
    /// One weight profile per participant (municipality).
    #[serde(default)]
    pub profiles: Vec<ProfileEntry>,
    /// How the profiles combine: `Arithmetic` (default) or `Geometric`.
    #[serde(default)]
    pub group_mean: GroupMeanEntry,
    /// Loonkosten, other costs, the verdeelsleutel, transition ranges.
    #[serde(default)]
    pub costs: Option<super::costs_entry::CostsEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileEntry {
    /// A participant of the data.
    pub name: LocStr,
    #[serde(default)]
    pub method: MethodEntry,
    /// Per criterion id: the weight (Typed), the rank (Order; 1 = most
    /// important, equal = tie) or the swing points (Swing, 0–100).
    pub values: Vec<(Id, Dec)>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub enum MethodEntry {
    #[default]
    Typed,
    Order,
    Swing,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub enum GroupMeanEntry {
    #[default]
    Arithmetic,
    Geometric,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddedScenarioEntry {
    pub id: Id,
    pub name: LocStr,
    #[serde(default)]
    pub short_name: String,
    #[serde(default)]
    pub description: String,
    /// Level and reason per criterion id.
    pub scores: Vec<ScenarioScoreEntry>,
    /// Cost-profile level per component id ("onbekend" allowed); absent
    /// components are "onbekend".
    #[serde(default)]
    pub cost: Vec<(Id, Id)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioScoreEntry {
    pub criterion: Id,
    pub level: Id,
    pub reason: LocStr,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddedCriterionEntry {
    pub id: Id,
    pub name: LocStr,
    #[serde(default)]
    pub explanation: String,
    /// Level and reason per scenario id.
    pub scores: Vec<CriterionScoreEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionScoreEntry {
    pub scenario: Id,
    pub level: Id,
    pub reason: LocStr,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum TargetEntry {
    /// A function category, by id.
    Category(Id),
    /// A role of the set's supervision roles, by name.
    Role(LocStr),
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub enum TaskCombineEntry {
    /// Both are minimums: the larger counts.
    #[default]
    Larger,
    /// The tasks instead of the volume rule (or the role's fte).
    Instead,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskRuleEntry {
    pub target: TargetEntry,
    #[serde(default)]
    pub combine: TaskCombineEntry,
    pub tasks: Vec<TaskEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskEntry {
    pub name: LocStr,
    pub driver: String,
    pub unit: String,
    #[serde(default)]
    pub units: Option<Dec>,
    #[serde(default)]
    pub hours_per_unit: Option<Dec>,
    #[serde(default)]
    pub people_per_unit: Option<Dec>,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum GrowthRateEntry {
    /// The fte-per-mln of an existing segment, by id.
    LikeSegment(Id),
    /// Fte per mln per category id.
    Typed(Vec<(Id, Dec)>),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrowthEntry {
    pub name: LocStr,
    pub from_year: Dec,
    /// Volume per year (EUR mln), from `from_year` on.
    pub volume_mln: BTreeMap<u16, Dec>,
    pub rate: GrowthRateEntry,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InhuurEntry {
    pub category: Id,
    pub fte: Dec,
    #[serde(default)]
    pub what: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntryFile {
    pub who: String,
    pub when: String,
    pub what: String,
    #[serde(default)]
    pub why: String,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub enum FitEntry {
    /// A suspected misprint of the staffing table corrected.
    #[default]
    Corrected,
    /// Every published cell as printed.
    AllCells,
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
    /// Why the score is changed; required.
    #[serde(default)]
    pub reason: LocStr,
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
