//! What a view can ask for. Views never change the model's inputs
//! themselves: they return these, and the app applies them and recomputes.

use rust_decimal::Decimal;

use crate::model::inputs::Supervision;

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
    Supervision(Supervision),
    SmaaSeed(u64),
    Importance(Vec<usize>),
}

impl Change {
    /// Changes of the same kind in quick succession (a slider drag, typing)
    /// make one undo step.
    pub fn kind(&self) -> String {
        match self {
            Change::Weight { criterion, .. } => format!("weight {criterion}"),
            Change::Volume { segment, year, .. } => format!("volume {segment} {year}"),
            Change::Supervision(_) => "supervision".into(),
            other => format!("{other:?}"),
        }
    }
}

/// A request to the app that is not an input change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    OpenSourceCheck,
    OpenDataFolder,
    SaveImage,
    ToggleTheme,
    OpenSet,
    SaveSet,
    SaveSetAs,
    SaveCsv,
    /// Switch to a known set (index into the app's list of sets).
    SwitchSet(usize),
    BackToReport,
    Undo,
    Redo,
    ToggleCompare,
    /// Pick the set for side 0 (A) or 1 (B) of the comparison.
    CompareWith {
        side: usize,
        choice: usize,
    },
    TogglePresentation,
    ToggleRobustness,
    SetInfo {
        name: String,
        author: String,
        note: String,
    },
}
