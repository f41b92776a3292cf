//! Robustness of the ranking: stability intervals against hand-computed
//! crossings and against `ranking_from_weights`, the nearest winning
//! weights, SMAA-2 sampling and acceptabilities, and the ordinal analysis.
//! Sampled figures are checked within a stated multiple of their standard
//! error; the seeds are fixed, so every run draws the same numbers.

use crate::common;

use common::report_data;
use nmd_scenarios::model::DataSet;
use nmd_scenarios::model::Inputs;
use nmd_scenarios::model::ranking::{Ranking, ranking_from_weights};
use nmd_scenarios::model::robustness::text::{first_place_sentence, winning_sentence};
use nmd_scenarios::model::robustness::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---- helpers ---------------------------------------------------------------

/// The report's data set cut down to `scenarios` × `criteria`: only its
/// labels and names are used, for the sentences of hand-made examples.
fn names_for(scenarios: usize, criteria: usize) -> DataSet {
    let mut data = report_data();
    data.scenarios.truncate(scenarios);
    data.criteria.truncate(criteria);
    data
}

/// Scores on the scale 1..5 (level index = value − 1).
fn on_five_point_scale(values: &[&[u32]]) -> Scores {
    Scores {
        levels: values
            .iter()
            .map(|row| row.iter().map(|&v| v as usize - 1).collect())
            .collect(),
        scale: (1..=5).map(Decimal::from).collect(),
    }
}

fn decimals(rows: &[&[i64]]) -> Vec<Vec<Decimal>> {
    rows.iter()
        .map(|row| row.iter().map(|&v| Decimal::from(v)).collect())
        .collect()
}

/// Weights with criterion `k` at share `t` and the others sharing `1 − t`
/// in their current ratios.
fn with_share(weights: &[Decimal], k: usize, t: Decimal) -> Vec<Decimal> {
    let rest: Decimal = weights
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != k)
        .map(|(_, &w)| w)
        .sum();
    weights
        .iter()
        .enumerate()
        .map(|(j, &w)| {
            if j == k {
                t
            } else {
                (Decimal::ONE - t) * w / rest
            }
        })
        .collect()
}

/// Scenarios ranked first by `ranking_from_weights`.
fn first_by_ranking(values: &[Vec<Decimal>], weights: &[Decimal]) -> Vec<usize> {
    let Ranking::Ranked(r) = ranking_from_weights(values, weights) else {
        panic!("weights expected")
    };
    let mut first: Vec<usize> = r
        .entries
        .iter()
        .filter(|e| e.rank == 1)
        .map(|e| e.scenario)
        .collect();
    first.sort();
    first
}

/// Ranks per scenario by `ranking_from_weights`.
fn ranks_by_ranking(values: &[Vec<Decimal>], weights: &[Decimal]) -> Vec<usize> {
    let Ranking::Ranked(r) = ranking_from_weights(values, weights) else {
        panic!("weights expected")
    };
    let mut ranks = vec![0; values.len()];
    for e in &r.entries {
        ranks[e.scenario] = e.rank;
    }
    ranks
}

/// Kolmogorov–Smirnov distance between a sample and a continuous CDF.
fn ks_distance(mut sample: Vec<f64>, cdf: impl Fn(f64) -> f64) -> f64 {
    sample.sort_by(f64::total_cmp);
    let n = sample.len() as f64;
    sample
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let f = cdf(x);
            (f - i as f64 / n).abs().max(((i + 1) as f64 / n - f).abs())
        })
        .fold(0.0, f64::max)
}

/// Percentages written in a sentence ("12 %", "12,5 %").
fn percentages_in(sentence: &str) -> Vec<Decimal> {
    sentence
        .split(" %")
        .filter_map(|before| before.rsplit(' ').next())
        .filter_map(|text| nmd_scenarios::numbers::parse_typed(text).ok())
        .collect()
}

// ---- 1. stability intervals -------------------------------------------------

/// Two criteria, two scenarios: A = (5, 1), B = (2, 3).
fn two_by_two() -> Vec<Vec<Decimal>> {
    decimals(&[&[5, 1], &[2, 3]])
}

#[test]
fn the_crossing_of_two_by_two_is_the_hand_computed_share() {
    // With share t on criterion 1: A = 5t + 1(1 − t) = 1 + 4t and
    // B = 2t + 3(1 − t) = 3 − t; A ≥ B ⟺ 5t ≥ 2 ⟺ t ≥ 2/5. Weights 3 : 2
    // give t = 0,6 (A 3,4 against B 2,4): A first for t in [0,4; 1].
    let values = two_by_two();
    let weights = [dec!(3), dec!(2)];
    let s = stability_intervals(&values, &weights).unwrap();
    assert_eq!(s.first_place(), vec![0]);
    let c1 = &s.criteria[0];
    assert_eq!(c1.current, dec!(0.6));
    assert_eq!(c1.first_place.lower.share, dec!(0.4));
    assert_eq!(c1.first_place.upper.share, dec!(1));
    assert_eq!(
        c1.first_place.lower.change,
        Some(Overtake {
            rises: 1,
            passes: 0
        })
    );
    assert_eq!(c1.first_place.upper.change, None);
    // Criterion 2 carries 1 − t: A first while it weighs at most 3/5.
    let c2 = &s.criteria[1];
    assert_eq!(c2.current, dec!(0.4));
    assert_eq!(c2.first_place.lower.share, dec!(0));
    assert_eq!(c2.first_place.upper.share, dec!(0.6));
    assert_eq!(c2.first_place.upper.change.map(|c| c.rises), Some(1));
    // Two scenarios: the full ranking is the first place.
    assert_eq!(c1.full_ranking, c1.first_place);

    let data = names_for(2, 2);
    let sentence = first_place_sentence(&data, &s, 0);
    assert_eq!(
        sentence,
        format!(
            "{} blijft eerste zolang '{}' minstens 40 % weegt (nu 60 %). Daaronder wordt {} eerste.",
            data.scenarios[0].label(),
            data.criteria[0].name,
            data.scenarios[1].label()
        )
    );
    let sentence = first_place_sentence(&data, &s, 1);
    assert!(
        sentence.contains(&format!(
            "zolang '{}' tot 60 % weegt",
            data.criteria[1].name
        )),
        "{sentence}"
    );
}

#[test]
fn a_current_share_that_is_a_repeating_fraction_is_compared_exactly() {
    // A = (5, 1), B = (2, 4): 1 + 4t ≥ 4 − 2t ⟺ t ≥ 1/2; C = (1, 3):
    // 1 + 4t ≥ 3 − 2t ⟺ t ≥ 1/3. Weights 2 : 1 (current share 2/3, which
    // no decimal writes exactly): A 11/3, B 8/3, C 5/3. The first place
    // holds from 1/2 up; for the full order A, B, C also B ≥ C, which holds
    // everywhere (B − C = 1·t + 1·(1 − t) = 1).
    let values = decimals(&[&[5, 1], &[2, 4], &[1, 3]]);
    let s = stability_intervals(&values, &[dec!(2), dec!(1)]).unwrap();
    assert_eq!(s.order, vec![0, 1, 2]);
    let c = &s.criteria[0];
    assert_eq!(c.current, dec!(2) / dec!(3));
    assert_eq!(c.first_place.lower.share, dec!(0.5));
    assert_eq!(c.full_ranking.lower.share, dec!(0.5));
    assert_eq!(c.full_ranking.upper.share, dec!(1));
}

#[test]
fn a_tie_now_gives_a_single_point() {
    // Weights 2 : 3 give t = 0,4 in the example above: A = B = 2,6. Below
    // 0,4 B is ahead, above it A: any change breaks the tie.
    let values = two_by_two();
    let s = stability_intervals(&values, &[dec!(2), dec!(3)]).unwrap();
    assert_eq!(s.first_place(), vec![0, 1]);
    let c = &s.criteria[0];
    assert!(c.first_place.is_point());
    assert_eq!(c.first_place.lower.share, dec!(0.4));
    assert_eq!(c.first_place.lower.change.map(|c| c.rises), Some(1));
    assert_eq!(c.first_place.upper.change.map(|c| c.rises), Some(0));
    assert!(c.full_ranking.is_point());
    let data = names_for(2, 2);
    let sentence = first_place_sentence(&data, &s, 0);
    assert!(sentence.contains("staan nu gelijk eerste"), "{sentence}");
    assert!(sentence.contains("(nu 40 %)"), "{sentence}");
}

#[test]
fn identical_scenarios_stay_tied_over_the_whole_range() {
    // A tie that no weight breaks is not a point.
    let values = decimals(&[&[3, 1], &[3, 1], &[1, 2]]);
    let s = stability_intervals(&values, &[dec!(1), dec!(1)]).unwrap();
    assert_eq!(s.first_place(), vec![0, 1]);
    // A and B: 3t + 1(1 − t) = 1 + 2t; C: 1t + 2(1 − t) = 2 − t; A and B
    // are ahead of C from 1 + 2t = 2 − t, t = 1/3, and stay tied throughout.
    let c = &s.criteria[0];
    assert!(!c.first_place.is_point());
    assert_eq!(
        c.first_place.lower.share.round_dp(20),
        dec!(0.33333333333333333333)
    );
    assert_eq!(c.first_place.upper.share, dec!(1));
}

#[test]
fn a_criterion_without_weight_starts_at_zero_and_an_only_weight_is_a_point() {
    // Weights 0 : 1: t = 0, A = 1, B = 3, B first while t ≤ 2/5 (above).
    let values = two_by_two();
    let s = stability_intervals(&values, &[dec!(0), dec!(1)]).unwrap();
    assert_eq!(s.first_place(), vec![1]);
    let c1 = &s.criteria[0];
    assert_eq!(c1.current, dec!(0));
    assert_eq!(c1.first_place.lower.share, dec!(0));
    assert_eq!(c1.first_place.upper.share, dec!(0.4));
    // Criterion 2 has all the weight: the others have no ratio to keep.
    let c2 = &s.criteria[1];
    assert!(c2.only_weighted);
    assert!(c2.first_place.is_point());
    assert_eq!(c2.first_place.lower.share, dec!(1));
    let data = names_for(2, 2);
    assert!(first_place_sentence(&data, &s, 0).contains("tot 40 % weegt (nu 0 %)"));
    assert!(first_place_sentence(&data, &s, 1).starts_with("Alleen '"));
}

#[test]
fn all_zero_weights_give_no_intervals_but_smaa_still_runs() {
    let data = report_data();
    let mut inputs = Inputs::report_defaults(&data);
    inputs.set_weights(&vec![Decimal::ZERO; data.criteria.len()]);
    let values = inputs.score_values(&data);
    assert_eq!(stability_intervals(&values, &inputs.weights()), None);
    assert_eq!(winning_weights(&values, &inputs.weights(), 0), None);
    let options = RobustnessOptions {
        draws: 500,
        codings: 50,
        ..RobustnessOptions::default()
    };
    let r = robustness(&data, &inputs, &options);
    assert!(r.stability.is_none() && r.winning.is_none() && r.ordinal.is_none());
    assert!(r.texts.no_weights.is_some());
    assert_eq!(r.smaa.acceptability.len(), data.scenarios.len());
}

/// Just inside every bound the conclusion holds and just outside it does
/// not, according to `ranking_from_weights` (independent of the interval
/// arithmetic).
fn check_bounds_against_ranking(values: &[Vec<Decimal>], weights: &[Decimal]) {
    let s = stability_intervals(values, weights).unwrap();
    let first_now = first_by_ranking(values, weights);
    let ranks_now = ranks_by_ranking(values, weights);
    let step = dec!(0.000001);
    for c in &s.criteria {
        assert!(c.first_place.contains(c.current) && c.full_ranking.contains(c.current));
        if c.only_weighted {
            continue;
        }
        let k = c.criterion;
        for (interval, full) in [(&c.first_place, false), (&c.full_ranking, true)] {
            let holds = |t: Decimal| {
                let w = with_share(weights, k, t);
                if full {
                    ranks_by_ranking(values, &w) == ranks_now
                } else {
                    first_by_ranking(values, &w) == first_now
                }
            };
            if !interval.is_point() {
                assert!(holds(interval.lower.share + step), "criterion {k}");
                assert!(holds(interval.upper.share - step), "criterion {k}");
            }
            if interval.lower.share > Decimal::ZERO {
                assert!(!holds(interval.lower.share - step), "criterion {k}");
            }
            if interval.upper.share < Decimal::ONE {
                assert!(!holds(interval.upper.share + step), "criterion {k}");
            }
        }
        if let Some(change) = c.first_place.upper.change {
            let w = with_share(weights, k, c.first_place.upper.share + step);
            assert_eq!(first_by_ranking(values, &w), vec![change.rises]);
        }
    }
}

#[test]
fn bounds_agree_with_the_ranking_on_the_report_data() {
    let data = report_data();
    let inputs = Inputs::report_defaults(&data);
    let values = inputs.score_values(&data);
    check_bounds_against_ranking(&values, &inputs.weights());
    check_bounds_against_ranking(&values, &[dec!(1), dec!(0), dec!(2.5), dec!(3), dec!(7)]);
    check_bounds_against_ranking(&values, &[dec!(0), dec!(0), dec!(1), dec!(4), dec!(4)]);
}

#[test]
fn the_report_sentences_bracket_the_equal_weights() {
    // Equal weights: every criterion weighs 20 %. Whatever is first, each
    // criterion's sentence names it and states bounds around 20 %.
    let data = report_data();
    let inputs = Inputs::report_defaults(&data);
    assert!(
        inputs
            .weights()
            .iter()
            .all(|&w| w == inputs.criteria[0].weight)
    );
    let r = robustness(&data, &inputs, &RobustnessOptions::default());
    let s = r.stability.as_ref().unwrap();
    let first = s.first_place();
    assert_eq!(
        first,
        first_by_ranking(&inputs.score_values(&data), &inputs.weights())
    );
    for (k, sentence) in r.texts.first_place.iter().enumerate() {
        let c = &s.criteria[k];
        assert_eq!(c.current, dec!(0.2));
        assert!(c.first_place.contains(dec!(0.2)));
        assert!(
            sentence.starts_with(&data.scenarios[first[0]].label()),
            "{sentence}"
        );
        assert!(sentence.contains(&format!("'{}'", data.criteria[k].name)));
        assert!(sentence.contains("(nu 20 %)"), "{sentence}");
        let stated = percentages_in(sentence);
        assert!(
            stated.iter().all(|&p| p >= dec!(0) && p <= dec!(100)),
            "{sentence}"
        );
        if c.first_place.is_everything() {
            assert!(sentence.contains("bij elk gewicht van"), "{sentence}");
        } else {
            // Beyond "(nu 20 %)", the bounds: one below or at 20, one above
            // or at 20 (a bound of 0 % or 100 % is said in words).
            let low = c.first_place.lower.share > Decimal::ZERO;
            let high = c.first_place.upper.share < Decimal::ONE;
            let bounds: Vec<Decimal> = stated.into_iter().filter(|&p| p != dec!(20)).collect();
            assert_eq!(
                bounds.len(),
                usize::from(low) + usize::from(high),
                "{sentence}"
            );
            if low {
                assert!(bounds[0] < dec!(20), "{sentence}");
            }
            if high {
                assert!(*bounds.last().unwrap() > dec!(20), "{sentence}");
            }
        }
    }
    let text = robustness_text(&data, &r);
    assert!(text.contains(&r.texts.first_place[0]));
    assert!(text.contains("De volledige rangorde"));
}

// ---- 2. what makes a scenario first ---------------------------------------

#[test]
fn the_nearest_winning_weights_are_the_hand_solved_ones() {
    // X = (4, 1, 2), Y = (2, 4, 3), equal weights: X − Y per criterion
    // δ = (2, −3, −1), margin (2 − 3 − 1)/3 = −2/3. Moving ε from criterion
    // 2 to criterion 1 gains 5ε per 2ε of L1 distance, the best rate (from
    // criterion 3: 3ε): ε = (2/3)/5 = 2/15 ≤ 1/3 available. New shares
    // (1/3 + 2/15, 1/3 − 2/15, 1/3) = (7/15, 3/15, 5/15), distance 4/15
    // (the other source would cost 2 × 2/9 = 4/9).
    let values = decimals(&[&[4, 1, 2], &[2, 4, 3]]);
    let weights = [dec!(1), dec!(1), dec!(1)];
    let Some(Winning::Reachable {
        shares,
        distance,
        ties,
    }) = winning_weights(&values, &weights, 0)
    else {
        panic!("reachable expected")
    };
    let fifteenth = Decimal::ONE / dec!(15);
    let close = |a: Decimal, b: Decimal| (a - b).abs() < dec!(1e-20);
    assert!(close(distance, dec!(4) * fifteenth), "{distance}");
    for (got, want) in shares.iter().zip([dec!(7), dec!(3), dec!(5)]) {
        assert!(close(*got, want * fifteenth), "{shares:?}");
    }
    assert_eq!(ties, vec![1]);
    // And it really is first (tied first counts).
    assert!(first_by_ranking(&values, &shares).contains(&0));

    let data = names_for(2, 3);
    let current = vec![Decimal::ONE / dec!(3); 3];
    let w = winning_weights(&values, &weights, 0).unwrap();
    let sentence = winning_sentence(&data, 0, &w, &current);
    // Moved: 2/15 = 13,3 procentpunt, written whole: 13.
    assert!(sentence.contains("13 procentpunt"), "{sentence}");
    assert!(sentence.contains(&format!("'{}' van 33 % naar 47 %", data.criteria[0].name)));
    assert!(sentence.contains(&format!("'{}' van 33 % naar 20 %", data.criteria[1].name)));
    assert!(!sentence.contains(&data.criteria[2].name), "{sentence}");
}

#[test]
fn every_reachable_winner_on_the_report_data_is_first_at_its_weights() {
    let data = report_data();
    let values = Inputs::report_defaults(&data).score_values(&data);
    for weights in [
        vec![dec!(1); 5],
        vec![dec!(5), dec!(1), dec!(1), dec!(0), dec!(2)],
        vec![dec!(0), dec!(0), dec!(0), dec!(1), dec!(0.5)],
    ] {
        let shares_now: Vec<Decimal> = {
            let total: Decimal = weights.iter().copied().sum();
            weights.iter().map(|&w| w / total).collect()
        };
        for x in 0..values.len() {
            match winning_weights(&values, &weights, x).unwrap() {
                Winning::AlreadyFirst => {
                    assert!(first_by_ranking(&values, &weights).contains(&x))
                }
                Winning::Reachable {
                    shares, distance, ..
                } => {
                    assert!(!first_by_ranking(&values, &weights).contains(&x));
                    assert!(first_by_ranking(&values, &shares).contains(&x));
                    assert!(shares.iter().all(|&s| s >= Decimal::ZERO));
                    assert!(
                        (shares.iter().copied().sum::<Decimal>() - Decimal::ONE).abs()
                            < dec!(1e-20)
                    );
                    let l1: Decimal = shares
                        .iter()
                        .zip(&shares_now)
                        .map(|(a, b)| (a - b).abs())
                        .sum();
                    assert!((l1 - distance).abs() < dec!(1e-20));
                }
                other => panic!("scenario {x}: {other:?}"),
            }
        }
    }
}

#[test]
fn a_scenario_that_a_mix_of_others_beats_cannot_win() {
    // X = (2, 2), A = (5, 0), B = (0, 5): at share t, max(5t, 5 − 5t) ≥ 2,5
    // > 2 = X, though neither A nor B is at least as good everywhere.
    let values = decimals(&[&[2, 2], &[5, 0], &[0, 5]]);
    assert_eq!(
        winning_weights(&values, &[dec!(1), dec!(1)], 0),
        Some(Winning::Impossible)
    );
}

// ---- 3. SMAA-2 -------------------------------------------------------------

#[test]
fn a_dominated_scenario_never_wins() {
    // D = (3, 2, 2) is at least as good as X = (2, 2, 2) everywhere and
    // better on criterion 1; C = (1, 4, 1) is different.
    let scores = on_five_point_scale(&[&[2, 2, 2], &[3, 2, 2], &[1, 4, 1]]);
    let values = scores.values();
    assert_eq!(
        winning_weights(&values, &[dec!(1), dec!(1), dec!(1)], 0),
        Some(Winning::Dominated { by: 1 })
    );
    let data = names_for(3, 3);
    let sentence = winning_sentence(&data, 0, &Winning::Dominated { by: 1 }, &[]);
    assert_eq!(
        sentence,
        format!(
            "Geen enkele weging maakt {} eerste: {} scoort op elk criterium minstens even hoog.",
            data.scenarios[0].label(),
            data.scenarios[1].label()
        )
    );
    let smaa = smaa(&scores, &RobustnessOptions::default());
    assert_eq!(smaa.acceptability[0][0], 0.0);
    assert_eq!(smaa.central_weights[0], None);
    assert_eq!(smaa.confidence[0], None);
}

#[test]
fn identical_scenarios_get_identical_acceptabilities() {
    // A and B are identical and both beat C everywhere: they share ranks 1
    // and 2 equally in every draw (ties split), C is always third.
    let scores = on_five_point_scale(&[&[3, 2, 4], &[3, 2, 4], &[1, 1, 1]]);
    let smaa = smaa(&scores, &RobustnessOptions::default());
    assert_eq!(smaa.acceptability[0], vec![0.5, 0.5, 0.0]);
    assert_eq!(smaa.acceptability[1], vec![0.5, 0.5, 0.0]);
    assert_eq!(smaa.acceptability[2], vec![0.0, 0.0, 1.0]);
    // A tied first place counts half for each, with the draw's weights:
    // both central weight vectors are the mean of all draws.
    assert_eq!(smaa.central_weights[0], smaa.central_weights[1]);
}

#[test]
fn acceptabilities_add_up_to_one_per_scenario_and_per_rank() {
    // No sampling error here: every draw adds exactly 1 to each scenario's
    // row and to each rank's column, so the sums are 1 up to floating-point
    // rounding of 10 000 additions (bound 1e-9).
    let data = report_data();
    let scores = Scores::from_data(&data, &Inputs::report_defaults(&data));
    let smaa = smaa(&scores, &RobustnessOptions::default());
    let n = smaa.acceptability.len();
    for row in &smaa.acceptability {
        assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
    for r in 0..n {
        let column: f64 = smaa.acceptability.iter().map(|row| row[r]).sum();
        assert!((column - 1.0).abs() < 1e-9);
    }
    for weights in smaa.central_weights.iter().flatten() {
        assert!((weights.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
    assert_eq!((smaa.seed, smaa.draws), (DEFAULT_SEED, DEFAULT_DRAWS));
}

#[test]
fn the_first_place_acceptability_of_two_by_two_is_the_hand_computed_share() {
    // A = (5, 1), B = (2, 3): A first iff w1 > 2/5; w1 is uniform on [0, 1]
    // with two criteria, so A's first-place acceptability is 3/5. Standard
    // error with 10 000 draws: √(0,6 × 0,4 / 10 000) = 0,0049; allowed 0,02
    // (about 4 standard errors).
    let scores = on_five_point_scale(&[&[5, 1], &[2, 3]]);
    let smaa = smaa(&scores, &RobustnessOptions::default());
    assert!(
        (smaa.acceptability[0][0] - 0.6).abs() < 0.02,
        "{:?}",
        smaa.acceptability
    );
    assert!((smaa.acceptability[1][0] - 0.4).abs() < 0.02);
    // A's central weights: w1 uniform on (2/5, 1) has mean 0,7; standard
    // error √(0,6²/12 / 6 000) = 0,0022, allowed 0,01.
    let central = smaa.central_weights[0].as_ref().unwrap();
    assert!((central[0] - 0.7).abs() < 0.01, "{central:?}");
}

#[test]
fn weights_are_uniform_on_the_simplex() {
    // Uniform on the 3-criteria simplex (Dirichlet(1, 1, 1)): each weight
    // follows Beta(1, 2), F(x) = 1 − (1 − x)², mean 1/3. Kolmogorov–Smirnov
    // with n = 10 000: critical value at α = 0,001 is 1,95/√n = 0,0195.
    // Mean: standard deviation √(1/18) = 0,236, standard error 0,0024;
    // allowed 0,01 (about 4 standard errors).
    let n = 10_000;
    let beta_1_2 = |x: f64| 1.0 - (1.0 - x).powi(2);
    let critical = 1.95 / (n as f64).sqrt();
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut sampler = WeightSampler::new(3, &[]);
    let mut w = [0.0; 3];
    let mut firsts = Vec::with_capacity(n);
    let mut lasts = Vec::with_capacity(n);
    for _ in 0..n {
        sampler.sample(&mut rng, &mut w);
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(w.iter().all(|&x| x >= 0.0));
        firsts.push(w[0]);
        lasts.push(w[2]);
    }
    let mean = firsts.iter().sum::<f64>() / n as f64;
    assert!((mean - 1.0 / 3.0).abs() < 0.01, "mean {mean}");
    assert!(ks_distance(firsts, beta_1_2) < critical);
    assert!(ks_distance(lasts, beta_1_2) < critical);

    // The test can fail: normalised independent uniforms (not uniform on
    // the simplex) are rejected by the same test.
    let naive: Vec<f64> = (0..n)
        .map(|_| {
            let u: [f64; 3] = [rng.random(), rng.random(), rng.random()];
            u[0] / (u[0] + u[1] + u[2])
        })
        .collect();
    assert!(ks_distance(naive, beta_1_2) > critical);
}

#[test]
fn every_draw_respects_the_importance_order() {
    // "Criterion 3 ≥ criterion 0 ≥ criterion 2", criteria 1 and 4 free;
    // 9 (out of range) and the repeated 0 are dropped.
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let mut sampler = WeightSampler::new(5, &[3, 0, 9, 2, 0]);
    assert_eq!(sampler.importance(), &[3, 0, 2]);
    let mut w = [0.0; 5];
    let n = 10_000;
    let mut free = 0.0;
    for _ in 0..n {
        sampler.sample(&mut rng, &mut w);
        assert!(w[3] >= w[0] && w[0] >= w[2], "{w:?}");
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        free += w[1];
    }
    // A free weight keeps its Beta(1, 4) marginal: mean 1/5, standard
    // deviation √(4/150) = 0,163, standard error 0,0016; allowed 0,01.
    assert!((free / n as f64 - 0.2).abs() < 0.01);

    // Two criteria with w1 ≥ w0: w1 is uniform on [0,5; 1] (mean 0,75;
    // Kolmogorov–Smirnov critical value 0,0195 as above).
    let mut sampler = WeightSampler::new(2, &[1, 0]);
    let mut w = [0.0; 2];
    let heavier: Vec<f64> = (0..n)
        .map(|_| {
            sampler.sample(&mut rng, &mut w);
            assert!(w[1] >= w[0]);
            w[1]
        })
        .collect();
    let mean = heavier.iter().sum::<f64>() / n as f64;
    assert!((mean - 0.75).abs() < 0.01);
    assert!(ks_distance(heavier, |x| ((x - 0.5) * 2.0).clamp(0.0, 1.0)) < 0.0195);
}

#[test]
fn the_same_seed_draws_the_same_and_the_seed_is_reported() {
    let data = report_data();
    let inputs = Inputs::report_defaults(&data);
    let options = RobustnessOptions {
        seed: 12345,
        draws: 2_000,
        codings: 200,
        importance: vec![1, 0],
    };
    let a = robustness(&data, &inputs, &options);
    let b = robustness(&data, &inputs, &options);
    assert_eq!(a, b);
    assert_eq!(a.smaa.seed, 12345);
    assert_eq!(a.smaa.draws, 2_000);
    assert_eq!(a.smaa.importance, vec![1, 0]);
    assert_eq!(a.ordinal.as_ref().unwrap().seed, 12345);
    assert!(a.texts.smaa_intro.contains("2.000 willekeurige wegingen"));
    assert!(a.texts.smaa_intro.contains("seed 12345"));
    assert!(a.texts.smaa_intro.contains(&format!(
        "'{}' ≥ '{}'",
        data.criteria[1].name, data.criteria[0].name
    )));
    let other = robustness(
        &data,
        &inputs,
        &RobustnessOptions {
            seed: 54321,
            ..options
        },
    );
    assert_ne!(a.smaa.acceptability, other.smaa.acceptability);
}

// ---- 4. ordinal honesty ---------------------------------------------------

#[test]
fn a_conclusion_that_holds_for_every_coding_is_said_so() {
    // Four levels coded 1, 2, 3, 4 (x0 < x1 < x2 < x3). A = (x2, x1),
    // B = (x1, x2), weights 2 : 1: A − B = 2x2 + x1 − 2x1 − x2 = x2 − x1 > 0
    // under every increasing coding, though A is lower on criterion 2.
    let scores = Scores {
        levels: vec![vec![2, 1], vec![1, 2]],
        scale: vec![dec!(1), dec!(2), dec!(3), dec!(4)],
    };
    let o = ordinal_analysis(&scores, &[dec!(2), dec!(1)], DEFAULT_SEED, DEFAULT_CODINGS).unwrap();
    assert_eq!(o.first_place(), vec![0]);
    assert_eq!(o.first_place.holds, Holds::EveryCoding);
    assert_eq!(o.first_place.share, 1.0);
    assert_eq!(o.full_ranking.holds, Holds::EveryCoding);
    assert_eq!(o.first_share, vec![1.0, 0.0]);
    let data = names_for(2, 2);
    let sentences = text::ordinal_sentences(&data, &o);
    assert!(
        sentences[0].contains("geldt bij elke codering"),
        "{}",
        sentences[0]
    );
}

#[test]
fn a_conclusion_that_depends_on_the_coding_is_not_said_to_hold_everywhere() {
    // Levels coded 0, 1, 2, 6; the two middle ones drawn as sorted uniforms
    // on (0, 6). A = (x3, x0) = 6, B = (x2, x2) = 2·x2 (2 + 2 = 4 now): A is
    // first now, and stays first iff x2 < 3, i.e. the larger of two uniforms
    // is below the middle: probability 1/4. With 10 000 codings the standard
    // error is √(0,25 × 0,75 / 10 000) = 0,0043; allowed 0,02.
    let scores = Scores {
        levels: vec![vec![3, 0], vec![2, 2]],
        scale: vec![dec!(0), dec!(1), dec!(2), dec!(6)],
    };
    let o = ordinal_analysis(&scores, &[dec!(1), dec!(1)], 3, 10_000).unwrap();
    assert_eq!(o.first_place(), vec![0]);
    assert_eq!(o.first_place.holds, Holds::OnlyChosenCoding);
    assert!(
        (o.first_place.share - 0.25).abs() < 0.02,
        "{}",
        o.first_place.share
    );
    assert!((o.first_share[1] - 0.75).abs() < 0.02);
    let data = names_for(2, 2);
    let sentences = text::ordinal_sentences(&data, &o);
    assert!(
        sentences[0].contains("alleen bij de gekozen codering"),
        "{}",
        sentences[0]
    );
    assert!(sentences[0].contains("25 % van 10.000"), "{}", sentences[0]);
}

#[test]
fn a_conclusion_that_holds_for_most_codings() {
    // Five levels coded 1..5, the three middle ones 1 + 4u with sorted
    // uniforms u1 < u2 < u3. A = (x4, x0) = 6, B = (x3, x2) = 7 now: B stays
    // first iff x3 + x2 > 6 ⟺ u2 + u3 > 1. With density 6 on u1 < u2 < u3:
    // 6 ∫ u2 [u2 + u3 > 1, u2 < u3] = 6 (∫₀^½ u² du + ∫½¹ u(1 − u) du)
    // = 6 (1/24 + 1/12) = 3/4. Standard error 0,0043; allowed 0,02.
    let scores = on_five_point_scale(&[&[5, 1], &[4, 3]]);
    let o = ordinal_analysis(&scores, &[dec!(1), dec!(1)], 5, 10_000).unwrap();
    assert_eq!(o.first_place(), vec![1]);
    assert_eq!(o.first_place.holds, Holds::MostCodings);
    assert!(
        (o.first_place.share - 0.75).abs() < 0.02,
        "{}",
        o.first_place.share
    );
    assert_eq!(o.full_ranking.holds, Holds::MostCodings);
}

#[test]
fn the_report_ordinal_analysis_is_consistent_with_its_sample() {
    let data = report_data();
    let inputs = Inputs::report_defaults(&data);
    let r = robustness(&data, &inputs, &RobustnessOptions::default());
    let o = r.ordinal.as_ref().unwrap();
    assert_eq!(o.codings, DEFAULT_CODINGS);
    assert!((o.first_share.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    // The full ranking holding implies the first place holding.
    assert!(o.full_ranking.share <= o.first_place.share);
    if o.first_place.holds == Holds::EveryCoding {
        assert_eq!(o.first_place.share, 1.0);
    }
    assert_eq!(r.texts.ordinal.len(), 3);
    assert!(r.texts.ordinal[0].contains(o.first_place.holds.label()));
}
