//! The notice on a line at the bottom of the window, and the window with
//! the located problems of a file or folder that was not used.

use super::actions::{Actions, Command};
use crate::workspace::{Notice, Problems};

/// The notice, on a line of its own at the bottom of the window (it moves
/// the views up rather than covering them); errors stay until closed.
/// On a slide there is no button (a slide has no controls; Esc leaves the
/// presentation, where the notice can be closed).
pub fn notice_ui(ui: &mut egui::Ui, notice: &Notice, presenting: bool, out: &mut Actions) {
    ui.horizontal(|ui| {
        let colour = if notice.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().strong_text_color()
        };
        if !presenting && ui.button("Melding sluiten").clicked() {
            out.command(Command::CloseNotice);
        }
        let text = ui.add(egui::Label::new(egui::RichText::new(&notice.text).color(colour)).wrap());
        // Read out when it appears.
        super::a11y::live(&text);
    });
}

/// Every located problem of a file or folder that was not used.
pub fn problems_ui(ctx: &egui::Context, problems: &Problems, out: &mut Actions) {
    super::dialog_ui::modal_dialog(ctx, "problems_dialog", &problems.title, 760.0, |ui| {
        ui.add(egui::Label::new("Het bestand of de map bevat fouten. Er is niets veranderd; de huidige gegevens blijven staan.").wrap());
        for error in &problems.errors {
            ui.add(egui::Label::new(egui::RichText::new(error.to_string()).monospace()).wrap());
        }
        let close = ui.button("Sluiten");
        if close.clicked() {
            out.command(Command::CloseProblems);
        }
        Some(close)
    });
}
