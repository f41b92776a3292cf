//! Assumption sets in the window: switching, roles, four-eyes warnings,
//! undo, comparison, saving and reopening, the restored session.

use crate::common::app_harness;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::model::compare::compare;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::window::NmdApp;
use rust_decimal_macros::dec;

fn harness_sized(width: f32, height: f32) -> Harness<'static, NmdApp> {
    app_harness(width, height)
}

fn harness() -> Harness<'static, NmdApp> {
    // Tall enough that the side panel needs no scrolling.
    harness_sized(1366.0, 1400.0)
}

fn has_named_label(harness: &Harness<'_, NmdApp>, name: &str) -> bool {
    let name = name.to_owned();
    harness
        .query(By::new().predicate(move |node| node.label().as_deref() == Some(name.as_str())))
        .is_some()
}

fn switch_to_klankbordgroep(harness: &mut Harness<'_, NmdApp>) {
    harness
        .get_by_role_and_label(Role::ComboBox, "Aannameset")
        .click();
    harness.run();
    harness
        .get_by_label("Klankbordgroep toezicht en kwaliteit")
        .click();
    harness.run();
    assert_eq!(
        harness.state().workspace().current().name,
        "Klankbordgroep toezicht en kwaliteit"
    );
}

#[test]
fn the_klankbordgroep_set_shows_its_roles_as_the_2028_supervision() {
    let mut harness = harness();
    harness.run();
    // Report: Toezicht 3,22 + Kwaliteit/beleid (Tabel 7) in 2028.
    assert!(!has_named_label(
        &harness,
        "Toezicht en kwaliteit 2028: 5,80 fte"
    ));
    switch_to_klankbordgroep(&mut harness);
    // Hoofdstuk 8, punt 4.1: 1,6 + 1,6 + 1,6 + 1 = 5,8 fte.
    assert!(has_named_label(
        &harness,
        "Toezicht en kwaliteit 2028: 5,80 fte"
    ));
    harness.get_by_label("Samen 5,80 fte");
    // No four-eyes warning: two people per supervision role.
    assert!(harness.query_by_label_contains("Vier ogen:").is_none());
}

#[test]
fn a_role_with_one_person_gets_a_four_eyes_warning() {
    let mut harness = harness();
    harness.run();
    switch_to_klankbordgroep(&mut harness);
    harness
        .get_by_label("Mensen Toezicht Rechtmatigheid")
        .click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Mensen Toezicht Rechtmatigheid")
        .type_text("1");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    // Said in the side panel and next to the staffing chart.
    assert_eq!(
        harness
            .query_all_by_label_contains("Vier ogen: Toezicht Rechtmatigheid: één persoon")
            .count(),
        2
    );
    // The set is now changed: the title says so.
    assert!(
        harness
            .state()
            .workspace()
            .window_title()
            .starts_with("Klankbordgroep toezicht en kwaliteit *")
    );
}

#[test]
fn undo_restores_the_previous_weight_and_redo_repeats_it() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .set_value_accesskit(5.0);
    harness.run();
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(5)
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(1)
    );
    harness.get_by_label("Opnieuw").click();
    harness.run();
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(5)
    );
    harness.get_by_label("Ongedaan maken").click();
    harness.run();
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(1)
    );
}

#[test]
fn switching_sets_keeps_unsaved_edits_as_a_working_copy() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .set_value_accesskit(5.0);
    harness.run();
    switch_to_klankbordgroep(&mut harness);
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(1)
    );
    // The edits wait in the set picker, marked as not saved.
    harness
        .get_by_role_and_label(Role::ComboBox, "Aannameset")
        .click();
    harness.run();
    harness
        .get_by_label("Berenschot (rapport) (niet opgeslagen)")
        .click();
    harness.run();
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(5)
    );
    assert!(harness.state().workspace().is_dirty());
}

#[test]
fn the_comparison_lists_the_differences_the_model_computes() {
    let mut harness = harness();
    harness.run();
    switch_to_klankbordgroep(&mut harness);
    harness.get_by_label("Beeld").click();
    harness.run();
    harness.get_by_label("Twee sets vergelijken").click();
    harness.run();
    let folder = load_embedded_folder().unwrap();
    let app = harness.state();
    let expected = compare(
        &folder.data,
        "Berenschot (rapport)",
        &folder.sets[0].inputs,
        "Huidige aannames (Klankbordgroep toezicht en kwaliteit)",
        app.workspace().inputs(),
    );
    assert!(expected.differences.len() >= 4);
    for line in &expected.differences {
        harness.get_by_label(&format!("• {line}"));
    }
    // Hoofdstuk 8: 1,6 + 1,6 + 1,6 + 1 = 5,80 against Tabel 7's 2028 row
    // (3,22 + 1,1 = 4,32): +1,48.
    let line = harness
        .get_by_label_contains("Toezicht en kwaliteit 2028: +")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    let start = line.find(": +").unwrap() + 3;
    let difference =
        nmd_scenarios::numbers::parse_typed(line[start..].split(' ').next().unwrap()).unwrap();
    assert!((difference - dec!(1.48)).abs() <= dec!(0.01), "{line}");
}

#[test]
fn save_and_reopen_gives_the_same_numbers() {
    let mut harness = harness();
    harness.run();
    switch_to_klankbordgroep(&mut harness);
    harness
        .get_by_role_and_label(Role::Slider, "Schaal en toekomstvastheid")
        .set_value_accesskit(2.5);
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mijn-set.ron");
    harness
        .state_mut()
        .workspace_mut()
        .save_set_to(&path)
        .unwrap();
    harness.run();
    assert!(!harness.state().workspace().is_dirty());
    let sent = harness.state().workspace().inputs().clone();
    let y2028 = harness.state().workspace().data().year_index(2028).unwrap();
    let total_2028 = harness.state().workspace().outcome().staffing[y2028].total_fte;

    // A colleague opens the file.
    let mut colleague = harness_sized(1366.0, 1400.0);
    colleague.run();
    colleague.state_mut().open_set_file(&path);
    colleague.run();
    assert_eq!(*colleague.state().workspace().inputs(), sent);
    assert_eq!(
        colleague.state().workspace().outcome().staffing[y2028].total_fte,
        total_2028
    );
    assert!(!colleague.state().workspace().is_dirty());
    assert!(has_named_label(
        &colleague,
        "Toezicht en kwaliteit 2028: 5,80 fte"
    ));
}

#[test]
fn a_malformed_set_is_refused_with_its_position_and_nothing_changes() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .set_value_accesskit(3.0);
    harness.run();
    let before = harness.state().workspace().inputs().clone();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapot.ron");
    std::fs::write(
        &path,
        "(\n  format: 1,\n  name: \"kapot\",\n  weights: [(\"toezicht\", -2)],\n)",
    )
    .unwrap();
    harness.state_mut().open_set_file(&path);
    harness.run();
    assert_eq!(*harness.state().workspace().inputs(), before);
    harness.get_by_label_contains(
        "kapot.ron:4:26: criterium 'toezicht': gewicht −2 ligt niet tussen 0 en 1.000.000",
    );
}

#[test]
fn the_last_session_comes_back_and_a_broken_one_starts_clean() {
    let mut harness = harness();
    harness.run();
    switch_to_klankbordgroep(&mut harness);
    harness
        .get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .set_value_accesskit(4.0);
    harness.run();
    let text = nmd_scenarios::workspace::session::to_text(&harness.state().workspace().session());

    let mut restored = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    restored.restore_session(&text);
    assert_eq!(
        restored.workspace().inputs(),
        harness.state().workspace().inputs()
    );
    assert_eq!(
        restored.workspace().current().name,
        "Klankbordgroep toezicht en kwaliteit"
    );
    assert!(
        restored.workspace().is_dirty(),
        "unsaved changes stay unsaved"
    );
    assert!(restored.notice().is_none());

    for broken in [
        "",
        "(version: 1)",
        "(version: 99, current: \"\", saved: \"\", path: None, builtin: true, recent: [], dark: false)",
    ] {
        let mut clean = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
        clean.restore_session(broken);
        assert_eq!(
            *clean.workspace().inputs(),
            nmd_scenarios::model::Inputs::report_defaults(clean.workspace().data())
        );
        let notice = clean.notice().cloned().expect("a message");
        assert!(
            notice.text.starts_with("De vorige sessie is niet hersteld"),
            "{}",
            notice.text
        );
    }
}

#[test]
fn presentation_mode_shows_slides_and_up_down_step_through_sets() {
    let mut harness = harness_sized(1366.0, 768.0);
    harness.run();
    harness.get_by_label("Keuzes");
    harness.key_press(egui::Key::F11);
    // The larger text makes the layout settle over a few frames.
    harness.run_steps(15);
    assert!(harness.state().presentation());
    // A slide: no side panel, no sliders.
    assert!(harness.query_by_label("Keuzes").is_none());
    assert!(
        harness
            .query_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
            .is_none()
    );
    harness.get_by_label("Rangorde van de scenario's");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().workspace().current().name,
        "Klankbordgroep toezicht en kwaliteit"
    );
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().workspace().current().name,
        "Berenschot (rapport)"
    );
    harness.key_press(egui::Key::Escape);
    harness.run_steps(15);
    assert!(!harness.state().presentation());
}

#[test]
fn after_an_unclean_exit_the_session_file_brings_the_work_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir
        .path()
        .join("opslag")
        .join(nmd_scenarios::workspace::session::SESSION_FILE);
    let mut app = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    app.keep_session_in(nmd_scenarios::workspace::session::SessionFile::new(
        file.clone(),
    ));
    let mut harness = crate::common::harness_for(app, 1366.0, 1400.0);
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .set_value_accesskit(7.0);
    harness.run();
    // Frames go on (a repaint is requested); after a second the change is
    // on disk without any exit handler running.
    harness.run_steps(90);
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(7)
    );
    let inputs = harness.state().workspace().inputs().clone();
    drop(harness); // the process dies here: no save(), no on_exit

    let mut next = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    next.keep_session_in(nmd_scenarios::workspace::session::SessionFile::new(
        file.clone(),
    ));
    assert_eq!(*next.workspace().inputs(), inputs);
    assert!(next.notice().is_none());

    // A session file cut off halfway (eframe's own storage could leave one)
    // starts clean with a message, and the next change overwrites it whole.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    let mut clean = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    clean.keep_session_in(nmd_scenarios::workspace::session::SessionFile::new(
        file.clone(),
    ));
    assert_eq!(
        *clean.workspace().inputs(),
        nmd_scenarios::model::Inputs::report_defaults(clean.workspace().data())
    );
    assert!(clean.notice().is_some());
}

#[test]
fn a_save_that_fails_says_why_in_dutch_and_keeps_the_work() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .set_value_accesskit(3.0);
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("weg").join("set.ron");
    let error = harness
        .state_mut()
        .workspace_mut()
        .save_set_to(&target)
        .unwrap_err();
    assert!(error.contains("set.ron"), "{error}");
    assert!(error.contains("de map bestaat niet"), "{error}");
    assert!(harness.state().workspace().is_dirty(), "still unsaved");
    assert!(harness.state().workspace().current().path.is_none());
    assert_eq!(
        harness.state().workspace().inputs().criteria[1].weight,
        dec!(3)
    );
}

#[test]
fn name_author_and_note_of_the_set_are_edited_in_place_and_undone() {
    let mut harness = harness();
    harness.run();
    let before = harness.state().workspace().current().clone();
    harness.get_by_label("Over deze set").click();
    harness.run();
    for (field, typed, role) in [
        ("Naam", " (eigen)", Role::TextInput),
        ("Auteur", "Jan", Role::TextInput),
        ("Notitie", "Zie punt 4.1", Role::MultilineTextInput),
    ] {
        harness.get_by_role_and_label(role, field).focus();
        harness.run();
        harness.key_press(egui::Key::End);
        harness.get_by_role_and_label(role, field).type_text(typed);
        harness.run();
    }
    let current = &harness.state().workspace().current();
    assert!(current.name.ends_with(" (eigen)"), "{}", current.name);
    assert_eq!(current.author, format!("{}Jan", before.author));
    assert_eq!(current.note, format!("{}Zie punt 4.1", before.note));
    assert!(harness.state().workspace().is_dirty());
    harness.get_by_label("Ongedaan maken").click();
    harness.run();
    assert_eq!(harness.state().workspace().current().note, before.note);
    for _ in 0..2 {
        harness.get_by_label("Ongedaan maken").click();
        harness.run();
    }
    assert_eq!(harness.state().workspace().current().info(), before.info());
    assert!(!harness.state().workspace().is_dirty());
}

/// The comparison shows each set's cost per scenario: the example (B,
/// opened) against the report's set (A, which puts no component in
/// euros). Scenario 1 by hand: 5 × € 100.000 – € 200.000 plus € 50.000 –
/// € 150.000 = € 550.000 – € 1.150.000, in the middle € 850.000.
#[test]
fn the_comparison_shows_the_cost_per_scenario_of_both_sets() {
    let mut harness = harness();
    harness.run();
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/voorbeelden/kosten-per-scenario.ron"
    );
    harness
        .state_mut()
        .open_set_file(std::path::Path::new(example));
    harness.run();
    harness.get_by_label("Beeld").click();
    harness.run();
    harness.get_by_label("Twee sets vergelijken").click();
    harness.run();
    harness.get_by_label_contains("Kosten per scenario (regio, midden en bandbreedte): A over niet berekend, B over 2026–2030 (5 jaar)");
    harness.get_by_label(
        "• Scenario 1 – Expertisecentrum: A – · B € 850.000 (€ 550.000 – € 1.150.000) · verschil –",
    );
}
