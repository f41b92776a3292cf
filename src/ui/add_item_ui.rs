//! Adding a scenario or criterion the report lacks: a name, a level and a
//! reason per criterion (or scenario), and for a scenario optionally its
//! cost-profile levels ("onbekend" allowed). Added ones can be removed.

use super::actions::{Actions, Change};
use super::confirm_ui::delete_button_ui;
use crate::model::own::{
    AddedCriterion, AddedScenario, AddedScore, check_reason, name_refusal, new_id,
};
use crate::numbers::{self, WEIGHT};
use crate::present::view_model::ViewModel;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Scenario,
    Criterion,
}

/// The form being filled in, kept in egui's memory between frames.
#[derive(Debug, Clone)]
struct Form {
    kind: Kind,
    name: String,
    short_name: String,
    description: String,
    weight: String,
    /// Per criterion (for a scenario) or scenario (for a criterion).
    levels: Vec<usize>,
    reasons: Vec<String>,
    /// Per cost component; `None` is "onbekend".
    cost: Vec<Option<usize>>,
    refusal: Option<String>,
    /// The button that opened the form: the focus goes back to it when the
    /// form closes (added, cancelled or Esc).
    opener: Option<egui::Id>,
    /// The name field takes the focus as the form opens.
    focus_name: bool,
}

fn form_id() -> egui::Id {
    egui::Id::unique("add_item_form")
}

pub fn add_items_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let data = &view.data;
    let mut form: Option<Form> = ui.data(|d| d.get_temp(form_id()));
    ui.horizontal(|ui| {
        let middle = data.scale.levels.len() / 2;
        let new_form = |kind: Kind, others: usize| Form {
            kind,
            name: String::new(),
            short_name: String::new(),
            description: String::new(),
            weight: "1".into(),
            levels: vec![middle; others],
            reasons: vec![String::new(); others],
            cost: vec![None; data.cost_profile.components.len()],
            refusal: None,
            opener: None,
            focus_name: true,
        };
        let scenario = ui.button("Scenario toevoegen…");
        if scenario.clicked() {
            form = Some(Form {
                opener: Some(scenario.id),
                ..new_form(Kind::Scenario, data.criteria.len())
            });
        }
        let criterion = ui.button("Criterium toevoegen…");
        if criterion.clicked() {
            form = Some(Form {
                opener: Some(criterion.id),
                ..new_form(Kind::Criterion, data.scenarios.len())
            });
        }
    });
    removals_ui(ui, view, out);
    if let Some(f) = &mut form {
        let keep = form_ui(ui, view, f, out);
        if !keep {
            if let Some(opener) = f.opener {
                super::a11y::focus_given(ui.ctx(), opener);
            }
            form = None;
        }
    }
    ui.data_mut(|d| match form {
        Some(f) => {
            d.insert_temp(form_id(), f);
        }
        None => {
            d.remove::<Form>(form_id());
        }
    });
}

/// Buttons that remove the scenarios and criteria the user added.
fn removals_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let data = &view.data;
    for scenario in data.scenarios.iter().filter(|s| s.added) {
        ui.horizontal(|ui| {
            ui.label(format!("Eigen scenario: {}", scenario.label()));
            if delete_button_ui(
                ui,
                ("scenario", &scenario.id),
                "verwijderen",
                &format!("{} verwijderen", scenario.label()),
                &format!("Eigen scenario '{}'", scenario.name),
                out,
            ) {
                out.change(Change::RemoveScenario(scenario.id.clone()));
            }
        });
    }
    for criterion in data.criteria.iter().filter(|c| c.added) {
        ui.horizontal(|ui| {
            ui.label(format!(
                "Eigen criterium: {}. {}",
                criterion.number, criterion.name
            ));
            if delete_button_ui(
                ui,
                ("criterion", &criterion.id),
                "verwijderen",
                &format!("Criterium {} verwijderen", criterion.name),
                &format!("Eigen criterium '{}'", criterion.name),
                out,
            ) {
                out.change(Change::RemoveCriterion(criterion.id.clone()));
            }
        });
    }
}

/// A caption and a text field; `name` tells it apart from other fields
/// with the same caption (screen readers, tests).
fn labelled_line(
    ui: &mut egui::Ui,
    caption: &str,
    name: &str,
    text: &mut String,
    width: f32,
) -> egui::Response {
    ui.horizontal_wrapped(|ui| {
        ui.label(caption);
        ui.add(egui::TextEdit::singleline(text).desired_width(width))
            .accessible_name(name)
    })
    .inner
}

/// The form; `false` when it is closed (added or cancelled).
fn form_ui(ui: &mut egui::Ui, view: &ViewModel, form: &mut Form, out: &mut Actions) -> bool {
    let data = &view.data;
    let mut keep = true;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let (title, others): (&str, Vec<String>) = match form.kind {
            Kind::Scenario => (
                "Nieuw scenario",
                data.criteria
                    .iter()
                    .map(|c| format!("{}. {}", c.number, c.name))
                    .collect(),
            ),
            Kind::Criterion => (
                "Nieuw criterium",
                data.scenarios.iter().map(|s| s.label()).collect(),
            ),
        };
        // The data may have changed since the form opened.
        let middle = data.scale.levels.len() / 2;
        form.levels.resize(others.len(), middle);
        form.reasons.resize(others.len(), String::new());
        form.cost.resize(data.cost_profile.components.len(), None);
        ui.label(egui::RichText::new(title).strong());
        let width = ui.available_width().min(520.0);
        text_fields_ui(ui, form, width);
        // Esc closes the form (egui alone only took the focus away).
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            keep = false;
        }
        scores_ui(ui, view, form, &others, width);
        if form.kind == Kind::Scenario && !data.cost_profile.components.is_empty() {
            cost_levels_ui(ui, view, form);
        }
        if let Some(refusal) = &form.refusal {
            ui.colored_label(ui.visuals().warn_fg_color, refusal);
        }
        ui.horizontal(|ui| {
            if ui.button("Toevoegen").clicked() {
                match submit(view, form, &others) {
                    Ok(change) => {
                        out.change(change);
                        keep = false;
                    }
                    Err(refusal) => form.refusal = Some(refusal),
                }
            }
            if ui.button("Annuleren").clicked() {
                keep = false;
            }
        });
    });
    keep
}

/// Name (focused when the form opens), and the short name and description
/// of a scenario or the explanation and weight of a criterion.
fn text_fields_ui(ui: &mut egui::Ui, form: &mut Form, width: f32) {
    let what = match form.kind {
        Kind::Scenario => "nieuw scenario",
        Kind::Criterion => "nieuw criterium",
    };
    let name = labelled_line(ui, "Naam", &format!("Naam {what}"), &mut form.name, width);
    if std::mem::take(&mut form.focus_name) {
        name.request_focus();
    }
    match form.kind {
        Kind::Scenario => {
            labelled_line(
                ui,
                "Korte naam",
                &format!("Korte naam {what}"),
                &mut form.short_name,
                width * 0.6,
            );
            labelled_line(
                ui,
                "Beschrijving",
                &format!("Beschrijving {what}"),
                &mut form.description,
                width,
            );
            ui.label(
                egui::RichText::new(
                    "Een eigen scenario verandert de formatie niet: in het rapport volgt de formatie uit de keuzes, niet uit het scenario.",
                )
                .small()
                .weak(),
            );
        }
        Kind::Criterion => {
            labelled_line(
                ui,
                "Toelichting",
                &format!("Toelichting {what}"),
                &mut form.description,
                width,
            );
            labelled_line(
                ui,
                "Gewicht",
                &format!("Gewicht {what}"),
                &mut form.weight,
                80.0,
            );
        }
    }
}

/// A score and its reason on each criterion (for a scenario) or for each
/// scenario (for a criterion).
fn scores_ui(ui: &mut egui::Ui, view: &ViewModel, form: &mut Form, others: &[String], width: f32) {
    let levels = &view.data.scale.levels;
    ui.label(egui::RichText::new("Score en reden (verplicht)").strong());
    egui::Grid::new("add_item_scores")
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            for (i, other) in others.iter().enumerate() {
                ui.label(other);
                egui::ComboBox::from_id_salt(("add_level", i))
                    .selected_text(&levels[form.levels[i]].label)
                    .show_ui(ui, |ui| {
                        for (l, level) in levels.iter().enumerate() {
                            super::a11y::option_value(ui, &mut form.levels[i], l, &level.label);
                        }
                    })
                    .response
                    .accessible_name(format!("Score op {other}"));
                ui.add_sized(
                    egui::vec2(width * 0.8, 20.0),
                    egui::TextEdit::singleline(&mut form.reasons[i]).hint_text("reden"),
                )
                .accessible_name(format!("Reden bij {other}"));
                ui.end_row();
            }
        });
}

/// A new scenario's level on each component of the cost profile (may stay
/// unknown).
fn cost_levels_ui(ui: &mut egui::Ui, view: &ViewModel, form: &mut Form) {
    let profile = &view.data.cost_profile;
    ui.label(egui::RichText::new("Kostenprofiel (mag onbekend blijven)").strong());
    egui::Grid::new("add_item_cost").show(ui, |ui| {
        for (k, component) in profile.components.iter().enumerate() {
            ui.label(&component.name);
            let shown = form.cost[k].map_or("onbekend", |l| &profile.levels[l]);
            egui::ComboBox::from_id_salt(("add_cost", k))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    super::a11y::option_value(ui, &mut form.cost[k], None, "onbekend");
                    for (l, level) in profile.levels.iter().enumerate() {
                        super::a11y::option_value(ui, &mut form.cost[k], Some(l), level);
                    }
                })
                .response
                .accessible_name(format!("Kostenniveau {}", component.name));
            ui.end_row();
        }
    });
}

/// The change the form asks for, or why not.
fn submit(view: &ViewModel, form: &Form, others: &[String]) -> Result<Change, String> {
    let data = &view.data;
    let name = form.name.trim().to_owned();
    let (what, names, ids): (&str, Vec<&str>, Vec<&str>) = match form.kind {
        Kind::Scenario => (
            "scenario",
            data.scenarios.iter().map(|s| s.name.as_str()).collect(),
            data.scenarios.iter().map(|s| s.id.as_str()).collect(),
        ),
        Kind::Criterion => (
            "criterium",
            data.criteria.iter().map(|c| c.name.as_str()).collect(),
            data.criteria.iter().map(|c| c.id.as_str()).collect(),
        ),
    };
    if let Some(refusal) = name_refusal(&name, &names, what) {
        return Err(refusal);
    }
    for (reason, other) in form.reasons.iter().zip(others) {
        check_reason(reason).map_err(|refusal| format!("{other}: {refusal}"))?;
    }
    let id = new_id(&name, &ids);
    let scores = |other_ids: Vec<&str>| -> Vec<AddedScore> {
        other_ids
            .into_iter()
            .zip(&form.levels)
            .zip(&form.reasons)
            .map(|((other, &level), reason)| AddedScore {
                other: other.to_owned(),
                level,
                reason: reason.trim().to_owned(),
            })
            .collect()
    };
    Ok(match form.kind {
        Kind::Scenario => Change::AddScenario(AddedScenario {
            id,
            short_name: if form.short_name.trim().is_empty() {
                name.clone()
            } else {
                form.short_name.trim().to_owned()
            },
            name,
            description: form.description.trim().to_owned(),
            scores: scores(data.criteria.iter().map(|c| c.id.as_str()).collect()),
            cost_levels: data
                .cost_profile
                .components
                .iter()
                .zip(&form.cost)
                .map(|(c, &level)| (c.id.clone(), level))
                .collect(),
        }),
        Kind::Criterion => {
            let weight = numbers::read_typed(&form.weight, &WEIGHT)
                .map_err(|refusal| format!("Gewicht: {refusal}"))?;
            Change::AddCriterion {
                criterion: AddedCriterion {
                    id,
                    name,
                    explanation: form.description.trim().to_owned(),
                    scores: scores(data.scenarios.iter().map(|s| s.id.as_str()).collect()),
                },
                weight,
            }
        }
    })
}
