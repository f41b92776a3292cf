//! Route 2 of the handleiding, for a council proposal: weights and a
//! choice, then a figure, the Word appendix and the workbook through the
//! menus, each written where the user chose and fit for paper.

use std::io::{Cursor, Read};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::window::NmdApp;

use super::checks::{SCREENS, Walk};
use crate::common::final_notice;

/// Opens `menu`, then `item` in it, with the file dialog answering `path`.
/// The notice of an earlier step is closed first, as a user would.
fn menu_to_file(h: &mut Harness<'static, NmdApp>, menu: &str, item: &str, path: &std::path::Path) {
    if let Some(close) = h.query_by_role_and_label(Role::Button, "Melding sluiten") {
        close.click();
        h.run();
    }
    h.state_mut().answer_next_dialog_with(path.to_path_buf());
    h.get_by_role_and_label(Role::Button, menu).click();
    h.run();
    h.get_by_role_and_label(Role::MenuItem, item).click();
}

fn part(path: &std::path::Path, name: &str) -> String {
    let bytes = std::fs::read(path).expect("written");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn adviseur(screen: (f32, f32)) {
    let dir = tempfile::tempdir().unwrap();
    let mut walk = Walk::new("adviseur", screen);
    walk.step("toezicht weighs 3", |h| {
        h.get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
            .set_value_accesskit(3.0);
    });
    // 3 of 1 + 3 + 1 + 1 + 1 = 7: 43 %.
    assert!(walk.shows("= 43 %"));
    walk.step("Buurtkracht: door Assen zelf ingekocht", |h| {
        h.get_by_label("Door Assen zelf ingekocht").scroll_to_me();
        h.run();
        h.get_by_label("Door Assen zelf ingekocht").click();
    });
    // Tabel 7, '2028 – Buurtkracht door Assen zelfstandig', toezicht kept
    // at 3,22: the upper end of "7,65 tot 8,43" (with the row's misprint
    // corrected).
    assert!(walk.shows("Totaal 2028: 8,43 fte"));

    let figure = dir.path().join("formatie.png");
    walk.step("Afbeelding opslaan… → Formatie", |h| {
        menu_to_file(h, "Afbeelding opslaan…", "Formatie", &figure);
        let notice = final_notice(h);
        // Drawn off-screen: with a renderer it is written, without one the
        // notice says why (and nothing is left behind).
        if figure.exists() {
            assert!(notice.contains("formatie.png"), "{notice}");
        } else {
            assert!(notice.contains("niet"), "{notice}");
        }
    });

    let appendix = dir.path().join("bijlage.docx");
    walk.step("Bestand → Bijlage voor raadsvoorstel", |h| {
        menu_to_file(
            h,
            "Bestand",
            "Bijlage voor raadsvoorstel (.docx)…",
            &appendix,
        );
        let notice = final_notice(h);
        assert!(notice.contains("bijlage.docx"), "{notice}");
    });
    let document = part(&appendix, "word/document.xml");
    // The choice made is in it: 2028 without Buurtkracht, 8,43 fte,
    // right-aligned like every number of the staffing table.
    let cell = document
        .split("<w:tc>")
        .find(|c| c.contains(">8,43<"))
        .expect("the 2028 total in the staffing table");
    assert!(cell.contains("<w:jc w:val=\"right\""), "{cell}");
    assert!(
        document.contains("De aannames staan in het titelblok en onder Aannames")
            || !document.contains("Figuur:")
    );

    let workbook = dir.path().join("werkmap.xlsx");
    walk.step("Bestand → Werkmap", |h| {
        menu_to_file(h, "Bestand", "Werkmap (.xlsx)…", &workbook);
        let notice = final_notice(h);
        assert!(notice.contains("werkmap.xlsx"), "{notice}");
    });
    let sheet = part(&workbook, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""));
}

#[test]
fn adviseur_1366x768() {
    adviseur(SCREENS[0]);
}

#[test]
fn adviseur_1920x1080() {
    adviseur(SCREENS[1]);
}
