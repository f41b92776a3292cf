//! What does each scenario cost us? The issue's example by hand (key
//! 17/31/18/13/21, five years from 2026, structural and transition ranges
//! per level of Tabel 5, no loonkosten), the common costs over a horizon
//! past the last staffing year, savings, the Monte Carlo, value for money
//! and the budget, in the model, the report and the CSV.

use std::sync::Arc;

use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::model::compute;
use nmd_scenarios::model::costs::{Amount, CostKind, Distribution, Horizon, RangeFor};
use nmd_scenarios::model::scenario_costs::{
    HorizonCosts, ScenarioCost, cost_sample, horizon_costs,
};
use nmd_scenarios::model::{DataSet, Inputs};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::{report_data, run};
use crate::scenario_costs_check::{check_derivation, fields};

pub const EXAMPLE: &str = include_str!("../../docs/voorbeelden/kosten-per-scenario.ron");

pub fn example(data: &DataSet) -> Inputs {
    parse_set(data, "kosten-per-scenario.ron", EXAMPLE)
        .unwrap()
        .set
        .inputs
}

pub fn horizon(data: &DataSet, inputs: &Inputs) -> HorizonCosts {
    let outcome = compute(data, inputs);
    horizon_costs(data, inputs, outcome.costs.as_ref().unwrap(), 10_000).unwrap()
}

fn scenario<'a>(h: &'a HorizonCosts, number: u32, data: &DataSet) -> &'a ScenarioCost {
    h.scenarios
        .iter()
        .find(|s| data.scenarios[s.scenario].number == number)
        .unwrap()
}

fn assen(h: &HorizonCosts) -> usize {
    h.participants.iter().position(|p| p == "Assen").unwrap()
}

/// The issue's figures, typed from its inputs: 5 × structural per level
/// plus the one-off transition of the scenario's level.
#[test]
fn the_examples_cost_per_scenario_is_the_issues_hand_figures() {
    let data = report_data();
    let h = horizon(&data, &example(&data));
    assert_eq!(
        h.horizon,
        Horizon {
            start: 2026,
            years: 5
        }
    );
    // Scenario 1: Laag–midden 5 × 100.000–200.000 + Laag 50.000–150.000.
    // Scenario 2: Midden 5 × 200.000–300.000 + Midden–hoog 300.000–700.000.
    // Scenario 3: Midden–hoog 5 × 300.000–400.000 + Midden 150.000–400.000.
    // Scenario 4: Midden–hoog 5 × 300.000–400.000 + Hoog 600.000–1.200.000.
    for (number, low, high) in [
        (1, dec!(550000), dec!(1150000)),
        (2, dec!(1300000), dec!(2200000)),
        (3, dec!(1650000), dec!(2400000)),
        (4, dec!(2100000), dec!(3200000)),
    ] {
        let s = scenario(&h, number, &data);
        assert!(s.complete, "scenario {number}");
        assert_eq!((s.low.eur, s.high.eur), (low, high), "scenario {number}");
        assert_eq!(s.middle.eur, (low + high) / dec!(2), "scenario {number}");
        for amount in [&s.low, &s.middle, &s.high] {
            let sum: Decimal = amount.per_participant.iter().map(|p| p.eur).sum();
            assert_eq!(
                sum, amount.eur,
                "scenario {number}: the participants add up"
            );
        }
    }
    // Assen 31 % of scenario 1: 170.500 – 356.500.
    let s1 = scenario(&h, 1, &data);
    let i = assen(&h);
    assert_eq!(s1.low.per_participant[i].eur, dec!(170500));
    assert_eq!(s1.high.per_participant[i].eur, dec!(356500));
    // No loonkosten: the common costs are unknown and said to be missing.
    assert_eq!(h.common.exact, None);
    assert!(
        h.missing.iter().any(|m| m.contains("Loonkosten per fte")),
        "{:?}",
        h.missing
    );
    // The six other components stay words.
    let words: Vec<&str> = h
        .components
        .iter()
        .filter(|c| c.kind == CostKind::NotInEuros)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(words.len(), 6, "{words:?}");
}

#[test]
fn the_report_and_the_csv_state_the_hand_figures() {
    let (out, err, code) = run(&["rapport", "--set", "kosten-per-scenario"]);
    assert_eq!(code, 0, "{err}");
    let section: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("KOSTEN PER SCENARIO over 2026–2030 (5 jaar)"))
        .take_while(|l| !l.starts_with("HOE ROBUUST"))
        .collect();
    assert!(!section.is_empty(), "no section in:\n{out}");
    let row = |label: &str| {
        section
            .iter()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no row '{label}'"))
            .to_string()
    };
    assert!(row("Scenario 1 – Expertisecentrum ").contains("€ 550.000 – € 1.150.000"));
    assert!(row("Scenario 2 – Centrumregeling ").contains("€ 1.300.000 – € 2.200.000"));
    assert!(
        row("Scenario 3 – Bestaand samenwerkingsverband ").contains("€ 1.650.000 – € 2.400.000")
    );
    assert!(row("Scenario 4 – Inbedding JHRD ").contains("€ 2.100.000 – € 3.200.000"));
    assert!(
        section
            .iter()
            .any(|l| l.contains("Assen") && l.contains("€ 170.500 – € 356.500"))
    );
    // Every derivation of the section recomputes from what it shows.
    let mut derivations = 0;
    for line in section
        .iter()
        .filter(|l| l.starts_with("    ") && l.contains(": ") && l.contains("samen €"))
    {
        check_derivation(line.trim()).unwrap_or_else(|e| panic!("{e}"));
        derivations += 1;
    }
    // 4 scenarios × 3 amounts × (the region + 5 municipalities).
    assert_eq!(derivations, 4 * 3 * 6);

    let (csv, err, code) = run(&[
        "rapport",
        "--set",
        "kosten-per-scenario",
        "--formaat",
        "csv",
    ]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<Vec<String>> = csv.lines().map(fields).collect();
    let find = |scenario: &str, who: &str| {
        rows.iter()
            .find(|r| r.len() == 12 && r[0].starts_with(scenario) && r[1] == who)
            .unwrap_or_else(|| panic!("no CSV row {scenario} {who}"))
            .clone()
    };
    let regio = find("Scenario 1 ", "Regio");
    assert_eq!(
        (regio[2].as_str(), regio[4].as_str()),
        ("550000", "1150000")
    );
    let assen = find("Scenario 1 ", "Assen");
    assert_eq!(
        (assen[2].as_str(), assen[3].as_str(), assen[4].as_str()),
        ("170500", "263500", "356500")
    );
    for (scenario, low, high) in [
        ("Scenario 2 ", "1300000", "2200000"),
        ("Scenario 3 ", "1650000", "2400000"),
        ("Scenario 4 ", "2100000", "3200000"),
    ] {
        let r = find(scenario, "Regio");
        assert_eq!((r[2].as_str(), r[4].as_str()), (low, high));
    }
    // Each derivation in the CSV recomputes too.
    for r in rows.iter().filter(|r| r.len() == 12 && r[1] != "Wie") {
        for d in &r[9..12] {
            check_derivation(d).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// With equal weights (the example sets none) the report says which
/// scenarios are dearer and lower-valued than another, with the amounts:
/// middles 850.000 / 1.750.000 / 2.025.000 / 2.650.000 against the report's
/// scores 2,60 / 4,20 / 3,60 / 3,40 (Tabel 1 at 20 % each).
#[test]
fn equal_weights_name_the_dearer_and_lower_valued_scenarios() {
    let (out, _, code) = run(&["rapport", "--set", "kosten-per-scenario"]);
    assert_eq!(code, 0);
    for sentence in [
        "Scenario 3 – Bestaand samenwerkingsverband kost in het midden € 275.000 meer dan Scenario 2 – Centrumregeling en scoort 0,60 lager",
        "Scenario 4 – Inbedding JHRD kost in het midden € 900.000 meer dan Scenario 2 – Centrumregeling en scoort 0,80 lager",
        "Scenario 4 – Inbedding JHRD kost in het midden € 625.000 meer dan Scenario 3 – Bestaand samenwerkingsverband en scoort 0,20 lager",
    ] {
        assert!(out.contains(sentence), "missing: {sentence}");
    }
    // Scenario 1 is cheaper and lower-valued, scenario 2 dearer and
    // higher-valued than 1: neither is dominated.
    assert!(!out.contains("Scenario 1 – Expertisecentrum kost in het midden"));
    assert!(!out.contains("Scenario 2 – Centrumregeling kost in het midden"));
    // Scenario 1's highest (1.150.000) lies below every other's lowest
    // (1.300.000): it is the cheapest in every draw.
    assert!(out.contains("Kans dat een scenario het goedkoopst is, voor de regio: Scenario 1 – Expertisecentrum 100 %"), "{out}");
}

#[test]
fn the_monte_carlo_is_seeded_and_reproducible() {
    let section = |args: &[&str]| -> String {
        let mut all = vec!["rapport", "--set", "kosten-per-scenario"];
        all.extend(args);
        let (out, _, code) = run(&all);
        assert_eq!(code, 0);
        out.lines()
            .skip_while(|l| !l.starts_with("  Onzekerheid"))
            .take_while(|l| !l.starts_with("  Waarde voor geld"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let first = section(&[]);
    assert!(first.contains("10.000 trekkingen (seed 76271)"), "{first}");
    assert_eq!(first, section(&[]), "the same seed draws the same");
    let other = section(&["--seed", "1"]);
    assert!(other.contains("(seed 1)"));
    assert_ne!(first.replace("seed 76271", ""), other.replace("seed 1", ""));
}

/// P10 ≤ P50 ≤ P90 within the range; the participants add up to the
/// region; the mean of the draws lies near the middle (a sum of uniform
/// draws is symmetric around it).
#[test]
fn quantiles_lie_within_the_range_and_add_up() {
    let data = report_data();
    let h = horizon(&data, &example(&data));
    let sample = cost_sample(&h);
    assert_eq!(sample.draws, 10_000);
    for (at, s) in h.scenarios.iter().enumerate() {
        let q = sample.scenarios[at].as_ref().unwrap();
        assert!(s.low.eur <= q.p10.eur && q.p10.eur <= q.p50.eur);
        assert!(q.p50.eur <= q.p90.eur && q.p90.eur <= s.high.eur);
        for (_, x) in q.quantiles() {
            assert_eq!(x.per_participant.iter().copied().sum::<Decimal>(), x.eur);
        }
        let totals = &sample.totals[at];
        let mean = totals.iter().sum::<f64>() / totals.len() as f64;
        let middle: f64 = s.middle.eur.to_string().parse().unwrap();
        let width: f64 = (s.high.eur - s.low.eur).to_string().parse().unwrap();
        assert!(
            (mean - middle).abs() < width * 0.01,
            "{}: mean {mean} middle {middle}",
            s.label
        );
    }
    let shares: f64 = sample.cheapest.iter().flatten().sum();
    assert!((shares - 1.0).abs() < 1e-9);
    // Every municipality has a share: the same order in every draw.
    for per in &sample.cheapest_per_participant {
        assert_eq!(per, &sample.cheapest);
    }
}

/// A triangular distribution with its mode at the low end: one range of
/// € 0 – € 1.000.000, once. Its median is 1.000.000 × (1 − √½) ≈ 292.893
/// (the distribution function is 1 − (1 − x)² there).
#[test]
fn a_triangular_distribution_draws_around_its_mode() {
    let data = report_data();
    let mut inputs = example(&data);
    inputs.costs.distribution = Distribution::Triangular;
    let transition = inputs
        .costs
        .components
        .iter_mut()
        .find(|c| c.kind == CostKind::OneOff)
        .unwrap();
    for r in &mut transition.ranges {
        r.low_eur = dec!(0);
        r.high_eur = dec!(1000000);
        r.mode_eur = Some(dec!(0));
    }
    // Structural costs out: only the triangle counts.
    inputs
        .costs
        .components
        .retain(|c| c.kind == CostKind::OneOff);
    let h = horizon(&data, &inputs);
    let sample = cost_sample(&h);
    let p50 = sample.scenarios[0].as_ref().unwrap().p50.eur;
    assert!((dec!(285000)..=dec!(301000)).contains(&p50), "median {p50}");
    assert!(
        sample.sentences[0].contains("driehoeksverdeling"),
        "{}",
        sample.sentences[0]
    );
}

/// A saving is subtracted: its high from the low total, its low from the
/// high total. Structural 5 × 100.000–200.000 with a saving of 5 ×
/// 20.000–50.000 and the transition: 500.000 − 250.000 + 50.000 = 300.000
/// and 1.000.000 − 100.000 + 150.000 = 1.050.000 for scenario 1.
#[test]
fn a_saving_is_subtracted_over_every_year() {
    let data = report_data();
    let text = EXAMPLE.replace(
        "(component: Some(\"schaalvoordelen\"), kind: \"niet in euro's\"),",
        "(component: Some(\"schaalvoordelen\"), kind: \"besparing per jaar\", ranges: [(scenario: Some(\"s1\"), low_eur: 20000, high_eur: 50000)]),",
    );
    let inputs = parse_set(&data, "besparing.ron", &text).unwrap().set.inputs;
    let h = horizon(&data, &inputs);
    let s1 = scenario(&h, 1, &data);
    assert_eq!((s1.low.eur, s1.high.eur), (dec!(300000), dec!(1050000)));
    check_derivation(&s1.low.derivation).unwrap();
    assert!(
        s1.low.derivation.contains("−(5 × € 50.000) = −€ 250.000"),
        "{}",
        s1.low.derivation
    );
    // The other scenarios have no saving range: incomplete, and said so.
    let s2 = scenario(&h, 2, &data);
    assert!(!s2.complete);
    assert!(
        h.missing.iter().any(|m| m.contains("Schaalvoordelen")),
        "{:?}",
        h.missing
    );
}

/// The common costs: the Done-when wage (€ 100.000 per fte) on the report's
/// minimum staffing (21,29 / 10,46 / 10,46 / 11,28 fte in 2025–2028), over
/// 2026–2030: 2029 and 2030 take 2028's. 1.046.000 + 1.046.000 + 3 ×
/// 1.128.000 = 5.476.000; scenario 1 adds its transition 50.000–150.000
/// once (no structural ranges here); Assen 31 %.
#[test]
fn the_common_costs_count_in_every_scenario_and_past_the_last_staffing_year() {
    let data = report_data();
    let mut inputs = example(&data);
    inputs
        .costs
        .components
        .retain(|c| c.kind != CostKind::PerYear);
    inputs.costs.wage_all = Some(Amount {
        eur: dec!(100000),
        source: "test".into(),
    });
    let h = horizon(&data, &inputs);
    assert_eq!(h.common.exact, Some(dec!(5476000)));
    let s1 = scenario(&h, 1, &data);
    assert_eq!((s1.low.eur, s1.high.eur), (dec!(5526000), dec!(5626000)));
    let i = assen(&h);
    // 31 % × 5.476.000 = 1.697.560, + 31 % × 50.000 = 15.500.
    assert_eq!(s1.low.per_participant[i].eur, dec!(1713060));
    assert!(
        h.notes
            .iter()
            .any(|n| n.contains("2029 en 2030 liggen na het laatste jaar met formatie (2028)")),
        "{:?}",
        h.notes
    );
    assert!(
        h.notes.iter().any(|n| n.contains("staan één keer")),
        "{:?}",
        h.notes
    );
    for s in &h.scenarios {
        for (_, a) in s.bounds() {
            check_derivation(&a.derivation).unwrap();
            for p in &a.per_participant {
                check_derivation(&p.derivation).unwrap();
            }
        }
    }
}

/// The transition ranges of the sets before this issue count as the
/// one-off component they are, with the data's years as the horizon.
#[test]
fn the_transition_ranges_of_earlier_sets_are_a_one_off_component() {
    let data = report_data();
    let inputs = parse_set(
        &data,
        "lasten.ron",
        include_str!("../../docs/voorbeelden/lasten.ron"),
    )
    .unwrap()
    .set
    .inputs;
    let h = horizon(&data, &inputs);
    assert_eq!(
        h.horizon,
        Horizon {
            start: 2025,
            years: 4
        }
    );
    assert!(h.horizon_note.as_deref().unwrap().contains("2025–2028"));
    let common = h.common.eur.unwrap();
    // Scenario 4's level in Transitiekosten is Hoog: 600.000–1.200.000.
    let s4 = scenario(&h, 4, &data);
    assert_eq!(s4.parts.len(), 1);
    assert_eq!(s4.parts[0].level.as_deref(), Some("Hoog"));
    assert_eq!(s4.low.eur - common, dec!(600000));
    assert_eq!(s4.high.eur - common, dec!(1200000));
}

/// A budget of € 1.200.000 over the horizon: scenario 1 (at most
/// 1.150.000) always fits, the others (at least 1.300.000) never. With
/// equal weights scenario 2 is first, so "first now and within" is 0 for
/// every scenario; SMAA-2's chance of scenario 1 first times 1.
#[test]
fn a_budget_gives_how_often_first_in_value_and_within_it() {
    let (out, err, code) = run(&[
        "rapport",
        "--set",
        "kosten-per-scenario",
        "--budget",
        "1.200.000",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Scenario 1 – Expertisecentrum: binnen het budget in 100 % van de trekkingen; eerste in waarde en binnen het budget: bij de huidige gewichten 0 %"), "{out}");
    assert!(
        out.contains("Scenario 2 – Centrumregeling: binnen het budget in 0 % van de trekkingen")
    );
    let data = report_data();
    let mut inputs = example(&data);
    inputs.costs.budget = Some(Amount {
        eur: dec!(1200000),
        source: String::new(),
    });
    let h = Arc::new(horizon(&data, &inputs));
    let sample = Arc::new(cost_sample(&h));
    let outcome = compute(&data, &inputs);
    let robustness = nmd_scenarios::model::robustness::robustness(
        &data,
        &inputs,
        &nmd_scenarios::model::robustness::RobustnessOptions::from_inputs(&inputs),
    );
    let costs = nmd_scenarios::model::scenario_costs::scenario_costs(
        Arc::clone(&h),
        Some(sample),
        &nmd_scenarios::model::scenario_costs::Weighing {
            ranking: &outcome.ranking,
            robustness: Some(&robustness),
            group: None,
        },
    );
    let rows = &costs.value.budget.as_ref().unwrap().rows;
    let s1 = rows
        .iter()
        .find(|r| h.scenarios[r.at].scenario == 0)
        .unwrap();
    assert_eq!(s1.within, Some(1.0));
    assert_eq!(s1.both_now, Some(0.0));
    let first = robustness.smaa.acceptability[0][0];
    assert_eq!(s1.both_smaa, Some(first));
    let s2 = rows
        .iter()
        .find(|r| h.scenarios[r.at].scenario == 1)
        .unwrap();
    assert!(s2.first_now);
    assert_eq!((s2.within, s2.both_now), (Some(0.0), Some(0.0)));
}

/// A range typed for one scenario counts instead of its level's.
#[test]
fn a_scenarios_own_range_counts_instead_of_its_levels() {
    let data = report_data();
    let mut inputs = example(&data);
    let structural = inputs
        .costs
        .components
        .iter_mut()
        .find(|c| c.kind == CostKind::PerYear)
        .unwrap();
    structural
        .ranges
        .push(nmd_scenarios::model::costs::CostRange {
            on: RangeFor::Scenario(0),
            low_eur: dec!(10000),
            high_eur: dec!(20000),
            mode_eur: None,
            source: "eigen raming".into(),
        });
    let h = horizon(&data, &inputs);
    // 5 × 10.000 + 50.000 and 5 × 20.000 + 150.000.
    let s1 = scenario(&h, 1, &data);
    assert_eq!((s1.low.eur, s1.high.eur), (dec!(100000), dec!(250000)));
    assert!(
        s1.low
            .derivation
            .contains("(eigen bandbreedte, per jaar) 5 × € 10.000")
    );
}

/// Two sets side by side: the example over five years (A) against three
/// (B, by --looptijd): scenario 1's middle is (350.000 + 750.000) / 2 =
/// 550.000 over three years against 850.000 over five.
#[test]
fn the_comparison_says_what_each_scenario_costs_in_both_sets() {
    let (out, err, code) = run(&[
        "rapport",
        "--set",
        "kosten-per-scenario",
        "--looptijd",
        "2026:3",
        "--vergelijk-met",
        "kosten-per-scenario",
    ]);
    assert_eq!(code, 0, "{err}");
    let line = out
        .lines()
        .find(|l| l.contains("Scenario 1 – Expertisecentrum kost over"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("€ 550.000"), "{line}");
    assert!(line.contains("€ 850.000"), "{line}");
    assert!(
        line.contains("2026–2028 (3 jaar)") && line.contains("2026–2030 (5 jaar)"),
        "{line}"
    );
    assert!(out.contains("Looptijd: "), "the input difference: {out}");
}

/// The one rounding rule of the costs: a scenario's total rounded once,
/// the municipalities rounded down and the missing euro to the largest
/// remainder. Scenario 1 with only a one-off € 50.001: 17/31/18/13/21 % of
/// it is 8.500,17 / 15.500,31 / 9.000,18 / 6.500,13 / 10.500,21; rounded
/// down together 50.000, so Assen (remainder 0,31) gets the euro.
#[test]
fn the_missing_euro_goes_to_the_largest_remainder() {
    let data = report_data();
    let mut inputs = example(&data);
    inputs
        .costs
        .components
        .retain(|c| c.kind == CostKind::OneOff);
    for r in &mut inputs.costs.components[0].ranges {
        r.low_eur = dec!(50001);
        r.high_eur = dec!(50001);
    }
    let h = horizon(&data, &inputs);
    let s1 = scenario(&h, 1, &data);
    let each: Vec<Decimal> = s1.low.per_participant.iter().map(|p| p.eur).collect();
    assert_eq!(
        each,
        [dec!(8500), dec!(15501), dec!(9000), dec!(6500), dec!(10500)]
    );
    let assen = &s1.low.per_participant[assen(&h)];
    assert!(
        assen
            .derivation
            .contains("31 % × € 50.001 = € 15.500,31; afronding +€ 0,69; samen € 15.501"),
        "{}",
        assen.derivation
    );
    check_derivation(&assen.derivation).unwrap();
}
