//! Value for money as a map: per scenario its weighted score (up) against
//! its cost over the horizon (across): a line from low to high and a dot
//! at the middle, named. A scenario dearer in the middle and lower-valued
//! than another is drawn hollow and named so ("duurder en lager"); the
//! sentences under the plot say it with the amounts. Cost and score stay
//! apart: nothing here merges them.

use egui_plot::{Line, MarkerShape, Plot, PlotPoint, Points, Text};

use crate::present::scenario_costs_model::ScenarioCostsView;
use crate::present::view_model::ViewModel;

/// "€ 1,5 mln", "€ 800.000": an axis mark.
fn euro_mark(value: f64) -> String {
    if value.abs() >= 1_000_000.0 {
        let mln = rust_decimal::Decimal::from_f64_retain(value / 1_000_000.0)
            .unwrap_or_default()
            .round_dp(2)
            .normalize();
        format!("€ {} mln", crate::format::number_trimmed(mln, 2))
    } else {
        let whole = rust_decimal::Decimal::from_f64_retain(value.round()).unwrap_or_default();
        crate::format::euro(whole)
    }
}

/// The plot, `height` points high (the tab's and figure's size, or what a
/// slide leaves).
pub fn value_plot_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &ScenarioCostsView) {
    let points = &costs.value_points;
    if points.len() < 2 {
        return;
    }
    let (low, high) = points.iter().fold((f64::MAX, f64::MIN), |(l, h), p| {
        (l.min(p.low), h.max(p.high))
    });
    let (bottom, top) = points.iter().fold((f64::MAX, f64::MIN), |(l, h), p| {
        (l.min(p.score), h.max(p.score))
    });
    let pad_x = ((high - low) * 0.08).max(1.0);
    let pad_y = ((top - bottom) * 0.2).max(0.2);
    let text_colour = ui.visuals().strong_text_color();
    let warn_colour = ui.visuals().warn_fg_color;
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| points[a].middle.total_cmp(&points[b].middle));
    let height = if view.window.presentation {
        300.0
    } else {
        260.0
    };
    let response = Plot::new("value_for_money")
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(low - pad_x)
        .include_x(high + pad_x)
        .include_y(bottom - pad_y)
        .include_y(top + pad_y)
        .x_axis_label(format!("kosten over {} (regio)", costs.horizon_label))
        .y_axis_label("gewogen score")
        .x_axis_formatter(|mark, _| euro_mark(mark.value))
        .y_axis_formatter(|mark, _| {
            rust_decimal::Decimal::from_f64_retain(mark.value)
                .map(|v| crate::format::number_trimmed(v.round_dp(2), 2))
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            for (i, p) in points.iter().enumerate() {
                let colour = if p.dominated {
                    warn_colour
                } else {
                    super::style::series_colour(i)
                };
                plot.line(
                    Line::new(&p.short_label, vec![[p.low, p.score], [p.high, p.score]])
                        .color(colour)
                        .width(4.0)
                        .allow_hover(false),
                );
                plot.points(
                    Points::new(&p.short_label, vec![[p.middle, p.score]])
                        .shape(if p.dominated {
                            MarkerShape::Diamond
                        } else {
                            MarkerShape::Circle
                        })
                        .filled(!p.dominated)
                        .radius(7.0)
                        .color(colour)
                        .allow_hover(false),
                );
                let name = if p.dominated {
                    format!("{} (duurder en lager)", p.short_label)
                } else {
                    p.short_label.clone()
                };
                // Names of neighbours by cost alternate above and below
                // their line, so two close scenarios do not overlap.
                let above = order.iter().position(|&j| j == i).unwrap_or(0) % 2 == 0;
                let (dy, anchor) = if above {
                    (pad_y * 0.3, egui::Align2::CENTER_BOTTOM)
                } else {
                    (-pad_y * 0.3, egui::Align2::CENTER_TOP)
                };
                plot.text(
                    Text::new(
                        &p.short_label,
                        PlotPoint::new(p.middle, p.score + dy),
                        egui::RichText::new(name).color(text_colour),
                    )
                    .anchor(anchor)
                    .allow_hover(false),
                );
            }
        });
    super::a11y::chart(
        &response.response,
        "Waarde voor geld: score tegen kosten",
        &costs.value_description,
    );
}
