//! The window, driven as a user would through AccessKit (egui_kittest), with
//! the accessibility and missing-glyph checks on. No display and no GPU.
//!
//! One test binary for all window tests (see `tests/model/main.rs` for why).

mod about;
mod common;
mod costs_hover;
mod exports;
mod figure;
mod glyphs;
mod layout;
mod meegeleverd;
mod monkey;
mod one_snapshot;
mod own_views;
mod reizen;
mod screen;
mod sets;
mod slides;
mod toegankelijkheid;
mod willekeurig;
