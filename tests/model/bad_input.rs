//! Every class of bad data gives a Dutch message naming file, line and
//! column, and the data set is refused as a whole.

use crate::common;

use common::*;
use nmd_scenarios::model::load::{self, embedded_texts};

/// Asserts one error names `file` and `line` (and `col` if given) and
/// contains `words`.
fn assert_located(
    texts: &load::DataTexts,
    file: &str,
    line: usize,
    col: Option<usize>,
    words: &str,
) {
    let errors = load_errors(texts);
    let found = errors.iter().any(|e| {
        e.file.contains(file)
            && e.at
                .is_some_and(|p| p.line == line && col.is_none_or(|c| p.col == c))
            && e.message.contains(words)
    });
    assert!(
        found,
        "expected {file}:{line}:{col:?} with '{words}', got:\n{}",
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The Display form is `file:line:column: message`.
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains(&format!("{file}:{line}:")))
    );
}

#[test]
fn syntax_error() {
    // A missing comma between two fields.
    let texts = mutated(
        "criteria",
        "default_weight: 1,\n        ),\n        (\n            id: \"toezicht\"",
        "default_weight: 1\n            oops: 1,\n        ),\n        (\n            id: \"toezicht\"",
    );
    let line = line_of(&texts.criteria.1, "oops: 1");
    assert_located(&texts, "criteria.ron", line, None, "komma verwacht");
}

#[test]
fn unknown_field() {
    let texts = mutated(
        "staffing",
        "short_name: \"Spec. jeugd\",",
        "short_name: \"Spec. jeugd\",\n            colour: \"rood\",",
    );
    let line = line_of(&texts.staffing.as_ref().unwrap().1, "colour:");
    assert_located(
        &texts,
        "staffing.ron",
        line,
        Some(13),
        "onbekend veld 'colour'",
    );
}

#[test]
fn missing_field() {
    let texts = mutated("scenarios", "            section: \"§5.6\",\n", "");
    let errors = load_errors(&texts);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("veld 'section' ontbreekt")
                && e.file.contains("scenarios.ron")
                && e.at.is_some()),
        "{errors:?}"
    );
}

#[test]
fn wrong_type() {
    let texts = mutated("scenarios", "number: 2,", "number: \"twee\",");
    let line = line_of(&texts.scenarios.1, "\"twee\"");
    assert_located(
        &texts,
        "scenarios.ron",
        line,
        // The opening quote of "twee", not the space before it.
        Some(21),
        "een geheel getal verwacht",
    );
}

#[test]
fn negative_volume() {
    let texts = mutated(
        "staffing",
        "report_volume_mln: 12,",
        "report_volume_mln: -12,",
    );
    let line = line_of(&texts.staffing.as_ref().unwrap().1, "-12");
    assert_located(&texts, "staffing.ron", line, Some(32), "negatief");
}

#[test]
fn non_numeric_volume() {
    let texts = mutated(
        "staffing",
        "report_volume_mln: 12,",
        "report_volume_mln: \"twaalf\",",
    );
    let line = line_of(&texts.staffing.as_ref().unwrap().1, "\"twaalf\"");
    assert_located(&texts, "staffing.ron", line, Some(32), "verwacht een getal");
}

#[test]
fn absurd_volume() {
    let texts = mutated(
        "staffing",
        "report_volume_mln: 12,",
        "report_volume_mln: 12000000,",
    );
    let line = line_of(&texts.staffing.as_ref().unwrap().1, "12000000");
    assert_located(
        &texts,
        "staffing.ron",
        line,
        Some(32),
        "onwaarschijnlijk groot",
    );
}

#[test]
fn duplicate_id() {
    let texts = mutated("scenarios", "id: \"s3\"", "id: \"s2\"");
    let first = line_of(&texts.scenarios.1, "id: \"s2\"");
    let second = texts.scenarios.1[..texts.scenarios.1.rfind("id: \"s2\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert!(second > first);
    assert_located(
        &texts,
        "scenarios.ron",
        second,
        Some(17),
        &format!("dubbele id 's2' voor een scenario (eerder op regel {first})"),
    );
}

#[test]
fn reference_to_unknown_id() {
    let texts = mutated(
        "criteria",
        "scenario: \"s3\", criterion: \"legitimiteit\"",
        "scenario: \"s9\", criterion: \"legitimiteit\"",
    );
    let line = line_of(&texts.criteria.1, "\"s9\"");
    assert_located(
        &texts,
        "criteria.ron",
        line,
        Some(23),
        "onbekend scenario 's9'",
    );
}

#[test]
fn reference_to_unknown_segment_in_a_choice() {
    let texts = mutated(
        "staffing",
        "shares: [(\"lichte_jeugd_overig\", 0), (\"lichte_jeugd_assen\", 0)]",
        "shares: [(\"lichte_jeugd_elders\", 0), (\"lichte_jeugd_assen\", 0)]",
    );
    let line = line_of(&texts.staffing.as_ref().unwrap().1, "lichte_jeugd_elders");
    assert_located(
        &texts,
        "staffing.ron",
        line,
        None,
        "onbekend segment 'lichte_jeugd_elders'",
    );
}

/// All-zero weights are a state, not an error, and behave the same whether
/// they come from the data, a set or the command line: the data loads, there
/// is no ranking, a warning says so, exit code 0 (tests/model/cli.rs runs
/// the same through the binary).
#[test]
fn all_zero_default_weights_load_without_a_ranking() {
    let mut texts = embedded_texts();
    texts.criteria.1 = texts
        .criteria
        .1
        .replace("default_weight: 1,", "default_weight: 0,");
    let data = load::load_texts(&texts).expect("all-zero weights are not an error");
    let inputs = nmd_scenarios::model::Inputs::report_defaults(&data);
    assert_eq!(
        nmd_scenarios::model::compute(&data, &inputs).ranking,
        nmd_scenarios::model::ranking::Ranking::NoWeights
    );
    let ranking = nmd_scenarios::model::compute(&data, &inputs).ranking;
    let warning = nmd_scenarios::cli::run::no_ranking_warning(&data, &ranking);
    assert_eq!(
        warning.as_deref(),
        Some(
            "Let op: alle gewichten staan op 0: er is geen rangorde. Geef minstens één criterium een gewicht groter dan 0."
        )
    );
}

#[test]
fn published_total_that_is_not_a_number() {
    let texts = mutated(
        "staffing",
        "total: \"12,40\",",
        "total: \"twaalf komma vier\",",
    );
    let line = line_of(&texts.staffing.as_ref().unwrap().1, "twaalf komma vier");
    assert_located(
        &texts,
        "staffing.ron",
        line,
        Some(24),
        "totaal 'twaalf komma vier' is geen getal",
    );
}

#[test]
fn row_that_leaves_a_choice_open() {
    let texts = mutated(
        "staffing",
        "choices: [(\"lichte_jeugd\", \"nmd\"), (\"centrumtaak\", \"incl\")],\n                volume: \"€74 miljoen\"",
        "choices: [(\"centrumtaak\", \"incl\")],\n                volume: \"€74 miljoen\"",
    );
    let errors = load_errors(&texts);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("legt keuze 'lichte_jeugd' niet vast")),
        "{errors:?}"
    );
}

#[test]
fn inseparable_segments_need_an_assumption() {
    // Without the centrumtaak assumption the report cannot split its fte.
    let start = texts_staffing().find("    assumptions: [").unwrap();
    let end = texts_staffing()[start..].find("\n    ],\n").unwrap() + start + 7;
    let removed = texts_staffing()[start..end].to_owned();
    let texts = mutated("staffing", &removed, "");
    let errors = load_errors(&texts);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("altijd samen voor") && e.message.contains("centrumtaak")),
        "{errors:?}"
    );
}

#[test]
fn not_utf8_file_not_found_and_directory() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("x.ron");
    std::fs::write(&bad, b"(\n  a: \"\xff\xfe\",\n)").unwrap();
    let e = load::read_text_file(&bad).unwrap_err();
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(e.at.map(|p| (p.line, p.col)), Some((2, 7)));

    let e = load::read_text_file(&dir.path().join("weg.ron")).unwrap_err();
    assert!(e.message.contains("niet gevonden"), "{e}");
    let e = load::read_text_file(dir.path()).unwrap_err();
    assert!(e.message.contains("map, geen bestand"), "{e}");

    let big = dir.path().join("groot.ron");
    std::fs::write(&big, vec![b' '; (load::MAX_FILE_BYTES + 1) as usize]).unwrap();
    let e = load::read_text_file(&big).unwrap_err();
    assert!(e.message.contains("te groot"), "{e}");
}

#[test]
fn a_folder_missing_a_file_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let texts = embedded_texts();
    std::fs::write(dir.path().join("scenarios.ron"), &texts.scenarios.1).unwrap();
    std::fs::write(
        dir.path().join("staffing.ron"),
        &texts.staffing.as_ref().unwrap().1,
    )
    .unwrap();
    let errors = load::load_dir(dir.path()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].file.ends_with("criteria.ron"));
    assert!(errors[0].message.contains("niet gevonden"));
    // Without staffing.ron the folder is a data set without a staffing
    // table (a decision on form only): no years, no categories.
    std::fs::write(dir.path().join("criteria.ron"), &texts.criteria.1).unwrap();
    std::fs::remove_file(dir.path().join("staffing.ron")).unwrap();
    let data = load::load_dir(dir.path()).expect("loads without staffing");
    assert!(data.years.is_empty() && data.categories.is_empty());
}

fn texts_staffing() -> String {
    embedded_texts().staffing.unwrap().1
}

#[test]
fn nan_and_infinite_volumes() {
    for (literal, message) in [
        ("NaN", "verwacht een getal"),
        ("inf", "verwacht een getal"),
        ("-inf", "verwacht een getal"),
        // A number, only too large for one: said so.
        ("1e400", "het getal 1e400 is te groot"),
    ] {
        let texts = mutated(
            "staffing",
            "report_volume_mln: 12,",
            &format!("report_volume_mln: {literal},"),
        );
        let line = line_of(
            &texts.staffing.as_ref().unwrap().1,
            &format!("report_volume_mln: {literal},"),
        );
        assert_located(&texts, "staffing.ron", line, Some(32), message);
    }
}

#[test]
fn a_file_without_read_permission() {
    // The message for the error kind, whoever runs the tests.
    let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    assert_eq!(
        load::io_message(&denied),
        "geen toestemming om dit bestand te lezen"
    );
    // And on a real file, where permissions apply (root reads anything).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("staffing.ron");
        std::fs::write(&path, texts_staffing()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&path).is_err() {
            let e = load::read_text_file(&path).unwrap_err();
            assert!(e.file.ends_with("staffing.ron"), "{e}");
            assert_eq!(e.message, "geen toestemming om dit bestand te lezen");
        }
    }
}
