//! A set as the program uses it and as outputs name it, with the data it
//! was made on.

use super::file::DatasetRef;
use crate::model::dataset::DataSet;
use crate::model::inputs::Inputs;

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
