//! The presentation floor: what the screens mean, without egui. From a
//! workspace [`Snapshot`](crate::workspace::Snapshot) it makes the view
//! model every view draws and the figures render, and the results every
//! report writer renders ([`results::Results`]): the staffing parts and
//! their hover texts, the ranking rows and why a screen is empty, the
//! costs' rows and sentences, the tabs' texts, and the registry of every
//! screen ([`screen::SCREENS`]). It sits between the workspace and the
//! views (`ui/`), and builds without the window, so the command line reads
//! the same registry.

pub mod costs_model;
pub mod rank_rows;
pub mod results;
pub mod scenario_costs_model;
pub mod screen;
pub mod staffing_model;
pub mod tab_texts;
pub mod view_model;
