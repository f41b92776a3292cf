//! Usable by everyone at the table (WCAG 2.1 AA, EN 301 549): the whole
//! window at 150 % and 200 % text size, with the keyboard alone, and
//! through the accessibility tree a screen reader reads.
//!
//! `cargo test --test gui toegankelijkheid` runs them.

mod figures;
mod focus;
mod keyboard;
#[cfg(feature = "render-tests")]
mod pixels;
mod tree;
mod zoom;
