//! Applying what users add (scores with reasons, scenarios, criteria,
//! hidden items, tasks, growth, inhuur) and keeping the set's log: who
//! changed what, when, and why.

use std::sync::Arc;

use super::Workspace;
use super::change::Change;
use super::files::now_dutch;
use super::history::Snapshot;
use crate::model::compare::input_differences;
use crate::model::own::{LogEntry, extend, log::MAX_LOG_ENTRIES};

/// Who made a step when the program does not know yet.
const UNKNOWN_AUTHOR: &str = "onbekend";

impl Workspace {
    /// Applies a change of the user's own additions; `false` for other
    /// changes (the caller applies those).
    pub(super) fn apply_own(&mut self, change: &Change) -> bool {
        let base_scenarios = self.base.scenarios.len();
        let base_criteria = self.base.criteria.len();
        let inputs = &mut self.inputs;
        match change {
            Change::Score {
                scenario,
                criterion,
                change,
            } => {
                // A score change without a reason is refused by the views;
                // never stored.
                if change.as_ref().is_some_and(|c| c.reason.trim().is_empty()) {
                    return true;
                }
                if let Some(cell) = inputs
                    .score_overrides
                    .get_mut(*scenario)
                    .and_then(|row| row.get_mut(*criterion))
                {
                    *cell = change.clone();
                }
            }
            Change::AddScenario(added) => {
                inputs.added.scenarios.push(added.clone());
                self.resize_to_additions();
            }
            Change::RemoveScenario(id) => {
                if let Some(i) = inputs.added.scenarios.iter().position(|a| a.id == *id) {
                    inputs.added.scenarios.remove(i);
                    let index = base_scenarios + i;
                    if index < inputs.score_overrides.len() {
                        inputs.score_overrides.remove(index);
                        inputs.hidden_scenarios.remove(index);
                    }
                    for criterion in &mut inputs.added.criteria {
                        criterion.scores.retain(|s| s.other != *id);
                    }
                    self.resize_to_additions();
                }
            }
            Change::AddCriterion { criterion, weight } => {
                inputs.added.criteria.push(criterion.clone());
                inputs.weights.push(*weight);
                self.resize_to_additions();
            }
            Change::RemoveCriterion(id) => {
                if let Some(i) = inputs.added.criteria.iter().position(|a| a.id == *id) {
                    inputs.added.criteria.remove(i);
                    let index = base_criteria + i;
                    if index < inputs.weights.len() {
                        inputs.weights.remove(index);
                        inputs.hidden_criteria.remove(index);
                        for row in &mut inputs.score_overrides {
                            row.remove(index);
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
                    for scenario in &mut inputs.added.scenarios {
                        scenario.scores.retain(|s| s.other != *id);
                    }
                    self.resize_to_additions();
                }
            }
            Change::HideScenario { scenario, hidden } => {
                if let Some(h) = inputs.hidden_scenarios.get_mut(*scenario) {
                    *h = *hidden;
                }
            }
            Change::HideCriterion { criterion, hidden } => {
                if let Some(h) = inputs.hidden_criteria.get_mut(*criterion) {
                    *h = *hidden;
                }
            }
            Change::Extras(extras) => inputs.extras = extras.clone(),
            Change::Profile { profile, .. } => {
                let mut profile = profile.clone();
                profile
                    .values
                    .resize(inputs.weights.len(), rust_decimal::Decimal::ONE);
                match inputs.profiles.iter_mut().find(|p| p.name == profile.name) {
                    Some(p) => *p = profile,
                    None => inputs.profiles.push(profile),
                }
            }
            Change::RemoveProfile(name) => inputs.profiles.retain(|p| p.name != *name),
            Change::GroupMean(mean) => inputs.group_mean = *mean,
            Change::LogReason { entry, reason } => {
                if let Some(e) = inputs.log.get_mut(*entry) {
                    e.why = reason.clone();
                }
            }
            _ => return false,
        }
        true
    }

    /// Rebuilds the extended data after scenarios or criteria were added or
    /// removed, and sizes the inputs to it.
    fn resize_to_additions(&mut self) {
        self.sync_data();
        let data = Arc::clone(&self.data);
        self.inputs.fit_to(&data);
    }

    /// Makes the extended data match the inputs' additions.
    pub(super) fn sync_data(&mut self) {
        if self.data_added != self.inputs.added {
            self.data = if self.inputs.added.is_empty() {
                Arc::clone(&self.base)
            } else {
                Arc::new(extend(&self.base, &self.inputs.added))
            };
            self.data_added = self.inputs.added.clone();
        }
    }

    /// Adds the log entry of a change from `before` to now; a step that
    /// continues the previous one (a slider drag) updates its entry.
    pub(super) fn log_change(
        &mut self,
        before: &Snapshot,
        reason: Option<String>,
        continues: bool,
    ) {
        let anchor = match (&self.log_anchor, continues) {
            (Some(anchor), true) => anchor.clone(),
            _ => {
                let anchor = (before.inputs.clone(), before.current.info());
                self.log_anchor = Some(anchor.clone());
                self.log_open = false;
                anchor
            }
        };
        let (anchor_inputs, (old_name, old_author, old_note)) = anchor;
        let mut what: Vec<String> = input_differences(&self.base, &anchor_inputs, &self.inputs)
            .iter()
            .map(|d| d.as_change())
            .collect();
        let (name, author, note) = self.current.info();
        if name != old_name {
            what.push(format!("Naam van de set '{name}' (was '{old_name}')"));
        }
        if author != old_author {
            what.push(format!("Auteur van de set '{author}' (was '{old_author}')"));
        }
        if note != old_note {
            what.push("Toelichting van de set gewijzigd".into());
        }
        let log = &mut self.inputs.log;
        if self.log_open {
            // The open step (a drag goes on) is replaced, here too.
            if let Some(open) = log.pop()
                && self.log_unattributed.last() == Some(&(open.when, open.what))
            {
                self.log_unattributed.pop();
            }
            self.log_open = false;
        }
        if what.is_empty() {
            return;
        }
        let entry = LogEntry {
            who: self.user.clone().unwrap_or_else(|| UNKNOWN_AUTHOR.into()),
            when: now_dutch(),
            what: what.join("; "),
            why: reason.unwrap_or_default(),
        };
        if self.user.is_none() {
            self.log_unattributed
                .push((entry.when.clone(), entry.what.clone()));
        }
        log.push(entry);
        self.log_open = true;
        if log.len() > MAX_LOG_ENTRIES {
            log.remove(0);
        }
    }

    /// Puts the user's name on the steps this session logged before it was
    /// known (an undo may bring such steps back).
    pub(super) fn attribute_log(&mut self) {
        let Some(user) = &self.user else {
            return;
        };
        let made_here = &self.log_unattributed;
        for entry in &mut self.inputs.log {
            if entry.who == UNKNOWN_AUTHOR
                && made_here
                    .iter()
                    .any(|(when, what)| *when == entry.when && *what == entry.what)
            {
                entry.who = user.clone();
            }
        }
    }
}
