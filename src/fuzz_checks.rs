//! The invariants the fuzz targets check (`fuzz/fuzz_targets/*.rs`), shared
//! with `tests/model/fuzz_regressions.rs` so that every committed seed and every
//! minimised crash is checked by the ordinary `cargo test` as well.
//!
//! Each `check_*` function takes arbitrary bytes, runs them through the same
//! path as the program (UTF-8 check, RON, validation, computation) and
//! panics when an invariant does not hold. Bad input is never a failure in
//! itself: it must produce a Dutch message, not a panic. The invariants:
//!
//! - every [`DataError`] names the file it is about (one of the files that
//!   were read) and has a non-empty message;
//! - a UTF-8 or RON syntax/type error is located, and every position
//!   (located or not by RON) lies inside the text (or just after its end);
//! - loading fails only with at least one message;
//! - whatever loads can be computed: results, robustness (SMAA-2 and the
//!   ordinal analysis, the only `f64` results: finite shares in 0..1) and the
//!   text and CSV reports;
//! - an assumption set written by [`to_ron`] reads back as the same set
//!   (stamped with the current data set, which [`to_ron`] always writes);
//! - a session either restores or says why not, and writes back unchanged.
//!
//! Nothing here draws; the module builds without the `gui` feature.

use std::sync::OnceLock;

use crate::model::assumption_set::{
    AssumptionSet, OpenedSet, SetFile, dataset_ref, parse_set, to_ron,
};
use crate::model::errors::{DataError, parse_ron};
use crate::model::load::{embedded_texts, load_embedded, load_folder_texts, text_from_bytes};
use crate::model::robustness::{Robustness, RobustnessOptions, robustness};
use crate::model::{DataSet, Inputs, compute, schema};
use crate::report::{ReportContext, csv_report, text_report};
use crate::workspace::session;

/// The name under which [`check_assumption_set`] reads its input.
pub const SET_FILE_NAME: &str = "fuzz/aannameset.ron";

/// Weight vectors drawn per robustness analysis in the checks: the same code
/// as the program's 10 000 draws, cheap enough for thousands of runs.
pub const FUZZ_DRAWS: usize = 200;
/// Codings drawn per robustness analysis in the checks.
pub const FUZZ_CODINGS: usize = 50;

/// The embedded report data set, loaded once.
pub fn embedded_data() -> &'static DataSet {
    static DATA: OnceLock<DataSet> = OnceLock::new();
    DATA.get_or_init(|| load_embedded().expect("the embedded data set loads"))
}

/// The first byte chooses the data file that the rest replaces (0:
/// scenarios, 1: criteria, 2: staffing, modulo 3); the other files and the
/// built-in sets stay embedded. Whatever loads is computed and reported.
pub fn check_data_files(bytes: &[u8]) {
    let Some((&which, content)) = bytes.split_first() else {
        return;
    };
    let mut texts = embedded_texts();
    let slot = match which % 3 {
        0 => &mut texts.scenarios,
        1 => &mut texts.criteria,
        _ => texts
            .staffing
            .as_mut()
            .expect("the embedded data has a staffing file"),
    };
    let name = slot.0.clone();
    let text = match text_from_bytes(&name, content.to_vec()) {
        Ok(text) => text,
        Err(error) => {
            assert!(error.at.is_some(), "UTF-8 error without position: {error}");
            check_error(&error, &[(&name, "")], false);
            return;
        }
    };
    slot.1 = text.clone();
    // The replaced file on its own: a RON error here is all load_texts says.
    let syntax = match which % 3 {
        0 => parse_ron::<schema::ScenariosFile>(&name, &text).err(),
        1 => parse_ron::<schema::CriteriaFile>(&name, &text).err(),
        _ => parse_ron::<schema::StaffingFile>(&name, &text).err(),
    };
    let mut files: Vec<(&str, &str)> = vec![
        (&texts.scenarios.0, &texts.scenarios.1),
        (&texts.criteria.0, &texts.criteria.1),
    ];
    if let Some((name, text)) = &texts.staffing {
        files.push((name, text));
    }
    files.extend(texts.sets.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    match load_folder_texts(&texts) {
        Err(errors) => {
            assert!(!errors.is_empty(), "loading failed without a message");
            if let Some(syntax) = syntax {
                assert_eq!(errors, vec![syntax.clone()], "RON error not passed on");
                assert!(syntax.at.is_some(), "RON error without position: {syntax}");
            }
            for error in &errors {
                check_error(error, &files, false);
            }
        }
        Ok(folder) => {
            assert!(syntax.is_none(), "loaded although RON refused the text");
            check_data_set(&folder.data, &folder.sets);
        }
    }
}

/// Reads the bytes as an assumption-set file against the embedded data.
/// A set that opens is computed and must survive [`to_ron`] unchanged.
pub fn check_assumption_set(bytes: &[u8]) {
    let data = embedded_data();
    let text = match text_from_bytes(SET_FILE_NAME, bytes.to_vec()) {
        Ok(text) => text,
        Err(error) => {
            assert!(error.at.is_some(), "UTF-8 error without position: {error}");
            check_error(&error, &[(SET_FILE_NAME, "")], false);
            return;
        }
    };
    let syntax = parse_ron::<SetFile>(SET_FILE_NAME, &text).err();
    match parse_set(data, SET_FILE_NAME, &text) {
        Err(errors) => {
            assert!(!errors.is_empty(), "the set was refused without a message");
            if let Some(syntax) = syntax {
                assert_eq!(errors, vec![syntax.clone()], "RON error not passed on");
                assert!(syntax.at.is_some(), "RON error without position: {syntax}");
            }
            for error in &errors {
                check_error(error, &[(SET_FILE_NAME, &text)], true);
            }
        }
        Ok(opened) => {
            assert!(syntax.is_none(), "opened although RON refused the text");
            check_opened(data, &opened);
            check_outcome(data, &opened.set.inputs);
        }
    }
}

/// Reads the bytes as a stored session against the embedded data.
pub fn check_session(bytes: &[u8]) {
    // The program reads the session file with `read_to_string`: a file that
    // is not UTF-8 is simply not there.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let data = embedded_data();
    match session::restore(data, text) {
        Err(message) => assert!(
            !message.trim().is_empty(),
            "a session was refused without a reason"
        ),
        Ok(restored) => {
            let written = session::to_text(&restored.session);
            assert_eq!(
                session::from_text(&written).as_ref(),
                Ok(&restored.session),
                "a restored session does not read back from {written:?}"
            );
            check_opened(data, &restored.current);
            check_opened(data, &restored.saved);
            check_outcome(data, &restored.current.set.inputs);
        }
    }
}

/// A loaded data set: computed at its defaults and reported; its built-in
/// sets survive [`to_ron`].
pub fn check_data_set(data: &DataSet, sets: &[AssumptionSet]) {
    let inputs = Inputs::report_defaults(data);
    check_outcome(data, &inputs);
    // The reports of a workspace at those defaults, as the program makes
    // them (a report is made from a snapshot only).
    let defaults = AssumptionSet {
        inputs,
        ..AssumptionSet::report(data, "Rapport")
    };
    let folder = crate::model::load::DataFolder {
        data: data.clone(),
        sets: vec![defaults],
    };
    let mut workspace = crate::workspace::Workspace::new(folder, "fuzz");
    workspace.set_draws(FUZZ_DRAWS, None);
    let snapshot = workspace.snapshot();
    let ctx = ReportContext::of(&snapshot);
    assert!(!text_report(&ctx).is_empty(), "empty text report");
    assert!(!csv_report(&ctx).is_empty(), "empty CSV report");
    for set in sets {
        check_round_trip(data, set);
    }
}

/// Computes the results and the robustness analysis (with [`FUZZ_DRAWS`]
/// draws) and checks the `f64` parts of the latter.
pub fn check_outcome(data: &DataSet, inputs: &Inputs) -> Robustness {
    // The set's own scenarios and criteria, added to the data.
    let extended = crate::model::own::extended(data, inputs);
    let data: &DataSet = &extended;
    let outcome = compute(data, inputs);
    assert_eq!(
        outcome.staffing.len(),
        data.years.len(),
        "a year is missing"
    );
    let options = RobustnessOptions {
        draws: FUZZ_DRAWS,
        codings: FUZZ_CODINGS,
        ..RobustnessOptions::from_inputs(inputs)
    };
    let result = robustness(data, inputs, &options);
    check_robustness(&result);
    result
}

/// Every share of the robustness analysis is a finite number in 0..1; the
/// SMAA-2 acceptabilities and central weights of a scenario add up to 1.
pub fn check_robustness(result: &Robustness) {
    let share = |what: &str, x: f64| {
        assert!(
            x.is_finite() && (-1e-9..=1.0 + 1e-9).contains(&x),
            "{what} is {x}, not a share in 0..1"
        );
    };
    let sums_to_one = |what: &str, xs: &[f64]| {
        let sum: f64 = xs.iter().sum();
        assert!((sum - 1.0).abs() < 1e-6, "{what} add up to {sum}, not 1");
    };
    let smaa = &result.smaa;
    for row in &smaa.acceptability {
        row.iter().for_each(|&x| share("acceptability", x));
        if smaa.draws > 0 {
            sums_to_one("acceptabilities", row);
        }
    }
    for weights in smaa.central_weights.iter().flatten() {
        weights.iter().for_each(|&x| share("central weight", x));
        sums_to_one("central weights", weights);
    }
    for &x in smaa.confidence.iter().flatten() {
        share("confidence factor", x);
    }
    if let Some(ordinal) = &result.ordinal {
        share("ordinal first place", ordinal.first_place.share);
        share("ordinal full ranking", ordinal.full_ranking.share);
        ordinal
            .first_share
            .iter()
            .for_each(|&x| share("ordinal first share", x));
    }
}

/// An opened set: a warning is worded, and the set survives [`to_ron`].
pub fn check_opened(data: &DataSet, opened: &OpenedSet) {
    if let Some(warning) = &opened.warning {
        assert!(!warning.trim().is_empty(), "empty warning");
    }
    check_round_trip(data, &opened.set);
}

/// [`to_ron`] then [`parse_set`] gives the same set, stamped with `data`
/// (the file always names the data it was written on), without a warning
/// but a located plausibility warning;
/// writing it again gives the same text.
pub fn check_round_trip(data: &DataSet, set: &AssumptionSet) {
    let text = to_ron(data, set);
    let again = match parse_set(data, SET_FILE_NAME, &text) {
        Ok(again) => again,
        Err(errors) => panic!("a written set does not read back: {errors:?}\n{text}"),
    };
    // Only plausibility warnings, each at its place in the file (a range
    // wider than its middle): never "made on other data".
    let located = format!("Let op: {SET_FILE_NAME}:");
    assert!(
        again
            .warning
            .as_deref()
            .is_none_or(|w| w.lines().all(|l| l.starts_with(&located))),
        "warning on a set just written: {:?}",
        again.warning
    );
    let expected = AssumptionSet {
        dataset: Some(dataset_ref(data)),
        ..set.clone()
    };
    assert_eq!(again.set, expected, "the set changed on the way:\n{text}");
    assert_eq!(to_ron(data, &again.set), text, "writing is not stable");
}

/// A message about one of `files` (name, text): it names the file, says
/// something, and a position lies inside the text (or just after its end).
/// With `located`, a message without position must be one about the whole
/// file (an assumption set made on other data).
fn check_error(error: &DataError, files: &[(&str, &str)], located: bool) {
    let shown = error.to_string();
    assert!(!error.message.trim().is_empty(), "empty message: {shown}");
    let Some(&(_, text)) = files.iter().find(|(name, _)| *name == error.file) else {
        panic!("message about an unknown file: {shown}");
    };
    assert!(shown.starts_with(&error.file), "file not named: {shown}");
    match error.at {
        Some(at) if !text.is_empty() => {
            let line = text.split('\n').nth(at.line.wrapping_sub(1));
            let fits = line.is_some_and(|l| at.col >= 1 && at.col <= l.chars().count() + 1);
            assert!(fits, "position outside the text: {shown}");
        }
        Some(at) => assert!(at.line >= 1 && at.col >= 1, "position 0: {shown}"),
        None if located => assert!(
            error
                .message
                .starts_with("deze set is gemaakt op andere gegevens"),
            "message without position: {shown}"
        ),
        None => {}
    }
}
