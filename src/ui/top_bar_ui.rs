//! The bar at the top: the set picker, undo and redo, "Terug naar rapport",
//! the menus and the image export. Not shown in presentation mode (the
//! slides have only their strip; F11 or Esc leaves).

use super::actions::{Actions, Command};
use super::view_model::ViewModel;

pub fn top_bar_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Left to right in reading order (also the keyboard's order); the menus
    // at the right edge when they fit on the row, else on the next row.
    ui.horizontal_wrapped(|ui| {
        ui.heading(egui::RichText::new(format!("Scenario's {}", view.data.organisation)).strong());
        set_picker_ui(ui, view, out);
        if view.window.narrow {
            let text = if view.window.side_hidden {
                "Gewichten tonen"
            } else {
                "Gewichten verbergen"
            };
            if ui
                .button(text)
                .on_hover_text("Het paneel met gewichten en keuzes (bij grote tekst)")
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
        ui.add_enabled_ui(!view.window.export_busy, |ui| {
            ui.menu_button(menus[0], |ui| figure_menu_ui(ui, view, out))
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
    egui::ComboBox::from_id_salt("set_picker")
        .selected_text(&view.set.picker_text)
        .width(300.0)
        .show_ui(ui, |ui| {
            for (i, label) in view.set.labels.iter().enumerate() {
                if ui
                    .selectable_label(view.set.index == Some(i), label)
                    .clicked()
                {
                    out.command(Command::SwitchSet(i));
                }
            }
        })
        .response
        .accessible_name("Aannameset")
        .on_hover_text(&view.set.description);
}

fn help_menu_ui(ui: &mut egui::Ui, out: &mut Actions) {
    ui.menu_button("Help", |ui| {
        if ui.button("Sneltoetsen (F1)").clicked() {
            out.command(Command::ShowKeys);
        }
        if ui.button("Over nmd-scenarios").clicked() {
            out.command(Command::ShowAbout);
        }
    });
}

fn view_menu_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    ui.menu_button("Beeld", |ui| {
        let compare = if view.comparison.is_some() {
            "Vergelijken sluiten"
        } else {
            "Twee sets vergelijken"
        };
        for tab in view.tabs() {
            if ui.button(view.screen_label(tab)).clicked() {
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
            if ui.button(label).clicked() {
                out.command(command);
            }
        }
    });
}

/// The Bestand menu; its button's id.
fn file_menu_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) -> egui::Id {
    ui.menu_button("Bestand", |ui| {
        if ui.button("Set openen…").clicked() {
            out.command(Command::OpenSet);
        }
        // The handleiding's examples, carried by the program.
        if !view.examples.is_empty() {
            ui.menu_button("Voorbeeld openen", |ui| {
                for (key, name) in &view.examples {
                    if ui.button(name).clicked() {
                        out.command(Command::OpenExample(key.clone()));
                    }
                }
            });
        }
        for (label, command) in [
            ("Set opslaan (Ctrl+S)", Command::SaveSet),
            ("Set opslaan als…", Command::SaveSetAs),
        ] {
            if ui.button(label).clicked() {
                out.command(command);
            }
        }
        if ui
            .button("Profielen overnemen uit…")
            .on_hover_text("De profielen en de verdeelsleutel uit één of meer andere sets (bijvoorbeeld één per gemeente) overnemen in deze set; u ziet per set wat is overgenomen en wat botste")
            .clicked()
        {
            out.command(Command::ImportProfiles);
        }
        ui.separator();
        ui.add_enabled_ui(!view.window.export_busy, |ui| {
            ui.menu_button("Afbeelding opslaan", |ui| figure_menu_ui(ui, view, out));
        });
        if ui
            .add_enabled(
                !view.window.export_busy,
                egui::Button::new("Bijlage voor raadsvoorstel (.docx)…"),
            )
            .on_hover_text("Een Word-document met de figuren, de tabellen met afleiding, de bronnencontrole, alle aannames en de robuustheid")
            .clicked()
        {
            out.command(Command::SaveAppendix);
        }
        if ui
            .button("Werkmap (.xlsx)…")
            .on_hover_text("Een Excel-werkmap: formatie, afleiding, bronnencontrole, rangorde, robuustheid en aannames")
            .clicked()
        {
            out.command(Command::SaveWorkbook);
        }
        if ui.button("CSV opslaan…").clicked() {
            out.command(Command::SaveCsv);
        }
        ui.separator();
        if ui
            .add_enabled(
                !view.window.dialog_open,
                egui::Button::new("Gegevens openen…"),
            )
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
        if ui.button(view.screen_label(screen)).clicked() {
            out.command(Command::SaveImage(screen));
        }
    }
}
