//! Name, author and note of the current assumption set.

use super::actions::{Actions, Change};
use crate::present::view_model::ViewModel;

/// Editable fields of the current set; a change is an undo step.
pub fn set_info_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let set = &view.set;
    if set.builtin {
        ui.label(
            egui::RichText::new(
                "Ingebouwde set (alleen lezen): wijzigingen worden een nieuwe set.",
            )
            .small()
            .weak(),
        );
    }
    let mut name = set.name.clone();
    let mut author = set.author.clone();
    let mut note = set.note.clone();
    let mut changed = false;
    // Caption above its field, each field as wide as the panel: a name
    // or an author is read in full.
    let width = ui.available_width();
    let fields = [
        ("Naam", &mut name, false),
        ("Auteur", &mut author, false),
        ("Notitie", &mut note, true),
    ];
    for (caption, text, multiline) in fields {
        let label = ui.label(caption);
        let edit = if multiline {
            egui::TextEdit::multiline(text).desired_rows(4)
        } else {
            egui::TextEdit::singleline(text)
        };
        changed |= ui
            .add(edit.desired_width(width))
            .labelled_by(label.id)
            .changed();
    }
    if changed {
        out.change(Change::SetInfo { name, author, note });
    }
}
