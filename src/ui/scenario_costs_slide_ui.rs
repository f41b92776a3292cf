//! The slide "Wat kost elk scenario ons?": one row per scenario with the
//! chosen participant's range over the horizon (the region's when none is
//! chosen) and the middle, big; the chance of being the cheapest once the
//! Monte Carlo is done (said while it runs); and the costs equal in every
//! scenario in one line. Rows that do not fit come in pages
//! (`slide_pages.rs`); a name too long for its column wraps between words
//! and shrinks rather than break a word.

use super::actions::Actions;
use super::layout::{style_fitting, text_cell_ui};
use crate::present::scenario_costs_model::{ScenarioCostsView, ScenarioRowView};
use crate::present::view_model::{Screen, ViewModel};

/// The slide's heading.
pub const SLIDE_HEADING: &str = "Wat kost elk scenario ons?";

pub fn scenario_costs_slide_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Where the slide ends (`max_rect` grows with what overflows it).
    let slide_bottom = ui.max_rect().bottom();
    ui.heading(SLIDE_HEADING);
    let Some(costs) = &view.scenario_costs else {
        ui.label("Er zijn geen kosten per scenario ingevuld.");
        return;
    };
    let who = costs.participant(view.window.cost_participant);
    let whose = who.map_or_else(|| "De regio".to_owned(), |i| costs.participants[i].clone());
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!("{whose}, over {}", costs.horizon_label)).strong(),
        )
        .wrap(),
    );
    ui.add_space(8.0);
    let shown = view.shown_rows(Screen::ScenarioCosts);
    let rows_top = ui.cursor().top();
    rows_ui(ui, costs, who, shown.clone());
    let rows_bottom = ui.cursor().top();
    ui.add_space(8.0);
    notes_ui(ui, costs);
    let left = slide_bottom - ui.cursor().top();
    view.measured_rows(
        Screen::ScenarioCosts,
        (shown.len(), rows_bottom - rows_top, left),
        out,
    );
}

/// The rows: the name on a line of its own, under it the range and the
/// middle big (and the chance of being cheapest), in columns as wide as
/// their widest text when they fit side by side, else wrapped.
fn rows_ui(
    ui: &mut egui::Ui,
    costs: &ScenarioCostsView,
    who: Option<usize>,
    shown: std::ops::Range<usize>,
) {
    let bounds = |r: &ScenarioRowView| {
        who.and_then(|i| r.per_participant.get(i).cloned())
            .unwrap_or_else(|| r.region.clone())
    };
    let size = egui::TextStyle::Body.resolve(ui.style()).size * 1.3;
    let big = |text: &str| egui::RichText::new(text).size(size).strong();
    let widest = |ui: &egui::Ui, texts: Vec<egui::RichText>| {
        texts
            .into_iter()
            .map(|t| super::style::text_width(ui, t))
            .fold(0.0_f32, f32::max)
            + 28.0
    };
    let all = &costs.rows;
    let range_w = widest(ui, all.iter().map(|r| big(&bounds(r).range_text)).collect());
    let middle_w = widest(
        ui,
        all.iter()
            .map(|r| big(&format!("midden {}", bounds(r).middle_text)))
            .collect(),
    );
    let aligned = range_w + middle_w < ui.available_width() * 0.75;
    let name_style = style_fitting(
        ui,
        all.iter().map(|r| r.short_label.as_str()),
        ui.available_width(),
        true,
    );
    for row in &all[shown] {
        let b = bounds(row);
        ui.add(
            egui::Label::new(
                egui::RichText::new(&row.short_label)
                    .strong()
                    .text_style(name_style.clone()),
            )
            .wrap(),
        );
        if !row.complete {
            ui.add(egui::Label::new("onvolledig: een bandbreedte ontbreekt").wrap());
            ui.add_space(10.0);
            continue;
        }
        let range = big(&b.range_text);
        let middle = big(&format!("midden {}", b.middle_text));
        let chance = row.cheapest.clone().unwrap_or_default();
        if aligned {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                let body = egui::TextStyle::Body;
                text_cell_ui(ui, range_w, range, &body);
                text_cell_ui(ui, middle_w, middle, &body);
                ui.add(egui::Label::new(chance).wrap());
            });
        } else {
            ui.horizontal_wrapped(|ui| {
                ui.label(range);
                ui.label(middle);
                ui.label(chance);
            });
        }
        ui.add_space(10.0);
    }
}

/// Under the rows, small: equal costs said once, and the Monte Carlo
/// while it runs.
fn notes_ui(ui: &mut egui::Ui, costs: &ScenarioCostsView) {
    let small = |ui: &mut egui::Ui, text: &str| {
        ui.add(egui::Label::new(egui::RichText::new(text).small()).wrap());
    };
    small(ui, &costs.common_short);
    if !costs.ready {
        small(
            ui,
            "De kans dat een scenario het goedkoopst is, wordt nog berekend.",
        );
    }
    if costs.rows.iter().any(|r| !r.complete) {
        small(
            ui,
            "Onvolledig: voor een onderdeel ontbreekt de bandbreedte van dit scenario (zie Kosten per scenario).",
        );
    }
}
