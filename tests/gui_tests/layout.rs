//! Every view of the main area fits the common projector and laptop
//! screens (1280×720, 1366×768, 1920×1080) with both built-in sets: nothing
//! beyond the window's edges and no two texts on top of each other. The
//! overview must fit without scrolling; the other views may scroll down but
//! never sideways.

use crate::common::{app_harness, switch_to_set};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;

const SIZES: [(f32, f32); 3] = [(1280.0, 720.0), (1366.0, 768.0), (1920.0, 1080.0)];

fn harness(width: f32, height: f32) -> Harness<'static, NmdApp> {
    app_harness(width, height)
}

fn visible_texts(harness: &Harness<'_, NmdApp>) -> Vec<(String, egui::Rect)> {
    harness
        .query_all(By::new().predicate(|n| {
            matches!(
                n.role(),
                Role::Label | Role::Button | Role::Link | Role::ComboBox | Role::Slider
            )
        }))
        .map(|n| {
            (
                format!(
                    "{:?} {:?}",
                    n.accesskit_node().role(),
                    n.value().or(n.accesskit_node().label()).unwrap_or_default()
                ),
                n.rect(),
            )
        })
        .filter(|(_, r)| r.width() > 0.5 && r.height() > 0.5)
        .collect()
}

/// Problems of the main area (right of the side panel) in this frame.
fn problems(harness: &Harness<'_, NmdApp>, width: f32, height: f32, scrolls: bool) -> Vec<String> {
    let panel_right = harness.get_by_label("Gelijk maken").rect().right();
    let texts: Vec<(String, egui::Rect)> = visible_texts(harness)
        .into_iter()
        .filter(|(_, r)| r.left() > panel_right)
        // Scrolled out of sight below the window: not drawn.
        .filter(|(_, r)| !scrolls || r.top() < height)
        .collect();
    let mut found = Vec::new();
    for (what, r) in &texts {
        if r.right() > width + 0.5 {
            found.push(format!("beyond the right edge: {what} at {r:?}"));
        }
        if !scrolls && r.bottom() > height - 4.0 + 0.5 {
            found.push(format!("beyond the bottom: {what} at {r:?}"));
        }
    }
    for (i, (a, ra)) in texts.iter().enumerate() {
        for (b, rb) in &texts[i + 1..] {
            let overlap = ra.intersect(*rb);
            if overlap.width() > 1.0 && overlap.height() > 1.0 {
                found.push(format!("overlap: {a} at {ra:?} and {b} at {rb:?}"));
            }
        }
    }
    found
}

#[test]
fn every_view_fits_on_projector_and_laptop_screens() {
    let mut found = Vec::new();
    for (width, height) in SIZES {
        for set in [
            "Berenschot (rapport)",
            "Klankbordgroep toezicht en kwaliteit",
        ] {
            let mut harness = harness(width, height);
            harness.run();
            switch_to_set(&mut harness, set);
            for tab in Screen::tabs() {
                let label = harness.state().view().unwrap().screen_label(tab);
                harness.get_by_label(&label).click();
                harness.run();
                // The overview scrolls only where the charts would
                // otherwise be squeezed (a 720-pixel screen, or a set whose
                // roles make the chart's legend long): the staffing chart
                // keeps a readable height. The report's set on a laptop
                // fits without scrolling.
                let scrolls =
                    tab != Screen::Overview || height < 768.0 || set != "Berenschot (rapport)";
                if tab == Screen::Overview {
                    let chart = harness
                        .get_by_role_and_label(Role::Image, "Minimale formatie NMD (fte)")
                        .rect();
                    if chart.height() < 150.0 {
                        found.push(format!(
                            "{width}×{height} {set}: the staffing chart is {:.0} px high",
                            chart.height()
                        ));
                    }
                }
                for problem in problems(&harness, width, height, scrolls) {
                    found.push(format!("{width}×{height} {set} {}: {problem}", tab.label()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_overview_uses_the_room_of_a_wide_screen() {
    // At 1920×1080 the staffing chart and Tabel 5 grow with the window
    // instead of leaving half the screen empty.
    let mut small = harness(1366.0, 768.0);
    small.run();
    let mut wide = harness(1920.0, 1080.0);
    wide.run();
    let cells = |h: &Harness<'_, NmdApp>| {
        h.query_all(By::new().predicate(|n| n.value().as_deref() == Some("Laag–midden")))
            .map(|n| n.rect().width())
            .fold(0.0_f32, f32::max)
    };
    assert!(
        cells(&wide) > cells(&small) * 1.2,
        "{} vs {}",
        cells(&wide),
        cells(&small)
    );
    // Tabel 5 names its cells in full: no "Laag–mid…".
    for h in [&small, &wide] {
        let cut =
            h.query_all(By::new().predicate(|n| {
                n.role() == Role::Label && n.label().is_some_and(|l| l.contains('…'))
            }));
        assert_eq!(cut.count(), 0);
    }
    // The report's interpretation is shown with the table on a wide screen.
    wide.get_by_label_contains("Scenario 3 biedt een goede balans");
}
