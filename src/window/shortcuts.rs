//! Keyboard shortcuts, as commands. While the user types in a text field,
//! only F1, F11 and Esc count (a focused slider or button does not stop
//! Ctrl+S or Ctrl+Z: a keyboard user always has something focused). While
//! a dialog or overlay is open only Esc counts: nothing behind it changes.
//! Esc closes the innermost thing open: a menu before the view behind it.

use crate::present::view_model::ViewModel;
use crate::ui::actions::{Actions, Command};

pub fn shortcuts(ctx: &egui::Context, view: &ViewModel, out: &mut Actions) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let typing = ctx.text_edit_focused();
    let focused = ctx.egui_wants_keyboard_input();
    let w = &view.window;
    let popup_open = egui::Popup::is_any_open(ctx);
    let modal = w.saving || w.keys || w.about || w.problems || w.derivation.is_some();
    ctx.input_mut(|i| {
        if !modal && i.consume_key(Modifiers::NONE, Key::F11) {
            out.command(Command::TogglePresentation);
        }
        if !modal && i.consume_key(Modifiers::NONE, Key::F1) {
            out.command(Command::ShowKeys);
        }
        // Escape closes what is open on top: an open menu or drop-down list
        // first (egui closes it), then a dialog, the slides or the
        // comparison; otherwise it is left for the views (a score being
        // edited closes with it).
        let escape = if popup_open {
            None
        } else if view.window.saving {
            Some(Command::SaveDetailsCancelled)
        } else if view.window.keys {
            Some(Command::CloseKeys)
        } else if view.window.about {
            Some(Command::CloseAbout)
        } else if view.window.problems {
            Some(Command::CloseProblems)
        } else if view.window.derivation.is_some() {
            Some(Command::CloseDerivation)
        } else if view.window.presentation {
            Some(Command::TogglePresentation)
        } else if view.comparison.is_some() {
            Some(Command::ToggleCompare)
        } else {
            None
        };
        if let Some(command) = escape
            && i.consume_key(Modifiers::NONE, Key::Escape)
        {
            out.command(command);
        }
        if typing || modal {
            return;
        }
        let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        if i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y) {
            out.command(Command::Redo);
        } else if i.consume_shortcut(&undo) {
            out.command(Command::Undo);
        }
        if i.consume_shortcut(&save) {
            out.command(Command::SaveSet);
        }
        // A focused weight slider in presentation keeps its arrows.
        if !view.window.presentation || focused {
            return;
        }
        // Slides: arrows left/right and what clickers send (PageUp/Down).
        if i.consume_key(Modifiers::NONE, Key::ArrowRight)
            || i.consume_key(Modifiers::NONE, Key::PageDown)
        {
            out.command(Command::NextSlide);
        }
        if i.consume_key(Modifiers::NONE, Key::ArrowLeft)
            || i.consume_key(Modifiers::NONE, Key::PageUp)
        {
            out.command(Command::PreviousSlide);
        }
        // Sets: up/down (never dropping edits: they stay a working copy).
        let n = view.set.labels.len();
        if n > 0 {
            let index = view.set.index;
            if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                out.command(Command::SwitchSet(index.map_or(0, |k| (k + 1) % n)));
            }
            if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                out.command(Command::SwitchSet(index.map_or(0, |k| (k + n - 1) % n)));
            }
        }
    });
}
