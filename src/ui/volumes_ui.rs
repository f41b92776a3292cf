//! Planning volumes per segment per year (EUR mln), editable; a refused
//! entry keeps the last valid value and says why under the grid.

use super::actions::{Actions, Change};
use super::number_field::{number_field_ui, refusal_ui};
use crate::format::{money_mln, number_trimmed};
use crate::numbers::VOLUME_MLN;
use crate::present::view_model::ViewModel;

pub fn volumes_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let ViewModel { data, inputs, .. } = view;
    let changed = data
        .segments
        .iter()
        .zip(&inputs.volumes_mln)
        .any(|(s, v)| *v != s.planning_volume_mln);
    ui.horizontal(|ui| {
        ui.label("Bedragen in € mln per jaar; de fte volgen.");
        if changed && ui.button("Terug naar rapport").clicked() {
            out.change(Change::ResetVolumes);
        }
    });
    let mut refusals = Vec::new();
    egui::Grid::new("volumes")
        .striped(true)
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for year in &data.years {
                ui.label(egui::RichText::new(year.to_string()).strong());
            }
            ui.end_row();
            for (s, segment) in data.segments.iter().enumerate() {
                ui.label(&segment.short_name).on_hover_text(format!(
                    "{}\nRapport: {} ({})",
                    segment.name,
                    money_mln(segment.report_volume_mln),
                    segment.derivation
                ));
                for (y, year) in data.years.iter().enumerate() {
                    let value = inputs.volumes_mln[s][y];
                    let current = number_trimmed(value, 4);
                    let name = format!("Volume {} {year}", segment.short_name);
                    let answer = number_field_ui(
                        ui,
                        ("volume", s, y),
                        &current,
                        &VOLUME_MLN,
                        52.0,
                        &name,
                        |typed, refusal| {
                            format!(
                                "{} {year}: '{typed}' geweigerd – {refusal}. De vorige waarde ({}) blijft staan.",
                                segment.short_name,
                                money_mln(value)
                            )
                        },
                    );
                    if let Some(volume_mln) = answer.committed {
                        out.change(Change::Volume {
                            segment: s,
                            year: y,
                            volume_mln,
                        });
                    }
                    refusals.extend(answer.refusal);
                }
                ui.end_row();
            }
        });
    for refusal in refusals {
        refusal_ui(ui, &refusal);
    }
}
