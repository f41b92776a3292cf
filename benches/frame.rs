//! CPU time of one frame of the full window, built in the kittest harness at
//! 1600×1000 without rendering. Target (issue "The comparison screen"):
//! median under 3,3 ms. The model is recomputed only when an input changes;
//! the second benchmark changes a weight before every frame.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::ui::NmdApp;
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

criterion_group!(benches, frames);
criterion_main!(benches);
