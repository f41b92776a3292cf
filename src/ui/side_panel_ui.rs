//! The controls on the left: weights, choices, the supervision block, the
//! volumes and the set's description. In presentation mode only the weights.

use super::actions::Actions;
use super::choices_ui::choices_ui;
use super::set_info_ui::set_info_ui;
use super::supervision_ui::supervision_ui;
use super::volumes_ui::volumes_ui;
use super::weights_ui::weights_ui;
use crate::present::view_model::ViewModel;

pub fn side_panel_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::layout::follow_focus(ui, |ui| {
            weights_ui(ui, view, out);
            if view.window.presentation {
                return;
            }
            // A data set without a staffing table has no choices, block or
            // volumes: only what it has is shown.
            if !view.data.choices.is_empty() {
                ui.separator();
                choices_ui(ui, view, out);
            }
            if view.data.supervision_block.is_some() {
                ui.separator();
                supervision_ui(ui, view, out);
            }
            ui.separator();
            if !view.data.segments.is_empty() {
                super::a11y::expandable(
                    &egui::CollapsingHeader::new(
                        egui::RichText::new("Volumes per segment (€ mln)").heading(),
                    )
                    .default_open(false)
                    .show(ui, |ui| volumes_ui(ui, view, out)),
                );
            }
            super::a11y::expandable(
                &egui::CollapsingHeader::new(egui::RichText::new("Over deze set").heading())
                    .default_open(false)
                    .show(ui, |ui| set_info_ui(ui, view, out)),
            );
        })
    });
}
