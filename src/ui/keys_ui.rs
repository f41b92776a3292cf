//! The keyboard map (Help → Sneltoetsen, or F1): every key the program
//! answers to, in one list that the handleiding repeats (a test checks it).

use super::actions::{Actions, Command};

/// Where the top bar keeps the id of its first menu (Bestand), for F10
/// and Alt.
pub const MENU_BAR: &str = "menu_bar_first";

/// Key, and what it does.
pub const KEYBOARD_MAP: [(&str, &str); 14] = [
    (
        "Tab / Shift+Tab",
        "naar het volgende / vorige onderdeel, in leesvolgorde; in een venster blijft Tab in het venster",
    ),
    (
        "Enter of spatie",
        "knop indrukken, keuze aanvinken, menu openen, een score in Scores openen",
    ),
    (
        "Esc",
        "venster, vergelijking, presentatie of een formulier voor een nieuw scenario of criterium sluiten (de focus gaat terug naar wat het opende); een score sluiten zonder wijziging",
    ),
    (
        "F10 of Alt",
        "naar de menubalk (Bestand); Enter of pijl omlaag opent het menu, de pijltjes lopen erdoor",
    ),
    (
        "Pijl links / rechts",
        "schuifregelaar een stap (0,1); in de presentatie: vorige / volgende dia",
    ),
    (
        "PageUp / PageDown",
        "schuifregelaar een grote stap (1); in de presentatie: vorige / volgende dia",
    ),
    ("Home / End", "schuifregelaar naar 0 / naar 10"),
    (
        "Pijl omhoog / omlaag",
        "in een getalvak van Gemeenten: een stap omhoog / omlaag; in de presentatie: vorige / volgende set",
    ),
    ("F11", "presentatie aan / uit"),
    ("Ctrl+Z", "ongedaan maken"),
    ("Ctrl+Shift+Z of Ctrl+Y", "opnieuw"),
    ("Ctrl+S", "set opslaan"),
    (
        "Ctrl + / Ctrl − / Ctrl 0",
        "tekst groter / kleiner / normaal (wordt onthouden)",
    ),
    ("F1", "deze lijst met sneltoetsen"),
];

/// The keyboard map as a dialog; the focus goes to its Sluiten button as
/// it opens (Enter closes it at once); Esc closes it too.
pub fn keys_ui(ctx: &egui::Context, out: &mut Actions) {
    super::dialog_ui::modal_dialog(ctx, "keys_dialog", "Sneltoetsen", 640.0, |ui| {
        egui::Grid::new("keyboard_map")
            .num_columns(2)
            .spacing([16.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for (key, what) in KEYBOARD_MAP {
                    ui.label(egui::RichText::new(key).strong());
                    ui.add(egui::Label::new(what).wrap());
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        let close = ui.button("Sluiten");
        if close.clicked() {
            out.command(Command::CloseKeys);
        }
        Some(close)
    });
}
