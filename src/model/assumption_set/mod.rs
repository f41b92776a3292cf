//! Assumption sets ("aannamesets"): everything a user can change, with a
//! name, author, date and note, saved as RON. A set names the data set it
//! was made on; opened against another, it says so. Values that do not fit
//! the data (unknown ids, negative fte) are refused with file, line and column.
//!
//! Fields left out of a file keep the data's defaults, so the built-in
//! "report" set is just a name; saved sets write every value.

mod components_file;
mod costs_entry;
mod costs_file;
mod file;
mod import;
mod read;
mod read_own;
mod read_profiles;
mod write;
mod write_own;

pub use file::{
    CombineEntry, DatasetRef, FitEntry, RoleEntry, ScoreOverride, SetFile, SupervisionEntry,
};
pub use import::take_profiles_and_key;
pub use read::parse_set;
pub use write::{to_file, to_ron};

use super::dataset::DataSet;
use super::inputs::Inputs;

/// Version of the file format; a file with another version is refused.
pub const SET_FORMAT: u32 = 1;

/// Which set an output is about, as the user knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetLabel {
    pub name: String,
    pub author: String,
    pub date: String,
    /// The file the set lives in; `None` for a built-in or unsaved set.
    pub file: Option<String>,
    /// Shipped with the data (`sets/`).
    pub builtin: bool,
    /// Whether the figures include changes not saved in that file.
    pub unsaved: bool,
    /// How the figures differ from the set as saved, beyond `unsaved`:
    /// "profielen en verdeelsleutel uit 'Voorbeeld: vijf profielen'",
    /// "gewijzigd met --gewichten op de opdrachtregel".
    pub changes: Vec<String>,
}

impl SetLabel {
    /// The set as every output names it: its name, and what was changed
    /// ("Berenschot (rapport), met profielen en verdeelsleutel uit …").
    pub fn display_name(&self) -> String {
        let mut name = self.name.clone();
        if self.unsaved {
            name.push_str(" (met niet-opgeslagen wijzigingen)");
        }
        if !self.changes.is_empty() {
            name.push_str(", met ");
            name.push_str(&crate::format::join_and(&self.changes));
        }
        name
    }
}

/// A set as the program uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumptionSet {
    pub name: String,
    pub author: String,
    pub date: String,
    pub note: String,
    /// The data set it was made on (absent in hand-written files).
    pub dataset: Option<DatasetRef>,
    pub inputs: Inputs,
}

impl AssumptionSet {
    /// The report's defaults under a name.
    pub fn report(data: &DataSet, name: &str) -> Self {
        Self {
            name: name.to_owned(),
            author: String::new(),
            date: String::new(),
            note: String::new(),
            dataset: Some(dataset_ref(data)),
            inputs: Inputs::report_defaults(data),
        }
    }
}

pub fn dataset_ref(data: &DataSet) -> DatasetRef {
    DatasetRef {
        name: data.name.clone(),
        fingerprint: data.fingerprint.clone(),
    }
}

/// A parsed set, and a warning when it was made on other data.
#[derive(Debug, Clone)]
pub struct OpenedSet {
    pub set: AssumptionSet,
    pub warning: Option<String>,
}
