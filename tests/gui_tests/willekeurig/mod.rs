//! Random journeys ("willekeurig"): journeys drawn from a seed — sizes,
//! text sizes, themes, the built-in sets and the handleiding's examples,
//! the other region's data, own scenarios and criteria (up to 8 × 8),
//! scores, weights, the participants' own weights and methods, key and
//! wage edits (also refused ones), dialogs opened and cancelled, the
//! keyboard map, the comparison, presentation and every slide, Esc,
//! undo/redo and a restart — taken in the real window. After every step
//! the invariants of `invariants.rs` hold. A failing journey is shrunk to
//! the shortest that still fails the same way and printed as steps.
//!
//! `cargo test --test gui willekeurig` runs 300 journeys of 25–32 steps
//! (seeds 1–300). A longer run, any number from any seed:
//!
//!     NMD_WILLEKEURIG_REIZEN=5000 NMD_WILLEKEURIG_VAN=1000 \
//!         cargo test --release --test gui willekeurig -- --nocapture
//!
//! The shortest journeys of the defects found so far are in
//! `regressies.rs`, written in the same steps.
//!
//! Which planted defect each invariant kind catches: docs/architecture.md,
//! "Planted defects".

mod exports;
mod generate;
mod invariants;
mod regressies;
mod run;
mod steps;

use std::panic::{AssertUnwindSafe, catch_unwind};

use run::Run;
use steps::{SIZES, Step};

/// Journeys in the CI run, and the first seed.
const JOURNEYS: u64 = 300;
const FIRST_SEED: u64 = 1;
/// Tests that share them (the CI machine has two cores).
const PARTS: u64 = 4;

/// Where and how a journey failed.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Index of the step after which an invariant failed (`None`: at the start).
    pub step: Option<usize>,
    pub problems: Vec<String>,
}

impl Failure {
    /// What kind of failure this is, for shrinking: the first problem
    /// without its numbers and places.
    fn kind(&self) -> String {
        let first = self.problems.first().map_or("", String::as_str);
        first
            .split([':', '(', '\''])
            .next()
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_ascii_digit())
            .collect()
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "panic".into())
}

/// Takes `steps` in a fresh window; the first failure, if any.
pub fn walk(steps: &[Step]) -> Result<(), Failure> {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut run = Run::new(SIZES[1]);
        let problems = invariants::problems(&mut run);
        if !problems.is_empty() {
            return Err(Failure {
                step: None,
                problems,
            });
        }
        for (i, step) in steps.iter().enumerate() {
            let modal_before = run.app().view().is_some_and(invariants::modal_open);
            let revision = run.app().workspace().revision();
            let taken = catch_unwind(AssertUnwindSafe(|| {
                step.take(&mut run);
                // The frames after the step, until the window is still.
                run.h.run();
            }));
            let mut problems = match taken {
                Ok(()) => invariants::problems(&mut run),
                Err(payload) => vec![format!("panicked: {}", panic_text(payload.as_ref()))],
            };
            if *step == Step::Exports && problems.is_empty() {
                problems.extend(exports::export_problems(&mut run));
            }
            if modal_before {
                problems.extend(invariants::modality_problems(&run, *step, revision));
            }
            if !problems.is_empty() {
                return Err(Failure {
                    step: Some(i),
                    problems,
                });
            }
        }
        Ok(())
    }));
    outcome.unwrap_or_else(|payload| {
        Err(Failure {
            step: None,
            problems: vec![format!("panicked: {}", panic_text(payload.as_ref()))],
        })
    })
}

/// The shortest part of `steps` (in order) that still fails as `failure`
/// did: first cut after the failing step, then leave out ever smaller
/// chunks (delta debugging).
fn shrink(steps: &[Step], failure: &Failure) -> (Vec<Step>, Failure) {
    let kind = failure.kind();
    let mut best: Vec<Step> = match failure.step {
        Some(i) => steps[..=i].to_vec(),
        None => Vec::new(),
    };
    let mut best_failure = failure.clone();
    let mut chunk = best.len().div_ceil(2).max(1);
    loop {
        let mut start = 0;
        let mut shrunk = false;
        while start < best.len() {
            let mut candidate = best.clone();
            candidate.drain(start..(start + chunk).min(best.len()));
            match walk(&candidate) {
                Err(f) if f.kind() == kind => {
                    let end = f.step.map_or(0, |i| i + 1);
                    candidate.truncate(end);
                    best = candidate;
                    best_failure = f;
                    shrunk = true;
                }
                _ => start += chunk,
            }
        }
        if chunk == 1 && !shrunk {
            break;
        }
        if !shrunk {
            chunk = chunk.div_ceil(2).max(1);
        }
    }
    (best, best_failure)
}

/// The journey of `seed`: 25 to 32 steps.
fn journey_of(seed: u64) -> Vec<Step> {
    generate::journey(seed, 25 + (seed % 8) as usize)
}

/// A failure as a user's walk, and as code for `regressies.rs`.
fn describe(seed: u64, steps: &[Step], failure: &Failure) -> String {
    let mut text = format!(
        "journey of seed {seed} fails; the shortest journey that fails the same way ({} steps):\n",
        steps.len()
    );
    for (i, step) in steps.iter().enumerate() {
        text.push_str(&format!("  {}. {step}\n", i + 1));
    }
    text.push_str(&format!(
        "after step {}:\n  {}\nas code: {:?}\n",
        failure.step.map_or(0, |i| i + 1),
        failure.problems.join("\n  "),
        steps
    ));
    text
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|t| {
        t.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={t} is not a whole number"))
    })
}

/// Part `part` of the journeys (every `PARTS`-th seed).
fn journeys(part: u64) {
    let count = env_number("NMD_WILLEKEURIG_REIZEN").unwrap_or(JOURNEYS);
    let first = env_number("NMD_WILLEKEURIG_VAN").unwrap_or(FIRST_SEED);
    let mut steps_taken = 0;
    for seed in (first..first + count).filter(|s| s % PARTS == part) {
        let steps = journey_of(seed);
        steps_taken += steps.len();
        if let Err(failure) = walk(&steps) {
            let (shortest, failure) = shrink(&steps, &failure);
            panic!("{}", describe(seed, &shortest, &failure));
        }
    }
    println!("part {part}: {steps_taken} steps, invariants after each");
}

#[test]
fn journeys_part_0() {
    journeys(0);
}

#[test]
fn journeys_part_1() {
    journeys(1);
}

#[test]
fn journeys_part_2() {
    journeys(2);
}

#[test]
fn journeys_part_3() {
    journeys(3);
}
