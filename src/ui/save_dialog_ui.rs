//! "Set opslaan als…": name, author and note of the set in one dialog,
//! prefilled with what would be saved (another's set with changed numbers
//! becomes "<naam> (aangepast)", on the user's name, with a note of what it
//! is based on). Enter saves, Escape cancels; then the file chooser.

use super::actions::{Actions, Command};
use crate::present::view_model::{SaveDefaults, ViewModel};

/// What the user is typing, kept between frames.
#[derive(Debug, Clone, Default)]
struct SaveForm {
    name: String,
    author: String,
    note: String,
    refusal: Option<String>,
}

/// Where the form is kept (cleared when the dialog closes).
fn save_form_id() -> egui::Id {
    egui::Id::unique("save_set_form")
}

/// Forgets what was typed (the dialog was closed with Escape).
pub fn forget_save_form(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<SaveForm>(save_form_id()));
}

pub fn save_dialog_ui(ctx: &egui::Context, view: &ViewModel, out: &mut Actions) {
    let Some(defaults) = &view.save_defaults else {
        return;
    };
    let id = save_form_id();
    let mut form: SaveForm = ctx.data(|d| d.get_temp(id)).unwrap_or_else(|| SaveForm {
        name: defaults.name.clone(),
        author: defaults.author.clone(),
        note: defaults.note.clone(),
        ..SaveForm::default()
    });
    let mut closed = false;
    super::dialog_ui::modal_dialog(ctx, "save_dialog", "Set opslaan als", 640.0, |ui| {
        let width = ui.available_width();
        if let Some(why) = &defaults.why {
            ui.add(egui::Label::new(why.as_str()).wrap());
            ui.add_space(4.0);
        }
        let field = |ui: &mut egui::Ui, caption: &str, text: &mut String, rows: usize| {
            let label = ui.label(caption);
            let edit = if rows > 1 {
                egui::TextEdit::multiline(text).desired_rows(rows)
            } else {
                egui::TextEdit::singleline(text)
            };
            ui.add(edit.desired_width(width)).labelled_by(label.id)
        };
        let name = field(ui, "Naam van de set", &mut form.name, 1);
        let author = field(ui, "Auteur (uw naam; wordt onthouden)", &mut form.author, 1);
        field(ui, "Notitie", &mut form.note, 4);
        let entered = (name.lost_focus() || author.lost_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(refusal) = &form.refusal {
            ui.colored_label(ui.visuals().error_fg_color, refusal);
        }
        ui.horizontal(|ui| {
            if ui.button("Opslaan…").clicked() || entered {
                let (name, author) = (form.name.trim(), form.author.trim());
                form.refusal = match (name.is_empty(), author.is_empty()) {
                    (true, _) => Some("Geef de set een naam.".into()),
                    (_, true) => {
                        Some("Vul de auteur in: wie is verantwoordelijk voor deze aannames?".into())
                    }
                    _ => None,
                };
                if form.refusal.is_none() {
                    out.command(Command::SaveDetailsGiven {
                        name: name.to_owned(),
                        author: author.to_owned(),
                        note: form.note.trim().to_owned(),
                    });
                    closed = true;
                }
            }
            if ui.button("Annuleren").on_hover_text("Esc").clicked() {
                out.command(Command::SaveDetailsCancelled);
                closed = true;
            }
        });
        // The name takes the focus as the dialog opens.
        Some(name)
    });
    ctx.data_mut(|d| {
        if closed {
            d.remove::<SaveForm>(id);
        } else {
            d.insert_temp(id, form);
        }
    });
}

impl SaveDefaults {
    /// For tests: the defaults as the dialog shows them.
    pub fn fields(&self) -> (&str, &str, &str) {
        (&self.name, &self.author, &self.note)
    }
}
