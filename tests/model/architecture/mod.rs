//! The house rules of docs/architecture.md, checked on the source:
//!
//! - no import cycle among the modules of any folder of `src/`, the
//!   folder's own `mod.rs` a node among them (nor among the top-level
//!   modules and `lib.rs`);
//! - five floors, every import pointing down: model ← workspace ←
//!   presentation ← views ← shell; the command line and the window are
//!   both shell and never import each other;
//! - no egui below the views, no source file over 600 lines and no
//!   function over 100.
//!
//! `graph.rs` reads the imports: use trees with nested braces, `self`,
//! `super`, renames and globs, paths in bodies, re-exports followed to the
//! module that defines the item. Each check fails on planted violations.

mod graph;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use graph::{Crate, ModulePath, folder_cycles};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Comments do not count.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn import_graph(files: &[(String, String)]) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    Crate::read(files).graph()
}

/// The floor of a top-level module: 0 model, 1 workspace, 2 presentation,
/// 3 views, 4 shell.
fn floor(module: &ModulePath) -> usize {
    match module.first().map(String::as_str) {
        Some("model" | "numbers" | "format" | "about") => 0,
        Some("workspace") => 1,
        Some("present") => 2,
        Some("ui") => 3,
        _ => 4,
    }
}

const FLOORS: [&str; 5] = ["model", "workspace", "presentation", "views", "shell"];

/// Imports that point up a floor, or between the command line and the
/// window.
fn floor_violations(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Vec<String> {
    let mut found = Vec::new();
    for (from, targets) in graph {
        for to in targets {
            let (a, b) = (floor(from), floor(to));
            let top = |m: &ModulePath| m.first().cloned().unwrap_or_default();
            if b > a {
                found.push(format!(
                    "{} ({}) imports {} ({})",
                    from.join("::"),
                    FLOORS[a],
                    to.join("::"),
                    FLOORS[b]
                ));
            }
            let pair = (top(from), top(to));
            if matches!(
                (pair.0.as_str(), pair.1.as_str()),
                ("cli", "window") | ("window", "cli")
            ) {
                found.push(format!(
                    "{} imports {}: the command line and the window never import each other",
                    from.join("::"),
                    to.join("::")
                ));
            }
        }
    }
    found
}

fn crate_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    rust_files(&src)
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "main.rs"))
        .map(|p| {
            let relative = p
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (relative, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn no_folder_of_src_has_an_import_cycle() {
    let graph = import_graph(&crate_files());
    let found = folder_cycles(&graph);
    assert!(found.is_empty(), "import cycles:\n{found:#?}");
}

#[test]
fn every_import_points_down_a_floor() {
    let graph = import_graph(&crate_files());
    let found = floor_violations(&graph);
    assert!(found.is_empty(), "{}", found.join("\n"));
    // Real edges across floors are seen.
    assert!(
        graph[&vec!["window".to_owned(), "app".to_owned()]]
            .iter()
            .any(|t| t.first().is_some_and(|f| f == "ui"))
    );
}

fn planted(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect()
}

#[test]
fn the_checks_find_planted_cycles() {
    // A cycle inside a folder, through a re-export and braces.
    let found = folder_cycles(&import_graph(&planted(&[
        ("lib.rs", "pub mod ui;"),
        ("ui/mod.rs", "mod a; mod b; pub use b::Thing;"),
        ("ui/a.rs", "use super::{Thing, b::Other};"),
        ("ui/b.rs", "use super::a::helper;"),
    ])));
    assert_eq!(found, ["src/ui: {\"a\", \"b\"}"], "{found:?}");
    // A cycle of three files in a nested folder, by `crate::` paths in
    // bodies.
    let found = folder_cycles(&import_graph(&planted(&[
        ("lib.rs", "pub mod model;"),
        ("model/mod.rs", "pub mod load;"),
        ("model/load/mod.rs", "mod x; mod y; mod z;"),
        ("model/load/x.rs", "use crate::model::load::y::Y;"),
        ("model/load/y.rs", "fn f() { crate::model::load::z::go() }"),
        ("model/load/z.rs", "use super::x;"),
    ])));
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_ring_through_mod_rs_is_a_cycle() {
    // `mod.rs` defines what a child uses and uses that child: a ring the
    // folder's files alone do not show.
    let found = folder_cycles(&import_graph(&planted(&[
        ("lib.rs", "pub mod report;"),
        (
            "report/mod.rs",
            "mod text; pub struct Context; fn go() { text::write() }",
        ),
        ("report/text.rs", "use super::Context; pub fn write() {}"),
    ])));
    assert_eq!(found, ["src/report: {\"<mod.rs>\", \"text\"}"], "{found:?}");
    // Re-exporting a child is no ring when the child uses a sibling.
    let found = folder_cycles(&import_graph(&planted(&[
        ("lib.rs", "pub mod report;"),
        (
            "report/mod.rs",
            "mod context; mod text; pub use text::write;",
        ),
        ("report/context.rs", "pub struct Context;"),
        (
            "report/text.rs",
            "use super::context::Context; pub fn write() {}",
        ),
    ])));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn nested_braces_self_super_and_renames_are_followed() {
    let found = folder_cycles(&import_graph(&planted(&[
        ("lib.rs", "pub mod ui;"),
        ("ui/mod.rs", "mod a; mod b; mod c;"),
        ("ui/a.rs", "use crate::ui::{b::{self as bee, X}, c};"),
        (
            "ui/b.rs",
            "pub struct X; fn f() { super::super::ui::c::g() }",
        ),
        ("ui/c.rs", "use self::super::a as first; pub fn g() {}"),
    ])));
    // a → b, a → c, b → c, c → a: one ring of three.
    assert_eq!(found, ["src/ui: {\"a\", \"b\", \"c\"}"], "{found:?}");
}

#[test]
fn a_glob_re_export_leads_to_the_module_that_defines() {
    let found = folder_cycles(&import_graph(&planted(&[
        ("lib.rs", "pub mod model; pub mod ui;"),
        ("model/mod.rs", "mod items; mod more; pub use items::*;"),
        (
            "model/items.rs",
            "pub struct Ranking; use super::more::Helper;",
        ),
        (
            "model/more.rs",
            "pub struct Helper; use crate::model::Ranking;",
        ),
        ("ui/mod.rs", ""),
    ])));
    // model::Ranking is defined in items (through the glob): more → items,
    // items → more.
    assert_eq!(found, ["src/model: {\"items\", \"more\"}"], "{found:?}");
}

#[test]
fn the_checks_find_a_planted_upward_import() {
    // A model module that uses a view; the command line that uses the
    // window; the presentation floor that uses a view.
    let found = floor_violations(&import_graph(&planted(&[
        (
            "lib.rs",
            "pub mod model; pub mod present; pub mod ui; pub mod cli; pub mod window;",
        ),
        ("model/mod.rs", "pub mod ranking;"),
        ("model/ranking.rs", "use crate::ui::style::colour;"),
        ("ui/mod.rs", "pub mod style;"),
        ("ui/style.rs", "pub fn colour() {}"),
        ("cli/mod.rs", "use crate::window::NmdApp;"),
        ("window/mod.rs", "pub struct NmdApp;"),
        ("present/mod.rs", "pub mod view_model;"),
        ("present/view_model.rs", "use crate::ui::style::colour;"),
    ])));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].contains("never import each other"), "{found:?}");
    assert!(found[1].starts_with("model::ranking (model) imports ui::style (views)"));
    assert!(
        found[2].starts_with("present::view_model (presentation) imports ui::style (views)"),
        "{found:?}"
    );
}

#[test]
fn no_egui_below_the_views() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for floor in ["model", "workspace", "present"] {
        for file in rust_files(&src.join(floor)) {
            let text = without_comments(&std::fs::read_to_string(&file).unwrap());
            assert!(
                !text.contains("egui") && !text.contains("eframe"),
                "{} uses egui: the {floor} floor must work without a window",
                file.display()
            );
        }
    }
}

#[test]
fn no_source_file_over_600_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long: Vec<String> = rust_files(&src)
        .into_iter()
        .filter_map(|file| {
            let lines = std::fs::read_to_string(&file).unwrap().lines().count();
            (lines > 600).then(|| format!("{} ({lines})", file.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by responsibility: {long:?}");
}
