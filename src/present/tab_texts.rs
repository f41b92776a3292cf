//! The Dutch texts of the tabs that explain rather than chart: the
//! Bronnencontrole's lines, the score cells' origins, the tasks' lines.
//! Built with the view model while the tab is open, so a view only draws.

use crate::format::fte;
use crate::model::explain::{
    check_item_line, check_summary, explanation_line, score_origin, table_number, task_line,
    task_sentences, tolerance_sentence,
};
use crate::model::own::tasks::rule_figure;
use crate::model::source_check::{SourceCheck, Status};
use crate::model::{DataSet, Inputs, Outcome};

/// The Bronnencontrole in sentences.
#[derive(Debug, Clone, Default)]
pub struct SourceCheckTexts {
    /// "Bronnencontrole Tabel 6 en Tabel 7"
    pub heading: String,
    /// "208 cellen nagerekend: 191 kloppen precies; …"
    pub counts: String,
    pub tolerance: String,
    pub misprints: Vec<String>,
    pub discrepancies: Vec<String>,
    /// A possible explanation, and whether the row's total agrees with it.
    pub explanations: Vec<(String, bool)>,
    pub roundings: Vec<String>,
}

pub fn source_check_texts(data: &DataSet, check: &SourceCheck) -> SourceCheckTexts {
    let lines = |status: Status| -> Vec<String> {
        check
            .items
            .iter()
            .filter(|i| i.status == status)
            .map(|item| format!("• {}", check_item_line(data, item)))
            .collect()
    };
    SourceCheckTexts {
        heading: format!(
            "Bronnencontrole {} en {}",
            table_number(&data.volume_table.title),
            table_number(&data.staffing_table.title)
        ),
        counts: format!(
            "{} cellen nagerekend: {} kloppen precies; {}.",
            check.items.len(),
            check.count(Status::Equal),
            check_summary(check)
        ),
        tolerance: format!(
            "Afronding: {} (de precisie waarmee het rapport de cellen publiceert).",
            tolerance_sentence(data, &check.tolerances)
        ),
        misprints: lines(Status::SuspectedMisprint),
        discrepancies: check
            .discrepancies()
            .map(|item| format!("• {}", check_item_line(data, item)))
            .collect(),
        explanations: check
            .explanations
            .iter()
            .map(|e| (format!("• {}", explanation_line(data, e)), e.total_agrees))
            .collect(),
        roundings: lines(Status::Rounding),
    }
}

/// Where each score comes from (`[scenario][criterion]`), for the hover of
/// its cell.
pub fn score_origins(data: &DataSet, inputs: &Inputs) -> Vec<Vec<String>> {
    (0..data.scenarios.len())
        .map(|s| {
            (0..data.criteria.len())
                .map(|c| score_origin(data, inputs, s, c))
                .collect()
        })
        .collect()
}

/// The tasks tab's texts.
#[derive(Debug, Clone, Default)]
pub struct TaskTexts {
    /// Per rule, per task: the arithmetic ("350 aanbieders × 6 u × …").
    pub task_lines: Vec<Vec<String>>,
    /// Per rule: what is still missing, when the rule is incomplete.
    pub missing: Vec<Option<String>>,
    /// Per year: (what, volume rule, from tasks, what counts, how).
    pub per_year: Vec<(u16, Vec<[String; 5]>)>,
}

pub fn task_texts(data: &DataSet, inputs: &Inputs, outcome: &Outcome) -> TaskTexts {
    let extras = &inputs.extras;
    let hours = extras.productive_hours;
    let task_lines = extras
        .rules
        .iter()
        .map(|rule| rule.tasks.iter().map(|t| task_line(t, hours)).collect())
        .collect();
    let missing = extras
        .rules
        .iter()
        .map(|rule| {
            let figure = rule_figure(rule, hours);
            figure.fte.is_none().then(|| {
                format!(
                    "Nog niet compleet: {}. Tot dan telt de volumeregel; het programma vult geen getallen zelf in.",
                    figure.missing.join(", ")
                )
            })
        })
        .collect();
    let per_year = outcome
        .staffing
        .iter()
        .map(|y| {
            let sentences = task_sentences(data, inputs, y);
            let mut rows: Vec<[String; 4]> = y
                .tasks
                .iter()
                .map(|t| {
                    [
                        data.categories[t.category].name.clone(),
                        fte(t.volume_fte),
                        t.figure.fte.map_or("–".into(), fte),
                        if t.used { "taken" } else { "volumeregel" }.to_owned(),
                    ]
                })
                .collect();
            if let Some(block) = &y.roles {
                rows.extend(block.role_tasks.iter().map(|t| {
                    [
                        format!("rol {}", block.roles[t.role].0),
                        fte(t.set_fte),
                        t.figure.fte.map_or("–".into(), fte),
                        if t.used { "taken" } else { "de set" }.to_owned(),
                    ]
                }));
            }
            let rows = rows
                .into_iter()
                .enumerate()
                .map(|(i, [what, rule, tasks, counts])| {
                    [
                        what,
                        rule,
                        tasks,
                        counts,
                        sentences.get(i).cloned().unwrap_or_default(),
                    ]
                })
                .collect();
            (y.year, rows)
        })
        .collect();
    TaskTexts {
        task_lines,
        missing,
        per_year,
    }
}
