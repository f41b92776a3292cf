//! Applying what users add (scores with reasons, scenarios, criteria,
//! hidden items, tasks, growth, inhuur) and keeping the set's log: who
//! changed what, when, and why.

use std::sync::Arc;

use super::Workspace;
use super::files::now_dutch;
use super::history::UndoState;
use crate::model::compare::input_differences;
use crate::model::own::{LogEntry, extend, log::MAX_LOG_ENTRIES};

/// Who made a step when the program does not know yet.
const UNKNOWN_AUTHOR: &str = "onbekend";

impl Workspace {
    /// Rebuilds the extended data after scenarios or criteria were added or
    /// removed, and sizes the inputs to it.
    pub(super) fn resize_to_additions(&mut self) {
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
        before: &UndoState,
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
