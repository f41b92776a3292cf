//! What the group analysis gives: each participant's weights and ranking,
//! and the combined profile, agreement and band.

use rust_decimal::Decimal;

use super::band::{Band, BandSmaa};
use crate::model::additions::{GroupMean, WeightMethod};
use crate::model::ranking::Ranking;

/// One participant's weights and ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantResult {
    pub name: String,
    /// Whether the participant has weights of its own (else the set's).
    pub own: bool,
    pub method: WeightMethod,
    /// Normalised weights over the visible criteria; `None` when all are 0.
    pub shares: Option<Vec<Decimal>>,
    pub ranking: Ranking,
    /// How the weights followed, in words.
    pub how: String,
}

/// Everything the Gemeenten view, the slides and the report show.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupResult {
    /// "gemeenten" (from the data), or "deelnemers".
    pub label: String,
    pub participants: Vec<ParticipantResult>,
    pub mean: GroupMean,
    /// The combined profile's weights; `None` when no participant weighs.
    pub combined_shares: Option<Vec<Decimal>>,
    pub combined: Ranking,
    pub agreement: Vec<String>,
    pub band: Option<Band>,
    /// `None` when there is no band (fewer than one weighing participant)
    /// or it is a single point.
    pub band_smaa: Option<BandSmaa>,
    /// The band-SMAA in sentences.
    pub band_sentences: Vec<String>,
    /// The scenarios band-SMAA ranks (the visible ones), by position.
    pub band_scenarios: Vec<usize>,
}

/// How the combined profile follows from the participants' weights.
pub fn mean_words(mean: GroupMean) -> &'static str {
    match mean {
        GroupMean::Arithmetic => "rekenkundig gemiddelde van de genormaliseerde gewichten",
        GroupMean::Geometric => {
            "meetkundig gemiddelde van de genormaliseerde gewichten, opnieuw op 100 % gebracht (een criterium dat één deelnemer op 0 zet, telt niet mee)"
        }
    }
}
