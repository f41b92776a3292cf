//! Every export of the window takes one path: its bytes are made on a
//! thread of its own (a figure or the Word appendix with a GPU device of
//! its own; the CSV and the workbook from the snapshot), then the save
//! dialog asks where, and the bytes are written there.

use std::sync::mpsc::{Receiver, channel};

use crate::export::appendix::AppendixJob;
use crate::export::figure::{FigureSpec, render_figure};
use crate::export::headless::HeadlessGpu;
use crate::present::screen::Screen;
use crate::report::{ReportContext, csv_report};
use crate::workspace::Snapshot;
use crate::workspace::files::{file_name_for, today_for_file_name};

/// What is being exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportKind {
    Figure(Screen),
    /// The Word appendix of the set with this name.
    Appendix(String),
    /// The CSV of the set with this name.
    Csv(String),
    /// The workbook of the set with this name.
    Workbook(String),
}

impl ExportKind {
    /// "De afbeelding", "De bijlage".
    pub fn noun(&self) -> &'static str {
        match self {
            ExportKind::Figure(_) => "De afbeelding",
            ExportKind::Appendix(_) => "De bijlage",
            ExportKind::Csv(_) => "De CSV",
            ExportKind::Workbook(_) => "De werkmap",
        }
    }

    pub fn extension(&self) -> &'static str {
        match self {
            ExportKind::Figure(_) => "png",
            ExportKind::Appendix(_) => "docx",
            ExportKind::Csv(_) => "csv",
            ExportKind::Workbook(_) => "xlsx",
        }
    }

    /// The save dialog's title and file filter.
    pub fn dialog(&self) -> (&'static str, (&'static str, &'static str)) {
        match self {
            ExportKind::Figure(_) => ("Afbeelding opslaan", ("PNG-afbeelding", "png")),
            ExportKind::Appendix(_) => ("Bijlage opslaan", ("Word-document", "docx")),
            ExportKind::Csv(_) => ("CSV opslaan", ("CSV voor Excel", "csv")),
            ExportKind::Workbook(_) => ("Werkmap opslaan", ("Excel-werkmap", "xlsx")),
        }
    }

    /// What the notice says while it is made: only for what takes a while
    /// (the CSV and the workbook are there in a moment).
    pub fn making(&self) -> Option<&'static str> {
        match self {
            ExportKind::Figure(_) => Some("De afbeelding wordt gemaakt…"),
            ExportKind::Appendix(_) => Some("De bijlage wordt gemaakt (met de figuren)…"),
            ExportKind::Csv(_) | ExportKind::Workbook(_) => None,
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
            ExportKind::Csv(set) => file_name_for(set, "csv"),
            ExportKind::Workbook(set) => file_name_for(set, "xlsx"),
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

/// Makes the CSV of `snapshot` on a thread of its own.
pub fn start_csv(ctx: &egui::Context, snapshot: std::sync::Arc<Snapshot>) -> ExportPhase {
    let kind = ExportKind::Csv(snapshot.set.name.clone());
    spawn(ctx, kind, move || {
        Ok(Exported {
            bytes: csv_report(&ReportContext::of(&snapshot)).into_bytes(),
            note: None,
        })
    })
}

/// Makes the workbook of `snapshot` on a thread of its own.
pub fn start_workbook(ctx: &egui::Context, snapshot: std::sync::Arc<Snapshot>) -> ExportPhase {
    let kind = ExportKind::Workbook(snapshot.set.name.clone());
    spawn(ctx, kind, move || {
        let bytes = crate::report::xlsx::xlsx_report(&ReportContext::of(&snapshot))?;
        Ok(Exported { bytes, note: None })
    })
}
