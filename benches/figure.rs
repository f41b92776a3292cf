//! Rendering an exported figure off-screen (egui-wgpu on whatever adapter
//! the machine has; on the development machine Mesa's software Vulkan,
//! lavapipe). Target (issue "Numbers you can put in a council proposal"):
//! a figure in at most 200 ms, release build. The benchmark needs a
//! renderer: without one it says so and measures nothing.

use criterion::{Criterion, criterion_group, criterion_main};
use nmd_scenarios::export::figure::{figure_spec, render_figure};
use nmd_scenarios::export::headless::HeadlessGpu;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::workspace::Workspace;

fn figures(c: &mut Criterion) {
    let gpu = match HeadlessGpu::new() {
        Ok(gpu) => gpu,
        Err(e) => {
            eprintln!("figure benchmark skipped, no renderer: {e}");
            return;
        }
    };
    eprintln!("renderer: {}", gpu.adapter);
    let mut workspace = Workspace::new(load_embedded_folder().expect("report data"), "ingebouwd");
    for kind in [Screen::Staffing, Screen::All] {
        let spec = figure_spec(&workspace.snapshot(), kind);
        c.bench_function(
            &format!("figure {} (render + PNG)", kind.file_word()),
            |b| b.iter(|| render_figure(&gpu, &spec).expect("rendered")),
        );
    }
    // The part before rendering: the view model, robustness and footer.
    c.bench_function("figure spec (all three)", |b| {
        b.iter(|| figure_spec(&workspace.snapshot(), Screen::All))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = figures
}
criterion_main!(benches);
