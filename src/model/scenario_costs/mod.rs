//! What does each scenario cost us? Every component of the cost profile
//! (Tabel 5) that the set puts in euros — a kind (per jaar, eenmalig,
//! besparing per jaar, niet in euro's) and a range per level word or per
//! scenario — counted over a horizon with the costs that are the same in
//! every scenario (staff and other lines, LASTEN PER GEMEENTE), low, middle
//! and high, for the region and per participant by the key and the one
//! rounding rule of the costs; a seeded Monte Carlo over the ranges; and
//! value for money beside it (the weighted score against the cost, never
//! merged).
//!
//! - `types.rs`: the result, one struct with every number and sentence;
//! - `levels.rs`: which range each scenario gets per component;
//! - `common.rs`: the costs equal in every scenario over the horizon;
//! - `amounts.rs`: one amount for the region and per participant, rounded;
//! - `horizon.rs`: the ranges over the horizon ([`horizon_costs`]);
//! - `sample.rs`: the Monte Carlo ([`cost_sample`]);
//! - `value.rs`: value for money ([`value_for_money`]);
//! - `checks.rs`: a range wider than its middle (a warning);
//! - `text.rs`, `sample_text.rs`, `value_text.rs`: the sentences;
//! - `compare.rs`: two sets' costs per scenario in sentences.
//!
//! Nothing here names a scenario, component or level: they come from the
//! data's cost profile and the set.

mod amounts;
mod checks;
mod common;
mod compare;
mod horizon;
mod levels;
mod sample;
mod sample_text;
mod text;
mod types;
mod value;
mod value_text;

use std::sync::Arc;

pub use checks::{WIDE_RANGE_FACTOR, wide_range};
pub use compare::{
    CostComparison, CostPair, CostSide, cost_comparison, cost_per_scenario_differences,
};
pub use horizon::{horizon_costs, horizon_label};
pub use levels::level_matches;
pub use sample::{SamplePlan, cost_sample, draw_totals};
pub use sample_text::chance;
pub use types::{
    Amounts, BudgetChances, BudgetRow, CommonCosts, CommonYear, ComponentLine, ComponentPart,
    CostSample, Dominance, HorizonCosts, NOT_READY, PartRange, ParticipantAmount, ParticipantValue,
    Quantile, SampledScenario, ScenarioCost, ScenarioCosts, Uncertainty, ValueForMoney, ValuePoint,
    Weighing,
};
pub use value::value_for_money;

/// The cost per scenario of one state: the ranges, the Monte Carlo when it
/// is ready (`None`: still running; the result says so rather than show an
/// earlier number), and value for money with `weighing`.
pub fn scenario_costs(
    horizon: Arc<HorizonCosts>,
    sample: Option<Arc<CostSample>>,
    weighing: &Weighing,
) -> ScenarioCosts {
    let value = value_for_money(&horizon, sample.as_deref(), weighing);
    ScenarioCosts {
        horizon,
        uncertainty: sample.map_or(Uncertainty::NotReady, Uncertainty::Ready),
        value,
    }
}

/// The Monte Carlo of one state, to run where the caller likes: the
/// window's shell on a worker thread, the command line at once. It owns
/// what it needs ([`Send`]), so the state may change meanwhile; the
/// workspace keeps the result only if it is still the state's.
#[derive(Debug, Clone)]
pub struct CostSampleJob {
    pub horizon: Arc<HorizonCosts>,
}

impl CostSampleJob {
    pub fn run(&self) -> Arc<CostSample> {
        Arc::new(cost_sample(&self.horizon))
    }
}
