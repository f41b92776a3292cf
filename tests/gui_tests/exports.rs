//! Bestand → "Bijlage voor raadsvoorstel (.docx)…" and "Werkmap (.xlsx)…"
//! from the window: the menu item, the file dialog (answered by the test as
//! a user would answer it), the file on disk and the notice that says
//! where. The files' contents are checked in detail by
//! `tests/model/exports.rs`; here they must open as what they claim to be.

use crate::common::{app_harness, final_notice};
use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::window::NmdApp;

fn harness() -> Harness<'static, NmdApp> {
    app_harness(1366.0, 900.0)
}

/// Opens Bestand and clicks `item`, with the dialog answering `path`.
fn save_from_file_menu(h: &mut Harness<'_, NmdApp>, item: &str, path: &Path) {
    h.run();
    h.state_mut().answer_next_dialog_with(path.to_path_buf());
    h.get_by_role_and_label(Role::Button, "Bestand").click();
    h.run();
    h.get_by_role_and_label(Role::MenuItem, item).click();
}

#[test]
fn werkmap_from_the_menu_writes_a_workbook_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    // Without the extension: the program adds it.
    let chosen = dir.path().join("formatie");
    let mut h = harness();
    save_from_file_menu(&mut h, "Werkmap (.xlsx)…", &chosen);
    let notice = final_notice(&mut h);
    let written = dir.path().join("formatie.xlsx");
    assert!(notice.contains("werkmap opgeslagen"), "{notice}");
    assert!(notice.contains("formatie.xlsx"), "{notice}");
    let bytes = std::fs::read(&written).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let staffing = wb.worksheet_range("Formatie").unwrap();
    // Tabel 7, row '2025 – Huidig': 7,28 fte Kwaliteit/beleid.
    let header: Vec<String> = (0..staffing.width() as u32)
        .map(|c| {
            staffing
                .get_value((0, c))
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
        .collect();
    let column = header
        .iter()
        .position(|h| h.starts_with("Kwaliteit/beleid"))
        .unwrap() as u32;
    let Some(Data::Float(v)) = staffing.get_value((1, column)) else {
        panic!("Kwaliteit/beleid 2025 is a number")
    };
    assert!((v - 7.28).abs() <= 0.011, "Kwaliteit/beleid 2025 {v}");
}

#[test]
fn bijlage_from_the_menu_writes_a_word_document_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let chosen = dir.path().join("bijlage.docx");
    let mut h = harness();
    save_from_file_menu(&mut h, "Bijlage voor raadsvoorstel (.docx)…", &chosen);
    let notice = final_notice(&mut h);
    assert!(notice.contains("bijlage.docx"), "{notice}");
    let bytes = std::fs::read(&chosen).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut document = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut document)
        .unwrap();
    assert!(document.contains("Minimale formatie per jaar"));
    // The correction of Tabel 7, row '2028 – Buurtkracht door Assen
    // zelfstandig': 0,68 printed, 0,57 required by its column and total.
    assert!(document.contains("0,68 is vermoedelijk een drukfout"));
}

#[test]
fn a_folder_as_target_is_refused_in_dutch_and_the_folder_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("map.xlsx");
    std::fs::create_dir(&folder).unwrap();
    let mut h = harness();
    save_from_file_menu(&mut h, "Werkmap (.xlsx)…", &folder);
    let notice = final_notice(&mut h);
    // One wording for every export of the window.
    assert!(
        notice.starts_with("De werkmap is niet opgeslagen"),
        "{notice}"
    );
    assert!(notice.contains("map.xlsx"), "{notice}");
    assert!(folder.is_dir());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
    // Nothing half-written beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// The appendix's figures are drawn narrow enough that their smallest text
/// (13 points) prints at 8 pt or more on a 16 cm wide page, and leave the
/// assumptions to the document's own text (in the image they printed at
/// 5 pt).
#[test]
fn appendix_figures_print_their_text_at_eight_points_or_more() {
    use nmd_scenarios::export::appendix::{APPENDIX_TEXT_WIDTH_PT, AppendixJob};
    let mut h = harness();
    h.run();
    let job = AppendixJob::from_snapshot(h.state_mut().workspace_mut().snapshot());
    assert!(!job.figures.is_empty());
    for spec in &job.figures {
        let printed_pt = 13.0 * APPENDIX_TEXT_WIDTH_PT / spec.width_pt;
        assert!(printed_pt >= 7.95, "{}: {printed_pt:.1} pt", spec.title);
        assert!(spec.footer.is_empty(), "{}", spec.title);
    }
}
