//! What a command returns (stdout, stderr, exit code, as values, so tests
//! run commands without a process), and loading the data or saying why not.

use std::path::Path;

use crate::model::errors::DataError;
use crate::model::load::DataFolder;

/// Output of a command: text for stdout, text for stderr, exit code
/// (0: done; 1: a data or set file or the output could not be used;
/// 2: an option is wrong).
#[derive(Debug, Default)]
pub struct CommandOutput {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl CommandOutput {
    pub fn failure(message: &str, code: i32) -> Self {
        Self {
            stdout: String::new(),
            stderr: format!("{}\n", message.trim_end()),
            code,
        }
    }
}

fn errors_text(errors: &[DataError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}

/// The loaded data, or the output that says why not.
pub fn load_or_fail(data_dir: Option<&Path>) -> Result<(DataFolder, String), CommandOutput> {
    crate::workspace::open::load_data(data_dir).map_err(|errors| CommandOutput {
        stdout: String::new(),
        stderr: format!(
            "{}{} gevonden.\n",
            errors_text(&errors),
            crate::format::problems(errors.len())
        ),
        code: 1,
    })
}
