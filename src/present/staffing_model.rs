//! The staffing chart's view model: one series per part that counts (the
//! categories by the volume rule, categories staffed by tasks, the set's
//! roles, growth tasks, inhuur), the totals and the hover texts with the
//! arithmetic of every part.

// A series of the chart is a part of the staffing, as the breakdown every
// output reads names it.
use crate::model::breakdown::PartKind;
use rust_decimal::Decimal;

use crate::format::{fte, number};
use crate::model::explain;
use crate::model::inputs::{StaffRole, Supervision, four_eyes_warnings};
use crate::model::own::tasks::TaskTarget;
use crate::model::staffing::{ExtraKind, Provenance, YearStaffing};
use crate::model::{DataSet, Inputs, Outcome};

#[derive(Debug, Clone)]
pub struct SeriesView {
    pub name: String,
    pub swatch: Swatch,
}

/// Which colour a series is drawn in; the views turn it into a colour
/// (`ui::style::swatch_colour`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// The n-th colour of the categories' palette.
    Category(usize),
    /// A category's colour, lighter: the part of it staffed by tasks.
    CategoryFromTasks(usize),
    /// The n-th colour of the roles' palette.
    Role(usize),
}

#[derive(Debug, Clone)]
pub struct YearView {
    pub year: u16,
    pub total_fte: f64,
    /// "11,31 fte"
    pub total_text: String,
    /// "11,31"
    pub total_number: String,
    pub published: bool,
    /// Published total of the same situation (Tabel 7), if any.
    pub published_total: Option<f64>,
    pub published_total_text: Option<String>,
    pub provenance_text: String,
    /// Per series; 0 where it has no fte this year.
    pub series_fte: Vec<f64>,
    pub series_tooltips: Vec<String>,
    /// The supervision block as counted this year ("5,80 fte").
    pub block_text: Option<String>,
}

/// The staffing chart in words, for screen readers: "2025: 21,29 fte,
/// waarvan 1 Management 0,89, 2 Inkoop/CM/CB 7,56, …; 2026: …".
pub fn chart_description(series: &[SeriesView], years: &[YearView]) -> String {
    years
        .iter()
        .map(|y| {
            let parts: Vec<String> = series
                .iter()
                .zip(&y.series_fte)
                .enumerate()
                .filter(|(_, (_, v))| **v > 0.0)
                .map(|(c, (s, v))| {
                    let value = Decimal::from_f64_retain(*v).unwrap_or_default();
                    format!("{} {} {}", c + 1, s.name, number(value, 2))
                })
                .collect();
            format!("{}: {}, waarvan {}", y.year, y.total_text, parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A plotted figure: the only place an exact number becomes f64.
pub fn to_f64(value: Decimal) -> f64 {
    rust_decimal::prelude::ToPrimitive::to_f64(&value).unwrap_or(0.0)
}

pub struct StaffingFigures {
    pub series: Vec<SeriesView>,
    pub years: Vec<YearView>,
    pub block_label: Option<String>,
    pub four_eyes_warnings: Vec<String>,
    /// Task rules that are not complete yet, in words, for under the chart.
    pub task_notes: Vec<String>,
}

fn series_kinds(data: &DataSet, inputs: &Inputs, roles: &[StaffRole]) -> Vec<PartKind> {
    let mut kinds: Vec<PartKind> = (0..data.categories.len()).map(PartKind::Category).collect();
    for rule in &inputs.extras.rules {
        if let TaskTarget::Category(c) = rule.target {
            kinds.push(PartKind::Tasks(c));
        }
    }
    kinds.extend((0..roles.len()).map(PartKind::Role));
    kinds.extend((0..inputs.extras.growth.len()).map(PartKind::Growth));
    kinds.extend((0..inputs.extras.inhuur.len()).map(PartKind::Inhuur));
    kinds
}

fn series_view(data: &DataSet, inputs: &Inputs, roles: &[StaffRole], kind: PartKind) -> SeriesView {
    let (name, swatch) = match kind {
        PartKind::Category(c) => (data.categories[c].name.clone(), Swatch::Category(c)),
        PartKind::Tasks(c) => (
            format!("{} (uit taken)", data.categories[c].name),
            Swatch::CategoryFromTasks(c),
        ),
        PartKind::Role(r) => (roles[r].name.clone(), Swatch::Role(r)),
        PartKind::Growth(g) => (
            explain::extra_label(inputs, ExtraKind::Growth(g)),
            Swatch::Role(roles.len() + g + 1),
        ),
        PartKind::Inhuur(i) => (
            explain::extra_label(inputs, ExtraKind::Inhuur(i)),
            Swatch::Role(roles.len() + inputs.extras.growth.len() + i + 2),
        ),
    };
    SeriesView { name, swatch }
}

/// The value and hover text of one series in one year.
fn series_value(
    data: &DataSet,
    inputs: &Inputs,
    roles: &[StaffRole],
    y: &YearStaffing,
    kind: PartKind,
    provenance_text: &str,
) -> (f64, String) {
    match kind {
        PartKind::Category(c) => {
            let cat = &y.categories[c];
            let value = if cat.counted {
                cat.fte.map(to_f64).unwrap_or(0.0)
            } else {
                0.0
            };
            let mut text = explain::category_sum(data, y, c);
            for line in explain::term_details(data, y, c) {
                text.push_str("\n   ");
                text.push_str(&line);
            }
            text.push_str(&format!("\n\nHerkomst {}: {provenance_text}", y.year));
            (value, text)
        }
        PartKind::Tasks(c) => {
            let tasks = y.tasks.iter().find(|t| t.category == c);
            let value = tasks
                .filter(|t| t.used)
                .and_then(|t| t.figure.fte)
                .map_or(0.0, to_f64);
            let text = explain::task_sentences_by_part(data, inputs, y)
                .by_category
                .into_iter()
                .find(|(category, _)| *category == c)
                .map(|(_, sentence)| sentence)
                .unwrap_or_default();
            (value, text)
        }
        PartKind::Role(r) => {
            let used = y.roles.as_ref().filter(|b| b.roles_used);
            let value = used.map_or(0.0, |b| to_f64(b.roles[r].1));
            let role = &roles[r];
            let mut text = format!(
                "{} {}: {} ({})",
                y.year,
                role.name,
                y.roles
                    .as_ref()
                    .map_or_else(|| fte(role.fte), |b| fte(b.roles[r].1)),
                crate::model::inputs::people(role.people)
            );
            if let Some(sum) = explain::role_block_sum(data, y) {
                text.push_str(&format!("\n{sum}"));
            }
            let sentences = explain::task_sentences_by_part(data, inputs, y).by_role;
            for (_, sentence) in sentences.iter().filter(|(of, _)| *of == r) {
                text.push_str(&format!("\n{sentence}"));
            }
            (value, text)
        }
        PartKind::Growth(_) | PartKind::Inhuur(_) => {
            let wanted = match kind {
                PartKind::Growth(g) => ExtraKind::Growth(g),
                PartKind::Inhuur(i) => ExtraKind::Inhuur(i),
                _ => unreachable!("only extras here"),
            };
            let parts: Vec<_> = y.extras.iter().filter(|e| e.kind == wanted).collect();
            let value: Decimal = parts.iter().map(|e| e.fte).sum();
            let text = parts
                .iter()
                .map(|e| explain::extra_sentence(data, inputs, y.year, e))
                .collect::<Vec<_>>()
                .join("\n");
            (to_f64(value), text)
        }
    }
}

pub fn staffing_figures(data: &DataSet, inputs: &Inputs, outcome: &Outcome) -> StaffingFigures {
    let roles = inputs.roles_in_use(data);
    let kinds = series_kinds(data, inputs, roles);
    let series = kinds
        .iter()
        .map(|&k| series_view(data, inputs, roles, k))
        .collect();
    let four_eyes_warnings = match (&inputs.supervision, &data.supervision_block) {
        (Supervision::Roles(r), Some(block)) => four_eyes_warnings(r, block),
        _ => Vec::new(),
    };
    let years = outcome
        .staffing
        .iter()
        .map(|y| {
            let published_total = y
                .provenance
                .row()
                .and_then(|(row, variant)| explain::published_total(data, row, variant));
            let provenance_text = explain::provenance(data, y);
            let (series_fte, series_tooltips) = kinds
                .iter()
                .map(|&k| series_value(data, inputs, roles, y, k, &provenance_text))
                .unzip();
            let block_text = data.supervision_block.as_ref().map(|block| {
                let value = match &y.roles {
                    Some(r) if r.roles_used => Some(r.roles_total),
                    _ => {
                        let parts: Vec<Decimal> = block
                            .categories
                            .iter()
                            .filter_map(|&c| {
                                y.tasks
                                    .iter()
                                    .find(|t| t.category == c && t.used)
                                    .and_then(|t| t.figure.fte)
                                    .or(y.categories[c].fte)
                            })
                            .collect();
                        (!parts.is_empty()).then(|| parts.iter().copied().sum())
                    }
                };
                value.map(fte).unwrap_or_else(|| "–".into())
            });
            YearView {
                year: y.year,
                total_fte: to_f64(y.total_fte),
                total_text: fte(y.total_fte),
                total_number: number(y.total_fte, 2),
                published: matches!(y.provenance, Provenance::Published { .. }),
                published_total: published_total.map(to_f64),
                published_total_text: published_total.map(fte),
                provenance_text,
                series_fte,
                series_tooltips,
                block_text,
            }
        })
        .collect();
    let task_notes = task_notes(data, inputs);
    StaffingFigures {
        series,
        years,
        // The block's total gets its own row only when roles or tasks staff
        // it (with the volume rule it is just the sum of two categories).
        block_label: data
            .supervision_block
            .as_ref()
            .filter(|_| !roles.is_empty() || !inputs.extras.rules.is_empty())
            .map(|b| b.label.clone()),
        four_eyes_warnings,
        task_notes,
    }
}

/// "Taken Toezicht: nog niet compleet – ontbreekt: uren per aanbieder …".
fn task_notes(data: &DataSet, inputs: &Inputs) -> Vec<String> {
    let hours = inputs.extras.productive_hours;
    inputs
        .extras
        .rules
        .iter()
        .filter_map(|rule| {
            let figure = crate::model::own::tasks::rule_figure(rule, hours);
            figure.fte.is_none().then(|| {
                format!(
                    "Taken {}: nog niet compleet; ontbreekt: {}. Tot dan telt de volumeregel.",
                    explain::target_name(data, &rule.target),
                    figure.missing.join(", ")
                )
            })
        })
        .collect()
}
