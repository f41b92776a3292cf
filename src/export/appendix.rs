//! The Word appendix with figures: the figures are rendered off-screen
//! (as for "Afbeelding opslaan"), then written into the appendix with the
//! tables and sentences (`report::docx`). Without any renderer the appendix
//! is made without figures and says why.

use std::sync::Arc;

use super::figure::{FigureSpec, figure_spec, render_figure};
use super::headless::HeadlessGpu;
use crate::report::ReportContext;
use crate::report::docx::{FigureImage, docx_report};
use crate::ui::actions::Screen;
use crate::workspace::Snapshot;

/// Width of a figure in the appendix, in points. Printed 16 cm (453,5 pt)
/// wide, the figure's body text of 16 points comes out at
/// 16 × 453,5 / 740 ≈ 9,8 pt, its small text of 13 points at 8,0 pt. The
/// assumptions are not in the image: the appendix states them as text,
/// under each figure's caption and in its section Aannames.
pub const APPENDIX_FIGURE_WIDTH_PT: f32 = 740.0;

/// The text width of the appendix's page (A4, 2,5 cm margins), in points.
pub const APPENDIX_TEXT_WIDTH_PT: f32 = 453.5;

/// What an appendix is made from: one snapshot of the workspace, taken at
/// once, and a figure for each view the data has.
pub struct AppendixJob {
    pub snapshot: Arc<Snapshot>,
    pub figures: Vec<FigureSpec>,
}

impl AppendixJob {
    pub fn from_snapshot(snapshot: Arc<Snapshot>) -> Self {
        let figures = Screen::figures()
            .filter(|&screen| screen.in_appendix(&snapshot))
            .map(|screen| FigureSpec {
                width_pt: APPENDIX_FIGURE_WIDTH_PT,
                footer: Vec::new(),
                ..figure_spec(&snapshot, screen)
            })
            .collect();
        Self { snapshot, figures }
    }

    /// The appendix, and a sentence when the figures could not be drawn.
    pub fn build(&self) -> Result<(Vec<u8>, Option<String>), String> {
        let (images, note) = match HeadlessGpu::new() {
            Ok(gpu) => {
                let mut images = Vec::new();
                let mut failed = None;
                for spec in &self.figures {
                    match render_figure(&gpu, spec) {
                        Ok(figure) => images.push(FigureImage {
                            caption: format!(
                                "Figuur: {}. De aannames staan in het titelblok en onder Aannames.",
                                spec.title
                            ),
                            png: figure.png,
                        }),
                        Err(e) => failed = Some(e),
                    }
                }
                (
                    images,
                    failed.map(|e| format!("Niet elke figuur kon worden getekend: {e}.")),
                )
            }
            Err(e) => (
                Vec::new(),
                Some(format!(
                    "De figuren zijn niet getekend: {e}. De tabellen en zinnen hieronder zijn volledig."
                )),
            ),
        };
        let bytes = docx_report(&ReportContext::of(&self.snapshot), &images, note.as_deref())?;
        Ok((bytes, note))
    }
}
