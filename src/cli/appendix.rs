//! `nmd-scenarios bijlage`: the Word appendix for a council proposal,
//! written without the window. With a renderer (a GPU or Mesa's software
//! Vulkan) it has the figures; without one it says so in the document and
//! on stderr, and has everything else.

use std::path::Path;

use super::AppendixArgs;
use super::run::CommandOutput;
use crate::workspace::Workspace;
use crate::workspace::files::{absolute, atomic_write, with_extension, write_failure};

pub fn run_appendix(data_dir: Option<&Path>, args: &AppendixArgs) -> CommandOutput {
    let (folder, origin) = match super::run::load_or_fail(data_dir) {
        Ok(loaded) => loaded,
        Err(output) => return output,
    };
    let resolved = match args.inputs.resolve(&folder) {
        Ok(resolved) => resolved,
        Err((message, code)) => return CommandOutput::failure(&message, code),
    };
    let mut workspace = Workspace::new(folder, origin);
    workspace.start_from(resolved.inputs, resolved.set);
    let (bytes, note) = match build(&mut workspace) {
        Ok(built) => built,
        Err(message) => return CommandOutput::failure(&message, 1),
    };
    let path = with_extension(args.out.clone(), "docx");
    if let Err(e) = atomic_write(&path, &bytes) {
        return CommandOutput::failure(&write_failure(&path, &e), 1);
    }
    let mut stderr: String = resolved.warnings.iter().map(|w| format!("{w}\n")).collect();
    if let Some(note) = note {
        stderr.push_str(&format!("{note}\n"));
    }
    CommandOutput {
        stdout: format!("Geschreven: {}\n", absolute(&path)),
        stderr,
        code: 0,
    }
}

#[cfg(feature = "gui")]
fn build(workspace: &mut Workspace) -> Result<(Vec<u8>, Option<String>), String> {
    crate::ui::appendix::AppendixJob::from_workspace(workspace).build()
}

#[cfg(not(feature = "gui"))]
fn build(workspace: &mut Workspace) -> Result<(Vec<u8>, Option<String>), String> {
    let material = crate::report::material::ReportMaterial::from_workspace(workspace);
    let note = "Deze versie is gebouwd zonder venster en tekent geen figuren; de tabellen en zinnen zijn volledig.".to_owned();
    let bytes = crate::report::docx::docx_report(&material.context(), &[], Some(&note))?;
    Ok((bytes, Some(note)))
}
