//! Journeys drawn from a seed: the same seed gives the same journey.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::steps::Step;

/// A journey of `length` steps from `seed`.
pub fn journey(seed: u64, length: usize) -> Vec<Step> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..length).map(|_| step(&mut rng)).collect()
}

/// One step, the frequent ones (tabs, weights, slides) more often.
fn step(rng: &mut ChaCha8Rng) -> Step {
    let byte = |rng: &mut ChaCha8Rng| rng.random::<u8>();
    match rng.random_range(0..100) {
        0..=2 => Step::Size(byte(rng) % 3),
        3..=5 => Step::Zoom(byte(rng) % 3),
        6 => Step::Dark(rng.random()),
        7..=8 => Step::BuiltinSet(byte(rng)),
        9..=11 => Step::Example(byte(rng) % 8),
        12 => Step::OtherData,
        13..=20 => Step::Tab(byte(rng)),
        21..=23 => Step::AddScenario,
        24 => Step::RemoveScenario,
        25..=26 => Step::HideScenario(byte(rng)),
        27..=28 => Step::AddCriterion,
        29 => Step::RemoveCriterion,
        30..=31 => Step::HideCriterion(byte(rng)),
        32..=34 => Step::Score {
            scenario: byte(rng),
            criterion: byte(rng),
            level: byte(rng),
        },
        35..=39 => Step::Weight {
            criterion: byte(rng),
            weight: byte(rng) % 11,
        },
        40..=41 => Step::EqualWeights,
        42..=45 => Step::Profile {
            participant: byte(rng),
            weights: [byte(rng), byte(rng), byte(rng), byte(rng)],
        },
        46 => Step::NoProfile(byte(rng)),
        50 => Step::MethodTour(byte(rng) % 2),
        47..=49 => Step::Method {
            participant: byte(rng) % 2,
            method: byte(rng) % 3,
        },
        51..=53 => Step::KeyTyped {
            participant: byte(rng),
            text: byte(rng),
        },
        54 => Step::Wage(byte(rng) % 3),
        55..=56 => Step::SaveAsChooserCancelled,
        57 => Step::SaveAsEscaped,
        58..=59 => Step::KeysOverlay,
        60 => Step::About,
        61..=62 => Step::Compare,
        63..=65 => Step::Digit(byte(rng) % 10),
        66..=69 => Step::TabKey {
            times: 1 + byte(rng) % 8,
            back: rng.random_bool(0.3),
        },
        70..=73 => Step::Escape,
        74..=77 => Step::Present,
        78..=82 => Step::NextSlide,
        83..=84 => Step::Range {
            high: rng.random(),
            text: byte(rng),
        },
        85..=86 => Step::PreviousSlide,
        87..=90 => Step::Undo,
        91..=92 => Step::Redo,
        93..=94 => Step::Exports,
        _ => Step::Restart,
    }
}
