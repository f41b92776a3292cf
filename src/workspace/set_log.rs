//! The set's log as one part of the workspace with one owner: what a step
//! changed (from where the step began), who made it and when, the step a
//! slider drag keeps open, and which of this session's steps still wait for
//! the user's name. It is handed what it needs; it calls nothing of the
//! workspace back.

use crate::model::DataSet;
use crate::model::compare::input_differences;
use crate::model::inputs::Inputs;
use crate::model::own::{LogEntry, log::MAX_LOG_ENTRIES};

use super::files::now_dutch;

/// Who made a step when the program does not know yet.
const UNKNOWN_AUTHOR: &str = "onbekend";

/// A set's name, author and note.
pub(super) type SetInfo = (String, String, String);

/// A state of the set: its inputs and its name, author and note.
pub(super) struct SetState<'a> {
    pub inputs: &'a Inputs,
    pub info: SetInfo,
}

#[derive(Default)]
pub(super) struct SetLog {
    /// Inputs and set info at the start of the step the last entry
    /// describes.
    anchor: Option<(Inputs, SetInfo)>,
    /// Whether the last entry is still open (a drag goes on).
    open: bool,
    /// The steps this session logged before the user gave their name
    /// (when, what): they get it when the name is known, in whichever set
    /// or undo step they turn up.
    unattributed: Vec<(String, String)>,
}

impl SetLog {
    /// The next change starts a step of its own (after an undo or a switch
    /// of sets).
    pub(super) fn end_step(&mut self) {
        self.anchor = None;
        self.open = false;
    }

    /// Adds to `now`'s log the entry of the change from `before` to `now`;
    /// a step that `continues` the previous one (a slider drag) replaces
    /// its entry.
    pub(super) fn record(
        &mut self,
        base: &DataSet,
        (before, now): (SetState<'_>, SetState<'_>),
        log: &mut Vec<LogEntry>,
        (user, reason, continues): (Option<&str>, Option<String>, bool),
    ) {
        let (anchor_inputs, (old_name, old_author, old_note)) = match (&self.anchor, continues) {
            (Some(anchor), true) => anchor.clone(),
            _ => {
                let anchor = (before.inputs.clone(), before.info);
                self.anchor = Some(anchor.clone());
                self.open = false;
                anchor
            }
        };
        let mut what: Vec<String> = input_differences(base, &anchor_inputs, now.inputs)
            .iter()
            .map(|d| d.as_change())
            .collect();
        let (name, author, note) = now.info;
        if name != old_name {
            what.push(format!("Naam van de set '{name}' (was '{old_name}')"));
        }
        if author != old_author {
            what.push(format!("Auteur van de set '{author}' (was '{old_author}')"));
        }
        if note != old_note {
            what.push("Toelichting van de set gewijzigd".into());
        }
        if self.open {
            // The open step (a drag goes on) is replaced, here too.
            if let Some(open) = log.pop()
                && self.unattributed.last() == Some(&(open.when, open.what))
            {
                self.unattributed.pop();
            }
            self.open = false;
        }
        if what.is_empty() {
            return;
        }
        let entry = LogEntry {
            who: user.unwrap_or(UNKNOWN_AUTHOR).to_owned(),
            when: now_dutch(),
            what: what.join("; "),
            why: reason.unwrap_or_default(),
        };
        if user.is_none() {
            self.unattributed
                .push((entry.when.clone(), entry.what.clone()));
        }
        log.push(entry);
        self.open = true;
        if log.len() > MAX_LOG_ENTRIES {
            log.remove(0);
        }
    }

    /// Puts `user` on the steps of `log` this session made before the name
    /// was known (an undo may bring such steps back).
    pub(super) fn attribute(&self, log: &mut [LogEntry], user: &str) {
        for entry in log {
            if entry.who == UNKNOWN_AUTHOR
                && self
                    .unattributed
                    .iter()
                    .any(|(when, what)| *when == entry.when && *what == entry.what)
            {
                entry.who = user.to_owned();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn info() -> SetInfo {
        ("Set".into(), "Auteur".into(), String::new())
    }

    /// Inputs with criterion 0 weighing `weight`.
    fn weighing(data: &DataSet, weight: i64) -> Inputs {
        let mut inputs = Inputs::report_defaults(data);
        inputs.criteria[0].weight = Decimal::from(weight);
        inputs
    }

    #[test]
    fn a_drag_is_one_entry_and_waits_for_the_name() {
        let data = crate::model::load::load_embedded().expect("the report's data");
        let (start, middle, end) = (weighing(&data, 1), weighing(&data, 2), weighing(&data, 3));
        let mut part = SetLog::default();
        let mut log = Vec::new();
        let state = |inputs| SetState {
            inputs,
            info: info(),
        };
        part.record(
            &data,
            (state(&start), state(&middle)),
            &mut log,
            (None, None, false),
        );
        // The drag goes on: its entry is replaced, from where it began.
        part.record(
            &data,
            (state(&middle), state(&end)),
            &mut log,
            (None, None, true),
        );
        assert_eq!(log.len(), 1, "{log:?}");
        assert_eq!(log[0].who, UNKNOWN_AUTHOR);
        assert!(log[0].what.contains('3'), "{}", log[0].what);
        part.attribute(&mut log, "Adviseur Assen");
        assert_eq!(log[0].who, "Adviseur Assen");
        // After an undo the next change is a step of its own.
        part.end_step();
        part.record(
            &data,
            (state(&end), state(&start)),
            &mut log,
            (Some("A"), None, true),
        );
        assert_eq!(log.len(), 2, "{log:?}");
        assert_eq!(log[1].who, "A");
    }

    #[test]
    fn a_step_that_changes_nothing_is_not_logged() {
        let data = crate::model::load::load_embedded().expect("the report's data");
        let inputs = weighing(&data, 1);
        let mut part = SetLog::default();
        let mut log = Vec::new();
        let state = || SetState {
            inputs: &inputs,
            info: info(),
        };
        part.record(&data, (state(), state()), &mut log, (None, None, false));
        assert!(log.is_empty());
    }
}
