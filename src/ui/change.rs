//! What a view can ask for. Views never change the model's inputs
//! themselves: they return these, and the app applies them and recomputes.

use rust_decimal::Decimal;

/// A change to the model's inputs.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Weight {
        criterion: usize,
        weight: Decimal,
    },
    EqualWeights,
    Choice {
        choice: usize,
        option: usize,
    },
    Volume {
        segment: usize,
        year: usize,
        volume_mln: Decimal,
    },
    ResetVolumes,
}

/// A request to the app that is not an input change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    OpenSourceCheck,
    OpenDataFolder,
    SaveImage,
    ToggleTheme,
}
