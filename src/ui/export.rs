//! "Afbeelding opslaan": the window as PNG, with a footer that states the
//! data set, weights, choices, date and program version, so a picture in a
//! council proposal documents its own assumptions. The footer is only drawn
//! while the picture is taken.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use crate::model::explain::{selection_summary, weights_summary};
use crate::report::changed_volumes;
use crate::workspace::Workspace;
use crate::workspace::files::{atomic_write, today_dutch, today_for_file_name, write_failure};

/// Where an export is.
#[derive(Default)]
pub enum ExportPhase {
    #[default]
    Idle,
    /// The footer is on screen; after it has been laid out once, ask for the
    /// screenshot.
    FooterShown {
        frames: u8,
    },
    WaitingForImage(Receiver<Arc<egui::ColorImage>>),
    /// The image is taken; the save dialog is open.
    ChoosingPath(Arc<egui::ColorImage>),
}

impl ExportPhase {
    pub fn footer_visible(&self) -> bool {
        matches!(
            self,
            ExportPhase::FooterShown { .. } | ExportPhase::WaitingForImage(_)
        )
    }
    pub fn is_busy(&self) -> bool {
        !matches!(self, ExportPhase::Idle)
    }
}

/// The footer's lines: as few as possible, so the views keep their room.
pub fn footer_lines(workspace: &Workspace) -> Vec<String> {
    let data = workspace.data();
    let inputs = workspace.inputs();
    let set_name = match workspace.comparison() {
        Some((_, c)) => format!("vergelijking A = {} · B = {}", c.name_a, c.name_b),
        None => format!(
            "{}{}",
            workspace.current().name,
            if workspace.is_dirty() {
                " (niet opgeslagen)"
            } else {
                ""
            }
        ),
    };
    let first = format!(
        "Gemaakt op {} met nmd-scenarios {} · Gegevens: {} ({}) · Bron: {} · Aannameset: {set_name}",
        today_dutch(),
        env!("CARGO_PKG_VERSION"),
        data.name,
        workspace.data_origin(),
        data.source
    );
    let mut assumptions = format!("Keuzes: {}", selection_summary(data, &inputs.selection));
    let changed = changed_volumes(data, inputs);
    assumptions.push_str(&if changed.is_empty() {
        " · Volumes: zoals in het rapport".to_owned()
    } else {
        format!(" · Volumes gewijzigd: {}", changed.join("; "))
    });
    let overrides = inputs
        .score_overrides
        .iter()
        .flatten()
        .filter(|o| o.is_some())
        .count();
    let mut weights = format!("Gewichten: {}", weights_summary(data, &inputs.weights));
    if overrides > 0 {
        weights.push_str(&format!(
            " · Scores: {overrides} aangepast ten opzichte van de bron"
        ));
    }
    vec![first, assumptions, weights]
}

pub fn footer_ui(ui: &mut egui::Ui, lines: &[String]) {
    ui.add_space(2.0);
    for line in lines {
        ui.add(egui::Label::new(egui::RichText::new(line).size(12.0)).wrap());
    }
    ui.add_space(1.0);
}

/// Asks egui for the next frame's pixels.
pub fn request_image(ctx: &egui::Context) -> Receiver<Arc<egui::ColorImage>> {
    let (sender, receiver) = channel();
    let repaint = ctx.clone();
    ctx.request_screenshot(move |image| {
        let _ = sender.send(image);
        repaint.request_repaint();
    });
    receiver
}

/// Encodes the image as PNG and writes it atomically.
pub fn write_png(image: &egui::ColorImage, path: &Path) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| "onverwachte afmeting van de schermafbeelding".to_owned())?;
    let mut png = Vec::new();
    buffer
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| format!("PNG maken mislukt: {e}"))?;
    atomic_write(path, &png).map_err(|e| write_failure(path, &e))
}

/// A default file name: `nmd-scenarios-2026-12-01.png`.
pub fn default_file_name() -> String {
    format!("nmd-scenarios-{}.png", today_for_file_name())
}
