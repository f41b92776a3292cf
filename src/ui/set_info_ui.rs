//! Name, author and note of the current assumption set.

use super::change::Command;

/// Editable fields of the current set; returns a command when one changed.
pub fn set_info_ui(
    ui: &mut egui::Ui,
    name: &str,
    author: &str,
    note: &str,
    read_only: bool,
) -> Option<Command> {
    let mut command = None;
    if read_only {
        ui.label(
            egui::RichText::new(
                "Ingebouwde set (alleen lezen): wijzigingen worden een nieuwe set.",
            )
            .small()
            .weak(),
        );
    }
    let mut name = name.to_owned();
    let mut author = author.to_owned();
    let mut note = note.to_owned();
    egui::Grid::new("set_info")
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            let label = ui.label("Naam");
            if ui
                .add(egui::TextEdit::singleline(&mut name).desired_width(220.0))
                .labelled_by(label.id)
                .changed()
            {
                command = Some(Command::SetInfo {
                    name: name.clone(),
                    author: author.clone(),
                    note: note.clone(),
                });
            }
            ui.end_row();
            let label = ui.label("Auteur");
            if ui
                .add(egui::TextEdit::singleline(&mut author).desired_width(220.0))
                .labelled_by(label.id)
                .changed()
            {
                command = Some(Command::SetInfo {
                    name: name.clone(),
                    author: author.clone(),
                    note: note.clone(),
                });
            }
            ui.end_row();
            let label = ui.label("Notitie");
            if ui
                .add(
                    egui::TextEdit::multiline(&mut note)
                        .desired_width(220.0)
                        .desired_rows(3),
                )
                .labelled_by(label.id)
                .changed()
            {
                command = Some(Command::SetInfo {
                    name: name.clone(),
                    author: author.clone(),
                    note: note.clone(),
                });
            }
            ui.end_row();
        });
    command
}
