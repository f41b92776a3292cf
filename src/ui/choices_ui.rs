//! The administrators' choices (from the data): one group of radio buttons
//! per choice.

use super::actions::{Actions, Change};
use crate::present::view_model::ViewModel;

pub fn choices_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let ViewModel { data, inputs, .. } = view;
    ui.heading("Keuzes");
    let first_year = data.years.first().copied().unwrap_or_default();
    for (c, choice) in data.choices.iter().enumerate() {
        ui.add_space(2.0);
        let title = if choice.from_year > first_year {
            format!("{} (vanaf {})", choice.label, choice.from_year)
        } else {
            choice.label.clone()
        };
        ui.label(egui::RichText::new(&title).strong())
            .on_hover_text(format!("Bron: {}", choice.source));
        // One radio group per choice, named by it.
        super::a11y::radio_group(ui, &title, |ui| {
            for (o, option) in choice.options.iter().enumerate() {
                let selected = inputs.selection[c] == o;
                if ui.radio(selected, &option.label).clicked() && !selected {
                    out.change(Change::Choice {
                        choice: c,
                        option: o,
                    });
                }
            }
        });
    }
}
