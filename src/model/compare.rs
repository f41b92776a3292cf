//! Two assumption sets side by side: staffing per year and category, the
//! rankings, and the differences in plain Dutch ("Toezicht en kwaliteit 2028:
//! +1,45 fte ten opzichte van Berenschot (rapport)").

use rust_decimal::Decimal;

use super::dataset::DataSet;
use super::inputs::{Combine, Inputs, Supervision};
use super::ranking::{Ranking, weight_shares};
use super::staffing::YearStaffing;
use super::{Outcome, compute};
use crate::format::{fte, fte_difference, money_mln, percent_whole};

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
}

/// The figures of one year as rows: categories outside the block, the block
/// as counted (roles or volume rule), the total.
fn year_rows(data: &DataSet, staffing: &YearStaffing) -> Vec<Option<Decimal>> {
    let block = data.supervision_block.as_ref();
    let in_block = |c: usize| block.is_some_and(|b| b.categories.contains(&c));
    let mut rows: Vec<Option<Decimal>> = staffing
        .categories
        .iter()
        .filter(|c| !in_block(c.category))
        .map(|c| c.fte)
        .collect();
    if let Some(block) = block {
        let value = match &staffing.roles {
            Some(r) if r.roles_used => Some(r.roles_total),
            _ => {
                let parts: Vec<Decimal> = block
                    .categories
                    .iter()
                    .filter_map(|&c| staffing.categories[c].fte)
                    .collect();
                (!parts.is_empty()).then(|| parts.iter().copied().sum())
            }
        };
        rows.push(value);
    }
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
    labels.push("Totaal".into());
    labels
}

pub fn compare(data: &DataSet, name_a: &str, a: &Inputs, name_b: &str, b: &Inputs) -> Comparison {
    let outcome_a = compute(data, a);
    let outcome_b = compute(data, b);
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

    let mut differences = Vec::new();
    // Staffing, per row and year.
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
    // Ranking.
    let label_of = |r: &Ranking, i: usize| {
        r.entries()
            .get(i)
            .map(|e| data.scenarios[e.scenario].label())
            .unwrap_or_else(|| "geen (alle gewichten 0)".into())
    };
    let order = |r: &Ranking| r.entries().iter().map(|e| e.scenario).collect::<Vec<_>>();
    if order(&outcome_a.ranking) == order(&outcome_b.ranking) {
        differences.push("Rangorde van de scenario's: gelijk in beide sets".into());
    } else if label_of(&outcome_a.ranking, 0) != label_of(&outcome_b.ranking, 0) {
        differences.push(format!(
            "Eerste plaats: {} in {name_b}, {} in {name_a}",
            label_of(&outcome_b.ranking, 0),
            label_of(&outcome_a.ranking, 0)
        ));
    } else {
        differences.push(format!(
            "Rangorde: zelfde eerste plaats ({}), andere volgorde daarna",
            label_of(&outcome_a.ranking, 0)
        ));
    }
    // Inputs.
    let shares = |w: &[Decimal]| weight_shares(w);
    if shares(&a.weights) != shares(&b.weights) {
        for (c, criterion) in data.criteria.iter().enumerate() {
            let pa = shares(&a.weights)
                .map(|s| percent_whole(s[c]))
                .unwrap_or_else(|| "–".into());
            let pb = shares(&b.weights)
                .map(|s| percent_whole(s[c]))
                .unwrap_or_else(|| "–".into());
            if pa != pb {
                differences.push(format!(
                    "Gewicht {}: {pb} in {name_b}, {pa} in {name_a}",
                    criterion.name
                ));
            }
        }
    }
    for (c, choice) in data.choices.iter().enumerate() {
        if a.selection[c] != b.selection[c] {
            differences.push(format!(
                "{}: {} in {name_b}, {} in {name_a}",
                choice.label,
                choice.options[b.selection[c]].label,
                choice.options[a.selection[c]].label
            ));
        }
    }
    for (s, segment) in data.segments.iter().enumerate() {
        for (y, year) in data.years.iter().enumerate() {
            let (va, vb) = (a.volumes_mln[s][y], b.volumes_mln[s][y]);
            if va != vb {
                differences.push(format!(
                    "Volume {} {year}: {} in {name_b}, {} in {name_a}",
                    segment.short_name,
                    money_mln(vb),
                    money_mln(va)
                ));
            }
        }
    }
    for (s, scenario) in data.scenarios.iter().enumerate() {
        for (c, criterion) in data.criteria.iter().enumerate() {
            let level = |i: &Inputs| i.score_overrides[s][c].unwrap_or(data.scores[s][c].level);
            if level(a) != level(b) {
                differences.push(format!(
                    "Score {} op '{}': {} in {name_b}, {} in {name_a}",
                    scenario.label(),
                    criterion.name,
                    data.scale.levels[level(b)].label,
                    data.scale.levels[level(a)].label
                ));
            }
        }
    }
    if a.supervision != b.supervision {
        differences.push(format!(
            "{}: {} in {name_b}; {} in {name_a}",
            data.supervision_block
                .as_ref()
                .map_or("Toezicht", |b| b.label.as_str()),
            supervision_summary(&b.supervision),
            supervision_summary(&a.supervision)
        ));
    }
    Comparison {
        name_a: name_a.to_owned(),
        name_b: name_b.to_owned(),
        outcome_a,
        outcome_b,
        rows,
        cells,
        differences,
    }
}

/// "volumeregel" or "rollen 5,80 fte (het grootste telt)".
pub fn supervision_summary(supervision: &Supervision) -> String {
    match supervision {
        Supervision::VolumeRule => "volumeregel van het rapport".into(),
        Supervision::Roles(r) => format!(
            "{} rollen, samen {} ({})",
            r.roles.len(),
            fte(r.total_fte()),
            match r.combine {
                Combine::Replace => "vervangen de volumeregel",
                Combine::Larger => "het grootste van rollen en volumeregel telt",
            }
        ),
    }
}
