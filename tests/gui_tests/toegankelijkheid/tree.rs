//! What a screen reader gets, through egui's AccessKit tree: every control
//! of every tab and slide has a Dutch name, every chart is an image with a
//! name and the numbers it shows as its description, a score says its level
//! and whether it was changed, and a notice is announced.

use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;

use crate::common::app_harness;

const CONTROLS: [Role; 9] = [
    Role::Button,
    Role::Link,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::Slider,
    Role::CheckBox,
    Role::RadioButton,
    Role::ComboBox,
    Role::SpinButton,
];

/// Words of an English interface that must not be what a Dutch user hears.
const ENGLISH: [&str; 10] = [
    "OK", "Cancel", "Close", "Save", "Open", "Delete", "Yes", "No", "Settings", "Help me",
];

/// Every control's and chart's name and description in this frame.
fn problems(h: &Harness<'_, NmdApp>, what: &str) -> Vec<String> {
    let mut found = Vec::new();
    for node in h.query_all(By::new().predicate(|n| CONTROLS.contains(&n.role()))) {
        let ak = node.accesskit_node();
        let name = ak.label().or(node.value()).unwrap_or_default();
        if name.trim().is_empty() {
            found.push(format!(
                "{what}: {:?} without a name at {:?}",
                ak.role(),
                node.rect()
            ));
        } else if ENGLISH.contains(&name.trim()) {
            found.push(format!("{what}: {:?} named in English: {name}", ak.role()));
        }
    }
    for node in h.query_all(By::new().predicate(|n| n.role() == Role::Image)) {
        let ak = node.accesskit_node();
        let name = ak.label().unwrap_or_default();
        let description = ak.description().unwrap_or_default();
        if name.trim().is_empty() || description.trim().is_empty() {
            found.push(format!(
                "{what}: a chart without name or description: '{name}' / '{description}'"
            ));
        }
    }
    found
}

fn charts(h: &Harness<'_, NmdApp>) -> Vec<(String, String)> {
    h.query_all(By::new().predicate(|n| n.role() == Role::Image))
        .map(|n| {
            let ak = n.accesskit_node();
            (
                ak.label().unwrap_or_default(),
                ak.description().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn toegankelijkheid_every_control_and_chart_of_every_tab_and_slide_is_named() {
    let mut found = Vec::new();
    for set in [
        None,
        Some("docs/voorbeelden/vijf-profielen.ron"),
        Some("docs/voorbeelden/lasten.ron"),
    ] {
        let mut h = app_harness(1920.0, 1080.0);
        h.run();
        if let Some(file) = set {
            h.state_mut().open_set_file(std::path::Path::new(file));
            h.run();
        }
        let tabs: Vec<Screen> = h.state().view().unwrap().tabs();
        for tab in tabs {
            h.state_mut().show_tab(tab);
            h.run();
            found.extend(problems(&h, &format!("tab {tab:?} ({set:?})")));
        }
        h.key_press(egui::Key::F11);
        h.run();
        let slides = h.state().view().unwrap().slides();
        for slide in slides {
            found.extend(problems(&h, &format!("slide {slide:?} ({set:?})")));
            h.key_press(egui::Key::ArrowRight);
            h.run();
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The charts say their numbers: Tabel 7's 2028 situation (11,28 fte as
/// the model gives it, with Toezicht's fixed 3,22 fte), each scenario's
/// weighted score (equal weights: scenario 2 4,20), and each
/// municipality's part of the costs.
#[test]
fn toegankelijkheid_charts_describe_what_they_show() {
    let mut h = app_harness(1920.0, 1080.0);
    h.run();
    let shown = charts(&h);
    let staffing = shown
        .iter()
        .find(|(name, _)| name.starts_with("Minimale formatie"))
        .expect("the staffing chart is an image");
    assert!(
        staffing.1.contains("2028: 11,28 fte, waarvan"),
        "{}",
        staffing.1
    );
    assert!(staffing.1.contains("Toezicht 3,22"), "{}", staffing.1);
    assert!(
        shown
            .iter()
            .any(|(name, text)| name.contains("Centrumregeling") && text.starts_with("4,20 punten")),
        "{shown:?}"
    );
    h.state_mut()
        .open_set_file(std::path::Path::new("docs/voorbeelden/lasten.ron"));
    h.state_mut().show_tab(Screen::Costs);
    h.run();
    let shown = charts(&h);
    assert!(
        shown
            .iter()
            .any(|(name, text)| name == "Assen" && text.starts_with("Assen 2025: ")),
        "{shown:?}"
    );
}

/// A changed score says so, with the source's level; a notice is a live
/// region.
#[test]
fn toegankelijkheid_scores_say_their_level_and_notices_are_announced() {
    let mut h = app_harness(1920.0, 1080.0);
    h.run();
    h.state_mut().open_set_file(std::path::Path::new(
        "docs/voorbeelden/eigen-scenarios-en-groei.ron",
    ));
    h.run();
    let notice = h
        .query_all(By::new().predicate(|n| n.live() == Live::Polite))
        .count();
    assert!(notice >= 1, "the notice is announced");
    // Scenario 4 on tempo changed from the report's level, with a reason.
    let tempo = h
        .state()
        .workspace()
        .data()
        .criterion_index("tempo")
        .unwrap();
    h.state_mut().workspace_mut().apply(
        vec![nmd_scenarios::workspace::Change::Score {
            scenario: 3,
            criterion: tempo,
            change: Some(nmd_scenarios::model::additions::ScoreChange {
                level: 2,
                reason: "test".into(),
            }),
        }],
        1.0,
    );
    h.state_mut().show_tab(Screen::Scores);
    h.run();
    let described: Vec<String> = h
        .query_all(By::new().predicate(|n| {
            n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with("Score "))
        }))
        .map(|n| {
            n.accesskit_node()
                .description()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert!(!described.is_empty());
    assert!(described.iter().all(|d| !d.is_empty()), "{described:?}");
    assert!(
        described.iter().any(|d| d.contains("gewijzigd (bron: ")),
        "a changed score says so: {described:?}"
    );
}
