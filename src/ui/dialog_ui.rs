//! A dialog over the window: modal for the pointer and the keyboard (Tab
//! stays inside; egui's modal layer takes the rest of the window out of the
//! focus order), a dialog named by its title for a screen reader, the focus
//! inside from the moment it opens, and its contents scrolling within the
//! window at any text size. Esc and giving the focus back to the opener
//! are the shell's (`window/keyboard.rs`).

/// Shows the dialog `title` with the contents `add` draws, at most
/// `max_width` wide. `add` returns the control that takes the focus when
/// it opens (and whenever the focus is not inside, e.g. after Esc in a
/// field).
pub fn modal_dialog(
    ctx: &egui::Context,
    id_salt: &str,
    title: &str,
    max_width: f32,
    add: impl FnOnce(&mut egui::Ui) -> Option<egui::Response>,
) {
    let id = egui::Id::unique(id_salt);
    let area = egui::Modal::default_area(id).accessible_name(title);
    let layer = area.layer();
    let screen = ctx.content_rect();
    let width = max_width.min(screen.width() - 48.0).max(200.0);
    let shown = egui::Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_width(width);
        ui.heading(title);
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .id_salt((id_salt, "scroll"))
            .max_height((screen.height() - 120.0).max(120.0))
            .auto_shrink([false, true])
            .show(ui, |ui| super::layout::follow_focus(ui, add))
            .inner
    });
    ctx.accesskit_node_builder(id, |node| node.set_modal());
    let focus_inside = ctx
        .memory(|m| m.focused())
        .and_then(|focused| ctx.read_response(focused))
        .is_some_and(|response| response.layer_id == layer);
    // Tab from the last control leaves nothing focused for a frame, and egui
    // then hands the focus to the next control that asks for it (the
    // dialog's first): requesting it here would leave that hand-over
    // pending, and it would go to the window's first control after the
    // dialog closed.
    let tabbing = ctx.input(|i| i.key_pressed(egui::Key::Tab));
    if !focus_inside
        && !tabbing
        && let Some(first) = shown.inner
    {
        first.request_focus();
    }
}
