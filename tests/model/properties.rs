//! Properties of the model over generated inputs (proptest): what must hold
//! for every choice, volume, weight and assumption set, not just the
//! report's. Case counts are set per property below and listed in the
//! closing note of the hardening issue.

use crate::common;

use common::report_data;
use nmd_scenarios::model::assumption_set::{AssumptionSet, dataset_ref, parse_set, to_ron};
use nmd_scenarios::model::breakdown::breakdown;
use nmd_scenarios::model::fit::FitChoice;
use nmd_scenarios::model::inputs::{
    Combine, CriterionInput, RoleStaffing, ScenarioInput, StaffRole, Supervision,
};
use nmd_scenarios::model::load::DataFolder;
use nmd_scenarios::model::own::{
    GrowthRate, GrowthTask, Inhuur, ScoreChange, StaffingExtras, Task, TaskCombine, TaskRule,
    TaskTarget,
};
use nmd_scenarios::model::ranking::{Ranking, same_total};
use nmd_scenarios::model::robustness::{RobustnessOptions, robustness};
use nmd_scenarios::model::staffing::{Term, YearStaffing};
use nmd_scenarios::model::{DataSet, Inputs, compute};
use nmd_scenarios::numbers::{VOLUME_MLN, WEIGHT};
use nmd_scenarios::report::{ReportContext, csv_report, text_report};
use nmd_scenarios::workspace::{Snapshot, Workspace};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::{Arc, OnceLock};

fn data() -> &'static DataSet {
    static DATA: OnceLock<DataSet> = OnceLock::new();
    DATA.get_or_init(report_data)
}

/// A workspace on the report's data at `inputs`, with `draws` for SMAA-2:
/// what every output is made from (a report takes a snapshot only).
fn snapshot_of(inputs: &Inputs, draws: usize) -> Arc<Snapshot> {
    let set = AssumptionSet {
        inputs: inputs.clone(),
        ..AssumptionSet::report(data(), "Eigenschappen")
    };
    let folder = DataFolder {
        data: data().clone(),
        sets: vec![set],
    };
    let mut workspace = Workspace::new(folder, "test");
    workspace.set_draws(draws, None);
    workspace.snapshot()
}

// ---- generators -------------------------------------------------------------

/// A decimal in `0..=max` with up to `dp` decimal places, written as a file
/// would write it (so 3.20 keeps its scale).
fn decimal_up_to(max: Decimal, dp: u32) -> impl Strategy<Value = Decimal> {
    let scale = 10i64.pow(dp);
    let top = (max * Decimal::from(scale)).trunc();
    let top = i64::try_from(top.mantissa()).expect("fits");
    (0..=top, 0..=dp).prop_map(move |(units, places)| {
        // Drop digits beyond `places` so the scale varies too.
        let d = Decimal::new(units, dp);
        d.round_dp(places)
    })
}

fn volume() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        1 => Just(Decimal::ZERO),
        8 => decimal_up_to(Decimal::from(200), 2),
        1 => decimal_up_to(VOLUME_MLN.max, 4),
    ]
}

fn weight() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        1 => Just(Decimal::ZERO),
        6 => decimal_up_to(Decimal::from(100), 2),
        1 => decimal_up_to(WEIGHT.max, 3),
    ]
}

/// Role names as people type them: letters, digits, spaces, punctuation,
/// quotes and backslashes that RON must escape, and non-ASCII letters.
fn role_name() -> impl Strategy<Value = String> {
    "[A-Za-z0-9éëüçĳ€ ,.'\"\\\\()/-]{1,24}".prop_filter("a name", |n| !n.trim().is_empty())
}

fn free_text() -> impl Strategy<Value = String> {
    "\\PC{0,40}"
}

fn supervision() -> impl Strategy<Value = Supervision> {
    let role = (
        role_name(),
        decimal_up_to(Decimal::from(100), 2),
        0u32..=100,
        any::<bool>(),
    )
        .prop_map(|(name, fte, people, four_eyes)| StaffRole {
            name,
            fte,
            people,
            four_eyes,
        });
    prop_oneof![
        Just(Supervision::VolumeRule),
        (
            prop::collection::vec(role, 0..6),
            prop_oneof![Just(Combine::Replace), Just(Combine::Larger)]
        )
            .prop_map(|(roles, combine)| Supervision::Roles(RoleStaffing { roles, combine })),
    ]
}

fn trimmed_name() -> impl Strategy<Value = String> {
    role_name().prop_map(|n| n.trim().to_owned())
}

fn optional(strategy: impl Strategy<Value = Decimal>) -> impl Strategy<Value = Option<Decimal>> {
    prop::option::weighted(0.85, strategy)
}

fn task() -> impl Strategy<Value = Task> {
    (
        trimmed_name(),
        optional(decimal_up_to(Decimal::from(2000), 2)),
        optional(decimal_up_to(Decimal::from(200), 2)),
        optional(decimal_up_to(Decimal::from(4), 0).prop_map(|p| p + Decimal::ONE)),
    )
        .prop_map(|(name, units, hours, people)| Task {
            name,
            driver: "aantal".into(),
            unit: "keer".into(),
            units,
            hours_per_unit: hours,
            people_per_unit: people,
            source: String::new(),
        })
}

/// Tasks on categories (complete or not), growth tasks and inhuur.
fn extras() -> impl Strategy<Value = StaffingExtras> {
    let data = data();
    let categories = data.categories.len();
    let segments = data.segments.len();
    let years = data.years.clone();
    let rules = prop::sample::subsequence((0..categories).collect::<Vec<_>>(), 0..=2)
        .prop_flat_map(move |targets| {
            let n = targets.len();
            (
                Just(targets),
                prop::collection::vec(prop::collection::vec(task(), 0..3), n),
                prop::collection::vec(any::<bool>(), n),
            )
        })
        .prop_map(|(targets, tasks, instead)| {
            targets
                .into_iter()
                .zip(tasks)
                .zip(instead)
                .map(|((c, tasks), instead)| TaskRule {
                    target: TaskTarget::Category(c),
                    combine: if instead {
                        TaskCombine::Instead
                    } else {
                        TaskCombine::Larger
                    },
                    tasks,
                })
                .collect::<Vec<_>>()
        });
    let growth = (
        trimmed_name(),
        0..years.len(),
        prop::collection::vec(volume(), years.len()),
        prop_oneof![
            (0..segments).prop_map(GrowthRate::LikeSegment),
            prop::sample::subsequence((0..categories).collect::<Vec<_>>(), 0..=categories)
                .prop_flat_map(|cs| {
                    let n = cs.len();
                    (
                        Just(cs),
                        prop::collection::vec(decimal_up_to(Decimal::ONE, 4), n),
                    )
                })
                .prop_map(|(cs, rates)| GrowthRate::Typed(cs.into_iter().zip(rates).collect())),
        ],
    )
        .prop_map(move |(name, from, mut volume_mln, rate)| {
            for v in volume_mln.iter_mut().take(from) {
                *v = Decimal::ZERO;
            }
            GrowthTask {
                name,
                from_year: years[from],
                volume_mln,
                rate,
            }
        });
    let inhuur = (
        0..categories,
        decimal_up_to(Decimal::from(5), 2),
        trimmed_name(),
    )
        .prop_map(|(category, fte, what)| Inhuur {
            category,
            fte,
            what,
        });
    (
        optional(decimal_up_to(Decimal::from(1980), 0).prop_map(|h| h + Decimal::ONE_HUNDRED)),
        rules,
        prop::collection::vec(growth, 0..3),
        prop::collection::vec(inhuur, 0..3),
    )
        .prop_map(|(productive_hours, rules, growth, inhuur)| StaffingExtras {
            productive_hours,
            rules,
            growth,
            inhuur,
        })
}

/// Any inputs the program accepts for the report's data.
fn inputs() -> impl Strategy<Value = Inputs> {
    let data = data();
    let criteria = data.criteria.len();
    let scenarios = data.scenarios.len();
    let levels = data.scale.levels.len();
    let selection: Vec<_> = data
        .choices
        .iter()
        .map(|c| (0..c.options.len()).boxed())
        .collect();
    let volumes = prop::collection::vec(
        prop::collection::vec(volume(), data.years.len()),
        data.segments.len(),
    );
    let overrides = prop::collection::vec(
        prop::collection::vec(
            prop::option::weighted(0.2, 0..levels).prop_map(|level| {
                level.map(|level| ScoreChange {
                    level,
                    reason: "eigen oordeel".into(),
                })
            }),
            criteria,
        ),
        scenarios,
    );
    let defaults = Inputs::report_defaults(data);
    let importance = Just((0..criteria).collect::<Vec<_>>())
        .prop_shuffle()
        .prop_flat_map(move |order| (Just(order), 0..=criteria))
        .prop_map(|(order, n)| order[..n].to_vec());
    (
        prop::collection::vec(weight(), criteria),
        selection,
        volumes,
        overrides,
        supervision(),
        any::<u64>(),
        importance,
        any::<bool>(),
        extras(),
        prop::collection::vec(prop::bool::weighted(0.2), scenarios),
        prop::collection::vec(prop::bool::weighted(0.2), criteria),
    )
        .prop_map(
            move |(
                weights,
                selection,
                volumes_mln,
                score_overrides,
                supervision,
                smaa_seed,
                importance,
                all_cells,
                extras,
                hidden_scenarios,
                hidden_criteria,
            )| {
                Inputs {
                    criteria: weights
                        .into_iter()
                        .zip(hidden_criteria)
                        .map(|(weight, hidden)| CriterionInput { weight, hidden })
                        .collect(),
                    scenarios: score_overrides
                        .into_iter()
                        .zip(hidden_scenarios)
                        .map(|(scores, hidden)| ScenarioInput { hidden, scores })
                        .collect(),
                    selection,
                    volumes_mln,
                    supervision,
                    smaa_seed,
                    importance,
                    fit: if all_cells {
                        FitChoice::AllCells
                    } else {
                        FitChoice::Corrected
                    },
                    extras,
                    ..defaults.clone()
                }
            },
        )
}

fn assumption_set() -> impl Strategy<Value = AssumptionSet> {
    (role_name(), free_text(), free_text(), free_text(), inputs()).prop_map(
        |(name, author, date, note, inputs)| AssumptionSet {
            name,
            author,
            date,
            note,
            // A saved file always names the data it was made on.
            dataset: Some(dataset_ref(data())),
            inputs,
        },
    )
}

/// `n` cases; a failure prints its minimal input (nothing is written next
/// to the tests).
fn cases(n: u32) -> ProptestConfig {
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---- helpers ----------------------------------------------------------------

/// Whether any category's fte has a reduction term driven by `segment`
/// (the report's "2,44 minus Assen": §7.4, "een percentage (gerelateerd aan
/// het volume)").
fn reduced_by(staffing: &YearStaffing, category: usize, segment: usize, data: &DataSet) -> bool {
    staffing.categories[category].terms.iter().any(|t| match t {
        Term::Reduction { choice, option, .. } => data.choices[*choice].options[*option]
            .reduces
            .as_ref()
            .is_some_and(|r| r.by_volume_of.contains(&segment)),
        _ => false,
    })
}

/// Debug text of a result holds "NaN" or "inf" exactly when an f64 in it is
/// not finite (Decimal cannot be); words like "informatie" do not count.
fn has_non_finite(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|word| matches!(word, "NaN" | "inf" | "Infinity" | "nan"))
}

// ---- properties -------------------------------------------------------------

proptest! {
    #![proptest_config(cases(1024))]

    /// Raising one segment's volume in one year never lowers any category's
    /// fte or the total — except where the data itself lowers a category by
    /// that segment's volume (the 2,44 variant), which may only go down.
    #[test]
    fn fte_is_monotone_in_every_segment_volume(
        inputs in inputs(),
        segment in 0..data().segments.len(),
        year in 0..data().years.len(),
        extra in decimal_up_to(Decimal::from(500), 2),
    ) {
        let data = data();
        let mut more = inputs.clone();
        more.volumes_mln[segment][year] = (more.volumes_mln[segment][year] + extra).min(VOLUME_MLN.max);
        let before = &compute(data, &inputs).staffing[year];
        let after = &compute(data, &more).staffing[year];
        let mut any_reduction = false;
        for (c, (b, a)) in before.categories.iter().zip(&after.categories).enumerate() {
            let (b, a) = (b.fte.unwrap_or_default(), a.fte.unwrap_or_default());
            if reduced_by(before, c, segment, data) {
                any_reduction = true;
                prop_assert!(a <= b, "category {c}: {b} -> {a} although a reduction");
            } else {
                prop_assert!(a >= b, "category {c}: {b} -> {a} with more volume of segment {segment}");
            }
        }
        if !any_reduction {
            prop_assert!(after.total_fte >= before.total_fte, "total {} -> {}", before.total_fte, after.total_fte);
        }
        prop_assert!(after.volume_total_mln >= before.volume_total_mln);
    }

    /// Every total is the sum of what it counts: the categories (and the
    /// roles, when they replace the supervision block), and every category's
    /// fte the sum of its terms.
    #[test]
    fn every_total_is_the_sum_of_its_parts(inputs in inputs()) {
        let data = data();
        for year in compute(data, &inputs).staffing {
            let counted: Decimal = year.categories.iter().filter(|c| c.counted).filter_map(|c| c.fte).sum();
            let roles = year.roles.as_ref().filter(|r| r.roles_used).map(|r| r.roles_total).unwrap_or_default();
            let tasks: Decimal = year.tasks.iter().filter(|t| t.used).filter_map(|t| t.figure.fte).sum();
            let extras: Decimal = year.extras.iter().map(|e| e.fte).sum();
            prop_assert_eq!(year.total_fte, counted + roles + tasks + extras, "year {}", year.year);
            for t in &year.tasks {
                // A task figure counts only when complete, and then only
                // when the set says so (instead) or it is the larger.
                if t.used {
                    let fte = t.figure.fte.unwrap();
                    prop_assert!(t.combine == TaskCombine::Instead || fte > t.volume_fte);
                    prop_assert!(!year.categories[t.category].counted);
                } else {
                    prop_assert!(t.figure.fte.is_none() || t.not_applicable.is_some() || t.combine == TaskCombine::Larger);
                }
            }
            if let Some(r) = &year.roles {
                prop_assert_eq!(r.roles_total, r.roles.iter().map(|(_, f)| *f).sum::<Decimal>());
                if r.combine == Combine::Replace {
                    prop_assert!(r.roles_used);
                }
            }
            for c in &year.categories {
                if let Some(fte) = c.fte {
                    prop_assert!(fte >= Decimal::ZERO);
                    let terms: Decimal = c.terms.iter().map(Term::fte).sum();
                    // Fixed categories are floored at zero; volume ones are
                    // rounded once (16 places) from 28-digit rates.
                    prop_assert!(fte == terms.max(Decimal::ZERO) || (fte - terms).abs() < Decimal::new(1, 15),
                        "category {}: {} vs terms {}", c.category, fte, terms);
                }
            }
            prop_assert_eq!(year.volume_total_mln, year.volume_at_nmd_mln.iter().copied().sum::<Decimal>());
        }
    }

    /// Multiplying every weight by the same positive factor changes neither
    /// the order nor the totals; all-zero weights give no ranking, never NaN.
    #[test]
    fn the_ranking_is_invariant_to_scaling_all_weights(
        inputs in inputs(),
        factor in prop_oneof![decimal_up_to(Decimal::from(1000), 3), Just(Decimal::new(1, 3))],
    ) {
        prop_assume!(factor > Decimal::ZERO);
        let data = data();
        let mut scaled = inputs.clone();
        for criterion in &mut scaled.criteria {
            criterion.weight *= factor;
        }
        let a = compute(data, &inputs).ranking;
        let b = compute(data, &scaled).ranking;
        match (&a, &b) {
            (Ranking::NoWeights, Ranking::NoWeights) => {
                prop_assert!(inputs
                    .weights()
                    .iter()
                    .zip(&inputs.hidden_criteria())
                    .all(|(w, hidden)| w.is_zero() || *hidden));
            }
            (Ranking::AllHidden(x), Ranking::AllHidden(y)) => prop_assert_eq!(x, y),
            (Ranking::Ranked(a), Ranking::Ranked(b)) => {
                let order = |r: &nmd_scenarios::model::ranking::RankedScenarios| {
                    r.entries.iter().map(|e| (e.scenario, e.rank)).collect::<Vec<_>>()
                };
                prop_assert_eq!(order(a), order(b));
                for (x, y) in a.entries.iter().zip(&b.entries) {
                    prop_assert!(same_total(x.total, y.total), "{} vs {}", x.total, y.total);
                }
                let shares: Decimal = a.weight_shares.iter().copied().sum();
                prop_assert!((shares - Decimal::ONE).abs() < Decimal::new(1, 12));
            }
            _ => prop_assert!(false, "scaling changed whether there is a ranking"),
        }
    }
}

proptest! {
    #![proptest_config(cases(256))]

    /// A task's fte grows with its driver and its hours (more providers or
    /// longer visits never need fewer people).
    #[test]
    fn task_fte_is_monotone_in_drivers_and_hours(
        task in task(),
        more in decimal_up_to(Decimal::from(100), 2),
        hours in decimal_up_to(Decimal::from(1980), 0).prop_map(|h| h + Decimal::ONE_HUNDRED),
    ) {
        use nmd_scenarios::model::own::tasks::rule_figure;
        let rule = |t: Task| TaskRule { target: TaskTarget::Category(0), combine: TaskCombine::Larger, tasks: vec![t] };
        let base = rule_figure(&rule(task.clone()), Some(hours)).fte;
        let mut bigger = task.clone();
        bigger.units = task.units.map(|u| (u + more).min(Decimal::from(1_000_000)));
        let mut longer = task.clone();
        longer.hours_per_unit = task.hours_per_unit.map(|h| (h + more).min(Decimal::from(2_000)));
        for other in [bigger, longer] {
            let after = rule_figure(&rule(other), Some(hours)).fte;
            match (base, after) {
                (Some(b), Some(a)) => prop_assert!(a >= b, "{b} -> {a}"),
                (None, None) => {}
                (b, a) => prop_assert!(false, "completeness changed: {b:?} -> {a:?}"),
            }
        }
    }

    /// Hiding a scenario and showing it again gives exactly the ranking of
    /// before; hiding leaves the others' order and totals alone.
    #[test]
    fn hiding_then_showing_restores_the_ranking(inputs in inputs(), which in 0usize..4) {
        let data = data();
        let before = compute(data, &inputs).ranking;
        let mut hidden = inputs.clone();
        hidden.scenarios[which].hidden = true;
        let without = compute(data, &hidden).ranking;
        prop_assert!(!without.entries().iter().any(|e| e.scenario == which));
        for e in without.entries() {
            let same = before.entries().iter().find(|x| x.scenario == e.scenario);
            prop_assert!(same.is_some_and(|x| x.total == e.total));
        }
        let mut shown = hidden.clone();
        shown.scenarios[which].hidden = inputs.scenarios[which].hidden;
        prop_assert_eq!(compute(data, &shown).ranking, before);
    }
}

proptest! {
    #![proptest_config(cases(512))]

    /// Save then open gives the identical set, every decimal exact (value
    /// and written form), and saving again gives the identical text.
    #[test]
    fn save_then_open_gives_the_identical_set(set in assumption_set()) {
        let data = data();
        let text = to_ron(data, &set);
        let opened = match parse_set(data, "eigenschap.ron", &text) {
            Ok(o) => o,
            Err(e) => {
                let errors: Vec<String> = e.iter().map(|e| e.to_string()).collect();
                return Err(TestCaseError::fail(format!("{errors:?}\n{text}")));
            }
        };
        prop_assert!(opened.warning.is_none());
        prop_assert_eq!(&opened.set, &set, "{}", text);
        let written = |inputs: &Inputs| {
            let mut all: Vec<String> = inputs.weights().iter().map(Decimal::to_string).collect();
            all.extend(inputs.volumes_mln.iter().flatten().map(Decimal::to_string));
            if let Supervision::Roles(r) = &inputs.supervision {
                all.extend(r.roles.iter().map(|r| r.fte.to_string()));
            }
            all
        };
        prop_assert_eq!(written(&opened.set.inputs), written(&set.inputs));
        prop_assert_eq!(to_ron(data, &opened.set), text);
    }
}

proptest! {
    #![proptest_config(cases(96))]

    /// No NaN or infinity anywhere in the results, the robustness analysis
    /// or the reports, for any inputs the program accepts.
    #[test]
    fn no_nan_or_infinity_anywhere(inputs in inputs()) {
        let data = data();
        let outcome = compute(data, &inputs);
        let options = RobustnessOptions { draws: 500, codings: 50, ..RobustnessOptions::from_inputs(&inputs) };
        let robust = robustness(data, &inputs, &options);
        prop_assert!(!has_non_finite(&format!("{outcome:?}")), "outcome");
        prop_assert!(!has_non_finite(&format!("{robust:?}")), "robustness: {robust:?}");
        let snapshot = snapshot_of(&inputs, 500);
        let ctx = ReportContext::of(&snapshot);
        let text = text_report(&ctx);
        let csv = csv_report(&ctx);
        prop_assert!(!has_non_finite(&text), "{}", text);
        prop_assert!(!has_non_finite(&csv), "{}", csv);
    }
}

proptest! {
    #![proptest_config(cases(128))]

    /// Every output row adds up: the counted parts of every year (what the
    /// report, CSV, workbook and figure show) sum to its total, exactly and
    /// once rounded to two decimals; and the CSV's staffing rows add up too.
    #[test]
    fn every_output_row_adds_up_to_its_total(inputs in inputs()) {
        let data = data();
        let outcome = compute(data, &inputs);
        let parts = breakdown(data, &inputs, &outcome.staffing);
        for (y, staffing) in outcome.staffing.iter().enumerate() {
            prop_assert_eq!(parts.counted_sum(y), staffing.total_fte);
            let rounded: Decimal = parts
                .columns
                .iter()
                .zip(parts.rounded(y, 2))
                .filter(|(c, _)| c.counted)
                .filter_map(|(_, v)| v)
                .sum();
            // As every output writes it: half away from zero (41,445 is
            // written 41,45, never 41,44).
            prop_assert_eq!(
                rounded,
                staffing
                    .total_fte
                    .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            );
        }
        let snapshot = snapshot_of(&inputs, 500);
        let ctx = ReportContext::of(&snapshot);
        let csv = csv_report(&ctx);
        let mut lines = csv.lines().skip_while(|l| !l.starts_with("Minimale formatie")).skip(1);
        let header: Vec<&str> = lines.next().unwrap().split(';').collect();
        let total_at = header.iter().position(|h| *h == "Totaal").unwrap();
        for line in lines.take(data.years.len()) {
            let fields: Vec<&str> = line.split(';').collect();
            let number = |f: &str| -> Decimal {
                f.replace('.', "").replace(',', ".").parse().unwrap_or_default()
            };
            let sum: Decimal = (1..total_at)
                .filter(|&i| !header[i].contains("telt niet mee"))
                .map(|i| number(fields[i]))
                .sum();
            prop_assert_eq!(sum, number(fields[total_at]), "{}", line);
        }
    }
}

#[test]
fn the_non_finite_detector_detects() {
    assert!(has_non_finite(&format!("{:?}", [1.0, f64::NAN])));
    assert!(has_non_finite(&format!("{:?}", f64::INFINITY)));
    assert!(has_non_finite(&format!("{:?}", f64::NEG_INFINITY)));
    assert!(!has_non_finite("informatie, infrastructuur, 0,25"));
}
