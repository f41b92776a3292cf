//! A clean figure for a council proposal: a title with the set's name, the
//! chosen view (staffing, ranking, cost profile, or all three), its legend,
//! values and warnings, and a footer that states every assumption, at twice
//! the pixel density so it prints sharp. No widget, slider or link: the
//! views are drawn in figure mode. Rendered off-screen (`headless.rs`), so
//! the app and the `figuur` command make the same picture.

use super::actions::Actions;
use super::cost_profile_ui::cost_profile_ui;
use super::group_ui::group_figure_ui;
use super::headless::{HeadlessGpu, encode_png, measure_height_pt};
use super::layout::column;
use super::ranking_ui::ranking_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use super::style;
use super::view_model::{self, ViewModel, WindowState};
use crate::report::assumptions::assumption_lines;
use crate::report::material::ReportMaterial;
use crate::workspace::Workspace;

/// Which view a figure shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FigureKind {
    Staffing,
    Ranking,
    Cost,
    /// The participants' weights, rankings, agreement and band-SMAA.
    Group,
    #[default]
    All,
}

impl FigureKind {
    pub const ALL: [FigureKind; 5] = [
        FigureKind::Staffing,
        FigureKind::Ranking,
        FigureKind::Cost,
        FigureKind::Group,
        FigureKind::All,
    ];

    /// "Formatie", for menus.
    pub fn label(self) -> &'static str {
        match self {
            FigureKind::Staffing => "Formatie",
            FigureKind::Ranking => "Rangorde",
            FigureKind::Cost => "Kostenprofiel",
            FigureKind::Group => "Deelnemers",
            FigureKind::All => "Alles (formatie, rangorde en kostenprofiel)",
        }
    }

    /// "formatie", for file names and the command line.
    pub fn word(self) -> &'static str {
        match self {
            FigureKind::Staffing => "formatie",
            FigureKind::Ranking => "rangorde",
            FigureKind::Cost => "kosten",
            FigureKind::Group => "deelnemers",
            FigureKind::All => "alles",
        }
    }

    /// Width of the figure in points (pixels at 1×; the image is 2×).
    pub fn width_pt(self) -> f32 {
        match self {
            FigureKind::All => 1500.0,
            _ => 1200.0,
        }
    }
}

/// Pixels per point of an exported figure.
pub const FIGURE_DENSITY: f32 = 2.0;
/// Height of the charts in a figure, in points.
const CHART_HEIGHT_PT: f32 = 520.0;

/// Everything a figure shows, prepared from the workspace.
#[derive(Debug, Clone)]
pub struct FigureSpec {
    pub kind: FigureKind,
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

/// The figure of `kind` for the workspace's current state.
pub fn figure_spec(workspace: &mut Workspace, kind: FigureKind) -> FigureSpec {
    let window = WindowState {
        figure: true,
        ..WindowState::default()
    };
    let view = view_model::build(workspace, window);
    let material = ReportMaterial::from_workspace(workspace);
    let footer = assumption_lines(&material.context());
    let set = material.set;
    let data = workspace.data();
    let what = match kind {
        FigureKind::Staffing => format!("Minimale formatie {}", data.organisation),
        FigureKind::Ranking => "Rangorde van de scenario's".to_owned(),
        FigureKind::Cost => "Kwalitatief kostenprofiel".to_owned(),
        FigureKind::Group => format!(
            "Weging per {}",
            crate::model::group::singular_label(&crate::model::group::participants_label(data))
        ),
        FigureKind::All => format!(
            "Scenario's {}: formatie, rangorde en kosten",
            data.organisation
        ),
    };
    FigureSpec {
        kind,
        width_pt: kind.width_pt(),
        title: format!("{what} – {}", set.name),
        subtitle: format!("{} · {}", data.name, data.source),
        footer,
        view,
    }
}

/// The figure, laid out top-down in `ui`.
pub fn figure_ui(ui: &mut egui::Ui, spec: &FigureSpec) {
    let view = &spec.view;
    let mut out = Actions::default();
    ui.label(egui::RichText::new(&spec.title).size(28.0).strong());
    ui.label(egui::RichText::new(&spec.subtitle).weak());
    ui.add_space(10.0);
    let width = ui.available_width();
    let has_staffing = !view.data.categories.is_empty();
    match spec.kind {
        FigureKind::Staffing if has_staffing => {
            column(ui, width, CHART_HEIGHT_PT, |ui| {
                staffing_plot_ui(ui, view, &mut out)
            });
        }
        FigureKind::Staffing => {
            ui.label("Deze gegevens bevatten geen formatietabel.");
        }
        FigureKind::Ranking => ranking_ui(ui, view, &mut out),
        FigureKind::Cost => cost_profile_ui(ui, view, &mut out),
        FigureKind::Group => group_figure_ui(ui, view),
        FigureKind::All => {
            ui.horizontal_top(|ui| {
                let gap = 24.0;
                let left = if has_staffing { width * 0.55 } else { 0.0 };
                if has_staffing {
                    column(ui, left, CHART_HEIGHT_PT, |ui| {
                        staffing_plot_ui(ui, view, &mut out)
                    });
                    ui.add_space(gap);
                }
                column(ui, width - left - gap, CHART_HEIGHT_PT, |ui| {
                    ranking_ui(ui, view, &mut out)
                });
            });
            ui.add_space(12.0);
            if !view.data.cost_profile.components.is_empty() {
                cost_profile_ui(ui, view, &mut out);
            }
        }
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
    let setup = |ctx: &egui::Context| style::apply_text_sizes(ctx, 1.0);
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
