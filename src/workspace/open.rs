//! Where the data comes from, the same for the window and the command
//! line: `--data MAP`, else `./scenarios` if it holds a data set, else the
//! report's data compiled into the program.

use std::path::{Path, PathBuf};

use super::files::absolute;
use crate::model::errors::DataError;
use crate::model::load::{self, DataFolder};

/// Where data comes from when no `--data` is given: `./scenarios` if it
/// exists, else the embedded report.
pub fn default_data_dir() -> Option<PathBuf> {
    let dir = Path::new("scenarios");
    dir.join(load::STAFFING_FILE)
        .is_file()
        .then(|| dir.to_path_buf())
}

/// Loads the data set (with its built-in sets) the arguments ask for, with a
/// label for headers: a folder, or a data set the program carries by its
/// word (`--data midden-limburg`) when no such folder exists.
pub fn load_data(explicit: Option<&Path>) -> Result<(DataFolder, String), Vec<DataError>> {
    if let Some(word) = explicit.filter(|p| !p.exists()).and_then(Path::to_str)
        && let Some(builtin) = super::builtin::load_builtin(word)
    {
        return Ok(builtin);
    }
    match explicit.map(Path::to_path_buf).or_else(default_data_dir) {
        Some(dir) => load::load_folder(&dir).map(|d| (d, format!("map {}", absolute(&dir)))),
        None => load::load_embedded_folder().map(|d| (d, "ingebouwd".to_owned())),
    }
}
