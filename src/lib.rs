//! nmd-scenarios: decision support for the NMD municipalities' choice of
//! scenario, on the data of Berenschot report 76271.

pub mod cli;
pub mod format;
pub mod fsutil;
pub mod fuzz_checks;
pub mod model;
pub mod report;
pub mod session;
#[cfg(feature = "gui")]
pub mod ui;
