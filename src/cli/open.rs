//! How every command starts, as the window does: the data (`--data`, else
//! `./scenarios`, else the report's), the set and the options on top of
//! it, in a workspace. Its snapshot is what the output is made from.

use std::path::Path;

use super::InputArgs;
use super::output::{CommandOutput, load_or_fail};
use crate::model::{DataSet, Inputs};
use crate::workspace::Workspace;

/// A workspace on the command line's data, set and options.
pub struct Opened {
    pub workspace: Workspace,
    /// Said on stderr ("de set is gemaakt op andere gegevens …").
    pub warnings: Vec<String>,
}

impl Opened {
    /// The warnings as lines for stderr.
    pub fn warning_lines(&self) -> String {
        self.warnings.iter().map(|w| format!("{w}\n")).collect()
    }
}

/// Loads the data, resolves `--set` and the input options, lets `adjust`
/// set what only some commands have (a seed, an importance order: an error
/// is an option's, exit code 2), and starts a workspace from it.
pub fn open_workspace(
    data_dir: Option<&Path>,
    args: &InputArgs,
    adjust: impl FnOnce(&DataSet, &mut Inputs) -> Result<(), String>,
) -> Result<Opened, CommandOutput> {
    let (folder, origin) = load_or_fail(data_dir)?;
    let mut resolved = args
        .resolve(&folder)
        .map_err(|(message, code)| CommandOutput::failure(&message, code))?;
    // The set may add scenarios and criteria: options name them too.
    let extended = crate::model::own::extended(&folder.data, &resolved.inputs).into_owned();
    adjust(&extended, &mut resolved.inputs).map_err(|m| CommandOutput::failure(&m, 2))?;
    let mut workspace = Workspace::new(folder, origin);
    // Every output names the set with what the options changed of it.
    let mut set = resolved.set.unwrap_or_else(|| workspace.set_label());
    set.changes = resolved.changes;
    workspace.start_from(resolved.inputs, Some(set));
    Ok(Opened {
        workspace,
        warnings: resolved.warnings,
    })
}
