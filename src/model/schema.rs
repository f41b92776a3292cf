//! The three RON files of a data folder, exactly as written. These structs
//! only parse; `dataset.rs` validates them and builds the indexed `DataSet`.
//! Every struct refuses unknown fields, so a misspelt field is an error with
//! its position instead of being silently ignored.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::located::{Dec, Id, LocStr, Verbatim};

/// `scenarios.ron`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenariosFile {
    pub dataset: DatasetInfo,
    pub scenarios: Vec<ScenarioEntry>,
    /// A comparison of the scenarios on aspects (Tabel 1), if the source
    /// has one.
    #[serde(default)]
    pub aspects: Option<AspectsTable>,
    /// A qualitative cost profile (Tabel 5), if the source has one.
    #[serde(default)]
    pub cost_profile: Option<CostProfileTable>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    pub name: String,
    pub source: String,
    /// The joint organisation whose staffing is computed ("NMD").
    pub organisation: String,
    /// Who decides together (the municipalities), if the data names them.
    #[serde(default)]
    pub participants: Option<ParticipantsEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParticipantsEntry {
    /// What they are called, plural: "gemeenten".
    pub label: String,
    pub names: Vec<LocStr>,
    /// Where the names come from.
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioEntry {
    pub id: Id,
    pub number: u32,
    pub name: String,
    pub short_name: String,
    pub description: String,
    pub section: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AspectsTable {
    pub title: String,
    pub section: String,
    pub columns: Vec<Id>,
    pub rows: Vec<AspectRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AspectRow {
    pub aspect: Verbatim,
    pub cells: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostProfileTable {
    pub title: String,
    pub section: String,
    pub levels: Vec<String>,
    pub columns: Vec<Id>,
    pub components: Vec<CostComponentEntry>,
    #[serde(default)]
    pub interpretation: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum HighIs {
    /// A high level is good for the municipalities (e.g. economies of scale).
    Favourable,
    /// A high level costs the municipalities (e.g. transition costs).
    Costly,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostComponentEntry {
    pub id: Id,
    pub name: String,
    pub high_is: HighIs,
    pub cells: Vec<Verbatim>,
}

/// `criteria.ron`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaFile {
    pub scale: ScaleEntry,
    pub weights_note: String,
    pub criteria: Vec<CriterionEntry>,
    pub scores: Vec<ScoreEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleEntry {
    pub name: String,
    pub levels: Vec<LevelEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelEntry {
    pub label: Id,
    pub value: Dec,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionEntry {
    pub id: Id,
    pub number: u32,
    pub name: String,
    /// One or two words for column heads, slides and legends; the full
    /// name when absent.
    #[serde(default)]
    pub short_name: Option<String>,
    pub explanation: String,
    pub default_weight: Dec,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreEntry {
    pub scenario: Id,
    pub criterion: Id,
    pub level: Id,
    pub sources: Vec<String>,
    pub rationale: String,
}

/// `staffing.ron`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffingFile {
    pub years: Vec<Dec>,
    pub segments: Vec<SegmentEntry>,
    pub categories: Vec<CategoryEntry>,
    #[serde(default)]
    pub developments: Vec<DevelopmentEntry>,
    #[serde(default)]
    pub choices: Vec<ChoiceEntry>,
    #[serde(default)]
    pub supervision_block: Option<SupervisionBlockEntry>,
    #[serde(default)]
    pub assumptions: Vec<AssumptionEntry>,
    /// Tasks a user can start staffing by tasks from, with the numbers the
    /// sources give (and nothing invented).
    #[serde(default)]
    pub task_templates: Vec<TaskTemplateEntry>,
    pub volume_table: VolumeTable,
    pub staffing_table: StaffingTable,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentEntry {
    pub id: Id,
    pub name: String,
    pub short_name: String,
    pub report_volume_mln: Dec,
    pub derivation: String,
    #[serde(default)]
    pub volume_mln_by_year: BTreeMap<u16, Dec>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Basis {
    /// Fte follow the volume of the segments at NMD.
    Volume,
    /// A constant number of fte from `from_year` on, none separately before.
    Fixed { from_year: u16 },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryEntry {
    pub id: Id,
    pub name: String,
    pub basis: Basis,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DevelopmentEntry {
    pub from_year: Dec,
    pub label: String,
    pub source: String,
    pub shares: Vec<(Id, Dec)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceEntry {
    pub id: Id,
    pub label: String,
    pub from_year: Dec,
    pub default: Id,
    pub options: Vec<OptionEntry>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionEntry {
    pub id: Id,
    pub label: String,
    #[serde(default)]
    pub shares: Vec<(Id, Dec)>,
    #[serde(default)]
    pub reduces: Option<ReductionEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReductionEntry {
    pub category: Id,
    pub by_volume_of: Vec<Id>,
}

/// Categories that an assumption set may staff by roles instead.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupervisionBlockEntry {
    pub label: String,
    pub categories: Vec<Id>,
    pub min_fte_per_person: Dec,
    /// Fewest people in a role marked `four_eyes`.
    pub four_eyes_people: Dec,
    /// Why, in words, shown in the warnings.
    pub four_eyes_reason: String,
    /// The name a role added in the program gets.
    pub new_role: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskTemplateEntry {
    /// The category the task staffs.
    pub category: Id,
    pub name: String,
    pub driver: String,
    /// The unit in a sum, plural ("aanbieders").
    pub unit: String,
    /// The number a source gives, if any.
    #[serde(default)]
    pub units: Option<Dec>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssumptionEntry {
    pub id: Id,
    pub label: String,
    pub segments: Vec<Id>,
    pub intensity: Vec<Dec>,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeTable {
    pub title: String,
    pub section: String,
    pub columns: Vec<VolumeColumn>,
    pub rows: Vec<VolumeRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeColumn {
    pub heading: String,
    #[serde(default)]
    pub choices: Vec<(Id, Id)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeRow {
    pub id: Id,
    pub situation: String,
    pub description: String,
    pub years: Vec<Dec>,
    #[serde(default)]
    pub choices: Vec<(Id, Id)>,
    pub cells: Vec<Verbatim>,
    #[serde(default)]
    pub of_which: Vec<Id>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffingTable {
    pub title: String,
    pub section: String,
    pub columns: Vec<Id>,
    pub rows: Vec<StaffingRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffingRow {
    pub id: Id,
    pub period: String,
    pub description: String,
    pub years: Vec<Dec>,
    #[serde(default)]
    pub choices: Vec<(Id, Id)>,
    #[serde(default)]
    pub variants: Option<VariantsEntry>,
    pub volume: Verbatim,
    pub total: Verbatim,
    pub cells: Vec<Verbatim>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantsEntry {
    pub choice: Id,
    pub options: Vec<Id>,
}
