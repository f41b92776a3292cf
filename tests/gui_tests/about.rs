//! "Over nmd-scenarios" and the window icon.

use crate::common::app_harness;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::window::NmdApp;

fn harness() -> Harness<'static, NmdApp> {
    app_harness(1366.0, 900.0)
}

#[test]
fn the_help_menu_opens_about_with_version_data_and_licences() {
    let mut h = harness();
    h.run();
    assert!(h.query_by_label("Over nmd-scenarios").is_none());
    h.get_by_role_and_label(Role::Button, "Help").click();
    h.run();
    h.get_by_role_and_label(Role::MenuItem, "Over nmd-scenarios")
        .click();
    h.run();
    h.get_by_label(&format!("nmd-scenarios {}", env!("CARGO_PKG_VERSION")));
    // Where the numbers come from: the embedded data of the report.
    assert!(
        h.query_all_by_label_contains("76271").next().is_some(),
        "the report's number (Berenschot 76271) is named as source"
    );
    h.get_by_label("ingebouwd");
    h.get_by_label("Licentie: EUPL-1.2");
    // The crate list, generated from cargo tree: eframe's licence is that
    // of its Cargo.toml.
    let list = h
        .query_all_by_label_contains("\neframe ")
        .next()
        .expect("eframe in the crate list")
        .value()
        .unwrap_or_default();
    let line = list
        .lines()
        .find(|l| l.starts_with("eframe "))
        .unwrap_or_default();
    assert!(line.contains("0.37") && line.contains("MIT"), "{line}");
    assert!(
        h.query_all_by_label_contains("open-sourcebibliotheken")
            .next()
            .is_some()
    );
    // Escape closes it, like the title bar's cross and "Sluiten".
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Licentie: EUPL-1.2").is_none());
    h.get_by_role_and_label(Role::Button, "Help").click();
    h.run();
    h.get_by_role_and_label(Role::MenuItem, "Over nmd-scenarios")
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Sluiten").click();
    h.run();
    assert!(h.query_by_label("Licentie: EUPL-1.2").is_none());
}

#[test]
fn the_window_icon_is_the_mark_of_assets_icon() {
    let icon = nmd_scenarios::window::window_icon();
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    let pixel = |x: usize, y: usize| {
        let i = (y * 256 + x) * 4;
        [
            icon.rgba[i],
            icon.rgba[i + 1],
            icon.rgba[i + 2],
            icon.rgba[i + 3],
        ]
    };
    // assets/icon/nmd-scenarios.svg: blue #0072B2 square with rounded
    // corners, the third bar (x 136-172, y 48-216) orange #E69F00, the
    // others white.
    assert_eq!(pixel(128, 20), [0x00, 0x72, 0xB2, 0xFF]);
    assert_eq!(pixel(154, 120), [0xE6, 0x9F, 0x00, 0xFF]);
    assert_eq!(pixel(50, 200), [0xFF, 0xFF, 0xFF, 0xFF]);
    assert_eq!(pixel(1, 1)[3], 0, "the corner is transparent (rounded)");
}

/// The Linux launcher: the window's app id (Wayland) and WM_CLASS (X11)
/// must equal the desktop file's name and StartupWMClass, or the desktop
/// shows a generic icon; the icon it names must exist in the sizes
/// installed under hicolor.
#[test]
fn the_desktop_file_matches_the_window_and_the_icons() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let id = nmd_scenarios::window::APP_ID;
    let desktop = std::fs::read_to_string(root.join(format!("assets/{id}.desktop"))).unwrap();
    let value = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing"))
            .to_owned()
    };
    assert_eq!(value("StartupWMClass"), id);
    assert_eq!(value("Icon"), id);
    assert_eq!(value("Exec"), env!("CARGO_PKG_NAME"));
    assert_eq!(value("Type"), "Application");
    for size in [16, 32, 48, 64, 128, 256, 512] {
        let png = root.join(format!("assets/icon/{id}-{size}.png"));
        let bytes = std::fs::read(&png).unwrap();
        let icon = eframe::icon_data::from_png_bytes(&bytes).unwrap();
        assert_eq!((icon.width, icon.height), (size, size), "{}", png.display());
    }
}
