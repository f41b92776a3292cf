//! Focus that is never lost or hidden (WCAG 2.4.3, 2.4.7, 2.1.2): after
//! every Tab on every tab, at 1366×768 and at 200 % text, the focused
//! control is on screen inside its panel (scrolled to), with the focus ring
//! around it; every dialog takes the focus, keeps Tab inside and gives the
//! focus back to its opener on Esc; a menu closes on a choice made with the
//! keyboard; and Tabs that arrive together all count.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;

use crate::common::app_harness;

/// The focused control: its name, role, rectangle, and whether it lies in
/// a dialog.
#[derive(Debug, Clone, PartialEq)]
struct Focused {
    id: String,
    name: String,
    role: Role,
    rect: egui::Rect,
    in_dialog: Option<String>,
}

fn focused(h: &Harness<'_, NmdApp>) -> Option<Focused> {
    let node = h.query_by(|n| n.is_focused())?;
    let ak = node.accesskit_node();
    let mut in_dialog = None;
    let mut at = ak.parent();
    while let Some(parent) = at {
        if parent.role() == Role::Dialog {
            in_dialog = Some(parent.label().unwrap_or_default());
            break;
        }
        at = parent.parent();
    }
    Some(Focused {
        id: format!("{:?}", ak.id()),
        name: ak.label().or(node.value()).unwrap_or_default(),
        role: ak.role(),
        rect: node.rect(),
        in_dialog,
    })
}

fn harness(zoom: f32) -> Harness<'static, NmdApp> {
    let mut h = app_harness(1366.0, 768.0);
    h.state_mut().workspace_mut().set_zoom(zoom);
    h.run();
    h
}

fn press(h: &mut Harness<'static, NmdApp>, key: egui::Key) -> Option<Focused> {
    h.key_press(key);
    h.run();
    focused(h)
}

/// Tabs round the whole window on `tab`; after every Tab the focused
/// control lies on screen, inside the panel it belongs to, with the ring.
fn focus_stays_visible(zoom: f32, tab: Screen) {
    let mut h = harness(zoom);
    h.state_mut().show_tab(tab);
    h.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1366.0, 768.0) / zoom);
    let mut first: Option<String> = None;
    let mut stops = 0;
    for _ in 0..400 {
        let Some(now) = press(&mut h, egui::Key::Tab) else {
            panic!("{tab:?} at {zoom}: a Tab left nothing focused after {stops} stops");
        };
        if first.as_ref() == Some(&now.id) {
            break;
        }
        first.get_or_insert(now.id.clone());
        stops += 1;
        let what = format!(
            "{tab:?} at {zoom}, stop {stops}: {:?} '{}'",
            now.role, now.name
        );
        // On screen inside the panel it lies in (scrolled into view, not
        // under another panel's edge); what is taller or wider than the
        // panel shows as much of itself as the panel's scroll area holds
        // (the panel less its margins).
        let panel = h
            .state()
            .panel_rects()
            .iter()
            .copied()
            .find(|p| p.intersects(now.rect))
            .unwrap_or(window)
            .intersect(window);
        let seen = now.rect.intersect(panel);
        let wanted = egui::vec2(
            now.rect.width().min(panel.width()),
            now.rect.height().min(panel.height()),
        );
        assert!(
            seen.width() >= wanted.x - 1.0
                && (seen.height() >= wanted.y - 1.0
                    || (now.rect.height() > panel.height() && seen.height() >= wanted.y - 24.0)),
            "{what} at {:?}: only {seen:?} visible in its panel {panel:?}",
            now.rect
        );
        let ring = h.state().focus_ring_rect().expect("a focus ring");
        assert!(ring.contains_rect(now.rect.shrink(0.5)), "{what}: no ring");
    }
    assert!(stops > 10, "{tab:?} at {zoom}: only {stops} stops");
}

#[test]
fn toegankelijkheid_focus_is_visible_after_every_tab_at_1366_by_768() {
    let tabs = harness(1.0).state().view().unwrap().tabs();
    for tab in tabs {
        focus_stays_visible(1.0, tab);
    }
}

#[test]
fn toegankelijkheid_focus_is_visible_after_every_tab_at_200_percent() {
    let tabs = harness(2.0).state().view().unwrap().tabs();
    for tab in tabs {
        focus_stays_visible(2.0, tab);
    }
}

/// The focus on the control named `name` (a Tab stop).
fn focus_on(h: &mut Harness<'static, NmdApp>, role: Role, name: &str) -> Focused {
    h.get_by_role_and_label(role, name).focus();
    h.run();
    let now = focused(h).expect("focused");
    assert_eq!(now.name, name);
    now
}

/// Opens a dialog with `open`; it takes the focus, Tab stays in it, and
/// Esc closes it with the focus back on `opener`.
fn dialog_round_trip(
    h: &mut Harness<'static, NmdApp>,
    opener: &Focused,
    dialog: &str,
    open: impl FnOnce(&mut Harness<'static, NmdApp>),
) {
    open(h);
    h.run();
    let inside = focused(h).expect("the dialog takes the focus");
    assert_eq!(
        inside.in_dialog.as_deref(),
        Some(dialog),
        "{dialog}: focus on {inside:?}"
    );
    assert!(
        h.query_by(|n| n.role() == Role::Menu).is_none(),
        "{dialog}: a menu stays open over it"
    );
    for i in 0..12 {
        let now = press(h, egui::Key::Tab).expect("focus");
        assert_eq!(
            now.in_dialog.as_deref(),
            Some(dialog),
            "{dialog}: Tab {i} left the dialog for {now:?}"
        );
    }
    let back = press(h, egui::Key::Escape);
    h.run();
    let back = focused(h).or(back);
    assert!(
        h.query_by(|n| n.role() == Role::Dialog).is_none(),
        "{dialog}: Esc closes it"
    );
    assert_eq!(
        back.as_ref().map(|f| &f.id),
        Some(&opener.id),
        "{dialog}: the focus is back on '{}', not on {back:?}",
        opener.name
    );
}

/// Opens `menu` with the keyboard and moves to `item` with the arrows;
/// Enter chooses it.
fn menu_choice(h: &mut Harness<'static, NmdApp>, menu: &str, item: &str) {
    focus_on(h, Role::Button, menu);
    press(h, egui::Key::Enter);
    for _ in 0..20 {
        if focused(h).is_some_and(|f| f.name == item) {
            break;
        }
        press(h, egui::Key::ArrowDown);
    }
    let now = focused(h).expect("a menu item");
    assert_eq!((now.role, now.name.as_str()), (Role::MenuItem, item));
    h.key_press(egui::Key::Enter);
}

#[test]
fn toegankelijkheid_escape_gives_the_focus_back_for_every_dialog() {
    let mut h = harness(1.0);
    let slider = focus_on(&mut h, Role::Slider, "Onafhankelijk toezicht");
    dialog_round_trip(&mut h, &slider, "Sneltoetsen", |h| {
        h.key_press(egui::Key::F1)
    });
    dialog_round_trip(&mut h, &slider, "Set opslaan als", |h| {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S)
    });
    for (menu, item, dialog) in [
        ("Bestand", "Set opslaan als…", "Set opslaan als"),
        ("Help", "Sneltoetsen (F1)", "Sneltoetsen"),
        ("Help", "Over nmd-scenarios", "Over nmd-scenarios"),
    ] {
        let opener = focus_on(&mut h, Role::Button, menu);
        dialog_round_trip(&mut h, &opener, dialog, |h| menu_choice(h, menu, item));
    }
    let derivation = focus_on(&mut h, Role::Button, "Afleiding per staaf…");
    dialog_round_trip(&mut h, &derivation, "Afleiding van de formatie", |h| {
        h.key_press(egui::Key::Enter)
    });
    // A file with problems (dropped on the window): its window, then the
    // focus where it was.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kapot.ron");
    std::fs::write(&bad, "(format: 1, name: ").unwrap();
    dialog_round_trip(&mut h, &derivation, "Set niet geopend", |h| {
        h.state_mut().open_set_file(&bad)
    });
}

#[test]
fn toegankelijkheid_escape_from_comparison_presentation_and_forms_gives_the_focus_back() {
    let mut h = harness(1.0);
    // The comparison, chosen in the Beeld menu: Esc, and the focus is on
    // Beeld again.
    let view_menu = focus_on(&mut h, Role::Button, "Beeld");
    menu_choice(&mut h, "Beeld", "Twee sets vergelijken");
    h.run();
    assert!(h.state().view().unwrap().comparison.is_some());
    assert!(
        h.query_by(|n| n.role() == Role::Menu).is_none(),
        "menu closed"
    );
    press(&mut h, egui::Key::Escape);
    h.run();
    assert!(h.state().view().unwrap().comparison.is_none());
    assert_eq!(focused(&h).map(|f| f.id), Some(view_menu.id));
    // The presentation, from a slider.
    let slider = focus_on(&mut h, Role::Slider, "Onafhankelijk toezicht");
    press(&mut h, egui::Key::F11);
    assert!(h.state().presentation());
    press(&mut h, egui::Key::Escape);
    h.run();
    assert!(!h.state().presentation());
    assert_eq!(focused(&h).map(|f| f.id), Some(slider.id));
    // The new-scenario form: the name takes the focus, Esc closes the form
    // and the focus is back on its button.
    h.state_mut().show_tab(Screen::Scores);
    h.run();
    let add = focus_on(&mut h, Role::Button, "Scenario toevoegen…");
    press(&mut h, egui::Key::Enter);
    assert_eq!(
        focused(&h).map(|f| f.name).as_deref(),
        Some("Naam nieuw scenario")
    );
    press(&mut h, egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Naam nieuw scenario").is_none(), "closed");
    assert_eq!(focused(&h).map(|f| f.id), Some(add.id));
}

/// The set list closes on a choice made with the keyboard; its options
/// are list options, the selected one says so.
#[test]
fn toegankelijkheid_the_set_list_closes_on_a_keyboard_choice() {
    let mut h = harness(1.0);
    focus_on(&mut h, Role::ComboBox, "Aannameset");
    press(&mut h, egui::Key::Enter);
    let options = h
        .query_all(egui_kittest::kittest::By::new().role(Role::ListBoxOption))
        .count();
    assert!(options >= 2, "{options} options");
    let picked = press(&mut h, egui::Key::ArrowDown).expect("an option");
    assert_eq!(picked.role, Role::ListBoxOption);
    press(&mut h, egui::Key::Enter);
    h.run();
    assert!(
        h.query_by(|n| n.role() == Role::ListBoxOption).is_none(),
        "the list closed"
    );
    assert_eq!(h.state().workspace().current().name, picked.name);
}

/// Tabs delivered in one batch (a busy machine, software rendering) each
/// move the focus: the shell hands egui one key a frame.
#[test]
fn toegankelijkheid_tabs_that_arrive_together_all_count() {
    let mut one_by_one = harness(1.0);
    for _ in 0..9 {
        one_by_one.key_press(egui::Key::Tab);
        one_by_one.run();
    }
    let expected = focused(&one_by_one).expect("focus").id;
    let mut h = harness(1.0);
    let tab = |pressed| egui::Event::Key {
        key: egui::Key::Tab,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    let events: Vec<egui::Event> = (0..9).flat_map(|_| [tab(true), tab(false)]).collect();
    crate::reizen::klankbordgroep::batch(&mut h, events);
    assert_eq!(focused(&h).map(|f| f.id), Some(expected));
}

#[test]
fn zz_debug_about() {
    let mut h = harness(1.0);
    focus_on(&mut h, Role::Button, "Help");
    h.key_press(egui::Key::Enter);
    h.run();
    for _ in 0..3 {
        let f = press(&mut h, egui::Key::ArrowDown);
        if f.as_ref().is_some_and(|f| f.name == "Over nmd-scenarios") {
            break;
        }
    }
    h.key_press(egui::Key::Enter);
    for i in 0..8 {
        h.step();
        eprintln!(
            "step {i}: {:?} repaint {}",
            focused(&h).map(|f| (f.name, f.rect)),
            h.ctx.has_requested_repaint()
        );
    }
}
