//! The exports read well on paper (issue: "%" and "€" wrapped away from
//! their numbers, a long derivation table without its header on the next
//! page and rows split across pages, a heading orphaned at a page foot;
//! the workbook's Robuustheid printed at about 3 pt, headers broken inside
//! a word). Checked in the files themselves, as Word, Excel and
//! LibreOffice read them.

use std::collections::BTreeMap;
use std::io::Read;

use crate::common::run;

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The texts of the `tag` runs of some XML (`<w:t>` in Word, `<t>` in a
/// workbook's shared strings).
fn runs(xml: &str, tag: &str) -> Vec<String> {
    xml.split(&format!("<{tag}"))
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .map(|t| {
            t.split(&format!("</{tag}>"))
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

#[test]
fn the_appendix_keeps_units_headers_rows_and_headings_together() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bijlage.docx");
    let (_, stderr, code) = run(&[
        "bijlage",
        "--set",
        "lasten",
        "--uit",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let xml = zip_part(&std::fs::read(&path).unwrap(), "word/document.xml");
    // Every table repeats its header row on the next page, and no row is
    // split over two pages.
    let tables = xml.matches("<w:tbl>").count();
    assert!(tables >= 5, "{tables} tables");
    assert_eq!(xml.matches("<w:tblHeader").count(), tables);
    assert_eq!(
        xml.matches("<w:tr>").count(),
        xml.matches("<w:cantSplit").count()
    );
    // A heading stays with what follows it.
    for paragraph in xml
        .split("</w:p>")
        .filter(|p| p.contains("w:val=\"Heading"))
    {
        assert!(
            paragraph.contains("<w:keepNext"),
            "heading without keepNext: {paragraph}"
        );
    }
    // "€ 659.990", "31 %", "12 mln", "21,29 fte": never a plain space
    // between a number and its unit.
    for text in runs(&xml, "w:t") {
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(3) {
            let breakable = w[1] == ' ';
            assert!(
                !(breakable && (w[0] == '€' || (w[0].is_ascii_digit() && w[2] == '%'))),
                "a unit may wrap away from its number: {text:?}"
            );
        }
        for unit in ["mln", "fte"] {
            for (at, _) in text.match_indices(&format!(" {unit}")) {
                let before = text[..at].chars().last();
                assert!(
                    !before.is_some_and(|c| c.is_ascii_digit()),
                    "'{unit}' may wrap away from its number: {text:?}"
                );
            }
        }
    }
}

#[test]
fn the_workbook_prints_its_sentences_wrapped_and_its_headers_whole() {
    // Profiles, costs, and the other region (seven criteria, no staffing).
    for state in [
        ["--set", "vijf-profielen"],
        ["--set", "lasten"],
        ["--data", "midden-limburg"],
    ] {
        workbook_prints_whole(&state);
    }
}

fn workbook_prints_whole(state: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("werkmap.xlsx");
    let mut args = vec!["werkmap", "--uit", path.to_str().unwrap()];
    args.extend(state);
    let (_, stderr, code) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&path).unwrap();
    let workbook = zip_part(&bytes, "xl/workbook.xml");
    let shared: Vec<String> = zip_part(&bytes, "xl/sharedStrings.xml")
        .split("<si>")
        .skip(1)
        .map(|si| runs(si, "t").join(""))
        .collect();
    assert!(
        shared.iter().any(|s| s == "Scenario"),
        "shared strings read"
    );
    // Which cell styles wrap their text.
    let styles = zip_part(&bytes, "xl/styles.xml");
    let xfs = styles
        .split("<cellXfs")
        .nth(1)
        .and_then(|x| x.split("</cellXfs>").next())
        .unwrap_or_default();
    let wraps: Vec<bool> = xfs
        .split("<xf ")
        .skip(1)
        .map(|xf| {
            xf.split("</xf>")
                .next()
                .unwrap_or(xf)
                .contains("wrapText=\"1\"")
        })
        .collect();
    let names: Vec<&str> = workbook
        .split("<sheet ")
        .skip(1)
        .filter_map(|s| s.split("name=\"").nth(1)?.split('"').next())
        .collect();
    assert!(names.contains(&"Robuustheid"), "{names:?}");
    for (i, name) in names.iter().enumerate() {
        let sheet = zip_part(&bytes, &format!("xl/worksheets/sheet{}.xml", i + 1));
        sheet_prints_whole(&format!("{state:?} {name}"), &sheet, &shared, &wraps);
    }
}

/// Column widths of a sheet (characters), by column number from 1.
fn column_widths(sheet: &str) -> BTreeMap<usize, f64> {
    let mut widths = BTreeMap::new();
    for col in sheet.split("<col ").skip(1) {
        let attr = |a: &str| -> Option<f64> {
            col.split(&format!("{a}=\""))
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()
        };
        if let (Some(min), Some(max), Some(width)) = (attr("min"), attr("max"), attr("width")) {
            for c in min as usize..=max as usize {
                widths.insert(c, width);
            }
        }
    }
    widths
}

/// A wrapped text (a header) breaks between words only; an unwrapped one
/// runs over the empty cells to its right but never beyond the table,
/// which would shrink the printed page (one page wide) to a few points.
fn sheet_prints_whole(name: &str, sheet: &str, shared: &[String], wraps: &[bool]) {
    let widths = column_widths(sheet);
    for cell in sheet.split("<c ").skip(1).filter(|c| c.contains("t=\"s\"")) {
        let attr = |a: &str| cell.split(&format!("{a}=\"")).nth(1)?.split('"').next();
        let Some(reference) = attr("r") else {
            continue;
        };
        let column: usize = reference
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .fold(0, |n, c| n * 26 + (c as usize - 'A' as usize + 1));
        let index: usize = cell
            .split("<v>")
            .nth(1)
            .and_then(|v| v.split("</v>").next())
            .and_then(|v| v.parse().ok())
            .unwrap();
        let text = &shared[index];
        let width = widths.get(&column).copied().unwrap_or(8.43);
        let style: usize = attr("s").and_then(|s| s.parse().ok()).unwrap_or(0);
        let merged = sheet.contains(&format!("<mergeCell ref=\"{reference}:"));
        let wrapped = wraps.get(style).copied().unwrap_or(false);
        if wrapped && !merged {
            let longest = text.split_whitespace().map(|w| w.chars().count()).max();
            let longest = longest.unwrap_or(0) as f64;
            assert!(
                width >= longest + 1.0,
                "{name} {reference}: {text:?} in a column {width} wide breaks inside a word"
            );
        } else if !wrapped {
            let room: f64 = widths.range(column..).map(|(_, w)| *w).sum();
            assert!(
                text.chars().count() as f64 <= room.max(width) * 1.2,
                "{name} {reference}: {text:?} runs beyond the table ({room} wide)"
            );
        }
    }
}
