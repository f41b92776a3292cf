//! What the package is made of, checked before anything is built: the
//! build profiles in Cargo.toml keep their per-crate settings apart (a
//! profile inherits its parent's, so `dist` and `bench` must name every
//! crate `release` names), and every file the `.deb` lists exists, the
//! icons at the size their folder promises. The package itself is built and
//! installed by scripts/pakket.sh and scripts/pakket-test.sh (in `.ci/run`).

use std::collections::BTreeMap;
use std::path::Path;

fn manifest() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap()
}

/// The `name = { opt-level = … }` lines under `[profile.<profile>.package]`.
fn package_opt_levels(manifest: &str, profile: &str) -> BTreeMap<String, String> {
    let header = format!("[profile.{profile}.package]");
    let mut levels = BTreeMap::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == header;
            continue;
        }
        if !inside || line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = line.split_once('=').expect("name = { … }");
        let level = value
            .split("opt-level =")
            .nth(1)
            .expect("an opt-level")
            .trim()
            .trim_end_matches('}')
            .trim()
            .trim_matches('"');
        levels.insert(name.trim().trim_matches('"').to_owned(), level.to_owned());
    }
    levels
}

#[test]
fn every_crate_tuned_for_the_quick_build_is_set_again_where_profiles_inherit() {
    let manifest = manifest();
    let release = package_opt_levels(&manifest, "release");
    assert_eq!(
        release.get("*").map(String::as_str),
        Some("0"),
        "the quick build leaves dependencies unoptimised"
    );
    let tuned: Vec<&String> = release.keys().filter(|name| *name != "*").collect();
    assert!(
        tuned.iter().any(|name| *name == "egui"),
        "egui runs every frame: {tuned:?}"
    );
    for (profile, everything) in [("dist", "s"), ("bench", "3")] {
        let levels = package_opt_levels(&manifest, profile);
        assert_eq!(
            levels.get("*").map(String::as_str),
            Some(everything),
            "{profile}"
        );
        for name in &tuned {
            assert_eq!(
                levels.get(*name).map(String::as_str),
                Some(everything),
                "[profile.{profile}.package] must set {name} again, or it inherits release's level"
            );
        }
    }
}

/// The `[source, destination, mode]` triples of `[package.metadata.deb]`.
fn deb_assets(manifest: &str) -> Vec<(String, String)> {
    let start = manifest.find("assets = [").expect("deb assets");
    let block = &manifest[start..];
    let block = &block[..block.find("\n]").expect("end of assets")];
    block
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('"').collect();
            (fields.len() >= 4).then(|| (fields[1].to_owned(), fields[3].to_owned()))
        })
        .collect()
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", path.display());
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn the_package_lists_files_that_exist_with_icons_at_their_size() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let assets = deb_assets(&manifest());
    assert!(
        assets.len() >= 10,
        "binary, menu entry, icons, docs: {assets:?}"
    );
    let mut icon_sizes = Vec::new();
    for (source, destination) in &assets {
        // Built by cargo or by scripts/pakket.sh, not kept in git.
        if source.starts_with("target/") {
            continue;
        }
        if let Some(folder) = source.strip_suffix("/*.png") {
            let count = std::fs::read_dir(root.join(folder)).unwrap().count();
            assert!(count > 0, "{source} matches nothing");
            continue;
        }
        let path = root.join(source);
        assert!(path.is_file(), "{source} is listed but missing");
        if let Some(size) = destination
            .strip_prefix("usr/share/icons/hicolor/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|folder| folder.split_once('x'))
        {
            let (width, height) = png_size(&path);
            assert_eq!(
                (width.to_string(), height.to_string()),
                (size.0.to_owned(), size.1.to_owned()),
                "{source} in the {}x{} folder",
                size.0,
                size.1
            );
            icon_sizes.push(width);
        }
    }
    // The sizes the hicolor theme's menus and launchers ask for.
    for size in [16, 32, 48, 64, 128, 256] {
        assert!(icon_sizes.contains(&size), "no {size}×{size} icon");
    }
    assert!(
        assets
            .iter()
            .any(|(s, d)| s.ends_with(".svg") && d.contains("hicolor/scalable/apps/")),
        "a scalable icon"
    );
    let desktop = std::fs::read_to_string(root.join("assets/nmd-scenarios.desktop")).unwrap();
    assert!(desktop.contains("\nIcon=nmd-scenarios\n"), "{desktop}");
    assert!(desktop.contains("\nExec=nmd-scenarios"), "{desktop}");
}

#[test]
fn the_package_recommends_the_software_renderer() {
    let manifest = manifest();
    let recommends = manifest
        .lines()
        .find(|line| line.starts_with("recommends = "))
        .expect("recommends");
    assert!(recommends.contains("mesa-vulkan-drivers"), "{recommends}");
    assert!(manifest.contains("\nsection = \"misc\""));
    assert!(manifest.contains("\npriority = \"optional\""));
}

/// The release checklist in docs/uitrol.md, as far as a test can hold it:
/// the version in Cargo.toml (what `--version`, the About window and every
/// export say) is the newest release in CHANGELOG.md and the one
/// publiccode.yml announces, with the same date.
#[test]
fn the_version_and_release_date_agree_in_cargo_changelog_and_publiccode() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let version = env!("CARGO_PKG_VERSION");
    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap();
    let newest = changelog
        .lines()
        .filter_map(|line| line.strip_prefix("## ["))
        .find(|rest| !rest.starts_with("Niet uitgebracht"))
        .expect("a released version in CHANGELOG.md");
    let (changelog_version, rest) = newest.split_once(']').unwrap();
    let changelog_date = rest.trim_start_matches([' ', '–', '-']).trim();
    assert_eq!(changelog_version, version, "newest entry in CHANGELOG.md");
    assert_eq!(changelog_date.len(), 10, "a date YYYY-MM-DD: {newest}");

    let publiccode = std::fs::read_to_string(root.join("publiccode.yml")).unwrap();
    let value = |key: &str| {
        publiccode
            .lines()
            .find_map(|line| line.strip_prefix(key))
            .unwrap_or_else(|| panic!("{key} in publiccode.yml"))
            .trim()
            .trim_matches('"')
            .to_owned()
    };
    assert_eq!(value("softwareVersion:"), version);
    assert_eq!(value("releaseDate:"), changelog_date);
}
