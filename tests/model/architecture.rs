//! The house rules of docs/architecture.md, checked on the source:
//!
//! - no import cycle among the modules of any folder of `src/` (nor among
//!   the top-level modules);
//! - four floors, every import pointing down: model ← workspace ← views ←
//!   shell; the command line and the window are both shell and never
//!   import each other;
//! - no egui below the views, no source file over 600 lines.
//!
//! The checks run on module paths read from `use crate::…`, `super::…` and
//! `self::…` (with one level of braces, and names a `mod.rs` re-exports
//! traced to the child they come from), and fail on planted violations.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path from the crate root: `["ui", "view_model"]`.
type ModulePath = Vec<String>;

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

/// Comments do not import anything.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a file (path relative to `src/`) defines.
fn module_of(relative: &str) -> ModulePath {
    let parts: Vec<&str> = relative.trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["lib"] => Vec::new(),
        [dirs @ .., "mod"] => dirs.iter().map(|s| s.to_string()).collect(),
        all => all.iter().map(|s| s.to_string()).collect(),
    }
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Every path after `prefix` in `text`, as segments, expanding one level
/// of braces: `super::{a, b::C}` gives `[a]` and `[b, C]`.
fn paths_after(text: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        // `super::super::x` is read once, from its start.
        if text[..at].ends_with("::")
            || text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let rest = &text[at + prefix.len()..];
        let read = |rest: &str| -> Vec<String> {
            let mut segments = Vec::new();
            let mut rest = rest;
            loop {
                let name = identifier(rest);
                if name.is_empty() {
                    break;
                }
                rest = &rest[name.len()..];
                segments.push(name);
                match rest.strip_prefix("::") {
                    Some(r) if !r.starts_with('{') => rest = r,
                    _ => break,
                }
            }
            segments
        };
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|item| read(item.trim())));
        } else {
            out.push(read(rest));
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Names a module file re-exports from a child: `pub use child::{A, B}`.
fn reexports(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for statement in text.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_start_matches("self::");
        let Some((child, names)) = rest.split_once("::") else {
            continue;
        };
        for name in names.trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = name.split(" as ").next().unwrap_or("").trim();
            if !name.is_empty() && !child.contains(' ') {
                out.insert(name.to_owned(), child.trim().to_owned());
            }
        }
    }
    out
}

/// The import graph between modules of a crate given as (path relative to
/// `src/`, text) pairs.
fn import_graph(files: &[(String, String)]) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    let modules: BTreeMap<ModulePath, String> = files
        .iter()
        .map(|(path, text)| (module_of(path), without_comments(text)))
        .collect();
    let known: BTreeSet<&ModulePath> = modules.keys().collect();
    let reexported: BTreeMap<&ModulePath, BTreeMap<String, String>> = modules
        .iter()
        .map(|(m, text)| (m, reexports(text)))
        .collect();
    // The longest known module a path names; a name re-exported by that
    // module leads to the child it comes from.
    let resolve = |path: &[String]| -> Option<ModulePath> {
        let mut best: Option<ModulePath> = None;
        for n in (1..=path.len()).rev() {
            let prefix = path[..n].to_vec();
            if known.contains(&prefix) {
                best = Some(prefix);
                break;
            }
        }
        let module = best?;
        if let Some(next) = path.get(module.len())
            && let Some(child) = reexported.get(&module).and_then(|r| r.get(next))
        {
            let mut via = module.clone();
            via.push(child.clone());
            if known.contains(&via) {
                return Some(via);
            }
        }
        Some(module)
    };
    let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
    for (module, text) in &modules {
        let edges = graph.entry(module.clone()).or_default();
        let mut targets: Vec<Vec<String>> = paths_after(text, "crate::");
        targets.extend(paths_after(text, "nmd_scenarios::"));
        // `super` is the module's parent: a file's folder, a folder's
        // parent (for `foo/bar.rs` and `foo/bar/mod.rs` alike).
        let parent = module[..module.len().saturating_sub(1)].to_vec();
        for relative in paths_after(text, "super::") {
            let mut base = parent.clone();
            let mut rest = relative.as_slice();
            while let Some(("super", tail)) = rest.split_first().map(|(h, t)| (h.as_str(), t)) {
                base.pop();
                rest = tail;
            }
            base.extend(rest.iter().cloned());
            targets.push(base);
        }
        {
            for relative in paths_after(text, "self::") {
                let mut base = module.clone();
                base.extend(relative);
                targets.push(base);
            }
        }
        for target in targets {
            if let Some(target) = resolve(&target).filter(|t| t != module && !t.is_empty()) {
                edges.insert(target);
            }
        }
    }
    graph
}

/// The strongly connected components with more than one node.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(node) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|k| (k, reach(k))).collect();
    let mut out: Vec<BTreeSet<String>> = Vec::new();
    for (node, from) in &reachable {
        let component: BTreeSet<String> = from
            .iter()
            .filter(|other| reachable.get(other).is_some_and(|r| r.contains(*node)))
            .cloned()
            .collect();
        if component.len() > 1 && !out.contains(&component) {
            out.push(component);
        }
    }
    out
}

/// Import cycles among the children of every folder (and of the crate).
fn folder_cycles(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Vec<String> {
    let folders: BTreeSet<ModulePath> = graph
        .keys()
        .filter(|m| !m.is_empty())
        .map(|m| m[..m.len() - 1].to_vec())
        .collect();
    let mut found = Vec::new();
    for folder in folders {
        let child = |m: &ModulePath| -> Option<String> {
            (m.len() > folder.len() && m.starts_with(&folder)).then(|| m[folder.len()].clone())
        };
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, targets) in graph {
            let Some(a) = child(from) else { continue };
            edges.entry(a.clone()).or_default();
            for to in targets {
                if let Some(b) = child(to).filter(|b| *b != a) {
                    edges.entry(a.clone()).or_default().insert(b);
                }
            }
        }
        for cycle in cycles(&edges) {
            let name = if folder.is_empty() {
                "src".to_owned()
            } else {
                format!("src/{}", folder.join("/"))
            };
            found.push(format!("{name}: {cycle:?}"));
        }
    }
    found
}

/// The floor of a top-level module: 0 model, 1 workspace, 2 views,
/// 3 shell.
fn floor(module: &ModulePath) -> usize {
    match module.first().map(String::as_str) {
        Some("model" | "numbers" | "format" | "about") => 0,
        Some("workspace") => 1,
        Some("ui") => 2,
        _ => 3,
    }
}

const FLOORS: [&str; 4] = ["model", "workspace", "views", "shell"];

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
    assert!(found.is_empty(), "import cycles:\n{}", found.join("\n"));
    // The check sees real edges (else it could never fail).
    let edge = |a: &[&str], b: &[&str]| {
        let a: ModulePath = a.iter().map(|s| s.to_string()).collect();
        let b: ModulePath = b.iter().map(|s| s.to_string()).collect();
        graph.get(&a).is_some_and(|t| t.contains(&b))
    };
    assert!(edge(&["model", "staffing"], &["model", "dataset"]));
    assert!(edge(&["ui", "group_ui"], &["ui", "view_model"]));
    assert!(edge(&["report", "csv"], &["report", "check_rows"]));
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

#[test]
fn the_checks_find_a_planted_cycle_and_a_planted_upward_import() {
    let files = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect()
    };
    // A cycle inside a folder, through a re-export and braces.
    let planted = files(&[
        ("lib.rs", "pub mod ui;"),
        ("ui/mod.rs", "mod a; mod b; pub use b::Thing;"),
        ("ui/a.rs", "use super::{Thing, c};"),
        ("ui/b.rs", "use super::a::helper;"),
    ]);
    let found = folder_cycles(&import_graph(&planted));
    assert_eq!(found, ["src/ui: {\"a\", \"b\"}"], "{found:?}");
    // A cycle of three files in a nested folder, by `crate::` paths.
    let planted = files(&[
        ("model/load/x.rs", "use crate::model::load::y::Y;"),
        ("model/load/y.rs", "fn f() { crate::model::load::z::go() }"),
        ("model/load/z.rs", "use super::x;"),
        ("model/load/mod.rs", "mod x; mod y; mod z;"),
    ]);
    assert_eq!(folder_cycles(&import_graph(&planted)).len(), 1);
    // A model module that uses a view; the command line that uses the
    // window.
    let planted = files(&[
        ("model/mod.rs", "pub mod ranking;"),
        ("model/ranking.rs", "use crate::ui::style::colour;"),
        ("ui/mod.rs", "pub mod style;"),
        ("ui/style.rs", ""),
        ("cli/mod.rs", "use crate::window::NmdApp;"),
        ("window/mod.rs", ""),
    ]);
    let found = floor_violations(&import_graph(&planted));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("never import each other"), "{found:?}");
    assert!(found[1].starts_with("model::ranking (model) imports ui::style (views)"));
}

#[test]
fn no_egui_below_the_views() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for floor in ["model", "workspace"] {
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
