//! What it costs each municipality: loonkosten × fte by a verdeelsleutel
//! (`001_…` artikel 7–8), other costs, own distributions, transition
//! ranges; the key by inwoners of the Midden-Limburg advice (`004_…`); and
//! every bad input refused with its file, line and column.

use crate::common;

use common::{report_data, run};
use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::model::costs::{
    Amount, CostInputs, CostKey, KeyMethod, OwnShare, RangeFor, Transition, TransitionRange,
    key_shares, whole_percents,
};
use nmd_scenarios::model::load::load_dir;
use nmd_scenarios::model::{DataSet, Inputs, compute};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::path::Path;

const NMD: [&str; 5] = [
    "Aa en Hunze",
    "Assen",
    "Midden-Drenthe",
    "Noordenveld",
    "Tynaarlo",
];

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn key(method: KeyMethod, values: &[(&str, Decimal)]) -> CostKey {
    CostKey {
        method,
        values: values.iter().map(|(n, v)| ((*n).to_owned(), *v)).collect(),
        source: "test".into(),
    }
}

/// The Done-when inputs: € 100.000 per fte for all; 17/31/18/13/21 %.
fn done_when_inputs(data: &DataSet) -> Inputs {
    let mut inputs = Inputs::report_defaults(data);
    inputs.costs = CostInputs {
        wage_all: Some(Amount {
            eur: dec!(100000),
            source: "test".into(),
        }),
        key: Some(key(
            KeyMethod::Percent,
            &[
                ("Aa en Hunze", dec!(17)),
                ("Assen", dec!(31)),
                ("Midden-Drenthe", dec!(18)),
                ("Noordenveld", dec!(13)),
                ("Tynaarlo", dec!(21)),
            ],
        )),
        ..CostInputs::default()
    };
    inputs
}

/// Each municipality's total per year (whole euros).
fn totals(data: &DataSet, inputs: &Inputs, year: usize) -> Vec<Decimal> {
    let costs = compute(data, inputs).costs.expect("costs");
    costs.years[year]
        .per_participant
        .iter()
        .map(|p| p.total_eur.expect("a total"))
        .collect()
}

#[test]
fn the_done_when_example_by_hand() {
    let data = report_data();
    let inputs = done_when_inputs(&data);
    // 2025: 21,29 fte (the parts of Tabel 7's row as shown add up to
    // 21,29; the table prints 21,28) × € 100.000 = € 2.129.000.
    // 17 % = 361.930; 31 % = 659.990; 18 % = 383.220; 13 % = 276.770;
    // 21 % = 447.090; together 2.129.000.
    let expected = [
        dec!(361930),
        dec!(659990),
        dec!(383220),
        dec!(276770),
        dec!(447090),
    ];
    assert_eq!(totals(&data, &inputs, 0), expected);
    let costs = compute(&data, &inputs).costs.unwrap();
    assert_eq!(costs.years[0].total_eur, Some(dec!(2129000)));
    assert_eq!(expected.iter().sum::<Decimal>(), dec!(2129000));
    assert_eq!(
        nmd_scenarios::model::costs::derivation(&data, &costs, 0, 1),
        "Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"
    );
}

#[test]
fn the_done_when_example_on_the_command_line() {
    let (out, err, code) = run(&[
        "rapport",
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
    ]);
    assert_eq!(code, 0, "{err}");
    let section = out
        .split("LASTEN PER GEMEENTE")
        .nth(1)
        .expect("the section LASTEN PER GEMEENTE");
    for (name, amount) in [
        ("Aa en Hunze", "€ 361.930"),
        ("Assen", "€ 659.990"),
        ("Midden-Drenthe", "€ 383.220"),
        ("Noordenveld", "€ 276.770"),
        ("Tynaarlo", "€ 447.090"),
        ("Totaal", "€ 2.129.000"),
    ] {
        let row = section
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("a row for {name}"));
        // The first amount of the row is 2025's.
        let first = row.split("  ").map(str::trim).find(|c| c.starts_with('€'));
        assert_eq!(first, Some(amount), "{row}");
    }
    assert!(section.contains("Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"));
    // The assumptions state the inputs and their source.
    assert!(out.contains(
        "Loonkosten per fte: € 100.000 voor alle functies en rollen (bron: opdrachtregel)"
    ));
}

#[test]
fn the_parts_add_up_to_the_total_every_year() {
    let data = report_data();
    let mut inputs = done_when_inputs(&data);
    // Awkward numbers: 95.433,33 per fte and 33/33/34.
    inputs.costs.wage_all.as_mut().unwrap().eur = dec!(95433.33);
    inputs.costs.key = Some(key(
        KeyMethod::Percent,
        &[
            ("Aa en Hunze", dec!(33)),
            ("Assen", dec!(33)),
            ("Midden-Drenthe", dec!(34)),
            ("Noordenveld", dec!(0)),
            ("Tynaarlo", dec!(0)),
        ],
    ));
    let costs = compute(&data, &inputs).costs.unwrap();
    for year in &costs.years {
        let parts: Decimal = year
            .per_participant
            .iter()
            .filter_map(|p| p.total_eur)
            .sum();
        assert_eq!(Some(parts), year.total_eur, "{:?}", year.year);
        for p in &year.per_participant {
            assert_eq!(p.total_eur.unwrap().fract(), Decimal::ZERO, "whole euros");
        }
    }
}

#[test]
fn a_key_from_contributions_or_inhabitants_rounds_to_whole_percents_adding_to_100() {
    let nmd = names(&NMD);
    // Rijksbijdragen (euros): 18,6 + 52,3 + 24,9 + 23,1 + 25,8 mln = 144,7
    // mln; exact 12,85 / 36,14 / 17,21 / 15,96 / 17,83 %; rounded down
    // 12+36+17+15+17 = 97, the three largest remainders (0,96 0,85 0,83)
    // get one more: 13 / 36 / 17 / 16 / 18.
    let from_contributions = key_shares(
        &nmd,
        &key(
            KeyMethod::Contributions,
            &[
                ("Aa en Hunze", dec!(18600000)),
                ("Assen", dec!(52300000)),
                ("Midden-Drenthe", dec!(24900000)),
                ("Noordenveld", dec!(23100000)),
                ("Tynaarlo", dec!(25800000)),
            ],
        ),
    )
    .unwrap();
    assert_eq!(
        from_contributions.percents,
        [dec!(13), dec!(36), dec!(17), dec!(16), dec!(18)]
    );
    assert!(from_contributions.note.unwrap().contains("hele procenten"));
    // Inhabitants 1, 1, 1: 33,33 each; 99 rounded down, the first of the
    // equal remainders gets the last percent.
    assert_eq!(
        whole_percents(&[dec!(1), dec!(1), dec!(1)]).unwrap(),
        [dec!(34), dec!(33), dec!(33)]
    );
    // Inhabitants 25.000, 68.000, 33.000, 32.000, 34.000 (192.000): 13,02 /
    // 35,42 / 17,19 / 16,67 / 17,71 → 13 / 35 / 17 / 17 / 18.
    let from_inhabitants = key_shares(
        &nmd,
        &key(
            KeyMethod::Inhabitants,
            &[
                ("Aa en Hunze", dec!(25000)),
                ("Assen", dec!(68000)),
                ("Midden-Drenthe", dec!(33000)),
                ("Noordenveld", dec!(32000)),
                ("Tynaarlo", dec!(34000)),
            ],
        ),
    )
    .unwrap();
    assert_eq!(
        from_inhabitants.percents,
        [dec!(13), dec!(35), dec!(17), dec!(17), dec!(18)]
    );
    assert_eq!(from_inhabitants.percents.iter().sum::<Decimal>(), dec!(100));
}

#[test]
fn buurtkracht_charged_to_assen_moves_exactly_that_segments_cost() {
    let data = report_data();
    let by_key = done_when_inputs(&data);
    let mut own = by_key.clone();
    let segment = data
        .segments
        .iter()
        .position(|s| s.id == "wmo_assen")
        .unwrap();
    own.costs.own_shares = vec![OwnShare {
        segment,
        participants: vec!["Assen".into()],
        source: "test".into(),
        supervision_follows: false,
    }];
    // The segment's fte in 2025: its terms in the staffing derivation, each
    // as the derivation shows it (4 decimals), from the model's staffing;
    // by hand 0,1175 + 0,61 + 0,29 + 1,01 = 2,0275 fte.
    let outcome = compute(&data, &own);
    let year = &outcome.staffing[0];
    let mut segment_fte = Decimal::ZERO;
    for category in &year.categories {
        for term in &category.terms {
            if let nmd_scenarios::model::staffing::Term::Segment {
                segment: s, fte, ..
            } = term
                && *s == segment
            {
                segment_fte += fte.round_dp(4);
            }
        }
    }
    assert_eq!(segment_fte, dec!(2.0275));
    let segment_cost = segment_fte * dec!(100000);
    let before = totals(&data, &by_key, 0);
    let after = totals(&data, &own, 0);
    // The rest, 2.129.000 − 202.750 = 1.926.250, by the key; Assen its
    // 31 % of it and the whole segment: 327.462,50, 799.887,50, 346.725,
    // 250.412,50, 404.512,50. Rounded down they add up to 2.128.998; the
    // two euros go to the equal remainders (0,50) in the data's order.
    assert_eq!(
        after,
        [
            dec!(327463),
            dec!(799888),
            dec!(346725),
            dec!(250412),
            dec!(404512)
        ]
    );
    // Assen gains the segment minus its own 31 % of it, within the euro of
    // rounding.
    let moved = after[1] - before[1];
    assert!((moved - segment_cost * dec!(0.69)).abs() <= Decimal::ONE);
    assert_eq!(
        after.iter().sum::<Decimal>(),
        before.iter().sum::<Decimal>(),
        "the total does not move"
    );
}

#[test]
fn transition_ranges_follow_each_scenarios_level_or_its_own() {
    let data = report_data();
    let mut inputs = done_when_inputs(&data);
    let component = data
        .cost_profile
        .components
        .iter()
        .position(|c| c.id == "transitie");
    let level = |word: &str| {
        data.cost_profile
            .levels
            .iter()
            .position(|l| l == word)
            .unwrap()
    };
    inputs.costs.transition = Some(Transition {
        component,
        ranges: vec![
            TransitionRange {
                on: RangeFor::Level(level("Laag")),
                low_eur: dec!(50000),
                high_eur: dec!(100000),
                source: String::new(),
            },
            TransitionRange {
                on: RangeFor::Level(level("Hoog")),
                low_eur: dec!(600000),
                high_eur: dec!(1200000),
                source: String::new(),
            },
            // Scenario 3 typed itself (its level Midden has no range).
            TransitionRange {
                on: RangeFor::Scenario(2),
                low_eur: dec!(200000),
                high_eur: dec!(300000),
                source: String::new(),
            },
        ],
    });
    let costs = compute(&data, &inputs).costs.unwrap();
    // Tabel 5, Transitiekosten: Laag, Midden–hoog, Midden, Hoog.
    let t = &costs.transition;
    assert_eq!(t[0].level.as_deref(), Some("Laag"));
    assert_eq!(t[0].range_eur, Some((dec!(50000), dec!(100000))));
    // Laag € 50.000 × 31 % = € 15.500 for Assen.
    assert_eq!(t[0].per_participant[1], (dec!(15500), dec!(31000)));
    assert_eq!(t[1].range_eur, None, "Midden–hoog has no range");
    assert!(t[2].own_range);
    assert_eq!(t[2].range_eur, Some((dec!(200000), dec!(300000))));
    assert_eq!(t[3].range_eur, Some((dec!(600000), dec!(1200000))));
    assert!(
        costs
            .missing
            .contains(&"Transitiekosten voor het niveau Midden–hoog".to_owned()),
        "{:?}",
        costs.missing
    );
}

#[test]
fn midden_limburg_without_staffing_other_costs_transition_and_a_key_by_inhabitants() {
    let data = load_dir(Path::new("scenarios/regio-midden-limburg")).unwrap();
    assert!(data.categories.is_empty() && data.years.is_empty());
    let text = r#"(
        format: 1,
        name: "Bedrijfsvoering ML",
        costs: Some((
            other: [(name: "Entiteit", every_year: Some(700000), source: "test")],
            key: Some((method: "inwoners", values: [
                ("Echt-Susteren", 1), ("Leudal", 1), ("Maasgouw", 1), ("Nederweert", 1),
                ("Roerdalen", 1), ("Roermond", 1), ("Weert", 1),
            ])),
            transition: Some((ranges: [
                (scenario: Some("centrum"), low_eur: 70000, high_eur: 140000),
            ])),
        )),
    )"#;
    let opened = parse_set(&data, "ml.ron", text).expect("reads");
    let costs = compute(&data, &opened.set.inputs).costs.unwrap();
    // One period "per jaar"; seven equal shares: 100 / 7 = 14,29 → 15 for
    // the first two equal remainders, 14 for the rest (15+15+14×5 = 100).
    assert_eq!(costs.years.len(), 1);
    assert_eq!(costs.years[0].year, None);
    let shares = costs.key.as_ref().unwrap();
    assert_eq!(shares.percents[..2], [dec!(15), dec!(15)]);
    assert_eq!(shares.percents.iter().sum::<Decimal>(), dec!(100));
    // € 700.000 × 15 % = € 105.000; × 14 % = € 98.000.
    let totals: Vec<Decimal> = costs.years[0]
        .per_participant
        .iter()
        .map(|p| p.total_eur.unwrap())
        .collect();
    assert_eq!(totals[0], dec!(105000));
    assert_eq!(totals[6], dec!(98000));
    assert_eq!(totals.iter().sum::<Decimal>(), dec!(700000));
    let centrum = data.scenario_index("centrum").unwrap();
    assert_eq!(
        costs.transition[centrum].range_eur,
        Some((dec!(70000), dec!(140000)))
    );
    // The report says it per year, not per a year that does not exist.
    assert!(
        nmd_scenarios::model::costs::derivation(&data, &costs, 0, 0)
            .starts_with("Echt-Susteren per jaar: ")
    );
}

#[test]
fn a_set_with_costs_saves_and_reads_back_exactly() {
    let data = report_data();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/voorbeelden/lasten.ron");
    let text = std::fs::read_to_string(path).unwrap();
    let opened = parse_set(&data, "lasten.ron", &text).expect("the example reads");
    let costs = &opened.set.inputs.costs;
    assert_eq!(costs.wage_all.as_ref().unwrap().eur, dec!(85000));
    assert!(
        costs
            .wage_all
            .as_ref()
            .unwrap()
            .source
            .starts_with("VOORBEELD")
    );
    let written = nmd_scenarios::model::assumption_set::to_ron(&data, &opened.set);
    let again = parse_set(&data, "again.ron", &written).expect("reads back");
    assert_eq!(again.set.inputs.costs, *costs);
}

/// Every bad cost input of a set file: refused with its file, line and
/// column and a Dutch message that says what is wrong.
#[test]
fn every_bad_cost_input_is_refused_with_its_position() {
    let data = report_data();
    let costs =
        |body: &str| format!("(\n format: 1,\n name: \"x\",\n costs: Some((\n{body}\n )),\n)");
    let percent_key =
        |values: &str| format!(" key: Some((method: \"procenten\", values: [{values}])),");
    let all = r#"("Aa en Hunze", 17), ("Assen", 31), ("Midden-Drenthe", 18), ("Noordenveld", 13)"#;
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "percents that do not add up to 100",
            costs(&percent_key(&format!("{all}, (\"Tynaarlo\", 20)"))),
            "de percentages tellen op tot 99 %: 1 % te weinig",
        ),
        (
            "percents above 100",
            costs(&percent_key(&format!("{all}, (\"Tynaarlo\", 23)"))),
            "de percentages tellen op tot 102 %: 2 % te veel",
        ),
        (
            "a decimal percent",
            costs(&percent_key(&format!("{all}, (\"Tynaarlo\", 20.5)"))),
            "20,5 % is geen heel procent; de verdeelsleutel is in hele procenten (artikel 8.1)",
        ),
        (
            "a negative wage",
            costs(" wage_all: Some((eur: -5)),"),
            "loonkosten: loonkosten per fte −5 euro",
        ),
        (
            "an absurd wage",
            costs(" wage_all: Some((eur: 5000000)),"),
            "loonkosten: loonkosten per fte 5.000.000 euro",
        ),
        (
            "an unknown municipality",
            costs(&percent_key(&format!("{all}, (\"Groningen\", 21)"))),
            "onbekende deelnemer(s) in de verdeelsleutel: Groningen",
        ),
        (
            "an unknown category",
            costs(" wages: [(target: Category(\"kantine\"), eur: 1)],"),
            "onbekende functiecategorie 'kantine'",
        ),
        (
            "a municipality without a share",
            costs(&percent_key(
                r#"("Aa en Hunze", 17), ("Assen", 31), ("Midden-Drenthe", 18), ("Noordenveld", 34)"#,
            )),
            "geen aandeel in de verdeelsleutel voor Tynaarlo",
        ),
        (
            "an own distribution to nobody",
            costs(" own_shares: [(segment: \"wmo_assen\", participants: [])],"),
            "een eigen verdeling van 'wmo_assen' naar niemand",
        ),
        (
            "a transition range with low above high",
            costs(
                " transition: Some((component: Some(\"transitie\"), ranges: [(level: Some(\"Laag\"), low_eur: 200000, high_eur: 100000)])),",
            ),
            "Laag: de ondergrens € 200.000 is hoger dan de bovengrens € 100.000",
        ),
        (
            "all shares zero",
            costs(
                " key: Some((method: \"inwoners\", values: [(\"Aa en Hunze\", 0), (\"Assen\", 0), (\"Midden-Drenthe\", 0), (\"Noordenveld\", 0), (\"Tynaarlo\", 0)])),",
            ),
            "de inwoners tellen op tot 0: er is niets te verdelen",
        ),
        (
            "an unknown key method",
            costs(" key: Some((method: \"gelijk\", values: [])),"),
            "onbekende methode 'gelijk' voor de verdeelsleutel",
        ),
        (
            "an unknown level",
            costs(
                " transition: Some((component: Some(\"transitie\"), ranges: [(level: Some(\"Enorm\"), low_eur: 1, high_eur: 2)])),",
            ),
            "onbekend kostenniveau 'Enorm'",
        ),
        (
            "a year the data does not have",
            costs(" other: [(name: \"ICT\", per_year: {2031: 5})],"),
            "'ICT': onbekend jaar 2031",
        ),
    ];
    for (what, text, message) in cases {
        let errors = match parse_set(&data, "kosten.ron", &text) {
            Ok(_) => panic!("{what}: accepted"),
            Err(errors) => errors,
        };
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let hit = shown
            .iter()
            .find(|e| e.contains(message))
            .unwrap_or_else(|| panic!("{what}: no '{message}' in {shown:?}"));
        // kosten.ron:LINE:COLUMN: …
        let mut parts = hit.splitn(4, ':');
        assert_eq!(parts.next(), Some("kosten.ron"), "{what}: {hit}");
        let line: usize = parts.next().unwrap().trim().parse().unwrap_or(0);
        let column: usize = parts.next().unwrap().trim().parse().unwrap_or(0);
        assert!(line >= 5 && column > 0, "{what}: no position in {hit}");
    }
}

#[test]
fn bad_cost_options_on_the_command_line() {
    for (args, message) in [
        (
            vec!["--verdeelsleutel", "Assen=101"],
            "--verdeelsleutel 'Assen=101': aandeel in de verdeelsleutel 101 %",
        ),
        (
            vec!["--verdeelsleutel", "Assen=30,5"],
            "30,5 % is geen heel procent",
        ),
        (
            vec!["--verdeelsleutel", "Assen=100"],
            "--verdeelsleutel: geen aandeel in de verdeelsleutel voor Aa en Hunze, Midden-Drenthe, Noordenveld, Tynaarlo",
        ),
        (
            vec!["--verdeelsleutel", "Emmen=100"],
            "onbekende deelnemer(s) in de verdeelsleutel: Emmen",
        ),
        (
            vec!["--loonkosten=-1"],
            "--loonkosten '-1': loonkosten per fte",
        ),
        (
            vec!["--loonkosten", "kantine=90000"],
            "--loonkosten: onbekende functiecategorie of rol 'kantine'",
        ),
        (
            vec!["--verdeelsleutel", "Assen"],
            "--verdeelsleutel 'Assen': gebruik \"NAAM=PCT\"",
        ),
    ] {
        let mut all = vec!["rapport"];
        all.extend(args.iter());
        let (_, err, code) = run(&all);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn two_sets_compared_say_who_pays_how_much_more() {
    let data = report_data();
    let a = done_when_inputs(&data);
    let mut b = a.clone();
    b.costs.wage_all.as_mut().unwrap().eur = dec!(110000);
    let comparison = nmd_scenarios::model::compare::compare(&data, "A", &a, "B", &b);
    // 2028: 11,28 fte × € 10.000 more × 31 % = € 34.968 more for Assen.
    assert!(
        comparison
            .differences
            .iter()
            .any(|d| d.starts_with("Assen betaalt in 2028 € 34.968 meer in B dan in A")),
        "{:#?}",
        comparison.differences
    );
    assert!(
        comparison
            .differences
            .iter()
            .any(|d| d == "Loonkosten per fte: € 110.000 voor alle functies en rollen (bron: test) in B, € 100.000 voor alle functies en rollen (bron: test) in A")
    );
}

#[test]
fn profiles_and_key_are_taken_from_other_sets_with_a_sentence_each() {
    let data = report_data();
    let mut into = Inputs::report_defaults(&data);
    let five = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/voorbeelden/vijf-profielen.ron"
    ))
    .unwrap();
    let five = parse_set(&data, "vijf.ron", &five).unwrap().set;
    let sentence = nmd_scenarios::model::assumption_set::take_profiles_and_key(
        &mut into,
        &five.inputs,
        &five.name,
    );
    assert_eq!(into.profiles.len(), 5);
    assert!(sentence.starts_with(
        "Uit 'Voorbeeld: vijf profielen (verzonnen)' overgenomen: profiel Aa en Hunze"
    ));
    // Assen's adviser typed Assen's inhabitants; the chair had percents.
    let mut chair = done_when_inputs(&data);
    let mut assen = Inputs::report_defaults(&data);
    assen.costs.key = Some(key(KeyMethod::Inhabitants, &[("Assen", dec!(68000))]));
    let sentence =
        nmd_scenarios::model::assumption_set::take_profiles_and_key(&mut chair, &assen, "Assen");
    assert!(
        sentence.contains(
            "de verdeelsleutel is naar inwoners, deze set naar procenten: niet overgenomen"
        ),
        "{sentence}"
    );
    // Same method, another value: replaced and said.
    let mut assen = Inputs::report_defaults(&data);
    assen.costs.key = Some(key(KeyMethod::Percent, &[("Assen", dec!(30))]));
    let sentence =
        nmd_scenarios::model::assumption_set::take_profiles_and_key(&mut chair, &assen, "Assen");
    assert!(
        sentence.contains("Assen had in de verdeelsleutel 31; vervangen door 30"),
        "{sentence}"
    );
}

#[test]
fn profiles_from_on_the_command_line_says_what_it_took() {
    let (out, err, code) = run(&[
        "rapport",
        "--profielen-uit",
        "docs/voorbeelden/vijf-profielen.ron",
        "--profielen-uit",
        "docs/voorbeelden/lasten.ron",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            "Uit 'Voorbeeld: vijf profielen (verzonnen)' overgenomen: profiel Aa en Hunze"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "Uit 'Voorbeeld: lasten per gemeente' overgenomen: verdeelsleutel Aa en Hunze"
        ),
        "{err}"
    );
    assert!(out.contains("LASTEN PER GEMEENTE"));
}
