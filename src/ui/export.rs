//! "Afbeelding opslaan": a clean figure (see `figure.rs`), rendered on a
//! thread with a GPU device of its own, then saved where the user says.

use std::sync::mpsc::{Receiver, channel};

use super::figure::{FigureKind, FigureSpec, RenderedFigure, render_figure};
use super::headless::HeadlessGpu;
use crate::workspace::files::today_for_file_name;

/// Where an export is.
#[derive(Default)]
pub enum ExportPhase {
    #[default]
    Idle,
    /// The figure is being rendered.
    Rendering(Receiver<Result<RenderedFigure, String>>, FigureKind),
    /// The figure is ready; the save dialog is open.
    ChoosingPath(Vec<u8>, FigureKind),
}

impl ExportPhase {
    pub fn is_busy(&self) -> bool {
        !matches!(self, ExportPhase::Idle)
    }
}

/// Renders `spec` on a thread of its own; the answer comes on the channel,
/// and `ctx` is asked to repaint when it does.
pub fn start(ctx: &egui::Context, spec: FigureSpec) -> ExportPhase {
    let (sender, receiver) = channel();
    let kind = spec.kind;
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let result = HeadlessGpu::new().and_then(|gpu| render_figure(&gpu, &spec));
        let _ = sender.send(result);
        ctx.request_repaint();
    });
    ExportPhase::Rendering(receiver, kind)
}

/// A default file name: `nmd-scenarios-formatie-2026-12-01.png`.
pub fn default_file_name(kind: FigureKind) -> String {
    format!(
        "nmd-scenarios-{}-{}.png",
        kind.word(),
        today_for_file_name()
    )
}
