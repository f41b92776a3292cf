//! What the keyboard handling (`keyboard.rs`) keeps between frames.

/// Keyboard state the window keeps between frames.
#[derive(Default)]
pub struct KeyboardState {
    /// The focus ring drawn in the last frame (for tests).
    pub ring: Option<egui::Rect>,
    /// Alt is down, and nothing else was pressed since it went down.
    pub alt_down: bool,
    pub alt_alone: bool,
    /// What had the focus when a dialog opened.
    pub before_dialog: Option<egui::Id>,
    /// The notice's height in the last frame (its space is kept below the
    /// main area).
    pub notice_height: f32,
}
