//! Every printed derivation of the costs recomputes from the numbers it
//! shows (`derivation_parser.rs`, a reader that shares no code with the
//! program): the text report, the CSV and the workbook, for the cases of
//! issue 29 and more (own distributions among several participants, a
//! wage with cents, a key from amounts, another region). And what the
//! derivations add up to is what the tables say.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::common::run;
use crate::derivation_parser as parse;

/// A case: options for `rapport`, and the participants of its data.
pub struct Case {
    pub name: &'static str,
    pub args: Vec<String>,
    pub participants: Vec<&'static str>,
}

const NMD: [&str; 5] = [
    "Aa en Hunze",
    "Assen",
    "Midden-Drenthe",
    "Noordenveld",
    "Tynaarlo",
];

const ML: [&str; 7] = [
    "Echt-Susteren",
    "Leudal",
    "Maasgouw",
    "Nederweert",
    "Roerdalen",
    "Roermond",
    "Weert",
];

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/costs/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// The cases every output is checked on.
pub fn cases() -> Vec<Case> {
    let key = [
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
    let nmd = |name, args: &[&str]| Case {
        name,
        args: strings(args),
        participants: NMD.to_vec(),
    };
    vec![
        nmd("80357", &["--set", &fixture("loon-80357.ron")]),
        nmd(
            "loon met centen",
            &[&["--loonkosten", "95.500,50"], &key[..]].concat(),
        ),
        nmd(
            "done-when",
            &[&["--loonkosten", "100000"], &key[..]].concat(),
        ),
        nmd("buurtkracht", &["--set", &fixture("eigen-buurtkracht.ron")]),
        nmd(
            "buurtkracht zonder toezicht",
            &[
                "--set",
                &fixture("eigen-buurtkracht.ron"),
                "--toezicht-eigen-verdeling",
                "nee",
            ],
        ),
        nmd("twee dragen", &["--set", &fixture("eigen-twee.ron")]),
        nmd("halve euro", &["--set", &fixture("halve-euro.ron")]),
        nmd("gelijke rest", &["--set", &fixture("gelijke-rest.ron")]),
        nmd(
            "voorbeeld",
            &[
                "--set",
                concat!(env!("CARGO_MANIFEST_DIR"), "/docs/voorbeelden/lasten.ron"),
            ],
        ),
        nmd(
            "klankbordgroep",
            &[
                &["--set", "klankbordgroep", "--loonkosten", "87.654,32"],
                &key[..],
            ]
            .concat(),
        ),
        Case {
            name: "midden-limburg",
            args: strings(&[
                "--data",
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/scenarios/regio-midden-limburg"
                ),
                "--set",
                &fixture("ml.ron"),
            ]),
            participants: ML.to_vec(),
        },
    ]
}

/// `rapport` with the case's options and `extra`; stdout.
pub fn output(case: &Case, extra: &[&str]) -> String {
    let mut args = vec!["rapport"];
    args.extend(case.args.iter().map(String::as_str));
    args.extend(extra);
    let (out, err, code) = run(&args);
    assert_eq!(code, 0, "{}: {err}", case.name);
    out
}

/// The costs section of the text report.
fn section(out: &str) -> Vec<&str> {
    out.lines()
        .skip_while(|l| !l.starts_with("LASTEN PER"))
        .take_while(|l| !l.starts_with("HOE ROBUUST") && !l.starts_with("LOGBOEK"))
        .collect()
}

/// The table of the text report: per row name its amounts per period.
pub fn text_table(case: &Case, out: &str) -> BTreeMap<String, Vec<Decimal>> {
    let mut table = BTreeMap::new();
    for line in section(out) {
        let name = case
            .participants
            .iter()
            .copied()
            .chain([
                "Totaal",
                "  waarvan personeel",
                "  waarvan overige kosten",
                "  afronding",
            ])
            .find(|n| line.starts_with(&format!("{n}  ")));
        let Some(name) = name else { continue };
        let cells: Vec<Decimal> = line[name.len()..]
            .split("  ")
            .map(str::trim)
            .filter(|c| c.contains('€'))
            .map(|c| parse::amount(&c.replace("€ −", "−€ ")).unwrap().0)
            .collect();
        table.insert(name.trim().to_owned(), cells);
    }
    table
}

/// The block of lines under `title` (indented two spaces).
fn block<'a>(lines: &[&'a str], title: &str) -> Vec<&'a str> {
    lines
        .iter()
        .skip_while(|l| !l.starts_with(title))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.trim())
        .collect()
}

#[test]
fn every_derivation_of_the_text_report_recomputes_and_adds_up_to_the_table() {
    for case in cases() {
        let out = output(&case, &[]);
        let lines = section(&out);
        let table = text_table(&case, &out);
        let periods = table["Totaal"].len();
        let derivations = block(&lines, "Afleiding per gemeente en jaar");
        assert_eq!(
            derivations.len(),
            periods * case.participants.len(),
            "{}",
            case.name
        );
        let mut sums = vec![Decimal::ZERO; periods];
        for (k, line) in derivations.iter().enumerate() {
            let (head, total) =
                parse::derivation(line).unwrap_or_else(|e| panic!("{}: {e}", case.name));
            let (p, i) = (k / case.participants.len(), k % case.participants.len());
            let name = case.participants[i];
            assert!(head.starts_with(name), "{}: {head}", case.name);
            let total = total.expect("known");
            assert_eq!(total, table[name][p], "{}: {line}", case.name);
            sums[p] += total;
        }
        assert_eq!(sums, table["Totaal"], "{}: the rows add up", case.name);
        for line in block(&lines, "Afronding per jaar") {
            parse::rounding_line(line).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        }
        for line in block(&lines, "Personeel per onderdeel") {
            parse::clauses_line(line).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        }
        let totals = block(&lines, "Totaal per jaar");
        assert_eq!(totals.len(), periods, "{}", case.name);
        for (p, line) in totals.iter().enumerate() {
            let total = parse::total_line(line).unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_eq!(total, Some(table["Totaal"][p]), "{}: {line}", case.name);
        }
    }
}

/// CSV fields, `"…"` quoting undone.
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.trim_end_matches(['\r', '\n']).chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ';' if !quoted => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

fn number(text: &str) -> Option<Decimal> {
    parse::dutch(text)
}

/// The CSV: every derivation recomputes and matches its row; every part
/// row of "Afleiding lasten" recomputes (fte × loonkosten × deel / van, or
/// bedrag × deel / van, to the cent), and parts plus rounding make the
/// whole euros.
#[test]
fn every_derivation_and_part_of_the_csv_recomputes() {
    for case in cases() {
        let csv = output(&case, &["--formaat", "csv"]);
        let rows: Vec<Vec<String>> = csv.lines().map(fields).collect();
        let mut checked = 0;
        for row in rows.iter().filter(|r| r.len() == 7) {
            let Some(total) = number(&row[5]) else {
                continue;
            };
            if !case.participants.contains(&row[0].as_str()) {
                continue;
            }
            let (_, shown) =
                parse::derivation(&row[6]).unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_eq!(shown, Some(total), "{}: {row:?}", case.name);
            assert_eq!(
                number(&row[3]).unwrap() + number(&row[4]).unwrap(),
                total,
                "{}: exact + afronding = totaal in {row:?}",
                case.name
            );
            checked += 1;
        }
        assert!(checked > 0, "{}: no derivation rows", case.name);
        let start = rows
            .iter()
            .position(|r| r[0] == "Afleiding lasten (één rij per onderdeel)")
            .unwrap_or_else(|| panic!("{}: no 'Afleiding lasten' block", case.name));
        let mut shown_sum = Decimal::ZERO;
        let mut exact_sum = Decimal::ZERO;
        let mut parts = 0;
        for row in rows[start + 2..].iter().take_while(|r| r.len() == 13) {
            let exact = number(&row[11]);
            match row[2].as_str() {
                "afronding (naar hele euro's)" => shown_sum += exact.unwrap(),
                "totaal" => {
                    assert_eq!(Some(shown_sum), number(&row[12]), "{}: {row:?}", case.name);
                    assert_eq!(
                        exact_sum.round_dp_with_strategy(
                            2,
                            rust_decimal::RoundingStrategy::MidpointAwayFromZero
                        ),
                        exact.unwrap(),
                        "{}: {row:?}",
                        case.name
                    );
                    shown_sum = Decimal::ZERO;
                    exact_sum = Decimal::ZERO;
                }
                _ => {
                    let base = match (number(&row[4]), number(&row[5]), number(&row[6])) {
                        (Some(fte), Some(wage), None) => fte * wage,
                        (None, None, Some(amount)) => amount,
                        other => panic!("{}: {other:?} in {row:?}", case.name),
                    };
                    let value = base * number(&row[9]).unwrap() / number(&row[10]).unwrap();
                    let cents = value.round_dp_with_strategy(
                        2,
                        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                    );
                    assert_eq!(Some(cents), exact, "{}: {row:?}", case.name);
                    assert_eq!(
                        number(&row[8]),
                        case_percent(&rows, &row[0]),
                        "{}: the key in {row:?}",
                        case.name
                    );
                    shown_sum += cents;
                    exact_sum += value;
                    parts += 1;
                }
            }
        }
        assert!(parts > 0, "{}: no part rows", case.name);
    }
}

/// A participant's whole percent from the CSV's derivation rows.
fn case_percent(rows: &[Vec<String>], name: &str) -> Option<Decimal> {
    rows.iter()
        .find(|r| r.len() == 7 && r[0] == name)
        .and_then(|r| number(&r[2]))
}

fn float(cell: Option<&Data>) -> Option<f64> {
    match cell? {
        Data::Float(v) => Some(*v),
        Data::Int(v) => Some(*v as f64),
        _ => None,
    }
}

/// The workbook: the derivations on the Lasten sheet recompute; every row
/// of "Afleiding lasten" recomputes from its cells (the values the
/// formulas cache), and its rounded amounts are the Lasten sheet's.
#[test]
fn every_derivation_and_part_of_the_workbook_recomputes() {
    let dir = tempfile::tempdir().unwrap();
    for case in cases() {
        let path = dir.path().join("w.xlsx");
        output(
            &case,
            &["--formaat", "xlsx", "--uit", path.to_str().unwrap()],
        );
        let bytes = std::fs::read(&path).unwrap();
        let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let lasten = wb.worksheet_range("Lasten per gemeente").unwrap();
        let mut derivations = 0;
        for row in lasten.rows() {
            if let Some(Data::String(text)) = row.first()
                && case
                    .participants
                    .iter()
                    .any(|p| text.starts_with(&format!("{p} ")))
                && text.contains(": ")
            {
                parse::derivation(text).unwrap_or_else(|e| panic!("{}: {e}", case.name));
                derivations += 1;
            }
        }
        assert!(derivations > 0, "{}", case.name);
        let sheet = wb.worksheet_range("Afleiding lasten").unwrap();
        let mut exact_sum = 0.0;
        let mut rounded = Vec::new();
        for r in 1..sheet.height() as u32 {
            let cell = |c: u32| sheet.get_value((r, c));
            let post = match cell(2) {
                Some(Data::String(s)) => s.clone(),
                _ => continue,
            };
            let m = float(cell(12));
            match post.as_str() {
                "personeel" | "overige kosten" => {
                    let base = match (float(cell(5)), float(cell(6)), float(cell(7))) {
                        (Some(fte), Some(wage), None) => fte * wage,
                        (None, None, Some(amount)) => amount,
                        other => panic!("{}: row {r}: {other:?}", case.name),
                    };
                    let value = base * float(cell(10)).unwrap() / float(cell(11)).unwrap();
                    let m = m.unwrap();
                    assert!(
                        (value - m).abs() < 1e-6 * m.abs().max(1.0),
                        "{}: row {r}",
                        case.name
                    );
                    exact_sum += m;
                }
                "exact samen" => {
                    let m = m.unwrap();
                    assert!(
                        (exact_sum - m).abs() < 1e-6 * m.abs().max(1.0),
                        "{}: row {r}",
                        case.name
                    );
                }
                "afronding" => exact_sum += m.unwrap(),
                "afgerond" => {
                    let n = float(cell(13)).unwrap();
                    assert!(
                        (exact_sum - n).abs() < 1e-6 * n.abs().max(1.0),
                        "{}: row {r}",
                        case.name
                    );
                    assert_eq!(n.fract(), 0.0, "{}: row {r}", case.name);
                    rounded.push(n);
                    exact_sum = 0.0;
                }
                _ => {}
            }
        }
        // The Lasten sheet's cells, period by period, are these amounts.
        let periods = (2..lasten.width() as u32)
            .filter(|&c| {
                matches!(lasten.get_value((0, c)), Some(Data::String(t)) if t.ends_with("(€)"))
            })
            .count();
        let mut from_sheet = Vec::new();
        for p in 0..periods {
            for i in 0..case.participants.len() {
                from_sheet.push(float(lasten.get_value((i as u32 + 1, p as u32 + 2))).unwrap());
            }
        }
        assert_eq!(rounded, from_sheet, "{}", case.name);
        let text = text_table(&case, &output(&case, &[]));
        for (i, name) in case.participants.iter().enumerate() {
            for p in 0..periods {
                let v = Decimal::from_f64(from_sheet[p * case.participants.len() + i]).unwrap();
                assert_eq!(v, text[*name][p], "{}: {name}", case.name);
            }
        }
    }
}
