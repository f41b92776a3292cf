//! Robustness analyses on the report data, at the report's equal weights.
//! Targets (issue "How robust is the ranking?"), on the 2-core development
//! machine: stability intervals of all criteria under 0,17 ms; SMAA-2 with
//! 10 000 draws under 8 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use nmd_scenarios::model::Inputs;
use nmd_scenarios::model::load::load_embedded;
use nmd_scenarios::model::robustness::{
    DEFAULT_CODINGS, DEFAULT_DRAWS, DEFAULT_SEED, RobustnessOptions, Scores, ordinal_analysis,
    robustness, smaa, stability_intervals, winning_weights,
};
use std::hint::black_box;

fn robustness_benches(c: &mut Criterion) {
    let data = load_embedded().expect("report data");
    let inputs = Inputs::report_defaults(&data);
    let values = inputs.score_values(&data);
    let scores = Scores::from_data(&data, &inputs);

    c.bench_function("stability intervals, all criteria", |b| {
        b.iter(|| black_box(stability_intervals(black_box(&values), &inputs.weights())))
    });
    c.bench_function("winning weights, every scenario", |b| {
        b.iter(|| {
            for s in 0..values.len() {
                black_box(winning_weights(black_box(&values), &inputs.weights(), s));
            }
        })
    });
    let options = RobustnessOptions {
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
                &inputs.weights(),
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

/// The bestuurlijk overleg (issue "The bestuurlijk overleg"): five
/// profiles with their rankings, the combined profile and the agreement
/// sentences ≤ 50 µs; band-SMAA with 10 000 draws ≤ 5 ms, also for a band 5
/// percentage points wide; everything a slider move changes (recompute,
/// robustness, group with band-SMAA) ≤ 4 ms.
fn group_benches(c: &mut Criterion) {
    use nmd_scenarios::model::additions::{Profile, WeightMethod};
    use nmd_scenarios::model::compute;
    use nmd_scenarios::model::group::band::{Band, band_smaa};
    use nmd_scenarios::model::group::{GroupOptions, group};
    use rust_decimal::Decimal;
    let data = nmd_scenarios::model::load::load_embedded().unwrap();
    let mut inputs = Inputs::report_defaults(&data);
    for (name, weights) in [
        ("Aa en Hunze", [1, 3, 1, 1, 1]),
        ("Assen", [0, 0, 0, 0, 1]),
        ("Midden-Drenthe", [1, 2, 1, 1, 1]),
        ("Noordenveld", [2, 2, 1, 1, 1]),
        ("Tynaarlo", [0, 0, 0, 1, 0]),
    ] {
        inputs.profiles.push(Profile {
            name: name.into(),
            method: WeightMethod::Typed,
            values: weights.iter().map(|&w| Decimal::from(w)).collect(),
        });
    }
    let no_band = GroupOptions {
        seed: DEFAULT_SEED,
        draws: 0,
    };
    c.bench_function(
        "group: five profiles + combined + agreement (no band draws)",
        |b| b.iter(|| black_box(group(&data, black_box(&inputs), no_band))),
    );
    let values: Vec<Vec<f64>> = inputs
        .score_values(&data)
        .iter()
        .map(|row| row.iter().map(|v| v.to_string().parse().unwrap()).collect())
        .collect();
    let wide = Band {
        lo: vec![0.0, 0.0, 0.0, 0.0, 0.14],
        hi: vec![0.29, 0.43, 0.17, 1.0, 1.0],
    };
    let narrow = Band {
        lo: vec![0.175; 5],
        hi: vec![0.225; 5],
    };
    c.bench_function("band-SMAA 10 000 draws, the five profiles' band", |b| {
        b.iter(|| black_box(band_smaa(&values, black_box(&wide), 10_000, DEFAULT_SEED)))
    });
    c.bench_function("band-SMAA 10 000 draws, 5 pp band per criterion", |b| {
        b.iter(|| black_box(band_smaa(&values, black_box(&narrow), 10_000, DEFAULT_SEED)))
    });
    let full = GroupOptions {
        seed: DEFAULT_SEED,
        draws: 10_000,
    };
    c.bench_function(
        "slider move: recompute + robustness + group with band-SMAA",
        |b| {
            b.iter(|| {
                black_box(compute(&data, black_box(&inputs)));
                black_box(robustness(
                    &data,
                    &inputs,
                    &RobustnessOptions::from_inputs(&inputs),
                ));
                black_box(group(&data, &inputs, full))
            })
        },
    );
}

/// A slider move with everything: the five profiles, the klankbordgroep's
/// roles, and every cost input (≤ 4 ms).
fn everything_bench(c: &mut Criterion) {
    use nmd_scenarios::model::additions::{Profile, WeightMethod};
    use nmd_scenarios::model::assumption_set::parse_set;
    use nmd_scenarios::model::compute;
    use nmd_scenarios::model::group::{GroupOptions, group};
    let data = nmd_scenarios::model::load::load_embedded().unwrap();
    let text = include_str!("../docs/voorbeelden/lasten.ron");
    let mut inputs = parse_set(&data, "lasten.ron", text).unwrap().set.inputs;
    let sets = nmd_scenarios::model::load::load_embedded_folder()
        .unwrap()
        .sets;
    inputs.supervision = sets[1].inputs.supervision.clone();
    for (name, weights) in [
        ("Aa en Hunze", [1, 3, 1, 1, 1]),
        ("Assen", [0, 0, 0, 0, 1]),
        ("Midden-Drenthe", [1, 2, 1, 1, 1]),
        ("Noordenveld", [2, 2, 1, 1, 1]),
        ("Tynaarlo", [0, 0, 0, 1, 0]),
    ] {
        inputs.profiles.push(Profile {
            name: name.into(),
            method: WeightMethod::Typed,
            values: weights
                .iter()
                .map(|&w| rust_decimal::Decimal::from(w))
                .collect(),
        });
    }
    assert!(compute(&data, &inputs).costs.is_some());
    let full = GroupOptions {
        seed: DEFAULT_SEED,
        draws: 10_000,
    };
    c.bench_function(
        "slider move with everything: recompute with costs + robustness + group with band-SMAA",
        |b| {
            b.iter(|| {
                black_box(compute(&data, black_box(&inputs)));
                black_box(robustness(
                    &data,
                    &inputs,
                    &RobustnessOptions::from_inputs(&inputs),
                ));
                black_box(group(&data, &inputs, full))
            })
        },
    );
}

criterion_group!(benches, robustness_benches, group_benches, everything_bench);
criterion_main!(benches);
