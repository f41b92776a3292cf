//! Typed text before a click, in that order. egui 0.37 gives up a text
//! field's focus on a click elsewhere *before* the field reads the frame's
//! typed text (`TextEdit` asks for its style, which runs the click-away
//! check, then handles its events), so when a busy machine delivers "e GR"
//! and the click into the next field in one batch, the text is dropped:
//! "Zelfstandige GR" became "Zelfstandig". The other way round is lost too:
//! a click into a field and the text typed right after it, in one batch,
//! never reach the field (it takes its focus in that frame, after the text
//! was handed out). The shell therefore never gives egui typing and a
//! pointer button in one frame: a batch ends where one follows the other;
//! the rest comes in the next frame, in order.

/// Input events held back for the next frame.
#[derive(Debug, Default)]
pub struct InputOrder {
    held: Vec<egui::Event>,
}

fn is_typing(event: &egui::Event) -> bool {
    matches!(
        event,
        egui::Event::Text(_)
            | egui::Event::Paste(_)
            | egui::Event::Ime(_)
            | egui::Event::Key { pressed: true, .. }
    )
}

fn is_pointer_button(event: &egui::Event) -> bool {
    matches!(event, egui::Event::PointerButton { .. })
}

impl InputOrder {
    /// This frame's events: what was held back, then the new ones, cut
    /// where a pointer button follows typing or typing follows a pointer
    /// button.
    pub fn order(&mut self, raw: &mut egui::RawInput) {
        let mut events = std::mem::take(&mut self.held);
        events.append(&mut raw.events);
        let first = events
            .iter()
            .position(|e| is_typing(e) || is_pointer_button(e));
        let cut = first.and_then(|first| {
            let other: fn(&egui::Event) -> bool = if is_typing(&events[first]) {
                is_pointer_button
            } else {
                is_typing
            };
            events[first..].iter().position(other).map(|p| first + p)
        });
        if let Some(cut) = cut {
            self.held = events.split_off(cut);
        }
        raw.events = events;
    }

    /// Whether events wait for the next frame (which must then come).
    pub fn waiting(&self) -> bool {
        !self.held.is_empty()
    }
}
