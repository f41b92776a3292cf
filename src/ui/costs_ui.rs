//! Lasten: what the joint work costs and each participant's part, as a
//! tab (the table, a bar per participant, the transition ranges, what is
//! missing, and the inputs with their sources), a slide for the overleg
//! (one big bar per participant) and a figure for a council proposal.

use super::actions::{Actions, Command};
use super::costs_chart_ui::{bars_legend_ui, cost_bars_ui, cost_table_ui, transition_ui};
use super::layout::{SCROLL_BAR_ROOM, Side, side_by_side_ui};
use crate::present::costs_model::CostsView;
use crate::present::view_model::ViewModel;

/// The tab: results and inputs side by side, each scrolling on its own;
/// on a narrow screen the inputs under the results.
pub fn costs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let drawn = side_by_side_ui(ui, "costs", |ui, side| match side {
        Side::Results => results_or_hint_ui(ui, view, out),
        Side::Inputs => super::cost_inputs_ui::cost_inputs_ui(ui, view, out),
    });
    if !drawn {
        one_column_ui(ui, view, out);
    }
}

/// Results over inputs in one scroll. When the results grow or shrink
/// while a field below has the focus (the key becomes complete and the
/// table appears), the view scrolls by as much, so the field being typed
/// stays where it was instead of jumping ~320 points down.
fn one_column_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let id = ui.scope_id().with("costs_tab_anchor");
    // (results' height, scroll offset) of the last frame, and the shift
    // still to make.
    let (last_height, last_offset, shift): (f32, f32, f32) =
        ui.data(|d| d.get_temp(id)).unwrap_or((-1.0, 0.0, 0.0));
    let mut area = egui::ScrollArea::vertical().id_salt("costs_tab");
    if shift != 0.0 {
        area = area.vertical_scroll_offset((last_offset + shift).max(0.0));
    }
    let mut results_height = 0.0;
    let output = area.show(ui, |ui| {
        super::layout::follow_focus(ui, |ui| {
            ui.set_max_width(ui.available_width() - SCROLL_BAR_ROOM);
            let top = ui.cursor().top();
            results_or_hint_ui(ui, view, out);
            results_height = ui.cursor().top() - top;
            ui.add_space(16.0);
            ui.separator();
            super::cost_inputs_ui::cost_inputs_ui(ui, view, out);
        })
    });
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    let grew = last_height >= 0.0 && (results_height - last_height).abs() > 0.5;
    let shift = if grew && typing {
        ui.ctx().request_repaint();
        results_height - last_height
    } else {
        0.0
    };
    ui.data_mut(|d| d.insert_temp(id, (results_height, output.state.clamped_offset().y, shift)));
}

fn results_or_hint_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    ui.heading(crate::model::costs::words::costs_heading(&view.data));
    match &view.costs {
        Some(costs) => results_ui(ui, view, costs, out),
        None => {
            ui.add(
                egui::Label::new(
                    "Nog niets ingevuld. Typ bij Invoer de loonkosten per fte en de verdeelsleutel (of overige kosten en transitiekosten); dan ziet u hier per jaar wat elke deelnemer draagt, met de afleiding van elk bedrag.",
                )
                .wrap(),
            );
        }
    }
}

/// The results: the table, the bars of the chosen year, the transition
/// ranges, and what is missing.
fn results_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &CostsView, out: &mut Actions) {
    ui.add(
        egui::Label::new(
            "Hele euro's: personeel (fte × loonkosten per fte) plus overige kosten, verdeeld naar de verdeelsleutel; de delen tellen precies op tot het totaal. Wijs een bedrag aan voor de afleiding.",
        )
        .wrap(),
    );
    if let Some(why) = &costs.key_problem {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("Nog geen verdeling: {why}."),
        );
    }
    for warning in &costs.warnings {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Let op: {warning}")).color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
    // A typed key not yet in force: said beside the amounts it did not
    // change.
    if let Some(note) = super::cost_key_ui::pending_key_note(ui, view) {
        ui.add(
            egui::Label::new(egui::RichText::new(note).color(ui.visuals().warn_fg_color)).wrap(),
        );
    }
    ui.add_space(6.0);
    cost_table_ui(ui, costs, true);
    if let Some(note) = &costs.key_note {
        ui.add(
            egui::Label::new(egui::RichText::new(format!("Verdeelsleutel {note}.")).weak()).wrap(),
        );
    }
    ui.add(egui::Label::new(egui::RichText::new(&costs.rule).weak()).wrap());
    for line in &costs.year_roundings {
        ui.add(egui::Label::new(egui::RichText::new(line).weak()).wrap());
    }
    // What the pointer reads over each amount and bar, for the keyboard.
    super::derivation_ui::derivation_button_ui(ui, view, super::actions::Chart::Costs, out);
    let period = costs.period(view.window.costs_period);
    if !costs.bars.get(period).is_some_and(Vec::is_empty) {
        ui.add_space(10.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(format!("Per {} in", costs.who.to_lowercase())).strong());
            for (p, label) in costs.periods.iter().enumerate() {
                if ui
                    .selectable_label(p == period, label)
                    .accessible_name(format!("Lasten in {label}"))
                    .clicked()
                    && p != period
                {
                    out.command(Command::ShowCostsPeriod(p));
                }
            }
        });
        bars_legend_ui(ui, costs);
        cost_bars_ui(ui, costs, period, 18.0, true);
    }
    if !costs.transition.is_empty() {
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Transitiekosten per scenario (eenmalig)").strong());
        transition_ui(ui, costs, true, false);
    }
    if !costs.missing.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Nog niet compleet").strong());
        for m in &costs.missing {
            ui.add(egui::Label::new(format!("• {m}")).wrap());
        }
    }
}

/// The slide: the year's headline, and one big bar per participant.
pub fn costs_slide_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let Some(costs) = &view.costs else {
        ui.heading(crate::model::costs::words::costs_heading(&view.data));
        ui.label("Er zijn geen kosten ingevuld.");
        return;
    };
    let period = costs.period(view.window.costs_period);
    ui.heading(format!(
        "{} {}",
        costs.heading,
        costs.periods.get(period).map_or("", String::as_str)
    ));
    if let Some(headline) = costs.headlines.get(period) {
        ui.label(egui::RichText::new(headline).strong());
    }
    ui.add_space(12.0);
    match &costs.key_problem {
        Some(why) => {
            ui.label(format!("Nog geen verdeling: {why}."));
        }
        None => {
            let font = egui::TextStyle::Body.resolve(ui.style()).size;
            cost_bars_ui(ui, costs, period, font * 1.2, false);
            ui.add_space(8.0);
            bars_legend_ui(ui, costs);
        }
    }
    if let Some(note) = &costs.key_note {
        ui.add(
            egui::Label::new(egui::RichText::new(format!("Verdeelsleutel {note}.")).small()).wrap(),
        );
    }
    if !costs.missing.is_empty() {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Nog niet compleet: {}.", costs.missing.join("; ")))
                    .small(),
            )
            .wrap(),
        );
    }
    // The one-off transition costs too, when the slide has room for them
    // (a slide never scrolls; a row may take two lines).
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let needed = (costs.transition.len() + 2) as f32 * row_height;
    if !costs.transition.is_empty() && ui.available_height() >= needed {
        ui.add_space(12.0);
        ui.label(egui::RichText::new("Transitiekosten per scenario (eenmalig)").strong());
        transition_ui(ui, costs, false, true);
    }
}

/// The figure: the table with every year, the bars of the chosen year with
/// their derivations, the transition ranges with each participant's part,
/// and what is missing (the footer states the inputs and their sources).
pub fn costs_figure_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let Some(costs) = &view.costs else {
        ui.label("Er zijn geen kosten ingevuld.");
        return;
    };
    cost_table_ui(ui, costs, false);
    if let Some(why) = &costs.key_problem {
        ui.label(format!("Nog geen verdeling: {why}."));
    }
    for warning in &costs.warnings {
        ui.add(egui::Label::new(format!("Let op: {warning}")).wrap());
    }
    ui.add(egui::Label::new(egui::RichText::new(&costs.rule).small()).wrap());
    let period = costs.period(view.window.costs_period);
    if let Some(bars) = costs.bars.get(period).filter(|b| !b.is_empty()) {
        ui.add_space(12.0);
        ui.label(
            egui::RichText::new(format!(
                "Per {} in {}",
                costs.who.to_lowercase(),
                costs.periods.get(period).map_or("", String::as_str)
            ))
            .strong(),
        );
        bars_legend_ui(ui, costs);
        cost_bars_ui(ui, costs, period, 18.0, false);
        ui.add_space(6.0);
        for bar in bars {
            ui.add(egui::Label::new(egui::RichText::new(&bar.derivation).small()).wrap());
        }
    }
    if !costs.transition.is_empty() {
        ui.add_space(12.0);
        ui.label(egui::RichText::new("Transitiekosten per scenario (eenmalig)").strong());
        transition_ui(ui, costs, false, false);
        for t in costs
            .transition
            .iter()
            .filter(|t| !t.per_participant.is_empty())
        {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("{}: {}", t.label, t.per_participant.join(", ")))
                        .small(),
                )
                .wrap(),
            );
        }
    }
    if !costs.missing.is_empty() {
        ui.add_space(8.0);
        ui.add(
            egui::Label::new(format!("Nog niet compleet: {}.", costs.missing.join("; "))).wrap(),
        );
    }
}
