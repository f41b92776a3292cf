//! Overzicht: staffing and ranking side by side, the cost profile (Tabel 5)
//! with the report's interpretation below them, all growing with the window.

use super::actions::Actions;
use super::cost_profile_ui::cost_profile_ui;
use super::layout::column;
use super::ranking_ui::ranking_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use crate::present::view_model::ViewModel;

/// The height the staffing chart and the ranking need to stay readable:
/// below it the overview scrolls instead of squeezing them (a 720-pixel
/// screen).
const CHARTS_MIN_HEIGHT: f32 = 440.0;

pub fn overview_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let height = ui.available_height();
    if view.window.presentation || view.window.figure {
        let cost_height = cost_section_height(ui, view, false);
        return overview_fitted_ui(ui, view, out, (height, cost_height, false));
    }
    // Side by side needs room; narrower (large text), one below the other.
    if ui.available_width() < STACKED_BELOW {
        stacked_overview_ui(ui, view, out);
        return;
    }
    // On a low screen (a 768-pixel projector) Tabel 5 is set in the small
    // text, so that the charts keep their room. Measured as it would be
    // laid out without scrolling.
    let compact = height < 760.0;
    let cost_height = cost_section_height(ui, view, compact);
    let charts = charts_min_height(ui, view);
    if height - cost_height >= charts || cost_height == 0.0 {
        overview_fitted_ui(ui, view, out, (height, cost_height, compact));
    } else {
        egui::ScrollArea::vertical()
            .id_salt("overview_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::layout::follow_focus(ui, |ui| {
                    overview_fitted_ui(ui, view, out, (charts + cost_height, cost_height, compact))
                })
            });
    }
}

/// What the charts need: at least [`CHARTS_MIN_HEIGHT`], more when the
/// staffing chart's legend and notes are long (a set with roles) or the
/// ranking has many scenarios (its headline and bars keep their room).
fn charts_min_height(ui: &egui::Ui, view: &ViewModel) -> f32 {
    let ranking_width = ui.available_width() * (1.0 - staffing_share(view)) - GAP;
    let ranking = super::ranking_ui::height_needed(ui, view, ranking_width);
    let staffing = if view.data.categories.is_empty() {
        0.0
    } else {
        super::staffing_plot_ui::height_needed(ui, view)
    };
    CHARTS_MIN_HEIGHT.max(ranking).max(staffing)
}

/// Between the staffing chart and the ranking.
const GAP: f32 = 16.0;

/// The staffing chart's share of the width (none without a staffing table).
fn staffing_share(view: &ViewModel) -> f32 {
    if view.data.categories.is_empty() {
        0.0
    } else {
        0.55
    }
}

/// Tabel 5's height at this width, measured in an invisible pass.
fn cost_section_height(ui: &mut egui::Ui, view: &ViewModel, compact: bool) -> f32 {
    if view.data.cost_profile.components.is_empty() {
        return 0.0;
    }
    let mut sizing = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(ui.max_rect())
            .id_salt("cost_profile_sizing")
            .sizing_pass()
            .invisible(),
    );
    cost_section_ui(&mut sizing, view, &mut Actions::default(), compact);
    sizing.min_rect().height() + ui.spacing().item_spacing.y * 2.0 + 6.0
}

/// The charts side by side over Tabel 5 (`cost_height` high, in the small
/// text when `compact`), in `height`.
fn overview_fitted_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    out: &mut Actions,
    (height, cost_height, compact): (f32, f32, bool),
) {
    let size = egui::vec2(ui.available_width(), height);
    let has_cost = !view.data.cost_profile.components.is_empty();
    // Tabel 5 is as high as its content at this width: measured in an
    // invisible pass of this frame, so the charts get exactly the rest.
    let top = (size.y - cost_height)
        .max(size.y * 0.45)
        .max(charts_min_height(ui, view).min(size.y));
    let gap = GAP;
    let staffing_share = staffing_share(view);
    if staffing_share == 0.0 {
        ui.label(
            egui::RichText::new(format!(
                "{} heeft geen formatietabel: hier staat alleen de rangorde van de scenario's.",
                view.data.name
            ))
            .weak(),
        );
    }
    ui.horizontal_top(|ui| {
        if staffing_share > 0.0 {
            column(ui, size.x * staffing_share, top, |ui| {
                staffing_plot_ui(ui, view, out)
            });
            ui.add_space(gap);
        }
        column(ui, size.x * (1.0 - staffing_share) - gap, top, |ui| {
            ranking_ui(ui, view, out)
        });
    });
    if has_cost {
        ui.separator();
        cost_section_ui(ui, view, out, compact);
    }
}

fn cost_section_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions, compact: bool) {
    ui.scope(|ui| {
        if compact {
            let small = egui::TextStyle::Small.resolve(ui.style());
            ui.style_mut()
                .text_styles
                .insert(egui::TextStyle::Body, small);
            ui.spacing_mut().interact_size.y = 18.0;
        }
        cost_profile_ui(ui, view, out)
    });
}

/// Large text in a narrow window: staffing, ranking and Tabel 5 one below
/// the other at the full width, scrolling down (WCAG 1.4.10).
/// Below this width (points) the overview is one column.
const STACKED_BELOW: f32 = 760.0;

fn stacked_overview_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("overview_stacked")
        .show(ui, |ui| {
            super::layout::follow_focus(ui, |ui| {
                let width = ui.available_width();
                if !view.data.categories.is_empty() {
                    // The chart about as high as the area shows at once,
                    // its legend and totals below it.
                    let height = (ui.clip_rect().height() + 200.0).max(420.0);
                    column(ui, width, height, |ui| staffing_plot_ui(ui, view, out));
                    ui.separator();
                }
                ranking_ui(ui, view, out);
                if !view.data.cost_profile.components.is_empty() {
                    ui.separator();
                    cost_section_ui(ui, view, out, false);
                }
            })
        });
}
