//! The main area: a tab bar with one view per job (Overzicht, Robuustheid,
//! Bronnencontrole), or two sets compared.

use super::actions::{Actions, Command};
use super::compare_ui::compare_ui;
use super::group_ui::group_ui;
use super::log_ui::log_ui;
use super::overview_ui::overview_ui;
use super::robustness_ui::robustness_ui;
use super::scores_ui::scores_ui;
use super::source_check_ui::source_check_ui;
use super::tasks_ui::tasks_ui;
use super::view_model::{Tab, ViewModel};

pub fn main_views_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.comparison.is_some() {
        compare_ui(ui, view, out);
        return;
    }
    match view.window.tab {
        Tab::Overview => overview_ui(ui, view, out),
        Tab::Robustness => {
            egui::ScrollArea::vertical()
                .id_salt("robustness_tab")
                .show(ui, |ui| {
                    ui.heading("Robuustheid van de rangorde");
                    robustness_ui(ui, view, out)
                });
        }
        Tab::SourceCheck => source_check_ui(ui, view, out),
        Tab::Scores => scores_ui(ui, view, out),
        Tab::Tasks => tasks_ui(ui, view, out),
        Tab::Log => log_ui(ui, view, out),
        Tab::Group => group_ui(ui, view, out),
    }
}

/// One selectable heading per view (a panel of its own above the view, so
/// a view that scrolls never slides under it).
pub fn tabs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            if tab == Tab::Group && !view.has_group {
                continue;
            }
            let selected = view.window.tab == tab;
            let text = egui::RichText::new(view.tab_label(tab)).size(18.0);
            let text = if selected { text.strong() } else { text };
            if ui.selectable_label(selected, text).clicked() && !selected {
                out.command(Command::ShowTab(tab));
            }
        }
    });
}
