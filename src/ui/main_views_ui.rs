//! The main area: the view of the chosen tab (from the screen registry,
//! `screens.rs`), or two sets compared; and the tab bar above it.

use super::actions::{Actions, Command};
use super::compare_ui::compare_ui;
use super::view_model::ViewModel;

pub fn main_views_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.comparison.is_some() {
        compare_ui(ui, view, out);
        return;
    }
    // At every width the view is laid out in the area it has: prose wraps
    // and tables that do not fit take a stacked form (WCAG 1.4.10); nothing
    // scrolls sideways.
    super::dispatch::tab_ui(ui, view, out);
}

/// One selectable heading per view (a panel of its own above the view, so
/// a view that scrolls never slides under it).
pub fn tabs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Wrapping: at a large text size the tabs take two rows, never cut off.
    // A tab list of tabs for a screen reader.
    super::a11y::tab_list(ui, "Weergaven", |ui| {
        for tab in view.tabs() {
            let selected = view.window.tab == tab;
            let text = egui::RichText::new(view.screen_label(tab)).size(18.0);
            let text = if selected { text.strong() } else { text };
            if super::a11y::tab(ui, selected, text).clicked() && !selected {
                out.command(Command::ShowTab(tab));
            }
        }
    });
}
