//! The sets a user works with: the built-in ones, those opened or saved as
//! files, and the current one with what it was when last opened or saved.

use std::path::PathBuf;

use super::files::today_dutch;
use crate::model::Inputs;
use crate::model::assumption_set::{AssumptionSet, dataset_ref};
use crate::model::compare::input_differences;

/// A set the user can switch to: built in, opened from a file, or the
/// unsaved edits left behind when switching away from a changed set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSet {
    pub set: AssumptionSet,
    pub path: Option<PathBuf>,
    pub builtin: bool,
    /// For a working copy: the current-set state it restores (its origin's
    /// file and saved state, so it is still "not saved").
    pub working: Option<CurrentSet>,
}

impl KnownSet {
    pub fn builtin(set: AssumptionSet) -> Self {
        Self {
            set,
            path: None,
            builtin: true,
            working: None,
        }
    }

    pub fn file(set: AssumptionSet, path: PathBuf) -> Self {
        Self {
            set,
            path: Some(path),
            builtin: false,
            working: None,
        }
    }

    /// The name in the list: "(bestand)" after a set from a file, "(niet
    /// opgeslagen)" after a working copy.
    pub fn label(&self) -> String {
        if self.working.is_some() {
            format!("{} (niet opgeslagen)", self.set.name)
        } else if self.builtin {
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
pub(super) const MAX_RECENT: usize = 8;

/// Whether saving `inputs` now would put changed numbers under another's
/// set: a built-in set, or one whose author is not `user`, with changed
/// inputs.
pub fn saving_changes_anothers_set(
    current: &CurrentSet,
    user: Option<&str>,
    inputs: &Inputs,
) -> bool {
    let origin_author = &current.saved_info.1;
    let anothers = current.builtin || (!origin_author.is_empty() && user != Some(origin_author));
    anothers && !inputs.same_assumptions(&current.saved_inputs)
}

/// The set to write: the current assumptions, dated today. When the
/// numbers of another's set were changed, the saved set says so: its name
/// becomes "<naam> (aangepast)" (unless the user renamed it), the user is
/// its author, and the note starts with what it is based on and what
/// changed.
pub fn set_to_save(
    base: &crate::model::DataSet,
    current: &CurrentSet,
    user: Option<&str>,
    inputs: &Inputs,
) -> AssumptionSet {
    let mut set = AssumptionSet {
        name: current.name.clone(),
        author: current.author.clone(),
        date: today_dutch(),
        note: current.note.clone(),
        dataset: Some(dataset_ref(base)),
        inputs: inputs.clone(),
    };
    if !saving_changes_anothers_set(current, user, inputs) {
        return set;
    }
    let (origin_name, origin_author, origin_note) = &current.saved_info;
    if set.name == *origin_name {
        set.name = format!("{origin_name} (aangepast)");
    }
    if set.author == *origin_author {
        set.author = user.unwrap_or_default().to_owned();
    }
    if set.note == *origin_note {
        let mut based_on = vec![];
        if !origin_author.is_empty() {
            based_on.push(origin_author.clone());
        }
        if !current.date.is_empty() {
            based_on.push(current.date.clone());
        }
        let changes: Vec<String> = input_differences(base, &current.saved_inputs, inputs)
            .iter()
            .map(|d| d.as_change())
            .collect();
        let mut note = format!(
            "Gebaseerd op '{origin_name}'{}; gewijzigd: {}.",
            if based_on.is_empty() {
                String::new()
            } else {
                format!(" ({})", based_on.join(", "))
            },
            changes.join("; ")
        );
        if !origin_note.is_empty() {
            note.push_str(&format!("\n\nOorspronkelijke notitie: {origin_note}"));
        }
        set.note = note;
    }
    set
}
