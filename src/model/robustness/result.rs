//! Everything the robustness analyses give for one set of inputs, with
//! their sentences.

use super::ordinal::OrdinalAnalysis;
use super::smaa::Smaa;
use super::stability::Stability;
use super::winning::Winning;
use crate::model::inputs::Visible;

/// Everything the robustness view and the report show for one set of
/// inputs. `None` parts need weights that are not all zero.
#[derive(Debug, Clone, PartialEq)]
pub struct Robustness {
    /// Stability interval of every criterion's weight.
    pub stability: Option<Stability>,
    /// Per scenario: the nearest weights that make it first.
    pub winning: Option<Vec<Winning>>,
    /// Rank acceptabilities without weights (does not need the weights).
    pub smaa: Smaa,
    /// Whether the conclusions hold under other codings of the scale.
    pub ordinal: Option<OrdinalAnalysis>,
    /// The Dutch sentences of all of the above, prepared once.
    pub texts: RobustnessTexts,
    /// The scenarios and criteria analysed (hidden ones are left out):
    /// scenario and criterion indices above are positions in these lists.
    pub visible: Visible,
}

/// Every sentence the robustness view shows, prepared once per change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RobustnessTexts {
    /// Said instead of the weight-dependent parts when all weights are 0.
    pub no_weights: Option<String>,
    /// Per criterion: how far its weight can move before the first place
    /// changes.
    pub first_place: Vec<String>,
    /// Per criterion: the same for the full ranking.
    pub full_ranking: Vec<String>,
    /// Per scenario: what makes it first.
    pub winning: Vec<String>,
    /// What the SMAA-2 sample is (count, seed, importance order).
    pub smaa_intro: String,
    /// Per scenario: its first-place acceptability and confidence.
    pub smaa: Vec<String>,
    /// Per scenario, per rank: "Scenario 1 – …, rang 2: 34 % van de wegingen".
    pub smaa_ranks: Vec<Vec<String>>,
    /// What the ordinal sample is (count, seed, fixed ends).
    pub ordinal_intro: String,
    /// The ordinal conclusions: first place, full ranking, shares first.
    pub ordinal: Vec<String>,
}
