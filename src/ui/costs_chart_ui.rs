//! The pieces of the Lasten tab, slide and figure: the table of amounts
//! per participant and year, a stacked bar per participant (staff and other
//! costs, the total beside it), and the transition range of each scenario
//! drawn as a range on one scale.

use super::layout::{style_fitting, text_cell_ui};
use super::style::{legend_item_ui, series_colour, square_swatch, text_on, text_width};
use crate::present::costs_model::{CostBarView, CostRowView, CostsView};

/// The colours of the two parts of a bar.
pub const STAFF_SERIES: usize = 0;
pub const OTHER_SERIES: usize = 1;

/// The table: a participant per row, a column per period, the total row;
/// the derivation of each amount on hover (not in a figure).
pub fn cost_table_ui(ui: &mut egui::Ui, costs: &CostsView, hover: bool) {
    let body = egui::TextStyle::Body;
    let strong_width = |ui: &egui::Ui, texts: &mut dyn Iterator<Item = &String>| {
        texts
            .map(|t| text_width(ui, egui::RichText::new(t).strong()))
            .fold(0.0_f32, f32::max)
    };
    let name_width = strong_width(
        ui,
        &mut costs
            .rows
            .iter()
            .map(|r| &r.name)
            .chain([&costs.who, &"waarvan overige kosten".to_owned()]),
    ) + 8.0;
    let amount_width = strong_width(
        ui,
        &mut costs
            .rows
            .iter()
            .chain([&costs.total])
            .flat_map(|r| r.cells.iter())
            .chain(costs.periods.iter()),
    ) + 8.0;
    let share_width = text_width(ui, egui::RichText::new("Aandeel").strong()) + 8.0;
    let columns = costs.periods.len() as f32;
    let needed = name_width + share_width + amount_width * columns + 14.0 * (columns + 2.0);
    if needed > ui.available_width() {
        stacked_cost_table_ui(ui, costs, hover);
        return;
    }
    egui::Grid::new("cost_table")
        .spacing([14.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            text_cell_ui(
                ui,
                name_width,
                egui::RichText::new(&costs.who).strong(),
                &body,
            );
            right_cell(
                ui,
                share_width,
                egui::RichText::new("Aandeel").strong(),
                None,
            );
            for period in &costs.periods {
                right_cell(ui, amount_width, egui::RichText::new(period).strong(), None);
            }
            ui.end_row();
            let row = |ui: &mut egui::Ui, r: &CostRowView, strong: bool| {
                let text = |t: &str| {
                    let rich = egui::RichText::new(t);
                    if strong { rich.strong() } else { rich }
                };
                text_cell_ui(ui, name_width, text(&r.name), &body);
                right_cell(ui, share_width, text(&r.share), None);
                for (cell, how) in r.cells.iter().zip(&r.hovers) {
                    let hover = (hover && !how.is_empty()).then_some(how.as_str());
                    right_cell(ui, amount_width, text(cell), hover);
                }
                ui.end_row();
            };
            for r in &costs.rows {
                row(ui, r, false);
            }
            row(ui, &costs.total, true);
            for (label, cells) in [
                ("waarvan personeel", &costs.staff),
                ("waarvan overige kosten", &costs.other),
                ("afronding", &costs.rounding),
            ] {
                let Some(cells) = cells else { continue };
                text_cell_ui(ui, name_width, egui::RichText::new(label).weak(), &body);
                ui.label("");
                for cell in cells {
                    right_cell(ui, amount_width, egui::RichText::new(cell).weak(), None);
                }
                ui.end_row();
            }
        });
}

/// The table as one block per participant (large text in a narrow
/// window): its name and share, then one line per period; the derivation
/// of each amount on hover, as in the table.
fn stacked_cost_table_ui(ui: &mut egui::Ui, costs: &CostsView, hover: bool) {
    let rows = costs.rows.iter().chain([&costs.total]);
    for (r, row) in rows.enumerate() {
        let name = if row.share.is_empty() {
            row.name.clone()
        } else {
            format!("{} (aandeel {})", row.name, row.share)
        };
        let strong = r == costs.rows.len();
        ui.label(egui::RichText::new(name).strong());
        for ((period, cell), how) in costs.periods.iter().zip(&row.cells).zip(&row.hovers) {
            let text = egui::RichText::new(format!("{period}: {cell}"));
            let response = ui.label(if strong { text.strong() } else { text });
            if hover && !how.is_empty() {
                response.on_hover_text(how);
            }
        }
    }
    for (label, cells) in [
        ("waarvan personeel", &costs.staff),
        ("waarvan overige kosten", &costs.other),
    ] {
        let Some(cells) = cells else { continue };
        let parts: Vec<String> = costs
            .periods
            .iter()
            .zip(cells)
            .map(|(period, cell)| format!("{period}: {cell}"))
            .collect();
        ui.add(
            egui::Label::new(egui::RichText::new(format!("{label}: {}", parts.join("; "))).weak())
                .wrap(),
        );
    }
}

/// A right-aligned cell of `width`.
fn right_cell(ui: &mut egui::Ui, width: f32, text: egui::RichText, hover: Option<&str>) {
    let height = ui.spacing().interact_size.y;
    let response = ui
        .allocate_ui_with_layout(
            egui::vec2(width, height),
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| {
                ui.set_min_width(width);
                ui.label(text)
            },
        )
        .inner;
    if let Some(hover) = hover {
        response.on_hover_text(hover);
    }
}

/// The key of the bars: which colour is staff, which other costs.
pub fn bars_legend_ui(ui: &mut egui::Ui, costs: &CostsView) {
    ui.horizontal_wrapped(|ui| {
        legend_item_ui(
            ui,
            "P personeel (fte × loonkosten)",
            14.0,
            square_swatch(series_colour(STAFF_SERIES)),
        );
        if costs.other.is_some() {
            legend_item_ui(
                ui,
                "O overige kosten",
                14.0,
                square_swatch(series_colour(OTHER_SERIES)),
            );
        }
    });
}

/// A stacked bar per participant for the chosen period: its name, the
/// bar (staff, then other costs; each labelled where it fits), and the
/// total beside it, in `font_size`.
pub fn cost_bars_ui(
    ui: &mut egui::Ui,
    costs: &CostsView,
    period: usize,
    font_size: f32,
    hover: bool,
) {
    let Some(bars) = costs.bars.get(costs.period(period)) else {
        return;
    };
    let font = egui::FontId::proportional(font_size);
    let max_total = bars
        .iter()
        .map(|b| b.staff + b.other)
        .fold(0.0_f64, f64::max);
    let measure = |ui: &egui::Ui, text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::BLACK)
            .size()
            .x
    };
    let name_width = bars
        .iter()
        .map(|b| measure(ui, &b.name))
        .fold(0.0_f32, f32::max)
        + 12.0;
    let total_width = bars
        .iter()
        .map(|b| measure(ui, &b.total_text))
        .fold(0.0_f32, f32::max)
        + 12.0;
    let width = ui.available_width();
    let bar_width = (width - name_width - total_width).max(60.0);
    let height = font_size * 1.6;
    for bar in bars {
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
        let painter = ui.painter_at(rect);
        let text_colour = ui.visuals().text_color();
        painter.text(
            egui::pos2(rect.left(), rect.center().y),
            egui::Align2::LEFT_CENTER,
            &bar.name,
            font.clone(),
            text_colour,
        );
        let left = rect.left() + name_width;
        let scale = if max_total > 0.0 {
            f64::from(bar_width) / max_total
        } else {
            0.0
        };
        let piece = egui::Rect::from_min_size(
            egui::pos2(left, rect.top() + 2.0),
            egui::vec2(0.0, height - 4.0),
        );
        let x = bar_pieces(&painter, bar, piece, scale, font_size);
        painter.text(
            egui::pos2(x + 8.0, rect.center().y),
            egui::Align2::LEFT_CENTER,
            &bar.total_text,
            font.clone(),
            ui.visuals().strong_text_color(),
        );
        super::a11y::chart(&response, &bar.name, &bar.derivation);
        if hover {
            response.on_hover_text(&bar.derivation);
        }
    }
}

/// The staff and other-cost pieces of a bar from `start` (zero wide; its
/// height is the bar's), `scale` points per euro; each piece named by its
/// word where it fits, else by the letter of the legend (never by its
/// colour alone). Returns where the bar ends.
fn bar_pieces(
    painter: &egui::Painter,
    bar: &CostBarView,
    start: egui::Rect,
    scale: f64,
    font_size: f32,
) -> f32 {
    let mut x = start.left();
    for (value, series, words) in [
        (bar.staff, STAFF_SERIES, ["personeel", "P"]),
        (bar.other, OTHER_SERIES, ["overig", "O"]),
    ] {
        let w = (value * scale) as f32;
        if w <= 0.0 {
            continue;
        }
        let piece =
            egui::Rect::from_min_size(egui::pos2(x, start.top()), egui::vec2(w, start.height()));
        let colour = series_colour(series);
        painter.rect_filled(piece, 0.0, colour);
        super::style::outline(painter, piece, colour);
        let small = egui::FontId::proportional(font_size * 0.75);
        let fits = |word: &str| {
            painter
                .layout_no_wrap(word.to_owned(), small.clone(), egui::Color32::BLACK)
                .size()
                .x
                <= w - 4.0
        };
        if let Some(word) = words.into_iter().find(|word| fits(word)) {
            painter.text(
                piece.center(),
                egui::Align2::CENTER_CENTER,
                word,
                small,
                text_on(colour),
            );
        }
        x += w;
    }
    x
}

/// Each scenario's transition range on one scale from 0 to the highest
/// bound: a band from low to high, the amounts beside it; each
/// participant's part on hover. `short`: the scenario's number and short
/// name (a slide).
pub fn transition_ui(ui: &mut egui::Ui, costs: &CostsView, hover: bool, short: bool) {
    let max_high = costs
        .transition
        .iter()
        .filter_map(|t| t.range.map(|(_, h)| h))
        .fold(0.0_f64, f64::max);
    let labels: Vec<String> = costs
        .transition
        .iter()
        .map(|t| match (short, t.how.is_empty()) {
            (true, _) => t.short_label.clone(),
            (false, true) => t.label.clone(),
            (false, false) => format!("{} ({})", t.label, t.how),
        })
        .collect();
    let width = ui.available_width();
    let widest = |texts: &mut dyn Iterator<Item = &String>, strong: bool| {
        texts
            .map(|t| {
                let rich = egui::RichText::new(t);
                text_width(ui, if strong { rich.strong() } else { rich })
            })
            .fold(0.0_f32, f32::max)
            + 12.0
    };
    let label_width = widest(&mut labels.iter(), false).min(width * 0.45);
    let amounts_width = widest(&mut costs.transition.iter().map(|t| &t.text), true);
    let spacing = ui.spacing().item_spacing.x * 2.0;
    let bar_width = (width - label_width - amounts_width - spacing).max(60.0);
    let body = egui::TextStyle::Body;
    // A long scenario name at 150 % text is wider than its column: the
    // labels shrink rather than break "Samenwerkingsovereenkomst".
    let label_style = style_fitting(ui, labels.iter().map(String::as_str), label_width, false);
    for (t, label) in costs.transition.iter().zip(labels) {
        ui.horizontal(|ui| {
            text_cell_ui(ui, label_width, egui::RichText::new(label), &label_style);
            let height = ui.spacing().interact_size.y;
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(bar_width, height), egui::Sense::hover());
            let painter = ui.painter_at(rect);
            painter.rect_filled(
                rect.shrink2(egui::vec2(0.0, height * 0.4)),
                0.0,
                ui.visuals().faint_bg_color,
            );
            if let (Some((low, high)), true) = (t.range, max_high > 0.0) {
                let x = |v: f64| rect.left() + (v / max_high) as f32 * bar_width;
                let band = egui::Rect::from_x_y_ranges(
                    x(low)..=x(high).max(x(low) + 3.0),
                    rect.top() + 3.0..=rect.bottom() - 3.0,
                );
                let colour = series_colour(OTHER_SERIES);
                painter.rect_filled(band, 2.0, colour);
                super::style::outline(&painter, band, colour);
            }
            let mut description = format!("{}: {}", t.label, t.text);
            if !t.per_participant.is_empty() {
                description.push_str(&format!("; {}", t.per_participant.join(", ")));
            }
            super::a11y::chart(
                &response,
                &format!("Transitiekosten {}", t.label),
                &description,
            );
            if hover && !t.per_participant.is_empty() {
                response.on_hover_text(t.per_participant.join("\n"));
            }
            text_cell_ui(
                ui,
                amounts_width,
                egui::RichText::new(&t.text).strong(),
                &body,
            );
        });
    }
}
