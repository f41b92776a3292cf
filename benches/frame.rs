//! CPU time of one frame of the full window, built in the kittest harness at
//! 1600×1000 without rendering. Target (issue "The comparison screen"):
//! median under 3,3 ms. The model is recomputed only when an input changes;
//! the second benchmark changes a weight before every frame.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::window::NmdApp;
use nmd_scenarios::workspace::Change;
use rust_decimal::Decimal;

fn harness() -> Harness<'static, NmdApp> {
    let app = NmdApp::new(load_embedded_folder().expect("report data"), "ingebouwd");
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app);
    harness.run();
    harness
}

fn frames(c: &mut Criterion) {
    let mut idle = harness();
    c.bench_function("frame 1600x1000, no change", |b| b.iter(|| idle.step()));

    let mut moving = harness();
    let mut weight = 0u32;
    c.bench_function("frame 1600x1000, a weight changes every frame", |b| {
        b.iter(|| {
            weight = (weight + 1) % 100;
            moving.state_mut().workspace_mut().apply(
                vec![Change::Weight {
                    criterion: 1,
                    weight: Decimal::new(i64::from(weight), 1),
                }],
                0.0,
            );
            moving.step();
        })
    });
}

/// The performance table (Scores view) at 1600×1000 with the report's 4 × 5
/// and with 8 × 8 (4 scenarios and 3 criteria added). Target (issue "Your
/// own views"): ≤ 3,3 ms.
fn scores_view(c: &mut Criterion) {
    use nmd_scenarios::model::own::{AddedCriterion, AddedScenario, AddedScore};
    use nmd_scenarios::present::screen::Screen;
    let mut h = harness();
    h.state_mut().show_tab(Screen::Scores);
    h.run();
    c.bench_function("frame 1600x1000, Scores view, 4x5", |b| b.iter(|| h.step()));
    let mut changes = Vec::new();
    for i in 0..3 {
        let scores = (1..=4)
            .map(|s| AddedScore {
                other: format!("s{s}"),
                level: 2,
                reason: "r".into(),
            })
            .collect();
        changes.push(Change::AddCriterion {
            criterion: AddedCriterion {
                id: format!("c{i}"),
                name: format!("Eigen criterium {i}"),
                explanation: String::new(),
                scores,
            },
            weight: Decimal::ONE,
        });
    }
    for i in 0..4 {
        let ids = [
            "legitimiteit",
            "toezicht",
            "uitvoerbaarheid",
            "schaal",
            "tempo",
            "c0",
            "c1",
            "c2",
        ];
        let scores = ids
            .iter()
            .map(|id| AddedScore {
                other: (*id).into(),
                level: 3,
                reason: "r".into(),
            })
            .collect();
        changes.push(Change::AddScenario(AddedScenario {
            id: format!("eigen{i}"),
            name: format!("Eigen scenario {i}"),
            short_name: format!("Eigen {i}"),
            description: String::new(),
            scores,
            cost_levels: Vec::new(),
        }));
    }
    for (i, change) in changes.into_iter().enumerate() {
        h.state_mut()
            .workspace_mut()
            .apply(vec![change], i as f64 * 10.0);
    }
    h.run();
    assert_eq!(h.state().workspace().data().scenarios.len(), 8);
    c.bench_function("frame 1600x1000, Scores view, 8x8", |b| b.iter(|| h.step()));
}

/// The Gemeenten view and every slide at 1920×1080 with five different
/// profiles. Target (issue "The bestuurlijk overleg"): ≤ 3,3 ms.
fn group_and_slides(c: &mut Criterion) {
    use nmd_scenarios::model::additions::{Profile, WeightMethod};
    use nmd_scenarios::present::screen::Screen;
    let app = NmdApp::new(load_embedded_folder().expect("report data"), "ingebouwd");
    let mut h = Harness::builder()
        .with_size([1920.0, 1080.0])
        .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app);
    for (i, (name, weights)) in [
        ("Aa en Hunze", [1, 3, 1, 1, 1]),
        ("Assen", [0, 0, 0, 0, 1]),
        ("Midden-Drenthe", [1, 2, 1, 1, 1]),
        ("Noordenveld", [2, 2, 1, 1, 1]),
        ("Tynaarlo", [0, 0, 0, 1, 0]),
    ]
    .into_iter()
    .enumerate()
    {
        let profile = Profile {
            name: name.into(),
            method: WeightMethod::Typed,
            values: weights.iter().map(|&w| Decimal::from(w)).collect(),
        };
        h.state_mut().workspace_mut().apply(
            vec![Change::Profile {
                profile,
                criterion: None,
            }],
            i as f64 * 10.0,
        );
    }
    h.state_mut().show_tab(Screen::Group);
    h.run();
    c.bench_function("frame 1920x1080, Gemeenten view, five profiles", |b| {
        b.iter(|| h.step())
    });
    h.key_press(egui::Key::F11);
    h.run_steps(10);
    let slides = h.state().view().unwrap().slides();
    for slide in slides {
        let label = h.state().view().unwrap().slide_label(slide);
        c.bench_function(&format!("frame 1920x1080, slide {label}"), |b| {
            b.iter(|| h.step())
        });
        h.key_press(egui::Key::ArrowRight);
        h.run_steps(10);
    }
}

/// The Lasten tab with every cost input of docs/voorbeelden/lasten.ron, at
/// 1366×768 (inputs under the results) and 1920×1080 (beside them).
fn costs_tab(c: &mut Criterion) {
    use nmd_scenarios::model::assumption_set::parse_set;
    use nmd_scenarios::present::screen::Screen;
    for (w, h_px) in [(1366.0, 768.0), (1920.0, 1080.0)] {
        let app = NmdApp::new(load_embedded_folder().expect("report data"), "ingebouwd");
        let mut h = Harness::builder()
            .with_size([w, h_px])
            .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app);
        let data = h.state().workspace().base().clone();
        let text = include_str!("../docs/voorbeelden/lasten.ron");
        let costs = parse_set(&data, "lasten.ron", text)
            .unwrap()
            .set
            .inputs
            .costs;
        h.state_mut()
            .workspace_mut()
            .apply(vec![Change::Costs(costs)], 0.0);
        h.state_mut().show_tab(Screen::Costs);
        h.run();
        c.bench_function(
            &format!("frame {w}x{h_px}, Lasten view, every cost input"),
            |b| b.iter(|| h.step()),
        );
    }
}

criterion_group!(benches, frames, scores_view, group_and_slides, costs_tab);
criterion_main!(benches);
