//! "Excel shows this" for the sheet "Kosten per scenario": LibreOffice
//! (headless) recalculates the workbook with the values our program
//! cached for its formulas removed, so laag, midden and hoog per scenario
//! and municipality come from LibreOffice's own arithmetic on the ranges,
//! the horizon and the equal costs; each must be the text report's, and
//! the example's must be the issue's hand figures. P10/P50/P90 and the
//! chance of being the cheapest (values) must be the text report's too.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::costs_libreoffice::{float, soffice, without_cached_results};
use crate::scenario_costs_text::{
    Figures, HAND_ASSEN_1, HAND_REGION, NMD, cases, report, text_figures,
};

/// One row of the sheet's summary: laag, midden, hoog, then P10, P50,
/// P90 and the chance (a share) where they are numbers.
type SheetRow = (Vec<f64>, Vec<f64>, Option<f64>);

fn sheet(path: &Path) -> Range<Data> {
    let bytes = std::fs::read(path).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    wb.worksheet_range("Kosten per scenario").unwrap()
}

fn text(sheet: &Range<Data>, r: u32, c: u32) -> String {
    match sheet.get_value((r, c)) {
        Some(Data::String(t)) => t.clone(),
        _ => String::new(),
    }
}

/// The summary table (under the header "Scenario | Wie | Laag (€)"), by
/// (scenario, who).
fn summary(sheet: &Range<Data>) -> BTreeMap<(String, String), SheetRow> {
    let header = (0..sheet.height() as u32)
        .find(|&r| text(sheet, r, 0) == "Scenario" && text(sheet, r, 2) == "Laag (€)")
        .expect("a summary table");
    let mut rows = BTreeMap::new();
    for r in header + 1.. {
        let scenario = text(sheet, r, 0);
        if scenario.is_empty() {
            break;
        }
        let amounts: Vec<f64> = (2..5)
            .filter_map(|c| float(sheet.get_value((r, c))))
            .collect();
        let quantiles: Vec<f64> = (5..8)
            .filter_map(|c| float(sheet.get_value((r, c))))
            .collect();
        let chance = float(sheet.get_value((r, 8)));
        rows.insert((scenario, text(sheet, r, 1)), (amounts, quantiles, chance));
    }
    rows
}

fn euros(value: f64) -> Decimal {
    assert!(
        (value - value.round()).abs() < 1e-6,
        "{value} is not whole euros"
    );
    Decimal::from_f64(value.round()).unwrap()
}

/// The chance as the text report writes it, from the sheet's share.
fn agrees(share: f64, text: &str) -> bool {
    match text {
        "minder dan 1 %" => share > 0.0 && share < 0.005,
        "meer dan 99 %" => share > 0.995 && share < 1.0,
        t => t
            .trim_end_matches(" %")
            .parse::<f64>()
            .is_ok_and(|p| (share * 100.0).round() == p),
    }
}

fn same(name: &str, key: &(String, String), sheet: &SheetRow, text: &Figures) {
    let (amounts, quantiles, chance) = sheet;
    let got: Vec<Decimal> = amounts.iter().map(|v| euros(*v)).collect();
    assert_eq!(got, text.amounts.to_vec(), "{name}: {key:?}");
    match text.quantiles {
        Some(q) => {
            let got: Vec<Decimal> = quantiles.iter().map(|v| euros(*v)).collect();
            assert_eq!(got, q.to_vec(), "{name}: {key:?} P10/P50/P90");
        }
        None => assert!(quantiles.is_empty(), "{name}: {key:?}: {quantiles:?}"),
    }
    if let Some(c) = &text.chance {
        let share = chance.unwrap_or_else(|| panic!("{name}: {key:?}: no chance"));
        assert!(agrees(share, c), "{name}: {key:?}: {share} against '{c}'");
    }
}

/// Converts every workbook in `inputs` with one LibreOffice.
fn recalculate(soffice: &str, dir: &Path, files: &[std::path::PathBuf], outputs: &Path) {
    let profile = format!("file://{}", dir.join("profiel").display());
    let status = Command::new(soffice)
        .args([
            "--headless",
            "--norestore",
            &format!("-env:UserInstallation={profile}"),
            "--convert-to",
            "xlsx",
            "--outdir",
            outputs.to_str().unwrap(),
        ])
        .args(files)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
}

#[test]
fn libreoffice_recalculates_the_cost_per_scenario_as_the_text_report_and_the_issue() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("NMD_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice (soffice) ontbreekt, maar NMD_REQUIRE_LIBREOFFICE is gezet (CI): installeer libreoffice-calc"
        );
        eprintln!("OVERGESLAGEN: LibreOffice (soffice) is niet gevonden");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (inputs, outputs) = (dir.path().join("in"), dir.path().join("uit"));
    std::fs::create_dir_all(&inputs).unwrap();
    let cases = cases(dir.path());
    let mut files = Vec::new();
    for (n, case) in cases.iter().enumerate() {
        let written = dir.path().join(format!("{n}.xlsx"));
        report(
            case,
            &["--formaat", "xlsx", "--uit", written.to_str().unwrap()],
        );
        let (stripped, formulas) = without_cached_results(&std::fs::read(&written).unwrap());
        assert!(formulas > 0, "{}", case.name);
        let file = inputs.join(format!("werkmap-{n}.xlsx"));
        std::fs::write(&file, stripped).unwrap();
        files.push(file);
    }
    recalculate(soffice, dir.path(), &files, &outputs);
    for (n, case) in cases.iter().enumerate() {
        let recalculated = sheet(&outputs.join(format!("werkmap-{n}.xlsx")));
        let rows = summary(&recalculated);
        let text = text_figures(&report(case, &[]), &NMD);
        // 4 scenarios × (the region + 5 municipalities).
        assert_eq!(text.len(), 24, "{}: {text:?}", case.name);
        assert_eq!(rows.len(), text.len(), "{}", case.name);
        for (key, figures) in &text {
            let row = rows
                .get(key)
                .unwrap_or_else(|| panic!("{}: no row {key:?}", case.name));
            same(case.name, key, row, figures);
        }
        // The participants add up to the region, in LibreOffice's sums.
        for ((scenario, who), (amounts, _, _)) in &rows {
            if who != "Regio" {
                continue;
            }
            for (b, region) in amounts.iter().enumerate() {
                let sum: f64 = NMD
                    .iter()
                    .map(|p| rows[&(scenario.clone(), (*p).to_owned())].0[b])
                    .sum();
                assert_eq!(euros(sum), euros(*region), "{}: {scenario}", case.name);
            }
        }
    }
    // The issue's hand figures, in the recalculated example.
    let rows = summary(&sheet(&outputs.join("werkmap-0.xlsx")));
    for (scenario, low, high) in HAND_REGION {
        let (amounts, _, _) = rows
            .iter()
            .find(|((s, w), _)| s.starts_with(scenario) && w == "Regio")
            .map(|(_, v)| v)
            .unwrap();
        assert_eq!(
            (euros(amounts[0]), euros(amounts[2])),
            (Decimal::from(low), Decimal::from(high)),
            "{scenario}"
        );
    }
    let assen = rows
        .iter()
        .find(|((s, w), _)| s.starts_with("Scenario 1 ") && w == "Assen")
        .map(|(_, v)| &v.0)
        .unwrap();
    assert_eq!(
        (euros(assen[0]), euros(assen[2])),
        (Decimal::from(HAND_ASSEN_1.0), Decimal::from(HAND_ASSEN_1.1))
    );
    // The saving set's empty range (schaalvoordelen, Laag) is "onbekend".
    let saving = sheet(&outputs.join("werkmap-1.xlsx"));
    let unknown = (0..saving.height() as u32).any(|r| {
        text(&saving, r, 0) == "Schaalvoordelen"
            && text(&saving, r, 2) == "Laag"
            && text(&saving, r, 4) == "onbekend"
    });
    assert!(unknown, "no 'onbekend' range for Schaalvoordelen, Laag");
}
