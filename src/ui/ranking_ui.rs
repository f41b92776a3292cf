//! The ranking: one horizontal bar per scenario, best first, stacked by the
//! contribution of each criterion, with the total written next to it.

use super::actions::{Actions, Command, Screen};
use super::style::{BarSegment, legend_item_ui, series_colour, square_swatch, stacked_bar_ui};
use crate::present::view_model::{RankRow, ViewModel};

/// A ranking bar on a slide, in points.
const SLIDE_BAR_HEIGHT: f32 = 44.0;

pub fn ranking_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Where the slide ends (`max_rect` grows with what overflows it).
    let slide_bottom = ui.max_rect().bottom();
    ui.heading("Rangorde van de scenario's");
    let Some(rows) = &view.ranking else {
        ui.add_space(20.0);
        if let Some(absent) = view.ranking_absent {
            ui.label(
                egui::RichText::new(format!("{}\n{}", absent.why, absent.hint))
                    .size(18.0)
                    .strong(),
            );
        }
        robustness_link(ui, view, out);
        return;
    };
    // A slide in pages says which places it shows.
    let shown = view.shown_rows(Screen::Ranking);
    scale_and_hidden_ui(ui, view, (shown.clone(), rows.len()));
    ui.add_space(4.0);
    // On a projector: the key to the colours first.
    let big = view.window.presentation;
    if big {
        legend_ui(ui, view, big);
        ui.add_space(6.0);
    }
    let bar_height = bar_height(ui, view, rows.len());
    let rows_top = ui.cursor().top();
    for row in &rows[shown.clone()] {
        rank_row_ui(ui, view, row, bar_height);
        ui.add_space(2.0);
    }
    if big {
        // How many rows this screen holds: the rows drawn and what is left.
        let rows_height = ui.cursor().top() - rows_top;
        let left = slide_bottom - ui.cursor().top();
        view.measured_rows(Screen::Ranking, (shown.len(), rows_height, left), out);
    }
    // In the window the weights panel names each criterion next to its
    // colour and number; a figure has no panel, so it gets a legend.
    if view.window.figure {
        ui.add_space(6.0);
        legend_ui(ui, view, false);
    }
    robustness_link(ui, view, out);
}

/// The scale's maximum and the places shown, the headline, and what is
/// hidden.
fn scale_and_hidden_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    (shown, rows): (std::ops::Range<usize>, usize),
) {
    let data = &view.data;
    let max_text = crate::format::number_trimmed(
        data.scale
            .levels
            .last()
            .map(|l| l.value)
            .unwrap_or_default(),
        2,
    );
    let places = if shown.len() < rows {
        format!(" · plaats {}–{} van {rows}", shown.start + 1, shown.end)
    } else {
        String::new()
    };
    ui.label(
        egui::RichText::new(format!("Gewogen score, maximaal {max_text}{places}"))
            .small()
            .weak(),
    )
    .on_hover_text(format!("Schaal: {}", data.scale.name));
    if let Some(headline) = &view.ranking_headline {
        headline_ui(ui, view, headline);
    }
    let hidden: Vec<String> = data
        .scenarios
        .iter()
        .zip(&view.inputs.hidden_scenarios())
        .filter(|(_, h)| **h)
        .map(|(s, _)| s.label())
        .chain(
            data.criteria
                .iter()
                .zip(&view.inputs.hidden_criteria())
                .filter(|(_, h)| **h)
                .map(|(c, _)| format!("criterium {}", c.number)),
        )
        .collect();
    if !hidden.is_empty() {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Verborgen: {}", hidden.join(", "))).small(),
            )
            .wrap(),
        );
    }
}

/// On a slide the bars keep one height for the back of the room (what
/// does not fit goes to the next page); in the window as tall as the room
/// allows (at most 26), so that the view never needs to scroll.
fn bar_height(ui: &egui::Ui, view: &ViewModel, rows: usize) -> f32 {
    if view.window.presentation {
        return SLIDE_BAR_HEIGHT;
    }
    let label_height = ui.text_style_height(&egui::TextStyle::Body);
    let link = if view.window.figure {
        0.0
    } else {
        label_height + ui.spacing().item_spacing.y
    };
    let per_row = (ui.available_height() - link) / rows.max(1) as f32;
    (per_row - label_height - 3.0 * ui.spacing().item_spacing.y).clamp(BAR_MIN_HEIGHT, 26.0)
}

/// A scenario's name, its bar stacked by criterion, and its total.
fn rank_row_ui(ui: &mut egui::Ui, view: &ViewModel, row: &RankRow, bar_height: f32) {
    let data = &view.data;
    let big = view.window.presentation;
    let max_value = data
        .scale
        .levels
        .last()
        .map(|l| crate::present::view_model::to_f64(l.value))
        .unwrap_or(1.0)
        .max(1e-9);
    ui.label(egui::RichText::new(&row.label).strong())
        .on_hover_text(&data.scenarios[row.scenario].description);
    ui.horizontal(|ui| {
        let total_width = (ui.available_width() - if big { 120.0 } else { 70.0 }).max(60.0);
        let segments: Vec<BarSegment> = row
            .contributions
            .iter()
            .enumerate()
            .map(|(c, &value)| BarSegment {
                fraction: (value / max_value) as f32,
                label: data.criteria[c].short_name.clone(),
                short_label: data.criteria[c].number.to_string(),
                // No tooltip on a slide: it would cover the bars.
                hover: if big {
                    ""
                } else {
                    &row.contribution_tooltips[c]
                },
            })
            .collect();
        stacked_bar_ui(
            ui,
            ("rank_bar", row.scenario),
            egui::vec2(total_width, bar_height),
            &segments,
            if big { 28.0 } else { 13.0 },
            (
                &format!(
                    "Opbouw van de score van {}",
                    data.scenarios[row.scenario].label()
                ),
                &row.description,
            ),
        );
        let size = if big { 40.0 } else { 18.0 };
        ui.label(egui::RichText::new(&row.total_text).strong().size(size));
    });
}

fn robustness_link(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    if view.window.figure || view.window.presentation {
        return;
    }
    if ui
        .link("Hoe robuust is deze rangorde? Bekijk")
        .on_hover_text(
            "Bij welke gewichten blijft de eerste plaats? Wat maakt een ander scenario eerste?",
        )
        .clicked()
    {
        out.command(Command::ShowTab(Screen::Robustness));
    }
}

/// Which colour is which criterion, with its share of the weights.
fn legend_ui(ui: &mut egui::Ui, view: &ViewModel, big: bool) {
    ui.horizontal_wrapped(|ui| {
        for (c, criterion) in view.data.criteria.iter().enumerate() {
            if view.inputs.criteria[c].hidden {
                continue;
            }
            let text = if big {
                format!(
                    "{} {} ({})",
                    criterion.number, criterion.short_name, view.weight_percent[c]
                )
            } else {
                format!(
                    "{}. {} ({})",
                    criterion.number, criterion.name, view.weight_percent[c]
                )
            };
            let swatch = if big { 28.0 } else { 14.0 };
            legend_item_ui(ui, &text, swatch, square_swatch(series_colour(c)));
        }
    });
    // On a slide and in a figure the weights panel is not there to say
    // that the shares are rounded: the key says it.
    if let Some(note) = &view.weight_rounding_note {
        ui.label(egui::RichText::new(format!("(percentages {note})")).weak());
    }
}

/// Who is first, by how much and why: always (the overview makes room for
/// it and for bars of [`BAR_MIN_HEIGHT`], scrolling on a low screen).
fn headline_ui(ui: &mut egui::Ui, _view: &ViewModel, headline: &str) {
    ui.add(egui::Label::new(egui::RichText::new(headline).strong()).wrap());
}

/// A ranking bar in the window is at least this high, in points.
const BAR_MIN_HEIGHT: f32 = 20.0;

/// The height the ranking needs in a column of `width`: its heading, the
/// headline, the rows with bars of [`BAR_MIN_HEIGHT`] and the link.
pub fn height_needed(ui: &egui::Ui, view: &ViewModel, width: f32) -> f32 {
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let spacing = ui.spacing().item_spacing.y;
    let headline = view.ranking_headline.as_ref().map_or(0.0, |h| {
        egui::WidgetText::from(egui::RichText::new(h).strong())
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Wrap),
                width,
                egui::TextStyle::Body,
            )
            .size()
            .y
    });
    let rows = view.ranking.as_ref().map_or(0, Vec::len) as f32;
    let heading = ui.text_style_height(&egui::TextStyle::Heading)
        + ui.text_style_height(&egui::TextStyle::Small)
        + 2.0 * spacing;
    heading + headline + rows * (line + BAR_MIN_HEIGHT + 3.0 * spacing + 2.0) + 2.0 * line + 12.0
}
