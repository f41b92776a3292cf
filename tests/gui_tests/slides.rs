//! Presentation mode as slides: every slide at 1280×720, 1366×768 and
//! 1920×1080, with both built-in sets and five different municipality
//! profiles — every text at least twice the normal body size, nothing
//! beyond the edges, nothing overlapping, no controls but the strip; the
//! keys a clicker sends move between slides, up/down switch sets.

use crate::common::{SHOWN_ROLES, app_harness, switch_to_set};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::model::additions::{Profile, WeightMethod};
use nmd_scenarios::present::screen::{Screen, Slide};
use nmd_scenarios::window::NmdApp;
use nmd_scenarios::workspace::Change;
use rust_decimal::Decimal;

const SIZES: [(f32, f32); 3] = [(1280.0, 720.0), (1366.0, 768.0), (1920.0, 1080.0)];

/// Height of one line of normal body text (16 pt) is about 19 px; twice the
/// size is about 38 px. A label lower than this is smaller than 2×.
const MIN_TEXT_HEIGHT: f32 = 36.0;

fn harness(width: f32, height: f32) -> Harness<'static, NmdApp> {
    app_harness(width, height)
}

/// Five municipalities with different weights (the example).
fn five_profiles(h: &mut Harness<'_, NmdApp>) {
    let profiles = [
        ("Aa en Hunze", [1, 3, 1, 1, 1]),
        ("Assen", [0, 0, 0, 0, 1]),
        ("Midden-Drenthe", [1, 2, 1, 1, 1]),
        ("Noordenveld", [2, 2, 1, 1, 1]),
        ("Tynaarlo", [0, 0, 0, 1, 0]),
    ];
    for (i, (name, weights)) in profiles.into_iter().enumerate() {
        h.state_mut().workspace_mut().apply(
            vec![Change::Profile {
                profile: Profile {
                    name: name.into(),
                    method: WeightMethod::Typed,
                    values: weights.iter().map(|&w| Decimal::from(w)).collect(),
                },
                criterion: None,
            }],
            i as f64 * 10.0,
        );
    }
}

fn problems(h: &Harness<'_, NmdApp>, width: f32, height: f32) -> Vec<String> {
    // Slides are sized to the screen: the window holds the pixels over
    // the zoom, in points.
    let zoom = h.ctx.zoom_factor();
    let (width, height) = (width / zoom, height / zoom);
    let mut found = Vec::new();
    let nodes: Vec<(String, Role, egui::Rect)> = h
        .query_all(By::new().predicate(|n| SHOWN_ROLES.contains(&n.role())))
        .map(|n| {
            (
                n.value().or(n.accesskit_node().label()).unwrap_or_default(),
                n.accesskit_node().role(),
                n.rect(),
            )
        })
        .filter(|(_, _, r)| r.width() > 0.5 && r.height() > 0.5)
        .collect();
    for (text, role, r) in &nodes {
        if *role != Role::Label {
            found.push(format!("a control on a slide: {role:?} {text:?}"));
        }
        if r.right() > width + 0.5 || r.bottom() > height + 0.5 || r.left() < -0.5 || r.top() < -0.5
        {
            found.push(format!("beyond the window: {text:?} at {r:?}"));
        }
        if r.height() < MIN_TEXT_HEIGHT {
            found.push(format!(
                "text smaller than twice the body size: {text:?} {} px high",
                r.height()
            ));
        }
    }
    for (i, (a, _, ra)) in nodes.iter().enumerate() {
        for (b, _, rb) in &nodes[i + 1..] {
            let o = ra.intersect(*rb);
            if o.width() > 1.0 && o.height() > 1.0 {
                found.push(format!("overlap: {a:?} at {ra:?} and {b:?} at {rb:?}"));
            }
        }
    }
    found
}

#[test]
fn every_slide_is_readable_and_fits() {
    let mut found = Vec::new();
    for (width, height) in SIZES {
        for set in [
            "Berenschot (rapport)",
            "Klankbordgroep toezicht en kwaliteit",
        ] {
            let mut h = harness(width, height);
            h.run();
            switch_to_set(&mut h, set);
            five_profiles(&mut h);
            h.key_press(egui::Key::F11);
            h.run();
            assert!(h.state().presentation());
            // The slides as this screen pages them, once measured.
            let slides = h.state().view().unwrap().slides();
            assert!(slides.contains(&Slide::at(Screen::Group)), "{slides:?}");
            assert_eq!(h.state().view().unwrap().window.slide, slides[0]);
            for slide in &slides {
                assert_eq!(h.state().view().unwrap().window.slide, *slide);
                for problem in problems(&h, width, height) {
                    found.push(format!("{width}×{height} {set} {slide:?}: {problem}"));
                }
                h.key_press(egui::Key::ArrowRight);
                h.run();
            }
            // Around once: back at the first slide.
            assert_eq!(h.state().view().unwrap().window.slide, slides[0]);
            assert_eq!(h.state().view().unwrap().slides(), slides, "pages stay put");
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn clicker_keys_move_slides_and_arrows_up_down_switch_sets() {
    let mut h = harness(1366.0, 768.0);
    h.run();
    h.key_press(egui::Key::F11);
    h.run();
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(
        h.state().view().unwrap().window.slide,
        Slide::at(Screen::Staffing)
    );
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(
        h.state().view().unwrap().window.slide,
        Slide::at(Screen::Ranking)
    );
    // Edits are kept when the set changes during a meeting.
    h.state_mut().workspace_mut().apply(
        vec![Change::Weight {
            criterion: 1,
            weight: Decimal::from(5),
        }],
        0.0,
    );
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert!(
        h.state()
            .workspace()
            .current()
            .name
            .starts_with("Klankbordgroep")
    );
    assert!(
        h.state()
            .workspace()
            .sets()
            .iter()
            .any(|k| k.label().contains("(niet opgeslagen)"))
    );
    h.key_press(egui::Key::ArrowUp);
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().presentation());
}

#[test]
fn the_four_eyes_warning_stays_on_the_staffing_slide() {
    let mut h = harness(1280.0, 720.0);
    h.run();
    switch_to_set(&mut h, "Klankbord");
    let mut supervision = h.state().workspace().inputs().supervision.clone();
    if let nmd_scenarios::model::inputs::Supervision::Roles(r) = &mut supervision {
        r.roles[0].people = 1;
    }
    h.state_mut()
        .workspace_mut()
        .apply(vec![Change::Supervision(supervision)], 0.0);
    h.key_press(egui::Key::F11);
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let warning = h.get_by_label_contains("Vier ogen:");
    assert!(warning.rect().bottom() <= 720.0);
    assert!(warning.rect().height() >= MIN_TEXT_HEIGHT);
}

/// With a set nobody weighed in, the Gemeenten slide says so once: the
/// band's "no band" sentence said it a second time.
#[test]
fn the_participants_slide_says_once_that_nobody_weighed() {
    let mut h = harness(1920.0, 1080.0);
    h.run();
    switch_to_set(&mut h, "Klankbord");
    h.key_press(egui::Key::F11);
    h.run();
    for _ in 0..12 {
        if h.state()
            .view()
            .is_some_and(|v| v.window.slide.screen == Screen::Group)
        {
            break;
        }
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    let said =
        |h: &Harness<'_, NmdApp>, text: &str| h.query_all(By::new().label_contains(text)).count();
    assert_eq!(
        said(&h, "Nog geen van de vijf gemeenten heeft een eigen weging"),
        1
    );
    assert_eq!(said(&h, "er is geen bandbreedte"), 0);
    // Nor does its heading claim that each weighed.
    assert_eq!(said(&h, "ieder een eigen weging"), 0);
    assert_eq!(said(&h, "Gemeenten: nog geen eigen weging"), 1);
}
