//! One state, every output saying the same: a set with scenarios of its
//! own, growth tasks, supervision staffed by tasks, five municipalities'
//! profiles and the misprint correction is opened in the window; the text
//! report, the CSV, the workbook and the Word appendix made from the saved
//! set by the command line state the totals, the ranking and the band-SMAA
//! the window's view model shows.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use nmd_scenarios::model::additions::{Profile, WeightMethod};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::workspace::Change;
use rust_decimal::Decimal;

use crate::common::app_harness;

const OWN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/voorbeelden/eigen-scenarios-en-groei.ron"
);
const TASKS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/voorbeelden/toezicht-uit-taken.ron"
);

fn program(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nmd-scenarios"))
        .args(args)
        .env("WGPU_BACKEND", "dx12")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_report_csv_workbook_and_appendix_say_what_the_window_shows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    // Own scenarios and growth from one example, tasks from the other.
    h.state_mut().open_set_file(std::path::Path::new(TASKS));
    let extras = h.state().workspace().inputs().extras.clone();
    h.state_mut().open_set_file(std::path::Path::new(OWN));
    let workspace = h.state_mut().workspace_mut();
    let mut merged = workspace.inputs().extras.clone();
    merged.rules = extras.rules;
    merged.productive_hours = extras.productive_hours;
    workspace.apply(vec![Change::Extras(merged)], 0.0);
    for (i, (name, values)) in [("Assen", [0, 0, 0, 0, 1]), ("Tynaarlo", [1, 3, 1, 1, 1])]
        .into_iter()
        .enumerate()
    {
        let mut values: Vec<Decimal> = values.iter().map(|&v| Decimal::from(v)).collect();
        values.resize(workspace.inputs().criteria.len(), Decimal::ONE);
        workspace.apply(
            vec![Change::Profile {
                profile: Profile {
                    name: name.into(),
                    method: WeightMethod::Typed,
                    values,
                },
                criterion: None,
            }],
            10.0 * (i + 1) as f64,
        );
    }
    assert!(
        !workspace.data().misprints.is_empty(),
        "the correction is in use"
    );
    let set = dir.path().join("alles.ron");
    workspace.set_user("Test");
    workspace.save_set_to(&set).unwrap();
    h.state_mut().show_tab(Screen::Group);
    h.run();
    let view = h.state().view().unwrap();
    let totals: Vec<String> = view.years.iter().map(|y| y.total_number.clone()).collect();
    let ranking: Vec<(usize, String, String)> = view
        .ranking
        .as_ref()
        .unwrap()
        .iter()
        .map(|r| (r.rank, r.label.clone(), r.total_text.clone()))
        .collect();
    let band = view.group.as_ref().unwrap().band_sentences[0].clone();
    assert!(band.starts_with("Binnen de bandbreedte"), "{band}");
    let set = set.to_str().unwrap();

    let text = program(&["rapport", "--set", set]);
    let csv = program(&["rapport", "--set", set, "--formaat", "csv"]);
    let xlsx = dir.path().join("werkmap.xlsx");
    program(&[
        "rapport",
        "--set",
        set,
        "--formaat",
        "xlsx",
        "--uit",
        xlsx.to_str().unwrap(),
    ]);
    let docx = dir.path().join("bijlage.docx");
    program(&["bijlage", "--set", set, "--uit", docx.to_str().unwrap()]);
    let document = {
        let bytes = std::fs::read(&docx).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        archive
            .by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        // On paper a number keeps its unit (no-break spaces): read as
        // spaces.
        text.replace('\u{a0}', " ")
    };
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(std::fs::read(&xlsx).unwrap())).unwrap();
    let mut cells = |sheet: &str| -> Vec<String> {
        let range = workbook.worksheet_range(sheet).unwrap();
        range
            .rows()
            .flatten()
            .map(|d| match d {
                Data::Float(f) => format!("{f:.2}").replace('.', ","),
                other => other.to_string(),
            })
            .collect()
    };
    let staffing_cells = cells("Formatie");
    let ranking_cells = cells("Rangorde");
    let group_cells = cells("Gemeenten");

    for total in &totals {
        assert!(text.contains(total.as_str()), "text: total {total}");
        assert!(csv.contains(total.as_str()), "csv: total {total}");
        assert!(staffing_cells.contains(total), "workbook: total {total}");
        assert!(
            document.contains(&format!(">{total}<")),
            "appendix: total {total}"
        );
    }
    for (rank, label, total) in &ranking {
        // "1. Scenario 2 – Centrumregeling" and its score, in the same
        // place everywhere.
        let name = label
            .split_once(". ")
            .unwrap()
            .1
            .trim_end_matches(" (eigen scenario)");
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{rank}. {name}")))
            .unwrap_or_else(|| panic!("text: no place {rank} for {name}"));
        assert!(line.contains(&format!("score {total}")), "text: {line}");
        assert!(csv.contains(name), "csv: {name}");
        assert!(
            ranking_cells.iter().any(|c| c.contains(name)),
            "workbook: {name}"
        );
        assert!(ranking_cells.contains(total), "workbook: {total}");
        assert!(document.contains(name), "appendix: {name}");
    }
    assert!(text.contains(&band), "text: {band}");
    assert!(csv.contains(&band), "csv: {band}");
    assert!(group_cells.iter().any(|c| c == &band), "workbook: {band}");
    assert!(document.contains(&band), "appendix: {band}");
}

/// Outputs name the data and the set by name and fingerprint; the folder
/// they came from on this machine stays in the window's own messages.
#[test]
fn outputs_name_data_and_set_by_fingerprint_not_by_folder() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("taken.ron");
    std::fs::copy(TASKS, &copy).unwrap();
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    h.state_mut().open_set_file(&copy);
    let folder = dir.path().to_string_lossy().into_owned();
    let snapshot = h.state_mut().workspace_mut().snapshot();
    let identity = snapshot.identity();
    assert_eq!(identity.data_fingerprint.len(), 8);
    assert_eq!(identity.set_fingerprint.len(), 8);
    for screen in Screen::figures() {
        let spec = nmd_scenarios::export::figure::figure_spec(&snapshot, screen);
        let footer: String = spec
            .footer
            .iter()
            .map(|(l, t)| format!("{l}: {t}\n"))
            .collect();
        assert!(!footer.contains(&folder), "{screen:?}: {footer}");
        assert!(!footer.contains(env!("CARGO_MANIFEST_DIR")), "{footer}");
        assert!(
            footer.contains(&format!("vingerafdruk {}", identity.data_fingerprint)),
            "{footer}"
        );
        assert!(
            footer.contains(&format!("vingerafdruk {}", identity.set_fingerprint)),
            "{footer}"
        );
        assert!(footer.contains("Setbestand: taken.ron"), "{footer}");
    }
    // The same state gives the same fingerprints; a change gives another
    // set fingerprint and the same data fingerprint.
    let again = h.state_mut().workspace_mut().snapshot().identity();
    assert_eq!(again, identity);
    h.state_mut()
        .workspace_mut()
        .apply(vec![Change::SmaaSeed(8)], 0.0);
    let changed = h.state_mut().workspace_mut().snapshot().identity();
    assert_eq!(changed.data_fingerprint, identity.data_fingerprint);
    assert_ne!(changed.set_fingerprint, identity.set_fingerprint);
    // The window still says where the data came from.
    assert_eq!(h.state().workspace().data_origin(), "ingebouwd");
}
