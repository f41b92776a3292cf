//! The participants (the municipalities of the data): a grid of weights per
//! participant and criterion — typed or dragged, as an importance order, or
//! by swing weighting — each participant's winner and order, the combined
//! profile, where they agree, and band-SMAA.

use std::cell::RefCell;

use super::actions::{Actions, Screen};
use super::group_weights_ui::{GAP, name_width, weights_grid_ui};
use super::layout::{style_fitting, text_cell_ui, words_fit};
use super::number_field::refusal_ui;
use super::style::text_width;
use crate::model::group::{GroupResult, ParticipantResult};
use crate::model::ranking::Ranking;
use crate::present::view_model::ViewModel;

/// Places in words for column heads ("Eerste" … "Tiende", then "11e").
fn place_word(place: usize) -> String {
    const WORDS: [&str; 10] = [
        "Eerste", "Tweede", "Derde", "Vierde", "Vijfde", "Zesde", "Zevende", "Achtste", "Negende",
        "Tiende",
    ];
    WORDS
        .get(place)
        .map_or_else(|| format!("{}e", place + 1), |w| (*w).to_owned())
}

/// The scenarios in `ranking`'s order: short name, and whether it shares
/// its place with a neighbour.
fn places(view: &ViewModel, ranking: &Ranking) -> Vec<(String, bool)> {
    let entries = ranking.entries();
    entries
        .iter()
        .map(|e| {
            let tied = entries.iter().filter(|o| o.rank == e.rank).count() > 1;
            (view.data.scenarios[e.scenario].short_name.clone(), tied)
        })
        .collect()
}

/// A participant's name, "(set)" after it when it weighs as the set.
fn shown_name(p: &ParticipantResult) -> String {
    if p.own {
        p.name.clone()
    } else {
        format!("{} (set)", p.name)
    }
}

pub fn group_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical().id_salt("group_tab").show(ui, |ui| super::layout::follow_focus(ui, |ui| {
        ui.heading(view.group_heading());
        let Some(group) = &view.group else {
            ui.label("Deze gegevens noemen geen deelnemers en de set heeft geen profielen.");
            return;
        };
        ui.add(
            egui::Label::new(
                egui::RichText::new(
                    "Typ of sleep per criterium; Tab gaat naar het volgende vak. 'Hoe' kiest hoe de gewichten volgen: getypt, een volgorde van belang (1 = belangrijkst, gelijke nummers = even belangrijk) of swing (het belangrijkste criterium 100, de andere daartegen). Het percentage naast elk vak is het aandeel in de weging. Wie geen eigen gewichten heeft, weegt als de set; 'wissen' zet een rij daarop terug.",
                )
                .small(),
            )
            .wrap(),
        );
        ui.add_space(6.0);
        let refusal = RefCell::new(None::<String>);
        weights_grid_ui(ui, view, group, out, &refusal);
        if let Some(text) = refusal.into_inner() {
            refusal_ui(ui, &text);
        }
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Volgorde van de scenario's per gemeente").strong());
        ranking_table_ui(ui, view, group);
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Waar zijn ze het over eens?").strong());
        for sentence in &group.agreement {
            ui.add(egui::Label::new(format!("• {sentence}")).wrap());
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Binnen de bandbreedte van hun gewichten (band-SMAA)").strong());
        for sentence in &group.band_sentences {
            ui.add(egui::Label::new(format!("• {sentence}")).wrap());
        }
    }));
}

/// Each participant's place for each scenario, in words: a column per
/// place ("Eerste", "Tweede", …), the scenario's short name in it; the
/// combined profile last. Fits the width it is given: names wrap between
/// words and step down to the small size rather than break.
pub fn ranking_table_ui(ui: &mut egui::Ui, view: &ViewModel, group: &GroupResult) {
    let name_w = name_width(ui, view, group);
    let columns = view.inputs.visible().scenarios.len().max(1);
    let place_w =
        ((ui.available_width() - name_w - GAP * columns as f32) / columns as f32).max(60.0);
    let words: Vec<&str> = view
        .data
        .scenarios
        .iter()
        .map(|s| s.short_name.as_str())
        .collect();
    let style = style_fitting(ui, words.iter().copied(), place_w, true);
    let rows: Vec<(String, &Ranking, bool)> = group
        .participants
        .iter()
        .map(|p| (shown_name(p), &p.ranking, false))
        .chain(std::iter::once((
            "Gezamenlijk".to_owned(),
            &group.combined,
            true,
        )))
        .collect();
    // Large text in a narrow window: a scenario's name does not fit its
    // column even in the small text; each participant's places as a list.
    if !words_fit(
        ui,
        words.iter().copied(),
        place_w,
        &egui::TextStyle::Small,
        true,
    ) {
        for (name, ranking, _) in rows {
            ui.label(egui::RichText::new(name).strong());
            for (place, (scenario, tied)) in places(view, ranking).into_iter().enumerate() {
                let shared = if tied { " (gedeeld)" } else { "" };
                ui.add(
                    egui::Label::new(format!("{}: {scenario}{shared}", place_word(place))).wrap(),
                );
            }
        }
        return;
    }
    egui::Grid::new("group_places")
        .striped(true)
        .spacing([GAP, 4.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            text_cell_ui(
                ui,
                name_w,
                egui::RichText::new(view.screen_label(Screen::Group)).strong(),
                &egui::TextStyle::Body,
            );
            for place in 0..columns {
                text_cell_ui(
                    ui,
                    place_w,
                    egui::RichText::new(place_word(place)).strong(),
                    &style,
                );
            }
            ui.end_row();
            for (name, ranking, combined) in rows {
                text_cell_ui(
                    ui,
                    name_w,
                    egui::RichText::new(name).strong(),
                    &egui::TextStyle::Body,
                );
                let shown = places(view, ranking);
                if shown.is_empty() {
                    text_cell_ui(
                        ui,
                        place_w,
                        egui::RichText::new("geen rangorde (alle gewichten 0)").weak(),
                        &egui::TextStyle::Small,
                    );
                }
                for (place, (scenario, tied)) in shown.into_iter().enumerate() {
                    let text = if tied {
                        format!("{scenario} (gedeeld)")
                    } else {
                        scenario
                    };
                    let rich = egui::RichText::new(text);
                    let rich = if place == 0 || combined {
                        rich.strong()
                    } else {
                        rich
                    };
                    text_cell_ui(ui, place_w, rich, &style);
                }
                ui.end_row();
            }
        });
}

/// The participants for a figure: weights per participant and combined,
/// each one's order of the scenarios, then the agreement and band-SMAA
/// sentences. Text only, no controls.
pub fn group_figure_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let Some(group) = &view.group else {
        ui.label("Deze gegevens noemen geen deelnemers en de set heeft geen profielen.");
        return;
    };
    let data = &view.data;
    let shown: Vec<usize> = (0..data.criteria.len())
        .filter(|&c| !view.inputs.criteria[c].hidden)
        .collect();
    let name_w =
        name_width(ui, view, group) + text_width(ui, egui::RichText::new(" (set)").strong());
    let n = shown.len().max(1) as f32;
    let crit_w = ((ui.available_width() - name_w - GAP * n) / n).max(56.0);
    let heads: Vec<&str> = shown
        .iter()
        .map(|&c| data.criteria[c].short_name.as_str())
        .collect();
    let head_style = style_fitting(ui, heads.iter().copied(), crit_w, true);
    let body = egui::TextStyle::Body;
    egui::Grid::new("group_figure")
        .striped(true)
        .spacing([GAP, 4.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            text_cell_ui(ui, name_w, egui::RichText::new("Gewichten").strong(), &body);
            for &c in &shown {
                text_cell_ui(
                    ui,
                    crit_w,
                    egui::RichText::new(&data.criteria[c].short_name).strong(),
                    &head_style,
                );
            }
            ui.end_row();
            let rows = group
                .participants
                .iter()
                .enumerate()
                .map(|(i, p)| (shown_name(p), view.participant_shares(i), false))
                .chain(std::iter::once((
                    "Gezamenlijk".to_owned(),
                    view.combined_shares(),
                    true,
                )));
            for (name, shares, strong) in rows {
                let rich = |t: String| {
                    let r = egui::RichText::new(t);
                    if strong { r.strong() } else { r }
                };
                text_cell_ui(ui, name_w, rich(name).strong(), &body);
                let percents = shares.map(|s| &s.percents);
                for &c in &shown {
                    let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
                    text_cell_ui(ui, crit_w, rich(pct), &body);
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Volgorde van de scenario's").strong());
    ranking_table_ui(ui, view, group);
    ui.add_space(8.0);
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
        ui.add(egui::Label::new(format!("• {sentence}")).wrap());
    }
}
