//! A clean figure for a council proposal: a title with the set's name, the
//! chosen view (staffing, ranking, cost profile, or all three), its legend,
//! values and warnings, and a footer that states every assumption, at twice
//! the pixel density so it prints sharp. No widget, slider or link: the
//! views are drawn in figure mode. Rendered off-screen (`headless.rs`), so
//! the app and the `figuur` command make the same picture.

use super::headless::{HeadlessGpu, encode_png, measure_height_pt};
use crate::present::view_model::{self, ViewModel, WindowState};
use crate::report::ReportContext;
use crate::report::assumptions::assumption_lines;
use crate::ui::actions::{Actions, Screen};
use crate::ui::style;
use crate::workspace::Snapshot;

/// Pixels per point of an exported figure.
pub const FIGURE_DENSITY: f32 = 2.0;

/// Everything a figure shows, prepared from a workspace snapshot.
#[derive(Debug, Clone)]
pub struct FigureSpec {
    /// The screen it shows (one that makes a figure: `screens.rs`).
    pub screen: Screen,
    /// Width in points (the image is [`FIGURE_DENSITY`] times wider).
    pub width_pt: f32,
    pub title: String,
    pub subtitle: String,
    /// The assumptions, as (label, text), drawn under the figure. Empty in
    /// the Word appendix, which gives them as text of its own (at a size
    /// that prints: in the image they would come out at 5 pt).
    pub footer: Vec<(String, String)>,
    pub view: ViewModel,
}

/// The figure of `screen` for the snapshot's state.
pub fn figure_spec(snapshot: &Snapshot, screen: Screen) -> FigureSpec {
    let window = WindowState {
        figure: true,
        ..WindowState::default()
    };
    let view = view_model::build(snapshot, window);
    let footer = assumption_lines(&ReportContext::of(snapshot));
    let data = &snapshot.data;
    let what = screen.figure_title(data);
    FigureSpec {
        screen,
        width_pt: screen.info().figure_width_pt,
        title: format!("{what} – {}", snapshot.set.name),
        subtitle: format!("{} · {}", data.name, data.source),
        footer,
        view,
    }
}

/// The figure, laid out top-down in `ui`: title, the screen's figure view,
/// the assumptions.
pub fn figure_ui(ui: &mut egui::Ui, spec: &FigureSpec) {
    let view = &spec.view;
    let mut out = Actions::default();
    ui.label(egui::RichText::new(&spec.title).size(28.0).strong());
    ui.label(egui::RichText::new(&spec.subtitle).weak());
    ui.add_space(10.0);
    if let Some(draw) = crate::ui::dispatch::figure_view(spec.screen) {
        draw(ui, view, &mut out);
    }
    if !spec.footer.is_empty() {
        ui.add_space(12.0);
        ui.separator();
        footer_ui(ui, &spec.footer);
    }
}

/// The assumptions at body size: one wrapped line each, the label in bold.
fn footer_ui(ui: &mut egui::Ui, footer: &[(String, String)]) {
    for (label, text) in footer {
        let mut job = egui::text::LayoutJob::default();
        let body = egui::TextStyle::Body.resolve(ui.style());
        let colour = ui.visuals().text_color();
        job.append(
            &format!("{label}: "),
            0.0,
            egui::TextFormat {
                font_id: body.clone(),
                color: ui.visuals().strong_text_color(),
                ..Default::default()
            },
        );
        job.append(
            text,
            0.0,
            egui::TextFormat {
                font_id: body,
                color: colour,
                ..Default::default()
            },
        );
        ui.add(egui::Label::new(job).wrap());
    }
}

/// A rendered figure.
pub struct RenderedFigure {
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

/// Renders the figure on `gpu`: laid out once to measure its height, then
/// drawn at [`FIGURE_DENSITY`].
pub fn render_figure(gpu: &HeadlessGpu, spec: &FigureSpec) -> Result<RenderedFigure, String> {
    let width_pt = spec.width_pt;
    let setup = |ctx: &egui::Context| style::apply_style(ctx, 1.0);
    // The central panel's margins (8 points each side) and a little room.
    let height_pt = measure_height_pt(width_pt, setup, |ui| figure_ui(ui, spec)) + 24.0;
    let width_px = (width_pt * FIGURE_DENSITY).round() as u32;
    let height_px = (height_pt * FIGURE_DENSITY).ceil() as u32;
    let image = gpu.render([width_px, height_px], FIGURE_DENSITY, setup, |ui| {
        figure_ui(ui, spec)
    })?;
    Ok(RenderedFigure {
        png: encode_png(&image)?,
        width_px,
        height_px,
    })
}
