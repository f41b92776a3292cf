//! The crate's import graph, read from its source: `use` trees with nested
//! braces, `self`, `super`, `crate`, renames and globs; paths in bodies
//! (`crate::model::x()`, `super::f()`); re-exports (`pub use`,
//! `pub(crate) use`, glob re-exports, and a parent's private `use` that a
//! child reaches through `super::`) followed to the module that *defines*
//! the item. A folder's `mod.rs` is a node of its own, so a child that
//! imports an item defined in `mod.rs` while `mod.rs` imports the child is
//! a ring. `#[cfg(test)]` items are left out; `mod x;` is no import.

use std::collections::{BTreeMap, BTreeSet};

/// A module's path from the crate root: `["ui", "view_model"]`.
pub type ModulePath = Vec<String>;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Ident(String),
    Punct(&'static str),
    Other(char),
    Literal,
}

/// Tokens of Rust source, without comments; strings and chars as one
/// literal token each.
fn lex(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let word = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !(i > 0 && word(chars[i - 1]))
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                tokens.push(Token::Ident("r".into()));
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            tokens.push(Token::Literal);
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            tokens.push(Token::Literal);
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{a0}'), else a lifetime.
            let close = (i + 2..(i + 12).min(chars.len())).find(|&j| chars[j] == '\'');
            match close {
                Some(j) if chars[i + 1] == '\\' || j == i + 2 => {
                    tokens.push(Token::Literal);
                    i = j + 1;
                }
                _ => {
                    i += 1;
                    while i < chars.len() && word(chars[i]) {
                        i += 1;
                    }
                }
            }
        } else if word(c) {
            let start = i;
            while i < chars.len() && word(chars[i]) {
                i += 1;
            }
            tokens.push(Token::Ident(chars[start..i].iter().collect()));
        } else if c == ':' && next == Some(':') {
            tokens.push(Token::Punct("::"));
            i += 2;
        } else {
            tokens.push(Token::Other(c));
            i += 1;
        }
    }
    tokens
}

fn is(t: Option<&Token>, c: char) -> bool {
    t == Some(&Token::Other(c))
}

fn ident(t: Option<&Token>) -> Option<&str> {
    match t {
        Some(Token::Ident(s)) => Some(s),
        _ => None,
    }
}

/// The tokens without `#[cfg(test)]` items (up to the matching `}` or `;`).
fn without_tests(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let test_attribute = is(tokens.get(i), '#')
            && is(tokens.get(i + 1), '[')
            && ident(tokens.get(i + 2)) == Some("cfg")
            && is(tokens.get(i + 3), '(')
            && ident(tokens.get(i + 4)) == Some("test")
            && is(tokens.get(i + 5), ')');
        if !test_attribute {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        let mut j = i + 7;
        while j < tokens.len() && !is(tokens.get(j), '{') && !is(tokens.get(j), ';') {
            j += 1;
        }
        if is(tokens.get(j), '{') {
            let mut depth = 0;
            while j < tokens.len() {
                if is(tokens.get(j), '{') {
                    depth += 1;
                } else if is(tokens.get(j), '}') {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
        }
        i = j + 1;
    }
    out
}

/// One name a `use` brings in: its full path as written and the name it
/// takes here (`*` for a glob).
#[derive(Debug, Clone)]
struct Use {
    path: Vec<String>,
    alias: String,
}

/// A use tree from `tokens[i]`, under `prefix`; the names and where it ends.
fn use_tree(tokens: &[Token], mut i: usize, prefix: &[String]) -> (Vec<Use>, usize) {
    let mut path = prefix.to_vec();
    let mut out = Vec::new();
    while i < tokens.len() {
        if is(tokens.get(i), '{') {
            i += 1;
            while i < tokens.len() && !is(tokens.get(i), '}') {
                let (sub, next) = use_tree(tokens, i, &path);
                out.extend(sub);
                i = next;
                if is(tokens.get(i), ',') {
                    i += 1;
                }
            }
            return (out, i + 1);
        }
        if is(tokens.get(i), '*') {
            out.push(Use {
                path,
                alias: "*".into(),
            });
            return (out, i + 1);
        }
        if let Some(name) = ident(tokens.get(i)) {
            path.push(name.to_owned());
            i += 1;
            if tokens.get(i) == Some(&Token::Punct("::")) {
                i += 1;
                continue;
            }
            let mut alias = name.to_owned();
            if ident(tokens.get(i)) == Some("as") {
                alias = ident(tokens.get(i + 1)).unwrap_or("_").to_owned();
                i += 2;
            }
            if path.last().is_some_and(|l| l == "self") {
                path.pop();
                if alias == "self" {
                    alias = path.last().cloned().unwrap_or_default();
                }
            }
            out.push(Use { path, alias });
            return (out, i);
        }
        return (out, i + 1);
    }
    (out, i)
}

/// What one module file holds: its children (`mod x;`), the names it
/// defines, its `use`s and the paths in its bodies.
#[derive(Debug, Default)]
struct ModuleText {
    children: BTreeSet<String>,
    defines: BTreeSet<String>,
    uses: Vec<Use>,
    body_paths: Vec<Vec<String>>,
}

fn read_module(text: &str) -> ModuleText {
    let tokens = without_tests(lex(text));
    let mut m = ModuleText::default();
    let mut i = 0;
    while i < tokens.len() {
        let here = ident(tokens.get(i));
        if here == Some("mod")
            && is(tokens.get(i + 2), ';')
            && let Some(child) = ident(tokens.get(i + 1))
        {
            m.children.insert(child.to_owned());
        }
        if matches!(
            here,
            Some("fn" | "struct" | "enum" | "const" | "type" | "trait" | "static" | "union")
        ) && let Some(name) = ident(tokens.get(i + 1))
        {
            m.defines.insert(name.to_owned());
        }
        if here == Some("use") && tokens.get(i.wrapping_sub(1)) != Some(&Token::Punct("::")) {
            let (items, next) = use_tree(&tokens, i + 1, &[]);
            m.uses.extend(items);
            i = next;
            continue;
        }
        // A path in a body: ident(::ident)+, not part of a longer path.
        if here.is_some()
            && (i == 0 || tokens[i - 1] != Token::Punct("::"))
            && tokens.get(i + 1) == Some(&Token::Punct("::"))
            && ident(tokens.get(i + 2)).is_some()
        {
            let mut path = vec![here.unwrap_or_default().to_owned()];
            let mut j = i + 1;
            while tokens.get(j) == Some(&Token::Punct("::")) {
                match ident(tokens.get(j + 1)) {
                    Some(s) => path.push(s.to_owned()),
                    None => break,
                }
                j += 2;
            }
            m.body_paths.push(path);
            i = j;
            continue;
        }
        i += 1;
    }
    m
}

/// The module a file (path relative to `src/`) defines.
pub fn module_of(relative: &str) -> ModulePath {
    let parts: Vec<&str> = relative.trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["lib"] => Vec::new(),
        [dirs @ .., "mod"] => dirs.iter().map(|s| s.to_string()).collect(),
        all => all.iter().map(|s| s.to_string()).collect(),
    }
}

/// The crate read: every module and what it holds.
pub struct Crate {
    modules: BTreeMap<ModulePath, ModuleText>,
}

impl Crate {
    /// The crate given as (path relative to `src/`, text) pairs.
    pub fn read(files: &[(String, String)]) -> Self {
        Self {
            modules: files
                .iter()
                .map(|(path, text)| (module_of(path), read_module(text)))
                .collect(),
        }
    }

    fn children(&self, m: &ModulePath) -> Option<&BTreeSet<String>> {
        self.modules.get(m).map(|t| &t.children)
    }

    fn is_child(&self, m: &ModulePath, name: &str) -> bool {
        self.children(m).is_some_and(|c| c.contains(name))
    }

    /// A path as written in module `m` made absolute; `None` for another
    /// crate's path (std, egui, …) or a local name.
    fn absolute(&self, m: &ModulePath, path: &[String], depth: usize) -> Option<ModulePath> {
        let (head, tail) = path.split_first()?;
        match head.as_str() {
            "crate" | "nmd_scenarios" => Some(tail.to_vec()),
            "self" if tail.first().is_some_and(|s| s == "super") => self.absolute(m, tail, depth),
            "self" => Some([m.clone(), tail.to_vec()].concat()),
            "super" => {
                let mut base = m.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
                Some([base, rest.to_vec()].concat())
            }
            name if self.is_child(m, name) => Some([m.clone(), path.to_vec()].concat()),
            name if depth < 8 => {
                let used = self.modules.get(m)?.uses.iter().find(|u| u.alias == name)?;
                let base = self.absolute(m, &used.path, depth + 1)?;
                Some([base, tail.to_vec()].concat())
            }
            _ => None,
        }
    }

    /// The module `path` names (its longest prefix of modules), if any.
    fn module_at(&self, path: &[String]) -> Option<ModulePath> {
        let mut m = Vec::new();
        for s in path {
            if self.is_child(&m, s) {
                m.push(s.clone());
            } else {
                return None;
            }
        }
        Some(m)
    }

    /// The module that defines `name` as seen from module `m` (an item of
    /// `m`, a child, or a name `m` brings in by a `use`, a glob included).
    fn defining(&self, m: &ModulePath, name: &str, depth: usize) -> Option<ModulePath> {
        let text = self.modules.get(m)?;
        if text.children.contains(name) {
            return Some([m.clone(), vec![name.to_owned()]].concat());
        }
        if text.defines.contains(name) || depth > 12 {
            return Some(m.clone());
        }
        if let Some(used) = text.uses.iter().find(|u| u.alias == name) {
            let absolute = self.absolute(m, &used.path, 0)?;
            return self.resolve(&absolute, depth + 1);
        }
        for glob in text.uses.iter().filter(|u| u.alias == "*") {
            let Some(base) = self
                .absolute(m, &glob.path, 0)
                .and_then(|a| self.module_at(&a))
            else {
                continue;
            };
            let from = self.defining(&base, name, depth + 1);
            let defined_there = self
                .modules
                .get(&base)
                .is_some_and(|t| t.defines.contains(name) || t.children.contains(name));
            if from.as_ref().is_some_and(|f| *f != base) || defined_there {
                return from;
            }
        }
        Some(m.clone())
    }

    /// The module that defines what the absolute `path` names.
    fn resolve(&self, path: &[String], depth: usize) -> Option<ModulePath> {
        let mut m = Vec::new();
        for s in path {
            if self.is_child(&m, s) {
                m.push(s.clone());
                continue;
            }
            return self.defining(&m, s, depth);
        }
        Some(m)
    }

    /// Every module's imports, each to the module defining what it uses.
    pub fn graph(&self) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
        let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
        for (m, text) in &self.modules {
            let edges = graph.entry(m.clone()).or_default();
            let paths = text.uses.iter().map(|u| &u.path).chain(&text.body_paths);
            for path in paths {
                let target = self.absolute(m, path, 0).and_then(|a| self.resolve(&a, 0));
                if let Some(target) = target.filter(|t| t != m) {
                    edges.insert(target);
                }
            }
        }
        graph
    }
}

/// The strongly connected components with more than one node.
pub fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
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

/// Import cycles among the children of every folder (and of the crate),
/// the folder's own `mod.rs` (or `lib.rs`) a node among them.
pub fn folder_cycles(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Vec<String> {
    let folders: BTreeSet<ModulePath> = graph
        .keys()
        .filter(|m| !m.is_empty())
        .map(|m| m[..m.len() - 1].to_vec())
        .collect();
    let mut found = Vec::new();
    for folder in folders {
        let own = if folder.is_empty() {
            "<lib.rs>"
        } else {
            "<mod.rs>"
        };
        let node = |m: &ModulePath| -> Option<String> {
            if *m == folder {
                Some(own.to_owned())
            } else {
                (m.len() > folder.len() && m.starts_with(&folder)).then(|| m[folder.len()].clone())
            }
        };
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, targets) in graph {
            let Some(a) = node(from) else { continue };
            edges.entry(a.clone()).or_default();
            for to in targets {
                if let Some(b) = node(to).filter(|b| *b != a) {
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
