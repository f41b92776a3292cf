//! Every text the program can show has a glyph in the window's fonts: egui
//! panics on a missing glyph, and a hover text drawn only when the pointer
//! rests on one spot (the participants' "how" with an arrow) once did. All
//! string literals of `src/` and every text of the embedded data are drawn
//! once, with kittest's missing-glyph check on.

use std::collections::BTreeSet;
use std::path::Path;

/// The characters of every string literal in the Rust files under `dir`
/// (comments skipped; an escape like `\u{feff}` is not a shown character).
fn literal_chars(dir: &Path, into: &mut BTreeSet<char>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            literal_chars(&path, into);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let mut inside = false;
            let mut escaped = false;
            for c in line.chars() {
                match (inside, escaped, c) {
                    (true, true, _) => escaped = false,
                    (true, false, '\\') => escaped = true,
                    (_, false, '"') => inside = !inside,
                    (true, false, c) => {
                        into.insert(c);
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn every_text_in_the_source_and_data_has_a_glyph() {
    let mut chars = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    literal_chars(&root.join("src"), &mut chars);
    for file in [
        "scenarios/scenarios.ron",
        "scenarios/criteria.ron",
        "scenarios/staffing.ron",
    ] {
        chars.extend(std::fs::read_to_string(root.join(file)).unwrap().chars());
    }
    // Characters that are never drawn as text: control characters and the
    // byte-order mark of the CSV.
    chars.retain(|c| !c.is_control() && *c != '\u{feff}');
    let all: String = chars.iter().collect();
    assert!(
        all.contains('€') && all.contains('–'),
        "the scan found the texts"
    );
    let mut harness = egui_kittest::Harness::new_ui(|ui| {
        // Panics (failing the test) on a character without a glyph.
        ui.label(all.as_str());
        ui.label(egui::RichText::new(all.as_str()).strong());
    });
    harness.run();
}
