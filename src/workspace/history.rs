//! Undo and redo: snapshots of what the user changes, with an explicit
//! coalescing key per kind of change.

use super::change::ChangeKey;
use super::sets::CurrentSet;
use crate::model::Inputs;

/// One state the user can go back to.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoState {
    pub inputs: Inputs,
    pub current: CurrentSet,
}

/// Undo and redo. Changes with the same coalescing key within a second (a
/// slider drag, typing in a field) make a single step.
#[derive(Debug, Default)]
pub struct History {
    past: Vec<UndoState>,
    future: Vec<UndoState>,
    last: Option<(ChangeKey, f64)>,
}

const MAX_STEPS: usize = 200;
const COALESCE_SECONDS: f64 = 1.0;

impl History {
    /// Records `before` as an undo step for a change of `key` at `now_s`;
    /// `true` when the change continues the previous step (coalesced).
    pub fn record(&mut self, before: UndoState, key: ChangeKey, now_s: f64) -> bool {
        let coalesce = key.coalesces()
            && !self.past.is_empty()
            && self
                .last
                .is_some_and(|(k, t)| k == key && now_s - t < COALESCE_SECONDS);
        if !coalesce {
            self.past.push(before);
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.last = Some((key, now_s));
        coalesce
    }

    pub fn undo(&mut self, present: UndoState) -> Option<UndoState> {
        let previous = self.past.pop()?;
        self.future.push(present);
        self.last = None;
        Some(previous)
    }

    pub fn redo(&mut self, present: UndoState) -> Option<UndoState> {
        let next = self.future.pop()?;
        self.past.push(present);
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
