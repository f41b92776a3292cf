//! Two sets side by side, as text and as CSV.

use rust_decimal::Decimal;

use super::columns::pad;
use crate::format::{number, number_ascii};
use crate::model::DataSet;

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
    out.push_str("\r\n");
    out.push_str(&super::csv_line::csv_line(&["Verschillen".into()]));
    for d in &c.differences {
        out.push_str(&super::csv_line::csv_line(std::slice::from_ref(d)));
    }
    out
}
