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
//! - `share.rs`: exact shares and the one rounding rule (a year's total
//!   once, half a euro up; the participants by largest remainder, equal
//!   remainders in the data's order);
//! - `own.rs`: what an own distribution carries in fte, and its supervision;
//! - `compute.rs`: the costs per year and participant, each part exact;
//! - `split.rs`: each participant's parts of a year, and the rounding;
//! - `checks.rs`: plausibility warnings (never refusals);
//! - `words.rs` and `derivation.rs`: inputs and results in words
//!   (assumptions, log, comparison, and how each amount follows);
//! - `types.rs`: the results, per year, participant and part.

mod checks;
pub mod component_words;
mod compute;
mod derivation;
mod key;
pub mod own;
pub mod share;
mod split;
mod types;
pub mod words;

pub use crate::model::additions::costs::{
    Amount, ComponentCosts, CostInputs, CostKey, CostKind, CostRange, Distribution, Horizon,
    KeyMethod, OtherCost, OwnShare, RangeFor, Transition, TransitionRange, Wage, WageTarget,
};
pub use checks::{CEILING_EUR, WAGE_FLOOR_EUR};
pub use compute::{costs, participants};
pub use derivation::{
    derivation, euro_exact, euro_full, euro_signed, fte_exact, own_year_line, part_names,
    parts_line, rounding_rule, rule_sentence, share_text, total_line, year_rounding,
};
pub use key::{KeyShares, key_shares, rounding_words, tie_rule, whole_percents};
pub use share::{Apportioned, Fraction, Tie};
pub use types::{
    Costs, OwnYear, PartKind, ParticipantYear, PricedPart, ScenarioTransition, SharedPart,
    YearCosts, period_label, period_phrase, periods,
};
