//! The notice floating above the bottom of the window, and the window with
//! the located problems of a file or folder that was not used.

use super::actions::{Actions, Command};
use crate::workspace::{Notice, Problems};

/// The notice, floating above the bottom of the window so the layout does
/// not move; errors stay until closed.
pub fn notice_ui(ctx: &egui::Context, notice: &Notice, out: &mut Actions) {
    egui::Area::new(egui::Id::unique("notice"))
        .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -16.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(900.0);
                ui.horizontal(|ui| {
                    let colour = if notice.is_error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().strong_text_color()
                    };
                    ui.add(
                        egui::Label::new(egui::RichText::new(&notice.text).color(colour)).wrap(),
                    );
                    if ui.button("Melding sluiten").clicked() {
                        out.command(Command::CloseNotice);
                    }
                });
            });
        });
}

/// Every located problem of a file or folder that was not used.
pub fn problems_ui(ctx: &egui::Context, problems: &Problems, out: &mut Actions) {
    egui::Window::new(problems.title.clone())
        .collapsible(false)
        .default_size([760.0, 360.0])
        .show(ctx, |ui| {
            ui.label("Het bestand of de map bevat fouten. Er is niets veranderd; de huidige gegevens blijven staan.");
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for error in &problems.errors {
                    ui.label(egui::RichText::new(error.to_string()).monospace());
                }
            });
            if ui.button("Sluiten").clicked() {
                out.command(Command::CloseProblems);
            }
        });
}
