//! Users' own views (issue "Your own views"): score changes with a reason,
//! added and hidden scenarios and criteria, staffing by tasks, growth
//! tasks, inhuur and the log — in sets, reports, the comparison and the
//! workspace — and a second region without a staffing table.

use crate::common;
use crate::common::run;

use common::{assert_close, report_data};
use nmd_scenarios::model::assumption_set::{parse_set, to_ron};
use nmd_scenarios::model::compare::compare;
use nmd_scenarios::model::load::{load_embedded_folder, load_folder};
use nmd_scenarios::model::own::{
    AddedScenario, AddedScore, GrowthRate, GrowthTask, ScoreChange, Task, TaskCombine, TaskRule,
    TaskTarget, extended,
};
use nmd_scenarios::model::ranking::{HiddenKind, Ranking};
use nmd_scenarios::model::robustness::{RobustnessOptions, robustness};
use nmd_scenarios::model::{DataSet, Inputs, compute};
use nmd_scenarios::workspace::{Change, Workspace};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::path::Path;

const EXAMPLE_A: &str = "docs/voorbeelden/eigen-scenarios-en-groei.ron";
const EXAMPLE_B: &str = "docs/voorbeelden/toezicht-uit-taken.ron";

fn open(data: &DataSet, path: &str) -> Inputs {
    let text = std::fs::read_to_string(path).unwrap();
    parse_set(data, path, &text)
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
        .set
        .inputs
}

#[test]
fn example_a_ranks_five_scenarios_with_the_added_ones_marked() {
    let (stdout, stderr, code) = run(&["rapport", "--set", EXAMPLE_A]);
    assert_eq!(code, 0, "{stderr}");
    let ranking = stdout.split("RANGORDE").nth(1).unwrap();
    let ranked: Vec<&str> = ranking
        .lines()
        .take_while(|l| !l.contains("Scores"))
        .filter(|l| l.contains("– score"))
        .collect();
    assert_eq!(ranked.len(), 5, "{ranked:?}");
    assert!(ranking.contains("Zelfstandige GR"));
    assert!(!ranked.iter().any(|l| l.contains("Inbedding JHRD")));
    assert!(stdout.contains("Verborgen: Scenario 4 – Inbedding JHRD"));
    assert!(stdout.contains("Groei: Vervoer"));
    assert!(stdout.contains("Een toegevoegd scenario verandert de formatie niet"));
    // The example says it is an example, in the file and in the output.
    assert!(stdout.contains("Voorbeeld: eigen scenario's en groei"));
}

#[test]
fn example_b_shows_the_task_derivation() {
    let (stdout, stderr, code) = run(&["rapport", "--set", EXAMPLE_B]);
    assert_eq!(code, 0, "{stderr}");
    // Hoofdstuk 8, zienswijze §2.3: 350 zorgaanbieders met een Wmo-contract.
    // 350 × 6 u × 2 personen / 1 300 u = 3,2308 → 3,23 fte; with 120 × 8 × 2
    // / 1 300 = 1,4769 the rule gives 4,71 fte, more than the volume rule's
    // 3,22 fte (Tabel 7, Toezicht), so the tasks count.
    assert!(
        stdout.contains("350 aanbieders × 6 u × 2 personen / 1.300 u = 3,23 fte"),
        "{stdout}"
    );
    assert!(stdout.contains("Toezicht 2028 uit taken 4,71 fte"));
    assert!(stdout.contains("het grootste telt: de taken"));
}

#[test]
fn the_data_offers_the_350_providers_and_nothing_invented() {
    let data = report_data();
    let toezicht = data.category_index("toezicht").unwrap();
    let providers = data
        .task_templates
        .iter()
        .find(|(c, t)| *c == toezicht && t.unit == "aanbieders")
        .expect("a task for the providers");
    // Hoofdstuk 8, §2.3: "350 zorgaanbieders met een Wmo-contract".
    assert_eq!(providers.1.units, Some(dec!(350)));
    for (_, task) in &data.task_templates {
        assert_eq!(task.hours_per_unit, None, "{}", task.name);
        assert_eq!(task.people_per_unit, None, "{}", task.name);
        assert!(!task.source.is_empty());
    }
}

#[test]
fn a_score_change_needs_a_reason() {
    let data = report_data();
    let text = "(format: 1, name: \"x\", score_overrides: [(scenario: \"s2\", criterion: \"tempo\", level: \"Goed\", reason: \"  \")])";
    let errors = parse_set(&data, "x.ron", text).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("reden") && e.at.is_some_and(|p| p.line == 1)),
        "{errors:?}"
    );
    // The workspace never stores one without a reason either.
    let mut w = Workspace::new(load_embedded_folder().unwrap(), "test");
    let changed = w.apply(
        vec![Change::Score {
            scenario: 1,
            criterion: 4,
            change: Some(ScoreChange {
                level: 3,
                reason: String::new(),
            }),
        }],
        0.0,
    );
    assert!(!changed);
    assert!(w.inputs().scenarios[1].scores[4].is_none());
}

#[test]
fn a_changed_score_shows_with_its_source_and_reason() {
    let data = report_data();
    let text = "(format: 1, name: \"x\", score_overrides: [(scenario: \"s2\", criterion: \"uitvoerbaarheid\", level: \"Zeer beperkt\", reason: \"bedrijfsvoering noemt het onhaalbaar (hoofdstuk 8)\")])";
    let inputs = parse_set(&data, "x.ron", text).unwrap().set.inputs;
    let (stdout, _, _) = {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ron");
        std::fs::write(&path, text).unwrap();
        run(&[
            "rapport",
            "--set",
            path.to_str().unwrap(),
            "--formaat",
            "csv",
        ])
    };
    assert!(stdout.contains("Gewijzigde scores (eigen wijziging)"));
    assert!(
        stdout.contains("Zeer beperkt;Goed;"),
        "source level beside it"
    );
    assert!(stdout.contains("bedrijfsvoering noemt het onhaalbaar"));
    // With the change, Centrumregeling drops: 5+5+1+4+3 = 18/5 = 3,60 ties
    // with Bestaand samenwerkingsverband (3+4+4+3+4 = 18/5).
    let outcome = compute(&data, &inputs);
    let first = &outcome.ranking.entries()[0];
    assert_eq!(first.total, dec!(3.6));
    assert_eq!(
        outcome.ranking.entries()[1].rank,
        1,
        "a tie shares the rank"
    );
}

#[test]
fn hiding_everything_gives_a_message_and_no_panic() {
    let data = report_data();
    let mut inputs = Inputs::report_defaults(&data);
    for scenario in &mut inputs.scenarios {
        scenario.hidden = true;
    }
    assert_eq!(
        compute(&data, &inputs).ranking,
        Ranking::AllHidden(HiddenKind::Scenarios)
    );
    let r = robustness(&data, &inputs, &RobustnessOptions::from_inputs(&inputs));
    assert!(r.texts.no_weights.unwrap().contains("verborgen"));
    let mut inputs = Inputs::report_defaults(&data);
    for criterion in &mut inputs.criteria {
        criterion.hidden = true;
    }
    assert_eq!(
        compute(&data, &inputs).ranking,
        Ranking::AllHidden(HiddenKind::Criteria)
    );
}

#[test]
fn robustness_covers_only_the_visible_scenarios_and_criteria() {
    let data = report_data();
    let mut inputs = Inputs::report_defaults(&data);
    inputs.scenarios[3].hidden = true;
    inputs.criteria[4].hidden = true;
    let r = robustness(&data, &inputs, &RobustnessOptions::from_inputs(&inputs));
    assert_eq!(r.smaa.acceptability.len(), 3);
    assert_eq!(r.smaa.acceptability[0].len(), 3);
    assert_eq!(r.stability.unwrap().criteria.len(), 4);
    assert_eq!(r.visible.scenarios, vec![0, 1, 2]);
    for sentence in r.texts.smaa.iter().chain(&r.texts.winning) {
        assert!(!sentence.contains("Inbedding JHRD"), "{sentence}");
    }
}

#[test]
fn bad_additions_are_refused_with_their_position() {
    let data = report_data();
    let cases = [
        // A duplicate name of an existing scenario.
        (
            "(format: 1, name: \"x\", added_scenarios: [(id: \"nieuw\", name: \"Centrumregeling binnen één gemeente (Wgr)\", scores: [])])",
            "er is al een scenario",
        ),
        // A duplicate id.
        (
            "(format: 1, name: \"x\", added_criteria: [(id: \"toezicht\", name: \"Anders\", scores: [])])",
            "er is al een criterium met id",
        ),
        // A score without a reason.
        (
            "(format: 1, name: \"x\", added_criteria: [(id: \"impact\", name: \"Impact\", scores: [(scenario: \"s1\", level: \"Goed\", reason: \"\")])])",
            "reden",
        ),
        // A scenario the data does not have.
        (
            "(format: 1, name: \"x\", hidden_scenarios: [\"s9\"])",
            "onbekend scenario 's9'",
        ),
        // Productive hours 0 (it divides).
        (
            "(format: 1, name: \"x\", productive_hours: Some(0))",
            "productieve uren per fte",
        ),
        // Negative hours.
        (
            "(format: 1, name: \"x\", task_rules: [(target: Category(\"toezicht\"), tasks: [(name: \"t\", driver: \"d\", unit: \"u\", hours_per_unit: Some(-3))])])",
            "uren per eenheid",
        ),
        // A growth task before the first year and after the last.
        (
            "(format: 1, name: \"x\", growth: [(name: \"Vervoer\", from_year: 2024, volume_mln: {}, rate: LikeSegment(\"wmo_overig\"))])",
            "ligt niet tussen 2025 en 2028",
        ),
        (
            "(format: 1, name: \"x\", growth: [(name: \"Vervoer\", from_year: 2029, volume_mln: {}, rate: LikeSegment(\"wmo_overig\"))])",
            "ligt niet tussen 2025 en 2028",
        ),
    ];
    for (text, words) in cases {
        let errors = parse_set(&data, "x.ron", text).expect_err(text);
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains(words) && e.at.is_some()),
            "{text}: {errors:?}"
        );
    }
    // An added criterion needs a score for every scenario.
    let text = "(format: 1, name: \"x\", added_criteria: [(id: \"impact\", name: \"Impact\", scores: [(scenario: \"s1\", level: \"Goed\", reason: \"r\")])])";
    let errors = parse_set(&data, "x.ron", text).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("geen score voor scenario 's2'"))
    );
}

#[test]
fn sets_with_additions_survive_saving_and_reading() {
    let folder = load_embedded_folder().unwrap();
    let data = &folder.data;
    let mut set = folder.sets[0].clone();
    set.inputs = open(data, EXAMPLE_A);
    let b = open(data, EXAMPLE_B);
    set.inputs.extras.rules = b.extras.rules.clone();
    set.inputs.extras.productive_hours = b.extras.productive_hours;
    let text = to_ron(data, &set);
    let again = parse_set(data, "again.ron", &text).unwrap().set;
    assert_eq!(again.inputs, set.inputs, "{text}");
}

#[test]
fn the_comparison_words_additions_and_hidden_items() {
    let folder = load_embedded_folder().unwrap();
    let data = &folder.data;
    let a = Inputs::report_defaults(data);
    let b = open(data, EXAMPLE_A);
    let c = compare(data, "Rapport", &a, "Voorbeeld", &b);
    let all = c.differences.join("\n");
    assert!(
        all.contains("Scenario 'Zelfstandige GR': toegevoegd"),
        "{all}"
    );
    assert!(
        all.contains("Scenario 'Inbedding JHRD': verborgen in Voorbeeld"),
        "{all}"
    );
    assert!(all.contains("Groeitaak Vervoer"), "{all}");
    assert!(c.labels_b.iter().any(|l| l.contains("Zelfstandige GR")));
}

#[test]
fn growth_uses_the_ratio_of_the_segment_it_follows() {
    let data = report_data();
    let mut inputs = Inputs::report_defaults(&data);
    let wmo = data.segment_index("wmo_overig").unwrap();
    inputs.extras.growth.push(GrowthTask {
        name: "Vervoer".into(),
        from_year: 2027,
        volume_mln: vec![dec!(0), dec!(0), dec!(3), dec!(3)],
        rate: GrowthRate::LikeSegment(wmo),
    });
    let outcome = compute(&data, &inputs);
    let base = compute(&data, &Inputs::report_defaults(&data));
    // 2026 unchanged; 2027 grows by 3 mln × the Wmo overig rates.
    assert_eq!(outcome.staffing[1].total_fte, base.staffing[1].total_fte);
    let rates: Decimal = data.ratios.fits.iter().map(|f| f.rate_per_mln[wmo]).sum();
    assert_close(
        outcome.staffing[2].total_fte - base.staffing[2].total_fte,
        dec!(3) * rates,
        dec!(0.0001),
        "growth 2027",
    );
}

#[test]
fn tasks_instead_of_a_role_replace_its_fte() {
    let folder = load_embedded_folder().unwrap();
    let kbg = folder
        .sets
        .iter()
        .find(|s| s.name.starts_with("Klankbord"))
        .unwrap();
    let data = &folder.data;
    let mut inputs = kbg.inputs.clone();
    inputs.extras.productive_hours = Some(dec!(1300));
    inputs.extras.rules.push(TaskRule {
        target: TaskTarget::Role("Toezicht Kwaliteit".into()),
        combine: TaskCombine::Instead,
        tasks: vec![Task {
            name: "Bezoeken".into(),
            driver: "aantal aanbieders".into(),
            unit: "aanbieders".into(),
            units: Some(dec!(350)),
            hours_per_unit: Some(dec!(4)),
            people_per_unit: Some(dec!(2)),
            source: String::new(),
        }],
    });
    let outcome = compute(data, &inputs);
    let block = outcome.staffing[3].roles.as_ref().unwrap();
    // 350 × 4 × 2 / 1 300 = 2,1538… instead of the set's 1,60 fte.
    let role = block
        .roles
        .iter()
        .find(|(n, _)| n == "Toezicht Kwaliteit")
        .unwrap();
    assert_close(role.1, dec!(2.1538), dec!(0.0001), "role from tasks");
    assert_close(
        block.roles_total,
        dec!(6.3538),
        dec!(0.0001),
        "5,80 − 1,60 + 2,15",
    );
}

#[test]
fn the_workspace_logs_and_undoes_every_step() {
    let mut w = Workspace::new(load_embedded_folder().unwrap(), "test");
    w.set_user("Adviseur Assen");
    let scores: Vec<AddedScore> = w
        .data()
        .criteria
        .iter()
        .map(|c| AddedScore {
            other: c.id.clone(),
            level: 3,
            reason: format!("reden bij {}", c.id),
        })
        .collect();
    let steps = vec![
        Change::AddScenario(AddedScenario {
            id: "zelfstandige_gr".into(),
            name: "Zelfstandige GR".into(),
            short_name: "Zelfstandige GR".into(),
            description: String::new(),
            scores,
            cost_levels: Vec::new(),
        }),
        Change::HideScenario {
            scenario: 3,
            hidden: true,
        },
        Change::Score {
            scenario: 4,
            criterion: 0,
            change: Some(ScoreChange {
                level: 4,
                reason: "eigen bestuur".into(),
            }),
        },
    ];
    for (i, step) in steps.into_iter().enumerate() {
        assert!(w.apply(vec![step], i as f64 * 10.0));
    }
    assert_eq!(w.data().scenarios.len(), 5);
    assert_eq!(w.outcome().ranking.entries().len(), 4);
    let log = &w.inputs().log;
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(log.iter().all(|e| e.who == "Adviseur Assen"));
    assert_eq!(log[2].why, "eigen bestuur");
    assert!(log[0].what.contains("Zelfstandige GR"), "{}", log[0].what);
    // Undo takes each step back, the log with it.
    w.undo();
    assert!(w.inputs().scenarios[4].scores[0].is_none());
    assert_eq!(w.inputs().log.len(), 2);
    w.undo();
    assert_eq!(w.outcome().ranking.entries().len(), 5, "scenario 4 back");
    w.undo();
    assert_eq!(w.data().scenarios.len(), 4);
    assert!(w.inputs().log.is_empty());
    w.redo();
    assert_eq!(w.data().scenarios.len(), 5);
}

#[test]
fn midden_limburg_has_no_staffing_and_still_ranks() {
    let dir = Path::new("scenarios/regio-midden-limburg");
    let folder = load_folder(dir).expect("the Midden-Limburg data loads");
    let data = &folder.data;
    assert!(data.categories.is_empty() && data.years.is_empty());
    assert_eq!(data.scenarios.len(), 6);
    assert!(data.participants.as_ref().unwrap().names.len() == 7);
    let (stdout, stderr, code) = run(&["controleer", "--data", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("geen formatietabel"));
    let (stdout, _, code) = run(&["rapport", "--data", dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Midden-Limburg"));
    assert!(stdout.contains("deze gegevens bevatten geen formatietabel"));
    // Every score is sourced to a section of the advice.
    for row in &data.scores {
        for score in row {
            assert!(
                score.sources.iter().all(|s| s.contains('§')
                    || s.contains("hoofdstuk")
                    || s.contains("aanbeveling")
                    || s.contains("voorstel")
                    || s.contains("voetnoot")),
                "{:?}",
                score.sources
            );
        }
    }
    let _ = extended(data, &Inputs::report_defaults(data));
}

/// Each task sentence says which part it is about, so a reader (the
/// chart's hover) finds it without matching its first words.
#[test]
fn task_sentences_name_the_category_they_staff() {
    let data = report_data();
    let inputs = open(&data, EXAMPLE_B);
    let outcome = compute(&data, &inputs);
    let toezicht = data.category_index("toezicht").unwrap();
    let last = outcome.staffing.last().unwrap();
    let by_part = nmd_scenarios::model::explain::task_sentences_by_part(&data, &inputs, last);
    let sentences: Vec<&str> = by_part
        .by_category
        .iter()
        .filter(|(c, _)| *c == toezicht)
        .map(|(_, s)| s.as_str())
        .collect();
    // Toezicht 2028 from tasks: 4,71 fte (see example_b above).
    assert_eq!(sentences.len(), 1, "{by_part:?}");
    assert!(sentences[0].starts_with("Toezicht 2028 uit taken 4,71 fte"));
    assert!(by_part.by_role.is_empty());
    // The plain list says the same, in the same order.
    let plain = nmd_scenarios::model::explain::task_sentences(&data, &inputs, last);
    assert_eq!(plain.len(), by_part.by_category.len());
}
