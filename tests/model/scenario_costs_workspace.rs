//! The cost per scenario in the workspace: what the weights leave alone is
//! kept across a slider move (and equals a fresh computation); the Monte
//! Carlo runs on a worker thread and until it is back the snapshot says it
//! is not ready, never an earlier state's numbers; a result of a state
//! that has changed meanwhile is dropped.

use std::sync::Arc;

use nmd_scenarios::model::group::{GroupOptions, group};
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::model::robustness::{RobustnessOptions, robustness};
use nmd_scenarios::model::scenario_costs::Uncertainty;
use nmd_scenarios::workspace::{Change, Workspace};
use rust_decimal_macros::dec;

use crate::common::report_data;
use crate::scenario_costs::example;

fn workspace() -> Workspace {
    let mut w = Workspace::new(load_embedded_folder().unwrap(), "ingebouwd");
    let inputs = example(&report_data());
    w.start_from(inputs, None);
    w
}

fn weight(w: &Workspace, id: &str, value: rust_decimal::Decimal) -> Change {
    Change::Weight {
        criterion: w.data().criterion_index(id).unwrap(),
        weight: value,
    }
}

#[test]
fn the_monte_carlo_runs_off_the_frame_and_is_never_shown_stale() {
    let mut w = workspace();
    let snapshot = w.snapshot();
    let now = snapshot
        .scenario_costs_now()
        .expect("the example counts costs");
    assert_eq!(
        now.uncertainty,
        Uncertainty::NotReady,
        "nothing has run yet"
    );
    // The ranges are there at once.
    assert_eq!(now.horizon.scenarios[0].low.eur, dec!(550000));
    let job = w.cost_sample_job().expect("a job to run");
    let revision = w.revision();
    let sample = std::thread::spawn(move || {
        let sample = job.run();
        (job, sample)
    })
    .join()
    .unwrap();
    assert!(w.finish_cost_sample(&sample.0, sample.1));
    assert!(w.revision() > revision, "the views are told");
    let ready = w.snapshot();
    let now = ready.scenario_costs_now().unwrap();
    assert!(now.uncertainty.ready().is_some());
    assert!(w.cost_sample_job().is_none(), "nothing left to run");
    // The same numbers as an output that runs it itself.
    let mut fresh = workspace();
    let full = fresh.snapshot();
    assert_eq!(
        now.uncertainty.ready().unwrap().scenarios,
        full.scenario_costs()
            .unwrap()
            .uncertainty
            .ready()
            .unwrap()
            .scenarios
    );

    // A job of a state that has changed is dropped.
    let job = w.cost_sample_job();
    assert!(job.is_none());
    let structural = {
        let mut costs = w.inputs().costs.clone();
        costs.horizon = Some(nmd_scenarios::model::costs::Horizon {
            start: 2026,
            years: 3,
        });
        costs
    };
    w.apply(vec![Change::Costs(structural)], 0.0);
    let stale = w.cost_sample_job().expect("a new state, a new job");
    let result = stale.run();
    let mut horizon = w.inputs().costs.clone();
    horizon.horizon = None;
    w.apply(vec![Change::Costs(horizon)], 5.0);
    assert!(!w.finish_cost_sample(&stale, result), "of an earlier state");
    assert_eq!(
        w.snapshot().scenario_costs_now().unwrap().uncertainty,
        Uncertainty::NotReady
    );
}

/// A weight change leaves the horizon, its Monte Carlo, SMAA-2 and
/// band-SMAA alone (the same results, not recomputed), and what it does
/// change equals a fresh computation.
#[test]
fn a_slider_move_keeps_what_the_weights_leave_alone() {
    let mut w = workspace();
    for (name, weights) in [("Assen", [0, 0, 0, 0, 1]), ("Tynaarlo", [0, 0, 0, 1, 0])] {
        w.apply(
            vec![Change::Profile {
                profile: nmd_scenarios::model::own::Profile {
                    name: name.into(),
                    method: nmd_scenarios::model::own::WeightMethod::Typed,
                    values: weights
                        .iter()
                        .map(|&v| rust_decimal::Decimal::from(v))
                        .collect(),
                },
                criterion: None,
            }],
            0.0,
        );
    }
    let before = w.snapshot();
    let costs_before = before.scenario_costs().unwrap().clone();
    let change = weight(&w, "toezicht", dec!(3));
    w.apply(vec![change], 10.0);
    let after = w.snapshot();
    let costs_after = after.scenario_costs().unwrap();
    assert!(
        Arc::ptr_eq(&costs_before.horizon, &costs_after.horizon),
        "horizon kept"
    );
    match (&costs_before.uncertainty, &costs_after.uncertainty) {
        (Uncertainty::Ready(a), Uncertainty::Ready(b)) => assert!(Arc::ptr_eq(a, b), "sample kept"),
        other => panic!("{other:?}"),
    }
    // The value for money follows the new weights.
    assert_ne!(costs_before.value.points, costs_after.value.points);
    // SMAA-2 and band-SMAA kept are what a fresh computation gives.
    let inputs = (*after.inputs).clone();
    let options = RobustnessOptions {
        draws: after.draws,
        ..RobustnessOptions::from_inputs(&inputs)
    };
    assert_eq!(
        *after.robustness(),
        robustness(&after.data, &inputs, &options)
    );
    let fresh = group(
        &after.data,
        &inputs,
        GroupOptions {
            seed: inputs.smaa_seed,
            draws: after.draws,
        },
    );
    assert_eq!(after.group(), fresh.as_ref());
    assert!(after.group().unwrap().band_smaa.is_some());
}

/// A range typed for an added scenario goes when the scenario goes (it
/// pointed past the last scenario, and saving panicked); a range for the
/// scenario after it follows it to its new place.
#[test]
fn removing_an_added_scenario_takes_its_own_ranges_along() {
    use nmd_scenarios::model::costs::{CostRange, RangeFor, TransitionRange};
    use nmd_scenarios::model::own::{AddedScenario, AddedScore};
    let mut w = workspace();
    let added = |id: &str| {
        let scores: Vec<AddedScore> = w
            .data()
            .criteria
            .iter()
            .map(|c| AddedScore {
                other: c.id.clone(),
                level: 3,
                reason: "eigen inschatting".into(),
            })
            .collect();
        AddedScenario {
            id: id.into(),
            name: format!("Eigen {id}"),
            short_name: id.into(),
            description: String::new(),
            scores,
            cost_levels: Vec::new(),
        }
    };
    let (a, b) = (added("a"), added("b"));
    w.apply(vec![Change::AddScenario(a)], 0.0);
    w.apply(vec![Change::AddScenario(b)], 10.0);
    let mut costs = w.inputs().costs.clone();
    let range = |s: usize, eur: i64| CostRange {
        on: RangeFor::Scenario(s),
        low_eur: eur.into(),
        high_eur: eur.into(),
        mode_eur: None,
        source: String::new(),
    };
    costs.components[0].ranges.push(range(4, 1000));
    costs.components[0].ranges.push(range(5, 2000));
    costs.transition = Some(nmd_scenarios::model::costs::Transition {
        component: None,
        ranges: vec![TransitionRange {
            on: RangeFor::Scenario(4),
            low_eur: 5.into(),
            high_eur: 6.into(),
            source: String::new(),
        }],
    });
    w.apply(vec![Change::Costs(costs)], 20.0);
    w.apply(vec![Change::RemoveScenario("a".into())], 30.0);
    let ranges = &w.inputs().costs.components[0].ranges;
    assert!(!ranges.iter().any(|r| r.on == RangeFor::Scenario(5)));
    let moved = ranges
        .iter()
        .find(|r| r.on == RangeFor::Scenario(4))
        .unwrap();
    assert_eq!(moved.low_eur, 2000.into(), "b's range follows b");
    assert!(
        w.inputs()
            .costs
            .transition
            .as_ref()
            .unwrap()
            .ranges
            .is_empty()
    );
    // And the set saves and reads back.
    let snapshot = w.snapshot();
    let text =
        nmd_scenarios::model::assumption_set::to_ron(&snapshot.base, &snapshot.set_to_save());
    nmd_scenarios::model::assumption_set::parse_set(&snapshot.base, "set.ron", &text).unwrap();
}
