//! What the joint work costs, and each participant's part of it, from
//! numbers users type (nothing is invented): loonkosten per fte per
//! function category or role (`001_…`, artikel 7.2: "naar functie, de bij
//! die functie behorende waardering en de functieomvang"), other cost lines
//! (artikel 7.4), a verdeelsleutel in whole percents typed, or made from the
//! rijksbijdragen Wmo + Jeugd (artikel 8.1) or from the number of inhabitants
//! (the Midden-Limburg advice, `004_…` §3.4), costs charged to named
//! participants only (artikel 8.4), and a range of transition costs per
//! level of Tabel 5's Transitiekosten row.
//!
//! - `key.rs`: the shares from the key, in whole percents adding up to 100;
//! - `compute.rs`: the costs per year and participant, rounded to whole
//!   euros so the parts add up exactly, each with its derivation;
//! - `words.rs`: inputs and results in words (assumptions, log, comparison).

mod compute;
mod key;
pub mod words;

use rust_decimal::Decimal;

pub use crate::model::additions::costs::{
    Amount, CostInputs, CostKey, KeyMethod, OtherCost, OwnShare, RangeFor, Transition,
    TransitionRange, Wage, WageTarget,
};
pub use compute::{costs, participants};
pub use key::{KeyShares, key_shares, whole_percents};
pub use words::derivation;

/// The periods costs are given for: the data's years, or one period "per
/// jaar" when the data has none (a region without a staffing table).
pub fn periods(data: &crate::model::dataset::DataSet) -> Vec<Option<u16>> {
    if data.years.is_empty() {
        vec![None]
    } else {
        data.years.iter().copied().map(Some).collect()
    }
}

/// "2025", or "per jaar".
pub fn period_label(period: Option<u16>) -> String {
    period.map_or_else(|| "per jaar".to_owned(), |y| y.to_string())
}

/// "in 2025", or "per jaar".
pub fn period_phrase(period: Option<u16>) -> String {
    period.map_or_else(|| "per jaar".to_owned(), |y| format!("in {y}"))
}

/// Costs per year and participant, and the transition ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Costs {
    /// The participants, in the data's order (or the key's, when the data
    /// names none).
    pub participants: Vec<String>,
    /// Whole percents per participant, or why there are none.
    pub key: Result<KeyShares, String>,
    pub years: Vec<YearCosts>,
    pub transition: Vec<ScenarioTransition>,
    /// What is missing for a complete picture, in Dutch, one item each.
    pub missing: Vec<String>,
    /// Whether the inputs have other cost lines (the derivations name them
    /// even when they are zero).
    pub other_lines: bool,
}

/// One priced part of a year's staffing: fte (as shown, 2 decimals) ×
/// loonkosten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricedPart {
    /// "Inkoop/CM/CB", "Toezicht Rechtmatigheid"
    pub label: String,
    pub fte: Decimal,
    /// `None`: no loonkosten typed for it.
    pub wage: Option<Decimal>,
}

impl PricedPart {
    pub fn cost(&self) -> Option<Decimal> {
        self.wage.map(|w| self.fte * w)
    }
}

/// A year: what it costs in all, and per participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCosts {
    /// The year, or `None` for "per jaar" ([`periods`]).
    pub year: Option<u16>,
    /// The staffing priced part by part (empty without a staffing table).
    pub parts: Vec<PricedPart>,
    /// Staff cost in whole euros; `None` when a part has no loonkosten.
    pub staff_eur: Option<Decimal>,
    /// Other costs in whole euros.
    pub other_eur: Decimal,
    pub total_eur: Option<Decimal>,
    /// The staff cost shared by the key (all of it but what own
    /// distributions charge), exact.
    pub staff_by_key_eur: Decimal,
    /// The one loonkosten every part has, if they all have the same.
    pub uniform_wage: Option<Decimal>,
    /// Per participant (in `Costs::participants` order); empty without a
    /// valid key.
    pub per_participant: Vec<ParticipantYear>,
}

impl YearCosts {
    /// The fte priced (the parts as shown).
    pub fn fte(&self) -> Decimal {
        self.parts.iter().map(|p| p.fte).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantYear {
    pub staff_eur: Option<Decimal>,
    pub other_eur: Decimal,
    pub total_eur: Option<Decimal>,
    /// What it carries alone by own distributions: (segment, euros).
    pub own_eur: Vec<(usize, Decimal)>,
}

/// A scenario's transition costs: its level in the row, the range, and
/// each participant's part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioTransition {
    pub scenario: usize,
    /// The level word ("Midden–hoog"), `None` when unknown.
    pub level: Option<String>,
    /// The range was typed for this scenario itself, not its level.
    pub own_range: bool,
    /// Low and high, whole euros; `None` when no range is typed for the level.
    pub range_eur: Option<(Decimal, Decimal)>,
    /// Per participant, low and high (empty without a valid key).
    pub per_participant: Vec<(Decimal, Decimal)>,
}
