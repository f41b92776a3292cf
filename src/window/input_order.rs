//! Typed text before a click, in that order. egui 0.37 gives up a text
//! field's focus on a click elsewhere *before* the field reads the frame's
//! typed text (`TextEdit` asks for its style, which runs the click-away
//! check, then handles its events), so when a busy machine delivers "e GR"
//! and the click into the next field in one batch, the text is dropped:
//! "Zelfstandige GR" became "Zelfstandig". The shell therefore hands egui a
//! batch only up to the first pointer button that follows typing; the rest
//! comes in the next frame, in order.

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
    /// before the first pointer button that follows typing.
    pub fn order(&mut self, raw: &mut egui::RawInput) {
        let mut events = std::mem::take(&mut self.held);
        events.append(&mut raw.events);
        let cut = events.iter().position(is_typing).and_then(|typed| {
            events[typed..]
                .iter()
                .position(is_pointer_button)
                .map(|p| typed + p)
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
