//! With the keyboard alone: Tab reaches every control of every tab in
//! reading order (top bar, side panel, tabs, the view, the notice), the
//! focus ring is drawn around whatever has the focus, F10 goes to the menu
//! bar, a slider moves with the arrows and PageUp/PageDown, and Escape
//! closes a dialog and gives the focus back.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;

use crate::common::app_harness;

/// The roles a user operates.
const CONTROLS: [Role; 8] = [
    Role::Button,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::Slider,
    Role::CheckBox,
    Role::RadioButton,
    Role::ComboBox,
    Role::SpinButton,
];

/// A control, as the tree names it.
#[derive(Debug, Clone, PartialEq)]
struct Control {
    id: String,
    name: String,
    role: Role,
    rect: egui::Rect,
}

fn controls(h: &Harness<'_, NmdApp>) -> Vec<Control> {
    h.query_all(By::new().predicate(|n| CONTROLS.contains(&n.role()) && !n.is_disabled()))
        .map(|n| Control {
            id: format!("{:?}", n.accesskit_node().id()),
            name: n.accesskit_node().label().or(n.value()).unwrap_or_default(),
            role: n.accesskit_node().role(),
            rect: n.rect(),
        })
        .filter(|c| c.rect.width() > 0.5 && c.rect.height() > 0.5)
        .collect()
}

fn focused(h: &Harness<'_, NmdApp>) -> Option<Control> {
    h.query_by(|n| n.is_focused()).map(|n| Control {
        id: format!("{:?}", n.accesskit_node().id()),
        name: n.accesskit_node().label().or(n.value()).unwrap_or_default(),
        role: n.accesskit_node().role(),
        rect: n.rect(),
    })
}

/// Which panel a rectangle lies in, in reading order: 0 top bar, 1 side
/// panel, 2 tabs, 3 the view, 4 the notice.
fn panel_rank(h: &Harness<'_, NmdApp>, rect: egui::Rect) -> usize {
    let panels = h.state().panel_rects();
    panels
        .iter()
        .position(|p| p.contains(rect.center()))
        .unwrap_or(panels.len())
}

/// Tabs through the whole window: every control once, in reading order,
/// each with the focus ring around it.
fn tab_through(h: &mut Harness<'static, NmdApp>, what: &str) {
    let all = controls(h);
    let mut order: Vec<Control> = Vec::new();
    for _ in 0..(all.len() * 2 + 20) {
        h.key_press(egui::Key::Tab);
        h.run();
        let Some(now) = focused(h) else { continue };
        if order.first().is_some_and(|first| first.id == now.id) {
            break;
        }
        let ring = h.state().focus_ring_rect().expect("a focus ring");
        assert!(
            ring.contains_rect(now.rect.shrink(0.5)),
            "{what}: focus ring {ring:?} not around {} {:?}",
            now.name,
            now.rect
        );
        order.push(now);
    }
    let reached: Vec<&str> = order.iter().map(|c| c.id.as_str()).collect();
    let missed: Vec<String> = all
        .iter()
        .filter(|c| !reached.contains(&c.id.as_str()))
        .map(|c| format!("{:?} '{}' at {:?}", c.role, c.name, c.rect))
        .collect();
    assert!(
        missed.is_empty(),
        "{what}: not reached by Tab:\n{}",
        missed.join("\n")
    );
    let ranks: Vec<usize> = order.iter().map(|c| panel_rank(h, c.rect)).collect();
    for (i, pair) in ranks.windows(2).enumerate() {
        assert!(
            pair[0] <= pair[1],
            "{what}: Tab went from '{}' back to '{}' (panels {} → {})",
            order[i].name,
            order[i + 1].name,
            pair[0],
            pair[1]
        );
    }
}

#[test]
fn toegankelijkheid_tab_reaches_every_control_of_every_tab_in_order() {
    for set in [
        None,
        Some("docs/voorbeelden/vijf-profielen.ron"),
        Some("docs/voorbeelden/lasten.ron"),
    ] {
        let tabs: Vec<Screen> = {
            let mut h = app_harness(1920.0, 1080.0);
            h.run();
            h.state().view().unwrap().tabs()
        };
        for tab in tabs {
            // A fresh window for each tab: the focus starts nowhere.
            let mut h = app_harness(1920.0, 1080.0);
            h.run();
            if let Some(file) = set {
                h.state_mut().open_set_file(std::path::Path::new(file));
                h.state_mut().close_notice();
                h.run();
            }
            h.state_mut().show_tab(tab);
            h.run();
            tab_through(&mut h, &format!("{tab:?} ({set:?})"));
        }
    }
}

#[test]
fn toegankelijkheid_f10_goes_to_the_menu_bar_and_enter_opens_it() {
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    h.key_press(egui::Key::F10);
    h.run();
    assert_eq!(focused(&h).map(|c| c.name).as_deref(), Some("Bestand"));
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(
        h.query_by_label("Set openen…").is_some(),
        "the menu is open"
    );
}

#[test]
fn toegankelijkheid_a_slider_moves_by_step_and_by_page() {
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    let slider = "Onafhankelijk toezicht";
    h.get_by_role_and_label(Role::Slider, slider).focus();
    h.run();
    let weight = |h: &Harness<'_, NmdApp>| h.state().workspace().inputs().criteria[1].weight;
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(weight(&h).to_string(), "1.1", "→ moves one step of 0,1");
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(weight(&h).to_string(), "2.1", "PageUp moves 1");
    h.key_press(egui::Key::Home);
    h.run();
    assert_eq!(weight(&h).to_string(), "0", "Home: 0");
}

#[test]
fn toegankelijkheid_escape_closes_a_dialog_and_gives_the_focus_back() {
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    h.get_by_role_and_label(Role::Slider, "Onafhankelijk toezicht")
        .focus();
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Dialog, "Sneltoetsen")
            .is_some(),
        "the keyboard map"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("PageUp / PageDown").is_none(), "closed");
    assert_eq!(
        focused(&h).map(|c| c.name).as_deref(),
        Some("Onafhankelijk toezicht"),
        "the focus is back"
    );
}

/// Esc closes the innermost thing open: a menu opened over the comparison
/// (or a slide) closes, the comparison stays (Esc closed the comparison
/// behind the menu and left the menu open).
#[test]
fn toegankelijkheid_escape_closes_the_open_menu_first() {
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    h.state_mut().workspace_mut().toggle_compare();
    h.run();
    assert!(
        h.query_by_label("Vergelijken sluiten").is_some(),
        "comparing"
    );
    h.get_by_role_and_label(Role::Button, "Beeld").click();
    h.run();
    assert!(h.query_by_role(Role::Menu).is_some(), "the menu is open");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_role(Role::Menu).is_none(), "Esc closed the menu");
    assert!(
        h.state().view().is_some_and(|v| v.comparison.is_some()),
        "and left the comparison open"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.state().view().is_some_and(|v| v.comparison.is_none()),
        "a second Esc closes the comparison"
    );
}

/// The keyboard map in the window is the one in the handleiding.
#[test]
fn toegankelijkheid_the_keyboard_map_is_in_the_handleiding() {
    let handleiding =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/handleiding.md"))
            .unwrap();
    for (key, _) in nmd_scenarios::ui::keys_ui::KEYBOARD_MAP {
        assert!(
            handleiding.contains(key),
            "'{key}' is not in the handleiding"
        );
    }
}

/// A score of the Scores grid opens with Enter and closes with Escape,
/// without a change, the focus back on its cell.
#[test]
fn toegankelijkheid_a_score_opens_with_enter_and_closes_with_escape() {
    let mut h = app_harness(1366.0, 768.0);
    h.run();
    h.state_mut().show_tab(Screen::Scores);
    h.run();
    let cell = "Score Scenario 4 – Inbedding JHRD op Realisatietempo en bestuurlijke belasting";
    h.get_by_label(cell).focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(
        h.query_by_label("Score wijzigen").is_some(),
        "the editor opened"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    h.run();
    assert!(h.query_by_label("Score wijzigen").is_none(), "closed");
    assert_eq!(focused(&h).map(|c| c.name).as_deref(), Some(cell));
    assert!(
        h.state().workspace().inputs().scenarios[3]
            .scores
            .iter()
            .all(Option::is_none)
    );
}
