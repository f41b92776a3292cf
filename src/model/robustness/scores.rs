//! The scores as the analyses see them: levels and their coding.

use rust_decimal::Decimal;

use crate::model::dataset::DataSet;
use crate::model::inputs::Inputs;

/// The scores as the ordinal analysis sees them: a level per scenario and
/// criterion, and the numeric coding of the scale's levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    /// `levels[scenario][criterion]`: index into `scale`.
    pub levels: Vec<Vec<usize>>,
    /// Value of each level, increasing (the data's coding).
    pub scale: Vec<Decimal>,
}

impl Scores {
    /// The data's levels with the inputs' score overrides applied (the same
    /// rule as `Inputs::score_values`), and the data's coding.
    pub fn from_data(data: &DataSet, inputs: &Inputs) -> Self {
        Self {
            levels: inputs.score_levels(data),
            scale: data.scale.levels.iter().map(|l| l.value).collect(),
        }
    }

    /// Score value per scenario and criterion under the data's coding.
    pub fn values(&self) -> Vec<Vec<Decimal>> {
        self.levels
            .iter()
            .map(|row| row.iter().map(|&l| self.scale[l]).collect())
            .collect()
    }
}
