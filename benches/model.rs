//! Full recompute of every year × every combination of choices, plus the
//! ranking. Target (issue "Scenario model …"): median under 0,17 ms.
//! With the users' own views (issue "Your own views"): 8 scenarios × 8
//! criteria, 10 tasks and 3 growth tasks, extended and recomputed, under
//! 0,17 ms.
//! Costs per municipality (issue "What does it cost my municipality?"): the
//! cost layer adds ≤ 20 µs to a recompute (five municipalities, 4 years,
//! every role priced).

use criterion::{Criterion, criterion_group, criterion_main};
use nmd_scenarios::model::load::load_embedded;
use nmd_scenarios::model::own::{
    AddedCriterion, AddedScenario, AddedScore, GrowthRate, GrowthTask, Task, TaskCombine, TaskRule,
    TaskTarget, extend,
};
use nmd_scenarios::model::{DataSet, Inputs, compute};
use rust_decimal::Decimal;
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

/// The report's data with 4 added scenarios and 3 added criteria (8 × 8),
/// 10 complete tasks over two categories and 3 growth tasks.
fn own_inputs(data: &DataSet) -> Inputs {
    let mut inputs = Inputs::report_defaults(data);
    let criteria: Vec<String> = data.criteria.iter().map(|c| c.id.clone()).collect();
    for i in 0..3 {
        let scores = data
            .scenarios
            .iter()
            .map(|s| AddedScore {
                other: s.id.clone(),
                level: (i + 1) % 5,
                reason: "r".into(),
            })
            .collect();
        inputs.added.criteria.push(AddedCriterion {
            id: format!("c{i}"),
            name: format!("Criterium {i}"),
            explanation: String::new(),
            scores,
        });
    }
    for i in 0..4 {
        let scores = criteria
            .iter()
            .cloned()
            .chain((0..3).map(|c| format!("c{c}")))
            .map(|other| AddedScore {
                other,
                level: (i + 2) % 5,
                reason: "r".into(),
            })
            .collect();
        inputs.added.scenarios.push(AddedScenario {
            id: format!("s_eigen_{i}"),
            name: format!("Eigen {i}"),
            short_name: format!("Eigen {i}"),
            description: String::new(),
            scores,
            cost_levels: Vec::new(),
        });
    }
    let extended = extend(data, &inputs.added);
    inputs.fit_to(&extended);
    let task = |i: i64| Task {
        name: format!("Taak {i}"),
        driver: "aantal".into(),
        unit: "keer".into(),
        units: Some(Decimal::from(100 + i)),
        hours_per_unit: Some(Decimal::from(3)),
        people_per_unit: Some(Decimal::TWO),
        source: String::new(),
    };
    inputs.extras.productive_hours = Some(Decimal::from(1300));
    for (c, range) in [(3usize, 0..5), (2, 5..10)] {
        inputs.extras.rules.push(TaskRule {
            target: TaskTarget::Category(c),
            combine: TaskCombine::Larger,
            tasks: range.map(task).collect(),
        });
    }
    for g in 0..3 {
        inputs.extras.growth.push(GrowthTask {
            name: format!("Groei {g}"),
            from_year: data.years[1],
            volume_mln: vec![Decimal::TWO; data.years.len()],
            rate: GrowthRate::LikeSegment(g),
        });
    }
    inputs
}

fn own_views(c: &mut Criterion) {
    let data = load_embedded().expect("report data");
    let inputs = own_inputs(&data);
    let extended = extend(&data, &inputs.added);
    assert_eq!((extended.scenarios.len(), extended.criteria.len()), (8, 8));
    c.bench_function(
        "own views: 8x8, 10 tasks, 3 growth: extend + recompute + ranking",
        |b| {
            b.iter(|| {
                let extended = extend(&data, black_box(&inputs.added));
                black_box(compute(&extended, black_box(&inputs)))
            })
        },
    );
    c.bench_function("own views: 8x8, 10 tasks, 3 growth: recompute only", |b| {
        b.iter(|| black_box(compute(&extended, black_box(&inputs))))
    });
}

/// The example set of docs/voorbeelden/lasten.ron (wages, two other cost
/// lines, a key from rijksbijdragen, Buurtkracht charged to Assen,
/// transition ranges) on the klankbordgroep's four roles, each priced.
pub fn cost_inputs(data: &DataSet) -> Inputs {
    use nmd_scenarios::model::assumption_set::parse_set;
    use nmd_scenarios::model::costs::{Amount, Wage, WageTarget};
    let text = include_str!("../docs/voorbeelden/lasten.ron");
    let mut inputs = parse_set(data, "lasten.ron", text).unwrap().set.inputs;
    let sets = nmd_scenarios::model::load::load_embedded_folder()
        .unwrap()
        .sets;
    inputs.supervision = sets[1].inputs.supervision.clone();
    if let nmd_scenarios::model::inputs::Supervision::Roles(roles) = &inputs.supervision {
        for role in &roles.roles {
            inputs.costs.wages.push(Wage {
                target: WageTarget::Role(role.name.clone()),
                amount: Amount {
                    eur: Decimal::from(92_000),
                    source: String::new(),
                },
            });
        }
    }
    inputs
}

fn costs(c: &mut Criterion) {
    let data = load_embedded().expect("report data");
    let with_costs = cost_inputs(&data);
    let mut without = with_costs.clone();
    without.costs = Default::default();
    let outcome = compute(&data, &with_costs);
    assert_eq!(outcome.costs.as_ref().unwrap().years.len(), 4);
    c.bench_function(
        "costs: the cost layer alone (5 municipalities, 4 years, roles)",
        |b| {
            b.iter(|| {
                black_box(nmd_scenarios::model::costs::costs(
                    &data,
                    black_box(&with_costs),
                    &outcome.staffing,
                ))
            })
        },
    );
    c.bench_function("costs: recompute one situation with costs", |b| {
        b.iter(|| black_box(compute(&data, black_box(&with_costs))))
    });
    c.bench_function("costs: the same situation without costs", |b| {
        b.iter(|| black_box(compute(&data, black_box(&without))))
    });
}

criterion_group!(benches, full_recompute, own_views, costs);
criterion_main!(benches);
