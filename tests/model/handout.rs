//! The hand-out documents: every picture the README and the handleiding
//! show exists in `assets/`, each walkthrough of the handleiding has
//! pictures, and every screenshot the script makes is shown somewhere.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The targets of `![alt](target)` in a Markdown text.
fn image_targets(markdown: &str) -> Vec<String> {
    markdown
        .split("![")
        .skip(1)
        .filter_map(|rest| {
            let after_alt = rest.split_once("](")?.1;
            Some(after_alt.split_once(')')?.0.to_owned())
        })
        .collect()
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn every_picture_in_readme_and_handleiding_exists() {
    for (doc, dir) in [("README.md", ""), ("docs/handleiding.md", "docs")] {
        let targets = image_targets(&read(doc));
        assert!(!targets.is_empty(), "{doc} shows no picture");
        for target in targets {
            let path = root().join(dir).join(&target);
            assert!(path.is_file(), "{doc}: {target} does not exist");
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                bytes.starts_with(b"\x89PNG"),
                "{doc}: {target} is not a PNG"
            );
        }
    }
}

#[test]
fn each_walkthrough_of_the_handleiding_has_pictures() {
    let text = read("docs/handleiding.md");
    let sections: Vec<&str> = text.split("\n## ").skip(1).collect();
    for title in [
        "In het bestuurlijk overleg",
        "Voor een raadsvoorstel",
        "Voor de klankbordgroep",
        "Waar komen de cijfers vandaan",
        "Woordenlijst",
    ] {
        let section = sections
            .iter()
            .find(|s| s.lines().next().is_some_and(|l| l.contains(title)))
            .unwrap_or_else(|| panic!("no section '{title}'"));
        if title != "Woordenlijst" {
            assert!(
                !image_targets(section).is_empty(),
                "'{title}' has no picture"
            );
        }
    }
}

#[test]
fn every_screenshot_is_shown_somewhere() {
    let shown: Vec<String> = image_targets(&read("docs/handleiding.md"))
        .into_iter()
        .chain(image_targets(&read("README.md")))
        .filter_map(|t| Some(Path::new(&t).file_name()?.to_str()?.to_owned()))
        .collect();
    for entry in std::fs::read_dir(root().join("assets/screenshots")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(shown.contains(&name), "{name} is made but never shown");
    }
}
