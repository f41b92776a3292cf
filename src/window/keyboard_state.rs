//! What the keyboard handling (`keyboard.rs`) keeps between frames.

/// Keyboard state the window keeps between frames.
#[derive(Default)]
pub struct KeyboardState {
    /// The focus ring drawn in the last frame (for tests).
    pub ring: Option<egui::Rect>,
    /// Alt is down, and nothing else was pressed since it went down.
    pub alt_down: bool,
    pub alt_alone: bool,
    /// What had the focus when a dialog opened (its opener: the menu
    /// button when it was chosen from a menu).
    pub before_dialog: Option<egui::Id>,
    /// What had the focus when two sets were compared, and when the
    /// presentation started.
    pub before_compare: Option<egui::Id>,
    pub before_presentation: Option<egui::Id>,
    /// The last widget of the window itself (not of a menu, list or
    /// dialog over it) that had the focus.
    pub last_in_window: Option<egui::Id>,
    /// The opener to give the focus back to, and for how many more passes.
    pub focus_back: Option<(egui::Id, u8)>,
    /// The notice's height in the last frame (its space is kept below the
    /// main area).
    pub notice_height: f32,
}
