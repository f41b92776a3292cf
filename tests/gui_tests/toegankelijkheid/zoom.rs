//! At 100 %, 150 % and 200 % text size (Ctrl +) on a 1366×768 laptop
//! nothing is cut off, lies on top of something else or needs scrolling
//! sideways (WCAG 1.4.4, 1.4.10): every tab, with the report's set, five
//! profiles and the costs example; the top bar and the tabs wrap, at 200 %
//! the weights and the view take the whole width in turn, prose wraps and
//! tables that do not fit take a stacked form.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::present::screen::Screen;

use crate::reizen::checks::Walk;

const EXAMPLES: [Option<&str>; 3] = [
    None,
    Some("docs/voorbeelden/vijf-profielen.ron"),
    Some("docs/voorbeelden/lasten.ron"),
];

fn every_tab_at(zoom: f32) {
    for example in EXAMPLES {
        let mut walk = Walk::zoomed("zoom", (1366.0, 768.0), zoom);
        if let Some(file) = example {
            walk.step(&format!("open {file}"), |h| {
                h.state_mut().open_set_file(std::path::Path::new(file))
            });
        }
        let tabs: Vec<Screen> = walk.h.state().view().unwrap().tabs();
        for tab in tabs {
            walk.step(&format!("tab {tab:?} at {zoom} ({example:?})"), |h| {
                h.state_mut().show_tab(tab)
            });
        }
    }
}

#[test]
fn toegankelijkheid_every_tab_at_zoom_1_0() {
    every_tab_at(1.0);
}

#[test]
fn toegankelijkheid_every_tab_at_zoom_1_5() {
    every_tab_at(1.5);
}

#[test]
fn toegankelijkheid_every_tab_at_zoom_2_0() {
    every_tab_at(2.0);
}

/// At 200 % the view and the weights take the whole width in turn: the
/// view first; "Gewichten tonen" shows the weights instead, "Gewichten
/// verbergen" the view again.
#[test]
fn toegankelijkheid_the_weights_and_the_view_take_turns_at_zoom_2_0() {
    let mut walk = Walk::zoomed("zoom", (1366.0, 768.0), 2.0);
    assert!(walk.h.state().side_panel_rect().is_none());
    assert!(walk.h.query_by_label("Gelijk maken").is_none());
    walk.step("Gewichten tonen", |h| {
        h.get_by_role_and_label(Role::Button, "Gewichten tonen")
            .click()
    });
    let panel = walk.h.state().side_panel_rect().expect("the weights");
    assert!(panel.width() > 600.0, "the whole width: {panel:?}");
    assert!(walk.h.query_by_label("Gelijk maken").is_some());
    walk.step("Gewichten verbergen", |h| {
        h.get_by_role_and_label(Role::Button, "Gewichten verbergen")
            .click()
    });
    assert!(walk.h.state().side_panel_rect().is_none());
}

/// Ctrl + zooms in, Ctrl − out, Ctrl 0 back (egui's shortcuts), and the
/// zoom is remembered with the session.
#[test]
fn toegankelijkheid_zoom_with_the_keyboard_is_remembered() {
    let mut h = crate::common::app_harness(1366.0, 768.0);
    h.run();
    for _ in 0..5 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        h.run();
    }
    assert!(
        (h.ctx.zoom_factor() - 1.5).abs() < 0.01,
        "{}",
        h.ctx.zoom_factor()
    );
    let session = nmd_scenarios::workspace::session::to_text(&h.state().workspace().session());
    let mut again = crate::common::app_harness(1366.0, 768.0);
    again.state_mut().restore_session(&session);
    again.run();
    again.run();
    assert!(
        (again.ctx.zoom_factor() - 1.5).abs() < 0.01,
        "{}",
        again.ctx.zoom_factor()
    );
    again.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    again.run();
    assert!((again.ctx.zoom_factor() - 1.0).abs() < 0.01);
}

/// After 200 % and back with Ctrl 0 the side panel has its width again (a
/// resizable panel kept the narrow width it had at 200 %).
#[test]
fn toegankelijkheid_the_side_panel_is_back_at_its_width_after_ctrl_0() {
    let mut h = crate::common::app_harness(1366.0, 768.0);
    h.run();
    let before = h.state().side_panel_rect().expect("the side panel").width();
    h.state_mut().workspace_mut().set_zoom(2.0);
    h.run();
    h.get_by_role_and_label(Role::Button, "Gewichten tonen")
        .click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    h.run();
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 0.01);
    let after = h.state().side_panel_rect().expect("the side panel").width();
    assert!(
        (after - before).abs() < 1.0,
        "{before} before, {after} after"
    );
}
