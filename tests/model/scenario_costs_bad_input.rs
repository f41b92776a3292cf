//! Bad input for the cost per scenario: each refused with a Dutch message
//! at its file:line:col, the set not opened (nothing of it half taken); a
//! range wider than its middle is a warning at its place, not a refusal;
//! the command line's --looptijd and --budget name what is wrong.

use nmd_scenarios::model::assumption_set::parse_set;

use crate::common::{report_data, run};
use crate::scenario_costs::EXAMPLE;

/// The example with `from` replaced by `to` (which must be there).
fn changed(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "not in the example: {from}");
    EXAMPLE.replacen(from, to, 1)
}

/// "kosten.ron:LINE:COL: …" of the message containing `message`.
fn located(text: &str, message: &str) -> (usize, usize) {
    let data = report_data();
    let errors = match parse_set(&data, "kosten.ron", text) {
        Ok(_) => panic!("accepted; expected '{message}'"),
        Err(errors) => errors,
    };
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let hit = shown
        .iter()
        .find(|e| e.contains(message))
        .unwrap_or_else(|| panic!("no '{message}' in {shown:?}"));
    let mut parts = hit.splitn(4, ':');
    assert_eq!(parts.next(), Some("kosten.ron"), "{hit}");
    let line: usize = parts.next().unwrap().trim().parse().unwrap_or(0);
    let col: usize = parts.next().unwrap().trim().parse().unwrap_or(0);
    assert!(line > 0 && col > 0, "no position in {hit}");
    (line, col)
}

/// The line of `needle` in `text` (1-based).
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn each_bad_value_is_refused_at_its_place() {
    let laag = "(level: Some(\"Laag\"), low_eur: 50000, high_eur: 150000,";
    let cases: Vec<(&str, String, &str, &str)> = vec![
        (
            "low above high",
            changed(
                laag,
                "(level: Some(\"Laag\"), low_eur: 150001, high_eur: 150000,",
            ),
            "Transitiekosten, Laag: de ondergrens € 150.001 is hoger dan de bovengrens € 150.000",
            "low_eur: 150001",
        ),
        (
            "an unknown level word",
            changed(
                laag,
                "(level: Some(\"Laagjes\"), low_eur: 50000, high_eur: 150000,",
            ),
            "onbekend kostenniveau 'Laagjes' bij 'Transitiekosten'",
            "Laagjes",
        ),
        (
            "an unknown kind",
            changed("kind: \"eenmalig\"", "kind: \"maandelijks\""),
            "onbekende soort 'maandelijks' voor 'Transitiekosten'; toegestaan: 'per jaar', 'eenmalig', 'besparing per jaar', 'niet in euro's'",
            "maandelijks",
        ),
        (
            "a horizon of 0 years",
            changed("years: 5", "years: 0"),
            "looptijd 0 jaar ligt niet tussen 1 en 30 jaar",
            "years: 0",
        ),
        (
            "a horizon of more than 30 years",
            changed("years: 5", "years: 31"),
            "looptijd 31 jaar ligt niet tussen 1 en 30 jaar",
            "years: 31",
        ),
        (
            "a negative saving",
            changed(
                "(component: Some(\"schaalvoordelen\"), kind: \"niet in euro's\"),",
                "(component: Some(\"schaalvoordelen\"), kind: \"besparing per jaar\", ranges: [(level: Some(\"Hoog\"), low_eur: -50000, high_eur: -20000)]),",
            ),
            "typ een besparing als positief bedrag; het programma trekt haar af",
            "low_eur: -50000",
        ),
        (
            "a saving typed as a negative cost",
            changed(
                laag,
                "(level: Some(\"Laag\"), low_eur: -150000, high_eur: -50000,",
            ),
            "een negatief bedrag bij een kostenpost (eenmalig): is dit een besparing? Kies dan soort 'besparing per jaar' en typ de bedragen positief",
            "low_eur: -150000",
        ),
        (
            "a component both as transition and as component",
            changed(
                "horizon: Some((start: 2026, years: 5)),",
                "horizon: Some((start: 2026, years: 5)),\n        transition: Some((component: Some(\"transitie\"), ranges: [])),",
            ),
            "'Transitiekosten' staat al onder 'transition'",
            "(component: Some(\"transitie\"), kind",
        ),
        (
            "a component twice",
            changed(
                "(component: Some(\"efficiency\"), kind: \"niet in euro's\"),",
                "(component: Some(\"efficiency\"), kind: \"niet in euro's\"),\n            (component: Some(\"efficiency\"), kind: \"per jaar\"),",
            ),
            "'Verwachte efficiency na implementatie' staat twee keer bij de kostenonderdelen",
            "(component: Some(\"efficiency\"), kind: \"per jaar\")",
        ),
        (
            "amounts for a component not in euros",
            changed(
                "(component: Some(\"ibp_ict\"), kind: \"niet in euro's\"),",
                "(component: Some(\"ibp_ict\"), kind: \"niet in euro's\", ranges: [(level: Some(\"Midden\"), low_eur: 1, high_eur: 2)]),",
            ),
            "'Noodzakelijke IBP-/ICT-investeringen' is 'niet in euro's' maar heeft bedragen",
            "ibp_ict",
        ),
        (
            "a mode outside its range",
            changed(
                laag,
                "(level: Some(\"Laag\"), low_eur: 50000, high_eur: 150000, mode_eur: Some(200000),",
            ),
            "Transitiekosten, Laag: de modus € 200.000 ligt niet tussen € 50.000 en € 150.000",
            "mode_eur: Some(200000)",
        ),
        (
            "an unknown distribution",
            changed(
                "horizon: Some((start: 2026, years: 5)),",
                "horizon: Some((start: 2026, years: 5)),\n        distribution: Some(\"normaal\"),",
            ),
            "onbekende verdeling 'normaal' voor de trekkingen; toegestaan: 'gelijkmatig', 'driehoek'",
            "normaal",
        ),
        (
            "a start year that is no year",
            changed("start: 2026", "start: 26"),
            "looptijd: beginjaar 26 is geen jaar tussen 2000 en 2100",
            "start: 26",
        ),
    ];
    for (what, text, message, at) in cases {
        let (line, _) = located(&text, message);
        assert_eq!(line, line_of(&text, at), "{what}: the line of '{at}'");
    }
}

/// A range wider than its middle: the set opens, with a located warning,
/// and every output says it too.
#[test]
fn a_range_wider_than_its_middle_is_a_warning_at_its_place() {
    let data = report_data();
    let text = changed(
        "(level: Some(\"Hoog\"), low_eur: 600000, high_eur: 1200000,",
        "(level: Some(\"Hoog\"), low_eur: 100000, high_eur: 1200000,",
    );
    let opened = parse_set(&data, "kosten.ron", &text).expect("a warning, not a refusal");
    let warning = opened.set.inputs.costs.components.len();
    assert_eq!(warning, 8, "nothing lost");
    let said = opened.warning.expect("said when the set opens");
    let line = line_of(&text, "low_eur: 100000, high_eur: 1200000");
    assert!(
        said.starts_with(&format!("Let op: kosten.ron:{line}:")),
        "{said}"
    );
    assert!(
        said.contains("Transitiekosten, Hoog: de bandbreedte € 100.000 – € 1.200.000 is breder dan haar midden (€ 650.000)"),
        "{said}"
    );
    let h = crate::scenario_costs::horizon(&data, &opened.set.inputs);
    assert!(
        h.warnings
            .iter()
            .any(|w| w.contains("breder dan haar midden")),
        "{:?}",
        h.warnings
    );
}

#[test]
fn bad_options_on_the_command_line() {
    for (args, message) in [
        (
            vec!["--looptijd", "2026:0"],
            "--looptijd '2026:0': looptijd 0 jaar ligt niet tussen 1 en 30 jaar",
        ),
        (
            vec!["--looptijd", "2026:31"],
            "--looptijd '2026:31': looptijd 31 jaar ligt niet tussen 1 en 30 jaar",
        ),
        (
            vec!["--looptijd", "2026"],
            "--looptijd '2026': gebruik BEGINJAAR:JAREN",
        ),
        (
            vec!["--budget", "-5"],
            "--budget '-5': budget −5 euro ligt niet tussen 1 en",
        ),
        (
            vec!["--budget", "veel"],
            "--budget 'veel': 'veel' is geen getal",
        ),
    ] {
        let mut all = vec!["rapport", "--set", "kosten-per-scenario"];
        all.extend(&args);
        let (_, err, code) = run(&all);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    // Without components there is nothing to count over a horizon.
    let (_, err, code) = run(&["rapport", "--looptijd", "2026:5"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--looptijd: de set rekent geen kosten per scenario"),
        "{err}"
    );
}

/// A level word of the cost profile that no scenario has in the row: said
/// at its place, the range kept (it counts once a scenario gets that
/// level), and the outputs say it does not count; the scenarios that had
/// "Laag–midden" (scenario 1) now miss a range.
#[test]
fn a_level_word_the_component_does_not_use_is_said_and_kept() {
    let data = report_data();
    let text = changed(
        "(level: Some(\"Laag–midden\"), low_eur: 100000",
        "(level: Some(\"Hoog\"), low_eur: 100000",
    );
    let opened = parse_set(&data, "kosten.ron", &text).expect("said, not refused");
    let said = opened.warning.expect("said when the set opens");
    let line = line_of(&text, "Some(\"Hoog\"), low_eur: 100000");
    assert!(
        said.starts_with(&format!("Let op: kosten.ron:{line}:")),
        "{said}"
    );
    assert!(
        said.contains("'Structurele uitvoeringskosten' gebruikt het niveau 'Hoog' bij geen enkel scenario (wel: 'Laag–midden', 'Midden', 'Midden–hoog'); deze bandbreedte telt niet mee"),
        "{said}"
    );
    // Kept: written back, it reads again.
    let written = nmd_scenarios::model::assumption_set::to_ron(&data, &opened.set);
    assert!(
        written.contains("level: Some(\"Hoog\"), low_eur: 100000"),
        "{written}"
    );
    let h = crate::scenario_costs::horizon(&data, &opened.set.inputs);
    assert!(
        h.warnings
            .iter()
            .any(|w| w
                .contains("Structurele uitvoeringskosten: de bandbreedte voor Hoog telt niet mee")),
        "{:?}",
        h.warnings
    );
    assert!(!h.scenarios[0].complete);
}
