//! The cost per scenario (issue "What does each scenario cost us?"):
//! the Monte Carlo with 10 000 draws for 8 scenarios and 7 municipalities
//! (≤ 1 ms), the ranges over the horizon, and everything a slider move
//! changes through the workspace, with what the weights leave alone kept
//! (≤ 2 ms).

use criterion::{Criterion, criterion_group, criterion_main};
use nmd_scenarios::model::additions::{Profile, WeightMethod};
use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::model::costs::{
    ComponentCosts, CostKey, CostKind, CostRange, Horizon, KeyMethod, RangeFor,
};
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::model::scenario_costs::{cost_sample, horizon_costs};
use nmd_scenarios::model::{DataSet, Inputs, compute};
use nmd_scenarios::workspace::{Change, Workspace};
use rust_decimal::Decimal;
use std::hint::black_box;

/// Midden-Limburg's data (7 municipalities) with two of its scenarios
/// repeated, so there are 8; 8 components of the set's own, each with a
/// range per scenario (3 per year, 3 one-off, 2 savings), over 10 years.
fn eight_by_seven() -> (DataSet, Inputs) {
    let (folder, _) = nmd_scenarios::workspace::builtin::load_builtin("midden-limburg")
        .expect("the other region");
    let mut data = folder.data;
    for s in 0..2 {
        let mut copy = data.scenarios[s].clone();
        copy.id = format!("{}_b", copy.id);
        copy.number = data.scenarios.len() as u32 + 1;
        data.scenarios.push(copy);
        data.scores.push(data.scores[s].clone());
    }
    assert_eq!(data.scenarios.len(), 8);
    let participants = data.participants.clone().unwrap().names;
    assert_eq!(participants.len(), 7);
    let mut inputs = Inputs::report_defaults(&data);
    inputs.costs.key = Some(CostKey {
        method: KeyMethod::Percent,
        values: participants
            .iter()
            .zip([14, 13, 12, 11, 10, 25, 15])
            .map(|(p, v)| (p.clone(), Decimal::from(v)))
            .collect(),
        source: String::new(),
    });
    let kinds = [
        CostKind::PerYear,
        CostKind::PerYear,
        CostKind::PerYear,
        CostKind::OneOff,
        CostKind::OneOff,
        CostKind::OneOff,
        CostKind::SavingPerYear,
        CostKind::SavingPerYear,
    ];
    for (c, kind) in kinds.into_iter().enumerate() {
        inputs.costs.components.push(ComponentCosts {
            component: None,
            name: format!("Onderdeel {}", c + 1),
            kind,
            ranges: (0..8)
                .map(|s| CostRange {
                    on: RangeFor::Scenario(s),
                    low_eur: Decimal::from(10_000 * (s + c + 1) as i64),
                    high_eur: Decimal::from(25_000 * (s + c + 1) as i64),
                    mode_eur: None,
                    source: String::new(),
                })
                .collect(),
        });
    }
    inputs.costs.horizon = Some(Horizon {
        start: 2026,
        years: 10,
    });
    (data, inputs)
}

fn monte_carlo(c: &mut Criterion) {
    let (data, inputs) = eight_by_seven();
    let outcome = compute(&data, &inputs);
    let costs = outcome.costs.as_ref().unwrap();
    let h = horizon_costs(&data, &inputs, costs, 10_000).unwrap();
    assert!(h.scenarios.iter().all(|s| s.complete));
    c.bench_function(
        "cost Monte Carlo: 10 000 draws, 8 scenarios × 8 components, 7 municipalities",
        |b| b.iter(|| black_box(cost_sample(black_box(&h)))),
    );
    let plan = nmd_scenarios::model::scenario_costs::SamplePlan::of(&h);
    c.bench_function("cost Monte Carlo: only the draws (640 000 amounts)", |b| {
        b.iter(|| {
            black_box(nmd_scenarios::model::scenario_costs::draw_totals(
                black_box(&plan),
            ))
        })
    });
    c.bench_function(
        "cost per scenario over the horizon (8 × 8 × 7, no draws)",
        |b| b.iter(|| black_box(horizon_costs(&data, black_box(&inputs), costs, 10_000))),
    );
}

/// Every cost input there is (the lasten example's, the klankbordgroep's
/// four roles, the example's structural ranges over five years), the five
/// profiles: a weight moves, the workspace recomputes, and the readers ask
/// for robustness, the participants (band-SMAA) and the cost per scenario.
fn slider_move(c: &mut Criterion) {
    let folder = load_embedded_folder().unwrap();
    let data = folder.data.clone();
    let roles = folder.sets[1].inputs.supervision.clone();
    let mut inputs = parse_set(
        &data,
        "lasten.ron",
        include_str!("../docs/voorbeelden/lasten.ron"),
    )
    .unwrap()
    .set
    .inputs;
    let example = parse_set(
        &data,
        "kosten-per-scenario.ron",
        include_str!("../docs/voorbeelden/kosten-per-scenario.ron"),
    )
    .unwrap()
    .set
    .inputs;
    inputs.costs.components = example
        .costs
        .components
        .into_iter()
        .filter(|c| c.kind == CostKind::PerYear || !c.kind.in_euros())
        .collect();
    inputs.costs.horizon = example.costs.horizon;
    inputs.supervision = roles;
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
    let mut workspace = Workspace::new(folder, "ingebouwd");
    workspace.start_from(inputs, None);
    let toezicht = data.criterion_index("toezicht").unwrap();
    let read = |w: &mut Workspace| {
        let snapshot = w.snapshot();
        black_box(snapshot.robustness());
        black_box(snapshot.group());
        black_box(snapshot.scenario_costs_now());
    };
    // The first state computes everything once, the Monte Carlo included
    // (the window runs it on a worker thread).
    read(&mut workspace);
    let job = workspace.cost_sample_job().unwrap();
    let sample = job.run();
    workspace.finish_cost_sample(&job, sample);
    assert!(
        workspace
            .snapshot()
            .scenario_costs_now()
            .unwrap()
            .uncertainty
            .ready()
            .is_some()
    );
    let mut k = 0u32;
    c.bench_function(
        "slider move through the workspace: apply + robustness + group with band-SMAA + cost per scenario (kept what the weights leave alone)",
        |b| {
            b.iter(|| {
                k += 1;
                let change = Change::Weight {
                    criterion: toezicht,
                    weight: Decimal::from(1 + k % 2),
                };
                // Far apart in time: every move is its own undo step.
                workspace.apply(vec![change], f64::from(k) * 10.0);
                read(&mut workspace);
            })
        },
    );
}

criterion_group!(benches, monte_carlo, slider_move);
criterion_main!(benches);
