//! The workspace's part in opening, saving and switching sets: methods of `Workspace` on the
//! types of `sets.rs` (kept apart so that `mod.rs`, which holds those types,
//! never imports a file that imports it back).

use super::Workspace;
use super::change::ChangeKey;
use super::files::{absolute, absolute_path, atomic_write, today_dutch, write_failure};
use super::notice::{Notice, Reply};
use super::sets::{CurrentSet, KnownSet, saving_changes_anothers_set};
use crate::model::Inputs;
use crate::model::assumption_set::{AssumptionSet, SetLabel, dataset_ref, parse_set, to_ron};
use crate::model::load::read_text_file;
use std::path::Path;

impl Workspace {
    /// Switches to a known set (an undo step). Unsaved changes are never
    /// dropped: they stay in the list as a working copy, "(niet
    /// opgeslagen)", and switching to it brings them back.
    pub fn switch_set(&mut self, index: usize) {
        let Some(target) = self.sets.get(index).cloned() else {
            return;
        };
        let before = self.undo_state();
        if self.is_dirty() {
            self.keep_working_copy();
        }
        // Another set: what the command line changed of the first is gone.
        self.start_changes.clear();
        self.inputs = target.set.inputs.clone();
        self.current = match &target.working {
            Some(current) => {
                self.sets.remove(&target);
                current.clone()
            }
            None => CurrentSet::from_set(&target.set, target.path.clone(), target.builtin),
        };
        self.history
            .record(before, ChangeKey::SwitchSet, f64::NEG_INFINITY);
        self.set_log.end_step();
        self.attribute_log();
        self.recompute();
    }

    /// Puts the current, changed state in the list as a working copy,
    /// replacing an earlier working copy of the same set.
    fn keep_working_copy(&mut self) {
        let current = self.current.clone();
        let set = AssumptionSet {
            name: current.name.clone(),
            author: current.author.clone(),
            date: current.date.clone(),
            note: current.note.clone(),
            dataset: Some(dataset_ref(self.datasets.base())),
            inputs: self.inputs.clone(),
        };
        let copy = KnownSet {
            set,
            path: None,
            builtin: false,
            working: Some(current.clone()),
        };
        self.sets.keep_working(copy, &current);
    }

    /// Back to the report's assumptions: the first built-in set.
    pub fn back_to_report(&mut self) {
        self.switch_set(0);
    }

    /// Opens a set from a file. On failure nothing changes and the located
    /// problems come back.
    pub fn open_set_file(&mut self, path: &Path) -> Reply {
        let path = absolute_path(path);
        let text = match read_text_file(&path) {
            Ok(text) => text,
            Err(e) => return Reply::refused("Set niet geopend", vec![e]),
        };
        let opened = match parse_set(self.datasets.base(), &path.display().to_string(), &text) {
            Ok(opened) => opened,
            Err(errors) => return Reply::refused("Set niet geopend", errors),
        };
        let index = self.remember_set(KnownSet::file(opened.set, path.clone()));
        self.remember_recent(&path);
        self.switch_set(index);
        Reply::notice(match opened.warning {
            Some(w) => Notice::error(w),
            None => Notice::info(format!("Set geopend: {}", self.current.name)),
        })
    }

    /// Puts a set in the list (replacing the one from the same file).
    pub(super) fn remember_set(&mut self, known: KnownSet) -> usize {
        self.sets.remember(known)
    }

    pub(super) fn remember_recent(&mut self, path: &Path) {
        self.sets.remember_recent(path);
        self.bump();
    }

    /// The user's own name, for sets they save (asked once, remembered).
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// Sets the user's own name; the steps of this session logged before
    /// it was known get it.
    pub fn set_user(&mut self, name: &str) {
        let name = name.trim();
        self.user = (!name.is_empty()).then(|| name.to_owned());
        self.attribute_log();
        self.bump();
    }

    /// Whether saving now would put changed numbers under another's set:
    /// a built-in set, or one whose author is not the user, with changed
    /// inputs.
    pub fn saving_changes_anothers_set(&self) -> bool {
        saving_changes_anothers_set(&self.current, self.user.as_deref(), &self.inputs)
    }

    /// Whether Ctrl+S can write the set where it lives without asking: a
    /// file of the user's own, not a built-in set, not another's set whose
    /// numbers changed (that becomes a new set), and an author known.
    pub fn can_save_in_place(&self) -> bool {
        self.current.path.is_some()
            && !self.current.builtin
            && !self.saving_changes_anothers_set()
            && (!self.current.author.is_empty() || self.user.is_some())
    }

    /// Whether the GUI must ask the user's name before saving.
    pub fn needs_user_to_save(&self) -> bool {
        self.user.is_none() && self.saving_changes_anothers_set()
    }

    /// The current assumptions as a set, dated today.
    pub fn current_as_set(&self) -> AssumptionSet {
        AssumptionSet {
            name: self.current.name.clone(),
            author: self.current.author.clone(),
            date: today_dutch(),
            note: self.current.note.clone(),
            dataset: Some(dataset_ref(self.datasets.base())),
            inputs: self.inputs.clone(),
        }
    }

    /// Writes the current set to `path` (atomically) and makes it the saved
    /// state. The error says in Dutch where and why it failed.
    pub fn save_set_to(&mut self, path: &Path) -> Result<(), String> {
        let path = absolute_path(path);
        // As the snapshot every reader sees says it would be saved.
        let set = self.snapshot().set_to_save();
        let text = to_ron(self.datasets.base(), &set);
        atomic_write(&path, text.as_bytes()).map_err(|e| write_failure(&path, &e))?;
        let before = self.undo_state();
        self.current.name = set.name.clone();
        self.current.author = set.author.clone();
        self.current.note = set.note.clone();
        self.current.path = Some(path.clone());
        self.current.builtin = false;
        self.current.date = set.date.clone();
        self.current.saved_inputs = self.inputs.clone();
        self.current.saved_info = self.current.info();
        self.remember_set(KnownSet::file(set, path.clone()));
        self.remember_recent(&path);
        // The working copy of what was just saved is no longer needed.
        self.sets.forget_working_of(&before.current);
        self.bump();
        Ok(())
    }

    /// Saves where the current set lives, with a notice; `None` when it has
    /// no file of its own yet (a built-in set): then ask for a path.
    pub fn save_in_place(&mut self) -> Option<Notice> {
        let path = self
            .current
            .path
            .clone()
            .filter(|_| !self.current.builtin)?;
        Some(match self.save_set_to(&path) {
            Ok(()) => Notice::info(format!("Set opgeslagen: {}", absolute(&path))),
            Err(e) => Notice::error(format!("Set niet opgeslagen: {e}")),
        })
    }

    /// Starts from `inputs` described by `set` (the command line's set and
    /// options), as the saved state; no undo step.
    pub fn start_from(&mut self, inputs: Inputs, set: Option<SetLabel>) {
        let set = set.unwrap_or_else(|| SetLabel {
            name: self.current.name.clone(),
            builtin: true,
            ..SetLabel::default()
        });
        self.start_changes = set.changes.clone();
        let assumptions = AssumptionSet {
            name: set.name,
            author: set.author,
            date: set.date,
            note: String::new(),
            dataset: Some(dataset_ref(self.datasets.base())),
            inputs,
        };
        self.inputs = assumptions.inputs.clone();
        self.current = CurrentSet::from_set(
            &assumptions,
            set.file.map(std::path::PathBuf::from),
            set.builtin,
        );
        self.recompute();
    }

    /// The current set as outputs name it.
    pub fn set_label(&self) -> SetLabel {
        SetLabel {
            name: self.current.name.clone(),
            author: self.current.author.clone(),
            date: self.current.date.clone(),
            file: self.current.path.as_deref().map(absolute),
            builtin: self.current.builtin,
            unsaved: self.is_dirty(),
            changes: self.start_changes.clone(),
        }
    }

    /// The known set the current one was opened from, if unchanged in name.
    pub fn current_set_index(&self) -> Option<usize> {
        self.sets.index_of(&self.current)
    }

    pub fn is_dirty(&self) -> bool {
        self.current.is_dirty(&self.inputs)
    }

    /// "Naam * – NMD-scenario's – gegevens"
    pub fn window_title(&self) -> String {
        let star = if self.is_dirty() { " *" } else { "" };
        format!(
            "{}{star} – NMD-scenario's – {}",
            self.current.name,
            self.datasets.extended().name
        )
    }

    /// What the set picker shows on hover: author, date, file, note.
    pub fn current_set_description(&self) -> String {
        let mut text = format!("Aannameset: {}", self.current.name);
        if !self.current.author.is_empty() {
            text.push_str(&format!("\nAuteur: {}", self.current.author));
        }
        if !self.current.date.is_empty() {
            text.push_str(&format!("\nDatum: {}", self.current.date));
        }
        if let Some(path) = &self.current.path {
            text.push_str(&format!("\nBestand: {}", path.display()));
        }
        if !self.current.note.is_empty() {
            text.push_str(&format!("\n{}", self.current.note));
        }
        if self.is_dirty() {
            text.push_str("\n\nEr zijn wijzigingen die nog niet zijn opgeslagen.");
        }
        text
    }
}
