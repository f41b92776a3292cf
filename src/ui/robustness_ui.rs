//! How robust is the ranking: a compact view for a side window. Per
//! criterion a bar from 0 to 100 % with the weight range over which the
//! first place holds (shaded), the range of the full ranking (the darker
//! strip) and the current weight (the stroke); what makes each scenario
//! first; SMAA-2 rank acceptabilities as one stacked bar per scenario; and
//! whether the conclusions hold under other codings of the scale. All texts
//! come prepared from the model (`Robustness::texts`).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::actions::{Actions, Change};
use super::number_field::{number_field_ui, refusal_ui};
use super::style::{BarSegment, legend_item_ui, series_colour, square_swatch, stacked_bar_ui};
use crate::model::DataSet;
use crate::model::robustness::{CriterionStability, Robustness};
use crate::numbers::SEED;
use crate::present::view_model::ViewModel;

const BAR_HEIGHT: f32 = 16.0;

fn fraction(share: Decimal) -> f32 {
    share.to_f32().unwrap_or(0.0).clamp(0.0, 1.0)
}

/// The options and the whole analysis; in two columns when there is room.
/// The Robuustheid tab: the analysis under a heading, scrolling.
pub fn robustness_tab_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("robustness_tab")
        .show(ui, |ui| {
            super::layout::follow_focus(ui, |ui| {
                // Clear of the scroll bar, which floats over the content's
                // right edge (it covered the right column's last words).
                ui.set_max_width(ui.available_width() - 24.0);
                ui.heading("Robuustheid van de rangorde");
                robustness_ui(ui, view, out)
            })
        });
}

pub fn robustness_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let Some(result) = &view.robustness else {
        return;
    };
    let data = &view.data;
    robustness_options_ui(ui, view, out);
    if ui.available_width() >= 760.0 {
        ui.columns(2, |columns| {
            weights_part_ui(&mut columns[0], data, result);
            sampling_part_ui(&mut columns[1], data, result);
        });
    } else {
        weights_part_ui(ui, data, result);
        sampling_part_ui(ui, data, result);
    }
}

/// Stability intervals and what makes each scenario first.
fn weights_part_ui(ui: &mut egui::Ui, data: &DataSet, result: &Robustness) {
    let texts = &result.texts;
    if let Some(no_weights) = &texts.no_weights {
        ui.label(egui::RichText::new(no_weights).strong());
    }

    if let Some(stability) = &result.stability {
        ui.add_space(4.0);
        ui.label(egui::RichText::new("Gewicht per criterium").strong());
        ui.label(
            egui::RichText::new(
                "Balk van 0 tot 100 %: gearceerd zolang de eerste plaats blijft, donkere strook zolang de hele rangorde blijft, streep = huidig gewicht.",
            )
            .small()
            .weak(),
        );
        for cs in &stability.criteria {
            let k = cs.criterion;
            // Positions among the analysed (visible) criteria.
            let criterion = &data.criteria[result.visible.criteria.get(k).copied().unwrap_or(k)];
            ui.label(
                egui::RichText::new(format!("{}. {}", criterion.number, criterion.name))
                    .small()
                    .strong(),
            );
            let hover = format!("{}\n{}", texts.first_place[k], texts.full_ranking[k]);
            interval_bar(ui, cs, (&criterion.name, &hover));
            ui.label(egui::RichText::new(&texts.first_place[k]).small());
            ui.add_space(2.0);
        }
        super::a11y::expandable(
            &egui::CollapsingHeader::new("Volledige rangorde per criterium")
                .id_salt("robustness_full_ranking")
                .show(ui, |ui| {
                    for sentence in &texts.full_ranking {
                        ui.label(egui::RichText::new(sentence).small());
                    }
                }),
        );
        super::a11y::expandable(
            &egui::CollapsingHeader::new("Wat maakt een scenario eerste?")
                .id_salt("robustness_winning")
                .default_open(true)
                .show(ui, |ui| {
                    for sentence in &texts.winning {
                        ui.label(egui::RichText::new(sentence).small());
                    }
                }),
        );
    }
}

/// SMAA-2 acceptabilities and the ordinal check.
fn sampling_part_ui(ui: &mut egui::Ui, data: &DataSet, result: &Robustness) {
    let texts = &result.texts;
    ui.label(egui::RichText::new("Zonder vaste gewichten (SMAA-2)").strong());
    ui.label(egui::RichText::new(&texts.smaa_intro).small().weak());
    for (s, row) in result.smaa.acceptability.iter().enumerate() {
        let scenario = result.visible.scenarios.get(s).copied().unwrap_or(s);
        ui.label(
            egui::RichText::new(data.scenarios[scenario].label())
                .small()
                .strong(),
        )
        .on_hover_text(&texts.smaa[s]);
        acceptability_bar(
            ui,
            s,
            row,
            &texts.smaa_ranks[s],
            (&data.scenarios[scenario].label(), &texts.smaa[s]),
        );
    }
    ui.horizontal_wrapped(|ui| {
        for r in 0..result.smaa.acceptability.len() {
            let text = format!("rang {}", r + 1);
            legend_item_ui(ui, &text, 12.0, square_swatch(series_colour(r)));
        }
    });
    for sentence in &texts.smaa {
        ui.label(egui::RichText::new(sentence).small());
    }

    if result.ordinal.is_some() {
        ui.add_space(4.0);
        ui.label(egui::RichText::new("Andere codering van de schaal").strong());
        ui.label(egui::RichText::new(&texts.ordinal_intro).small().weak());
        for sentence in &texts.ordinal {
            ui.label(egui::RichText::new(sentence).small());
        }
    }
}

/// The 0–100 % bar of one criterion.
fn interval_bar(ui: &mut egui::Ui, cs: &CriterionStability, (name, hover): (&str, &str)) {
    let width = ui.available_width().max(60.0);
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(width, BAR_HEIGHT), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
    let x = |share: Decimal| rect.left() + fraction(share) * rect.width();
    let colour = series_colour(cs.criterion);
    // At least 3 points wide, so a single share (a tie) stays visible.
    let span = |lo: Decimal, hi: Decimal| {
        let (a, b) = (x(lo), x(hi));
        let middle = (a + b) / 2.0;
        (a.min(middle - 1.5), b.max(middle + 1.5))
    };
    let (a, b) = span(cs.first_place.lower.share, cs.first_place.upper.share);
    let band = egui::Rect::from_x_y_ranges(a..=b, rect.y_range());
    let light = super::wcag::over(colour.gamma_multiply(0.45), ui.visuals().panel_fill);
    painter.rect_filled(band, 2.0, light);
    super::style::outline(&painter, band, light);
    let (a, b) = span(cs.full_ranking.lower.share, cs.full_ranking.upper.share);
    painter.rect_filled(
        egui::Rect::from_x_y_ranges(a..=b, rect.center().y - 2.5..=rect.center().y + 2.5),
        0.0,
        colour,
    );
    let current = x(cs.current);
    painter.line_segment(
        [
            egui::pos2(current, rect.top()),
            egui::pos2(current, rect.bottom()),
        ],
        egui::Stroke::new(2.5, ui.visuals().strong_text_color()),
    );
    super::a11y::chart(&response, &format!("Gewichtsbereik {name}"), hover);
    response.on_hover_text(hover);
}

/// One scenario's ranks as a stacked bar: segment r = share of rank r + 1.
fn acceptability_bar(
    ui: &mut egui::Ui,
    scenario: usize,
    shares: &[f64],
    hovers: &[String],
    (name, sentence): (&str, &str),
) {
    let segments: Vec<BarSegment> = shares
        .iter()
        .zip(hovers)
        .enumerate()
        .map(|(r, (&share, hover))| BarSegment {
            fraction: share as f32,
            label: format!("{}e", r + 1),
            short_label: (r + 1).to_string(),
            hover,
        })
        .collect();
    let width = ui.available_width().max(60.0);
    stacked_bar_ui(
        ui,
        ("acceptability", scenario),
        egui::vec2(width, BAR_HEIGHT),
        &segments,
        12.0,
        (name, sentence),
    );
}

/// The inputs of the analysis the user may set: the seed of the random draws
/// (shown so a figure can be reproduced) and an optional importance order.
fn robustness_options_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let ViewModel { data, inputs, .. } = view;
    let refusal = ui
        .horizontal_wrapped(|ui| {
            // Each text moves to the next row whole (a wrapped one would
            // lie over what follows it in the row).
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            ui.label("Seed");
            let current = inputs.smaa_seed.to_string();
            let answer = number_field_ui(
                ui,
                "smaa_seed",
                &current,
                &SEED,
                70.0,
                "Seed van de trekkingen",
                |typed, refusal| format!("Seed '{typed}' geweigerd: {refusal}."),
            );
            if let Some(seed) = answer.committed {
                out.change(Change::SmaaSeed(
                    u64::try_from(seed.trunc().mantissa()).unwrap_or(inputs.smaa_seed),
                ));
            }
            ui.add_space(12.0);
            ui.label("Volgorde van belang (optioneel, belangrijkste eerst):");
            for &c in &inputs.importance {
                ui.label(egui::RichText::new(format!("{}.", data.criteria[c].number)).strong())
                    .on_hover_text(&data.criteria[c].name);
            }
            if inputs.importance.is_empty() {
                ui.label(egui::RichText::new("geen").weak());
            }
            egui::ComboBox::from_id_salt("importance_add")
                .selected_text("criterium toevoegen")
                .show_ui(ui, |ui| {
                    for (c, criterion) in data.criteria.iter().enumerate() {
                        if !inputs.importance.contains(&c)
                            && super::a11y::option_label(
                                ui,
                                false,
                                format!("{}. {}", criterion.number, criterion.name),
                            )
                            .clicked()
                        {
                            let mut order = inputs.importance.clone();
                            order.push(c);
                            out.change(Change::Importance(order));
                        }
                    }
                })
                .response
                .accessible_name("Criterium toevoegen aan de volgorde van belang");
            if !inputs.importance.is_empty() && ui.small_button("Wissen").clicked() {
                out.change(Change::Importance(Vec::new()));
            }
            answer.refusal
        })
        .inner;
    if let Some(refusal) = refusal {
        refusal_ui(ui, &refusal);
    }
    ui.separator();
}
