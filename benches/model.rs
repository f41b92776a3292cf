//! Full recompute of every year × every combination of choices, plus the
//! ranking. Target (issue "Scenario model …"): median under 0,17 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use nmd_scenarios::model::load::load_embedded;
use nmd_scenarios::model::{Inputs, compute};
use std::hint::black_box;

fn all_selections(option_counts: &[usize]) -> Vec<Vec<usize>> {
    let mut all = vec![Vec::new()];
    for &count in option_counts {
        all = all
            .into_iter()
            .flat_map(|prefix| {
                (0..count).map(move |o| {
                    let mut next = prefix.clone();
                    next.push(o);
                    next
                })
            })
            .collect();
    }
    all
}

fn full_recompute(c: &mut Criterion) {
    let data = load_embedded().expect("report data");
    let counts: Vec<usize> = data.choices.iter().map(|c| c.options.len()).collect();
    let selections = all_selections(&counts);
    let base = Inputs::report_defaults(&data);
    c.bench_function(
        "recompute all years x all choice combinations + ranking",
        |b| {
            b.iter(|| {
                let mut inputs = base.clone();
                for selection in &selections {
                    inputs.selection.clone_from(selection);
                    black_box(compute(&data, black_box(&inputs)));
                }
            })
        },
    );
    c.bench_function("recompute one situation (what a slider move costs)", |b| {
        b.iter(|| black_box(compute(&data, black_box(&base))))
    });
    c.bench_function("load and derive the embedded data set", |b| {
        b.iter(|| black_box(load_embedded().unwrap()))
    });
}

criterion_group!(benches, full_recompute);
criterion_main!(benches);
