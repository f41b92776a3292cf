//! Two assumption sets side by side: staffing per year with differences,
//! both rankings, the cost per scenario of each, and the differences in
//! plain Dutch.

use super::actions::{Actions, Command};
use crate::format::{fte_difference, number};
use crate::model::compare::Comparison;
use crate::model::scenario_costs::{CostComparison, CostPair};
use crate::present::view_model::ViewModel;

/// One year of one row: "a | b", the difference under it, and what a
/// screen reader reads.
struct PairCell {
    text: String,
    difference: Option<String>,
    name: String,
}

pub fn compare_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let Some(compare) = &view.comparison else {
        return;
    };
    let data = &view.data;
    let (choices, comparison) = (&compare.choices, &compare.comparison);
    let (a, b) = compare.sides;
    ui.horizontal(|ui| {
        ui.heading("Vergelijken");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Vergelijken sluiten")
                .on_hover_text("Esc")
                .clicked()
            {
                out.command(Command::ToggleCompare);
            }
        });
    });
    // The two pickers share the row; a long set name is shortened in its
    // box and read in full on hover.
    ui.horizontal(|ui| {
        let label_width = super::style::text_width(ui, egui::RichText::new("A").strong());
        let spacing = ui.spacing().item_spacing.x;
        let width = (ui.available_width() - 2.0 * label_width - 4.0 * spacing) / 2.0 - 24.0;
        for (label, selected, side) in [("A", a, 0), ("B", b, 1)] {
            ui.label(egui::RichText::new(label).strong());
            egui::ComboBox::from_id_salt(("compare", side))
                .selected_text(&choices[selected])
                .width(width.max(120.0))
                .truncate()
                .show_ui(ui, |ui| {
                    for (i, name) in choices.iter().enumerate() {
                        if super::a11y::option_label(ui, i == selected, name).clicked()
                            && i != selected
                        {
                            out.command(Command::CompareWith { side, choice: i });
                        }
                    }
                })
                .response
                .on_hover_text(format!("Set {label}: {}", choices[selected]));
        }
    });
    ui.label(egui::RichText::new("Verschil = B − A").small().weak());
    ui.add_space(4.0);
    let cells = comparison_cells(comparison, &data.years);
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::layout::follow_focus(ui, |ui| {
            if grid_fits(ui, comparison, &cells) {
                staffing_grid_ui(ui, comparison, &data.years, &cells);
            } else {
                staffing_stacked_ui(ui, comparison, &data.years, &cells);
            }
            ui.add_space(8.0);
            rankings_ui(ui, comparison);
            if let Some(costs) = &comparison.scenario_costs {
                scenario_costs_ui(ui, costs);
            }
            ui.add_space(8.0);
            differences_and_logs_ui(ui, comparison);
        })
    });
}

/// Each side's ranking, in two columns (each side may add scenarios of its
/// own: its own labels).
fn rankings_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    ui.columns(2, |columns| {
        // Each side may add scenarios of its own: its own labels.
        let sides = [
            (
                &comparison.name_a,
                &comparison.outcome_a.ranking,
                &comparison.labels_a,
            ),
            (
                &comparison.name_b,
                &comparison.outcome_b.ranking,
                &comparison.labels_b,
            ),
        ];
        for (ui, (name, ranking, labels)) in columns.iter_mut().zip(sides) {
            ui.add(
                egui::Label::new(egui::RichText::new(format!("Rangorde – {name}")).strong()).wrap(),
            );
            if let Some(why) = ranking.absent_reason() {
                ui.add(egui::Label::new(why).wrap());
            }
            for e in ranking.entries() {
                ui.add(
                    egui::Label::new(format!(
                        "{}. {} ({})",
                        e.rank,
                        labels[e.scenario],
                        number(e.total, 2)
                    ))
                    .wrap(),
                );
            }
        }
    });
}

/// The differences in words, and each side's log.
fn differences_and_logs_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    ui.label(egui::RichText::new("Verschillen").strong());
    for d in &comparison.differences {
        ui.add(egui::Label::new(format!("• {d}")).wrap());
    }
    // Salted by side, not by name: two sets may have the same name.
    for (side, (name, log)) in [
        (&comparison.name_a, &comparison.log_a),
        (&comparison.name_b, &comparison.log_b),
    ]
    .into_iter()
    .enumerate()
    {
        if log.is_empty() {
            continue;
        }
        super::a11y::expandable(
            &egui::CollapsingHeader::new(format!("Logboek – {name} ({} stappen)", log.len()))
                .id_salt(("compare_log", side))
                .show(ui, |ui| {
                    for line in log.iter().rev() {
                        ui.add(egui::Label::new(format!("• {line}")).wrap());
                    }
                }),
        );
    }
}

/// The cost per scenario of both sets: per scenario the region's middle
/// and range in A and B and the difference of the middles.
fn scenario_costs_ui(ui: &mut egui::Ui, costs: &CostComparison) {
    ui.add_space(8.0);
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!(
                "Kosten per scenario (regio, midden en bandbreedte): A over {}, B over {}",
                costs.horizon_a, costs.horizon_b
            ))
            .strong(),
        )
        .wrap(),
    );
    for row in &costs.rows {
        ui.add(
            egui::Label::new(format!(
                "• {}: A {} · B {} · verschil {}",
                row.label,
                CostPair::side_words(row.a.as_ref()),
                CostPair::side_words(row.b.as_ref()),
                row.difference_words()
            ))
            .wrap(),
        );
    }
}

/// `cells[row][year]`, as shown.
fn comparison_cells(comparison: &Comparison, years: &[u16]) -> Vec<Vec<PairCell>> {
    let show =
        |v: Option<rust_decimal::Decimal>| v.map(|v| number(v, 2)).unwrap_or_else(|| "–".into());
    comparison
        .rows
        .iter()
        .enumerate()
        .map(|(r, label)| {
            years
                .iter()
                .enumerate()
                .map(|(y, year)| {
                    let (va, vb) = comparison.cells[y][r];
                    let difference = match (va, vb) {
                        (Some(x), Some(y)) if x != y => Some(fte_difference(y - x)),
                        _ => None,
                    };
                    let text = format!("{} | {}", show(va), show(vb));
                    let name = match &difference {
                        Some(d) => format!("{label} {year}: {text} ({d})"),
                        None => format!("{label} {year}: {text}"),
                    };
                    PairCell {
                        text,
                        difference,
                        name,
                    }
                })
                .collect()
        })
        .collect()
}

/// Whether the table with a column per year fits the view's width (at
/// 150 % text on a laptop it does not: the years go under each row).
fn grid_fits(ui: &egui::Ui, comparison: &Comparison, cells: &[Vec<PairCell>]) -> bool {
    let strong = |t: &str| super::style::text_width(ui, egui::RichText::new(t).strong());
    let label_width = comparison
        .rows
        .iter()
        .map(|l| strong(l))
        .fold(0.0_f32, f32::max);
    let columns = cells.first().map_or(0, Vec::len);
    let column_width = (0..columns)
        .map(|y| {
            cells
                .iter()
                .map(|row| super::style::text_width(ui, egui::RichText::new(&row[y].text)))
                .fold(0.0_f32, f32::max)
        })
        .sum::<f32>();
    label_width + column_width + GRID_SPACING_PT * columns as f32 + 8.0 <= ui.available_width()
}

const GRID_SPACING_PT: f32 = 14.0;

/// A pair and its difference, each on one line: a number is never split
/// ("21,\n29" in a grid column laid out narrow by an earlier frame).
fn pair_ui(ui: &mut egui::Ui, cell: &PairCell) {
    ui.vertical(|ui| {
        ui.add(egui::Label::new(&cell.text).extend())
            .accessible_name(&cell.name);
        if let Some(d) = &cell.difference {
            ui.add(egui::Label::new(egui::RichText::new(d).small()).extend());
        }
    });
}

/// Staffing per year: a row per category, a column per year.
fn staffing_grid_ui(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    years: &[u16],
    cells: &[Vec<PairCell>],
) {
    egui::Grid::new("comparison")
        .striped(true)
        .spacing([GRID_SPACING_PT, 3.0])
        .show(ui, |ui| {
            ui.label("");
            for year in years {
                ui.label(egui::RichText::new(year.to_string()).strong());
            }
            ui.end_row();
            for (label, row) in comparison.rows.iter().zip(cells) {
                ui.label(egui::RichText::new(label).strong());
                // The difference under the pair, so four years fit a
                // laptop beside the side panel.
                for cell in row {
                    pair_ui(ui, cell);
                }
                ui.end_row();
            }
        });
}

/// Staffing per year when the columns do not fit: each category, then its
/// years side by side as far as they fit (never cut at the edge).
fn staffing_stacked_ui(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    years: &[u16],
    cells: &[Vec<PairCell>],
) {
    for (label, row) in comparison.rows.iter().zip(cells) {
        ui.add(egui::Label::new(egui::RichText::new(label).strong()).wrap());
        ui.horizontal_wrapped(|ui| {
            for (year, cell) in years.iter().zip(row) {
                ui.vertical(|ui| {
                    ui.label(egui::RichText::new(year.to_string()).small().weak());
                    pair_ui(ui, cell);
                });
                ui.add_space(GRID_SPACING_PT);
            }
        });
        ui.add_space(4.0);
    }
}
