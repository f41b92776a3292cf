//! A number field: shows the current value until the user edits it, reads
//! what was typed with the quantity's rules when the user commits (Enter or
//! leaving the field), and remembers why a value was refused so the view can
//! say it next to the field until the next valid entry. The text being typed
//! and the refusal are the field's own state, kept in egui's memory.

use rust_decimal::Decimal;

use crate::numbers::{Quantity, Refusal, read_typed};

#[derive(Clone, Default)]
struct FieldMemory {
    /// The text while the field has focus.
    editing: Option<String>,
    /// Why the last entry was refused, until a valid one, with the value
    /// and name the field had then: when either changes (undo, another set,
    /// a renamed role) the refusal no longer applies.
    refusal: Option<(String, String, String)>,
}

/// What a field gave this frame.
#[derive(Debug, Default)]
pub struct FieldAnswer {
    /// A valid value the user committed this frame.
    pub committed: Option<Decimal>,
    /// Why the last entry was refused, while that is the latest word.
    pub refusal: Option<String>,
}

/// A right-aligned number field named `name` (for screen readers, tests and
/// the hover text). `explain` words a refusal of `typed` in full.
pub fn number_field_ui(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    quantity: &Quantity,
    width: f32,
    name: &str,
    explain: impl FnOnce(&str, &Refusal) -> String,
) -> FieldAnswer {
    let id = ui.make_persistent_id(id_salt);
    let mut memory: FieldMemory = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if memory
        .refusal
        .as_ref()
        .is_some_and(|(_, value, field)| value != current || field != name)
    {
        memory.refusal = None;
    }
    let mut text = memory.editing.clone().unwrap_or_else(|| current.to_owned());
    let refused = memory.refusal.is_some();
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id.with("edit"))
        .desired_width(width)
        .align(egui::Align2::RIGHT_CENTER);
    if refused {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui.add(edit).accessible_name(name).on_hover_text(name);
    let mut answer = FieldAnswer::default();
    if response.has_focus() {
        memory.editing = Some(text.clone());
    } else if !response.lost_focus() {
        // Not being edited (also when focus left while the field was not
        // drawn): show the current value.
        memory.editing = None;
    }
    if response.lost_focus() {
        memory.editing = None;
        // egui can report the loss of focus on two frames; committing the
        // same text twice is harmless.
        if text != current {
            match read_typed(&text, quantity) {
                Ok(value) => {
                    memory.refusal = None;
                    answer.committed = Some(value);
                }
                Err(refusal) => {
                    memory.refusal = Some((
                        explain(&text, &refusal),
                        current.to_owned(),
                        name.to_owned(),
                    ))
                }
            }
        }
    }
    answer.refusal = memory.refusal.as_ref().map(|(text, _, _)| text.clone());
    ui.data_mut(|d| d.insert_temp(id, memory));
    answer
}

/// A refusal under a row of fields, in the error colour.
pub fn refusal_ui(ui: &mut egui::Ui, refusal: &str) {
    ui.add(
        egui::Label::new(egui::RichText::new(refusal).color(ui.visuals().error_fg_color)).wrap(),
    );
}
