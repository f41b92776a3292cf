//! publiccode.yml against the rules of the standard as its validator
//! (italia/publiccode-parser-go, v0.go) enforces them: the mandatory keys,
//! the allowed values, the description lengths; and against this repository:
//! the version is Cargo.toml's, the logo and screenshots exist.

use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

fn publiccode() -> Yaml {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("publiccode.yml");
    let text = std::fs::read_to_string(path).unwrap();
    YamlLoader::load_from_str(&text)
        .expect("publiccode.yml is YAML")
        .remove(0)
}

fn text<'a>(node: &'a Yaml, what: &str) -> &'a str {
    node.as_str()
        .unwrap_or_else(|| panic!("{what} is a string"))
}

fn file_exists(relative: &str) -> bool {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(relative)
        .is_file()
}

#[test]
fn publiccode_has_the_mandatory_keys_with_allowed_values() {
    let doc = publiccode();
    assert_eq!(text(&doc["publiccodeYmlVersion"], "version"), "0");
    assert_eq!(text(&doc["name"], "name"), "nmd-scenarios");
    let url = text(&doc["url"], "url");
    assert!(url.starts_with("https://"), "{url}");
    let platforms = doc["platforms"].as_vec().unwrap();
    assert!(platforms.iter().any(|p| p.as_str() == Some("windows")));
    assert!(
        ["concept", "development", "beta", "stable", "obsolete"]
            .contains(&text(&doc["developmentStatus"], "developmentStatus"))
    );
    assert_eq!(
        text(&doc["softwareType"], "softwareType"),
        "standalone/desktop"
    );
    assert_eq!(text(&doc["legal"]["license"], "license"), "EUPL-1.2");
    assert_eq!(text(&doc["maintenance"]["type"], "maintenance"), "internal");
    let contacts = doc["maintenance"]["contacts"].as_vec().unwrap();
    assert!(contacts.iter().all(|c| c["name"].as_str().is_some()));
    assert_eq!(
        doc["localisation"]["localisationReady"].as_bool(),
        Some(false)
    );
    assert!(
        doc["localisation"]["availableLanguages"]
            .as_vec()
            .unwrap()
            .contains(&Yaml::String("nl".into()))
    );
    for dependency in ["open", "proprietary"] {
        for item in doc["dependsOn"][dependency].as_vec().unwrap() {
            assert!(item["name"].as_str().is_some());
        }
    }
}

#[test]
fn publiccode_describes_in_dutch_and_english_within_the_limits() {
    let doc = publiccode();
    for language in ["nl", "en"] {
        let description = &doc["description"][language];
        let short = text(&description["shortDescription"], "shortDescription");
        let long = text(&description["longDescription"], "longDescription");
        // The validator counts characters, not bytes.
        let short_chars = short.chars().count();
        let long_chars = long.chars().count();
        assert!(short_chars <= 150, "{language}: {short_chars} characters");
        assert!(
            (150..=10_000).contains(&long_chars),
            "{language}: {long_chars} characters"
        );
        assert!(
            description["features"]
                .as_vec()
                .is_some_and(|f| !f.is_empty())
        );
    }
}

#[test]
fn publiccode_matches_the_repository() {
    let doc = publiccode();
    assert_eq!(
        text(&doc["softwareVersion"], "softwareVersion"),
        env!("CARGO_PKG_VERSION"),
        "publiccode.yml's version is Cargo.toml's"
    );
    let date = text(&doc["releaseDate"], "releaseDate");
    assert!(
        jiff::civil::Date::strptime("%Y-%m-%d", date).is_ok(),
        "{date}"
    );
    assert!(file_exists(text(&doc["logo"], "logo")));
    for screenshot in doc["description"]["nl"]["screenshots"].as_vec().unwrap() {
        let path = text(screenshot, "screenshot");
        assert!(
            file_exists(path),
            "{path} missing: run scripts/screenshots.sh"
        );
    }
}
