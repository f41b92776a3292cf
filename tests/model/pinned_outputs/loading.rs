//! Loading the data: every mistake in criteria.ron and staffing.ron named,
//! in order, on its line.

use crate::common::line_of;
use nmd_scenarios::model::load;

/// The embedded data with several pieces of text replaced.
fn data_with(file: &str, replacements: &[(&str, &str)]) -> (load::DataTexts, String) {
    let mut texts = load::embedded_texts();
    let target = match file {
        "criteria" => &mut texts.criteria.1,
        "staffing" => &mut texts.staffing.as_mut().unwrap().1,
        other => panic!("unknown file {other}"),
    };
    for (from, to) in replacements {
        assert!(
            target.contains(from),
            "test set-up: '{from}' not in {file}.ron"
        );
        *target = target.replacen(from, to, 1);
    }
    let text = target.clone();
    (texts, text)
}

/// The loader's messages, each with its line found from a piece of the
/// mutated text (`None`: no position), in the order given.
fn assert_load_errors(texts: &load::DataTexts, text: &str, expected: &[(Option<&str>, &str)]) {
    let errors = load::load_texts(texts).expect_err("the mutated data must be refused");
    let got: Vec<(Option<usize>, String)> = errors
        .iter()
        .map(|e| (e.at.map(|p| p.line), e.message.clone()))
        .collect();
    let want: Vec<(Option<usize>, String)> = expected
        .iter()
        .map(|(needle, message)| (needle.map(|n| line_of(text, n)), (*message).to_owned()))
        .collect();
    assert_eq!(got, want);
}

/// criteria.ron: a scale that does not rise, a negative weight, an unknown
/// level, a score given twice (the second one is named) and the two scores
/// that are then missing.
#[test]
fn the_criteria_loader_names_every_mistake() {
    let (texts, text) = data_with(
        "criteria",
        &[
            (
                "(label: \"Beperkt\", value: 2)",
                "(label: \"Beperkt\", value: 0.5)",
            ),
            ("default_weight: 1,", "default_weight: -1,"),
            (
                "scenario: \"s1\", criterion: \"legitimiteit\", level: \"Beperkt\",",
                "scenario: \"s1\", criterion: \"legitimiteit\", level: \"Onbekend\",",
            ),
            (
                "scenario: \"s2\", criterion: \"legitimiteit\", level: \"Sterk\",",
                "scenario: \"s1\", criterion: \"toezicht\", level: \"Sterk\",",
            ),
        ],
    );
    assert_load_errors(
        &texts,
        &text,
        &[
            (
                Some("value: 0.5"),
                "de waarden van de schaal moeten oplopen: 'Beperkt' (0.5) komt na 'Zeer beperkt' (1)",
            ),
            (
                Some("default_weight: -1"),
                "criterium 'legitimiteit': gewicht −1 ligt niet tussen 0 en 1.000.000; een gewicht kan niet negatief zijn",
            ),
            (
                Some("level: \"Onbekend\""),
                "onbekend niveau 'Onbekend'; bekend zijn: 'Zeer beperkt', 'Beperkt', 'Matig', 'Goed', 'Sterk'",
            ),
            (
                Some("scenario: \"s1\", criterion: \"toezicht\", level: \"Beperkt\""),
                "scenario 's1' heeft al een score op criterium 'toezicht'",
            ),
            (
                Some("id: \"legitimiteit\""),
                "geen score voor scenario 's1' op criterium 'legitimiteit'",
            ),
            (
                Some("id: \"legitimiteit\""),
                "geen score voor scenario 's2' op criterium 'legitimiteit'",
            ),
        ],
    );
}

/// staffing.ron's structure: a year twice, a fixed category from a year
/// that is not there, and three broken task templates.
#[test]
fn the_staffing_loader_names_every_mistake_in_the_structure() {
    let (texts, text) = data_with(
        "staffing",
        &[
            (
                "years: [2025, 2026, 2027, 2028]",
                "years: [2025, 2026, 2026, 2027, 2028]",
            ),
            (
                "basis: Fixed(from_year: 2026)",
                "basis: Fixed(from_year: 2030)",
            ),
            (
                "category: \"kwaliteit\",\n            name: \"Kwaliteitsmanagement per aanbieder\",",
                "category: \"geen\",\n            name: \"Kwaliteitsmanagement per aanbieder\",",
            ),
            ("units: Some(350),", "units: Some(-350),"),
            ("name: \"Inkooptrajecten\",", "name: \" \","),
        ],
    );
    assert_load_errors(
        &texts,
        &text,
        &[
            (
                Some("years: [2025, 2026, 2026"),
                "de jaren moeten oplopen, elk jaar één keer",
            ),
            (
                Some("(id: \"toezicht\", name: \"Toezicht\""),
                "categorie 'toezicht': jaar 2030 in 'Fixed(from_year: …)' staat niet in 'years'",
            ),
            (
                Some("units: Some(-350)"),
                "taak 'Toezicht op Wmo-aanbieders': aantal −350 ligt niet tussen 0 en 1.000.000; een aantal kan niet negatief zijn",
            ),
            (
                Some("category: \"geen\""),
                "onbekend functiecategorie 'geen'; bekend zijn: 'management', 'inkoop', 'kwaliteit', 'toezicht', 'bedrijfsvoering'",
            ),
            (
                Some("category: \"inkoop\",\n            name: \" \""),
                "een taak in 'task_templates' heeft een naam en een eenheid nodig",
            ),
        ],
    );
}

/// The published tables: cells that are no number or too many, rows of the
/// wrong length, choices unknown, twice or left open, a column twice and
/// one missing, a row without a known year, variants with one option.
#[test]
fn the_staffing_loader_names_every_mistake_in_the_tables() {
    let (texts, text) = data_with(
        "staffing",
        &[
            (
                "cells: [\"€ 125 miljoen\", \"€ 108 miljoen\"]",
                "cells: [\"€ 125 miljoen\", \"geen\"]",
            ),
            (
                "cells: [\"€ 74 miljoen\", \"€ 57 miljoen\"]",
                "cells: [\"€ 74 miljoen\"]",
            ),
            (
                "cells: [\"€ 63 miljoen\", \"€ 46 miljoen\"]",
                "cells: [\"€ 63 en 2 miljoen\", \"€ 46 miljoen\"]",
            ),
            (
                "choices: [(\"lichte_jeugd\", \"jhrd\"), (\"buurtkracht\", \"nmd\")],\n                cells: [\"€ 68",
                "choices: [(\"lichte_jeugd\", \"jhrd\"), (\"geen\", \"x\"), (\"lichte_jeugd\", \"nmd\")],\n                cells: [\"€ 68",
            ),
            (
                "cells: [\"€ 54 miljoen (waarvan € 3 miljoen voor Assen)\", \"€ 37",
                "cells: [\"€ 54 miljoen\", \"€ 37",
            ),
            (
                "columns: [\"management\", \"inkoop\", \"kwaliteit\", \"toezicht\", \"bedrijfsvoering\"]",
                "columns: [\"management\", \"inkoop\", \"kwaliteit\", \"toezicht\", \"toezicht\"]",
            ),
            (
                "volume: \"€125 miljoen\",\n                total: \"21,28\",",
                "volume: \"veel\",\n                total: \"21,28 1 2\",",
            ),
            (
                "years: [2026, 2027],\n                choices: [(\"lichte_jeugd\", \"nmd\"), (\"centrumtaak\", \"incl\")],",
                "years: [2099],\n                choices: [(\"lichte_jeugd\", \"nmd\"), (\"centrumtaak\", \"incl\")],",
            ),
            (
                "cells: [\"0,44\", \"1,94\", \"0,86\", \"3,22\", \"4\"]",
                "cells: [\"0,44\", \"1,94\", \"0,86\", \"3,22\"]",
            ),
            (
                "variants: Some((choice: \"toezicht_buurtkracht\", options: [\"nmd\", \"anders\"])),\n                volume: \"€51",
                "variants: Some((choice: \"toezicht_buurtkracht\", options: [\"nmd\"])),\n                volume: \"€51",
            ),
            (
                "choices: [(\"lichte_jeugd\", \"nmd\"), (\"buurtkracht\", \"assen\"), (\"centrumtaak\", \"incl\")],\n                variants",
                "choices: [(\"lichte_jeugd\", \"nmd\"), (\"centrumtaak\", \"incl\")],\n                variants",
            ),
        ],
    );
    assert_load_errors(
        &texts,
        &text,
        &[
            (
                Some("\"€ 125 miljoen\", \"geen\""),
                "volume 'geen' is geen getal",
            ),
            (
                Some("id: \"t6_2026_spec\""),
                "rij 't6_2026_spec' heeft 1 cellen, maar 'volume_table' heeft 2 kolommen",
            ),
            (
                Some("€ 63 en 2 miljoen"),
                "'€ 63 en 2 miljoen' bevat meer dan één getal; noem met 'of_which' de segmenten van het 'waarvan'-bedrag",
            ),
            (
                Some("(\"geen\", \"x\")"),
                "onbekend keuze 'geen'; bekend zijn: 'lichte_jeugd', 'buurtkracht', 'centrumtaak', 'toezicht_buurtkracht'",
            ),
            (
                Some("(\"geen\", \"x\")"),
                "keuze 'lichte_jeugd' staat twee keer in deze rij",
            ),
            (
                Some("id: \"t6_2028_bk_nmd\""),
                "rij 't6_2028_bk_nmd' legt keuze 'buurtkracht' niet vast; die geldt vanaf 2028",
            ),
            (
                Some("cells: [\"€ 54 miljoen\""),
                "'€ 54 miljoen' moet twee getallen bevatten: het volume en het 'waarvan'-bedrag",
            ),
            (
                Some("\"toezicht\", \"toezicht\"]"),
                "categorie 'toezicht' staat twee keer in de kolommen van 'staffing_table'",
            ),
            (
                Some("\"toezicht\", \"toezicht\"]"),
                "categorie 'bedrijfsvoering' ontbreekt in de kolommen van 'staffing_table'",
            ),
            (Some("volume: \"veel\""), "volume 'veel' is geen getal"),
            (
                Some("total: \"21,28 1 2\""),
                "totaal '21,28 1 2' bevat 3 getallen; verwacht 1 of 1 (één per variant)",
            ),
            (
                Some("years: [2099]"),
                "onbekend jaar 2099; de gegevens kennen: 2025, 2026, 2027, 2028",
            ),
            (
                Some("id: \"t7_2026_spec\""),
                "rij 't7_2026_spec' noemt geen jaar",
            ),
            (
                Some("id: \"t7_2026_licht\""),
                "rij 't7_2026_licht' heeft 4 cellen, maar 'staffing_table' heeft 5 kolommen",
            ),
            (
                Some("options: [\"nmd\"])"),
                "'variants' noemt minstens twee opties",
            ),
            (
                Some("total: \"7,65 tot 8,43\""),
                "totaal '7,65 tot 8,43' bevat 2 getallen; verwacht 1 of 1 (één per variant)",
            ),
            (
                Some("\"0,68\", \"3,22 2,44 minus Assen\""),
                "cel '3,22 2,44 minus Assen' bevat 2 getallen; verwacht 1 of 1 (één per variant)",
            ),
            (
                Some("id: \"t7_2028_bk_assen\""),
                "rij 't7_2028_bk_assen' legt keuze 'toezicht_buurtkracht' niet vast; die geldt vanaf 2028",
            ),
            (
                Some("id: \"t7_2028_licht_nmd\""),
                "rij 't7_2028_licht_nmd' legt keuze 'buurtkracht' niet vast; die geldt vanaf 2028",
            ),
        ],
    );
}

/// A Tabel 7 row for two years whose segments differ between them, and a
/// cell with three figures.
#[test]
fn a_staffing_row_must_describe_the_same_segments_in_each_of_its_years() {
    let (texts, text) = data_with(
        "staffing",
        &[
            (
                "years: [2026, 2027],\n                choices: [(\"lichte_jeugd\", \"jhrd\"), (\"centrumtaak\", \"incl\")],",
                "years: [2026, 2028],\n                choices: [(\"lichte_jeugd\", \"jhrd\"), (\"centrumtaak\", \"incl\"), (\"buurtkracht\", \"nmd\"), (\"toezicht_buurtkracht\", \"nmd\")],",
            ),
            (
                "cells: [\"0,48\", \"2,36\", \"1,1\", \"3,22\", \"4,12\"]",
                "cells: [\"0,48\", \"2,36\", \"1,1 2 3\", \"3,22\", \"4,12\"]",
            ),
        ],
    );
    assert_load_errors(
        &texts,
        &text,
        &[
            (
                Some("id: \"t7_2026_licht\""),
                "rij 't7_2026_licht' geldt voor 2026 en 2028, maar de segmenten bij de samenwerking verschillen tussen die jaren",
            ),
            (
                Some("\"1,1 2 3\""),
                "cel '1,1 2 3' bevat 3 getallen; verwacht 1 of 1 (één per variant)",
            ),
        ],
    );
}
