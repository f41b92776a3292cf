//! The main area: the view of the chosen tab (from the screen registry,
//! `screens.rs`), or two sets compared; and the tab bar above it.

use super::actions::{Actions, Command};
use super::compare_ui::compare_ui;
use super::view_model::ViewModel;

/// The width views are laid out at in a narrow window, in points: what
/// does not fit the area scrolls sideways.
const NARROW_VIEW_WIDTH: f32 = 960.0;

pub fn main_views_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.comparison.is_some() {
        compare_ui(ui, view, out);
        return;
    }
    if view.window.narrow {
        // A narrow window: what is wider than the area (a table) scrolls
        // sideways instead of being cut off.
        egui::ScrollArea::horizontal()
            .id_salt("main_sideways")
            .show(ui, |ui| {
                // Laid out as on a 1280-pixel screen at normal size.
                ui.set_min_width(NARROW_VIEW_WIDTH);
                super::dispatch::tab_ui(ui, view, out)
            });
    } else {
        super::dispatch::tab_ui(ui, view, out);
    }
}

/// One selectable heading per view (a panel of its own above the view, so
/// a view that scrolls never slides under it).
pub fn tabs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Wrapping: at a large text size the tabs take two rows, never cut off.
    ui.horizontal_wrapped(|ui| {
        for tab in view.tabs() {
            let selected = view.window.tab == tab;
            let text = egui::RichText::new(view.screen_label(tab)).size(18.0);
            let text = if selected { text.strong() } else { text };
            if ui.selectable_label(selected, text).clicked() && !selected {
                out.command(Command::ShowTab(tab));
            }
        }
    });
}
