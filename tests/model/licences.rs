//! The licence and what "Over nmd-scenarios" lists: the crate lists of
//! `scripts/licences.sh` must be exactly Cargo.lock (so a dependency change
//! forces a rerun), the program's own list must hold every direct
//! dependency and no test-only crate, and the licence files must be there.

use std::collections::BTreeSet;

use nmd_scenarios::about;

fn root_file(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// (name, version) of every package in Cargo.lock except this one.
fn locked_packages() -> BTreeSet<(String, String)> {
    let lock = root_file("Cargo.lock");
    let mut packages = BTreeSet::new();
    let mut name: Option<String> = None;
    for line in lock.lines() {
        if line == "[[package]]" {
            name = None;
        } else if let Some(n) = line.strip_prefix("name = \"") {
            name = Some(n.trim_end_matches('"').to_owned());
        } else if let Some(v) = line.strip_prefix("version = \"")
            && let Some(n) = name.take()
        {
            packages.insert((n, v.trim_end_matches('"').to_owned()));
        }
    }
    packages.remove(&(
        env!("CARGO_PKG_NAME").to_owned(),
        env!("CARGO_PKG_VERSION").to_owned(),
    ));
    packages
}

fn listed(file: &str) -> Vec<about::CrateLicence> {
    about::parse_crate_licences(&root_file(file))
}

/// Names under a `[section]` of Cargo.toml, as `name = …` lines.
fn manifest_section(section: &str) -> Vec<String> {
    let manifest = root_file("Cargo.toml");
    let header = format!("[{section}]");
    manifest
        .lines()
        .skip_while(|l| l.trim() != header)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.starts_with('#') && l.contains('='))
        .map(|l| l.split('=').next().unwrap_or_default().trim().to_owned())
        .collect()
}

#[test]
fn the_crate_lists_are_exactly_cargo_lock() {
    let program = listed("assets/crate-licences.tsv");
    let other = listed("assets/crate-licences-dev.tsv");
    let key = |c: &about::CrateLicence| (c.name.clone(), c.version.clone());
    let in_program: BTreeSet<_> = program.iter().map(key).collect();
    let elsewhere: BTreeSet<_> = other.iter().map(key).collect();
    assert!(
        in_program.is_disjoint(&elsewhere),
        "a crate is both in and outside the program: {:?}",
        in_program.intersection(&elsewhere).collect::<Vec<_>>()
    );
    let listed: BTreeSet<_> = in_program.union(&elsewhere).cloned().collect();
    let locked = locked_packages();
    assert_eq!(
        listed.difference(&locked).collect::<Vec<_>>(),
        Vec::<&(String, String)>::new(),
        "listed but not in Cargo.lock: rerun scripts/licences.sh"
    );
    assert_eq!(
        locked.difference(&listed).collect::<Vec<_>>(),
        Vec::<&(String, String)>::new(),
        "in Cargo.lock but not listed: rerun scripts/licences.sh"
    );
}

#[test]
fn the_program_lists_its_direct_dependencies_and_no_test_crates() {
    let shown = about::crate_licences();
    let names: BTreeSet<&str> = shown.iter().map(|c| c.name.as_str()).collect();
    for dependency in manifest_section("dependencies") {
        assert!(names.contains(dependency.as_str()), "{dependency} missing");
    }
    for dev_only in [
        "calamine",
        "criterion",
        "proptest",
        "egui_kittest",
        "yaml-rust2",
    ] {
        assert!(
            manifest_section("dev-dependencies").contains(&dev_only.to_owned()),
            "{dev_only} is no longer a dev-dependency; update this test"
        );
        assert!(
            !names.contains(dev_only),
            "{dev_only} is not in the program"
        );
    }
    assert!(
        shown.iter().all(|c| !c.licence.trim().is_empty()),
        "every crate in the program names its licence"
    );
    // eframe's Cargo.toml: license = "MIT OR Apache-2.0".
    assert!(
        shown
            .iter()
            .any(|c| c.name == "eframe" && c.licence == "MIT OR Apache-2.0")
    );
    // Windows-only crates are listed too: the users run Windows.
    assert!(names.contains("windows-sys"));
}

#[test]
fn the_licence_is_eupl_everywhere() {
    assert_eq!(about::LICENCE, "EUPL-1.2");
    let licence = root_file("LICENSE");
    assert!(licence.contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2"));
    // The full text, with its appendix of compatible licences.
    assert!(licence.contains("15. Applicable Law"));
    assert!(licence.contains("'Compatible Licences' according to Article 5 EUPL are:"));
    let publiccode = root_file("publiccode.yml");
    assert!(publiccode.contains("\n  license: EUPL-1.2\n"));
}

#[test]
fn licence_counts_sum_to_the_crates() {
    let crates = about::parse_crate_licences(
        "# comment\na\t1.0.0\tMIT\nb\t2.0.0\tMIT OR Apache-2.0\nc\t0.1.0\tMIT\nbroken line\n",
    );
    assert_eq!(crates.len(), 3);
    assert_eq!(
        about::licence_counts(&crates),
        vec![("MIT".to_owned(), 2), ("MIT OR Apache-2.0".to_owned(), 1)]
    );
}
