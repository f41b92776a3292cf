//! nmd-scenarios: decision support for the NMD municipalities' choice of
//! scenario, on the data of Berenschot report 76271.

pub mod about;
pub mod cli;
#[cfg(feature = "gui")]
pub mod export;
pub mod format;
#[cfg(feature = "fuzzing")]
pub mod fuzz_checks;
pub mod model;
pub mod numbers;
pub mod present;
pub mod report;
#[cfg(feature = "gui")]
pub mod ui;
#[cfg(feature = "gui")]
pub mod window;
pub mod workspace;
