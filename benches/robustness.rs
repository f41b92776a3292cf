//! Robustness analyses on the report data, at the report's equal weights.
//! Targets (issue "How robust is the ranking?"), on the 2-core development
//! machine: stability intervals of all criteria under 0,17 ms; SMAA-2 with
//! 10 000 draws under 8 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use nmd_scenarios::model::Inputs;
use nmd_scenarios::model::load::load_embedded;
use nmd_scenarios::model::robustness::{
    DEFAULT_CODINGS, DEFAULT_DRAWS, DEFAULT_SEED, RobustnessOptions, Scores, SmaaOptions,
    ordinal_analysis, robustness, smaa, stability_intervals, winning_weights,
};
use std::hint::black_box;

fn robustness_benches(c: &mut Criterion) {
    let data = load_embedded().expect("report data");
    let inputs = Inputs::report_defaults(&data);
    let values = inputs.score_values(&data);
    let scores = Scores::from_data(&data, &inputs);

    c.bench_function("stability intervals, all criteria", |b| {
        b.iter(|| black_box(stability_intervals(black_box(&values), &inputs.weights)))
    });
    c.bench_function("winning weights, every scenario", |b| {
        b.iter(|| {
            for s in 0..values.len() {
                black_box(winning_weights(black_box(&values), &inputs.weights, s));
            }
        })
    });
    let options = SmaaOptions {
        seed: DEFAULT_SEED,
        draws: DEFAULT_DRAWS,
        codings: DEFAULT_CODINGS,
        importance: Vec::new(),
    };
    c.bench_function("SMAA-2, 10 000 draws (with confidence factors)", |b| {
        b.iter(|| black_box(smaa(black_box(&scores), &options)))
    });
    c.bench_function("ordinal analysis, default codings", |b| {
        b.iter(|| {
            black_box(ordinal_analysis(
                black_box(&scores),
                &inputs.weights,
                DEFAULT_SEED,
                DEFAULT_CODINGS,
            ))
        })
    });
    c.bench_function("everything with sentences (robustness())", |b| {
        b.iter(|| {
            black_box(robustness(
                &data,
                black_box(&inputs),
                &RobustnessOptions::default(),
            ))
        })
    });
}

criterion_group!(benches, robustness_benches);
criterion_main!(benches);
