//! Two sets side by side, as text and as CSV.

use rust_decimal::Decimal;

use super::columns::pad;
use crate::format::{number, number_ascii, whole_ascii};
use crate::model::DataSet;
use crate::model::compare::Comparison;
use crate::model::scenario_costs::{CostComparison, CostPair, CostSide};

/// Two sets side by side, as text.
pub fn comparison_text(data: &DataSet, c: &crate::model::compare::Comparison) -> String {
    let mut out = format!(
        "Vergelijking: A = {} · B = {}\nGegevens: {}\n\nFORMATIE (fte): A | B | verschil B − A\n",
        c.name_a, c.name_b, data.name
    );
    let width = c.rows.iter().map(|r| r.chars().count()).max().unwrap_or(10) + 2;
    for (y, year) in data.years.iter().enumerate() {
        out.push_str(&format!("{year}\n"));
        for (r, label) in c.rows.iter().enumerate() {
            let (a, b) = c.cells[y][r];
            let show = |v: Option<Decimal>| v.map(|v| number(v, 2)).unwrap_or_else(|| "–".into());
            let diff = match (a, b) {
                (Some(a), Some(b)) => crate::format::fte_difference(b - a),
                _ => "–".into(),
            };
            out.push_str(&format!(
                "  {}{:>8} | {:>8} | {}\n",
                pad(label, width),
                show(a),
                show(b),
                diff
            ));
        }
    }
    out.push_str("\nRANGORDE\n");
    for (name, ranking, labels) in [
        (&c.name_a, &c.outcome_a.ranking, &c.labels_a),
        (&c.name_b, &c.outcome_b.ranking, &c.labels_b),
    ] {
        let order: Vec<String> = ranking
            .entries()
            .iter()
            .map(|e| {
                format!(
                    "{}. {} ({})",
                    e.rank,
                    labels[e.scenario],
                    number(e.total, 2)
                )
            })
            .collect();
        out.push_str(&format!(
            "  {name}: {}\n",
            if order.is_empty() {
                format!("geen ({})", ranking.absent_reason().unwrap_or_default())
            } else {
                order.join("; ")
            }
        ));
    }
    if let Some(costs) = &c.scenario_costs {
        out.push_str(&cost_text(c, costs));
    }
    out.push_str("\nVERSCHILLEN\n");
    for d in &c.differences {
        out.push_str(&format!("  - {d}\n"));
    }
    for (name, log) in [(&c.name_a, &c.log_a), (&c.name_b, &c.log_b)] {
        if !log.is_empty() {
            out.push_str(&format!("\nLOGBOEK {name}\n"));
            for line in log {
                out.push_str(&format!("  - {line}\n"));
            }
        }
    }
    out
}

/// Two sets side by side, as CSV for Dutch Excel.
pub fn comparison_csv(data: &DataSet, c: &crate::model::compare::Comparison) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&super::csv_line::csv_line(&[format!(
        "Vergelijking: A = {}; B = {}",
        c.name_a, c.name_b
    )]));
    out.push_str(&super::csv_line::csv_line(&[
        "Jaar".into(),
        "Rij".into(),
        "A".into(),
        "B".into(),
        "Verschil B - A".into(),
    ]));
    for (y, year) in data.years.iter().enumerate() {
        for (r, label) in c.rows.iter().enumerate() {
            let (a, b) = c.cells[y][r];
            let show = |v: Option<Decimal>| v.map(|v| number_ascii(v, 2)).unwrap_or_default();
            let diff = match (a, b) {
                (Some(a), Some(b)) => number_ascii(b - a, 2),
                _ => String::new(),
            };
            out.push_str(&super::csv_line::csv_line(&[
                year.to_string(),
                label.clone(),
                show(a),
                show(b),
                diff,
            ]));
        }
    }
    if let Some(costs) = &c.scenario_costs {
        out.push_str(&cost_csv(c, costs));
    }
    out.push_str("\r\n");
    out.push_str(&super::csv_line::csv_line(&["Verschillen".into()]));
    for d in &c.differences {
        out.push_str(&super::csv_line::csv_line(std::slice::from_ref(d)));
    }
    out
}

/// KOSTEN PER SCENARIO of both sets: per scenario the region's middle and
/// range in A and in B and the difference of the middles; then the inputs
/// of the cost per scenario that differ.
fn cost_text(c: &Comparison, costs: &CostComparison) -> String {
    let mut out = format!(
        "\nKOSTEN PER SCENARIO (regio, hele euro's; midden (laag – hoog)): A over {} | B over {} | verschil midden B − A\n",
        costs.horizon_a, costs.horizon_b
    );
    let width = costs
        .rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(10)
        + 2;
    let side_width = |side: fn(&CostPair) -> Option<&CostSide>| {
        costs
            .rows
            .iter()
            .map(|r| CostPair::side_words(side(r)).chars().count())
            .max()
            .unwrap_or(1)
    };
    let (width_a, width_b) = (side_width(|r| r.a.as_ref()), side_width(|r| r.b.as_ref()));
    for row in &costs.rows {
        out.push_str(&format!(
            "  {}{} | {} | {}\n",
            pad(&row.label, width),
            pad(&CostPair::side_words(row.a.as_ref()), width_a),
            pad(&CostPair::side_words(row.b.as_ref()), width_b),
            row.difference_words()
        ));
    }
    if !costs.inputs.is_empty() {
        out.push_str("  Invoer van de kosten per scenario die verschilt:\n");
        for (what, a, b) in &costs.inputs {
            out.push_str(&format!(
                "    - {what}: {b} in {}, {a} in {}\n",
                c.name_b, c.name_a
            ));
        }
    }
    out
}

/// The same as CSV rows: scenario, A laag/midden/hoog, B laag/midden/hoog,
/// the difference of the middles (empty where a side lacks it).
fn cost_csv(c: &Comparison, costs: &CostComparison) -> String {
    let line = super::csv_line::csv_line;
    let mut out = String::from("\r\n");
    out.push_str(&line(&[format!(
        "Kosten per scenario (regio, hele euro's): A = {} over {}; B = {} over {}",
        c.name_a, costs.horizon_a, c.name_b, costs.horizon_b
    )]));
    out.push_str(&line(
        &[
            "Scenario",
            "A laag",
            "A midden",
            "A hoog",
            "B laag",
            "B midden",
            "B hoog",
            "Verschil midden B - A",
        ]
        .map(String::from),
    ));
    let cells = |s: Option<&CostSide>| -> [String; 3] {
        match s {
            Some(s) => [s.low_eur, s.middle_eur, s.high_eur].map(whole_ascii),
            None => Default::default(),
        }
    };
    for row in &costs.rows {
        let mut fields = vec![row.label.clone()];
        fields.extend(cells(row.a.as_ref()));
        fields.extend(cells(row.b.as_ref()));
        fields.push(row.middle_difference().map(whole_ascii).unwrap_or_default());
        out.push_str(&line(&fields));
    }
    for (what, a, b) in &costs.inputs {
        out.push_str(&line(&[format!(
            "{what}: {b} in {}, {a} in {}",
            c.name_b, c.name_a
        )]));
    }
    out
}
