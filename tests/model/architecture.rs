//! The house rules of docs/architecture.md, checked on the source: no import
//! cycle among the model's modules (nor inside a model folder), no egui
//! below the views, no source file over 600 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn source(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    // Comments do not import anything.
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

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

/// The first path segments after every `prefix` in `text`, expanding one
/// level of braces: `super::{a, b::C}` gives a and b.
fn first_segments(text: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        // `super::super::x` is not `super::x`.
        if text[..at].ends_with("::") {
            continue;
        }
        let rest = &text[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out.retain(|name| !matches!(name.as_str(), "super" | "self" | "crate"));
    out
}

/// Names re-exported by a `mod.rs` (`pub use child::{A, B}`), to the child.
fn reexports(mod_rs: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if !mod_rs.exists() {
        return out;
    }
    let text = source(mod_rs);
    for statement in text.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_start_matches("self::");
        let Some((child, names)) = rest.split_once("::") else {
            continue;
        };
        let names = names.trim_matches(|c| c == '{' || c == '}');
        for name in names.split(',') {
            let name = name.trim();
            if !name.is_empty() {
                out.insert(name.to_owned(), child.trim().to_owned());
            }
        }
    }
    out
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

#[test]
fn the_model_has_no_import_cycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut modules: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            modules.insert(name, rust_files(&path));
        } else if name != "mod" {
            modules.insert(name, vec![path]);
        }
    }
    let root_reexports = reexports(&root.join("mod.rs"));
    let resolve = |segment: &str| {
        if modules.contains_key(segment) {
            Some(segment.to_owned())
        } else {
            root_reexports.get(segment).cloned()
        }
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut inner: BTreeMap<PathBuf, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (module, files) in &modules {
        graph.entry(module.clone()).or_default();
        for file in files {
            let text = source(file);
            let dir = file.parent().unwrap();
            let nested = dir != root;
            let mut segments = first_segments(&text, "crate::model::");
            if nested {
                let depth = dir.strip_prefix(&root).unwrap().components().count();
                let is_mod = file.file_name().unwrap() == "mod.rs";
                let prefix = "super::".repeat(depth + usize::from(!is_mod));
                segments.extend(first_segments(&text, &prefix));
            } else {
                segments.extend(first_segments(&text, "super::"));
            }
            for segment in segments {
                if let Some(target) = resolve(&segment).filter(|t| t != module) {
                    graph.entry(module.clone()).or_default().insert(target);
                }
            }
            // Inside a folder: child → sibling through `super::x`.
            if nested && file.file_name().unwrap() != "mod.rs" {
                let me = file.file_stem().unwrap().to_string_lossy().into_owned();
                let siblings: BTreeSet<String> = rust_files(dir)
                    .iter()
                    .filter(|p| p.parent() == Some(dir) && p.file_name().unwrap() != "mod.rs")
                    .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
                    .collect();
                let local = reexports(&dir.join("mod.rs"));
                let edges = inner.entry(dir.to_path_buf()).or_default();
                edges.entry(me.clone()).or_default();
                for segment in first_segments(&text, "super::") {
                    let target = if siblings.contains(&segment) {
                        Some(segment)
                    } else {
                        local.get(&segment).cloned()
                    };
                    if let Some(target) = target.filter(|t| *t != me) {
                        edges.get_mut(&me).unwrap().insert(target);
                    }
                }
            }
        }
    }
    let mut found: Vec<String> = cycles(&graph)
        .into_iter()
        .map(|c| format!("model: {c:?}"))
        .collect();
    for (dir, edges) in &inner {
        found.extend(
            cycles(edges)
                .into_iter()
                .map(|c| format!("{}: {c:?}", dir.display())),
        );
    }
    assert!(found.is_empty(), "import cycles: {found:?}");
    // The check sees real edges (else it could never fail).
    assert!(graph["staffing"].contains("dataset"), "{graph:?}");
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.insert("a".into(), ["b".to_owned()].into());
    graph.insert("b".into(), ["c".to_owned()].into());
    graph.insert("c".into(), ["a".to_owned()].into());
    graph.insert("d".into(), ["a".to_owned()].into());
    let found = cycles(&graph);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].len(), 3);
    assert_eq!(
        first_segments("use super::{a, b::C};\nuse super::super::x;", "super::"),
        ["a", "b"]
    );
}

#[test]
fn no_egui_below_the_views() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for floor in ["model", "workspace"] {
        for file in rust_files(&src.join(floor)) {
            let text = source(&file);
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
