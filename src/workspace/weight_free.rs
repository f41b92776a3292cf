//! What a change of the weights leaves alone, kept across revisions: the
//! cost per scenario over the horizon and its Monte Carlo (they change
//! with a cost, a choice, a volume or the scenarios, never with a weight),
//! SMAA-2 (it draws its own weights) and band-SMAA (its band is the
//! participants' own weights). A slider move then recomputes only what
//! follows from the weights.
//!
//! Each entry is kept with everything it was computed from and used only
//! when that is equal now, so a kept result is never a stale one. The
//! Monte Carlo may be computed elsewhere (the window's worker thread,
//! [`CostSampleJob`]); until it is back, readers that do not wait are told
//! it is not ready.

use std::sync::{Arc, Mutex};

use crate::model::additions::AddedScenario;
use crate::model::costs::{CostInputs, Costs};
use crate::model::group::band::{Band, BandSmaa, band_smaa};
use crate::model::robustness::{RobustnessOptions, Scores, Smaa, smaa};
use crate::model::scenario_costs::{CostSample, CostSampleJob, HorizonCosts, horizon_costs};
use crate::model::{DataSet, Inputs, Outcome};

/// Everything the cost per scenario follows from.
#[derive(Debug, Clone, PartialEq)]
struct CostBasis {
    data: String,
    added: Vec<AddedScenario>,
    inputs: CostInputs,
    costs: Option<Costs>,
    visible: Vec<usize>,
    seed: u64,
    draws: usize,
}

impl CostBasis {
    fn of(data: &DataSet, inputs: &Inputs, outcome: &Outcome, draws: usize) -> Self {
        Self {
            data: data.fingerprint.clone(),
            added: inputs.added.scenarios.clone(),
            inputs: inputs.costs.clone(),
            costs: outcome.costs.clone(),
            visible: inputs.visible().scenarios,
            seed: inputs.smaa_seed,
            draws,
        }
    }

    /// Whether this is the basis of the given state (compared in place:
    /// nothing is copied when it is).
    fn is_of(&self, data: &DataSet, inputs: &Inputs, outcome: &Outcome, draws: usize) -> bool {
        self.draws == draws
            && self.seed == inputs.smaa_seed
            && self.data == data.fingerprint
            && self.inputs == inputs.costs
            && self.costs == outcome.costs
            && self.added == inputs.added.scenarios
            && self.visible.len() == inputs.scenarios.iter().filter(|s| !s.hidden).count()
            && self
                .visible
                .iter()
                .all(|&s| inputs.scenarios.get(s).is_some_and(|x| !x.hidden))
    }
}

struct CostEntry {
    basis: CostBasis,
    horizon: Option<Arc<HorizonCosts>>,
    sample: Option<Arc<CostSample>>,
}

type BandKey = (Vec<Vec<f64>>, Band, usize, u64);

/// The kept results, shared by the workspace and its snapshots.
#[derive(Default)]
pub struct WeightFree {
    costs: Mutex<Option<CostEntry>>,
    smaa: Mutex<Option<(Scores, RobustnessOptions, Smaa)>>,
    band: Mutex<Option<(BandKey, BandSmaa)>>,
}

impl WeightFree {
    /// The horizon costs of this state: kept, or computed now and kept.
    pub fn horizon(
        &self,
        data: &DataSet,
        inputs: &Inputs,
        outcome: &Outcome,
        draws: usize,
    ) -> Option<Arc<HorizonCosts>> {
        let mut entry = self.costs.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(kept) = entry
            .as_ref()
            .filter(|e| e.basis.is_of(data, inputs, outcome, draws))
        {
            return kept.horizon.clone();
        }
        let basis = CostBasis::of(data, inputs, outcome, draws);
        let horizon = outcome
            .costs
            .as_ref()
            .and_then(|costs| horizon_costs(data, inputs, costs, draws))
            .map(Arc::new);
        *entry = Some(CostEntry {
            basis,
            horizon: horizon.clone(),
            sample: None,
        });
        horizon
    }

    /// The Monte Carlo of `horizon` if it is done.
    pub fn sample(&self, horizon: &Arc<HorizonCosts>) -> Option<Arc<CostSample>> {
        let entry = self.costs.lock().unwrap_or_else(|e| e.into_inner());
        entry
            .as_ref()
            .filter(|e| e.horizon.as_ref().is_some_and(|h| Arc::ptr_eq(h, horizon)))
            .and_then(|e| e.sample.clone())
    }

    /// Keeps a finished Monte Carlo if it is still of the kept horizon
    /// (the state may have changed meanwhile); whether it was kept.
    pub fn keep_sample(&self, job: &CostSampleJob, sample: Arc<CostSample>) -> bool {
        let mut entry = self.costs.lock().unwrap_or_else(|e| e.into_inner());
        match entry.as_mut().filter(|e| {
            e.horizon
                .as_ref()
                .is_some_and(|h| Arc::ptr_eq(h, &job.horizon))
        }) {
            Some(e) => {
                e.sample.get_or_insert(sample);
                true
            }
            None => false,
        }
    }

    /// The Monte Carlo of `horizon`: kept, or run now (on this thread) and
    /// kept.
    pub fn sample_now(&self, horizon: &Arc<HorizonCosts>) -> Arc<CostSample> {
        if let Some(kept) = self.sample(horizon) {
            return kept;
        }
        let job = CostSampleJob {
            horizon: Arc::clone(horizon),
        };
        let sample = job.run();
        self.keep_sample(&job, Arc::clone(&sample));
        sample
    }

    /// SMAA-2 for these scores and options: kept, or computed and kept.
    pub fn smaa(&self, scores: &Scores, options: &RobustnessOptions) -> Smaa {
        let mut kept = self.smaa.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((s, o, result)) = kept.as_ref()
            && s == scores
            && o == options
        {
            return result.clone();
        }
        let result = smaa(scores, options);
        *kept = Some((scores.clone(), options.clone(), result.clone()));
        result
    }

    /// Band-SMAA for these values and band: kept, or computed and kept.
    pub fn band(&self, values: &[Vec<f64>], band: &Band, draws: usize, seed: u64) -> BandSmaa {
        let mut kept = self.band.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(((v, b, d, s), result)) = kept.as_ref()
            && v.as_slice() == values
            && b == band
            && *d == draws
            && *s == seed
        {
            return result.clone();
        }
        let result = band_smaa(values, band, draws, seed);
        *kept = Some(((values.to_vec(), band.clone(), draws, seed), result.clone()));
        result
    }
}
