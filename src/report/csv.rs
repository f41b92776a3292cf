//! The report as CSV for Dutch Excel: UTF-8 with BOM, `;` between fields,
//! decimal comma, numbers as numbers. A header block states every
//! assumption. Text that Excel would read as a formula is neutralised.

use rust_decimal::Decimal;

use super::ReportContext;
use super::assumptions::{assumption_lines, warnings};
use super::check_rows::{CHECK_HEADERS, check_rows};
pub use super::csv_line::{csv_line, field};
use crate::format::number_ascii;
use crate::model::DataSet;
use crate::model::explain;
use crate::model::robustness::Robustness;
use crate::model::source_check::SourceCheck;
use crate::model::staffing::Provenance;
use crate::present::results::{CostProfileLines, INTERPRETATION, RankingLines, Results};

/// The whole report: the assumptions, then formatie, bronnencontrole,
/// rangorde and robuustheid, each block with its header.
pub fn csv_report(ctx: &ReportContext) -> String {
    let data = ctx.data;
    let mut out = String::from("\u{feff}");
    for (label, text) in assumption_lines(ctx) {
        out.push_str(&csv_line(&[label, text]));
    }
    out.push_str("\r\n");
    if !data.categories.is_empty() {
        out.push_str(&csv_staffing(ctx));
        out.push_str("\r\n");
        out.push_str(&csv_source_check(data, ctx.check));
        out.push_str("\r\n");
    }
    out.push_str(&csv_ranking(data, &ctx.results));
    out.push_str(&csv_score_changes(ctx));
    if let (Some(lines), Some(group)) = (&ctx.results.group, ctx.group) {
        out.push_str("\r\n");
        out.push_str(&super::group::group_csv(data, lines, group));
    }
    if let Some(profile) = &ctx.results.cost_profile {
        out.push_str("\r\n");
        out.push_str(&csv_cost_profile(profile));
    }
    if let Some(costs) = &ctx.outcome.costs {
        out.push_str("\r\n");
        out.push_str(&super::costs_csv::costs_csv(data, costs));
    }
    if let Some(costs) = ctx.scenario_costs {
        out.push_str("\r\n");
        out.push_str(&super::scenario_costs_csv::section_csv(costs));
    }
    if let Some(robustness) = ctx.robustness {
        out.push_str("\r\n");
        out.push_str(&csv_acceptability(data, robustness));
    }
    if !ctx.inputs.log.is_empty() {
        out.push_str("\r\n");
        out.push_str(&csv_line(&["Logboek van de set".into()]));
        out.push_str(&csv_line(&[
            "Wanneer".into(),
            "Wie".into(),
            "Wat".into(),
            "Waarom".into(),
        ]));
        for entry in &ctx.inputs.log {
            out.push_str(&csv_line(&[
                entry.when.clone(),
                entry.who.clone(),
                entry.what.clone(),
                entry.why.clone(),
            ]));
        }
    }
    out
}

/// Changed scores, each beside the source's level and with its reason.
fn csv_score_changes(ctx: &ReportContext) -> String {
    let data = ctx.data;
    let mut out = String::new();
    let mut rows = Vec::new();
    for (s, scenario) in ctx.inputs.scenarios.iter().enumerate() {
        for (c, change) in scenario.scores.iter().enumerate() {
            let Some(change) = change else { continue };
            let original = &data.scores[s][c];
            rows.push(vec![
                data.scenarios[s].label(),
                data.criteria[c].name.clone(),
                data.scale.levels[change.level].label.clone(),
                data.scale.levels[original.level].label.clone(),
                original.sources.join("; "),
                change.reason.clone(),
            ]);
        }
    }
    if !rows.is_empty() {
        out.push_str("\r\n");
        out.push_str(&csv_line(&["Gewijzigde scores (eigen wijziging)".into()]));
        out.push_str(&csv_line(&[
            "Scenario".into(),
            "Criterium".into(),
            "Score".into(),
            "Score in de bron".into(),
            "Bron".into(),
            "Reden".into(),
        ]));
        for row in rows {
            out.push_str(&csv_line(&row));
        }
    }
    out
}

/// SMAA-2 rank acceptabilities: the share of weightings per scenario and rank.
pub fn csv_acceptability(data: &DataSet, robustness: &Robustness) -> String {
    let smaa = &robustness.smaa;
    let mut out = csv_line(&[format!(
        "Rangacceptatie zonder vaste gewichten (SMAA-2; {} trekkingen, seed {})",
        smaa.draws, smaa.seed
    )]);
    let mut header = vec!["Scenario".to_owned()];
    header.extend((1..=smaa.acceptability.len()).map(|r| format!("Plaats {r}")));
    out.push_str(&csv_line(&header));
    for (s, row) in smaa.acceptability.iter().enumerate() {
        let scenario = robustness.visible.scenarios.get(s).copied().unwrap_or(s);
        let mut fields = vec![data.scenarios[scenario].label()];
        fields.extend(row.iter().map(|share| {
            let value = Decimal::from_f64_retain(*share).unwrap_or_default();
            number_ascii(value, 4)
        }));
        out.push_str(&csv_line(&fields));
    }
    out
}

/// Staffing per year as parts that add up to the total: categories, roles,
/// and, marked "telt niet mee", what the roles replace.
pub fn csv_staffing(ctx: &ReportContext) -> String {
    let data = ctx.data;
    let table = &ctx.results.staffing;
    let mut out = csv_line(&["Minimale formatie (fte)".into()]);
    let mut header = vec!["Jaar".to_owned()];
    header.extend(table.columns.iter().map(|c| c.label.clone()));
    header.extend([
        "Totaal".into(),
        format!("Volume bij {} (mln)", data.organisation),
        "Herkomst".into(),
        "Gepubliceerd totaal".into(),
    ]);
    out.push_str(&csv_line(&header));
    for (year, staffing) in table.years.iter().zip(&ctx.outcome.staffing) {
        let mut row = vec![year.year.to_string()];
        row.extend(
            year.parts
                .iter()
                .map(|v| v.map(|v| number_ascii(v, 2)).unwrap_or_default()),
        );
        row.push(number_ascii(year.total_fte, 2));
        row.push(number_ascii(year.volume_mln, 1));
        row.push(explain::provenance(data, staffing));
        let published = match staffing.provenance {
            Provenance::Published { row, variant } => explain::published_total(data, row, variant)
                .map(|v| number_ascii(v, 2))
                .unwrap_or_default(),
            _ => String::new(),
        };
        row.push(published);
        out.push_str(&csv_line(&row));
    }
    for warning in warnings(data, ctx.inputs) {
        out.push_str(&csv_line(&["Vier-ogenprincipe".into(), warning]));
    }
    out
}

pub fn csv_source_check(data: &DataSet, check: &SourceCheck) -> String {
    let mut out = csv_line(&[format!(
        "Bronnencontrole: {}",
        explain::check_summary(check)
    )]);
    for m in &data.misprints {
        out.push_str(&csv_line(&[
            "Vermoedelijke drukfout".into(),
            format!("{}.", explain::misprint_sentence(data, m)),
        ]));
    }
    out.push_str(&csv_line(&CHECK_HEADERS.map(String::from)));
    let show = |v: Option<Decimal>| v.map(|v| number_ascii(v, 4)).unwrap_or_default();
    for row in check_rows(data, check) {
        out.push_str(&csv_line(&[
            row.table,
            row.row,
            row.column,
            row.variant,
            show(row.published),
            show(row.computed),
            show(row.difference),
            row.status.into(),
            row.explanation,
        ]));
    }
    out
}

pub fn csv_ranking(data: &DataSet, results: &Results) -> String {
    let mut out = csv_line(&["Rangorde".into()]);
    let (RankingLines::Ranked(rows), Some(weights)) = (&results.ranking, &results.weights) else {
        let why = results.ranking.absent_reason().unwrap_or_default();
        out.push_str(&csv_line(&[why.to_owned()]));
        return out;
    };
    let mut header = vec!["Plaats".to_owned(), "Scenario".into(), "Score".into()];
    header.extend(data.criteria.iter().zip(&weights.percents).map(|(c, p)| {
        let mark = if c.added { ", eigen criterium" } else { "" };
        format!("{} ({p}{mark})", c.name)
    }));
    out.push_str(&csv_line(&header));
    for p in rows {
        let mark = if p.added { " (eigen scenario)" } else { "" };
        let mut row = vec![
            p.rank.to_string(),
            format!("{}{mark}", p.label),
            number_ascii(p.total, 4),
        ];
        row.extend(p.contributions.iter().map(|v| number_ascii(*v, 4)));
        out.push_str(&csv_line(&row));
    }
    out
}

/// The qualitative cost profile: a row per component with the report's
/// word per scenario, then the report's interpretation.
fn csv_cost_profile(profile: &CostProfileLines) -> String {
    let mut out = csv_line(&[profile.heading()]);
    let mut header = vec!["Kostencomponent".to_owned(), "Richting".into()];
    header.extend(profile.scenarios.iter().map(|s| s.label.clone()));
    out.push_str(&csv_line(&header));
    for row in &profile.rows {
        let mut fields = vec![row.name.clone(), row.polarity.into()];
        fields.extend(row.cells.iter().cloned());
        out.push_str(&csv_line(&fields));
    }
    for sentence in &profile.interpretation {
        out.push_str(&csv_line(&[INTERPRETATION.into(), sentence.clone()]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_numbers_stay_numbers() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+31 6"), "'+31 6");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("-Toezicht"), "'-Toezicht");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("-0,12"), "-0,12");
        assert_eq!(field("12,40"), "12,40");
        assert_eq!(field("2028"), "2028");
        assert_eq!(field("a;b"), "\"a;b\"");
    }
}
