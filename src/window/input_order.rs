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
//!
//! Keys are the same class: egui 0.37 moves the focus once a frame (the
//! last Tab of a batch wins), so two Tabs in one batch moved it once (31
//! Tabs sent 250 ms apart gave 23 moves on a busy machine). A batch
//! therefore also ends before its second key press: every key reaches egui
//! in a frame of its own, in the order it was pressed.

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

fn is_key_press(event: &egui::Event) -> bool {
    matches!(event, egui::Event::Key { pressed: true, .. })
}

/// Where this frame's batch ends: at a pointer button after typing, typing
/// after a pointer button, or a second key press.
fn cut_at(events: &[egui::Event]) -> Option<usize> {
    let first = events
        .iter()
        .position(|e| is_typing(e) || is_pointer_button(e))?;
    let other: fn(&egui::Event) -> bool = if is_typing(&events[first]) {
        is_pointer_button
    } else {
        is_typing
    };
    let mixed = events[first..].iter().position(other).map(|p| first + p);
    let second_key = events
        .iter()
        .enumerate()
        .filter(|(_, e)| is_key_press(e))
        .nth(1)
        .map(|(i, _)| i);
    match (mixed, second_key) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

impl InputOrder {
    /// This frame's events: what was held back, then the new ones, cut
    /// where a pointer button follows typing, typing follows a pointer
    /// button, or a second key is pressed.
    pub fn order(&mut self, raw: &mut egui::RawInput) {
        let mut events = std::mem::take(&mut self.held);
        events.append(&mut raw.events);
        if let Some(cut) = cut_at(&events) {
            self.held = events.split_off(cut);
        }
        raw.events = events;
    }

    /// Whether events wait for the next frame (which must then come).
    pub fn waiting(&self) -> bool {
        !self.held.is_empty()
    }
}
