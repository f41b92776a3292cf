//! The administrators' choices (from the data): one group of radio buttons
//! per choice.

use super::change::Change;
use crate::model::{DataSet, Inputs};

pub fn choices_ui(ui: &mut egui::Ui, data: &DataSet, inputs: &Inputs) -> Vec<Change> {
    let mut changes = Vec::new();
    ui.heading("Keuzes");
    let first_year = data.years.first().copied().unwrap_or_default();
    for (c, choice) in data.choices.iter().enumerate() {
        ui.add_space(2.0);
        let title = if choice.from_year > first_year {
            format!("{} (vanaf {})", choice.label, choice.from_year)
        } else {
            choice.label.clone()
        };
        ui.label(egui::RichText::new(title).strong())
            .on_hover_text(format!("Bron: {}", choice.source));
        for (o, option) in choice.options.iter().enumerate() {
            let selected = inputs.selection[c] == o;
            if ui.radio(selected, &option.label).clicked() && !selected {
                changes.push(Change::Choice {
                    choice: c,
                    option: o,
                });
            }
        }
    }
    changes
}
