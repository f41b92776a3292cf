//! Logboek: who changed what in the current set, when, and why. A reason
//! can be added to any step (a score change always has one); the log is
//! saved with the set and printed by the comparison and the report.

use super::actions::{Actions, Change};
use crate::present::view_model::ViewModel;

pub fn log_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("log_tab")
        .show(ui, |ui| super::layout::follow_focus(ui, |ui| {
            ui.heading(format!("Logboek van '{}'", view.set.name));
            let log = &view.inputs.log;
            if log.is_empty() {
                ui.label("Nog geen wijzigingen in deze set. Elke wijziging komt hier met wie, wanneer en wat; een reden kunt u erbij zetten.");
                return;
            }
            ui.label(
                egui::RichText::new(
                    "Nieuwste bovenaan. Wie: de naam die het programma bij opslaan vroeg. Een reden is verplicht bij een gewijzigde score en mag bij elke andere stap.",
                )
                .small(),
            );
            ui.add_space(6.0);
            let width = ui.available_width().min(900.0);
            for (i, entry) in log.iter().enumerate().rev() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(width);
                    ui.label(
                        egui::RichText::new(format!("{} – {}", entry.when, entry.who)).strong(),
                    );
                    ui.add(egui::Label::new(&entry.what).wrap());
                    ui.horizontal(|ui| {
                        let label = ui.label("Reden:");
                        let mut why = entry.why.clone();
                        if ui
                            .add(egui::TextEdit::singleline(&mut why).desired_width(width - 80.0))
                            .labelled_by(label.id)
                            .changed()
                        {
                            out.change(Change::LogReason {
                                entry: i,
                                reason: why,
                            });
                        }
                    });
                });
            }
        }));
}
