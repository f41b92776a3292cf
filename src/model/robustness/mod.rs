//! How robust is the ranking? Four analyses of the weighted sum of
//! `ranking.rs`, each answering a question an adviser gets asked:
//!
//! 1. [`stability`]: over which range of one criterion's weight does the
//!    current first place (and the full order) stay the same? Exact, in
//!    decimals.
//! 2. [`winning`]: what is the smallest change of the weights that puts a
//!    given scenario first? An exact linear program (simplex in decimals).
//! 3. [`mod@smaa`]: which ranks does each scenario take when the weights are not
//!    known at all (SMAA-2: weights drawn uniformly from the simplex,
//!    optionally under an importance order of the criteria)? Sampled.
//! 4. [`ordinal`]: do the conclusions depend on the numbers chosen for the
//!    verbal levels ("Beperkt" = 2 …)? Sampled over all increasing codings,
//!    with an exact check of "holds for every coding".
//!
//! [`robustness`] computes all four from the data and the inputs, with the
//! Dutch sentences ([`text`]), so the app calls one function (cheap enough
//! to call per change; see `benches/robustness.rs`). No egui here.

pub mod ordinal;
pub mod sampling;
pub mod slide;
pub mod smaa;
pub mod stability;
pub mod text;
pub mod winning;

mod exact;
mod result;
mod scores;
mod simplex;

use super::dataset::DataSet;
pub use super::inputs::DEFAULT_SEED;
use super::inputs::{Inputs, Visible};
use super::own::restricted;

pub use ordinal::{Conclusion, Holds, OrdinalAnalysis, ordinal_analysis};
pub use result::{Robustness, RobustnessTexts};
pub use sampling::{CodingSampler, DEFAULT_CODINGS, RangeSampler, WeightSampler};
pub use scores::Scores;
pub use smaa::{DEFAULT_DRAWS, RobustnessOptions, Smaa, smaa};
pub use stability::{
    Bound, CriterionStability, Interval, Overtake, Stability, stability_intervals,
};
pub use text::robustness_text;
pub use winning::{Winning, winning_weights};

/// Computes all four analyses for the inputs' weights and scores (score
/// overrides applied) over the visible scenarios and criteria, and their
/// Dutch sentences.
pub fn robustness(data: &DataSet, inputs: &Inputs, options: &RobustnessOptions) -> Robustness {
    robustness_with(data, inputs, options, &smaa)
}

/// SMAA-2 for these scores and options: [`smaa`], or a result kept from an
/// earlier state with the same scores and options (it does not depend on
/// the weights).
pub type SmaaOf<'a> = &'a dyn Fn(&Scores, &RobustnessOptions) -> Smaa;

/// [`robustness`] with SMAA-2 from `smaa_of`, so a caller can keep it
/// while only the weights change.
pub fn robustness_with(
    data: &DataSet,
    inputs: &Inputs,
    options: &RobustnessOptions,
    smaa_of: SmaaOf,
) -> Robustness {
    let visible = inputs.visible();
    if visible.scenarios.is_empty() || visible.criteria.is_empty() {
        return nothing_visible(options, &visible);
    }
    if inputs.hides_any() {
        let (sub_data, sub_inputs) = restricted(data, inputs, &visible);
        let mut sub_options = options.clone();
        sub_options.importance = sub_inputs.importance.clone();
        let mut result = analyse(&sub_data, &sub_inputs, &sub_options, smaa_of);
        result.visible = visible;
        return result;
    }
    let mut result = analyse(data, inputs, options, smaa_of);
    result.visible = Visible {
        scenarios: (0..data.scenarios.len()).collect(),
        criteria: (0..data.criteria.len()).collect(),
    };
    result
}

/// Every scenario or every criterion is hidden: nothing to analyse, said
/// in words.
fn nothing_visible(options: &RobustnessOptions, visible: &Visible) -> Robustness {
    let what = if visible.scenarios.is_empty() {
        "Alle scenario's zijn verborgen"
    } else {
        "Alle criteria zijn verborgen"
    };
    Robustness {
        stability: None,
        winning: None,
        smaa: Smaa {
            seed: options.seed,
            draws: 0,
            codings: 0,
            importance: Vec::new(),
            acceptability: Vec::new(),
            central_weights: Vec::new(),
            confidence: Vec::new(),
        },
        ordinal: None,
        texts: RobustnessTexts {
            no_weights: Some(format!("{what}: er is geen rangorde om te toetsen.")),
            ..RobustnessTexts::default()
        },
        visible: visible.clone(),
    }
}

fn analyse(
    data: &DataSet,
    inputs: &Inputs,
    options: &RobustnessOptions,
    smaa_of: SmaaOf,
) -> Robustness {
    let scores = Scores::from_data(data, inputs);
    let values = scores.values();
    let stability = stability_intervals(&values, &inputs.weights());
    let winning = (0..values.len())
        .map(|s| winning_weights(&values, &inputs.weights(), s))
        .collect::<Option<Vec<_>>>()
        .filter(|_| stability.is_some());
    let smaa = smaa_of(&scores, options);
    let ordinal = ordinal_analysis(&scores, &inputs.weights(), options.seed, options.codings);
    let mut result = Robustness {
        stability,
        winning,
        smaa,
        ordinal,
        texts: RobustnessTexts::default(),
        visible: Visible::default(),
    };
    result.texts = RobustnessTexts::new(data, &result);
    result
}
