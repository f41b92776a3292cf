//! Helpers shared by the integration tests.
#![allow(dead_code)]

use nmd_scenarios::model::dataset::Selection;
use nmd_scenarios::model::errors::DataError;
use nmd_scenarios::model::load::{self, DataTexts};
use nmd_scenarios::model::staffing::{YearStaffing, report_volumes, staffing_for_situation};
use nmd_scenarios::model::{DataSet, Inputs};
use rust_decimal::Decimal;

/// The program, as a user starts it.
pub fn program() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_nmd-scenarios"))
}

/// The program with `args`, as a user runs it: stdout, stderr, exit code.
pub fn run(args: &[&str]) -> (String, String, i32) {
    let out = program().args(args).output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

pub fn report_data() -> DataSet {
    load::load_embedded().expect("the embedded report data set loads")
}

/// The built-in assumption sets of the report's data.
pub fn report_sets() -> Vec<nmd_scenarios::model::assumption_set::AssumptionSet> {
    load::load_embedded_folder()
        .expect("the embedded report data set loads")
        .sets
}

/// A selection from `(choice id, option id)` pairs; other choices default.
pub fn selection(data: &DataSet, pairs: &[(&str, &str)]) -> Selection {
    let mut selection = data.default_selection();
    for (choice, option) in pairs {
        let c = data
            .choice_index(choice)
            .unwrap_or_else(|| panic!("choice {choice}"));
        let o = data.choices[c]
            .options
            .iter()
            .position(|o| o.id == *option)
            .unwrap_or_else(|| panic!("option {option}"));
        selection[c] = o;
    }
    selection
}

/// Staffing at the report's volumes for a year and choices.
pub fn situation(data: &DataSet, year: u16, pairs: &[(&str, &str)]) -> YearStaffing {
    staffing_for_situation(
        data,
        &data.ratios,
        year,
        &selection(data, pairs),
        &report_volumes(data),
    )
}

pub fn fte_of(data: &DataSet, staffing: &YearStaffing, category: &str) -> Option<Decimal> {
    staffing.categories[data.category_index(category).unwrap()].fte
}

pub fn inputs_with(data: &DataSet, pairs: &[(&str, &str)]) -> Inputs {
    let mut inputs = Inputs::report_defaults(data);
    inputs.selection = selection(data, pairs);
    inputs
}

pub fn assert_close(actual: Decimal, expected: Decimal, tolerance: Decimal, what: &str) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: computed {actual}, expected {expected} (tolerance {tolerance})"
    );
}

/// The embedded texts with `from` replaced by `to` in one file
/// ("scenarios", "criteria" or "staffing"); panics if `from` is absent.
pub fn mutated(file: &str, from: &str, to: &str) -> DataTexts {
    let mut texts = load::embedded_texts();
    let target = match file {
        "scenarios" => &mut texts.scenarios.1,
        "criteria" => &mut texts.criteria.1,
        "staffing" => &mut texts.staffing.as_mut().expect("embedded staffing").1,
        other => panic!("unknown file {other}"),
    };
    assert!(
        target.contains(from),
        "test set-up: '{from}' not in {file}.ron"
    );
    *target = target.replacen(from, to, 1);
    texts
}

/// 1-based line of the first occurrence of `needle` in `text`.
pub fn line_of(text: &str, needle: &str) -> usize {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("'{needle}' not found"));
    text[..offset].matches('\n').count() + 1
}

pub fn load_errors(texts: &DataTexts) -> Vec<DataError> {
    load::load_texts(texts).expect_err("the mutated data must be refused")
}
