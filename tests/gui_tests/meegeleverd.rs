//! What the program carries besides the report's data, reached from the
//! window as the handleiding tells: Bestand → Voorbeeld openen, and
//! Bestand → Ingebouwde gegevens (for someone who installed the package
//! and has no `docs/` or `scenarios/` folder).

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::app_harness;

/// Clicks the control named `name` (any role but a plain label).
fn click(h: &mut egui_kittest::Harness<'static, nmd_scenarios::window::NmdApp>, name: &str) {
    h.query_all_by_label(name)
        .find(|n| n.accesskit_node().role() != Role::Label)
        .unwrap_or_else(|| panic!("no control '{name}'"))
        .click();
    h.run();
}

#[test]
fn every_example_opens_from_the_file_menu() {
    // The handleiding's five examples, by the names they give themselves.
    for name in [
        "Voorbeeld: vijf profielen (verzonnen)",
        "Voorbeeld: lasten per gemeente",
        "Voorbeeld: eigen scenario's en groei",
        "Voorbeeld: toezicht uit taken",
        "Voorbeeld: kosten per scenario",
    ] {
        let mut h = app_harness(1366.0, 768.0);
        h.run();
        click(&mut h, "Bestand");
        click(&mut h, "Voorbeeld openen");
        click(&mut h, name);
        assert_eq!(h.state().workspace().current().name, name);
    }
}

#[test]
fn the_other_region_opens_from_the_file_menu() {
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    click(&mut h, "Bestand");
    click(&mut h, "Ingebouwde gegevens");
    click(&mut h, "ORGfit 2024 (Midden-Limburg)");
    let data = h.state().workspace().data();
    assert_eq!(data.name, "ORGfit 2024 (Midden-Limburg)");
    assert_eq!(data.participants.as_ref().unwrap().names.len(), 7);
    // And back to the report's data.
    click(&mut h, "Bestand");
    click(&mut h, "Ingebouwde gegevens");
    click(&mut h, "Berenschot 2025 (rapport 76271)");
    assert_eq!(
        h.state().workspace().data().name,
        "Berenschot 2025 (rapport 76271)"
    );
}
