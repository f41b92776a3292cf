//! Exports that take a while: a clean figure ("Afbeelding opslaan", see
//! `figure.rs`) or the Word appendix with its figures ("Bijlage"), made on
//! a thread with a GPU device of its own, then saved where the user says.

use std::sync::mpsc::{Receiver, channel};

use crate::export::appendix::AppendixJob;
use crate::export::figure::{FigureSpec, render_figure};
use crate::export::headless::HeadlessGpu;
use crate::ui::screen::Screen;
use crate::workspace::files::{file_name_for, today_for_file_name};

/// What is being exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportKind {
    Figure(Screen),
    /// The Word appendix of the set with this name.
    Appendix(String),
}

impl ExportKind {
    /// "De afbeelding", "De bijlage".
    pub fn noun(&self) -> &'static str {
        match self {
            ExportKind::Figure(_) => "De afbeelding",
            ExportKind::Appendix(_) => "De bijlage",
        }
    }

    pub fn extension(&self) -> &'static str {
        match self {
            ExportKind::Figure(_) => "png",
            ExportKind::Appendix(_) => "docx",
        }
    }

    /// A default file name: `nmd-scenarios-formatie-2026-12-01.png`,
    /// `bijlage-klankbordgroep-toezicht-en-kwaliteit-2026-12-01.docx`.
    pub fn default_file_name(&self) -> String {
        match self {
            ExportKind::Figure(kind) => format!(
                "nmd-scenarios-{}-{}.png",
                kind.file_word(),
                today_for_file_name()
            ),
            ExportKind::Appendix(set) => {
                file_name_for(&format!("bijlage {set} {}", today_for_file_name()), "docx")
            }
        }
    }
}

/// What came out: the file's bytes, and a remark (figures not drawn).
pub struct Exported {
    pub bytes: Vec<u8>,
    pub note: Option<String>,
}

/// Where an export is.
#[derive(Default)]
pub enum ExportPhase {
    #[default]
    Idle,
    /// Being made.
    Rendering(Receiver<Result<Exported, String>>, ExportKind),
    /// Made; the save dialog is open.
    ChoosingPath(Exported, ExportKind),
}

impl ExportPhase {
    pub fn is_busy(&self) -> bool {
        !matches!(self, ExportPhase::Idle)
    }
}

fn spawn(
    ctx: &egui::Context,
    kind: ExportKind,
    work: impl FnOnce() -> Result<Exported, String> + Send + 'static,
) -> ExportPhase {
    let (sender, receiver) = channel();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let _ = sender.send(work());
        ctx.request_repaint();
    });
    ExportPhase::Rendering(receiver, kind)
}

/// Renders `spec` on a thread of its own.
pub fn start_figure(ctx: &egui::Context, spec: FigureSpec) -> ExportPhase {
    let kind = ExportKind::Figure(spec.screen);
    spawn(ctx, kind, move || {
        let figure = HeadlessGpu::new().and_then(|gpu| render_figure(&gpu, &spec))?;
        Ok(Exported {
            bytes: figure.png,
            note: None,
        })
    })
}

/// Makes the Word appendix (with its figures) on a thread of its own.
pub fn start_appendix(ctx: &egui::Context, job: AppendixJob) -> ExportPhase {
    let kind = ExportKind::Appendix(job.snapshot.set.name.clone());
    spawn(ctx, kind, move || {
        let (bytes, note) = job.build()?;
        Ok(Exported { bytes, note })
    })
}
