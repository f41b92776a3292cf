//! The cost per scenario on paper says what the text report says: every
//! amount, P-value and chance of the Word appendix's tables is the text
//! report's for the same state, the example's are the hand
//! figures, and an empty range says "onbekend". (The workbook:
//! `scenario_costs_libreoffice.rs`.)

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use rust_decimal::Decimal;

use crate::derivation_parser as parse;
use crate::scenario_costs_text::{
    Figures, HAND_ASSEN_1, HAND_REGION, NMD, cases, report, text_figures,
};

/// The tables of a Word document: rows of cell texts (no-break spaces
/// read as spaces).
fn tables(docx: &[u8]) -> Vec<Vec<Vec<String>>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let texts = |cell: &str| -> String {
        let mut out = String::new();
        let mut rest = cell;
        while let Some(at) = rest.find("<w:t") {
            rest = &rest[at..];
            let open = rest.find('>').unwrap();
            let tag = &rest[..open];
            rest = &rest[open + 1..];
            if !(tag == "<w:t" || tag.starts_with("<w:t ")) {
                continue;
            }
            let end = rest.find("</w:t>").unwrap();
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        }
        out.replace('\u{a0}', " ").replace("&amp;", "&")
    };
    xml.split("<w:tbl>")
        .skip(1)
        .map(|table| {
            let table = table.split("</w:tbl>").next().unwrap();
            table
                .split("<w:tr>")
                .skip(1)
                .map(|row| row.split("<w:tc>").skip(1).map(texts).collect())
                .collect()
        })
        .collect()
}

fn amount(cell: &str) -> Decimal {
    parse::amount(&format!("€ {cell}"))
        .unwrap_or_else(|| panic!("no amount in '{cell}'"))
        .0
}

/// The appendix's figures by (scenario, who), from its tables of amounts
/// and of P-values.
fn appendix_figures(
    tables: &[Vec<Vec<String>>],
    labels: &[String],
) -> BTreeMap<(String, String), Figures> {
    let mut out: BTreeMap<(String, String), Figures> = BTreeMap::new();
    let label_of = |cell: &str| {
        labels
            .iter()
            .find(|l| cell.starts_with(l.as_str()))
            .cloned()
    };
    for table in tables {
        let header = &table[0];
        let quantiles = header.get(1).is_some_and(|h| h == "P10 (€)");
        if !(quantiles || header.get(1).is_some_and(|h| h == "Laag (€)")) {
            continue;
        }
        let scenario_of_table = label_of(&header[0]).unwrap_or_default();
        for row in &table[1..] {
            let (scenario, who) = if header[0] == "Scenario" {
                (label_of(&row[0]).unwrap(), "Regio".to_owned())
            } else {
                (scenario_of_table.clone(), row[0].clone())
            };
            let numbers = [amount(&row[1]), amount(&row[2]), amount(&row[3])];
            let entry = out.entry((scenario, who)).or_insert(Figures {
                amounts: [Decimal::ZERO; 3],
                quantiles: None,
                chance: None,
            });
            if quantiles {
                entry.quantiles = Some(numbers);
                entry.chance = Some(row[4].clone());
            } else {
                entry.amounts = numbers;
            }
        }
    }
    out
}

#[test]
fn the_appendix_states_the_text_reports_cost_per_scenario_and_says_onbekend() {
    let dir = tempfile::tempdir().unwrap();
    for (n, case) in cases(dir.path()).iter().enumerate() {
        let text = text_figures(&report(case, &[]), &NMD);
        assert_eq!(text.len(), 24, "{}", case.name);
        let path = dir.path().join(format!("{n}.docx"));
        let mut args = vec!["bijlage"];
        args.extend(case.args.iter().map(String::as_str));
        args.extend(["--uit", path.to_str().unwrap()]);
        let (_, err, code) = crate::common::run(&args);
        assert_eq!(code, 0, "{err}");
        let tables = tables(&std::fs::read(&path).unwrap());
        let labels: Vec<String> = text.keys().map(|(s, _)| s.clone()).collect();
        let paper = appendix_figures(&tables, &labels);
        assert_eq!(paper.len(), text.len(), "{}: {paper:?}", case.name);
        for (key, figures) in &text {
            let on_paper = &paper[key];
            assert_eq!(on_paper.amounts, figures.amounts, "{}: {key:?}", case.name);
            assert_eq!(
                on_paper.quantiles, figures.quantiles,
                "{}: {key:?}",
                case.name
            );
            if let Some(c) = &figures.chance {
                assert_eq!(on_paper.chance.as_ref(), Some(c), "{}: {key:?}", case.name);
            }
        }
        if n == 0 {
            for (scenario, low, high) in HAND_REGION {
                let (_, f) = paper
                    .iter()
                    .find(|((s, w), _)| s.starts_with(scenario) && w == "Regio")
                    .unwrap();
                let expected = (Decimal::from(low), Decimal::from(high));
                assert_eq!((f.amounts[0], f.amounts[2]), expected, "{scenario}");
            }
            let (_, assen) = paper
                .iter()
                .find(|((s, w), _)| s.starts_with("Scenario 1 ") && w == "Assen")
                .unwrap();
            let expected = (Decimal::from(HAND_ASSEN_1.0), Decimal::from(HAND_ASSEN_1.1));
            assert_eq!((assen.amounts[0], assen.amounts[2]), expected);
        } else {
            // Schaalvoordelen has no range for Laag (scenario 1's level).
            let components = tables
                .iter()
                .find(|t| t[0].first().is_some_and(|h| h == "Onderdeel"))
                .unwrap();
            let row = components
                .iter()
                .find(|r| r[0] == "Schaalvoordelen")
                .unwrap();
            assert!(row[2].contains("onbekend: niveau Laag"), "{row:?}");
            let region = tables
                .iter()
                .flat_map(|t| t.iter())
                .find(|r| r[0].starts_with("Scenario 1 "))
                .unwrap();
            assert!(
                region[0].contains("onvolledig") && region[0].contains("onbekend"),
                "{region:?}"
            );
        }
    }
}
