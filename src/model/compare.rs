//! Two assumption sets side by side: staffing per year and category, the
//! rankings, and the differences in plain Dutch ("Toezicht en kwaliteit 2028:
//! +1,45 fte ten opzichte van Berenschot (rapport)").

use rust_decimal::Decimal;

use super::dataset::DataSet;
use super::inputs::Inputs;
use super::own::extended;
use super::ranking::Ranking;
use super::scenario_costs::{
    CostComparison, cost_comparison, cost_per_scenario_differences, horizon_costs,
};
use super::staffing::YearStaffing;
use super::{Outcome, compute};
use crate::format::{fte, fte_difference};

pub use super::compare_inputs::{InputDifference, input_differences, supervision_summary};

/// Differences smaller than this are not listed (half a hundredth of an fte).
const NOTICEABLE_FTE: Decimal = Decimal::from_parts(5, 0, 0, false, 3);

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub name_a: String,
    pub name_b: String,
    pub outcome_a: Outcome,
    pub outcome_b: Outcome,
    /// Row labels: the categories outside the supervision block, then the
    /// block (if the data has one), then the total.
    pub rows: Vec<String>,
    /// `cells[year][row] = (a, b)`; `None` where a figure does not exist.
    pub cells: Vec<Vec<(Option<Decimal>, Option<Decimal>)>>,
    pub differences: Vec<String>,
    /// Scenario labels of each side (each may add its own scenarios), by
    /// the scenario indices of its outcome.
    pub labels_a: Vec<String>,
    pub labels_b: Vec<String>,
    /// Each side's log: who changed what, when and why.
    pub log_a: Vec<String>,
    pub log_b: Vec<String>,
    /// The cost per scenario of both sets, when either counts the cost
    /// profile in euros.
    pub scenario_costs: Option<CostComparison>,
}

/// What a category counts in a year: the volume rule, or its tasks when
/// they count instead.
fn counted_category(staffing: &YearStaffing, c: usize) -> Option<Decimal> {
    staffing
        .tasks
        .iter()
        .find(|t| t.category == c && t.used)
        .and_then(|t| t.figure.fte)
        .or(staffing.categories[c].fte)
}

/// The figures of one year as rows: categories outside the block (tasks
/// where they count), the block as counted (roles or volume rule), growth
/// and inhuur together, the total.
fn year_rows(data: &DataSet, staffing: &YearStaffing) -> Vec<Option<Decimal>> {
    let block = data.supervision_block.as_ref();
    let in_block = |c: usize| block.is_some_and(|b| b.categories.contains(&c));
    let mut rows: Vec<Option<Decimal>> = staffing
        .categories
        .iter()
        .filter(|c| !in_block(c.category))
        .map(|c| counted_category(staffing, c.category))
        .collect();
    if let Some(block) = block {
        let value = match &staffing.roles {
            Some(r) if r.roles_used => Some(r.roles_total),
            _ => {
                let parts: Vec<Decimal> = block
                    .categories
                    .iter()
                    .filter_map(|&c| counted_category(staffing, c))
                    .collect();
                (!parts.is_empty()).then(|| parts.iter().copied().sum())
            }
        };
        rows.push(value);
    }
    let extras: Decimal = staffing.extras.iter().map(|e| e.fte).sum();
    rows.push((!staffing.extras.is_empty()).then_some(extras));
    rows.push(Some(staffing.total_fte));
    rows
}

pub fn row_labels(data: &DataSet) -> Vec<String> {
    let block = data.supervision_block.as_ref();
    let mut labels: Vec<String> = data
        .categories
        .iter()
        .enumerate()
        .filter(|(c, _)| !block.is_some_and(|b| b.categories.contains(c)))
        .map(|(_, c)| c.name.clone())
        .collect();
    if let Some(block) = block {
        labels.push(block.label.clone());
    }
    labels.push("Groei en inhuur (eigen toevoegingen)".into());
    labels.push("Totaal".into());
    labels
}

/// Two sets side by side. `data` is the data set as loaded; each side adds
/// its own scenarios and criteria.
pub fn compare(data: &DataSet, name_a: &str, a: &Inputs, name_b: &str, b: &Inputs) -> Comparison {
    let (data_a, data_b) = (extended(data, a), extended(data, b));
    let outcome_a = compute(&data_a, a);
    let outcome_b = compute(&data_b, b);
    let rows = row_labels(data);
    let cells: Vec<Vec<(Option<Decimal>, Option<Decimal>)>> = outcome_a
        .staffing
        .iter()
        .zip(&outcome_b.staffing)
        .map(|(ya, yb)| {
            year_rows(data, ya)
                .into_iter()
                .zip(year_rows(data, yb))
                .collect()
        })
        .collect();

    let mut differences = staffing_differences(data, &rows, &cells, (name_a, name_b));
    differences.push(ranking_difference(
        (&outcome_a.ranking, &data_a),
        (&outcome_b.ranking, &data_b),
        (name_a, name_b),
    ));
    let sides = Sides {
        names: (name_a, name_b),
        data: (&data_a, &data_b),
        inputs: (a, b),
        outcomes: (&outcome_a, &outcome_b),
    };
    let (cost_sentences, scenario_costs) = cost_sides(&sides);
    differences.extend(cost_sentences);
    // Inputs.
    differences.extend(
        input_differences(data, a, b)
            .into_iter()
            .map(|d| format!("{}: {} in {name_b}, {} in {name_a}", d.subject, d.b, d.a)),
    );
    Comparison {
        name_a: name_a.to_owned(),
        name_b: name_b.to_owned(),
        outcome_a,
        outcome_b,
        rows,
        cells,
        differences,
        labels_a: data_a.scenarios.iter().map(|s| s.label()).collect(),
        labels_b: data_b.scenarios.iter().map(|s| s.label()).collect(),
        log_a: a.log.iter().map(|e| e.line()).collect(),
        log_b: b.log.iter().map(|e| e.line()).collect(),
        scenario_costs,
    }
}

/// Per staffing row and year: a difference of at least [`NOTICEABLE_FTE`],
/// or a figure only one set has apart.
fn staffing_differences(
    data: &DataSet,
    rows: &[String],
    cells: &[Vec<(Option<Decimal>, Option<Decimal>)>],
    (name_a, name_b): (&str, &str),
) -> Vec<String> {
    let mut differences = Vec::new();
    for (row_index, label) in rows.iter().enumerate() {
        for (y, year) in data.years.iter().enumerate() {
            match cells[y][row_index] {
                (Some(va), Some(vb)) if (vb - va).abs() >= NOTICEABLE_FTE => {
                    differences.push(format!(
                        "{label} {year}: {} ten opzichte van {name_a} ({} tegen {})",
                        fte_difference(vb - va),
                        fte(vb),
                        fte(va)
                    ))
                }
                (None, Some(vb)) => differences.push(format!(
                    "{label} {year}: {} in {name_b}, niet apart in {name_a}",
                    fte(vb)
                )),
                (Some(va), None) => differences.push(format!(
                    "{label} {year}: {} in {name_a}, niet apart in {name_b}",
                    fte(va)
                )),
                _ => {}
            }
        }
    }
    differences
}

/// Whether the rankings agree (scenarios by id), or differ in the first
/// place, or only after it.
fn ranking_difference(
    (ranking_a, data_a): (&Ranking, &DataSet),
    (ranking_b, data_b): (&Ranking, &DataSet),
    (name_a, name_b): (&str, &str),
) -> String {
    let first = |r: &Ranking, side: &DataSet| {
        r.entries()
            .first()
            .map(|e| side.scenarios[e.scenario].label())
            .unwrap_or_else(|| {
                r.absent_reason().map_or("geen".into(), |why| {
                    format!("geen ({})", why.trim_end_matches('.'))
                })
            })
    };
    let order = |r: &Ranking, side: &DataSet| {
        r.entries()
            .iter()
            .map(|e| side.scenarios[e.scenario].id.clone())
            .collect::<Vec<_>>()
    };
    let (first_a, first_b) = (first(ranking_a, data_a), first(ranking_b, data_b));
    if order(ranking_a, data_a) == order(ranking_b, data_b) {
        "Rangorde van de scenario's: gelijk in beide sets".into()
    } else if first_a != first_b {
        format!("Eerste plaats: {first_b} in {name_b}, {first_a} in {name_a}")
    } else {
        format!("Rangorde: zelfde eerste plaats ({first_a}), andere volgorde daarna")
    }
}

/// The two sides of a comparison: (A, B) each.
struct Sides<'a> {
    names: (&'a str, &'a str),
    data: (&'a DataSet, &'a DataSet),
    inputs: (&'a Inputs, &'a Inputs),
    outcomes: (&'a Outcome, &'a Outcome),
}

/// The costs of both sides: what each participant pays more or less, the
/// cost per scenario over the horizon in sentences (its ranges only: the
/// comparison draws nothing), and the cost per scenario as a table with
/// the inputs of it that differ.
fn cost_sides(sides: &Sides) -> (Vec<String>, Option<CostComparison>) {
    let (name_a, name_b) = sides.names;
    let (data_a, data_b) = sides.data;
    let (a, b) = sides.inputs;
    let (costs_a, costs_b) = (&sides.outcomes.0.costs, &sides.outcomes.1.costs);
    let mut sentences = Vec::new();
    if let (Some(ca), Some(cb)) = (costs_a, costs_b) {
        sentences.extend(super::costs::words::cost_differences(
            name_a, ca, name_b, cb,
        ));
    }
    let ha = costs_a
        .as_ref()
        .and_then(|c| horizon_costs(data_a, a, c, 0));
    let hb = costs_b
        .as_ref()
        .and_then(|c| horizon_costs(data_b, b, c, 0));
    if let (Some(ha), Some(hb)) = (&ha, &hb) {
        sentences.extend(cost_per_scenario_differences(name_a, ha, name_b, hb));
    }
    let inputs =
        super::costs::component_words::input_differences(data_a, &a.costs, data_b, &b.costs);
    let table = cost_comparison(ha.as_ref(), hb.as_ref(), inputs);
    (sentences, table)
}
