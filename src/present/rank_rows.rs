//! The ranking's bars as the window draws them: each scenario's place,
//! total and contributions with their hover texts, from the ranking rows
//! every output states (`results.rs`).

use crate::format::number;
use crate::model::explain;
use crate::model::{DataSet, Inputs};
use crate::present::results::{GroupLines, Placed, RankingLines, Shares, weights_of};
use crate::present::staffing_model::to_f64;

/// The parts of [`crate::present::results::Results`] the window draws.
pub(crate) struct ScreenResults {
    pub ranking: RankingLines,
    pub weights: Option<Shares>,
    pub group: Option<GroupLines>,
}

impl ScreenResults {
    /// The window needs the ranking, the weights and the participants of
    /// the results every output states (not the staffing table: its chart
    /// has series of its own).
    pub(crate) fn of(
        data: &DataSet,
        inputs: &Inputs,
        outcome: &crate::model::Outcome,
        group: Option<&crate::model::group::GroupResult>,
    ) -> Self {
        Self {
            ranking: RankingLines::of(data, &outcome.ranking),
            weights: weights_of(inputs, &outcome.ranking),
            group: group.map(|g| GroupLines::of(data, g)),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RankRow {
    pub scenario: usize,
    pub rank: usize,
    /// "1. Scenario 2 – Centrumregeling"
    pub label: String,
    pub total: f64,
    pub total_text: String,
    pub contributions: Vec<f64>,
    pub contribution_tooltips: Vec<String>,
    /// The bar in words: "4,20 punten: Legitimiteit 1,00, Toezicht 1,00, …".
    pub description: String,
}

/// The ranking's bars: each scenario's place, total and contributions
/// with their hover texts.
pub(crate) fn rank_rows(
    data: &DataSet,
    inputs: &Inputs,
    placed: &[Placed],
    results: &ScreenResults,
) -> Vec<RankRow> {
    let values = inputs.score_values(data);
    let levels = inputs.score_levels(data);
    let percents = results.weights.as_ref().map(|w| w.percents.clone());
    placed
        .iter()
        .map(|p| {
            let contribution_tooltips = data
                .criteria
                .iter()
                .enumerate()
                .map(|(c, criterion)| {
                    let level = levels[p.scenario][c];
                    let mut text = format!(
                        "{}, {}. {}: {} × {} ({}) = {}",
                        p.label,
                        criterion.number,
                        criterion.name,
                        percents.as_ref().map_or("–", |w| w[c].as_str()),
                        data.scale.levels[level].label,
                        number(values[p.scenario][c], 0),
                        number(p.contributions[c], 2)
                    );
                    text.push('\n');
                    text.push_str(&explain::score_origin(data, inputs, p.scenario, c));
                    text
                })
                .collect();
            RankRow {
                scenario: p.scenario,
                rank: p.rank,
                label: format!(
                    "{}. {}{}",
                    p.rank,
                    p.label,
                    if p.added { " (eigen scenario)" } else { "" }
                ),
                total: to_f64(p.total),
                total_text: p.total_text.clone(),
                description: format!(
                    "{} punten: {}",
                    p.total_text,
                    data.criteria
                        .iter()
                        .zip(&p.contributions)
                        .map(|(c, v)| format!("{} {}", c.short_name, number(*v, 2)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                contributions: p.contributions.iter().map(|&c| to_f64(c)).collect(),
                contribution_tooltips,
            }
        })
        .collect()
}
