//! The views as a figure shows them, where that differs from the window:
//! the staffing chart at a fixed height, and staffing, ranking and cost
//! profile together ("alles"). The title and the assumptions around them
//! are the figure writer's (`export/figure.rs`).

use super::actions::Actions;
use super::cost_profile_ui::cost_profile_ui;
use super::layout::column;
use super::ranking_ui::ranking_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use crate::present::view_model::ViewModel;

/// Height of the charts in a figure, in points.
const CHART_HEIGHT_PT: f32 = 520.0;

/// The staffing chart, as high as a printed page wants it.
pub fn staffing_figure_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.data.categories.is_empty() {
        ui.label("Deze gegevens bevatten geen formatietabel.");
        return;
    }
    let width = ui.available_width();
    column(ui, width, CHART_HEIGHT_PT, |ui| {
        staffing_plot_ui(ui, view, out)
    });
}

/// Staffing and ranking side by side, the cost profile below.
pub fn all_figure_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let width = ui.available_width();
    let has_staffing = !view.data.categories.is_empty();
    ui.horizontal_top(|ui| {
        let gap = 24.0;
        let left = if has_staffing { width * 0.55 } else { 0.0 };
        if has_staffing {
            column(ui, left, CHART_HEIGHT_PT, |ui| {
                staffing_plot_ui(ui, view, out)
            });
            ui.add_space(gap);
        }
        column(ui, width - left - gap, CHART_HEIGHT_PT, |ui| {
            ranking_ui(ui, view, out)
        });
    });
    ui.add_space(12.0);
    if !view.data.cost_profile.components.is_empty() {
        cost_profile_ui(ui, view, out);
    }
}
