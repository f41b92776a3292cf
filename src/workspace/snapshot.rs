//! One picture of the workspace at a revision, shared by every reader: the
//! window's views (through their view model), the text report, the CSV,
//! the workbook, the figures and the Word appendix. Everything an output
//! shows comes from a snapshot, so no two outputs can disagree about the
//! same state. The robustness analysis, the participants' comparison, the
//! cost per scenario and the set's fingerprint are computed on first
//! request and kept with the snapshot; a change makes a new snapshot. What
//! does not depend on the weights (SMAA-2, band-SMAA, the cost per
//! scenario and its Monte Carlo) is kept across snapshots
//! (`weight_free.rs`).

use std::sync::{Arc, OnceLock};

use super::sets::{CurrentSet, saving_changes_anothers_set, set_to_save};
use crate::model::assumption_set::{AssumptionSet, SetLabel, to_ron};
use crate::model::compare::Comparison;
use crate::model::fingerprint::{sha256_hex, short};
use crate::model::group::{GroupOptions, GroupResult, group_with};
use crate::model::robustness::{Robustness, RobustnessOptions, robustness_with};
use crate::model::scenario_costs::{CostSampleJob, ScenarioCosts, Weighing, scenario_costs};
use crate::model::source_check::SourceCheck;
use crate::model::{DataSet, Inputs, Outcome};

/// Which data and which set an output was made from, without a folder
/// path: names and short fingerprints (SHA-256, first 8 hex digits).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Identity {
    /// "Berenschot 2025 (rapport 76271)"
    pub data_name: String,
    /// Of the three data files' text.
    pub data_fingerprint: String,
    pub set_name: String,
    /// Of the set as it would be saved, without its date.
    pub set_fingerprint: String,
}

impl Identity {
    /// "Berenschot 2025 (rapport 76271) · vingerafdruk 3fa9c2d1"
    pub fn data_line(&self) -> String {
        crate::model::fingerprint::data_line(&self.data_name, &self.data_fingerprint)
    }
}

/// Two sets side by side, as the comparison view shows them.
#[derive(Debug, Clone)]
pub struct ComparisonState {
    /// The names the sides can pick from: the known sets, then the current
    /// assumptions.
    pub choices: Vec<String>,
    /// Indices into `choices` of sides A and B.
    pub sides: (usize, usize),
    pub comparison: Comparison,
}

/// The known sets as the set picker shows them.
#[derive(Debug, Clone, Default)]
pub struct SetsState {
    /// "(bestand)" after sets from files, "(niet opgeslagen)" after working
    /// copies.
    pub labels: Vec<String>,
    /// The known set the current one is, if unchanged in name.
    pub index: Option<usize>,
    pub dirty: bool,
    /// Author, date, file and note, for the picker's hover text.
    pub description: String,
}

/// The workspace at one revision.
pub struct Snapshot {
    pub revision: u64,
    /// The data with the set's own scenarios and criteria.
    pub data: Arc<DataSet>,
    /// The data as loaded.
    pub base: Arc<DataSet>,
    /// "ingebouwd" or "map /…": for the window's messages and `controleer`
    /// only; outputs name the [`Identity`].
    pub origin: String,
    pub inputs: Arc<Inputs>,
    pub outcome: Arc<Outcome>,
    pub check: Arc<SourceCheck>,
    /// The set as outputs name it.
    pub set: SetLabel,
    pub current: CurrentSet,
    /// The user's own name, author of the sets they save.
    pub user: Option<String>,
    pub sets: SetsState,
    pub can_undo: bool,
    pub can_redo: bool,
    pub dark: bool,
    pub comparison: Option<ComparisonState>,
    /// Draws of SMAA-2 and band-SMAA.
    pub draws: usize,
    /// Remarks on how outputs were made ("--trekkingen begrensd op …").
    pub remarks: Vec<String>,
    /// The data sets the program carries, and the handleiding's examples
    /// that fit this data (Bestand → Gegevens, Voorbeeld openen).
    pub builtin_data: Vec<super::builtin::BuiltinData>,
    pub examples: Vec<super::builtin::Example>,
    /// What is computed on first request (the workspace makes a snapshot
    /// with empty caches).
    pub(super) caches: Caches,
    /// What a change of the weights leaves alone, shared with the
    /// workspace.
    pub(super) weight_free: Arc<super::weight_free::WeightFree>,
}

/// The analyses a snapshot computes on first request and then keeps.
#[derive(Default)]
pub(super) struct Caches {
    robustness: OnceLock<Robustness>,
    group: OnceLock<Option<GroupResult>>,
    set_fingerprint: OnceLock<String>,
    scenario_costs: OnceLock<Option<ScenarioCosts>>,
    scenario_costs_now: OnceLock<Option<ScenarioCosts>>,
}

impl Snapshot {
    /// The robustness analysis of these inputs, computed on first request.
    pub fn robustness(&self) -> &Robustness {
        self.caches.robustness.get_or_init(|| {
            let options = RobustnessOptions {
                draws: self.draws,
                ..RobustnessOptions::from_inputs(&self.inputs)
            };
            robustness_with(&self.data, &self.inputs, &options, &|scores, o| {
                self.weight_free.smaa(scores, o)
            })
        })
    }

    /// The participants' profiles compared (band-SMAA included); `None`
    /// when the data names no participants and the set has no profiles.
    pub fn group(&self) -> Option<&GroupResult> {
        self.caches
            .group
            .get_or_init(|| {
                group_with(
                    &self.data,
                    &self.inputs,
                    GroupOptions {
                        seed: self.inputs.smaa_seed,
                        draws: self.draws,
                    },
                    &|values, band, draws, seed| self.weight_free.band(values, band, draws, seed),
                )
            })
            .as_ref()
    }

    /// The cost per scenario, complete: the Monte Carlo is run here (on
    /// this thread) unless a worker has already done it. For outputs that
    /// are written at once (the report, the CSV); `None` when the set
    /// counts no component of the cost profile.
    pub fn scenario_costs(&self) -> Option<&ScenarioCosts> {
        self.caches
            .scenario_costs
            .get_or_init(|| {
                let horizon = self.horizon_costs()?;
                let sample = self.weight_free.sample_now(&horizon);
                let weighing = self.weighing(&horizon);
                Some(scenario_costs(horizon, Some(sample), &weighing))
            })
            .as_ref()
    }

    /// The cost per scenario without waiting for the Monte Carlo: its part
    /// says [`crate::model::scenario_costs::Uncertainty::NotReady`] until
    /// [`Self::cost_sample_job`] has run and the workspace has its result
    /// (`Workspace::finish_cost_sample`), never an earlier state's numbers.
    /// For the window, which runs the job off the frame.
    pub fn scenario_costs_now(&self) -> Option<&ScenarioCosts> {
        self.caches
            .scenario_costs_now
            .get_or_init(|| {
                let horizon = self.horizon_costs()?;
                let sample = self.weight_free.sample(&horizon);
                let weighing = self.weighing(&horizon);
                Some(scenario_costs(horizon, sample, &weighing))
            })
            .as_ref()
    }

    /// The Monte Carlo still to run for this state, to run on a worker
    /// thread; `None` when it is done or there is nothing to draw.
    pub fn cost_sample_job(&self) -> Option<CostSampleJob> {
        let horizon = self.horizon_costs()?;
        self.weight_free
            .sample(&horizon)
            .is_none()
            .then_some(CostSampleJob { horizon })
    }

    /// The ranges over the horizon of this state (kept across states
    /// that share them).
    pub(super) fn horizon_costs(&self) -> Option<Arc<crate::model::scenario_costs::HorizonCosts>> {
        self.weight_free
            .horizon(&self.data, &self.inputs, &self.outcome, self.draws)
    }

    /// What value for money weighs with: the ranking; SMAA-2 and band-SMAA
    /// when a budget asks for them; the participants' own rankings when
    /// they have profiles (asked for only then: they cost time).
    fn weighing(&self, horizon: &crate::model::scenario_costs::HorizonCosts) -> Weighing<'_> {
        let budget = horizon.budget.is_some();
        Weighing {
            ranking: &self.outcome.ranking,
            robustness: budget.then(|| self.robustness()),
            group: (budget || !self.inputs.profiles.is_empty())
                .then(|| self.group())
                .flatten(),
        }
    }

    /// The participants as outputs show them: only when the set has
    /// profiles of its own (else every participant weighs as the set).
    pub fn group_for_outputs(&self) -> Option<&GroupResult> {
        if self.inputs.profiles.is_empty() {
            None
        } else {
            self.group()
        }
    }

    /// The set as saving it now would write it (see
    /// [`super::sets::set_to_save`]).
    pub fn set_to_save(&self) -> AssumptionSet {
        set_to_save(
            &self.base,
            &self.current,
            self.user.as_deref(),
            &self.inputs,
        )
    }

    /// Whether saving now would put changed numbers under another's set.
    pub fn saving_changes_anothers_set(&self) -> bool {
        saving_changes_anothers_set(&self.current, self.user.as_deref(), &self.inputs)
    }

    /// Data and set by name and fingerprint.
    pub fn identity(&self) -> Identity {
        let set_fingerprint = self.caches.set_fingerprint.get_or_init(|| {
            let set = AssumptionSet {
                name: self.current.name.clone(),
                author: self.current.author.clone(),
                date: String::new(),
                note: self.current.note.clone(),
                dataset: Some(crate::model::assumption_set::dataset_ref(&self.base)),
                inputs: (*self.inputs).clone(),
            };
            sha256_hex(&[&to_ron(&self.base, &set)])
        });
        Identity {
            data_name: self.base.name.clone(),
            data_fingerprint: short(&self.base.fingerprint).to_owned(),
            set_name: self.set.name.clone(),
            set_fingerprint: short(set_fingerprint).to_owned(),
        }
    }
}
