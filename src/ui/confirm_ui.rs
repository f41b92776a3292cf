//! Removing something asks first. A "verwijderen" button only arms: it
//! becomes "Ja, verwijderen" and "Nee", with the keyboard focus on "Nee",
//! so one Space or Enter that lands on it by Tab never deletes. What was
//! removed is said in a notice, with how to get it back (Ctrl+Z).

use super::actions::{Actions, Notice};

/// Which button is armed, and whether "Nee" still has to take the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Armed {
    button: egui::Id,
    focus_pending: bool,
}

fn armed_id() -> egui::Id {
    egui::Id::unique("delete_armed")
}

/// A remove button in `ui`, `caption` on it (e.g. "verwijderen", "×"),
/// `name` for screen readers ("Taak 2 van Toezicht verwijderen"). `true`
/// when the user confirmed; `what` ("Taak 'Bezoeken'") goes in the notice.
pub fn delete_button_ui(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    caption: &str,
    name: &str,
    what: &str,
    out: &mut Actions,
) -> bool {
    let button = ui.scope_id().with(("delete", id_salt));
    let armed: Option<Armed> = ui.data(|d| d.get_temp(armed_id()));
    let set_armed = |ui: &egui::Ui, value: Option<Armed>| {
        ui.data_mut(|d| match value {
            Some(a) => {
                d.insert_temp(armed_id(), a);
            }
            None => {
                d.remove::<Armed>(armed_id());
            }
        })
    };
    match armed {
        Some(a) if a.button == button => {
            let mut confirmed = false;
            ui.horizontal(|ui| {
                if ui
                    .small_button("Ja, verwijderen")
                    .accessible_name(format!("Ja: {name}"))
                    .clicked()
                {
                    confirmed = true;
                    set_armed(ui, None);
                    out.notice(Notice::info(format!(
                        "{what} verwijderd. Terughalen: Ongedaan maken (Ctrl+Z)."
                    )));
                }
                let no = ui
                    .small_button("Nee")
                    .accessible_name(format!("Nee, niet: {name}"));
                if a.focus_pending {
                    no.request_focus();
                    set_armed(
                        ui,
                        Some(Armed {
                            focus_pending: false,
                            ..a
                        }),
                    );
                }
                if no.clicked() {
                    set_armed(ui, None);
                }
            });
            confirmed
        }
        _ => {
            if ui
                .small_button(caption)
                .accessible_name(name)
                .on_hover_text(format!("{name} (vraagt eerst)"))
                .clicked()
            {
                set_armed(
                    ui,
                    Some(Armed {
                        button,
                        focus_pending: true,
                    }),
                );
            }
            false
        }
    }
}
