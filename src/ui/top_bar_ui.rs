//! The bar at the top: the set picker, undo and redo, "Terug naar rapport",
//! the menus and the image export. Not shown in presentation mode (the
//! slides have only their strip; F11 or Esc leaves).

use super::actions::{Actions, Command};
use crate::present::view_model::ViewModel;

pub fn top_bar_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Left to right in reading order (also the keyboard's order); the menus
    // at the right edge when they fit on the row, else on the next row.
    ui.horizontal_wrapped(|ui| {
        // A button that does not fit moves to the next row whole (egui
        // would wrap its text letter by letter at the row's end).
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.heading(egui::RichText::new(format!("Scenario's {}", view.data.organisation)).strong());
        set_picker_ui(ui, view, out);
        if view.window.narrow {
            let text = if view.window.weights_shown {
                "Gewichten verbergen"
            } else {
                "Gewichten tonen"
            };
            if ui
                .button(text)
                .on_hover_text(
                    "Bij grote tekst: de gewichten en keuzes in plaats van de weergave, of terug",
                )
                .clicked()
            {
                out.command(Command::ToggleSidePanel);
            }
        }
        if ui
            .add_enabled(view.can_undo, egui::Button::new("Ongedaan maken"))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            out.command(Command::Undo);
        }
        if ui
            .add_enabled(view.can_redo, egui::Button::new("Opnieuw"))
            .on_hover_text("Ctrl+Shift+Z")
            .clicked()
        {
            out.command(Command::Redo);
        }
        if ui
            .button("Terug naar rapport")
            .on_hover_text("De aannames van het rapport (de eerste ingebouwde set)")
            .clicked()
        {
            out.command(Command::BackToReport);
        }
        let menus = ["Afbeelding opslaan…", "Bestand", "Beeld", "Help"];
        let padding = ui.spacing().button_padding.x * 2.0;
        let gap = ui.spacing().item_spacing.x;
        let menus_width: f32 = menus
            .iter()
            .map(|m| super::style::text_width(ui, egui::RichText::new(*m)) + padding + gap)
            .sum();
        let room = ui.available_size_before_wrap().x;
        if room > menus_width {
            ui.add_space(room - menus_width);
        }
        // The first menu sits in a scope of its own (to grey it out while
        // an export runs), which the row does not wrap: it goes to the next
        // row itself when it does not fit.
        let first_width =
            super::style::text_width(ui, egui::RichText::new(menus[0])) + padding + gap;
        if ui.available_size_before_wrap().x < first_width {
            ui.end_row();
        }
        ui.add_enabled_ui(!view.window.export_busy, |ui| {
            super::a11y::menu_button(ui, menus[0], |ui| figure_menu_ui(ui, view, out))
                .response
                .on_hover_text(
                    "Een figuur voor een raadsvoorstel (PNG, 2× scherp), met alle aannames eronder",
                );
        });
        let file = file_menu_ui(ui, view, out);
        // F10 and Alt bring the focus here.
        ui.data_mut(|d| d.insert_temp(egui::Id::unique(super::keys_ui::MENU_BAR), file));
        view_menu_ui(ui, view, out);
        help_menu_ui(ui, out);
    });
}

fn set_picker_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let shown = egui::ComboBox::from_id_salt("set_picker")
        .selected_text(&view.set.picker_text)
        .width(300.0)
        .show_ui(ui, |ui| {
            for (i, label) in view.set.labels.iter().enumerate() {
                if super::a11y::list_option(ui, view.set.index == Some(i), label).clicked() {
                    out.command(Command::SwitchSet(i));
                }
            }
        });
    super::a11y::list_opened(&shown);
    shown
        .response
        .accessible_name("Aannameset")
        .on_hover_text(&view.set.description);
}

fn help_menu_ui(ui: &mut egui::Ui, out: &mut Actions) {
    menu_button(ui, "Help", |ui| {
        if item(ui, "Sneltoetsen (F1)").clicked() {
            out.command(Command::ShowKeys);
        }
        if item(ui, "Over nmd-scenarios").clicked() {
            out.command(Command::ShowAbout);
        }
    });
}

fn view_menu_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    menu_button(ui, "Beeld", |ui| {
        let compare = if view.comparison.is_some() {
            "Vergelijken sluiten"
        } else {
            "Twee sets vergelijken"
        };
        for tab in view.tabs() {
            if item(ui, &view.screen_label(tab)).clicked() {
                out.command(Command::ShowTab(tab));
            }
        }
        ui.separator();
        let items = [
            (compare, Command::ToggleCompare),
            ("Presentatie (F11)", Command::TogglePresentation),
            (
                if view.dark {
                    "Licht thema"
                } else {
                    "Donker thema"
                },
                Command::ToggleTheme,
            ),
        ];
        for (label, command) in items {
            if item(ui, label).clicked() {
                out.command(command);
            }
        }
    });
}

/// The Bestand menu; its button's id.
fn file_menu_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) -> egui::Id {
    menu_button(ui, "Bestand", |ui| {
        if item(ui, "Set openen…").clicked() {
            out.command(Command::OpenSet);
        }
        // The handleiding's examples, carried by the program.
        if !view.examples.is_empty() {
            menu_button(ui, "Voorbeeld openen", |ui| {
                for (key, name) in &view.examples {
                    if item(ui, name).clicked() {
                        out.command(Command::OpenExample(key.clone()));
                    }
                }
            });
        }
        for (label, command) in [
            ("Set opslaan (Ctrl+S)", Command::SaveSet),
            ("Set opslaan als…", Command::SaveSetAs),
        ] {
            if item(ui, label).clicked() {
                out.command(command);
            }
        }
        if item(ui, "Profielen overnemen uit…")
            .on_hover_text("De profielen en de verdeelsleutel uit één of meer andere sets (bijvoorbeeld één per gemeente) overnemen in deze set; u ziet per set wat is overgenomen en wat botste")
            .clicked()
        {
            out.command(Command::ImportProfiles);
        }
        ui.separator();
        ui.add_enabled_ui(!view.window.export_busy, |ui| {
            menu_button(ui, "Afbeelding opslaan", |ui| figure_menu_ui(ui, view, out));
        });
        if ui
            .add_enabled_ui(!view.window.export_busy, |ui| {
                item(ui, "Bijlage voor raadsvoorstel (.docx)…")
            })
            .inner
            .on_hover_text("Een Word-document met de figuren, de tabellen met afleiding, de bronnencontrole, alle aannames en de robuustheid")
            .clicked()
        {
            out.command(Command::SaveAppendix);
        }
        if item(ui, "Werkmap (.xlsx)…")
            .on_hover_text("Een Excel-werkmap: formatie, afleiding, bronnencontrole, rangorde, robuustheid en aannames")
            .clicked()
        {
            out.command(Command::SaveWorkbook);
        }
        if item(ui, "CSV opslaan…").clicked() {
            out.command(Command::SaveCsv);
        }
        ui.separator();
        if ui
            .add_enabled_ui(!view.window.dialog_open, |ui| item(ui, "Gegevens openen…"))
            .inner
            .clicked()
        {
            out.command(Command::OpenDataFolder);
        }
        // The data sets the program carries: another region without a
        // folder of its own.
        ui.menu_button("Ingebouwde gegevens", |ui| {
            for (key, name) in &view.builtin_data {
                let current = *name == view.data.name;
                if ui.add_enabled(!current, egui::Button::new(name)).clicked() {
                    out.command(Command::OpenBuiltinData(key.clone()));
                }
            }
        });
    })
    .response
    .id
}

/// One entry per figure a user can save (those the data has).
fn figure_menu_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    for screen in view.figures() {
        if item(ui, &view.screen_label(screen)).clicked() {
            out.command(Command::SaveImage(screen));
        }
    }
}

/// A menu item (reads as one; closes the menu when chosen).
fn item(ui: &mut egui::Ui, label: &str) -> egui::Response {
    super::a11y::menu_item(ui, egui::Button::new(label))
}

/// A menu of the bar (its button says it opens a menu, and whether it is
/// open).
fn menu_button<R>(
    ui: &mut egui::Ui,
    label: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    super::a11y::menu_button(ui, label, add)
}
