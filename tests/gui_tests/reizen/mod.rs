//! Journeys ("reizen"): the three walkthroughs of docs/handleiding.md as a
//! user walks them, step by step, through the real window at 1366×768 and
//! 1920×1080. After every step the layout invariants hold (nothing beyond
//! the window, no two texts on top of each other, no text wider than the
//! main area, all tabs visible, the side panel at its width) and the
//! journey's facts are checked (typed text kept, names saved, the log
//! naming its author).
//!
//! `cargo test --test gui reizen` runs them.

mod adviseur;
pub(crate) mod checks;
pub(crate) mod klankbordgroep;
mod kosten_per_scenario;
mod lasten;
mod overleg;
