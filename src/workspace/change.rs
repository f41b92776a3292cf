//! What a user can change, as values. Views return these; the workspace
//! records an undo step, applies them and recomputes once.

use rust_decimal::Decimal;

use crate::model::costs::CostInputs;
use crate::model::inputs::{FitChoice, Supervision};
use crate::model::own::{
    AddedCriterion, AddedScenario, GroupMean, Profile, ScoreChange, StaffingExtras, WeightMethod,
};

/// A change to the inputs or to the current set's description.
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
    /// How the ratios follow from the published staffing table.
    Fit(FitChoice),
    /// Name, author and note of the current set.
    SetInfo {
        name: String,
        author: String,
        note: String,
    },
    /// A changed score with its reason, or `None` back to the source.
    Score {
        scenario: usize,
        criterion: usize,
        change: Option<ScoreChange>,
    },
    AddScenario(AddedScenario),
    /// Removes an added scenario (by id).
    RemoveScenario(String),
    AddCriterion {
        criterion: AddedCriterion,
        weight: rust_decimal::Decimal,
    },
    /// Removes an added criterion (by id).
    RemoveCriterion(String),
    HideScenario {
        scenario: usize,
        hidden: bool,
    },
    HideCriterion {
        criterion: usize,
        hidden: bool,
    },
    /// Tasks, growth and inhuur as a whole.
    Extras(StaffingExtras),
    /// The reason of a log entry (optional for all but score changes).
    LogReason {
        entry: usize,
        reason: String,
    },
    /// A participant's weight profile (replacing the one with its name);
    /// `criterion` says which value moved, for undo coalescing.
    Profile {
        profile: Profile,
        criterion: Option<usize>,
    },
    /// How a participant's weights follow (typed, order, swing): its
    /// current weights expressed the new way.
    ProfileMethod {
        name: String,
        method: WeightMethod,
    },
    /// Back to the set's weights for this participant.
    RemoveProfile(String),
    GroupMean(GroupMean),
    /// Loonkosten, other costs, the verdeelsleutel, own distributions and
    /// transition ranges, as a whole.
    Costs(CostInputs),
    /// Profiles and key values taken from other sets ("Profielen
    /// overnemen uit…"), as the inputs' profiles and costs after the import.
    Import {
        profiles: Vec<Profile>,
        costs: CostInputs,
    },
}

/// Which undo step a change belongs to. Changes with the same key in quick
/// succession (a slider drag, typing in one field) make one step; a key
/// that does not coalesce always makes its own step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKey {
    Weight(usize),
    EqualWeights,
    Choice(usize),
    Volume {
        segment: usize,
        year: usize,
    },
    ResetVolumes,
    Supervision,
    SmaaSeed,
    Importance,
    Fit,
    SetInfo,
    Score {
        scenario: usize,
        criterion: usize,
    },
    AddOrRemove,
    Hide,
    Extras,
    LogReason(usize),
    Profile {
        participant: u64,
        criterion: Option<usize>,
    },
    GroupMean,
    Costs,
    /// Switching to another set (never coalesces).
    SwitchSet,
}

impl ChangeKey {
    /// Whether repeated changes of this key within a second are one step.
    pub fn coalesces(self) -> bool {
        matches!(
            self,
            ChangeKey::Weight(_)
                | ChangeKey::Volume { .. }
                | ChangeKey::Supervision
                | ChangeKey::SmaaSeed
                | ChangeKey::SetInfo
                | ChangeKey::Extras
                | ChangeKey::LogReason(_)
                | ChangeKey::Profile { .. }
                | ChangeKey::Costs
        )
    }
}

impl Change {
    pub fn key(&self) -> ChangeKey {
        match self {
            Change::Weight { criterion, .. } => ChangeKey::Weight(*criterion),
            Change::EqualWeights => ChangeKey::EqualWeights,
            Change::Choice { choice, .. } => ChangeKey::Choice(*choice),
            Change::Volume { segment, year, .. } => ChangeKey::Volume {
                segment: *segment,
                year: *year,
            },
            Change::ResetVolumes => ChangeKey::ResetVolumes,
            Change::Supervision(_) => ChangeKey::Supervision,
            Change::SmaaSeed(_) => ChangeKey::SmaaSeed,
            Change::Importance(_) => ChangeKey::Importance,
            Change::Fit(_) => ChangeKey::Fit,
            Change::SetInfo { .. } => ChangeKey::SetInfo,
            Change::Score {
                scenario,
                criterion,
                ..
            } => ChangeKey::Score {
                scenario: *scenario,
                criterion: *criterion,
            },
            Change::AddScenario(_)
            | Change::RemoveScenario(_)
            | Change::AddCriterion { .. }
            | Change::RemoveCriterion(_) => ChangeKey::AddOrRemove,
            Change::HideScenario { .. } | Change::HideCriterion { .. } => ChangeKey::Hide,
            Change::Extras(_) => ChangeKey::Extras,
            Change::LogReason { entry, .. } => ChangeKey::LogReason(*entry),
            Change::Profile { profile, criterion } => ChangeKey::Profile {
                participant: name_key(&profile.name),
                criterion: *criterion,
            },
            Change::ProfileMethod { name, .. } => ChangeKey::Profile {
                participant: name_key(name),
                criterion: None,
            },
            Change::RemoveProfile(_) => ChangeKey::AddOrRemove,
            Change::GroupMean(_) => ChangeKey::GroupMean,
            Change::Costs(_) => ChangeKey::Costs,
            Change::Import { .. } => ChangeKey::AddOrRemove,
        }
    }
}

/// A stable number for a participant's name (undo keys are `Copy`).
fn name_key(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
