//! The set file's form of the cost inputs (`costs: Some((…))`), as serde
//! reads and writes it; `read_costs.rs` checks and converts it,
//! `write_costs.rs` makes it from the inputs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::located::{BigDec, Id, LocStr};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostsEntry {
    /// Loonkosten per fte for every category and role without its own.
    #[serde(default)]
    pub wage_all: Option<AmountEntry>,
    #[serde(default)]
    pub wages: Vec<WageEntry>,
    #[serde(default)]
    pub other: Vec<OtherEntry>,
    #[serde(default)]
    pub key: Option<KeyEntry>,
    #[serde(default)]
    pub own_shares: Vec<OwnShareEntry>,
    #[serde(default)]
    pub transition: Option<TransitionEntry>,
    /// The cost profile's components in euros (`components_file.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<ComponentEntry>,
    /// The years the cost per scenario counts; absent: the data's years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<HorizonEntry>,
    /// A budget for the region over the horizon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<AmountEntry>,
    /// "gelijkmatig" (default) or "driehoek".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<LocStr>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountEntry {
    pub eur: BigDec,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum WageTargetEntry {
    /// A function category, by id.
    Category(Id),
    /// A role of the set's supervision roles, by name.
    Role(LocStr),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WageEntry {
    pub target: WageTargetEntry,
    pub eur: BigDec,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherEntry {
    pub name: LocStr,
    /// The same amount every year (also: the amount per year when the data
    /// has no years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_year: Option<BigDec>,
    /// Euros per year (overrides `every_year` for that year).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub per_year: BTreeMap<u16, BigDec>,
    #[serde(default)]
    pub source: String,
    /// Charged to these participants only (artikel 8.4).
    #[serde(default)]
    pub charged_to: Vec<LocStr>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyEntry {
    /// "procenten", "rijksbijdragen" or "inwoners".
    pub method: LocStr,
    pub values: Vec<(LocStr, BigDec)>,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnShareEntry {
    pub segment: Id,
    pub participants: Vec<LocStr>,
    #[serde(default)]
    pub source: String,
    /// The segment's supervision (where the data identify it) goes with it
    /// to these participants; without it the key carries the supervision.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supervision_follows: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransitionEntry {
    /// The cost profile's row, by id (Tabel 5's "transitie"); none when the
    /// data has no cost profile.
    #[serde(default)]
    pub component: Option<Id>,
    pub ranges: Vec<RangeEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeEntry {
    /// A level word of the cost profile ("Midden–hoog")…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<LocStr>,
    /// …or one scenario, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Id>,
    pub low_eur: BigDec,
    pub high_eur: BigDec,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComponentEntry {
    /// The cost profile's row, by id…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<Id>,
    /// …or a name of the set's own, for data without such a row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<LocStr>,
    /// "per jaar", "eenmalig", "besparing per jaar" or "niet in euro's".
    pub kind: LocStr,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranges: Vec<ComponentRangeEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComponentRangeEntry {
    /// A level word of the component ("Midden–hoog")…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<LocStr>,
    /// …or one scenario, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Id>,
    pub low_eur: BigDec,
    pub high_eur: BigDec,
    /// The likeliest amount, for the triangular distribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_eur: Option<BigDec>,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HorizonEntry {
    pub start: BigDec,
    pub years: BigDec,
}
