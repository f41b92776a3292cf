//! The qualitative cost profile (Tabel 5): the report's words in every cell,
//! coloured by whether that level is good or costly for the municipalities.

use super::actions::Actions;
use super::style::{favourability_colour, legend_item_ui, square_swatch, text_on, text_width};
use super::view_model::ViewModel;
use crate::model::explain::table_number;
use crate::model::schema::HighIs;

pub fn cost_profile_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let data = &view.data;
    let profile = &data.cost_profile;
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!(
            "Kwalitatief kostenprofiel ({})",
            table_number(&profile.title)
        ));
        ui.add_space(12.0);
        for (label, t) in [("gunstig", 1.0), ("neutraal", 0.5), ("kostbaar", 0.0)] {
            let colour = favourability_colour(t, dark);
            legend_item_ui(ui, label, 14.0, square_swatch(colour));
        }
        // Each note whole on a row: never "(wijs" at the end of one row and
        // "aan)" on the next.
        for note in ["+ = hoog is gunstig", "* = opmerking (wijs aan)"] {
            ui.add(egui::Label::new(egui::RichText::new(note).small()).extend());
        }
    });
    let columns = data.scenarios.len().max(1) as f32;
    let name_width = 250.0_f32.min(ui.available_width() * 0.3);
    let cell_width = ((ui.available_width() - name_width - 8.0 * columns) / columns).max(60.0);
    let levels = profile.levels.len().max(2) - 1;
    // Cells hold the level words at body size when the widest fits, else
    // small; a word that still does not fit is cut short (the hover has it).
    let widest_level = profile
        .levels
        .iter()
        .map(|level| text_width(ui, egui::RichText::new(format!("{level}*"))))
        .fold(0.0, f32::max);
    let cell_text_style = if widest_level <= cell_width - 8.0 {
        egui::TextStyle::Body
    } else {
        egui::TextStyle::Small
    };
    egui::Grid::new("cost_profile")
        .spacing([4.0, 3.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            ui.label("");
            for scenario in &data.scenarios {
                ui.add_sized(
                    [cell_width, 20.0],
                    egui::Label::new(
                        egui::RichText::new(format!(
                            "{}. {}",
                            scenario.number, scenario.short_name
                        ))
                        .strong(),
                    )
                    .truncate(),
                )
                .on_hover_text(&scenario.name);
            }
            ui.end_row();
            for component in &profile.components {
                let polarity = match component.high_is {
                    HighIs::Favourable => "+ ",
                    HighIs::Costly => "",
                };
                ui.allocate_ui_with_layout(
                    egui::vec2(name_width, 20.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_width(name_width);
                        ui.add(egui::Label::new(format!("{polarity}{}", component.name)).truncate())
                    },
                )
                .inner
                .on_hover_text(format!(
                    "{}: hoog is {}",
                    component.name,
                    match component.high_is {
                        HighIs::Favourable => "gunstig",
                        HighIs::Costly => "kostbaar",
                    }
                ));
                for (s, cell) in component.cells.iter().enumerate() {
                    let t = cell.level as f32 / levels as f32;
                    let favourable = match component.high_is {
                        HighIs::Favourable => t,
                        HighIs::Costly => 1.0 - t,
                    };
                    let fill = favourability_colour(favourable, dark);
                    let text = if cell.remark.is_empty() {
                        profile.levels[cell.level].clone()
                    } else {
                        format!("{}*", profile.levels[cell.level])
                    };
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(egui::Margin::symmetric(4, 1))
                        .corner_radius(2.0)
                        .show(ui, |ui| {
                            ui.set_width(cell_width - 8.0);
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(text)
                                        .text_style(cell_text_style.clone())
                                        .color(text_on(fill)),
                                )
                                .truncate(),
                            );
                        })
                        .response
                        .on_hover_text(format!(
                            "{}, {}, scenario {}: '{}'",
                            table_number(&profile.title),
                            component.name,
                            data.scenarios[s].number,
                            cell.text
                        ));
                }
                ui.end_row();
            }
        });
}
