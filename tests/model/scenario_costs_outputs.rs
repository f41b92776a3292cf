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
    Figures, HAND_ASSEN_1, HAND_REGION, NMD, cases, euros, report, text_figures,
};

/// The tables of a Word document: rows of cell texts (no-break spaces
/// read as spaces).
pub fn tables(docx: &[u8]) -> Vec<Vec<Vec<String>>> {
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

/// Two sets side by side: A is the example over three years (by
/// --looptijd), B the example as it is (five). Each side's middle and range
/// per scenario are what that set's own text report says, the difference
/// is B's middle less A's (scenario 1: 850.000 − 550.000 = +300.000, by
/// hand: (350.000 + 750.000) / 2 against (550.000 + 1.150.000) / 2), and
/// the horizon is named as the input that differs; the CSV says the same.
#[test]
fn the_comparison_puts_each_sets_cost_per_scenario_side_by_side() {
    let three = ["--set", "kosten-per-scenario", "--looptijd", "2026:3"];
    let (own_a, _, _) = crate::common::run(&[&["rapport"][..], &three].concat());
    let (own_b, _, _) = crate::common::run(&["rapport", "--set", "kosten-per-scenario"]);
    let (a, b) = (text_figures(&own_a, &NMD), text_figures(&own_b, &NMD));
    let compare = [
        &["rapport"][..],
        &three,
        &["--vergelijk-met", "kosten-per-scenario"],
    ]
    .concat();
    let (out, err, code) = crate::common::run(&compare);
    assert_eq!(code, 0, "{err}");
    let section: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("KOSTEN PER SCENARIO"))
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(section[0].contains("A over 2026–2028 (3 jaar) | B over 2026–2030 (5 jaar)"));
    let mut rows = 0;
    for ((scenario, who), fa) in a.iter().filter(|((_, w), _)| w == "Regio") {
        let fb = &b[&(scenario.clone(), who.clone())];
        let line = section
            .iter()
            .find(|l| l.trim_start().starts_with(scenario.as_str()))
            .unwrap_or_else(|| panic!("no row {scenario}: {section:?}"));
        let [ma, la, ha] = [fa.amounts[1], fa.amounts[0], fa.amounts[2]];
        let [mb, lb, hb] = [fb.amounts[1], fb.amounts[0], fb.amounts[2]];
        assert_eq!(euros(line), vec![ma, la, ha, mb, lb, hb, mb - ma], "{line}");
        rows += 1;
    }
    assert_eq!(rows, 4);
    let first = section.iter().find(|l| l.contains("Scenario 1 ")).unwrap();
    assert!(first.ends_with("+€ 300.000"), "{first}");
    assert!(
        section
            .iter()
            .any(|l| l.contains("Looptijd: 2026–2030 (5 jaar) in ")
                && l.contains("2026–2028 (3 jaar) in ")),
        "{section:?}"
    );
    let csv = [&compare[..], &["--formaat", "csv"]].concat();
    let (csv, _, code) = crate::common::run(&csv);
    assert_eq!(code, 0);
    assert!(
        csv.contains(
            "Scenario 1 – Expertisecentrum;350000;550000;750000;550000;850000;1150000;300000"
        ),
        "{csv}"
    );
}
