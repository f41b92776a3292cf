//! Embeds the built-in assumption sets: every `.ron` file in
//! `scenarios/sets/`, in file-name order, so a new built-in set needs no
//! code change. Writes `$OUT_DIR/embedded_sets.rs`, a list of
//! `(name, include_str!(path))`.

use std::path::Path;

fn main() {
    let dir = Path::new("scenarios/sets");
    println!("cargo::rerun-if-changed=scenarios/sets");
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
    let mut out = String::from("&[\n");
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let absolute = std::fs::canonicalize(&path).expect("a set file in scenarios/sets");
        println!("cargo::rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("scenarios/sets/{name}"),
            absolute.display().to_string()
        ));
    }
    out.push(']');
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_sets.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
