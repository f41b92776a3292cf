//! The user's own views in the window, as the walk-through: add
//! "Zelfstandige GR" with a reason per score, hide scenario 4, staff
//! toezicht by tasks, add "Vervoer" from 2027 — then the ranking,
//! robustness, staffing, comparison, CSV, report and figure footer show it,
//! and undo takes each step back.

use crate::common::app_harness;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::export::figure::figure_spec;
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::report::{ReportContext, csv_report, text_report};
use nmd_scenarios::window::NmdApp;

fn harness() -> Harness<'static, NmdApp> {
    app_harness(1600.0, 1400.0)
}

fn tab(h: &mut Harness<'_, NmdApp>, tab: Screen) {
    h.get_by_role_and_label(Role::Tab, tab.label()).click();
    h.run();
}

/// Types `text` into the field named `name` and commits it (Enter).
fn type_into(h: &mut Harness<'_, NmdApp>, name: &str, text: &str) {
    h.get_by_label(name).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(name).type_text(text);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

fn outputs(h: &mut Harness<'_, NmdApp>) -> (String, String, String) {
    let snapshot = h.state_mut().workspace_mut().snapshot();
    let footer = figure_spec(&snapshot, Screen::All)
        .footer
        .iter()
        .map(|(label, text)| format!("{label}: {text}"))
        .collect::<Vec<_>>()
        .join("\n");
    let ctx = ReportContext::of(&snapshot);
    (text_report(&ctx), csv_report(&ctx), footer)
}

#[test]
fn a_user_adds_a_scenario_hides_one_staffs_by_tasks_and_adds_growth() {
    let mut h = harness();
    h.run();
    // 1. Add "Zelfstandige GR": a score and a reason per criterion.
    tab(&mut h, Screen::Scores);
    h.get_by_label("Scenario toevoegen…").click();
    h.run();
    h.get_by_label("Naam nieuw scenario").click();
    h.run();
    h.get_by_label("Naam nieuw scenario")
        .type_text("Zelfstandige GR");
    h.run();
    let criteria: Vec<String> = h
        .state()
        .workspace()
        .data()
        .criteria
        .iter()
        .map(|c| format!("{}. {}", c.number, c.name))
        .collect();
    // Without reasons it is refused, with a message.
    h.get_by_label("Toevoegen").click();
    h.run();
    h.get_by_label_contains("geef een reden");
    assert_eq!(h.state().workspace().data().scenarios.len(), 4);
    for criterion in &criteria {
        h.get_by_label(&format!("Reden bij {criterion}")).click();
        h.run();
        h.get_by_label(&format!("Reden bij {criterion}"))
            .type_text("eigen bestuur, eigen deelnemers");
        h.run();
    }
    h.get_by_label("Toevoegen").click();
    h.run();
    assert_eq!(h.state().workspace().data().scenarios.len(), 5);

    // 2. Hide scenario 4.
    h.get_by_label("Scenario 4 – Inbedding JHRD telt mee")
        .click();
    h.run();
    assert!(h.state().workspace().inputs().scenarios[3].hidden);

    // 3. Toezicht by tasks: the data's tasks, hours and productive hours.
    tab(&mut h, Screen::Tasks);
    h.get_by_role_and_label(Role::Button, "Toezicht").click();
    h.run();
    type_into(&mut h, "Productieve uren per fte", "1300");
    type_into(&mut h, "Uren per keer taak 1 van Toezicht", "6");
    type_into(&mut h, "Personen taak 1 van Toezicht", "2");
    // The second task has no numbers yet: removed.
    // Removing asks first.
    h.get_by_label("Taak 2 van Toezicht verwijderen").click();
    h.run();
    h.get_by_label("Ja: Taak 2 van Toezicht verwijderen")
        .click();
    h.run();
    // 350 × 6 × 2 / 1 300 = 3,23 fte: more than the volume rule's 3,22.
    let toezicht_2028 = {
        let w = h.state().workspace();
        w.outcome().staffing[3]
            .tasks
            .iter()
            .find(|t| t.used)
            .and_then(|t| t.figure.fte)
            .expect("the tasks count")
    };
    assert_eq!(toezicht_2028.round_dp(2), rust_decimal_macros::dec!(3.23));

    // 4. Growth: "Vervoer" from 2027.
    h.get_by_label("Groeitaak toevoegen").click();
    h.run();
    h.get_by_label("Naam groeitaak 1").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Naam groeitaak 1").type_text("Vervoer");
    h.run();
    h.get_by_label("Startjaar groeitaak Vervoer").click();
    h.run();
    h.get_by_role_and_label(Role::ListBoxOption, "2027").click();
    h.run();
    type_into(&mut h, "Volume Vervoer 2027", "3");
    type_into(&mut h, "Volume Vervoer 2028", "3");
    let growth = &h.state().workspace().inputs().extras.growth;
    assert_eq!(growth.len(), 1);
    assert_eq!(growth[0].from_year, 2027);

    // Everything shows it.
    tab(&mut h, Screen::Overview);
    h.get_by_label_contains("Zelfstandige GR (eigen scenario)");
    // The legend numbers the series as the bars are numbered.
    h.get_by_label_contains("Groei: Vervoer");
    h.get_by_label_contains("Toezicht (uit taken)");
    tab(&mut h, Screen::Robustness);
    assert!(h.query_all_by_label_contains("Zelfstandige GR").count() > 0);
    assert!(h.query_by_label_contains("Inbedding JHRD:").is_none());
    let (report, csv, footer) = outputs(&mut h);
    for text in [&report, &csv, &footer] {
        assert!(text.contains("Zelfstandige GR"), "{text}");
        assert!(text.contains("Verborgen"), "{text}");
        assert!(
            text.contains("Scenario 4 – Inbedding JHRD (buiten rangorde"),
            "{text}"
        );
        assert!(text.contains("Vervoer"), "{text}");
        assert!(text.contains("Formatie uit taken"), "{text}");
    }
    assert!(report.contains("350 aanbieders × 6 u × 2 personen / 1.300 u = 3,23 fte"));
    h.state_mut().workspace_mut().toggle_compare();
    h.run();
    h.get_by_label_contains("Scenario 'Zelfstandige GR'");
    h.get_by_label_contains("Groeitaak Vervoer");
    h.state_mut().workspace_mut().toggle_compare();
    h.run();

    // The log has a line per step, with who and what.
    let log = h.state().workspace().inputs().log.clone();
    assert!(log.len() >= 5, "{log:?}");

    // Undo takes each step back, to the report's assumptions.
    for _ in 0..40 {
        if !h.state().workspace().can_undo() {
            break;
        }
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run();
    }
    let w = h.state().workspace();
    assert_eq!(w.data().scenarios.len(), 4);
    assert!(!w.inputs().hidden_scenarios().iter().any(|&x| x));
    assert!(w.inputs().extras.is_empty());
    assert!(w.inputs().log.is_empty());
    assert!(!w.is_dirty());
}

#[test]
fn a_region_without_staffing_shows_its_ranking_and_says_so() {
    let folder = nmd_scenarios::model::load::load_folder(std::path::Path::new(
        "scenarios/regio-midden-limburg",
    ))
    .unwrap();
    let app = NmdApp::new(folder, "map scenarios/regio-midden-limburg");
    let mut h = crate::common::harness_for(app, 1366.0, 768.0);
    h.run();
    h.get_by_label_contains("heeft geen formatietabel");
    h.get_by_label_contains("1. Scenario 6 – MGR met Noord-Limburg");
    assert!(h.query_by_label_contains("Minimale formatie").is_none());
    assert!(h.query_by_label("Keuzes").is_none());
    tab(&mut h, Screen::SourceCheck);
    h.get_by_label_contains("er is niets na te rekenen");
    tab(&mut h, Screen::Tasks);
    h.get_by_label_contains("geen formatietabel");
}

/// Midden-Limburg has no staffing table, no years and no cost profile: the
/// Lasten tab still takes other costs per year, transition ranges per
/// scenario and a key by inhabitants (the advice's method), and shows each
/// municipality's part.
#[test]
fn a_region_without_staffing_has_costs_per_year_by_inhabitants() {
    let folder = nmd_scenarios::model::load::load_folder(std::path::Path::new(
        "scenarios/regio-midden-limburg",
    ))
    .unwrap();
    let app = NmdApp::new(folder, "map scenarios/regio-midden-limburg");
    let mut h = crate::common::harness_for(app, 1920.0, 1080.0);
    h.run();
    tab(&mut h, Screen::Costs);
    assert!(
        h.query_by_label("Loonkosten voor alle functies en rollen")
            .is_none()
    );
    h.get_by_label("+ kostenpost").click();
    h.run();
    let type_in = |h: &mut Harness<'_, NmdApp>, name: &str, text: &str| {
        h.get_by_label(name).scroll_to_me();
        h.run();
        h.get_by_label(name).click();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_label(name).type_text(text);
        h.key_press(egui::Key::Enter);
        h.run();
    };
    type_in(&mut h, "Kostenpost 1 per jaar", "700.000");
    h.get_by_label("uit inwoneraantallen").click();
    h.run();
    // Seven municipalities, 10.000 inhabitants each: 100 / 7 = 14,29 %,
    // the first two of the equal remainders 15 %, the others 14 %.
    for name in [
        "Echt-Susteren",
        "Leudal",
        "Maasgouw",
        "Nederweert",
        "Roerdalen",
        "Roermond",
        "Weert",
    ] {
        type_in(&mut h, &format!("Inwoners {name}"), "10.000");
    }
    type_in(&mut h, "Laag Scenario 3 – Centrumregeling", "70.000");
    type_in(&mut h, "Hoog Scenario 3 – Centrumregeling", "140.000");
    let costs = h.state().workspace().outcome().costs.clone().unwrap();
    assert_eq!(costs.years.len(), 1);
    let centrum = h
        .state()
        .workspace()
        .data()
        .scenario_index("centrum")
        .unwrap();
    assert_eq!(
        costs.transition[centrum]
            .range_eur
            .map(|(l, h)| (l.to_string(), h.to_string())),
        Some(("70000".to_owned(), "140000".to_owned()))
    );
    let totals: Vec<_> = costs.years[0]
        .per_participant
        .iter()
        .map(|p| p.total_eur.unwrap().to_string())
        .collect();
    // € 700.000 × 15 % = € 105.000; × 14 % = € 98.000.
    assert_eq!(
        totals,
        [
            "105000", "105000", "98000", "98000", "98000", "98000", "98000"
        ]
    );
    h.get_all_by_label("€ 105.000")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run();
    h.get_by_label_contains("€ 70.000 – € 140.000");
}
