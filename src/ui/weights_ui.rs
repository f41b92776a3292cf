//! The weight of each criterion: a slider, the exact number, and its share
//! of the total; "Gelijk maken" resets them to equal weights.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::change::Change;
use super::edit_buffers::{EditBuffers, number_field_ui};
use super::style::{series_colour, square_swatch};
use super::view_model::{ViewModel, to_f64};
use crate::format::{number_trimmed, parse_user_number};
use crate::model::load::MAX_WEIGHT;
use crate::model::{DataSet, Inputs};

/// The slider runs to this; larger weights can be typed.
const SLIDER_MAX: f64 = 10.0;

pub fn weights_ui(
    ui: &mut egui::Ui,
    data: &DataSet,
    inputs: &Inputs,
    view: &ViewModel,
    buffers: &mut EditBuffers,
) -> Vec<Change> {
    let mut changes = Vec::new();
    ui.horizontal(|ui| {
        ui.heading("Gewichten");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Gelijk maken")
                .on_hover_text("Alle criteria even zwaar (gewicht 1)")
                .clicked()
            {
                changes.push(Change::EqualWeights);
            }
        });
    });
    ui.label(egui::RichText::new(&data.weights_note).small().weak());
    for (c, criterion) in data.criteria.iter().enumerate() {
        let weight = inputs.weights[c];
        ui.add_space(2.0);
        // The criterion's colour in the ranking bars, next to its name.
        ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            square_swatch(series_colour(c))(ui.painter(), rect.translate(egui::vec2(0.0, 4.0)));
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("{}. {}", criterion.number, criterion.name))
                        .strong(),
                )
                .wrap(),
            )
            .on_hover_text(&criterion.explanation);
        });
        ui.horizontal(|ui| {
            let mut value = to_f64(weight);
            let slider = egui::Slider::new(&mut value, 0.0..=SLIDER_MAX)
                .step_by(0.1)
                .show_value(false)
                .clamping(egui::SliderClamping::Never);
            let response = ui
                .add(slider)
                .accessible_name(criterion.name.as_str())
                .on_hover_text(&criterion.explanation);
            if response.changed()
                && let Some(new) = Decimal::from_f64(value)
            {
                let new = new.round_dp(1).max(Decimal::ZERO).min(MAX_WEIGHT);
                if new != weight {
                    changes.push(Change::Weight { criterion: c, weight: new });
                }
            }
            let current = number_trimmed(weight, 2);
            let buffer = buffers.weights.entry(c).or_insert_with(|| current.clone());
            let name = format!("Gewicht {}", criterion.name);
            let typed = number_field_ui(ui, buffer, &current, 52.0, &name);
            ui.label(egui::RichText::new(format!("= {}", view.weight_percent[c])).strong());
            if let Some(typed) = typed {
                match parse_user_number(&typed) {
                    Some(w) if w >= Decimal::ZERO && w <= MAX_WEIGHT => {
                        buffers.message = None;
                        changes.push(Change::Weight { criterion: c, weight: w });
                    }
                    Some(_) => {
                        buffers.weights.insert(c, current.clone());
                        buffers.message = Some(format!(
                            "Gewicht '{typed}' voor {} geweigerd: een gewicht ligt tussen 0 en 1.000.000. Het vorige gewicht ({current}) blijft staan.",
                            criterion.name
                        ))
                    }
                    None => {
                        buffers.weights.insert(c, current.clone());
                        buffers.message = Some(format!(
                            "Gewicht '{typed}' voor {} geweigerd: dat is geen getal. Het vorige gewicht ({current}) blijft staan.",
                            criterion.name
                        ))
                    }
                }
            }
        });
    }
    changes
}
