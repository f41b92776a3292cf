//! The Word appendix and the Excel workbook, read back: the workbook's
//! cells with their types and formats (calamine), the appendix's headings,
//! tables and text (unzipped). What is checked comes from the report.

use crate::common::run;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

#[test]
fn the_workbook_has_numbers_as_numbers_with_dutch_display_formats() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("werkmap.xlsx");
    let (_, stderr, code) = run(&[
        "rapport",
        "--formaat",
        "xlsx",
        "--uit",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&path).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Formatie",
            "Afleiding",
            "Bronnencontrole",
            "Rangorde",
            // The report's Tabel 5, as the Overzicht shows it.
            "Kostenprofiel",
            "Robuustheid",
            "Aannames"
        ]
    );
    let staffing = wb.worksheet_range("Formatie").unwrap();
    assert_eq!(
        staffing.get_value((0, 0)),
        Some(&Data::String("Jaar".into()))
    );
    assert_eq!(staffing.get_value((1, 0)), Some(&Data::Float(2025.0)));
    // Tabel 7 publishes 21,28 fte for 2025; the model gives 21,29 (one
    // rounding). The last column before the volume is the total.
    let header: Vec<String> = (0..staffing.width() as u32)
        .map(|c| {
            staffing
                .get_value((0, c))
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
        .collect();
    let total = header.iter().position(|h| h == "Totaal (fte)").unwrap() as u32;
    let Some(Data::Float(v)) = staffing.get_value((1, total)) else {
        panic!("the total is a number")
    };
    assert!((v - 21.28).abs() <= 0.011, "2025 total {v}");
    let styles = wb.worksheet_style("Formatie").unwrap();
    let bold = styles
        .get((0, 0))
        .and_then(|s| s.font.as_ref())
        .is_some_and(|f| f.is_bold());
    assert!(bold, "header bold");
    let format = styles
        .get((1, 1))
        .and_then(|s| s.number_format.as_ref())
        .map(|n| n.format_code.clone());
    assert_eq!(format.as_deref(), Some("#,##0.00"));
    // The misprint of Tabel 7 is stated on the source-check sheet.
    let check = wb.worksheet_range("Bronnencontrole").unwrap();
    let text: String = check
        .cells()
        .map(|(_, _, d)| d.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("0,68 is vermoedelijk een drukfout: gerekend met 0,57"));
    let assumptions = wb.worksheet_range("Aannames").unwrap();
    assert!(
        assumptions
            .cells()
            .any(|(_, _, d)| matches!(d, Data::String(s) if s == "Gewichten"))
    );
}

#[test]
fn xlsx_needs_a_file() {
    let (_, stderr, code) = run(&["rapport", "--formaat", "xlsx"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("geef --uit PAD.xlsx"), "{stderr}");
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut file = archive.by_name(name).unwrap();
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

#[test]
fn the_appendix_has_word_headings_real_tables_and_the_figures_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bijlage");
    let (stdout, stderr, code) = run(&[
        "bijlage",
        "--set",
        "klankbordgroep",
        "--profiel",
        "Assen=0,0,0,0,1",
        "--uit",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("bijlage.docx"),
        "the extension is added: {stdout}"
    );
    let bytes = std::fs::read(dir.path().join("bijlage.docx")).unwrap();
    let document = part(&bytes, "word/document.xml");
    let styles = part(&bytes, "word/styles.xml");
    // Real headings: the built-in style name, which Word shows as Kop 1.
    assert!(
        styles.contains(r#"<w:name w:val="heading 1" />"#)
            || styles.contains(r#"<w:name w:val="heading 1"/>"#),
        "{styles}"
    );
    for heading in [
        "Minimale formatie per jaar",
        "Afleiding per cel",
        "Bronnencontrole",
        "Aannames",
        "Rangorde van de scenario",
        "Gemeenten",
        "Robuustheid",
    ] {
        assert!(document.contains(heading), "heading {heading}");
    }
    assert!(document.matches("<w:tbl>").count() >= 5, "real tables");
    // The klankbordgroep's roles and the correction of Tabel 7.
    assert!(document.contains("Toezicht Rechtmatigheid (2 personen)"));
    assert!(document.contains("0,68 is vermoedelijk een drukfout"));
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:language>nl-NL</dc:language>"));
    // Figures when a renderer exists; else the document says why.
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes.clone())).unwrap();
    let images = (0..archive.len())
        .filter(|&i| {
            let name = archive.by_index(i).unwrap().name().unwrap().to_string();
            name.starts_with("word/media/") && name.ends_with(".png")
        })
        .count();
    if images == 0 {
        assert!(
            document.contains("De figuren zijn niet getekend"),
            "no figures and no reason"
        );
        assert!(stderr.contains("De figuren zijn niet getekend"));
    } else {
        assert_eq!(images, 4, "staffing, ranking, cost profile, municipalities");
    }
}

#[test]
fn writing_where_it_cannot_says_so_in_dutch_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // A path that is a folder.
    let folder = dir.path().join("map.docx");
    std::fs::create_dir(&folder).unwrap();
    let (_, stderr, code) = run(&["bijlage", "--uit", folder.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("map"), "{stderr}");
    // A folder that does not exist.
    let missing = dir.path().join("bestaat-niet").join("w.xlsx");
    let (_, stderr, code) = run(&[
        "rapport",
        "--formaat",
        "xlsx",
        "--uit",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("bestaat-niet"), "{stderr}");
    // Nothing half-written next to them.
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

#[test]
fn without_a_renderer_the_appendix_is_made_without_figures_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bijlage.docx");
    // No DX12 on Linux: no adapter at all.
    let out = crate::common::program()
        .args(["bijlage", "--uit", path.to_str().unwrap()])
        .env("WGPU_BACKEND", "dx12")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("De figuren zijn niet getekend"), "{stderr}");
    let document = part(&std::fs::read(&path).unwrap(), "word/document.xml");
    assert!(document.contains("De figuren zijn niet getekend"));
    assert!(document.contains("Minimale formatie per jaar"));
}

/// The appendix's tables on paper: no column narrower than its longest
/// word, numbers right-aligned. Without figures, so no renderer is needed.
#[test]
fn the_appendix_tables_keep_words_whole_and_numbers_right_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bijlage.docx");
    let out = crate::common::program()
        .args(["bijlage", "--uit", path.to_str().unwrap()])
        // No DX12 on Linux: the appendix comes without figures, at once.
        .env("WGPU_BACKEND", "dx12")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let document = part(&std::fs::read(&path).unwrap(), "word/document.xml");
    let tables: Vec<&str> = document.split("<w:tbl>").skip(1).collect();
    // "Afleiding per cel": Jaar, Onderdeel, Berekening. Its Onderdeel
    // column holds "Bedrijfsvoering/beleid Wmo"; 22 characters of 11 pt
    // text take at least 22 × 6 pt = 132 pt = 2 640 twips (plus margins).
    let derivation = tables
        .iter()
        .find(|t| t.contains("Berekening"))
        .expect("the derivation table");
    let grid: Vec<usize> = derivation
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
        .collect();
    assert_eq!(grid.len(), 3, "{grid:?}");
    assert!(grid[1] >= 2640 + 200, "Onderdeel column {} twips", grid[1]);
    // "Minimale formatie per jaar": Tabel 7's 2025 total (21,28, computed
    // 21,29) right-aligned, like every number; the part names left.
    let staffing = tables
        .iter()
        .find(|t| t.contains("Onderdeel (fte)"))
        .expect("the staffing table");
    let cells: Vec<&str> = staffing.split("<w:tc>").skip(1).collect();
    let total = cells
        .iter()
        .find(|c| c.contains(">21,29<"))
        .expect("the 2025 total");
    assert!(total.contains("<w:jc w:val=\"right\""), "{total}");
    let management = cells.iter().find(|c| c.contains(">Management<")).unwrap();
    assert!(!management.contains("w:val=\"right\""));
}

/// The workbook on paper: A4 landscape, one page wide, the header on every
/// page, and columns that together fit the page at about full size.
#[test]
fn the_workbook_prints_on_a4_one_page_wide_at_readable_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("werkmap.xlsx");
    let (_, stderr, code) = run(&[
        "rapport",
        "--formaat",
        "xlsx",
        "--uit",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&path).unwrap();
    let workbook = part(&bytes, "xl/workbook.xml");
    for sheet in 1..=6 {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        assert!(xml.contains("paperSize=\"9\""), "sheet {sheet}: A4");
        assert!(xml.contains("orientation=\"landscape\""), "sheet {sheet}");
        assert!(
            xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "sheet {sheet}"
        );
        assert!(
            xml.contains("fitToHeight=\"0\""),
            "sheet {sheet}: pages down as needed"
        );
        assert!(
            xml.contains("&amp;P van &amp;N"),
            "sheet {sheet}: page numbers"
        );
        // Column widths (in digits of the default font, as Excel writes
        // them: +0,71 each) together within what an A4 landscape page
        // with narrow margins holds at 100 %: about 165.
        let widths: f64 = xml
            .split("<col ")
            .skip(1)
            .map(|c| {
                let attr = |name: &str| -> f64 {
                    let s = &c[c.find(&format!("{name}=\"")).unwrap() + name.len() + 2..];
                    s[..s.find('"').unwrap()].parse().unwrap()
                };
                (attr("max") - attr("min") + 1.0) * (attr("width") - 0.71)
            })
            .sum();
        assert!(widths <= 165.0, "sheet {sheet}: columns {widths:.0} wide");
    }
    assert_eq!(workbook.matches("_xlnm.Print_Titles").count(), 7);
}

/// The Done-when costs in every output: the workbook's sheet "Lasten per
/// gemeente" with amounts as numbers, the CSV rows, the appendix's section,
/// and the print width of the sheet.
#[test]
fn costs_per_municipality_in_the_workbook_csv_and_appendix() {
    let dir = tempfile::tempdir().unwrap();
    let key = [
        "--loonkosten",
        "100000",
        "--verdeelsleutel",
        "Aa en Hunze=17",
        "--verdeelsleutel",
        "Assen=31",
        "--verdeelsleutel",
        "Midden-Drenthe=18",
        "--verdeelsleutel",
        "Noordenveld=13",
        "--verdeelsleutel",
        "Tynaarlo=21",
    ];
    let path = dir.path().join("werkmap.xlsx");
    let mut args = vec![
        "rapport",
        "--formaat",
        "xlsx",
        "--uit",
        path.to_str().unwrap(),
    ];
    args.extend(key);
    let (_, stderr, code) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&path).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert!(wb.sheet_names().contains(&"Lasten per gemeente".to_owned()));
    let sheet = wb.worksheet_range("Lasten per gemeente").unwrap();
    assert_eq!(
        sheet.get_value((0, 2)),
        Some(&Data::String("2025 (€)".into()))
    );
    // Assen (row 2): 31 % of 21,29 fte × € 100.000 = 659.990, a number.
    assert_eq!(sheet.get_value((2, 0)), Some(&Data::String("Assen".into())));
    assert_eq!(sheet.get_value((2, 1)), Some(&Data::Float(0.31)));
    assert_eq!(sheet.get_value((2, 2)), Some(&Data::Float(659_990.0)));
    assert_eq!(
        sheet.get_value((6, 0)),
        Some(&Data::String("Totaal".into()))
    );
    assert_eq!(sheet.get_value((6, 2)), Some(&Data::Float(2_129_000.0)));
    // Printed like the other sheets: its columns within an A4 page.
    let workbook = part(&bytes, "xl/workbook.xml");
    assert!(workbook.contains("Lasten per gemeente"));

    let mut args = vec!["rapport", "--formaat", "csv"];
    args.extend(key);
    let (csv, stderr, code) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(csv.contains("Lasten per gemeente (hele euro's)"));
    assert!(csv.contains(
        "Assen;2025;31;659990;0;659990;Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"
    ));
    assert!(csv.contains("Totaal;2025;100;2129000;0;2129000;"));

    let path = dir.path().join("bijlage.docx");
    let mut args = vec!["bijlage", "--uit", path.to_str().unwrap()];
    args.extend(key);
    let (_, stderr, code) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    // Units stay with their numbers on paper: no-break spaces, read here
    // as spaces.
    let document = part(&std::fs::read(&path).unwrap(), "word/document.xml").replace('\u{a0}', " ");
    assert!(document.contains("Lasten per gemeente"));
    assert!(document.contains("659.990"));
    assert!(document.contains("Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"));
}

/// The appendix's title block says what it is about (data, source, set,
/// made) for any data: it took every line up to "Afleiding", and data
/// without a staffing table (Midden-Limburg) has none, so its title block
/// repeated every assumption of the Aannames section.
#[test]
fn the_appendix_title_block_is_the_same_lines_for_any_data() {
    use nmd_scenarios::model::load::load_folder;
    use nmd_scenarios::report::ReportContext;
    use nmd_scenarios::report::assumptions::{about_lines, assumption_lines};
    use nmd_scenarios::workspace::Workspace;
    for dir in ["scenarios", "scenarios/regio-midden-limburg"] {
        let folder = load_folder(std::path::Path::new(dir)).unwrap();
        let mut workspace = Workspace::new(folder, dir);
        let snapshot = workspace.snapshot();
        let ctx = ReportContext::of(&snapshot);
        let about = about_lines(&ctx);
        let labels: Vec<&str> = about.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels.first(), Some(&"Gegevens"), "{dir}: {labels:?}");
        assert_eq!(labels.last(), Some(&"Gemaakt"), "{dir}: {labels:?}");
        assert!(!labels.contains(&"Gewichten"), "{dir}: {labels:?}");
        assert!(assumption_lines(&ctx).starts_with(&about), "{dir}");
    }
}
