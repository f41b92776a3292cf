//! "Over nmd-scenarios": version, the data shown and where it comes from,
//! the licence, and the licences of every crate the program is built from.

use super::actions::{Actions, Command};
use crate::about;
use crate::present::view_model::ViewModel;

pub fn about_ui(ctx: &egui::Context, view: &ViewModel, out: &mut Actions) {
    super::dialog_ui::modal_dialog(ctx, "about_dialog", "Over nmd-scenarios", 640.0, |ui| {
        ui.heading(format!("nmd-scenarios {}", about::VERSION));
        ui.add(
                egui::Label::new(format!(
                    "Beslisondersteuning voor {}: scenario's en criteria met eigen gewichten, de minimale formatie uit het contractvolume en het kostenprofiel naast elkaar. Elk getal is herleidbaar tot een tabel van de bron of tot een aanname in de set.",
                    view.data.organisation
                ))
                .wrap(),
            );
        ui.add_space(6.0);
        ui.strong("Gegevens");
        egui::Grid::new("about_data")
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for (label, value) in [
                    ("Gegevensset", view.data.name.as_str()),
                    ("Bron", view.data.source.as_str()),
                    ("Geladen uit", view.data_origin.as_str()),
                    ("Vingerafdruk", view.data_fingerprint.as_str()),
                ] {
                    ui.label(label);
                    ui.add(egui::Label::new(value).wrap());
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.strong(format!("Licentie: {}", about::LICENCE));
        ui.add(egui::Label::new(about::LICENCE_TEXT).wrap());
        ui.add_space(6.0);
        crates_ui(ui);
        ui.add_space(6.0);
        let close = ui.button("Sluiten");
        if close.clicked() {
            out.command(Command::CloseAbout);
        }
        Some(close)
    });
}

fn crates_ui(ui: &mut egui::Ui) {
    let crates = about::crate_licences();
    ui.strong(format!(
        "Gebouwd met {} open-sourcebibliotheken (Rust-crates)",
        crates.len()
    ));
    let summary = about::licence_counts(&crates)
        .into_iter()
        .take(4)
        .map(|(licence, n)| format!("{licence}: {n}"))
        .collect::<Vec<_>>()
        .join("; ");
    ui.add(egui::Label::new(format!("Meest voorkomende licenties — {summary}.")).wrap());
    // One text, in columns (monospace): about 400 crates as a grid of
    // labels made 1 200 nodes that a screen reader's bus carried on every
    // frame, and a second scroll area inside the dialog's was a trap at
    // large text.
    let name_width = crates
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let version_width = crates
        .iter()
        .map(|c| c.version.chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    let mut table = format!(
        "{:<name_width$}  {:<version_width$}  Licentie",
        "Crate", "Versie"
    );
    for c in &crates {
        table.push_str(&format!(
            "\n{:<name_width$}  {:<version_width$}  {}",
            c.name, c.version, c.licence
        ));
    }
    ui.add(egui::Label::new(egui::RichText::new(table).monospace().small()).wrap());
}
