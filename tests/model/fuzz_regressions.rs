//! The fuzz targets' inputs in the ordinary test run: every committed seed
//! (`fuzz/corpus/<target>/seed-*`) and every minimised crash
//! (`tests/fixtures/fuzz/<target>/*`) goes through the same checks as in
//! `cargo fuzz run` (`nmd_scenarios::fuzz_checks`), so the seeds stay valid
//! inputs and a fixed crash stays fixed.

use std::path::{Path, PathBuf};

use nmd_scenarios::format::{number, number_ascii};
use nmd_scenarios::fuzz_checks::{check_assumption_set, check_data_files, check_session};
use nmd_scenarios::model::DataSet;
use nmd_scenarios::model::errors::DataError;
use nmd_scenarios::model::load::{embedded_texts, load_texts};
use rust_decimal::Decimal;

/// The files of `dir` whose name starts with `prefix`, sorted.
fn files(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    paths.sort();
    paths
}

/// Runs `check` on every seed and every regression input of `target`;
/// returns how many there were.
fn run_all(target: &str, check: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = files(&root.join("fuzz/corpus").join(target), "seed-");
    paths.extend(files(&root.join("tests/fixtures/fuzz").join(target), ""));
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{} fails the checks", path.display());
    }
    paths.len()
}

#[test]
fn data_files_seeds_and_regressions_hold() {
    assert!(run_all("data_files", check_data_files) >= 3);
}

#[test]
fn assumption_set_seeds_and_regressions_hold() {
    assert!(run_all("assumption_set", check_assumption_set) >= 2);
}

#[test]
fn session_seeds_and_regressions_hold() {
    assert!(run_all("session", check_session) >= 1);
}

/// A minimised crash of `data_files`: the first byte chose the file, the
/// rest is its text.
fn crash_input(name: &str) -> (u8, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz/data_files")
        .join(name);
    let bytes = std::fs::read(path).unwrap();
    let (&which, text) = bytes.split_first().unwrap();
    (which % 3, String::from_utf8(text.to_vec()).unwrap())
}

/// Loads the embedded data with criteria.ron replaced by `text`.
fn load_with_criteria(text: String) -> Result<DataSet, Vec<DataError>> {
    let mut texts = embedded_texts();
    texts.criteria.1 = text;
    load_texts(&texts)
}

/// Scale values near Decimal's limit made the weighted sum (compute) or the
/// ordinal analysis overflow and panic. They are refused, located.
#[test]
fn absurd_scale_values_are_refused_with_their_position() {
    for (name, value) in [
        (
            "crash-scale-value-sum-overflows",
            "79228162514264337593543950335",
        ),
        ("crash-scale-value-product-overflows", "1e23"),
        (
            "crash-scale-value-negative-overflows",
            "-79228162514264337593543950335",
        ),
    ] {
        let (which, text) = crash_input(name);
        assert_eq!(which, 1, "{name} replaces criteria.ron");
        let line = text
            .lines()
            .position(|l| l.contains(&format!("value: {value})")))
            .unwrap()
            + 1;
        let errors = load_with_criteria(text).expect_err(name);
        assert_eq!(errors.len(), 1, "{errors:?}");
        let error = &errors[0];
        assert_eq!(error.at.map(|at| at.line), Some(line), "{error}");
        assert!(
            error
                .message
                .contains("ligt niet tussen −1.000.000 en 1.000.000"),
            "{error}"
        );
    }
}

/// The edge of the bound still loads and computes.
#[test]
fn scale_values_at_the_bound_load() {
    let text = embedded_texts()
        .criteria
        .1
        .replace("value: 1)", "value: -1000000)")
        .replace("value: 5)", "value: 1000000)");
    let data = load_with_criteria(text).expect("loads");
    nmd_scenarios::fuzz_checks::check_data_set(&data, &[]);
}

/// A published Tabel 7 cell of 28 digits made the CSV report panic inside
/// rust_decimal (`format!("{:.2}")` of a value that needs > 32 characters).
#[test]
fn a_published_cell_of_28_digits_is_reported() {
    let (which, text) = crash_input("crash-published-cell-28-digits");
    assert_eq!(which, 2, "replaces staffing.ron");
    assert!(text.contains("\"9999999999999999999999999999\""));
    let mut texts = embedded_texts();
    texts.staffing.as_mut().unwrap().1 = text;
    // Whether it loads or not: no panic, and the number formats.
    if let Ok(data) = load_texts(&texts) {
        nmd_scenarios::fuzz_checks::check_data_set(&data, &[]);
    }
    let big = Decimal::from_str_exact("9999999999999999999999999999").unwrap();
    assert_eq!(
        number_ascii(big, 2),
        "9.999.999.999.999.999.999.999.999.999,00"
    );
    assert_eq!(number(-Decimal::MAX, 4), format!("−{},0000", grouped_max()));
    assert_eq!(number(Decimal::new(-115, 3), 2), "−0,12");
    assert_eq!(number(Decimal::new(5, 1), 0), "1");
}

/// `Decimal::MAX` with thousands dots.
fn grouped_max() -> String {
    let digits = Decimal::MAX.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}
