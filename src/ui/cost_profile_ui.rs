//! The qualitative cost profile (Tabel 5): the report's words in every cell,
//! coloured by whether that level is good or costly for the municipalities,
//! with the report's "Interpretatie voor bestuurders" beside or below it.

use super::a11y::{CellKind, TableRows};
use super::actions::{Actions, Screen};
use super::layout::{break_at_dashes, style_fitting, text_cell_ui, words_fit};
use super::style::{favourability_colour, legend_item_ui, square_swatch, text_on, text_width};
use crate::model::dataset::{CostCell, CostComponent};
use crate::model::explain::table_number;
use crate::model::schema::HighIs;
use crate::present::view_model::ViewModel;

pub fn cost_profile_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let data = &view.data;
    // Where the slide ends (`max_rect` grows with what overflows it).
    let slide_bottom = ui.max_rect().bottom();
    let profile = &data.cost_profile;
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!(
            "Kwalitatief kostenprofiel ({})",
            table_number(&profile.title)
        ));
        ui.add_space(12.0);
        for (label, t) in [("gunstig", 1.0), ("neutraal", 0.5), ("kostbaar", 0.0)] {
            let colour = favourability_colour(t, dark);
            legend_item_ui(ui, label, 14.0, square_swatch(colour));
        }
        // No hovering on paper or a projector: no pointer to remarks.
        let notes: &[&str] = if view.window.figure || view.window.presentation {
            &["+ = hoog is gunstig"]
        } else {
            &["+ = hoog is gunstig", "* = opmerking (aanwijzen of Tab)"]
        };
        for note in notes {
            ui.add(egui::Label::new(egui::RichText::new(*note).small()).extend());
        }
    });
    let wide = ui.available_width() >= 1400.0 && !profile.interpretation.is_empty();
    if wide {
        let table_width = ui.available_width() * 0.66;
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(table_width);
                table_ui(ui, view, dark);
            });
            ui.add_space(12.0);
            ui.vertical(|ui| interpretation_ui(ui, view));
        });
    } else {
        let row_height = table_ui(ui, view, dark);
        if view.window.presentation {
            // How many rows this screen holds: those drawn and what is left.
            let drawn = view.shown_rows(Screen::CostProfile).len();
            let left = slide_bottom - ui.cursor().top();
            view.measured_rows(
                Screen::CostProfile,
                (drawn, row_height * drawn as f32, left),
                out,
            );
        }
        if view.window.figure {
            ui.add_space(6.0);
            interpretation_ui(ui, view);
        } else if !profile.interpretation.is_empty() && !view.window.presentation {
            super::a11y::expandable(
                &egui::CollapsingHeader::new("Interpretatie voor bestuurders (uit het rapport)")
                    .id_salt("cost_interpretation")
                    .show(ui, |ui| interpretation_ui(ui, view)),
            );
        }
    }
}

fn interpretation_ui(ui: &mut egui::Ui, view: &ViewModel) {
    let profile = &view.data.cost_profile;
    ui.label(egui::RichText::new("Interpretatie voor bestuurders").strong())
        .on_hover_text(format!(
            "{}, {}",
            table_number(&profile.title),
            profile.section
        ));
    for sentence in &profile.interpretation {
        ui.add(egui::Label::new(format!("• {sentence}")).wrap());
    }
}

/// How the table is laid out at this width: the names' column, the
/// cells' width and text size, and the headers (numbered when names do not
/// fit).
struct TableLayout {
    name_width: f32,
    cell_width: f32,
    cell_text_style: egui::TextStyle,
    numbered: bool,
    headers: Vec<String>,
    header_style: egui::TextStyle,
    /// The steps between the lowest and highest level.
    levels: usize,
}

fn table_layout(ui: &mut egui::Ui, view: &ViewModel) -> TableLayout {
    let data = &view.data;
    let profile = &data.cost_profile;
    let columns = data.scenarios.len().max(1) as f32;
    // The names take what their longest needs, up to a third of the width.
    let widest_name = profile
        .components
        .iter()
        .map(|c| text_width(ui, egui::RichText::new(format!("+ {}", c.name))))
        .fold(0.0, f32::max);
    let share = if view.window.presentation { 0.3 } else { 0.34 };
    let name_width = (widest_name + 8.0).min(ui.available_width() * share);
    let cell_width = ((ui.available_width() - name_width - 8.0 * columns) / columns).max(60.0);
    let cell_text_style = cell_text_style(ui, view, cell_width);
    // Scenario names wrap between words; when one word is wider than a
    // column they are set in the small text rather than broken mid-word,
    // and when even that does not fit (twice the size on a projector, or
    // many scenarios) the columns are numbered and a key names them.
    let names = || data.scenarios.iter().map(|s| s.short_name.as_str());
    let numbered = view.window.presentation
        || !words_fit(ui, names(), cell_width, &egui::TextStyle::Small, true);
    // The headers as shown: "Scenario 1" (a key below names them), else
    // "1. Expertisecentrum".
    let headers: Vec<String> = data
        .scenarios
        .iter()
        .map(|s| {
            if numbered {
                format!("Scenario {}", s.number)
            } else {
                format!("{}. {}", s.number, s.short_name)
            }
        })
        .collect();
    let header_style = style_fitting(ui, headers.iter().map(String::as_str), cell_width, true);
    TableLayout {
        name_width,
        cell_width,
        cell_text_style,
        numbered,
        headers,
        header_style,
        levels: profile.levels.len().max(2) - 1,
    }
}

/// Cells hold the level words at body size when the widest fits, else as
/// large as the widest word allows: a word may wrap after a dash
/// ("Laag–/midden"), never inside ("onbeken/d") and never cut short.
fn cell_text_style(ui: &mut egui::Ui, view: &ViewModel, cell_width: f32) -> egui::TextStyle {
    let profile = &view.data.cost_profile;
    let body = egui::TextStyle::Body.resolve(ui.style());
    let widest_word = profile
        .levels
        .iter()
        .map(|level| format!("{level}*"))
        .chain(
            profile
                .components
                .iter()
                .flat_map(|c| c.cells.iter().map(|cell| cell.text.clone())),
        )
        .flat_map(|text| {
            text.split(|c: char| c.is_whitespace() || c == '–' || c == '-')
                .map(|word| format!("{word}–"))
                .collect::<Vec<_>>()
        })
        .map(|word| text_width(ui, egui::RichText::new(word).font(body.clone())))
        .fold(0.0, f32::max);
    let room = (cell_width - 8.0).max(1.0);
    let cell_size = if widest_word <= room {
        body.size
    } else {
        (body.size * room / widest_word).floor().max(6.0)
    };
    let style = egui::TextStyle::Name("kostenprofiel_cel".into());
    ui.style_mut().text_styles.insert(
        style.clone(),
        egui::FontId::new(cell_size, body.family.clone()),
    );
    style
}

/// The table; the height of one of its rows.
fn table_ui(ui: &mut egui::Ui, view: &ViewModel, dark: bool) -> f32 {
    let data = &view.data;
    let profile = &data.cost_profile;
    let layout = table_layout(ui, view);
    let mut measured = 0.0;
    // For a screen reader a table: a row of scenario headers, then a row
    // per component with its name as row header (a cell reads "Laag" with
    // its row and column).
    let table_name = format!(
        "Kwalitatief kostenprofiel ({})",
        table_number(&profile.title)
    );
    let shape = (profile.components.len() + 1, data.scenarios.len() + 1);
    super::a11y::table(ui, &table_name, shape, |ui| {
        egui::Grid::new("cost_profile")
            .spacing([4.0, 3.0])
            .min_col_width(0.0)
            .show(ui, |ui| {
                let mut table = TableRows::new();
                header_row_ui(ui, &mut table, view, &layout);
                let header_bottom = ui.min_rect().bottom();
                // On a slide, one page of rows.
                let shown = view.shown_rows(Screen::CostProfile);
                // On a slide every row as tall as two lines, so rows whose
                // names wrap and rows whose names do not look alike.
                let row_height = view
                    .window
                    .presentation
                    .then(|| 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 6.0);
                for component in &profile.components[shown.clone()] {
                    table.row(ui);
                    component_name_ui(ui, &mut table, component, layout.name_width, row_height);
                    for (s, cell) in component.cells.iter().enumerate() {
                        level_cell_ui(ui, &mut table, view, (component, s, cell), &layout, dark);
                    }
                    ui.end_row();
                }
                measured = (ui.min_rect().bottom() - header_bottom) / shown.len().max(1) as f32;
            });
    });
    if layout.numbered {
        ui.add(egui::Label::new(format!("Scenario {}", view.scenario_key())).wrap());
    }
    measured
}

fn header_row_ui(ui: &mut egui::Ui, table: &mut TableRows, view: &ViewModel, layout: &TableLayout) {
    table.row(ui);
    table.cell(ui, CellKind::ColumnHeader, |ui| ui.label(""));
    for (scenario, header) in view.data.scenarios.iter().zip(&layout.headers) {
        // Laid out at the column's width before it is placed, so the row
        // is exactly as high as the wrapped name.
        let header = break_at_dashes(ui, header, layout.cell_width, &layout.header_style);
        table.cell(ui, CellKind::ColumnHeader, |ui| {
            text_cell_ui(
                ui,
                layout.cell_width,
                egui::RichText::new(header).strong(),
                &layout.header_style,
            )
            .on_hover_text(&scenario.name)
        });
    }
    ui.end_row();
}

/// A component's name as its row's header ("+ " when high is favourable).
fn component_name_ui(
    ui: &mut egui::Ui,
    table: &mut TableRows,
    component: &CostComponent,
    name_width: f32,
    row_height: Option<f32>,
) {
    let polarity = match component.high_is {
        HighIs::Favourable => "+ ",
        HighIs::Costly => "",
    };
    table.cell(ui, CellKind::RowHeader, |ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(name_width, row_height.unwrap_or(20.0)),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_width(name_width);
                if let Some(height) = row_height {
                    ui.set_min_height(height);
                }
                ui.add(egui::Label::new(format!("{polarity}{}", component.name)).wrap())
            },
        )
        .inner
        .on_hover_text(format!(
            "{}: hoog is {}",
            component.name,
            match component.high_is {
                HighIs::Favourable => "gunstig",
                HighIs::Costly => "kostbaar",
            }
        ))
    });
}

/// One scenario's level of a component: coloured by how favourable it is,
/// the level word, its remark ("*") for the pointer and the keyboard.
fn level_cell_ui(
    ui: &mut egui::Ui,
    table: &mut TableRows,
    view: &ViewModel,
    (component, s, cell): (&CostComponent, usize, &CostCell),
    layout: &TableLayout,
    dark: bool,
) {
    let profile = &view.data.cost_profile;
    // "onbekend" (an added scenario without a level): no colour, said in
    // words.
    let fill = match cell.level {
        Some(level) => {
            let t = level as f32 / layout.levels as f32;
            let favourable = match component.high_is {
                HighIs::Favourable => t,
                HighIs::Costly => 1.0 - t,
            };
            favourability_colour(favourable, dark)
        }
        None => ui.visuals().extreme_bg_color,
    };
    let text = match cell.level {
        _ if view.window.figure => cell.text.clone(),
        None => cell.text.clone(),
        Some(level) if cell.remark.is_empty() || view.window.presentation => {
            profile.levels[level].clone()
        }
        Some(level) => format!("{}*", profile.levels[level]),
    };
    let cell_width = layout.cell_width;
    let text = break_at_dashes(ui, &text, cell_width - 8.0, &layout.cell_text_style);
    let hover = format!(
        "{}, {}, scenario {}: '{}'",
        table_number(&profile.title),
        component.name,
        view.data.scenarios[s].number,
        cell.text
    );
    // A remark ("*") is more than the pointer's: the cell takes the
    // keyboard focus and shows it then too.
    let remark = !cell.remark.is_empty() && !view.window.figure;
    let sense = if remark {
        egui::Sense::focusable_noninteractive()
    } else {
        egui::Sense::hover()
    };
    let shown_cell = table.cell_with(ui, CellKind::Cell, sense, |ui| {
        egui::Frame::new()
            .fill(fill)
            .stroke(egui::Stroke::new(1.0, super::style::outline_for(fill)))
            .inner_margin(egui::Margin::symmetric(4, 1))
            .corner_radius(2.0)
            .show(ui, |ui| {
                ui.set_width(cell_width - 8.0);
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(text)
                            .text_style(layout.cell_text_style.clone())
                            .color(text_on(fill)),
                    )
                    .wrap(),
                );
            })
    });
    if remark {
        super::a11y::hint(shown_cell.response, hover);
    } else {
        shown_cell.response.on_hover_text(hover);
    }
}
