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
