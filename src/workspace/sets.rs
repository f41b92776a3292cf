//! The sets a user works with: the built-in ones, those opened or saved as
//! files, and the current one with what it was when last opened or saved.

use std::path::{Path, PathBuf};

use super::Workspace;
use super::change::ChangeKey;
use super::files::{absolute, absolute_path, atomic_write, today_dutch, write_failure};
use super::notice::{Notice, Reply};
use crate::model::Inputs;
use crate::model::assumption_set::{AssumptionSet, dataset_ref, parse_set, to_ron};
use crate::model::load::read_text_file;

/// A set the user can switch to: built in, or opened from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSet {
    pub set: AssumptionSet,
    pub path: Option<PathBuf>,
    pub builtin: bool,
}

impl KnownSet {
    /// The name in the list: "(bestand)" after a set from a file.
    pub fn label(&self) -> String {
        if self.builtin {
            self.set.name.clone()
        } else {
            format!("{} (bestand)", self.set.name)
        }
    }
}

/// Name, author and note of the current set and where it lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentSet {
    pub name: String,
    pub author: String,
    pub date: String,
    pub note: String,
    pub path: Option<PathBuf>,
    /// A built-in set is read-only: saving asks for a new file.
    pub builtin: bool,
    /// The inputs and info as last opened or saved.
    pub saved_inputs: Inputs,
    pub saved_info: (String, String, String),
}

impl CurrentSet {
    pub fn from_set(set: &AssumptionSet, path: Option<PathBuf>, builtin: bool) -> Self {
        Self {
            name: set.name.clone(),
            author: set.author.clone(),
            date: set.date.clone(),
            note: set.note.clone(),
            path,
            builtin,
            saved_inputs: set.inputs.clone(),
            saved_info: (set.name.clone(), set.author.clone(), set.note.clone()),
        }
    }

    pub fn info(&self) -> (String, String, String) {
        (self.name.clone(), self.author.clone(), self.note.clone())
    }

    pub fn is_dirty(&self, inputs: &Inputs) -> bool {
        *inputs != self.saved_inputs || self.info() != self.saved_info
    }
}

/// Recently opened or saved files are kept up to this many.
const MAX_RECENT: usize = 8;

impl Workspace {
    /// Switches to a known set (an undo step).
    pub fn switch_set(&mut self, index: usize) {
        let Some(known) = self.sets.get(index).cloned() else {
            return;
        };
        let before = self.snapshot();
        self.inputs = known.set.inputs.clone();
        self.current = CurrentSet::from_set(&known.set, known.path.clone(), known.builtin);
        self.history
            .record(before, ChangeKey::SwitchSet, f64::NEG_INFINITY);
        self.recompute();
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
        let opened = match parse_set(&self.data, &path.display().to_string(), &text) {
            Ok(opened) => opened,
            Err(errors) => return Reply::refused("Set niet geopend", errors),
        };
        let known = KnownSet {
            set: opened.set,
            path: Some(path.clone()),
            builtin: false,
        };
        let index = self.remember_set(known);
        self.remember_recent(&path);
        self.switch_set(index);
        Reply::notice(match opened.warning {
            Some(w) => Notice::error(w),
            None => Notice::info(format!("Set geopend: {}", self.current.name)),
        })
    }

    /// Puts a set in the list (replacing the one from the same file).
    fn remember_set(&mut self, known: KnownSet) -> usize {
        match self
            .sets
            .iter()
            .position(|k| k.path.is_some() && k.path == known.path)
        {
            Some(i) => {
                self.sets[i] = known;
                i
            }
            None => {
                self.sets.push(known);
                self.sets.len() - 1
            }
        }
    }

    pub(super) fn remember_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
        self.bump();
    }

    /// The current assumptions as a set, dated today.
    pub fn current_as_set(&self) -> AssumptionSet {
        AssumptionSet {
            name: self.current.name.clone(),
            author: self.current.author.clone(),
            date: today_dutch(),
            note: self.current.note.clone(),
            dataset: Some(dataset_ref(&self.data)),
            inputs: self.inputs.clone(),
        }
    }

    /// Writes the current set to `path` (atomically) and makes it the saved
    /// state. The error says in Dutch where and why it failed.
    pub fn save_set_to(&mut self, path: &Path) -> Result<(), String> {
        let path = absolute_path(path);
        let set = self.current_as_set();
        let text = to_ron(&self.data, &set);
        atomic_write(&path, text.as_bytes()).map_err(|e| write_failure(&path, &e))?;
        self.current.path = Some(path.clone());
        self.current.builtin = false;
        self.current.date = set.date.clone();
        self.current.saved_inputs = self.inputs.clone();
        self.current.saved_info = self.current.info();
        self.remember_set(KnownSet {
            set,
            path: Some(path.clone()),
            builtin: false,
        });
        self.remember_recent(&path);
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

    /// The known set the current one was opened from, if unchanged in name.
    pub fn current_set_index(&self) -> Option<usize> {
        self.sets.iter().position(|k| {
            k.set.name == self.current.saved_info.0
                && k.path == self.current.path
                && k.builtin == self.current.builtin
        })
    }

    pub fn is_dirty(&self) -> bool {
        self.current.is_dirty(&self.inputs)
    }

    /// "Naam * – NMD-scenario's – gegevens"
    pub fn window_title(&self) -> String {
        let star = if self.is_dirty() { " *" } else { "" };
        format!(
            "{}{star} – NMD-scenario's – {}",
            self.current.name, self.data.name
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
