//! Text that a user is typing into a number field, kept until it is
//! committed (Enter or leaving the field) and validated.

use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
pub struct EditBuffers {
    pub weights: HashMap<usize, String>,
    pub volumes: HashMap<(usize, usize), String>,
    pub role_fte: HashMap<usize, String>,
    pub role_people: HashMap<usize, String>,
    pub seed: Option<String>,
    /// The last refusal, shown until the next valid entry.
    pub message: Option<String>,
}

/// Shows `buffer` in a single-line field; while the field is not being
/// edited it follows `current`. Returns the text when the user commits it
/// (Enter or leaving the field). The caller resets `buffer` to `current` if
/// it refuses the text. egui can report the loss of focus on two frames, so
/// committing the same text twice must be (and is) harmless.
pub fn number_field_ui(
    ui: &mut egui::Ui,
    buffer: &mut String,
    current: &str,
    width: f32,
    name: &str,
) -> Option<String> {
    let response = ui.add(
        egui::TextEdit::singleline(buffer)
            .desired_width(width)
            .align(egui::Align2::RIGHT_CENTER),
    );
    let response = response.accessible_name(name).on_hover_text(name);
    if response.lost_focus() {
        return (buffer != current).then(|| buffer.clone());
    }
    if !response.has_focus() && buffer != current {
        *buffer = current.to_owned();
    }
    None
}
