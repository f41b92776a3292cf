//! Embeds the built-in assumption sets: every `.ron` file in
//! `scenarios/sets/`, in file-name order, so a new built-in set needs no
//! code change. Writes `$OUT_DIR/embedded_sets.rs`, a list of
//! `(name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), path)))`: the
//! path is resolved when the crate compiles, not when this script ran, so a
//! target directory shared by two checkouts (or a moved checkout) never reads
//! the set files of another, possibly deleted, folder.

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
        println!("cargo::rerun-if-changed={}", path.display());
        let relative = format!("scenarios/sets/{name}");
        out.push_str(&format!(
            "    ({relative:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),\n",
            format!("/{relative}")
        ));
    }
    out.push(']');
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_sets.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
