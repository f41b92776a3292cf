//! Applying one [`Change`]: every kind of change is handled here, in one
//! match without a catch-all, so a new kind does not compile until it is
//! handled.

use super::Workspace;
use super::change::Change;
use crate::model::Inputs;
use crate::model::inputs::CriterionInput;
use crate::model::own::{Profile, ScoreChange, WeightMethod};

impl Workspace {
    /// Applies `change` to the inputs (or the set's description); the
    /// caller records the undo step and recomputes.
    pub(super) fn apply_change(&mut self, change: &Change) {
        let base_scenarios = self.datasets.base().scenarios.len();
        let base_criteria = self.datasets.base().criteria.len();
        let inputs = &mut self.inputs;
        match change {
            Change::Weight { criterion, weight } => inputs.criteria[*criterion].weight = *weight,
            Change::EqualWeights => {
                for criterion in &mut inputs.criteria {
                    criterion.weight = rust_decimal::Decimal::ONE;
                }
            }
            Change::Choice { choice, option } => inputs.selection[*choice] = *option,
            Change::Volume {
                segment,
                year,
                volume_mln,
            } => inputs.volumes_mln[*segment][*year] = *volume_mln,
            Change::ResetVolumes => {
                inputs.volumes_mln = Inputs::report_defaults(self.datasets.extended()).volumes_mln
            }
            Change::Supervision(supervision) => inputs.supervision = supervision.clone(),
            Change::SmaaSeed(seed) => inputs.smaa_seed = *seed,
            Change::Importance(order) => inputs.importance = order.clone(),
            Change::Fit(fit) => inputs.fit = *fit,
            Change::SetInfo { name, author, note } => {
                self.current.name = name.clone();
                self.current.author = author.clone();
                self.current.note = note.clone();
            }
            Change::Score {
                scenario,
                criterion,
                change,
            } => set_score(inputs, *scenario, *criterion, change),
            Change::AddScenario(added) => {
                inputs.added.scenarios.push(added.clone());
                self.resize_to_additions();
            }
            Change::RemoveScenario(id) => self.remove_added_scenario(id, base_scenarios),
            Change::AddCriterion { criterion, weight } => {
                inputs.added.criteria.push(criterion.clone());
                inputs.criteria.push(CriterionInput {
                    weight: *weight,
                    hidden: false,
                });
                self.resize_to_additions();
            }
            Change::RemoveCriterion(id) => self.remove_added_criterion(id, base_criteria),
            Change::HideScenario { scenario, hidden } => {
                if let Some(s) = inputs.scenarios.get_mut(*scenario) {
                    s.hidden = *hidden;
                }
            }
            Change::HideCriterion { criterion, hidden } => {
                if let Some(c) = inputs.criteria.get_mut(*criterion) {
                    c.hidden = *hidden;
                }
            }
            Change::Extras(extras) => inputs.extras = extras.clone(),
            Change::Profile { profile, .. } => set_profile(inputs, profile),
            Change::ProfileMethod { name, method } => self.switch_profile_method(name, *method),
            Change::RemoveProfile(name) => inputs.profiles.retain(|p| p.name != *name),
            Change::GroupMean(mean) => inputs.group_mean = *mean,
            Change::Costs(costs) => inputs.costs = costs.clone(),
            Change::Import { profiles, costs } => {
                inputs.profiles = profiles.clone();
                inputs.costs = costs.clone();
            }
            Change::LogReason { entry, reason } => {
                if let Some(e) = inputs.log.get_mut(*entry) {
                    e.why = reason.clone();
                }
            }
        }
    }

    /// Removes the added scenario `id` (if the set has it): its row of
    /// scores, its own cost ranges and the added criteria's scores for it.
    fn remove_added_scenario(&mut self, id: &str, base_scenarios: usize) {
        let inputs = &mut self.inputs;
        let Some(i) = inputs.added.scenarios.iter().position(|a| a.id == *id) else {
            return;
        };
        inputs.added.scenarios.remove(i);
        let index = base_scenarios + i;
        if index < inputs.scenarios.len() {
            inputs.scenarios.remove(index);
        }
        inputs.costs.forget_scenario(index);
        for criterion in &mut inputs.added.criteria {
            criterion.scores.retain(|s| s.other != *id);
        }
        self.resize_to_additions();
    }

    /// Removes the added criterion `id` (if the set has it): its column
    /// everywhere and the added scenarios' scores on it.
    fn remove_added_criterion(&mut self, id: &str, base_criteria: usize) {
        let inputs = &mut self.inputs;
        let Some(i) = inputs.added.criteria.iter().position(|a| a.id == *id) else {
            return;
        };
        inputs.added.criteria.remove(i);
        let index = base_criteria + i;
        if index < inputs.criteria.len() {
            remove_criterion_column(inputs, index);
        }
        for scenario in &mut inputs.added.scenarios {
            scenario.scores.retain(|s| s.other != *id);
        }
        self.resize_to_additions();
    }

    /// Switches the profile `name` to `method`: back to what it was under
    /// that method if the user switched from there, else converted; the
    /// switch is remembered so that it can be made back.
    fn switch_profile_method(&mut self, name: &str, method: WeightMethod) {
        let inputs = &mut self.inputs;
        let visible: Vec<bool> = inputs.hidden_criteria().iter().map(|h| !h).collect();
        let current = crate::model::group::effective_profiles(self.datasets.extended(), inputs)
            .into_iter()
            .map(|(p, _)| p)
            .find(|p| p.name == *name);
        let Some(current) = current.filter(|c| c.method != method) else {
            return;
        };
        let own = inputs.profiles.iter().find(|p| p.name == *name).cloned();
        let profile = match self.method_switches.way_back(name, own.as_ref(), method) {
            Some(earlier) => earlier,
            None => Some(crate::model::group::converted(&current, method, &visible)),
        };
        let at = inputs.profiles.iter().position(|p| p.name == *name);
        match (at, profile) {
            (Some(i), Some(profile)) => {
                self.method_switches.remember(name, own, profile.clone());
                inputs.profiles[i] = profile;
            }
            (None, Some(profile)) => {
                self.method_switches.remember(name, own, profile.clone());
                inputs.profiles.push(profile);
            }
            (Some(i), None) => {
                inputs.profiles.remove(i);
            }
            (None, None) => {}
        }
    }
}

/// A changed score (or a score set back with `None`); one without a reason
/// is refused by the views and never stored.
fn set_score(inputs: &mut Inputs, scenario: usize, criterion: usize, change: &Option<ScoreChange>) {
    if change.as_ref().is_some_and(|c| c.reason.trim().is_empty()) {
        return;
    }
    if let Some(cell) = inputs
        .scenarios
        .get_mut(scenario)
        .and_then(|row| row.scores.get_mut(criterion))
    {
        *cell = change.clone();
    }
}

/// The criterion at `index` out of the weights, every scenario's scores,
/// every profile and the order of importance (later ones move up).
fn remove_criterion_column(inputs: &mut Inputs, index: usize) {
    inputs.criteria.remove(index);
    for scenario in &mut inputs.scenarios {
        scenario.scores.remove(index);
    }
    for profile in &mut inputs.profiles {
        if index < profile.values.len() {
            profile.values.remove(index);
        }
    }
    inputs.importance.retain(|&c| c != index);
    for c in &mut inputs.importance {
        if *c > index {
            *c -= 1;
        }
    }
}

/// A participant's profile, its values filled up to every criterion with
/// 1, in place of one of the same name or added.
fn set_profile(inputs: &mut Inputs, profile: &Profile) {
    let mut profile = profile.clone();
    profile
        .values
        .resize(inputs.criteria.len(), rust_decimal::Decimal::ONE);
    match inputs.profiles.iter_mut().find(|p| p.name == profile.name) {
        Some(p) => *p = profile,
        None => inputs.profiles.push(profile),
    }
}
