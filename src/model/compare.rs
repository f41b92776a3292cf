//! Two assumption sets side by side: staffing per year and category, the
//! rankings, and the differences in plain Dutch ("Toezicht en kwaliteit 2028:
//! +1,45 fte ten opzichte van Berenschot (rapport)").

use rust_decimal::Decimal;

use super::dataset::DataSet;
use super::inputs::{Combine, FitChoice, Inputs, Supervision};
use super::ranking::{Ranking, weight_shares};
use super::staffing::YearStaffing;
use super::{Outcome, compute};
use crate::format::{fte, fte_difference, money_mln, number_trimmed, percents_whole};

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

/// One input that differs between two sets: what, and its value in each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDifference {
    /// "Gewicht Onafhankelijk toezicht", "Volume Wmo overig 2028".
    pub subject: String,
    pub a: String,
    pub b: String,
}

impl InputDifference {
    /// "Gewicht Onafhankelijk toezicht 30 % (was 20 %)": `b` is the new value.
    pub fn as_change(&self) -> String {
        format!("{} {} (was {})", self.subject, self.b, self.a)
    }
}

/// The inputs that differ between `a` and `b`, in words: weights (as
/// shares), choices, volumes, scores, the fit and the supervision block.
pub fn input_differences(data: &DataSet, a: &Inputs, b: &Inputs) -> Vec<InputDifference> {
    let mut out = Vec::new();
    let mut push = |subject: String, a: String, b: String| {
        out.push(InputDifference { subject, a, b });
    };
    // A weight as typed and as a share of the total: "2 (33 %)".
    let show = |w: &[Decimal], c: usize| {
        let share = weight_shares(w)
            .map(|s| percents_whole(&s)[c].clone())
            .unwrap_or_else(|| "–".into());
        format!("{} ({share})", number_trimmed(w[c], 4))
    };
    for (c, criterion) in data.criteria.iter().enumerate() {
        if a.weights[c] != b.weights[c] {
            push(
                format!("Gewicht {}", criterion.name),
                show(&a.weights, c),
                show(&b.weights, c),
            );
        }
    }
    for (c, choice) in data.choices.iter().enumerate() {
        if a.selection[c] != b.selection[c] {
            push(
                choice.label.clone(),
                choice.options[a.selection[c]].label.clone(),
                choice.options[b.selection[c]].label.clone(),
            );
        }
    }
    for (s, segment) in data.segments.iter().enumerate() {
        for (y, year) in data.years.iter().enumerate() {
            let (va, vb) = (a.volumes_mln[s][y], b.volumes_mln[s][y]);
            if va != vb {
                push(
                    format!("Volume {} {year}", segment.short_name),
                    money_mln(va),
                    money_mln(vb),
                );
            }
        }
    }
    for (s, scenario) in data.scenarios.iter().enumerate() {
        for (c, criterion) in data.criteria.iter().enumerate() {
            let level = |i: &Inputs| i.score_overrides[s][c].unwrap_or(data.scores[s][c].level);
            if level(a) != level(b) {
                push(
                    format!("Score {} op '{}'", scenario.label(), criterion.name),
                    data.scale.levels[level(a)].label.clone(),
                    data.scale.levels[level(b)].label.clone(),
                );
            }
        }
    }
    if a.fit != b.fit {
        let word = |fit: FitChoice| match fit {
            FitChoice::Corrected => "gecorrigeerd voor de vermoedelijke drukfout".to_owned(),
            FitChoice::AllCells => "alle cellen zoals gedrukt".to_owned(),
        };
        push(
            "Afleiding van de verhoudingen".into(),
            word(a.fit),
            word(b.fit),
        );
    }
    if a.supervision != b.supervision {
        push(
            data.supervision_block
                .as_ref()
                .map_or("Toezicht", |b| b.label.as_str())
                .to_owned(),
            supervision_summary(&a.supervision),
            supervision_summary(&b.supervision),
        );
    }
    out
}
