//! Minimum staffing per year: bars stacked by function category, the total
//! above each bar, and a marker where Tabel 7 publishes a total for the same
//! situation. Hovering a bar shows its arithmetic.

use egui_plot::{Bar, BarChart, MarkerShape, Plot, PlotPoint, PlotUi, Points, Text};

use super::actions::{Actions, Command, Screen};
use super::style::{legend_item_ui, square_swatch, text_width};
use crate::model::explain::table_number;
use crate::present::view_model::ViewModel;

/// A plot this high still shows its segment numbers and totals.
pub const PLOT_MIN_HEIGHT: f32 = 170.0;

/// Where the height of what is below the plot is kept between frames.
fn below_id(big: bool) -> egui::Id {
    egui::Id::unique("staffing_below_height").with(big)
}

/// The height the chart needs for a plot of [`PLOT_MIN_HEIGHT`]: its
/// heading, the plot, and what is below it as it was last drawn.
pub fn height_needed(ui: &egui::Ui, view: &ViewModel) -> f32 {
    let below = ui
        .data(|d| d.get_temp::<f32>(below_id(view.window.presentation)))
        .unwrap_or(180.0);
    let heading = ui.text_style_height(&egui::TextStyle::Heading) + ui.spacing().item_spacing.y;
    heading + 12.0 + below + PLOT_MIN_HEIGHT
}

/// The plot fills the height the caller's layout gives it.
pub fn staffing_plot_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let data = &view.data;
    let big = view.window.presentation;
    let start = ui.cursor().top();
    let height = ui.available_height();
    ui.heading(&view.staffing_title);
    let heading = ui.cursor().top() - start;
    let table = table_number(&data.staffing_table.title).to_owned();
    let max_total = view
        .years
        .iter()
        .map(|y| y.total_fte.max(y.published_total.unwrap_or(0.0)))
        .fold(1.0_f64, f64::max);
    let years: Vec<u16> = view.years.iter().map(|y| y.year).collect();
    let text_colour = ui.visuals().strong_text_color();
    let marker_colour = ui.visuals().text_color();
    let panel = ui.visuals().panel_fill;
    // The legend, totals and link below the plot take what they took last
    // frame (the legend wraps with more series); the plot gets the rest.
    let below_id = below_id(big);
    let below = ui.data(|d| d.get_temp::<f32>(below_id)).unwrap_or(180.0);
    let plot_height = (height - heading - 12.0 - below).max(110.0);
    // Room above the highest bar for its total (a line of 17 points, 34 on
    // a slide): a share of the plot's height, so that a low plot (large
    // text) does not cut the number off at its top.
    let total_line = if big { 34.0 } else { 17.0 } * 1.4 + 6.0;
    let headroom = f64::from((total_line / plot_height).min(0.45));
    let y_top = (max_total / (1.0 - headroom)).max(max_total * if big { 1.25 } else { 1.12 });

    let plot_response = year_plot(&years, plot_height, y_top).show(ui, |plot| {
        let px_per_fte = f64::from(plot_height) / y_top;
        let marks = Marks {
            number_size: if big { 26.0 } else { 13.0 },
            total_size: if big { 34.0 } else { 17.0 },
            marker_radius: if big { 12.0 } else { 7.0 },
            text_colour,
            marker_colour,
            panel,
        };
        stacked_bars(plot, view, px_per_fte, panel);
        segment_numbers(plot, view, px_per_fte, &marks);
        totals_and_published(plot, view, max_total, &table, &marks);
    });

    super::a11y::chart(
        &plot_response.response,
        &view.staffing_title,
        &view.staffing_description,
    );
    let below_top = ui.cursor().top();
    if let Some(pointer) = plot_response.response.hover_pos() {
        let value = plot_response.transform.value_from_position(pointer);
        if let Some(text) = hovered_bar_text(view, value.x, value.y) {
            plot_response
                .response
                .clone()
                .on_hover_text_at_pointer(text);
        }
    }

    // On a low screen (1280×720) the legend and totals are set in the
    // small text, so that the plot keeps a readable height.
    ui.scope(|ui| {
        if height < 440.0 && !view.window.figure && !big {
            let small = egui::TextStyle::Small.resolve(ui.style());
            ui.style_mut()
                .text_styles
                .insert(egui::TextStyle::Body, small);
            ui.spacing_mut().item_spacing.y = 2.0;
            ui.spacing_mut().interact_size.y = 14.0;
        }
        below_plot_ui(ui, view, out, &table, marker_colour);
    });
    let measured = ui.cursor().top() - below_top;
    if (measured - below).abs() > 1.0 {
        ui.data_mut(|d| d.insert_temp(below_id, measured));
        ui.ctx().request_repaint();
    }
}

/// A plot of bars per year: fixed (no zoom or drag), the years as the x
/// axis' marks, fte up to `y_top`.
fn year_plot(years: &[u16], plot_height: f32, y_top: f64) -> Plot<'static> {
    let marks = years.len();
    let labels = years.to_vec();
    Plot::new("staffing_plot")
        .height(plot_height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_y(0.0)
        .include_y(y_top)
        .include_x(-0.6)
        .include_x(marks as f64 - 0.4)
        .y_axis_label("fte")
        .x_grid_spacer(move |_| {
            (0..marks)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                labels
                    .get(i as usize)
                    .map(u16::to_string)
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
}

/// Sizes and colours of what is written on the plot.
struct Marks {
    number_size: f32,
    total_size: f32,
    marker_radius: f32,
    text_colour: egui::Color32,
    marker_colour: egui::Color32,
    panel: egui::Color32,
}

/// The bars, one chart per series stacked on the ones before it, each
/// segment outlined (apart from its neighbours and the background, also in
/// greyscale).
fn stacked_bars(plot: &mut PlotUi<'_>, view: &ViewModel, px_per_fte: f64, panel: egui::Color32) {
    let mut charts: Vec<BarChart> = Vec::new();
    for (c, series) in view.series.iter().enumerate() {
        let colour = super::style::swatch_colour(series.swatch);
        let outline = super::style::outline_for(super::wcag::over(colour, panel));
        let bars = view
            .years
            .iter()
            .enumerate()
            .map(|(i, y)| {
                // A thin segment gets a thin outline (a thick one would
                // hide its colour), a hairline none.
                let px = y.series_fte[c] * px_per_fte;
                let width = if px >= 8.0 {
                    1.5
                } else if px >= 3.0 {
                    0.75
                } else {
                    0.0
                };
                Bar::new(i as f64, y.series_fte[c])
                    .width(0.62)
                    .fill(colour)
                    .stroke(egui::Stroke::new(width, outline))
            })
            .collect();
        // egui_plot would clip a long hover text to the plot; the tooltip
        // is shown below as an ordinary egui tooltip.
        let chart = BarChart::new(series.name.clone(), bars)
            .color(colour)
            .allow_hover(false);
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    for chart in charts {
        plot.bar_chart(chart);
    }
}

/// Each segment's number (as in the legend) where it is tall enough: the
/// categories stay apart in greyscale and for those who do not tell the
/// colours apart. Segments too thin for their number get it beside the
/// bar, at the left, each at least a line above the one below.
fn segment_numbers(plot: &mut PlotUi<'_>, view: &ViewModel, px_per_fte: f64, marks: &Marks) {
    let number_size = marks.number_size;
    for (i, y) in view.years.iter().enumerate() {
        let mut base = 0.0;
        let mut side_floor = f64::NEG_INFINITY;
        for (c, series) in view.series.iter().enumerate() {
            let value = y.series_fte[c];
            let fits = value * px_per_fte >= f64::from(number_size) + 6.0;
            let number = egui::RichText::new((c + 1).to_string()).size(number_size);
            if value > 0.0 && !fits {
                let at = (base + value / 2.0).max(side_floor);
                side_floor = at + f64::from(number_size + 2.0) / px_per_fte;
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(i as f64 - 0.34, at),
                        number.color(marks.text_colour),
                    )
                    .anchor(egui::Align2::RIGHT_CENTER)
                    .allow_hover(false),
                );
            } else if fits {
                let fill =
                    super::wcag::over(super::style::swatch_colour(series.swatch), marks.panel);
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(i as f64, base + value / 2.0),
                        number.color(super::style::text_on(fill)),
                    )
                    .allow_hover(false),
                );
            }
            base += value;
        }
    }
}

/// The total above each bar, and a marker where the staffing table
/// publishes a total for the same situation.
fn totals_and_published(
    plot: &mut PlotUi<'_>,
    view: &ViewModel,
    max_total: f64,
    table: &str,
    marks: &Marks,
) {
    for (i, y) in view.years.iter().enumerate() {
        let top = y.total_fte.max(y.published_total.unwrap_or(0.0));
        plot.text(
            Text::new(
                "",
                PlotPoint::new(i as f64, top + max_total * 0.03),
                egui::RichText::new(&y.total_number)
                    .strong()
                    .size(marks.total_size)
                    .color(marks.text_colour),
            )
            .anchor(egui::Align2::CENTER_BOTTOM)
            .allow_hover(false),
        );
    }
    let markers: Vec<[f64; 2]> = view
        .years
        .iter()
        .enumerate()
        .filter_map(|(i, y)| y.published_total.map(|t| [i as f64 + 0.31, t]))
        .collect();
    if !markers.is_empty() {
        plot.points(
            Points::new(format!("Gepubliceerd totaal ({table})"), markers)
                .shape(MarkerShape::Diamond)
                .radius(marks.marker_radius)
                .filled(true)
                .color(marks.marker_colour)
                .allow_hover(false),
        );
    }
}

/// Legend, totals as text, the source check, the fit and four-eyes notes.
fn below_plot_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    out: &mut Actions,
    table: &str,
    marker_colour: egui::Color32,
) {
    legend_ui(ui, view, table, marker_colour);
    totals_grid_ui(ui, view, table);
    notes_ui(ui, view, out, table);
}

fn legend_ui(ui: &mut egui::Ui, view: &ViewModel, table: &str, marker_colour: egui::Color32) {
    // Legend: one swatch per category, the published marker.
    ui.horizontal_wrapped(|ui| {
        for (c, series) in view.series.iter().enumerate() {
            if !view.years.iter().any(|y| y.series_fte[c] > 0.0) {
                continue;
            }
            let swatch = if view.window.presentation { 26.0 } else { 14.0 };
            // Numbered as in the bars.
            let text = format!("{} {}", c + 1, series.name);
            legend_item_ui(
                ui,
                &text,
                swatch,
                square_swatch(super::style::swatch_colour(series.swatch)),
            );
        }
        let marker_text = format!("gepubliceerd totaal ({table})");
        let swatch = if view.window.presentation { 26.0 } else { 14.0 };
        legend_item_ui(ui, &marker_text, swatch, |painter, rect| {
            let c = rect.center();
            let r = swatch * 0.43;
            painter.add(egui::Shape::convex_polygon(
                vec![
                    c + egui::vec2(0.0, -r),
                    c + egui::vec2(r, 0.0),
                    c + egui::vec2(0.0, r),
                    c + egui::vec2(-r, 0.0),
                ],
                marker_colour,
                egui::Stroke::NONE,
            ));
        });
    });
}

fn totals_grid_ui(ui: &mut egui::Ui, view: &ViewModel, table: &str) {
    // The totals again as text: readable in a screenshot, reachable for
    // screen readers and tests. Rows: label, then one cell per year.
    let mut rows = vec![(
        String::new(),
        view.years.iter().map(|y| y.year.to_string()).collect(),
    )];
    // On a slide the totals stand above the bars already.
    if !view.window.presentation {
        rows.push((
            "Totaal".to_owned(),
            view.years.iter().map(|y| y.total_text.clone()).collect(),
        ));
    }
    if let Some(label) = &view.block_label {
        let cells = view
            .years
            .iter()
            .map(|y| y.block_text.clone().unwrap_or_default());
        rows.push((label.clone(), cells.collect()));
    }
    let published = view
        .years
        .iter()
        .map(|y| match (&y.published_total_text, y.published) {
            (Some(p), true) => p.clone(),
            (Some(p), false) => format!("({p})"),
            (None, _) => "berekend".to_owned(),
        });
    rows.push((format!("In {table}"), published.collect()));
    let (text_style, spacing) = fitting_grid_style(ui, &rows);
    egui::Grid::new("staffing_totals")
        .spacing([spacing, 2.0])
        .show(ui, |ui| {
            for (r, (label, cells)) in rows.iter().enumerate() {
                let is_total = r == 1 && label == "Totaal";
                let header_or_total = r == 0 || is_total;
                ui.label(egui::RichText::new(label).text_style(text_style.clone()));
                for (y, text) in view.years.iter().zip(cells) {
                    let mut rich = egui::RichText::new(text).text_style(text_style.clone());
                    if header_or_total {
                        rich = rich.strong();
                    }
                    let response = ui.label(rich);
                    match r {
                        0 => {}
                        1 if is_total => {
                            response
                                .accessible_name(format!("Totaal {}: {text}", y.year))
                                .on_hover_text(&y.provenance_text);
                        }
                        _ if r == rows.len() - 1 => {
                            response.on_hover_text(&y.provenance_text);
                        }
                        _ => {
                            response.accessible_name(format!("{label} {}: {text}", y.year));
                        }
                    }
                }
                ui.end_row();
            }
        });
}

/// What a bracketed total is, the derivation button, the source check,
/// the fit, and notes on added scenarios, tasks and four eyes.
fn notes_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions, table: &str) {
    let data = &view.data;
    // A total in brackets is not this year's own: say what it is.
    if view
        .years
        .iter()
        .any(|y| y.published_total_text.is_some() && !y.published)
    {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!(
                    "(…) = het totaal dat {table} voor deze situatie geeft; de formatie erboven is nagerekend uit de volumes"
                ))
                .small(),
            )
            .wrap(),
        );
    }
    // What the pointer reads over each segment, for the keyboard.
    super::derivation_ui::derivation_button_ui(ui, view, super::actions::Chart::Staffing, out);
    // In the column's top-down layout, so that a narrow column wraps it;
    // short enough for one line when presenting at 1366×768.
    if view.window.presentation {
        // The correction below says what matters on a slide.
    } else if view.window.figure {
        ui.label(&view.source_check_summary);
    } else if ui
        .link(format!("{}: bekijk", view.source_check_summary))
        .on_hover_text(format!(
            "Elke gepubliceerde cel van {} en {} nagerekend",
            table_number(&data.volume_table.title),
            table
        ))
        .clicked()
    {
        out.command(Command::ShowTab(Screen::SourceCheck));
    }
    if let Some(note) = &view.fit_note {
        ui.add(egui::Label::new(egui::RichText::new(note).small()).wrap())
            .on_hover_text(view.fit_sentences.join("\n"));
    } else if view.window.presentation {
        ui.label(&view.source_check_summary);
    }
    if data.scenarios.iter().any(|s| s.added) {
        ui.add(
            egui::Label::new(
                egui::RichText::new(
                    "Eigen scenario's veranderen de formatie niet: die volgt uit de keuzes, niet uit het scenario.",
                )
                .small(),
            )
            .wrap(),
        );
    }
    for note in &view.task_notes {
        ui.add(egui::Label::new(egui::RichText::new(note).small()).wrap());
    }
    for warning in &view.four_eyes_warnings {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Vier ogen: {warning}"))
                    .color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
}

/// The hover text of the bar segment at plot coordinates `(x, y)`: the
/// category's arithmetic, or the year's provenance just above a bar.
fn hovered_bar_text(view: &ViewModel, x: f64, y: f64) -> Option<&str> {
    let index = x.round();
    if index < 0.0 || (x - index).abs() > 0.31 || y < 0.0 {
        return None;
    }
    let year = view.years.get(index as usize)?;
    let mut top = 0.0;
    for (c, &fte) in year.series_fte.iter().enumerate() {
        top += fte;
        if fte > 0.0 && y <= top {
            return Some(&year.series_tooltips[c]);
        }
    }
    (y <= top * 1.15).then_some(year.provenance_text.as_str())
}

/// Text style and column spacing for a grid of `(row label, cells)` rows:
/// body text with room to breathe where it fits the available width, then
/// body text closer together, then small text (presentation mode, narrow
/// windows).
fn fitting_grid_style(ui: &egui::Ui, rows: &[(String, Vec<String>)]) -> (egui::TextStyle, f32) {
    let columns = rows.first().map_or(0, |(_, cells)| cells.len()) + 1;
    let needed = |style: &egui::TextStyle, spacing: f32| {
        let width =
            |text: &str| text_width(ui, egui::RichText::new(text).text_style(style.clone()));
        let mut widths = vec![0.0_f32; columns];
        for (label, cells) in rows {
            widths[0] = widths[0].max(width(label));
            for (c, cell) in cells.iter().enumerate() {
                widths[c + 1] = widths[c + 1].max(width(cell));
            }
        }
        widths.iter().sum::<f32>() + spacing * (columns - 1) as f32
    };
    let available = ui.available_width();
    [
        (egui::TextStyle::Body, 18.0),
        (egui::TextStyle::Body, 8.0),
        (egui::TextStyle::Small, 8.0),
    ]
    .into_iter()
    .find(|(style, spacing)| needed(style, *spacing) <= available)
    .unwrap_or((egui::TextStyle::Small, 4.0))
}
