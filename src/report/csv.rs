//! The report as CSV for Dutch Excel: UTF-8 with BOM, `;` between fields,
//! decimal comma, numbers as numbers. A header block states every
//! assumption. Text that Excel would read as a formula is neutralised.

use rust_decimal::Decimal;

use super::ReportContext;
use super::assumptions::{assumption_lines, warnings};
use super::check_rows::{CHECK_HEADERS, check_rows};
pub use super::csv_line::{csv_line, field};
use crate::format::{number_ascii, percent_whole};
use crate::model::DataSet;
use crate::model::breakdown::breakdown;
use crate::model::explain;
use crate::model::ranking::Ranking;
use crate::model::robustness::Robustness;
use crate::model::source_check::SourceCheck;
use crate::model::staffing::Provenance;

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
    out.push_str(&csv_ranking(data, &ctx.outcome.ranking));
    out.push_str(&csv_score_changes(ctx));
    if let Some(group) = ctx.group {
        out.push_str("\r\n");
        out.push_str(&super::group::group_csv(data, group));
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
    let parts = breakdown(data, ctx.inputs, &ctx.outcome.staffing);
    let mut out = csv_line(&["Minimale formatie (fte)".into()]);
    let mut header = vec!["Jaar".to_owned()];
    header.extend(parts.columns.iter().map(|c| c.label.clone()));
    header.extend([
        "Totaal".into(),
        format!("Volume bij {} (mln)", data.organisation),
        "Herkomst".into(),
        "Gepubliceerd totaal".into(),
    ]);
    out.push_str(&csv_line(&header));
    for (y, staffing) in ctx.outcome.staffing.iter().enumerate() {
        let mut row = vec![staffing.year.to_string()];
        row.extend(
            parts
                .rounded(y, 2)
                .iter()
                .map(|v| v.map(|v| number_ascii(v, 2)).unwrap_or_default()),
        );
        row.push(number_ascii(staffing.total_fte, 2));
        row.push(number_ascii(staffing.volume_total_mln, 1));
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

pub fn csv_ranking(data: &DataSet, ranking: &Ranking) -> String {
    let mut out = csv_line(&["Rangorde".into()]);
    match ranking {
        Ranking::NoWeights | Ranking::AllHidden(_) => out.push_str(&csv_line(&[ranking
            .absent_reason()
            .unwrap_or_default()
            .to_owned()])),
        Ranking::Ranked(r) => {
            let mut header = vec!["Plaats".to_owned(), "Scenario".into(), "Score".into()];
            header.extend(data.criteria.iter().zip(&r.weight_shares).map(|(c, s)| {
                let mark = if c.added { ", eigen criterium" } else { "" };
                format!("{} ({}{mark})", c.name, percent_whole(*s))
            }));
            out.push_str(&csv_line(&header));
            for e in &r.entries {
                let scenario = &data.scenarios[e.scenario];
                let mark = if scenario.added {
                    " (eigen scenario)"
                } else {
                    ""
                };
                let mut row = vec![
                    e.rank.to_string(),
                    format!("{}{mark}", scenario.label()),
                    number_ascii(e.total, 4),
                ];
                row.extend(e.contributions.iter().map(|v| number_ascii(*v, 4)));
                out.push_str(&csv_line(&row));
            }
        }
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
