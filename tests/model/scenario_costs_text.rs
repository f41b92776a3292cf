//! The figures of KOSTEN PER SCENARIO as the text report prints them, read
//! back from its lines (no code shared with the program): per scenario and
//! who (the region, each participant) laag, midden and hoog, P10/P50/P90
//! and the chance of being the cheapest; the oracle the workbook, the
//! appendix and the comparison are checked against. And the cases those
//! checks run on.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::common::run;
use crate::derivation_parser as parse;

/// One scenario for one who, as the text report says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// Laag, midden, hoog.
    pub amounts: [Decimal; 3],
    /// P10, P50, P90; `None` for an incomplete scenario.
    pub quantiles: Option<[Decimal; 3]>,
    /// "100 %", "minder dan 1 %"; `None` when the report gives none.
    pub chance: Option<String>,
}

/// Every euro amount of a line, in order ("€ 1.150.000", "€ −5", "−€ 5").
pub fn euros(line: &str) -> Vec<Decimal> {
    let mut out = Vec::new();
    for (at, _) in line.match_indices('€') {
        let before = line[..at].trim_end();
        let negative_before = before.ends_with('−');
        let rest = line[at + '€'.len_utf8()..].trim_start();
        let (negative_after, rest) = match rest.strip_prefix('−') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let number: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        let number = number.trim_end_matches(['.', ',']);
        let Some((value, _)) = parse::amount(&format!("€ {number}")) else {
            continue;
        };
        out.push(if negative_before || negative_after {
            -value
        } else {
            value
        });
    }
    out
}

/// The section's lines.
pub fn section(out: &str) -> Vec<&str> {
    out.lines()
        .skip_while(|l| !l.starts_with("KOSTEN PER SCENARIO"))
        .take_while(|l| !l.starts_with("HOE ROBUUST") && !l.starts_with("LOGBOEK"))
        .collect()
}

/// The chances of "…: Scenario 1 – X 100 %, Scenario 2 – Y 0 %." by label.
fn chances(list: &str, labels: &[String]) -> BTreeMap<String, String> {
    let list = list.trim_end_matches('.');
    let mut out = BTreeMap::new();
    for item in list.split(", ") {
        if let Some(label) = labels.iter().find(|l| item.starts_with(l.as_str())) {
            out.insert(label.clone(), item[label.len()..].trim().to_owned());
        }
    }
    out
}

/// Every figure of the section, by (scenario, who); who is "Regio" or a
/// participant of `participants`.
pub fn text_figures(out: &str, participants: &[&str]) -> BTreeMap<(String, String), Figures> {
    let lines = section(out);
    let table: Vec<&str> = lines
        .iter()
        .copied()
        .skip_while(|l| !l.trim_start().starts_with("Scenario (regio)"))
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with("Afleiding"))
        .collect();
    let mut figures = BTreeMap::new();
    let mut labels: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    for line in table {
        let trimmed = line.trim();
        let amounts = euros(line);
        if line.starts_with("    ") && amounts.len() == 3 {
            let who = participants
                .iter()
                .find(|p| trimmed.starts_with(&format!("{p}  ")))
                .unwrap_or_else(|| panic!("no participant in '{line}'"));
            let scenario = current.clone().expect("a scenario above");
            let f = [amounts[0], amounts[2], amounts[1]];
            figures.insert((scenario, (*who).to_owned()), f);
        } else if amounts.len() == 3 {
            let label = trimmed.split("  ").next().unwrap().to_owned();
            labels.push(label.clone());
            figures.insert(
                (label, "Regio".to_owned()),
                [amounts[0], amounts[2], amounts[1]],
            );
        } else if labels.iter().any(|l| l == trimmed) {
            current = Some(trimmed.to_owned());
        }
    }
    let mut quantiles: BTreeMap<(String, String), [Decimal; 3]> = BTreeMap::new();
    let mut chance: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut same_for_each = false;
    for line in &lines {
        let trimmed = line.trim();
        for label in &labels {
            let Some(rest) = trimmed.strip_prefix(&format!("{label}: ")) else {
                continue;
            };
            if rest.starts_with("P10 ") {
                let e = euros(rest);
                quantiles.insert((label.clone(), "Regio".into()), [e[0], e[1], e[2]]);
            } else {
                for item in rest.split("; ") {
                    let who = participants.iter().find(|p| item.starts_with(*p)).unwrap();
                    let e = euros(item);
                    quantiles.insert((label.clone(), (*who).to_owned()), [e[0], e[1], e[2]]);
                }
            }
        }
        if let Some(list) =
            trimmed.strip_prefix("Kans dat een scenario het goedkoopst is, voor de regio: ")
        {
            for (label, c) in chances(list, &labels) {
                chance.insert((label, "Regio".into()), c);
            }
        }
        for p in participants {
            let head = format!("Kans dat een scenario het goedkoopst is, voor {p} (");
            if let Some(rest) = trimmed.strip_prefix(&head) {
                let list = rest.split_once("): ").unwrap().1;
                for (label, c) in chances(list, &labels) {
                    chance.insert((label, (*p).to_owned()), c);
                }
            }
        }
        same_for_each |= trimmed.contains("dezelfde kansen");
    }
    figures
        .into_iter()
        .map(|((scenario, who), amounts)| {
            let key = (scenario.clone(), who.clone());
            let c = chance.get(&key).cloned().or_else(|| {
                same_for_each
                    .then(|| chance.get(&(scenario.clone(), "Regio".to_owned())).cloned())
                    .flatten()
            });
            let f = Figures {
                amounts,
                quantiles: quantiles.get(&key).copied(),
                chance: c,
            };
            (key, f)
        })
        .collect()
}

pub const NMD: [&str; 5] = [
    "Aa en Hunze",
    "Assen",
    "Midden-Drenthe",
    "Noordenveld",
    "Tynaarlo",
];

/// The example with more: a saving (schaalvoordelen) with a range for
/// Midden and Hoog only (Laag is empty: scenario 1 is incomplete, its
/// range "onbekend"), a high with cents and an odd euro so middles and
/// shares have remainders, and loonkosten so the costs equal in every
/// scenario count.
pub fn saving_set() -> String {
    crate::scenario_costs::EXAMPLE.replace(
        r#"(component: Some("schaalvoordelen"), kind: "niet in euro's"),"#,
        r#"(component: Some("schaalvoordelen"), kind: "besparing per jaar", ranges: [
                (level: Some("Midden"), low_eur: 10001, high_eur: 30000.50, source: "test"),
                (level: Some("Hoog"), low_eur: 20000, high_eur: 50001, source: "test"),
            ]),"#,
    )
}

/// A case: its name and the options of `rapport`.
pub struct Case {
    pub name: &'static str,
    pub args: Vec<String>,
}

/// The example as it is, and the saving set (written to `dir`) with
/// loonkosten.
pub fn cases(dir: &std::path::Path) -> Vec<Case> {
    let saving = dir.join("besparing.ron");
    std::fs::write(&saving, saving_set()).unwrap();
    vec![
        Case {
            name: "voorbeeld",
            args: vec!["--set".into(), "kosten-per-scenario".into()],
        },
        Case {
            name: "besparing met loonkosten",
            args: vec![
                "--set".into(),
                saving.to_str().unwrap().to_owned(),
                "--loonkosten".into(),
                "95.500,50".into(),
            ],
        },
    ]
}

/// `rapport` of `case` with `extra`; stdout.
pub fn report(case: &Case, extra: &[&str]) -> String {
    let mut args = vec!["rapport"];
    args.extend(case.args.iter().map(String::as_str));
    args.extend(extra);
    let (out, err, code) = run(&args);
    assert_eq!(code, 0, "{}: {err}", case.name);
    out
}

/// The issue's hand figures (its "Example" section, typed from its
/// inputs): per scenario number the region's laag and hoog over five
/// years; Assen's for scenario 1.
pub const HAND_REGION: [(&str, i64, i64); 4] = [
    ("Scenario 1 ", 550_000, 1_150_000),
    ("Scenario 2 ", 1_300_000, 2_200_000),
    ("Scenario 3 ", 1_650_000, 2_400_000),
    ("Scenario 4 ", 2_100_000, 3_200_000),
];
pub const HAND_ASSEN_1: (i64, i64) = (170_500, 356_500);
