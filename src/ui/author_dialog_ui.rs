//! Asked once, before the first save of another's set with changed
//! numbers: whose set is it now? The name is remembered (session).

use super::actions::{Actions, Command};
use super::view_model::ViewModel;

pub fn author_dialog_ui(ctx: &egui::Context, view: &ViewModel, out: &mut Actions) {
    let id = egui::Id::unique("author_name");
    let mut name: String = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    egui::Window::new("Wie is de auteur?")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.add(
                egui::Label::new(format!(
                    "U slaat gewijzigde cijfers op van '{}'. De set komt op uw naam, met in de notitie waarop hij is gebaseerd en wat er is gewijzigd. Uw naam wordt onthouden.",
                    view.set.name
                ))
                .wrap(),
            );
            let response = ui
                .horizontal(|ui| {
                    let label = ui.label("Uw naam");
                    ui.add(egui::TextEdit::singleline(&mut name).desired_width(280.0))
                        .labelled_by(label.id)
                })
                .inner;
            response.request_focus();
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let ready = !name.trim().is_empty();
                if (ui.add_enabled(ready, egui::Button::new("Opslaan")).clicked() || enter)
                    && ready
                {
                    out.command(Command::AuthorGiven(name.trim().to_owned()));
                }
                if ui.button("Annuleren").clicked() {
                    out.command(Command::AuthorCancelled);
                }
            });
        });
    ctx.data_mut(|d| d.insert_temp(id, name));
}
