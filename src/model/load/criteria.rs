//! `criteria.ron`: the scale, the criteria with their default weights and one
//! sourced score per scenario and criterion.

use rust_decimal::Decimal;

use super::problems::Problems;
use crate::model::dataset::{Criterion, Level, Scale, Score};
use crate::model::schema::CriteriaFile;
use crate::numbers::{SCALE_VALUE, WEIGHT};

/// What `criteria.ron` contributes to the data set.
pub struct CriteriaPart {
    pub scale: Scale,
    pub weights_note: String,
    pub criteria: Vec<Criterion>,
    /// `scores[scenario][criterion]`
    pub scores: Vec<Vec<Score>>,
}

/// Reads the criteria; scores refer to `scenario_ids` of `scenarios.ron`.
pub fn criteria_part(
    file: &CriteriaFile,
    scenario_ids: &[String],
    p: &mut Problems,
) -> CriteriaPart {
    let (scale, level_ids) = scale(file, p);
    let (criteria, criterion_ids) = criteria(file, p);
    let ids = ScoreIds {
        scenarios: scenario_ids,
        criteria: &criterion_ids,
        levels: &level_ids,
    };
    let scores = scores(file, &ids, p);
    CriteriaPart {
        scale,
        weights_note: file.weights_note.clone(),
        criteria,
        scores,
    }
}

/// The scale: at least two levels, unique labels, rising values; with
/// the labels for scores to refer to.
fn scale(file: &CriteriaFile, p: &mut Problems) -> (Scale, Vec<String>) {
    let level_ids = p.unique_ids(
        file.scale.levels.iter().map(|l| &l.label),
        "een niveau van de schaal",
    );
    if file.scale.levels.len() < 2 {
        p.err(
            None,
            "de schaal ('scale.levels') heeft minstens twee niveaus nodig",
        );
    }
    for pair in file.scale.levels.windows(2) {
        if pair[1].value.value <= pair[0].value.value {
            p.err(
                pair[1].value.at,
                format!(
                    "de waarden van de schaal moeten oplopen: '{}' ({}) komt na '{}' ({})",
                    pair[1].label.text,
                    pair[1].value.value,
                    pair[0].label.text,
                    pair[0].value.value
                ),
            );
        }
    }
    for l in &file.scale.levels {
        p.quantity(
            &l.value,
            &SCALE_VALUE,
            &format!("niveau '{}'", l.label.text),
        );
    }
    let scale = Scale {
        name: file.scale.name.clone(),
        levels: file
            .scale
            .levels
            .iter()
            .map(|l| Level {
                label: l.label.text.clone(),
                value: l.value.value,
            })
            .collect(),
    };
    (scale, level_ids)
}

/// The criteria, at least one, unique ids, each default weight within the
/// bounds of a weight (a negative one counts as 0); with their ids.
fn criteria(file: &CriteriaFile, p: &mut Problems) -> (Vec<Criterion>, Vec<String>) {
    let criterion_ids = p.unique_ids(file.criteria.iter().map(|c| &c.id), "een criterium");
    if file.criteria.is_empty() {
        p.err(None, "er staat geen enkel criterium in 'criteria'");
    }
    for c in &file.criteria {
        p.quantity(
            &c.default_weight,
            &WEIGHT,
            &format!("criterium '{}'", c.id.text),
        );
    }
    let criteria = file
        .criteria
        .iter()
        .map(|c| Criterion {
            added: false,
            id: c.id.text.clone(),
            number: c.number,
            name: c.name.clone(),
            short_name: c
                .short_name
                .clone()
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| c.name.clone()),
            explanation: c.explanation.clone(),
            default_weight: c.default_weight.value.max(Decimal::ZERO),
        })
        .collect();
    (criteria, criterion_ids)
}

/// The ids a score refers to.
struct ScoreIds<'a> {
    scenarios: &'a [String],
    criteria: &'a [String],
    levels: &'a [String],
}

/// One sourced score per scenario and criterion: none twice, none
/// missing. `scores[scenario][criterion]`.
fn scores(file: &CriteriaFile, ids: &ScoreIds, p: &mut Problems) -> Vec<Vec<Score>> {
    let mut grid: Vec<Vec<Option<Score>>> =
        vec![vec![None; ids.criteria.len()]; ids.scenarios.len()];
    for score in &file.scores {
        let s = p.resolve(&score.scenario, ids.scenarios, "scenario");
        let c = p.resolve(&score.criterion, ids.criteria, "criterium");
        let l = p.resolve(&score.level, ids.levels, "niveau");
        if let (Some(s), Some(c), Some(level)) = (s, c, l) {
            if grid[s][c].is_some() {
                p.err(
                    score.scenario.at,
                    format!(
                        "scenario '{}' heeft al een score op criterium '{}'",
                        score.scenario.text, score.criterion.text
                    ),
                );
            }
            grid[s][c] = Some(Score {
                level,
                sources: score.sources.clone(),
                rationale: score.rationale.clone(),
            });
        }
    }
    for (s, row) in grid.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.is_none() {
                p.err(
                    file.criteria[c].id.at,
                    format!(
                        "geen score voor scenario '{}' op criterium '{}'",
                        ids.scenarios[s], ids.criteria[c]
                    ),
                );
            }
        }
    }
    grid.into_iter()
        .map(|row| row.into_iter().flatten().collect())
        .collect()
}
