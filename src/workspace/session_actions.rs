//! The workspace's part in keeping and restoring the session: methods of `Workspace` on the
//! types of `session.rs` (kept apart so that `mod.rs`, which holds those types,
//! never imports a file that imports it back).

use super::Workspace;
use super::files::absolute_path;
use super::notice::Notice;
use super::session::{
    Restored, SESSION_VERSION, Session, SessionFile, SessionKeeper, WorkingCopyEntry, restore,
    to_text,
};
use super::sets::{CurrentSet, KnownSet};
use crate::model::assumption_set::{AssumptionSet, dataset_ref, parse_set, to_ron};
use crate::model::load::read_text_file;
use std::path::Path;

impl Workspace {
    /// The saved state of `current` as a set.
    fn saved_set(&self, current: &CurrentSet) -> AssumptionSet {
        AssumptionSet {
            name: current.saved_info.0.clone(),
            author: current.saved_info.1.clone(),
            date: current.date.clone(),
            note: current.saved_info.2.clone(),
            dataset: Some(dataset_ref(self.datasets.base())),
            inputs: current.saved_inputs.clone(),
        }
    }

    /// The session to keep for the next start.
    pub fn session(&self) -> Session {
        let saved = self.saved_set(&self.current);
        let mut current = self.current_as_set();
        current.date = self.current.date.clone();
        let working = self
            .sets
            .list()
            .iter()
            .filter_map(|k| {
                let origin = k.working.as_ref()?;
                Some(WorkingCopyEntry {
                    current: to_ron(self.datasets.base(), &k.set),
                    saved: to_ron(self.datasets.base(), &self.saved_set(origin)),
                    path: origin.path.as_ref().map(|p| p.display().to_string()),
                    builtin: origin.builtin,
                })
            })
            .collect();
        Session {
            version: SESSION_VERSION,
            current: to_ron(self.datasets.base(), &current),
            saved: to_ron(self.datasets.base(), &saved),
            path: self.current.path.as_ref().map(|p| p.display().to_string()),
            builtin: self.current.builtin,
            recent: self
                .sets
                .recent()
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            dark: self.dark,
            zoom: self.zoom,
            user: self.user.clone(),
            working,
        }
    }

    /// Restores a stored session; anything unusable leaves the report's
    /// assumptions in place, with a notice that says why.
    pub fn restore_session(&mut self, text: &str) -> Option<Notice> {
        let restored = match restore(self.datasets.base(), text) {
            Ok(r) => r,
            Err(why) => {
                return Some(Notice::error(format!(
                    "De vorige sessie is niet hersteld ({why}); het programma begint met de aannames van het rapport."
                )));
            }
        };
        let Restored {
            session: stored,
            current,
            saved,
        } = restored;
        self.dark = stored.dark;
        // A zoom out of range (a hand-edited file) is kept within bounds.
        self.zoom = if stored.zoom.is_finite() {
            stored.zoom.clamp(0.5, 3.0)
        } else {
            1.0
        };
        self.user = stored.user.clone();
        self.sets.restore_recent(
            stored
                .recent
                .iter()
                .map(|p| absolute_path(Path::new(p)))
                .collect(),
        );
        for path in self.sets.recent().to_vec() {
            if let Ok(text) = read_text_file(&path)
                && let Ok(opened) =
                    parse_set(self.datasets.base(), &path.display().to_string(), &text)
                && !self.sets.has_file(&path)
            {
                self.sets.push(KnownSet::file(opened.set, path));
            }
        }
        for entry in &stored.working {
            let parse = |t: &str| parse_set(self.datasets.base(), "vorige sessie", t).ok();
            if let (Some(edited), Some(saved)) = (parse(&entry.current), parse(&entry.saved)) {
                let path = entry.path.as_ref().map(|p| absolute_path(Path::new(p)));
                let mut origin = CurrentSet::from_set(&saved.set, path, entry.builtin);
                origin.name = edited.set.name.clone();
                origin.author = edited.set.author.clone();
                origin.note = edited.set.note.clone();
                self.sets.push(KnownSet {
                    set: edited.set,
                    path: None,
                    builtin: false,
                    working: Some(origin),
                });
            }
        }
        let path = stored.path.map(|p| absolute_path(Path::new(&p)));
        self.current = CurrentSet::from_set(&saved.set, path, stored.builtin);
        self.current.name = current.set.name.clone();
        self.current.author = current.set.author.clone();
        self.current.note = current.set.note.clone();
        self.inputs = current.set.inputs;
        self.recompute();
        current.warning.map(Notice::error)
    }

    /// Keeps the session in `file` from now on: restores what it holds and
    /// writes every change to it.
    pub fn keep_session_in(&mut self, mut file: SessionFile) -> Option<Notice> {
        let notice = file.read().and_then(|text| self.restore_session(&text));
        self.session = Some(SessionKeeper::new(file));
        notice
    }

    /// Writes the session file if the session changed, at most once a
    /// second unless `force` (on exit). Returns `(written_or_nothing_to_do,
    /// notice)`: false when the limit postponed the write (the caller asks
    /// for a later frame); a notice the first time writing fails.
    pub fn persist_session(&mut self, now_s: f64, force: bool) -> (bool, Option<Notice>) {
        match &self.session {
            None => return (true, None),
            Some(keeper) if !keeper.due(now_s, force) => return (false, None),
            Some(_) => {}
        }
        let text = to_text(&self.session());
        match &mut self.session {
            Some(keeper) => (true, keeper.write(&text, now_s)),
            None => (true, None),
        }
    }
}
