//! `nmd-scenarios bijlage`: the Word appendix for a council proposal,
//! written without the window. With a renderer (a GPU or Mesa's software
//! Vulkan) it has the figures; without one it says so in the document and
//! on stderr, and has everything else.

use std::path::Path;

use super::args::AppendixArgs;
use super::run::CommandOutput;
use std::sync::Arc;

use crate::workspace::Snapshot;
use crate::workspace::files::{absolute, atomic_write, with_extension, write_failure};

pub fn run_appendix(data_dir: Option<&Path>, args: &AppendixArgs) -> CommandOutput {
    let mut opened = match super::open::open_workspace(data_dir, &args.inputs, |_, _| Ok(())) {
        Ok(opened) => opened,
        Err(output) => return output,
    };
    let (bytes, note) = match build(opened.workspace.snapshot()) {
        Ok(built) => built,
        Err(message) => return CommandOutput::failure(&message, 1),
    };
    let path = with_extension(args.out.clone(), "docx");
    if let Err(e) = atomic_write(&path, &bytes) {
        return CommandOutput::failure(&write_failure(&path, &e), 1);
    }
    let mut stderr = opened.warning_lines();
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
fn build(snapshot: Arc<Snapshot>) -> Result<(Vec<u8>, Option<String>), String> {
    crate::export::appendix::AppendixJob::from_snapshot(snapshot).build()
}

#[cfg(not(feature = "gui"))]
fn build(snapshot: Arc<Snapshot>) -> Result<(Vec<u8>, Option<String>), String> {
    let note = "Deze versie is gebouwd zonder venster en tekent geen figuren; de tabellen en zinnen zijn volledig.".to_owned();
    let ctx = crate::report::ReportContext::of(&snapshot);
    let bytes = crate::report::docx::docx_report(&ctx, &[], Some(&note))?;
    Ok((bytes, Some(note)))
}
