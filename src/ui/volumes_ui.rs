//! Planning volumes per segment per year (EUR mln), editable; a refused
//! entry keeps the last valid value and says why.

use rust_decimal::Decimal;

use super::change::Change;
use super::edit_buffers::{EditBuffers, number_field_ui};
use crate::format::{money_mln, number_trimmed, parse_user_number};
use crate::model::load::MAX_VOLUME_MLN;
use crate::model::{DataSet, Inputs};

pub fn volumes_ui(
    ui: &mut egui::Ui,
    data: &DataSet,
    inputs: &Inputs,
    buffers: &mut EditBuffers,
) -> Vec<Change> {
    let mut changes = Vec::new();
    let changed = data
        .segments
        .iter()
        .zip(&inputs.volumes_mln)
        .any(|(s, v)| *v != s.planning_volume_mln);
    ui.horizontal(|ui| {
        ui.label("Bedragen in € mln per jaar; de fte volgen.");
        if changed && ui.button("Terug naar rapport").clicked() {
            changes.push(Change::ResetVolumes);
        }
    });
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
                    let current = number_trimmed(value, 2);
                    let buffer = buffers.volumes.entry((s, y)).or_insert_with(|| current.clone());
                    let name = format!("Volume {} {year}", segment.short_name);
                    if let Some(typed) = number_field_ui(ui, buffer, &current, 52.0, &name) {
                        match validate_volume(&typed) {
                            Ok(volume_mln) => {
                                buffers.message = None;
                                changes.push(Change::Volume { segment: s, year: y, volume_mln });
                            }
                            Err(reason) => {
                                buffers.volumes.insert((s, y), current.clone());
                                buffers.message = Some(format!(
                                    "{} {year}: '{typed}' geweigerd – {reason}. De vorige waarde ({}) blijft staan.",
                                    segment.short_name,
                                    money_mln(value)
                                ));
                            }
                        }
                    }
                }
                ui.end_row();
            }
        });
    changes
}

/// A typed volume, or why it is refused.
pub fn validate_volume(typed: &str) -> Result<Decimal, &'static str> {
    match parse_user_number(typed) {
        None => Err("dat is geen bedrag (typ bijvoorbeeld 12,5)"),
        Some(v) if v < Decimal::ZERO => Err("een volume kan niet negatief zijn"),
        Some(v) if v > MAX_VOLUME_MLN => Err("meer dan 10.000 mln is niet aannemelijk"),
        Some(v) => Ok(v.round_dp(4)),
    }
}
