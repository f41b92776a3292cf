//! The report as CSV for Dutch Excel: UTF-8 with BOM, `;` between fields,
//! decimal comma, numbers as numbers. A header block states every
//! assumption. Text that Excel would read as a formula is neutralised.

use rust_decimal::Decimal;

use super::ReportContext;
use super::assumptions::{assumption_lines, warnings};
use crate::format::{number_ascii, percent_whole};
use crate::model::DataSet;
use crate::model::breakdown::breakdown;
use crate::model::explain;
use crate::model::ranking::Ranking;
use crate::model::robustness::Robustness;
use crate::model::source_check::{Column, SourceCheck, Status, Table};
use crate::model::staffing::Provenance;

/// Whether `text` is a number as this module writes it (`-0,12`, `12`):
/// such a field stays a number in Excel.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (integer, fraction) = digits.split_once(',').unwrap_or((digits, "0"));
    !integer.is_empty()
        && !fraction.is_empty()
        && integer.chars().all(|c| c.is_ascii_digit())
        && fraction.chars().all(|c| c.is_ascii_digit())
}

/// One CSV field: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading apostrophe so that Excel shows it instead of
/// running it (OWASP CSV injection), unless it is one of our numbers; quoted
/// when it holds a separator, quote or line break.
pub fn field(text: &str) -> String {
    let dangerous = text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(text);
    let text = if dangerous {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub fn csv_line(fields: &[String]) -> String {
    let mut s = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    s.push_str("\r\n");
    s
}

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
    for (s, row) in ctx.inputs.score_overrides.iter().enumerate() {
        for (c, change) in row.iter().enumerate() {
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

/// The variant a cell belongs to ("Toezicht op Buurtkracht: Anders
/// georganiseerd"), or empty when the row gives one figure.
pub(super) fn variant_label(
    data: &DataSet,
    table: Table,
    row: usize,
    column: Column,
    variant: usize,
) -> String {
    if table != Table::Staffing {
        return String::new();
    }
    let r = &data.staffing_table.rows[row];
    let Some((choice, options)) = &r.variants else {
        return String::new();
    };
    let split = match column {
        Column::Category(c) => r.cells[c].values.len() > 1,
        Column::Total => r.total.values.len() > 1,
        _ => false,
    };
    if !split {
        return String::new();
    }
    let choice = &data.choices[*choice];
    format!(
        "{}: {}",
        choice.label, choice.options[options[variant]].label
    )
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
    out.push_str(&csv_line(&[
        "Tabel".into(),
        "Rij".into(),
        "Kolom".into(),
        "Variant".into(),
        "Gepubliceerd".into(),
        "Berekend".into(),
        "Verschil".into(),
        "Status".into(),
        "Toelichting".into(),
    ]));
    for item in &check.items {
        let (table, row) = match item.table {
            Table::Volume => (
                explain::table_number(&data.volume_table.title).to_owned(),
                data.volume_table.rows[item.cell.row].situation.clone(),
            ),
            Table::Staffing => (
                explain::table_number(&data.staffing_table.title).to_owned(),
                data.staffing_table.rows[item.cell.row].period.clone(),
            ),
        };
        let show = |v: Option<Decimal>| v.map(|v| number_ascii(v, 4)).unwrap_or_default();
        out.push_str(&csv_line(&[
            table,
            row,
            explain::column_label(data, item.table, item.cell.column),
            variant_label(
                data,
                item.table,
                item.cell.row,
                item.cell.column,
                item.cell.variant,
            ),
            show(item.published),
            show(item.computed),
            show(item.difference()),
            explain::status_word(item.status).into(),
            if matches!(item.status, Status::Discrepancy | Status::SuspectedMisprint) {
                explain::check_item_line(data, item)
            } else {
                String::new()
            },
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
