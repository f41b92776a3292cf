//! Everything the views draw, prepared once per recompute: numbers as f64
//! for plotting (the only place f64 appears) and the Dutch hover texts.
//! Building these strings every frame would cost more than the drawing.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::format::{fte, number, percent_whole};
use crate::model::explain;
use crate::model::ranking::Ranking;
use crate::model::source_check::{SourceCheck, Status};
use crate::model::staffing::Provenance;
use crate::model::{DataSet, Inputs, Outcome};

pub fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

#[derive(Debug, Clone, Default)]
pub struct ViewModel {
    pub years: Vec<YearView>,
    pub ranking: Option<Vec<RankRow>>,
    /// Weight per criterion as "20 %", or "–" when all weights are zero.
    pub weight_percent: Vec<String>,
    pub discrepancy_count: usize,
    pub source_check_summary: String,
    pub staffing_title: String,
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
    /// Per category; 0 where the category has no fte of its own.
    pub category_fte: Vec<f64>,
    pub category_tooltips: Vec<String>,
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
}

pub fn build(data: &DataSet, inputs: &Inputs, outcome: &Outcome, check: &SourceCheck) -> ViewModel {
    let years = outcome
        .staffing
        .iter()
        .map(|y| {
            let published_total = y
                .provenance
                .row()
                .and_then(|(row, variant)| explain::published_total(data, row, variant));
            let provenance_text = explain::provenance(data, y);
            let category_tooltips = (0..data.categories.len())
                .map(|c| {
                    let mut text = explain::category_sum(data, y, c);
                    for line in explain::term_details(data, y, c) {
                        text.push_str("\n   ");
                        text.push_str(&line);
                    }
                    text.push_str(&format!("\n\nHerkomst {}: {provenance_text}", y.year));
                    text
                })
                .collect();
            YearView {
                year: y.year,
                total_fte: to_f64(y.total_fte),
                total_text: fte(y.total_fte),
                total_number: number(y.total_fte, 2),
                published: matches!(y.provenance, Provenance::Published { .. }),
                published_total: published_total.map(to_f64),
                published_total_text: published_total.map(fte),
                provenance_text,
                category_fte: y
                    .categories
                    .iter()
                    .map(|c| c.fte.map(to_f64).unwrap_or(0.0))
                    .collect(),
                category_tooltips,
            }
        })
        .collect();

    let values = inputs.score_values(data);
    let ranking = match &outcome.ranking {
        Ranking::NoWeights => None,
        Ranking::Ranked(r) => Some(
            r.entries
                .iter()
                .map(|e| {
                    let scenario = &data.scenarios[e.scenario];
                    let contribution_tooltips = data
                        .criteria
                        .iter()
                        .enumerate()
                        .map(|(c, criterion)| {
                            let score = &data.scores[e.scenario][c];
                            let overridden = inputs.score_overrides[e.scenario][c];
                            let level = overridden.unwrap_or(score.level);
                            let mut text = format!(
                                "{}, {}. {}: {} × {} ({}) = {}",
                                scenario.label(),
                                criterion.number,
                                criterion.name,
                                percent_whole(r.weight_shares[c]),
                                data.scale.levels[level].label,
                                number(values[e.scenario][c], 0),
                                number(e.contributions[c], 2)
                            );
                            if overridden.is_some() {
                                text.push_str("\nScore aangepast (de bron zegt: ");
                                text.push_str(&data.scale.levels[score.level].label);
                                text.push(')');
                            }
                            text.push_str(&format!("\nBron: {}", score.sources.join("; ")));
                            text.push_str(&format!("\nToelichting: {}", score.rationale));
                            text
                        })
                        .collect();
                    RankRow {
                        scenario: e.scenario,
                        rank: e.rank,
                        label: format!("{}. {}", e.rank, scenario.label()),
                        total: to_f64(e.total),
                        total_text: number(e.total, 2),
                        contributions: e.contributions.iter().map(|&c| to_f64(c)).collect(),
                        contribution_tooltips,
                    }
                })
                .collect(),
        ),
    };
    let weight_percent = match crate::model::ranking::weight_shares(&inputs.weights) {
        Some(shares) => shares.into_iter().map(percent_whole).collect(),
        None => vec!["–".to_owned(); data.criteria.len()],
    };
    let discrepancy_count = check.count(Status::Discrepancy);
    let source_check_summary = if discrepancy_count == 0 {
        "Bronnencontrole: alle cellen kloppen (op afronding na)".to_owned()
    } else {
        format!("Bronnencontrole: {discrepancy_count} afwijkende cellen in het rapport")
    };
    ViewModel {
        years,
        ranking,
        weight_percent,
        discrepancy_count,
        source_check_summary,
        staffing_title: format!("Minimale formatie {} (fte)", data.organisation),
    }
}
