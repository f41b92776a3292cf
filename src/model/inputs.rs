//! Everything a user can change, as indices and exact numbers. The model
//! reads it; the views send changes that the app applies to it.

use rust_decimal::Decimal;

use super::dataset::{DataSet, Selection};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    /// Weight per criterion (any non-negative numbers; shown normalised).
    pub weights: Vec<Decimal>,
    /// Chosen option per choice.
    pub selection: Selection,
    /// Planning volume `[segment][year index]` in EUR mln.
    pub volumes_mln: Vec<Vec<Decimal>>,
    /// A replaced score level `[scenario][criterion]` (index into the scale),
    /// `None` keeps the sourced score.
    pub score_overrides: Vec<Vec<Option<usize>>>,
}

impl Inputs {
    /// The report's situation: default weights, default choices, the
    /// planning volumes of the data set, no overrides.
    pub fn report_defaults(data: &DataSet) -> Self {
        Self {
            weights: data.criteria.iter().map(|c| c.default_weight).collect(),
            selection: data.default_selection(),
            volumes_mln: data
                .segments
                .iter()
                .map(|s| s.planning_volume_mln.clone())
                .collect(),
            score_overrides: vec![vec![None; data.criteria.len()]; data.scenarios.len()],
        }
    }

    /// Whether the planning volumes of year `year_index` are those the
    /// report used (so a published row can apply).
    pub fn volumes_as_published(&self, data: &DataSet, year_index: usize) -> bool {
        data.segments
            .iter()
            .zip(&self.volumes_mln)
            .all(|(s, v)| v[year_index] == s.report_volume_mln)
    }

    /// Score value per scenario and criterion, overrides applied.
    pub fn score_values(&self, data: &DataSet) -> Vec<Vec<Decimal>> {
        data.scores
            .iter()
            .enumerate()
            .map(|(s, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, score)| {
                        let level = self
                            .score_overrides
                            .get(s)
                            .and_then(|r| r.get(c).copied().flatten())
                            .unwrap_or(score.level);
                        data.scale.levels[level].value
                    })
                    .collect()
            })
            .collect()
    }
}
