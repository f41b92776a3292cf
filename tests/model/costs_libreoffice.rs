//! "Excel shows this": LibreOffice (headless) recalculates the workbook of
//! every case of `costs_recompute.rs`, with the values our program cached
//! for its formulas removed first, so every euro on the Lasten sheet comes
//! from LibreOffice's own arithmetic on "Afleiding lasten"; each must be
//! the text report's, to the euro.
//!
//! Needs `soffice` (Debian: libreoffice-calc; `.ci/run` installs it and
//! sets NMD_REQUIRE_LIBREOFFICE, so in CI its absence fails). Elsewhere
//! without LibreOffice the test says it was skipped.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::costs_recompute::{cases, output, text_table};

pub fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|name| {
        Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The workbook with the cached results of its formulas removed: only a
/// recalculation can fill them in. Also how many there were.
pub fn without_cached_results(bytes: &[u8]) -> (Vec<u8>, usize) {
    let mut removed = 0;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        if name.starts_with("xl/worksheets/sheet") {
            let text = String::from_utf8(content).unwrap();
            let mut stripped = String::with_capacity(text.len());
            let mut rest = text.as_str();
            while let Some(at) = rest.find("</f><v>") {
                stripped.push_str(&rest[..at + "</f>".len()]);
                let after = &rest[at + "</f><v>".len()..];
                rest = &after[after.find("</v>").unwrap() + "</v>".len()..];
                removed += 1;
            }
            stripped.push_str(rest);
            content = stripped.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&content).unwrap();
    }
    (out.finish().unwrap().into_inner(), removed)
}

pub fn float(cell: Option<&Data>) -> Option<f64> {
    match cell? {
        Data::Float(v) => Some(*v),
        Data::Int(v) => Some(*v as f64),
        _ => None,
    }
}

/// The Lasten sheet as LibreOffice computed it: per row name (column A)
/// its amounts per period.
fn recalculated(path: &Path) -> BTreeMap<String, Vec<f64>> {
    let bytes = std::fs::read(path).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = wb.worksheet_range("Lasten per gemeente").unwrap();
    let periods: Vec<u32> = (2..sheet.width() as u32)
        .filter(|&c| matches!(sheet.get_value((0, c)), Some(Data::String(t)) if t.ends_with("(€)")))
        .collect();
    let mut rows = BTreeMap::new();
    for r in 1..sheet.height() as u32 {
        let Some(Data::String(name)) = sheet.get_value((r, 0)) else {
            continue;
        };
        let cells: Option<Vec<f64>> = periods
            .iter()
            .map(|&c| float(sheet.get_value((r, c))))
            .collect();
        if let Some(cells) = cells {
            rows.entry(name.clone()).or_insert(cells);
        }
    }
    rows
}

#[test]
fn libreoffice_recalculates_every_euro_of_the_workbook_as_the_text_report() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("NMD_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice (soffice) ontbreekt, maar NMD_REQUIRE_LIBREOFFICE is gezet (CI): installeer libreoffice-calc"
        );
        eprintln!(
            "OVERGESLAGEN: LibreOffice (soffice) is niet gevonden; installeer libreoffice-calc om de werkmap te laten herberekenen (.ci/run doet dat)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (inputs, outputs) = (dir.path().join("in"), dir.path().join("uit"));
    std::fs::create_dir_all(&inputs).unwrap();
    let cases = cases();
    let mut files = Vec::new();
    for (n, case) in cases.iter().enumerate() {
        let written = dir.path().join(format!("{n}.xlsx"));
        output(
            case,
            &["--formaat", "xlsx", "--uit", written.to_str().unwrap()],
        );
        let file = inputs.join(format!("werkmap-{n}.xlsx"));
        let (stripped, formulas) = without_cached_results(&std::fs::read(&written).unwrap());
        // Every participant's amount and the totals at least: formulas,
        // not numbers.
        let periods = text_table(case, &output(case, &[]))["Totaal"].len();
        assert!(
            formulas >= (case.participants.len() + 1) * periods,
            "{}: {formulas} formulas in the workbook",
            case.name
        );
        std::fs::write(&file, stripped).unwrap();
        files.push(file);
    }
    // One LibreOffice for every workbook, with its own profile.
    let profile = format!("file://{}", dir.path().join("profiel").display());
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
        .args(&files)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    for (n, case) in cases.iter().enumerate() {
        let sheet = recalculated(&outputs.join(format!("werkmap-{n}.xlsx")));
        let text = text_table(case, &output(case, &[]));
        for (label, amounts) in &text {
            let computed = sheet
                .get(label)
                .unwrap_or_else(|| panic!("{}: no row '{label}' on the sheet", case.name));
            assert_eq!(computed.len(), amounts.len(), "{}: {label}", case.name);
            for (p, (c, t)) in computed.iter().zip(amounts).enumerate() {
                // To the euro: LibreOffice's floating point, rounded.
                let euros = Decimal::from_f64(c.round()).unwrap();
                assert_eq!(euros, *t, "{}: {label}, period {p}: {c}", case.name);
                assert!(
                    (c - c.round()).abs() < 1e-6,
                    "{}: {label}, period {p}: {c} is not whole euros",
                    case.name
                );
            }
        }
    }
}
