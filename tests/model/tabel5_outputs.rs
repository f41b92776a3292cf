//! The report's Tabel 5 (the qualitative cost profile, which the Overzicht
//! shows) in every output of the report's data: each component's word per
//! scenario as the report prints it, typed from Tabel 5 ("Kwalitatieve
//! indicatie van de belangrijkste financiële effecten per scenario"), in
//! the text report, the CSV, the workbook's sheet "Kostenprofiel" and the
//! Word appendix.

use std::io::Cursor;

use calamine::{Reader, Xlsx, open_workbook_from_rs};

use crate::common::run;
use crate::scenario_costs_outputs::tables;

/// Tabel 5, row by row: the component and its word for scenarios 1–4.
const TABEL_5: [(&str, [&str; 4]); 8] = [
    (
        "Structurele uitvoeringskosten",
        ["Laag–midden", "Midden", "Midden–hoog", "Midden–hoog"],
    ),
    ("Transitiekosten", ["Laag", "Midden–hoog", "Midden", "Hoog"]),
    (
        "Noodzakelijke IBP-/ICT-investeringen",
        [
            "Hoog (inhaalslag nodig)",
            "Midden–hoog",
            "Laag–midden",
            "Midden",
        ],
    ),
    ("Schaalvoordelen", ["Laag", "Hoog", "Midden", "Hoog"]),
    (
        "Hr/harmonisatiekosten",
        ["Laag–midden", "Hoog", "Midden", "Hoog"],
    ),
    (
        "Kostenrisico bij uitval/continuïteit",
        ["Hoog (kleine schaal)", "Laag", "Midden", "Laag"],
    ),
    (
        "Complexiteit van bekostiging en bijdragen",
        ["Laag", "Laag", "Midden", "Hoog"],
    ),
    (
        "Verwachte efficiency na implementatie",
        ["Laag", "Midden–hoog", "Midden", "Hoog (lange termijn)"],
    ),
];

/// The output of the program with `args`, which must succeed.
fn output(args: &[&str]) -> String {
    let (stdout, stderr, code) = run(args);
    assert_eq!(code, 0, "{stderr}");
    stdout
}

#[test]
fn the_text_report_and_the_csv_state_tabel_5() {
    let text = output(&["rapport"]);
    let csv = output(&["rapport", "--formaat", "csv"]);
    for (component, words) in TABEL_5 {
        let said = words
            .iter()
            .enumerate()
            .map(|(s, w)| format!("{}: {w}", s + 1))
            .collect::<Vec<_>>()
            .join(" | ");
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(component) && l.ends_with(&said)),
            "{component}: {said}\n{text}"
        );
        let row = csv
            .lines()
            .map(|l| l.split(';').collect::<Vec<_>>())
            .find(|f| f[0] == component)
            .unwrap_or_else(|| panic!("no CSV row {component}"));
        assert_eq!(row[2..], words, "{component}");
    }
}

#[test]
fn the_workbook_and_the_appendix_state_tabel_5() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = dir.path().join("rapport.xlsx");
    let appendix = dir.path().join("bijlage.docx");
    output(&["werkmap", "--uit", workbook.to_str().unwrap()]);
    output(&["bijlage", "--uit", appendix.to_str().unwrap()]);
    let bytes = std::fs::read(&workbook).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = wb
        .worksheet_range("Kostenprofiel")
        .expect("a sheet Kostenprofiel");
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(rows[0][0], "Kostencomponent");
    let docx = tables(&std::fs::read(&appendix).unwrap());
    let table = docx
        .iter()
        .find(|t| t[0][0] == "Kostencomponent")
        .expect("a table of Tabel 5 in the appendix");
    assert_eq!(
        table[0][1..],
        ["Scenario 1", "Scenario 2", "Scenario 3", "Scenario 4"]
    );
    for (component, words) in TABEL_5 {
        let row = rows
            .iter()
            .find(|r| r[0] == component)
            .unwrap_or_else(|| panic!("no row {component} in the workbook"));
        assert_eq!(row[2..6], words, "{component} in the workbook");
        let row = table
            .iter()
            .find(|r| r[0].starts_with(component))
            .unwrap_or_else(|| panic!("no row {component} in the appendix"));
        assert_eq!(row[1..], words, "{component} in the appendix");
    }
}
