//! Route 3 of the handleiding, the klankbordgroep: a score changed with a
//! reason, a missing scenario added by typing and clicking from field to
//! field (on a busy machine, where typing and the click arrive together),
//! supervision staffed by tasks with the keyboard, the set saved under a
//! name of its own with its author, the log, the comparison, and the work
//! back after a restart.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::window::NmdApp;

use super::checks::{SCREENS, Walk};

/// The events of one frame as a busy machine delivers them, handed to the
/// app as eframe does (`raw_input_hook`), then frames until nothing waits.
pub fn batch(h: &mut Harness<'static, NmdApp>, events: Vec<egui::Event>) {
    let mut raw = egui::RawInput {
        events,
        ..Default::default()
    };
    loop {
        h.state_mut().order_input(&mut raw);
        h.input_mut().events.append(&mut raw.events);
        h.step();
        if !h.state().input_waiting() {
            break;
        }
    }
    h.run();
}

/// A click at the centre of the node named `name`, as pointer events.
pub fn click_events(h: &Harness<'static, NmdApp>, name: &str) -> Vec<egui::Event> {
    let at = h.get_by_label(name).rect().center();
    let button = |pressed| egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    vec![egui::Event::PointerMoved(at), button(true), button(false)]
}

/// Scrolls to the control and clicks it, as a user does.
pub fn press(h: &mut Harness<'static, NmdApp>, role: Role, name: &str) {
    h.get_by_role_and_label(role, name).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, name).click();
}

/// Opens the top bar's menu `menu` and chooses `item`, as a user does.
pub fn menu(h: &mut Harness<'static, NmdApp>, menu: &str, item: &str) {
    h.get_by_role_and_label(Role::Button, menu).click();
    h.run();
    h.get_by_role_and_label(Role::MenuItem, item).click();
}

/// Clicks the field named `name` and types `text` in it, frame by frame.
pub fn type_in(h: &mut Harness<'static, NmdApp>, name: &str, text: &str) {
    h.get_by_label(name).scroll_to_me();
    h.run();
    h.get_by_label(name).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(name).type_text(text);
    h.run();
}

/// The text in the field named `name`.
fn field(h: &Harness<'static, NmdApp>, name: &str) -> String {
    h.get_by_label(name).value().unwrap_or_default()
}

fn klankbordgroep(screen: (f32, f32)) {
    let dir = tempfile::tempdir().unwrap();
    let mut walk = Walk::new("klankbordgroep", screen);
    walk.step("open Scores", |h| {
        h.get_by_role_and_label(Role::Tab, "Scores").click();
    });
    walk.step("click the score of scenario 4 on tempo", |h| {
        h.get_by_label(
            "Score Scenario 4 – Inbedding JHRD op Realisatietempo en bestuurlijke belasting",
        )
        .click();
    });
    walk.step("a new score with its reason", |h| {
        h.get_by_role_and_label(Role::RadioButton, "Matig").click();
        h.run();
        type_in(
            h,
            "Reden (verplicht):",
            "De JHRD neemt de lichte jeugdhulp al in 2026 over",
        );
        h.get_by_role_and_label(Role::Button, "Score wijzigen")
            .click();
    });
    let tempo = walk
        .h
        .state()
        .workspace()
        .data()
        .criterion_index("tempo")
        .unwrap();
    let changed = walk.h.state().workspace().inputs().scenarios[3].scores[tempo].clone();
    assert_eq!(
        changed.map(|c| c.reason),
        Some("De JHRD neemt de lichte jeugdhulp al in 2026 over".to_owned())
    );

    // Hoofdstuk 8: a scenario the report lacks, typed field by field. The
    // last characters and the click into the next field come in one batch.
    walk.step("Scenario toevoegen…", |h| {
        h.get_by_role_and_label(Role::Button, "Scenario toevoegen…")
            .click();
    });
    walk.step(
        "type the name, click the short name and type on at once",
        |h| {
            type_in(h, "Naam nieuw scenario", "Zelfstandige G");
            let mut events = vec![egui::Event::Text("R".into())];
            events.extend(click_events(h, "Korte naam nieuw scenario"));
            events.push(egui::Event::Text("Eigen GR".into()));
            batch(h, events);
        },
    );
    assert_eq!(field(&walk.h, "Naam nieuw scenario"), "Zelfstandige GR");
    assert_eq!(field(&walk.h, "Korte naam nieuw scenario"), "Eigen GR");
    let criteria: Vec<String> = walk
        .h
        .state()
        .workspace()
        .data()
        .criteria
        .iter()
        .map(|c| format!("Reden bij {}. {}", c.number, c.name))
        .collect();
    walk.step(
        "a reason per criterion, clicking from field to field",
        |h| {
            h.get_by_label(&criteria[0]).click();
            h.run();
            for (i, reason) in criteria.iter().enumerate() {
                let mut events = vec![egui::Event::Text(format!("eigen bestuur {}", i + 1))];
                if let Some(next) = criteria.get(i + 1) {
                    events.extend(click_events(h, next));
                }
                batch(h, events);
                assert_eq!(field(h, reason), format!("eigen bestuur {}", i + 1));
            }
        },
    );
    walk.step("Toevoegen", |h| press(h, Role::Button, "Toevoegen"));
    let data = walk.h.state().workspace().data().clone();
    let added = data.scenarios.last().unwrap();
    assert_eq!(
        (added.name.as_str(), added.short_name.as_str()),
        ("Zelfstandige GR", "Eigen GR")
    );

    // Hoofdstuk 8: supervision from tasks, by keyboard.
    walk.step("open Taken en groei", |h| {
        h.get_by_role_and_label(Role::Tab, "Taken en groei").click();
    });
    walk.step("staff Toezicht by tasks", |h| {
        press(h, Role::Button, "Toezicht");
        h.run();
        type_in(h, "Productieve uren per fte", "1300");
        h.key_press(egui::Key::Enter);
        h.run();
        type_in(h, "Uren per keer taak 1 van Toezicht", "6");
        h.key_press(egui::Key::Enter);
        h.run();
        type_in(h, "Personen taak 1 van Toezicht", "2");
    });
    let tasks =
        |h: &Harness<'static, NmdApp>| h.state().workspace().inputs().extras.rules[0].tasks.len();
    let before = tasks(&walk.h);
    walk.step("Tab from Personen, then Space", |h| {
        h.key_press(egui::Key::Tab);
        h.run();
        h.key_press(egui::Key::Space);
    });
    // Space on "verwijderen" only asks; the focus is on "Nee".
    assert_eq!(tasks(&walk.h), before, "one Space deleted a task");
    walk.step("Space again: Nee", |h| h.key_press(egui::Key::Space));
    assert_eq!(tasks(&walk.h), before);
    assert!(
        walk.h
            .query_by_label("Ja: Taak 1 van Toezicht verwijderen")
            .is_none()
    );

    // Save as a named set with its author.
    let path = dir.path().join("klankbordgroep.ron");
    walk.step("Bestand → Set opslaan als…", |h| {
        menu(h, "Bestand", "Set opslaan als…");
    });
    // Prefilled with what would be saved: another's set, changed.
    assert_eq!(
        field(&walk.h, "Naam van de set"),
        "Berenschot (rapport) (aangepast)"
    );
    walk.step("name and author typed, Enter", |h| {
        h.state_mut().answer_next_dialog_with(path.clone());
        type_in(h, "Naam van de set", "Klankbordgroep: eigen GR en taken");
        h.key_press(egui::Key::Tab);
        h.run();
        h.get_by_label("Auteur (uw naam; wordt onthouden)")
            .type_text("J. de Vries");
        h.run();
        h.key_press(egui::Key::Enter);
    });
    let text = std::fs::read_to_string(&path).expect("the set was written");
    let base = walk.h.state().workspace().base().clone();
    let saved = parse_set(&base, "klankbordgroep.ron", &text).unwrap().set;
    assert_eq!(saved.name, "Klankbordgroep: eigen GR en taken");
    assert_eq!(saved.author, "J. de Vries");
    assert!(!saved.inputs.log.is_empty());
    for entry in &saved.inputs.log {
        assert_eq!(entry.who, "J. de Vries", "log entry {:?}", entry.what);
    }
    walk.step("open the Logboek", |h| {
        h.get_by_role_and_label(Role::Tab, "Logboek").click();
    });
    assert!(walk.shows("J. de Vries"));
    assert!(!walk.shows("onbekend"));

    walk.step("Beeld → Twee sets vergelijken", |h| {
        menu(h, "Beeld", "Twee sets vergelijken");
    });
    assert!(walk.h.state().workspace().comparison().is_some());
    walk.step("Esc closes the comparison", |h| {
        h.key_press(egui::Key::Escape)
    });
    assert!(walk.h.state().workspace().comparison().is_none());

    // Restart: the session brings the work back.
    let session = nmd_scenarios::workspace::session::to_text(&walk.h.state().workspace().session());
    let mut again = Walk::new("klankbordgroep (na herstart)", screen);
    again.step("restore the session", |h| {
        h.state_mut().restore_session(&session)
    });
    let workspace = again.h.state().workspace();
    assert_eq!(
        workspace.current().name,
        "Klankbordgroep: eigen GR en taken"
    );
    assert!(
        workspace
            .data()
            .scenarios
            .iter()
            .any(|s| s.name == "Zelfstandige GR")
    );
    assert_eq!(workspace.user(), Some("J. de Vries"));
}

#[test]
fn klankbordgroep_1366x768() {
    klankbordgroep(SCREENS[0]);
}

#[test]
fn klankbordgroep_1920x1080() {
    klankbordgroep(SCREENS[1]);
}

/// The "Scenario toevoegen" form open on the Scores tab, at 1366×768.
fn new_scenario_form() -> Walk {
    let mut walk = Walk::new("egui alone", SCREENS[0]);
    walk.step("Scores, Scenario toevoegen…", |h| {
        h.get_by_role_and_label(Role::Tab, "Scores").click();
        h.run();
        h.get_by_role_and_label(Role::Button, "Scenario toevoegen…")
            .click();
    });
    walk
}

/// Why the shell orders input (`window/input_order.rs`): handed to egui 0.37 in
/// one frame, typed text and a click into the next field lose the text.
/// When this fails, egui keeps the text by itself and the ordering can go.
#[test]
fn egui_alone_drops_text_typed_just_before_a_click() {
    let mut walk = new_scenario_form();
    walk.step("typing and the click in one frame, unordered", |h| {
        type_in(h, "Naam nieuw scenario", "Zelfstandige G");
        let mut events = vec![egui::Event::Text("R".into())];
        events.extend(click_events(h, "Korte naam nieuw scenario"));
        h.input_mut().events.extend(events);
        h.step();
    });
    assert_eq!(field(&walk.h, "Naam nieuw scenario"), "Zelfstandige G");
}

/// The other direction (found walking the release window on a busy
/// machine: the short name stayed empty): a click into a field and the
/// text typed right after it, handed to egui 0.37 in one frame, never
/// reach the field. When this fails, egui keeps the text by itself.
#[test]
fn egui_alone_drops_text_typed_just_after_a_click() {
    let mut walk = new_scenario_form();
    walk.step("the click and typing in one frame, unordered", |h| {
        type_in(h, "Naam nieuw scenario", "Zelfstandige GR");
        let mut events = click_events(h, "Korte naam nieuw scenario");
        events.push(egui::Event::Text("Eigen GR".into()));
        h.input_mut().events.extend(events);
        h.step();
        h.run();
    });
    assert_eq!(field(&walk.h, "Korte naam nieuw scenario"), "");
}
