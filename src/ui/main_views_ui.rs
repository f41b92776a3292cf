//! The main area: the view of the chosen tab (from the screen registry,
//! `screens.rs`), or two sets compared; and the tab bar above it.

use super::actions::{Actions, Command};
use super::compare_ui::compare_ui;
use crate::present::view_model::ViewModel;

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
/// The tabs' text size: 18 points, a little smaller (down to 15) when that
/// keeps them on one row (nine tabs beside the side panel on a laptop of
/// 1366 pixels), else 18 on two rows.
fn tab_text_size(ui: &egui::Ui, view: &ViewModel) -> f32 {
    const FULL: f32 = 18.0;
    const LEAST: f32 = 15.0;
    let per_tab = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    let needed = |size: f32| -> f32 {
        view.tabs()
            .into_iter()
            .map(|tab| {
                let text = egui::RichText::new(view.screen_label(tab))
                    .size(size)
                    .strong();
                super::style::text_width(ui, text) + per_tab
            })
            .sum()
    };
    let room = ui.available_width();
    let full = needed(FULL);
    if full <= room {
        return FULL;
    }
    // Text width scales with the size; a point to spare.
    let size = (FULL * room / full).floor() - 1.0;
    if size >= LEAST && needed(size) <= room {
        size
    } else {
        FULL
    }
}

pub fn tabs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Wrapping: at a large text size the tabs take two rows, never cut off.
    // A tab list of tabs for a screen reader.
    let size = tab_text_size(ui, view);
    super::a11y::tab_list(ui, "Weergaven", |ui| {
        for tab in view.tabs() {
            let selected = view.window.tab == tab;
            let text = egui::RichText::new(view.screen_label(tab)).size(size);
            let text = if selected { text.strong() } else { text };
            if super::a11y::tab(ui, selected, text).clicked() && !selected {
                out.command(Command::ShowTab(tab));
            }
        }
    });
}
