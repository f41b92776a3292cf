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
    let mut changed = false;
    egui::Grid::new("set_info")
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            let fields = [
                ("Naam", &mut name, false),
                ("Auteur", &mut author, false),
                ("Notitie", &mut note, true),
            ];
            for (caption, text, multiline) in fields {
                let label = ui.label(caption);
                let edit = if multiline {
                    egui::TextEdit::multiline(text).desired_rows(3)
                } else {
                    egui::TextEdit::singleline(text)
                };
                changed |= ui
                    .add(edit.desired_width(220.0))
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
            }
        });
    changed.then_some(Command::SetInfo { name, author, note })
}
