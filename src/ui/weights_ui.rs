//! The weight of each criterion: a slider, the exact number, and its share
//! of the total; "Gelijk maken" resets them to equal weights.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::actions::{Actions, Change};
use super::number_field::{number_field_ui, refusal_ui};
use super::style::{series_colour, square_swatch};
use crate::format::number_trimmed;
use crate::model::dataset::Criterion;
use crate::numbers::WEIGHT;
use crate::present::view_model::{ViewModel, to_f64};

/// The slider runs to this; larger weights can be typed.
const SLIDER_MAX: f64 = 10.0;
/// PageUp and PageDown move a slider by this much (ten of its steps).
const BIG_STEP: f64 = 1.0;

pub fn weights_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let ViewModel {
        data,
        inputs,
        weight_rounding_note,
        ..
    } = view;
    ui.horizontal(|ui| {
        ui.heading("Gewichten");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Gelijk maken")
                .on_hover_text("Alle criteria even zwaar (gewicht 1)")
                .clicked()
            {
                out.change(Change::EqualWeights);
            }
        });
    });
    ui.label(egui::RichText::new(&data.weights_note).small().weak());
    for (c, criterion) in data.criteria.iter().enumerate() {
        ui.add_space(2.0);
        criterion_name_ui(ui, c, criterion);
        let refusal = ui
            .horizontal(|ui| {
                let weight = inputs.criteria[c].weight;
                weight_slider_ui(ui, c, criterion, weight, out);
                weight_field_ui(ui, view, c, out)
            })
            .inner;
        if let Some(refusal) = refusal {
            refusal_ui(ui, &refusal);
        }
    }
    // Each share is rounded on its own, so equal weights look equal; when
    // the percents then do not add up to 100, the panel says so.
    if let Some(note) = weight_rounding_note {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Percentages {note}"))
                    .small()
                    .weak(),
            )
            .wrap(),
        );
    }
}

/// The criterion's colour in the ranking bars, next to its name.
fn criterion_name_ui(ui: &mut egui::Ui, c: usize, criterion: &Criterion) {
    ui.horizontal_top(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        square_swatch(series_colour(c))(ui.painter(), rect.translate(egui::vec2(0.0, 4.0)));
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!(
                    "{}. {}{}",
                    criterion.number,
                    criterion.name,
                    if criterion.added { " (eigen)" } else { "" }
                ))
                .strong(),
            )
            .wrap(),
        )
        .on_hover_text(&criterion.explanation);
    });
}

/// The slider, its rail edged, big steps from the keyboard.
fn weight_slider_ui(
    ui: &mut egui::Ui,
    c: usize,
    criterion: &Criterion,
    weight: Decimal,
    out: &mut Actions,
) {
    let mut value = to_f64(weight);
    let slider = egui::Slider::new(&mut value, 0.0..=SLIDER_MAX)
        .step_by(0.1)
        .show_value(false)
        .clamping(egui::SliderClamping::Never);
    // The rail gets an edge of at least 3 : 1 (egui paints it in the fill
    // of a control at rest only): drawn beneath the slider, around its rail.
    let rail_edge = ui.painter().add(egui::Shape::Noop);
    let mut response = ui
        .add(slider)
        .accessible_name(criterion.name.as_str())
        .on_hover_text(&criterion.explanation);
    let rail_half = ui.spacing().slider_rail_height / 2.0;
    let rail = egui::Rect::from_min_max(
        egui::pos2(response.rect.left(), response.rect.center().y - rail_half),
        egui::pos2(response.rect.right(), response.rect.center().y + rail_half),
    );
    ui.painter().set(
        rail_edge,
        egui::Shape::rect_stroke(
            rail,
            ui.visuals().widgets.inactive.corner_radius,
            egui::Stroke::new(1.0, super::style::control_edge(ui.visuals().dark_mode)),
            egui::StrokeKind::Outside,
        ),
    );
    if response.has_focus()
        && let Some(v) = big_step(ui, value)
    {
        value = v;
        response.mark_changed();
    }
    if response.changed()
        && let Some(new) = Decimal::from_f64(value)
    {
        // The slider moves in steps of 0,1 within the bounds.
        let new = new.round_dp(1).clamp(WEIGHT.min, WEIGHT.max);
        if new != weight {
            out.change(Change::Weight {
                criterion: c,
                weight: new,
            });
        }
    }
}

/// Big steps from the keyboard: PageUp/PageDown by 1, Home and End to the
/// ends (egui's arrows move by the step).
fn big_step(ui: &mut egui::Ui, value: f64) -> Option<f64> {
    let (up, down, home, end) = ui.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, egui::Key::PageUp),
            i.consume_key(egui::Modifiers::NONE, egui::Key::PageDown),
            i.consume_key(egui::Modifiers::NONE, egui::Key::Home),
            i.consume_key(egui::Modifiers::NONE, egui::Key::End),
        )
    });
    if home {
        Some(0.0)
    } else if end {
        Some(SLIDER_MAX)
    } else if up || down {
        let step = if up { BIG_STEP } else { -BIG_STEP };
        Some((value + step).clamp(0.0, SLIDER_MAX.max(value)))
    } else {
        None
    }
}

/// The exact weight typed, and its share (or "verborgen"); a refusal.
fn weight_field_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    c: usize,
    out: &mut Actions,
) -> Option<String> {
    let criterion = &view.data.criteria[c];
    let weight = view.inputs.criteria[c].weight;
    let current = number_trimmed(weight, 4);
    let name = format!("Gewicht {}", criterion.name);
    let answer = number_field_ui(
        ui,
        ("weight", c),
        &current,
        &WEIGHT,
        52.0,
        &name,
        |typed, refusal| {
            format!(
                "Gewicht '{typed}' voor {} geweigerd: {refusal}. Het vorige gewicht ({current}) blijft staan.",
                criterion.name
            )
        },
    );
    if view.inputs.criteria[c].hidden {
        ui.label(egui::RichText::new("verborgen").weak())
            .on_hover_text("Telt niet mee in rangorde en robuustheid (weergave Scores)");
    } else {
        ui.label(egui::RichText::new(format!("= {}", view.weight_percent[c])).strong());
    }
    if let Some(weight) = answer.committed {
        out.change(Change::Weight {
            criterion: c,
            weight,
        });
    }
    answer.refusal
}
