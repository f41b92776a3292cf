//! The keyboard and the eye: a focus ring around whatever has the keyboard
//! focus (egui draws none of its own that is clearly visible), F10 or Alt
//! alone to the menu bar, focus back where it was when a dialog closes, and
//! the notice drawn after the main area, so that Tab reaches it last.

use super::app::NmdApp;
use crate::present::view_model::ViewModel;
use crate::ui::actions::Actions;
use crate::ui::notice_ui::notice_ui;

impl NmdApp {
    /// F10, or Alt pressed and released alone: the focus to the menu bar,
    /// where Enter or ↓ opens a menu and the arrows move through it.
    pub(super) fn menu_key(&mut self, ctx: &egui::Context) {
        let (f10, alt, other_key) = ctx.input_mut(|i| {
            let f10 = i.consume_key(egui::Modifiers::NONE, egui::Key::F10);
            let other = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { pressed: true, .. } | egui::Event::Text(_)
                )
            });
            (f10, i.modifiers.alt, other)
        });
        // Alt down, nothing else, Alt up: the menu key of desktop programs.
        let keys = &mut self.window.keyboard;
        let alt_released_alone = keys.alt_down && keys.alt_alone && !alt && !other_key;
        keys.alt_alone = if keys.alt_down {
            keys.alt_alone && !other_key
        } else {
            !other_key
        };
        keys.alt_down = alt;
        if (f10 || alt_released_alone)
            && !self.window.state.presentation
            && let Some(id) =
                ctx.data(|d| d.get_temp::<egui::Id>(egui::Id::unique(crate::ui::keys_ui::MENU_BAR)))
        {
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    /// Remembers the opener as a dialog opens.
    pub(super) fn dialog_opens(&mut self, ctx: &egui::Context) {
        self.window.keyboard.before_dialog = self.opener(ctx);
    }

    /// Gives the focus back to the dialog's opener.
    pub(super) fn dialog_closes(&mut self) {
        let opener = self.window.keyboard.before_dialog.take();
        self.give_focus_back(opener);
    }

    /// What opened what is opening now: the focused widget of the window,
    /// or, when the focus is in a menu or list over it, the widget that
    /// opened that (the menu button).
    pub(super) fn opener(&self, ctx: &egui::Context) -> Option<egui::Id> {
        ctx.memory(|m| m.focused())
            .filter(|&id| in_window(ctx, id))
            .or(self.window.keyboard.last_in_window)
    }

    /// Keeps the last focused widget of the window itself, and gives the
    /// focus back to an opener when it is due; called at the end of every
    /// frame.
    pub(super) fn remember_focus(&mut self, ctx: &egui::Context) {
        let keys = &mut self.window.keyboard;
        if let Some((id, passes)) = keys.focus_back.take() {
            crate::ui::a11y::focus_given(ctx, id);
            if passes > 1 {
                keys.focus_back = Some((id, passes - 1));
            }
            ctx.request_repaint();
        }
        if let Some(id) = ctx.memory(|m| m.focused())
            && in_window(ctx, id)
        {
            keys.last_in_window = Some(id);
        }
    }

    /// The focus back to `opener`, asked for at the end of the next few
    /// passes: egui keeps the layer of a dialog that just closed modal for
    /// a pass or two (longer when a pass is discarded), and a widget drawn
    /// under it then gives its focus up.
    fn give_focus_back(&mut self, opener: Option<egui::Id>) {
        if let Some(id) = opener {
            self.window.keyboard.focus_back = Some((id, FOCUS_BACK_PASSES));
        }
    }

    /// Into presentation or the comparison: the opener is remembered; out of
    /// it: the focus goes back to it (egui's Esc left nothing focused).
    pub(super) fn overlay_toggled(
        &mut self,
        ctx: &egui::Context,
        presentation: bool,
        opening: bool,
    ) {
        let opener = self.opener(ctx);
        let keys = &mut self.window.keyboard;
        let kept = if presentation {
            &mut keys.before_presentation
        } else {
            &mut keys.before_compare
        };
        if opening {
            *kept = opener;
        } else {
            let back = kept.take();
            self.give_focus_back(back);
        }
    }

    /// A ring around the widget with the keyboard focus, above everything
    /// but tooltips, in a colour that stands out on every background.
    pub(super) fn focus_ring(&mut self, ctx: &egui::Context) {
        self.window.keyboard.ring = None;
        let Some(id) = ctx.memory(|m| m.focused()) else {
            return;
        };
        let Some(response) = ctx.read_response(id) else {
            return;
        };
        let rect = response.rect.expand(2.0);
        let colour = crate::ui::style::focus_colour(ctx.global_style().visuals.dark_mode);
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("focus_ring"),
        ));
        painter.rect_stroke(
            rect,
            3.0,
            egui::Stroke::new(2.5, colour),
            egui::StrokeKind::Outside,
        );
        self.window.keyboard.ring = Some(rect);
    }

    /// The notice in the space kept for it below the main area (`space`),
    /// drawn after the main area so Tab reaches its button last. Returns
    /// its rectangle.
    pub(super) fn notice_area(
        &mut self,
        ctx: &egui::Context,
        space: egui::Rect,
        view: &ViewModel,
        out: &mut Actions,
    ) -> Option<egui::Rect> {
        let notice = self.window.notice.as_ref()?;
        let presenting = view.window.presentation;
        let shown = egui::Area::new(egui::Id::unique("notice_area"))
            .fixed_pos(space.min)
            .order(egui::Order::Middle)
            .show(ctx, |ui| {
                ui.set_width(space.width());
                ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                    node.set_label("Melding".to_owned())
                });
                egui::Frame::side_top_panel(ui.style()).show(ui, |ui| {
                    ui.set_width(space.width() - 16.0);
                    notice_ui(ui, notice, presenting, out);
                });
            });
        let height = shown.response.rect.height();
        if (height - self.window.keyboard.notice_height).abs() > 0.5 {
            self.window.keyboard.notice_height = height;
            ctx.request_repaint();
        }
        Some(shown.response.rect)
    }
}

/// How many passes the focus is given back to an opener.
const FOCUS_BACK_PASSES: u8 = 4;

/// Whether `id` is a widget of the window itself: in a panel or the notice,
/// not in a menu, list or dialog over them.
fn in_window(ctx: &egui::Context, id: egui::Id) -> bool {
    ctx.read_response(id).is_some_and(|response| {
        matches!(
            response.layer_id.order,
            egui::Order::Background | egui::Order::Middle
        )
    })
}
