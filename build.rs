//! Embeds what the program carries without a data folder next to it:
//!
//! - the built-in assumption sets of the report's data: every `.ron` file
//!   in `scenarios/sets/`, in file-name order (`embedded_sets.rs`);
//! - every other region's data folder, `scenarios/regio-*/`, with its
//!   `scenarios.ron`, `criteria.ron`, `staffing.ron` if any and its sets
//!   (`embedded_regions.rs`), reachable as `--data midden-limburg`;
//! - the handleiding's examples, `docs/voorbeelden/*.ron`
//!   (`embedded_examples.rs`), reachable as `--set vijf-profielen` and from
//!   the window's Bestand menu.
//!
//! So a new set, region or example needs no code change. Each file is
//! `include_str!(concat!(env!("CARGO_MANIFEST_DIR"), path))`: resolved when
//! the crate compiles, not when this script ran, so a target directory
//! shared by two checkouts never reads the files of another folder.

use std::path::{Path, PathBuf};

/// The `.ron` files of `dir`, in file-name order.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `include_str!` of `path` (relative to the crate).
fn included(path: &Path) -> String {
    println!("cargo::rerun-if-changed={}", path.display());
    format!(
        "include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))",
        format!("/{}", path.display())
    )
}

/// `&[("dir/name.ron", include_str!(…)), …]` for the `.ron` files of `dir`.
fn files_list(dir: &Path) -> String {
    let mut out = String::from("&[");
    for path in ron_files(dir) {
        out.push_str(&format!(
            "({:?}, {}), ",
            path.display().to_string(),
            included(&path)
        ));
    }
    out.push(']');
    out
}

/// Every `scenarios/regio-*` folder as `(folder, scenarios, criteria,
/// staffing, sets)`.
fn regions() -> String {
    let root = Path::new("scenarios");
    println!("cargo::rerun-if-changed=scenarios");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_dir()
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("regio-"))
                })
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    let mut out = String::from("&[\n");
    for dir in dirs {
        let staffing = dir.join("staffing.ron");
        let staffing = if staffing.is_file() {
            format!("Some({})", included(&staffing))
        } else {
            "None".to_owned()
        };
        out.push_str(&format!(
            "    ({:?}, {}, {}, {staffing}, {}),\n",
            dir.display().to_string(),
            included(&dir.join("scenarios.ron")),
            included(&dir.join("criteria.ron")),
            files_list(&dir.join("sets")),
        ));
    }
    out.push(']');
    out
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, text: String| {
        std::fs::write(Path::new(&out_dir).join(name), text).expect("OUT_DIR is writable");
    };
    write("embedded_sets.rs", files_list(Path::new("scenarios/sets")));
    write("embedded_regions.rs", regions());
    write(
        "embedded_examples.rs",
        files_list(Path::new("docs/voorbeelden")),
    );
}
