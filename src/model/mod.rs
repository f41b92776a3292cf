//! The core: data in, results with their derivation out. No egui here.

pub mod additions;
pub mod assumption_set;
pub mod breakdown;
pub mod compare;
pub mod compare_inputs;
pub mod costs;
pub mod dataset;
pub mod errors;
pub mod explain;
pub mod fingerprint;
pub mod fit;
pub mod group;
pub mod inputs;
pub mod linalg;
pub mod load;
pub mod located;
pub mod misprint;
pub mod own;
pub mod ranking;
pub mod ratios;
pub mod robustness;
pub mod scenario_costs;
pub mod schema;
pub mod source_check;
pub mod staffing;

pub use dataset::DataSet;
pub use inputs::Inputs;

/// Everything the views and the report show for one set of inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub staffing: Vec<staffing::YearStaffing>,
    pub ranking: ranking::Ranking,
    /// What it costs and who pays, when the set has cost inputs.
    pub costs: Option<costs::Costs>,
}

/// Recomputes all results for `inputs`. Cheap (well under a millisecond), but
/// the app still calls it only when an input changes. `data` is the data
/// extended with the inputs' own scenarios and criteria
/// (`own::extended`); given the data as loaded, it is extended here.
pub fn compute(data: &DataSet, inputs: &Inputs) -> Outcome {
    if !inputs.added.is_empty() && inputs.criteria.len() != data.criteria.len()
        || inputs.scenarios.len() != data.scenarios.len()
    {
        let extended = own::extend(data, &inputs.added);
        if inputs.criteria.len() == extended.criteria.len()
            && inputs.scenarios.len() == extended.scenarios.len()
        {
            return compute(&extended, inputs);
        }
    }
    let staffing = staffing::staffing_all_years(data, inputs);
    Outcome {
        costs: costs::costs(data, inputs, &staffing),
        staffing,
        ranking: ranking::ranking_visible(
            &inputs.score_values(data),
            &inputs.weights(),
            &inputs.visible(),
        ),
    }
}
