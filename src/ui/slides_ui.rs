//! Presentation mode as slides for the bestuurlijk overleg: one view per
//! screen (rangorde, formatie, kostenprofiel, the participants,
//! robuustheid) in text at least twice the normal size, a thin strip with
//! the weights, and no other controls. ←/→ (and PageUp/PageDown, what
//! clickers send) move between slides, ↑/↓ switch sets, Esc leaves.

use super::actions::Actions;
use super::style::{BarSegment, stacked_bar_ui};
use super::view_model::{Screen, ViewModel};

/// The strip at the bottom, one line: where we are, and the weights.
pub fn strip_ui(ui: &mut egui::Ui, view: &ViewModel) {
    let slides = view.slides();
    let position = slides
        .iter()
        .position(|&s| s == view.window.slide)
        .unwrap_or(0);
    let where_text = format!(
        "{} · dia {} van {} · {}",
        view.slide_label(slides.get(position).copied().unwrap_or_default()),
        position + 1,
        slides.len(),
        view.set.name
    );
    // One line, so the slide keeps its height: the text, then the weights
    // as a bar in what is left (names in it where they fit, else numbers;
    // the ranking slide has the key).
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.label(egui::RichText::new(&where_text).strong());
        // The weights as one bar: a segment per visible criterion, its
        // number and share written in it.
        let total: f64 = view
            .inputs
            .weights()
            .iter()
            .zip(&view.inputs.hidden_criteria())
            .filter(|(_, h)| !**h)
            .map(|(w, _)| super::view_model::to_f64(*w))
            .sum();
        if total <= 0.0 {
            return;
        }
        let segments: Vec<BarSegment> = view
            .data
            .criteria
            .iter()
            .enumerate()
            .map(|(c, criterion)| BarSegment {
                fraction: if view.inputs.criteria[c].hidden {
                    0.0
                } else {
                    (super::view_model::to_f64(view.inputs.criteria[c].weight) / total) as f32
                },
                label: format!("{} {}", criterion.short_name, view.weight_percent[c]),
                short_label: criterion.number.to_string(),
                // No tooltip: none while presenting (see `window/app.rs`).
                hover: "",
            })
            .collect();
        let width = ui.available_width();
        let description: Vec<&str> = segments
            .iter()
            .filter(|s| s.fraction > 0.0)
            .map(|s| s.label.as_str())
            .collect();
        stacked_bar_ui(
            ui,
            "weight_strip",
            egui::vec2(width, 34.0),
            &segments,
            24.0,
            ("Gewichten", &description.join(", ")),
        );
    });
}

/// The participants: each one's first place and order, the combined
/// ranking, which number is which scenario, where they agree, band-SMAA.
pub fn group_slide_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let label = view.screen_label(Screen::Group);
    ui.heading(format!("{label}: ieder een eigen weging"));
    let Some(group) = &view.group else {
        ui.label("Er zijn geen profielen.");
        return;
    };
    let order = |ranking: &crate::model::ranking::Ranking| match ranking.absent_reason() {
        Some(_) => "geen rangorde".to_owned(),
        None => ranking
            .entries()
            .iter()
            .map(|e| view.data.scenarios[e.scenario].number.to_string())
            .collect::<Vec<_>>()
            .join(" · "),
    };
    let first = |ranking: &crate::model::ranking::Ranking| {
        ranking.entries().first().map_or("–".to_owned(), |e| {
            view.data.scenarios[e.scenario].short_name.clone()
        })
    };
    let head = |ui: &mut egui::Ui, text: &str| {
        ui.label(egui::RichText::new(text).strong().underline());
    };
    egui::Grid::new("group_slide")
        .spacing([40.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            head(ui, &label);
            head(ui, "Eerste keuze");
            head(ui, "Volgorde, beste eerst");
            ui.end_row();
            for p in &group.participants {
                ui.label(&p.name);
                ui.label(first(&p.ranking));
                ui.label(order(&p.ranking));
                ui.end_row();
            }
            ui.label(egui::RichText::new("Samen").strong());
            ui.label(egui::RichText::new(first(&group.combined)).strong());
            ui.label(egui::RichText::new(order(&group.combined)).strong());
            ui.end_row();
        });
    ui.add_space(8.0);
    // Which number is which scenario: the order column speaks in numbers.
    ui.add(egui::Label::new(format!("Scenario's: {}", view.scenario_key())).wrap());
    ui.add_space(8.0);
    // The sentences that matter most in a meeting: who agrees on first,
    // and what the band of their weights says.
    for sentence in group
        .agreement
        .iter()
        .take(1)
        .chain(group.band_sentences.iter().take(1))
    {
        sentence_if_room_ui(ui, sentence);
    }
}

/// A wrapped sentence, when the slide has room for all of it: a slide
/// never scrolls, and half a sentence says the wrong thing. (Every
/// sentence is also in the view the slide stands for.)
fn sentence_if_room_ui(ui: &mut egui::Ui, sentence: &str) {
    let galley = egui::WidgetText::from(sentence).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    );
    if galley.size().y <= ui.available_height() {
        ui.add(egui::Label::new(galley));
    }
}

pub fn robustness_slide_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    ui.heading("Hoe robuust is de rangorde?");
    for sentence in &view.robustness_sentences {
        sentence_if_room_ui(ui, &format!("• {sentence}"));
        ui.add_space(4.0);
    }
}
