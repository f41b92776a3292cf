//! Kosten per scenario: what each scenario costs the region and the chosen
//! participant over the horizon (low – high and the middle), its
//! uncertainty (P10/P50/P90, the chance of being the cheapest: said to be
//! still computing until the worker is done), the costs that are the same
//! in every scenario said once, the components still "onbekend", and value
//! for money beside it; the inputs (`scenario_cost_inputs_ui.rs`) beside
//! or under the results. Also the figure for a council proposal.

use super::actions::{Actions, Command};
use super::layout::{SCROLL_BAR_ROOM, Side, side_by_side_ui};
use crate::present::scenario_costs_model::{ScenarioCostsView, ScenarioRowView};
use crate::present::view_model::ViewModel;

/// The tab: results and inputs side by side, each scrolling on its own;
/// on a narrow screen the inputs under the results.
pub fn scenario_costs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let drawn = side_by_side_ui(ui, "scenario_costs", |ui, side| match side {
        Side::Results => results_or_hint_ui(ui, view, out),
        Side::Inputs => super::scenario_cost_inputs_ui::scenario_cost_inputs_ui(ui, view, out),
    });
    if !drawn {
        one_column_ui(ui, view, out);
    }
}

/// Results over inputs in one scroll. The results keep their height when
/// the Monte Carlo's numbers arrive (each scenario has its line for them
/// either way, how they were drawn is folded away), so the field being
/// typed below does not move; a control with the focus is kept in view by
/// `follow_focus`.
fn one_column_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("scenario_costs_tab")
        .show(ui, |ui| {
            super::layout::follow_focus(ui, |ui| {
                ui.set_max_width(ui.available_width() - SCROLL_BAR_ROOM);
                results_or_hint_ui(ui, view, out);
                ui.add_space(16.0);
                ui.separator();
                super::scenario_cost_inputs_ui::scenario_cost_inputs_ui(ui, view, out);
            })
        });
}

fn wrapped(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(text).wrap());
}

fn weak(ui: &mut egui::Ui, text: &str) {
    wrapped(ui, egui::RichText::new(text).weak());
}

fn warn(ui: &mut egui::Ui, text: &str) {
    let colour = ui.visuals().warn_fg_color;
    wrapped(ui, egui::RichText::new(text).color(colour));
}

fn results_or_hint_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    match &view.scenario_costs {
        Some(costs) => results_ui(ui, view, costs, out),
        None => {
            ui.heading("Kosten per scenario");
            wrapped(
                ui,
                "Nog niets ingevuld. Kies bij Invoer per onderdeel van het kostenprofiel (Tabel 5) de soort en typ per niveau een bandbreedte in euro's met de bron, en de looptijd; dan ziet u hier wat elk scenario de regio en elke gemeente kost. De verdeelsleutel typt u bij Lasten.",
            );
        }
    }
}

/// The participant picker: whose part is shown beside the region's.
fn participant_picker_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    costs: &ScenarioCostsView,
    out: &mut Actions,
) {
    if costs
        .rows
        .first()
        .is_none_or(|r| r.per_participant.is_empty())
    {
        return;
    }
    let chosen = costs.participant(view.window.cost_participant);
    let word = crate::format::capitalised(&costs.participant_word);
    if view.window.figure {
        // No widget in a figure: whose part is shown, in words.
        if let Some(i) = chosen {
            ui.label(format!("{word}: {}", costs.participants[i]));
        }
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{word}:"));
        let selected = chosen.map_or("alleen de regio", |i| costs.participants[i].as_str());
        let mut choice = chosen;
        egui::ComboBox::from_id_salt("scenario_cost_participant")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                super::a11y::option_value(ui, &mut choice, None, "alleen de regio");
                for (i, name) in costs.participants.iter().enumerate() {
                    super::a11y::option_value(ui, &mut choice, Some(i), name);
                }
            })
            .response
            .accessible_name(format!("{word} naast de regio"));
        if choice != chosen {
            out.command(Command::ShowCostParticipant(choice));
        }
    });
}

/// One scenario: the region's range and middle, the chosen participant's,
/// the uncertainty, and what is missing.
fn scenario_block_ui(
    ui: &mut egui::Ui,
    costs: &ScenarioCostsView,
    row: &ScenarioRowView,
    who: Option<usize>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        wrapped(ui, egui::RichText::new(&row.label).strong());
        let region = &row.region;
        ui.add(
            egui::Label::new(format!(
                "{}: {}, midden {}",
                if row.complete {
                    "Regio"
                } else {
                    "Regio, bekend deel"
                },
                region.range_text,
                region.middle_text
            ))
            .wrap(),
        )
        .on_hover_text(&region.derivation);
        if let Some(i) = who
            && let Some(part) = row.per_participant.get(i)
        {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!(
                        "{}{}: {}, midden {}",
                        costs.participants[i],
                        if row.complete { "" } else { ", bekend deel" },
                        part.range_text,
                        part.middle_text
                    ))
                    .strong(),
                )
                .wrap(),
            )
            .on_hover_text(&part.derivation);
        }
        if !row.missing.is_empty() {
            warn(ui, &row.missing);
        }
        uncertainty_line_ui(ui, costs, row, who);
    });
}

fn uncertainty_line_ui(
    ui: &mut egui::Ui,
    costs: &ScenarioCostsView,
    row: &ScenarioRowView,
    who: Option<usize>,
) {
    if !row.complete {
        return;
    }
    if !costs.ready {
        weak(ui, "Onzekerheid: wordt nog berekend…");
        return;
    }
    let quantiles = who
        .and_then(|i| row.quantiles_per_participant.get(i))
        .or(row.quantiles.as_ref());
    let cheapest = who
        .and_then(|i| row.cheapest_per_participant.get(i).cloned().flatten())
        .or_else(|| row.cheapest.clone());
    let mut text = String::from("Onzekerheid");
    if let Some(i) = who {
        text.push_str(&format!(" ({})", costs.participants[i]));
    }
    text.push_str(": ");
    text.push_str(&quantiles.map_or_else(String::new, |q| q.text.clone()));
    if let Some(c) = cheapest {
        text.push_str(&format!(" · {c}"));
    }
    wrapped(ui, text);
}

/// The results, top to bottom.
fn results_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &ScenarioCostsView, out: &mut Actions) {
    ui.heading(&costs.heading);
    wrapped(
        ui,
        if view.window.figure {
            "Hele euro's: wat elk scenario over de looptijd kost, laag – hoog en het midden, voor de regio en per gemeente naar de verdeelsleutel; de afleiding staat onderaan."
        } else {
            "Hele euro's: wat elk scenario over de looptijd kost, laag – hoog en het midden, voor de regio en per gemeente naar de verdeelsleutel. Wijs een bedrag aan voor de afleiding."
        },
    );
    for warning in &costs.warnings {
        warn(ui, &format!("Let op: {warning}"));
    }
    participant_picker_ui(ui, view, costs, out);
    let who = costs.participant(view.window.cost_participant);
    for row in &costs.rows {
        scenario_block_ui(ui, costs, row, who);
    }
    ui.add_space(6.0);
    wrapped(ui, egui::RichText::new(&costs.common).strong());
    unknown_ui(ui, costs);
    ui.add_space(10.0);
    ui.label(egui::RichText::new("Waarde voor geld").strong());
    super::value_plot_ui::value_plot_ui(ui, view, costs);
    for sentence in &costs.value_sentences {
        wrapped(ui, sentence.as_str());
    }
    ui.add_space(8.0);
    sample_sentences_ui(ui, view, costs);
    for line in &costs.notes {
        weak(ui, line);
    }
    weak(ui, &costs.rule);
}

/// How the uncertainty was drawn and who is cheapest how often: folded
/// away in the window (its height then does not change when the numbers
/// arrive), written out in a figure.
fn sample_sentences_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &ScenarioCostsView) {
    let lines: Vec<&str> = if costs.ready {
        costs.sample_sentences.iter().map(String::as_str).collect()
    } else {
        vec![costs.not_ready.as_str()]
    };
    if view.window.figure {
        for line in lines {
            weak(ui, line);
        }
        return;
    }
    let shown = egui::CollapsingHeader::new("Hoe de onzekerheid is berekend")
        .id_salt("scenario_costs_sample")
        .show(ui, |ui| {
            for line in lines {
                weak(ui, line);
            }
        });
    super::a11y::expandable(&shown);
}

/// What is still missing ("onbekend": a level without a range, no key,
/// no loonkosten), and the components that stay a word.
fn unknown_ui(ui: &mut egui::Ui, costs: &ScenarioCostsView) {
    let words: Vec<String> = costs
        .components
        .iter()
        .filter(|c| c.stays_a_word)
        .map(|c| c.name.clone())
        .collect();
    if costs.missing.is_empty() && words.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new("Onbekend en niet in euro's").strong());
    for m in &costs.missing {
        wrapped(ui, format!("• {m}"));
    }
    if !words.is_empty() {
        wrapped(
            ui,
            format!(
                "• Niet in euro's (blijft een woord uit Tabel 5): {}",
                crate::format::join_and(&words)
            ),
        );
    }
}

/// The figure: the results as in the tab, every amount's derivation
/// written out for the region (a figure has no hover).
pub fn scenario_costs_figure_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let Some(costs) = &view.scenario_costs else {
        wrapped(ui, "Er zijn geen kosten per scenario ingevuld.");
        return;
    };
    results_ui(ui, view, costs, out);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Afleiding per scenario (regio)").strong());
    for row in &costs.rows {
        wrapped(ui, egui::RichText::new(&row.region.derivation).small());
    }
}
