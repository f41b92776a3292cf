//! The bestuurlijk overleg: each municipality's profile, the combined
//! profile, where they agree, band-SMAA, and the command line's --profiel.

use crate::common;
use crate::common::run;

use common::report_data;
use nmd_scenarios::model::additions::{GroupMean, Profile, WeightMethod, rank_order_centroid};
use nmd_scenarios::model::group::band::{Band, band_smaa, band_smaa_by_rejection, band_smaa_using};
use nmd_scenarios::model::group::{GroupOptions, combine, group};
use nmd_scenarios::model::{DataSet, Inputs};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const ISSUE_PROFILES: [&str; 10] = [
    "--profiel",
    "Aa en Hunze=1,3,1,1,1",
    "--profiel",
    "Assen=0,0,0,0,1",
    "--profiel",
    "Midden-Drenthe=1,2,1,1,1",
    "--profiel",
    "Noordenveld=2,2,1,1,1",
    "--profiel",
    "Tynaarlo=0,0,0,1,0",
];

fn profile(name: &str, weights: &[i64]) -> Profile {
    Profile {
        name: name.into(),
        method: WeightMethod::Typed,
        values: weights.iter().map(|&w| Decimal::from(w)).collect(),
    }
}

fn with_profiles(data: &DataSet, profiles: &[(&str, [i64; 5])]) -> Inputs {
    let mut inputs = Inputs::report_defaults(data);
    inputs.profiles = profiles.iter().map(|(n, w)| profile(n, w)).collect();
    inputs
}

const OPTIONS: GroupOptions = GroupOptions {
    seed: 76_271,
    draws: 10_000,
};

#[test]
fn the_report_names_each_winner_the_agreement_and_the_band() {
    let mut args = vec!["rapport"];
    args.extend(ISSUE_PROFILES);
    let (stdout, stderr, code) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    let section = stdout
        .split("GEMEENTEN")
        .nth(1)
        .expect("a GEMEENTEN section");
    // The participant label comes from the data ("gemeenten").
    for name in [
        "Aa en Hunze",
        "Assen",
        "Midden-Drenthe",
        "Noordenveld",
        "Tynaarlo",
    ] {
        assert!(section.contains(&format!("  {name}:")), "{name}");
    }
    // Scores (criteria.ron): Assen weighs only tempo, where Scenario 1 is
    // Sterk (5) and the others lower: Assen puts Scenario 1 first.
    // Tynaarlo weighs only schaal: Scenario 4 is Sterk there.
    assert!(section.contains(
        "Drie van de vijf gemeenten zetten Scenario 2 – Centrumregeling bovenaan (Aa en Hunze, Midden-Drenthe en Noordenveld); Assen zet Scenario 1 – Expertisecentrum bovenaan; Tynaarlo zet Scenario 4 – Inbedding JHRD bovenaan."
    ), "{section}");
    assert!(section.contains(
        "Binnen de bandbreedte van de vijf gemeenten staat Scenario 2 – Centrumregeling bij"
    ));
    // CSV: the same block.
    args.extend(["--formaat", "csv"]);
    let (csv, _, code) = run(&args);
    assert_eq!(code, 0);
    assert!(csv.contains("Gemeenten (gezamenlijk:"));
    assert!(csv.contains("Band-SMAA: scenario;Plaats 1"));
}

#[test]
fn bad_profiles_on_the_command_line_are_refused_in_dutch() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["--profiel", "Emmen=1,1,1,1,1"],
            "onbekende deelnemer 'Emmen'",
        ),
        (
            &[
                "--profiel",
                "Assen=1,1,1,1,1",
                "--profiel",
                "Assen=2,1,1,1,1",
            ],
            "'Assen' staat er twee keer in",
        ),
        (
            &["--profiel", "Assen=1,1,1"],
            "3 gewicht(en) gegeven, maar er zijn 5 criteria",
        ),
        (&["--profiel", "Assen=1,-1,1,1,1"], "--profiel 'Assen'"),
        (&["--profiel", "Assen"], "gebruik \"NAAM=W1,W2,…\""),
    ];
    for (args, words) in cases {
        let mut all = vec!["rapport"];
        all.extend(args);
        let (_, stderr, code) = run(&all);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(words), "{args:?}: {stderr}");
    }
    let mut all = vec!["rapport"];
    all.extend(ISSUE_PROFILES);
    all.extend(["--profiel", "Aa en Hunze=1,1,1,1,1"]);
    let (_, stderr, code) = run(&all);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("6 profielen gegeven, maar er zijn 5 gemeenten"),
        "{stderr}"
    );
}

#[test]
fn a_participant_with_all_weights_zero_has_no_ranking_and_the_rest_works() {
    let data = report_data();
    let inputs = with_profiles(
        &data,
        &[("Assen", [0, 0, 0, 0, 0]), ("Tynaarlo", [0, 0, 0, 1, 0])],
    );
    let result = group(&data, &inputs, OPTIONS).unwrap();
    let assen = result
        .participants
        .iter()
        .find(|p| p.name == "Assen")
        .unwrap();
    assert!(assen.shares.is_none());
    assert!(
        result
            .agreement
            .iter()
            .any(|s| s.starts_with("Assen: alle gewichten staan op 0"))
    );
    assert!(result.combined.entries().len() == 4);
}

#[test]
fn identical_profiles_give_a_band_of_one_point() {
    let data = report_data();
    let inputs = with_profiles(
        &data,
        &[
            ("Aa en Hunze", [1, 1, 1, 1, 1]),
            ("Assen", [1, 1, 1, 1, 1]),
            ("Midden-Drenthe", [1, 1, 1, 1, 1]),
            ("Noordenveld", [1, 1, 1, 1, 1]),
            ("Tynaarlo", [1, 1, 1, 1, 1]),
        ],
    );
    let result = group(&data, &inputs, OPTIONS).unwrap();
    assert!(result.band.unwrap().is_point());
    assert!(result.band_smaa.is_none());
    assert!(result.band_sentences[0].contains("de bandbreedte is één weging"));
    assert!(result.agreement[0].starts_with("Alle vijf gemeenten zetten Scenario 2"));
}

/// The set's weights are nobody's: without profiles no municipality
/// weighed, so no sentence says five of them agree, and there is no band.
#[test]
fn without_profiles_nobody_weighed_and_nobody_agrees() {
    let data = report_data();
    let inputs = Inputs::report_defaults(&data);
    let result = group(&data, &inputs, OPTIONS).unwrap();
    assert!(result.participants.iter().all(|p| !p.own));
    assert!(result.band.is_none());
    assert!(result.combined_shares.is_none());
    assert_eq!(
        result.agreement,
        [
            "Nog geen van de vijf gemeenten heeft een eigen weging: elke rij toont de gewichten van de set, en er is geen gezamenlijke weging."
        ]
    );
    assert!(
        result.band_sentences[0].starts_with("Geen enkele van de gemeenten heeft een eigen weging")
    );
}

/// Two of five weighed: the sentences speak of those two, name the three
/// that did not, and the combined profile is theirs.
#[test]
fn only_who_weighed_counts() {
    let data = report_data();
    let inputs = with_profiles(
        &data,
        &[("Assen", [1, 1, 1, 1, 1]), ("Tynaarlo", [1, 1, 1, 1, 1])],
    );
    let result = group(&data, &inputs, OPTIONS).unwrap();
    assert_eq!(
        result.agreement[0],
        "Aa en Hunze, Midden-Drenthe en Noordenveld hebben geen eigen weging en tellen hieronder niet mee."
    );
    assert!(
        result.agreement[1].starts_with("Beide gemeenten met een eigen weging zetten Scenario 2"),
        "{:?}",
        result.agreement
    );
    assert!(
        result.band_sentences[0]
            .contains("De gewichten van de twee gemeenten met een eigen weging zijn gelijk")
    );
}

#[test]
fn the_geometric_mean_gives_a_criterion_someone_weighs_zero_no_weight() {
    let a = vec![dec!(0.5), dec!(0.5), dec!(0)];
    let b = vec![dec!(0.25), dec!(0.25), dec!(0.5)];
    let arithmetic = combine(&[&a, &b], GroupMean::Arithmetic).unwrap();
    assert_eq!(arithmetic, vec![dec!(0.375), dec!(0.375), dec!(0.25)]);
    let geometric = combine(&[&a, &b], GroupMean::Geometric).unwrap();
    // √(0,5 × 0,25) for the first two, 0 for the third, renormalised.
    assert_eq!(geometric[2], Decimal::ZERO);
    assert_eq!(geometric[0], geometric[1]);
    assert_eq!((geometric[0] + geometric[1]).round_dp(10), Decimal::ONE);
}

#[test]
fn an_importance_order_gives_rank_order_centroid_weights() {
    // Barron & Barrett: with 5 criteria the first gets (1 + 1/2 + 1/3 +
    // 1/4 + 1/5)/5 = 0,4567, the last 1/25 = 0,04.
    let w = rank_order_centroid(&[dec!(1), dec!(2), dec!(3), dec!(4), dec!(5)]);
    assert_eq!(w[0].round_dp(4), dec!(0.4567));
    assert_eq!(w[4].round_dp(4), dec!(0.04));
    let data = report_data();
    let mut inputs = Inputs::report_defaults(&data);
    inputs.profiles.push(Profile {
        name: "Assen".into(),
        method: WeightMethod::Order,
        values: vec![dec!(2), dec!(1), dec!(3), dec!(3), dec!(5)],
    });
    let result = group(&data, &inputs, OPTIONS).unwrap();
    let assen = result
        .participants
        .iter()
        .find(|p| p.name == "Assen")
        .unwrap();
    assert!(
        assen.how.starts_with(
            "Belangrijkste eerst: toezicht, legitimiteit, uitvoerbaarheid = schaal, tempo; gewichten"
        ),
        "{}",
        assen.how
    );
}

#[test]
fn swing_points_become_weights_in_proportion() {
    let p = Profile {
        name: "Noordenveld".into(),
        method: WeightMethod::Swing,
        values: vec![dec!(100), dec!(50), dec!(50), dec!(0), dec!(0)],
    };
    let w = p.weights(&[true; 5]);
    assert_eq!(w, vec![dec!(100), dec!(50), dec!(50), dec!(0), dec!(0)]);
}

/// Rank acceptabilities that agree within four standard errors.
fn agree(a: &[Vec<f64>], na: f64, b: &[Vec<f64>], nb: f64, what: &str) {
    for (row_a, row_b) in a.iter().zip(b) {
        for (&x, &y) in row_a.iter().zip(row_b) {
            let p = (x + y) / 2.0;
            let se = (p * (1.0 - p) * (1.0 / na + 1.0 / nb)).sqrt();
            assert!((x - y).abs() <= 4.0 * se + 1e-9, "{what}: {x} vs {y}");
        }
    }
}

fn report_values() -> Vec<Vec<f64>> {
    let data = report_data();
    Inputs::report_defaults(&data)
        .score_values(&data)
        .iter()
        .map(|row| row.iter().map(|v| v.to_string().parse().unwrap()).collect())
        .collect()
}

/// The band sampler against plain rejection from the whole simplex (slow
/// but obviously uniform) on the issue's wide band.
#[test]
fn band_smaa_agrees_with_rejection_sampling() {
    let values = report_values();
    // The band of the issue's five profiles.
    let band = Band {
        lo: vec![0.0, 0.0, 0.0, 0.0, 0.14],
        hi: vec![0.29, 0.43, 0.17, 1.0, 1.0],
    };
    let fast = band_smaa(&values, &band, 50_000, 1);
    let slow = band_smaa_by_rejection(&values, &band, 50_000, 2);
    assert_eq!(fast.draws, 50_000);
    agree(
        &fast.acceptability,
        5e4,
        &slow.acceptability,
        5e4,
        "wide band",
    );
}

/// On a narrow band (5 percentage points per criterion), where rejection
/// from the simplex would take hours, the two exact samplers agree with
/// each other, and neither runs out of tries.
#[test]
fn the_two_band_samplers_agree_on_a_narrow_band() {
    let values = report_values();
    let band = Band {
        lo: vec![0.12, 0.25, 0.17, 0.2, 0.1],
        hi: vec![0.17, 0.3, 0.22, 0.25, 0.15],
    };
    let by_box = band_smaa_using(&values, &band, 50_000, 1, Some(true));
    let by_dirichlet = band_smaa_using(&values, &band, 50_000, 2, Some(false));
    assert_eq!((by_box.draws, by_dirichlet.draws), (50_000, 50_000));
    agree(
        &by_box.acceptability,
        5e4,
        &by_dirichlet.acceptability,
        5e4,
        "narrow band",
    );
}

#[test]
fn profiles_live_in_the_set_and_bad_ones_are_located() {
    use nmd_scenarios::model::assumption_set::{parse_set, to_ron};
    use nmd_scenarios::model::load::load_embedded_folder;
    let folder = load_embedded_folder().unwrap();
    let data = &folder.data;
    let mut set = folder.sets[0].clone();
    set.inputs.profiles = vec![
        profile("Assen", &[0, 0, 0, 0, 1]),
        Profile {
            name: "Tynaarlo".into(),
            method: WeightMethod::Order,
            values: vec![dec!(1), dec!(2), dec!(2), dec!(4), dec!(5)],
        },
    ];
    set.inputs.group_mean = GroupMean::Geometric;
    let text = to_ron(data, &set);
    let again = parse_set(data, "x.ron", &text).unwrap().set;
    assert_eq!(again.inputs.profiles, set.inputs.profiles, "{text}");
    assert_eq!(again.inputs.group_mean, GroupMean::Geometric);
    for (text, words) in [
        (
            "(format: 1, name: \"x\", profiles: [(name: \"Emmen\", values: [])])",
            "onbekende deelnemer 'Emmen'",
        ),
        (
            "(format: 1, name: \"x\", profiles: [(name: \"Assen\", values: []), (name: \"Assen\", values: [])])",
            "'Assen' heeft al een profiel",
        ),
        (
            "(format: 1, name: \"x\", profiles: [(name: \"Assen\", method: Order, values: [(\"toezicht\", 0)])])",
            "plaats in de volgorde",
        ),
        (
            "(format: 1, name: \"x\", profiles: [(name: \"Assen\", method: Swing, values: [(\"toezicht\", 120)])])",
            "swingpunten",
        ),
        (
            "(format: 1, name: \"x\", profiles: [(name: \"Assen\", values: [(\"onbekend\", 1)])])",
            "onbekend criterium",
        ),
    ] {
        let errors = parse_set(data, "x.ron", text).expect_err(text);
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains(words) && e.at.is_some()),
            "{text}: {errors:?}"
        );
    }
    let six: Vec<String> = [
        "Aa en Hunze",
        "Assen",
        "Midden-Drenthe",
        "Noordenveld",
        "Tynaarlo",
        "Emmen",
    ]
    .iter()
    .map(|n| format!("(name: \"{n}\", values: [])"))
    .collect();
    let text = format!("(format: 1, name: \"x\", profiles: [{}])", six.join(", "));
    let errors = parse_set(data, "x.ron", &text).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("6 profielen, maar er zijn 5 gemeenten")),
        "{errors:?}"
    );
}

#[test]
fn the_comparison_and_undo_cover_profiles() {
    use nmd_scenarios::model::compare::compare;
    use nmd_scenarios::model::load::load_embedded_folder;
    use nmd_scenarios::workspace::{Change, Workspace};
    let data = report_data();
    let a = Inputs::report_defaults(&data);
    let b = with_profiles(&data, &[("Assen", [0, 0, 0, 0, 1])]);
    let c = compare(&data, "A", &a, "B", &b);
    assert!(
        c.differences
            .iter()
            .any(|d| d.starts_with("Gewichten Assen: legitimiteit 0 %, toezicht 0 %")),
        "{:?}",
        c.differences
    );
    let mut w = Workspace::new(load_embedded_folder().unwrap(), "test");
    assert!(w.apply(
        vec![Change::Profile {
            profile: profile("Assen", &[0, 0, 0, 0, 1]),
            criterion: None
        }],
        0.0
    ));
    assert_eq!(
        w.group().unwrap().participants[1].ranking.entries()[0].scenario,
        0
    );
    w.undo();
    assert!(w.inputs().profiles.is_empty());
    assert_eq!(
        w.group().unwrap().participants[1].ranking.entries()[0].scenario,
        1
    );
}

/// The example set the guide's pictures show: five profiles entered in
/// the three ways, for the five municipalities the data names, and the
/// agreement sentences say where they differ (the set is made to differ).
#[test]
fn the_guides_example_of_five_profiles_loads_and_shows_a_difference() {
    let path = "docs/voorbeelden/vijf-profielen.ron";
    let data = report_data();
    let text = std::fs::read_to_string(path).unwrap();
    let inputs = nmd_scenarios::model::assumption_set::parse_set(&data, path, &text)
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
        .set
        .inputs;
    let participants = &data.participants.as_ref().unwrap().names;
    assert_eq!(inputs.profiles.len(), participants.len());
    for method in [
        WeightMethod::Typed,
        WeightMethod::Order,
        WeightMethod::Swing,
    ] {
        assert!(inputs.profiles.iter().any(|p| p.method == method));
    }
    assert!(
        inputs
            .profiles
            .iter()
            .all(|p| participants.contains(&p.name))
    );
    let (stdout, stderr, code) = run(&["rapport", "--set", path]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("verschillen ze"), "{stdout}");
    assert!(
        stdout.contains("Voorbeeld: vijf profielen (verzonnen)"),
        "{stdout}"
    );
}
