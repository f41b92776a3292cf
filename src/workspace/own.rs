//! Applying what users add (scores with reasons, scenarios, criteria,
//! hidden items, tasks, growth, inhuur), and handing each change to the
//! set's log (`set_log.rs`): who changed what, when, and why.

use std::sync::Arc;

use super::Workspace;
use super::history::UndoState;
use super::set_log::SetState;

impl Workspace {
    /// Rebuilds the extended data after scenarios or criteria were added or
    /// removed, and sizes the inputs to it.
    pub(super) fn resize_to_additions(&mut self) {
        self.sync_data();
        let data = Arc::clone(self.datasets.extended());
        self.inputs.fit_to(&data);
    }

    /// Makes the extended data match the inputs' additions.
    pub(super) fn sync_data(&mut self) {
        self.datasets.follow(&self.inputs.added);
    }

    /// Adds the log entry of a change from `before` to now (the set log
    /// part, `set_log.rs`, keeps the step a drag holds open).
    pub(super) fn log_change(
        &mut self,
        before: &UndoState,
        reason: Option<String>,
        continues: bool,
    ) {
        // The log is written while the inputs it describes are read.
        let now = self.inputs.clone();
        let states = (
            SetState {
                inputs: &before.inputs,
                info: before.current.info(),
            },
            SetState {
                inputs: &now,
                info: self.current.info(),
            },
        );
        self.set_log.record(
            self.datasets.base(),
            states,
            &mut self.inputs.log,
            (self.user.as_deref(), reason, continues),
        );
    }

    /// Puts the user's name on the steps this session logged before it was
    /// known (an undo may bring such steps back).
    pub(super) fn attribute_log(&mut self) {
        if let Some(user) = &self.user {
            self.set_log.attribute(&mut self.inputs.log, user);
        }
    }
}
