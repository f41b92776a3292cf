//! The main area: staffing, ranking and cost profile side by side (the
//! robustness analysis in the cost profile's place while it is open), or
//! two sets compared.

use super::actions::{Actions, Command};
use super::compare_ui::compare_ui;
use super::cost_profile_ui::cost_profile_ui;
use super::ranking_ui::ranking_ui;
use super::robustness_ui::robustness_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use super::view_model::ViewModel;

pub fn main_views_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.comparison.is_some() {
        compare_ui(ui, view, out);
        return;
    }
    // Laid out to fit the window; should the text be too large for it
    // (presenting on a small screen), the rest scrolls.
    let size = ui.available_size();
    egui::ScrollArea::vertical()
        .id_salt("main_views")
        .show(ui, |ui| overview_ui(ui, view, out, size));
}

/// The views in a window area of `size` (the visible part, also when `ui`
/// scrolls).
fn overview_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions, size: egui::Vec2) {
    let gap = 16.0;
    if size.x >= 1400.0 {
        // Wide screens: three columns.
        let widths = [size.x * 0.37, size.x * 0.28, size.x * 0.35 - 2.0 * gap];
        ui.horizontal_top(|ui| {
            column(ui, widths[0], size.y * 0.75, |ui| {
                staffing_plot_ui(ui, view, out)
            });
            ui.add_space(gap);
            column(ui, widths[1], size.y, |ui| ranking_ui(ui, view, out));
            ui.add_space(gap);
            column(ui, widths[2], size.y, |ui| {
                cost_or_robustness_ui(ui, view, out)
            });
        });
    } else {
        // 1366×768 and similar: staffing and ranking above, cost profile
        // below. The cost table needs a fixed height; the charts get the
        // rest. Row and heading heights follow the text size.
        let row_height = ui.text_style_height(&egui::TextStyle::Body).max(20.0) + 7.0;
        let heading_height = ui.text_style_height(&egui::TextStyle::Heading) + 14.0;
        let rows = view.data.cost_profile.components.len() as f32 + 1.0;
        let cost_height = heading_height + row_height * rows;
        let top = (size.y - cost_height - 12.0).max(240.0);
        ui.horizontal_top(|ui| {
            column(ui, size.x * 0.55, top, |ui| staffing_plot_ui(ui, view, out));
            ui.add_space(gap);
            column(ui, size.x * 0.45 - gap, top, |ui| ranking_ui(ui, view, out));
        });
        ui.separator();
        cost_or_robustness_ui(ui, view, out);
    }
}

/// The cost profile, or, while it is open, the robustness analysis in its
/// place (next to the ranking it explains).
fn cost_or_robustness_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.window.robustness_open && view.robustness.is_some() {
        ui.horizontal(|ui| {
            ui.heading("Robuustheid van de rangorde");
            if ui
                .button("Terug naar kostenprofiel")
                .on_hover_text("Robuustheid verbergen")
                .clicked()
            {
                out.command(Command::ToggleRobustness);
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("robustness_scroll")
            .show(ui, |ui| robustness_ui(ui, view, out));
    } else {
        cost_profile_ui(ui, view, out);
    }
}

/// A top-down area of exactly `width` (and up to `height`, more if its
/// content needs it) inside a horizontal row. Content wider than the column
/// is clipped at its edge rather than pushing the next column (and, through
/// it, the cost profile) off the right edge of the window.
pub fn column(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    let clip = ui.clip_rect();
    child
        .set_clip_rect(egui::Rect::from_x_y_ranges(rect.x_range(), clip.y_range()).intersect(clip));
    child.set_width(width);
    add(&mut child);
    let used = egui::Rect::from_min_size(rect.min, egui::vec2(width, child.min_rect().height()));
    ui.advance_cursor_after_rect(used);
}
