//! Two assumption sets side by side: staffing per year with differences,
//! both rankings, and the differences in plain Dutch.

use super::actions::{Actions, Command};
use super::view_model::ViewModel;
use crate::format::{fte_difference, number};

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
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::layout::follow_focus(ui, |ui| {
            egui::Grid::new("comparison")
                .striped(true)
                .spacing([14.0, 3.0])
                .show(ui, |ui| {
                    ui.label("");
                    for year in &data.years {
                        ui.label(egui::RichText::new(year.to_string()).strong());
                    }
                    ui.end_row();
                    for (r, label) in comparison.rows.iter().enumerate() {
                        ui.label(egui::RichText::new(label).strong());
                        for (y, year) in data.years.iter().enumerate() {
                            let (va, vb) = comparison.cells[y][r];
                            let show = |v: Option<rust_decimal::Decimal>| {
                                v.map(|v| number(v, 2)).unwrap_or_else(|| "–".into())
                            };
                            let diff = match (va, vb) {
                                (Some(x), Some(y)) if x != y => Some(fte_difference(y - x)),
                                _ => None,
                            };
                            let text = format!("{} | {}", show(va), show(vb));
                            let name = match &diff {
                                Some(d) => format!("{label} {year}: {text} ({d})"),
                                None => format!("{label} {year}: {text}"),
                            };
                            // The difference under the pair, so four years fit
                            // a laptop beside the side panel.
                            ui.vertical(|ui| {
                                ui.label(&text).accessible_name(name);
                                if let Some(d) = diff {
                                    ui.label(egui::RichText::new(d).small());
                                }
                            });
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(8.0);
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
                        egui::Label::new(
                            egui::RichText::new(format!("Rangorde – {name}")).strong(),
                        )
                        .wrap(),
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
            ui.add_space(8.0);
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
                    &egui::CollapsingHeader::new(format!(
                        "Logboek – {name} ({} stappen)",
                        log.len()
                    ))
                    .id_salt(("compare_log", side))
                    .show(ui, |ui| {
                        for line in log.iter().rev() {
                            ui.add(egui::Label::new(format!("• {line}")).wrap());
                        }
                    }),
                );
            }
        })
    });
}
