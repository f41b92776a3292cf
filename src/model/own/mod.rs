//! What users add to the report's model in an assumption set: their own
//! scores (with a reason), scenarios and criteria the report lacks, hidden
//! scenarios and criteria, staffing by tasks, growth tasks, structural
//! inhuur, and a log of who changed what and why.
//!
//! Added scenarios and criteria are appended to a copy of the data set
//! ([`extend`]), so that everything that ranks, explains or exports sees
//! them as ordinary scenarios and criteria, marked as added. Nothing here
//! knows the NMD data: any data set can be extended.

pub use super::additions::*;
pub use super::additions::{log, tasks};

use std::borrow::Cow;

use super::dataset::{CostCell, Criterion, DataSet, Scenario, Score};
use super::inputs::{CriterionInput, Inputs, ScenarioInput, Visible};

/// The source text of an added score, shown where the score is explained.
pub const ADDED_SOURCE: &str = "toegevoegd in de aannameset (niet uit het rapport)";

/// The data set with the user's scenarios and criteria appended, or the data
/// itself when nothing was added.
pub fn extended<'d>(base: &'d DataSet, inputs: &Inputs) -> Cow<'d, DataSet> {
    if inputs.added.is_empty() {
        Cow::Borrowed(base)
    } else {
        Cow::Owned(extend(base, &inputs.added))
    }
}

/// `base` with `added` appended. Scores that neither the added scenario nor
/// the added criterion gives (refused when a set is read) get the scale's
/// lowest level with the reason "geen score gegeven".
pub fn extend(base: &DataSet, added: &Additions) -> DataSet {
    let mut data = base.clone();
    for (i, a) in added.criteria.iter().enumerate() {
        data.criteria.push(Criterion {
            id: a.id.clone(),
            number: (base.criteria.len() + i + 1) as u32,
            name: a.name.clone(),
            short_name: a.name.clone(),
            explanation: a.explanation.clone(),
            default_weight: rust_decimal::Decimal::ONE,
            added: true,
        });
    }
    for (i, a) in added.scenarios.iter().enumerate() {
        data.scenarios.push(Scenario {
            id: a.id.clone(),
            number: (base.scenarios.len() + i + 1) as u32,
            name: a.name.clone(),
            short_name: a.short_name.clone(),
            description: a.description.clone(),
            section: ADDED_SOURCE.to_owned(),
            added: true,
        });
        for row in &mut data.aspects.rows {
            row.cells
                .push("(toegevoegd; niet in het rapport)".to_owned());
        }
        for component in &mut data.cost_profile.components {
            let level = a
                .cost_levels
                .iter()
                .find(|(id, _)| *id == component.id)
                .and_then(|(_, level)| *level)
                .filter(|&l| l < data.cost_profile.levels.len());
            component.cells.push(CostCell {
                text: level.map_or_else(
                    || "onbekend".to_owned(),
                    |l| data.cost_profile.levels[l].clone(),
                ),
                level,
                remark: String::new(),
            });
        }
    }
    let scenario_count = data.scenarios.len();
    let criterion_count = data.criteria.len();
    data.scores.resize_with(scenario_count, Vec::new);
    for s in 0..scenario_count {
        let row = &mut data.scores[s];
        for c in row.len()..criterion_count {
            let score = added_score(&data.scenarios[s].id, &data.criteria[c].id, added)
                .unwrap_or_else(|| Score {
                    level: 0,
                    sources: vec![ADDED_SOURCE.to_owned()],
                    rationale: "geen score gegeven".to_owned(),
                });
            row.push(score);
        }
    }
    data
}

/// The score of an added scenario or criterion for one pair of ids: the
/// scenario's own list first, then the criterion's.
fn added_score(scenario: &str, criterion: &str, added: &Additions) -> Option<Score> {
    let from_scenario = added
        .scenarios
        .iter()
        .find(|s| s.id == scenario)
        .and_then(|s| s.scores.iter().find(|x| x.other == criterion));
    let from_criterion = || {
        added
            .criteria
            .iter()
            .find(|c| c.id == criterion)
            .and_then(|c| c.scores.iter().find(|x| x.other == scenario))
    };
    from_scenario.or_else(from_criterion).map(|x| Score {
        level: x.level,
        sources: vec![ADDED_SOURCE.to_owned()],
        rationale: x.reason.clone(),
    })
}

/// The data and inputs with only the visible scenarios and criteria, for
/// the analyses that range over all of them (robustness). Indices in the
/// result are positions in `visible`.
pub fn restricted(data: &DataSet, inputs: &Inputs, visible: &Visible) -> (DataSet, Inputs) {
    let mut sub = data.clone();
    let keep_s = |s: usize| visible.scenarios.contains(&s);
    let keep_c = |c: usize| visible.criteria.contains(&c);
    sub.scenarios = visible
        .scenarios
        .iter()
        .map(|&s| data.scenarios[s].clone())
        .collect();
    sub.criteria = visible
        .criteria
        .iter()
        .map(|&c| data.criteria[c].clone())
        .collect();
    sub.scores = visible
        .scenarios
        .iter()
        .map(|&s| {
            visible
                .criteria
                .iter()
                .map(|&c| data.scores[s][c].clone())
                .collect()
        })
        .collect();
    for row in &mut sub.aspects.rows {
        row.cells = keep_indices(&row.cells, keep_s);
    }
    for component in &mut sub.cost_profile.components {
        component.cells = keep_indices(&component.cells, keep_s);
    }
    let mut sub_inputs = inputs.clone();
    sub_inputs.criteria = keep_indices(&inputs.criteria, keep_c)
        .into_iter()
        .map(|c| CriterionInput { hidden: false, ..c })
        .collect();
    sub_inputs.scenarios = visible
        .scenarios
        .iter()
        .map(|&s| ScenarioInput {
            hidden: false,
            scores: keep_indices(&inputs.scenarios[s].scores, keep_c),
        })
        .collect();
    sub_inputs.importance = inputs
        .importance
        .iter()
        .filter_map(|c| visible.criteria.iter().position(|v| v == c))
        .collect();
    (sub, sub_inputs)
}

fn keep_indices<T: Clone>(items: &[T], keep: impl Fn(usize) -> bool) -> Vec<T> {
    items
        .iter()
        .enumerate()
        .filter(|&(i, _)| keep(i))
        .map(|(_, x)| x.clone())
        .collect()
}
