//! The Scores tab's table: a row per scenario, a column per criterion,
//! each cell a button with the level (click to change it). When the
//! columns are too narrow for the levels at a readable size (150 or 200 %
//! text, seven criteria on a laptop) each scenario becomes a block with a
//! row per criterion: the text keeps its size, the view scrolls down.

use super::actions::{Actions, Change};
use super::layout::{size_fitting, text_cell_ui};
use super::style::{favourability_colour, text_width};
use crate::present::view_model::ViewModel;

/// The cell being edited, kept in egui's memory between frames.
#[derive(Debug, Clone, Default)]
pub(super) struct Editor {
    pub cell: Option<(usize, usize)>,
    pub level: usize,
    pub reason: String,
    pub refusal: Option<String>,
    /// The cell's button, to give the focus back to when the editor closes.
    pub opener: Option<egui::Id>,
}

pub(super) fn editor_id() -> egui::Id {
    egui::Id::unique("score_editor")
}

const SPACING_PT: f32 = 6.0;

/// The table's widths and text sizes in the width it has.
struct Measures {
    /// Scenario names (with "(eigen)" for an own one).
    names: Vec<String>,
    /// "1. Juridische en bestuurlijke legitimiteit", with "(eigen)".
    headers: Vec<String>,
    name_width: f32,
    column_width: f32,
    name_size: f32,
    header_size: f32,
    level_size: f32,
}

/// Words with the space after them (egui wraps at a space that fits).
fn words(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|w| format!("{w} "))
        .collect()
}

impl Measures {
    fn of(ui: &egui::Ui, view: &ViewModel) -> Self {
        let data = &view.data;
        let own = |added: bool| if added { " (eigen)" } else { "" };
        let names: Vec<String> = data
            .scenarios
            .iter()
            .map(|s| format!("{}{}", s.label(), own(s.added)))
            .collect();
        let headers: Vec<String> = data
            .criteria
            .iter()
            .map(|c| format!("{}. {}{}", c.number, c.name, own(c.added)))
            .collect();
        let width = ui.available_width();
        let columns = data.criteria.len().max(1) as f32;
        // The names take a quarter, more for their longest word (up to a
        // third); beyond that they shrink rather than break a word.
        let name_words = words(&names);
        let widest_word = name_words
            .iter()
            .map(|w| text_width(ui, egui::RichText::new(w)))
            .fold(0.0_f32, f32::max);
        let name_width = (width * 0.25)
            .clamp(140.0, 260.0)
            .max((widest_word + 4.0).min(width / 3.0));
        let column_width =
            ((width - name_width - SPACING_PT * (columns + 1.0)) / columns).clamp(40.0, 180.0);
        let name_size = size_fitting(ui, name_words.iter().map(String::as_str), name_width, false);
        let header_size = size_fitting(
            ui,
            words(&headers).iter().map(String::as_str),
            column_width,
            true,
        );
        let level_size = level_size(ui, view, column_width);
        Self {
            names,
            headers,
            name_width,
            column_width,
            name_size,
            header_size,
            level_size,
        }
    }

    /// Whether the grid would shrink its text below the small size: then
    /// the blocks are shown instead.
    fn too_narrow(&self, ui: &egui::Ui) -> bool {
        let small = egui::TextStyle::Small.resolve(ui.style()).size;
        self.level_size < small || self.header_size < small || self.name_size < small
    }
}

/// The largest size (up to the body's) at which every level, with the star
/// of a changed score, fits a button `width` wide.
fn level_size(ui: &egui::Ui, view: &ViewModel, width: f32) -> f32 {
    let button_padding = 2.0 * ui.spacing().button_padding.x + 2.0;
    let level_texts: Vec<String> = view
        .data
        .scale
        .levels
        .iter()
        .map(|l| format!("{} *", l.label))
        .collect();
    size_fitting(
        ui,
        level_texts.iter().map(String::as_str),
        width - button_padding - 12.0,
        true,
    )
}

pub fn table_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let measures = Measures::of(ui, view);
    if measures.too_narrow(ui) {
        blocks_ui(ui, view, out);
    } else {
        grid_ui(ui, view, &measures, out);
    }
    ui.label(
        egui::RichText::new("* = gewijzigd ten opzichte van de bron (met reden)")
            .small()
            .weak(),
    );
}

/// The table that fits: names a quarter of the width, the criteria share
/// the rest; headers and levels shrink a little rather than push the
/// table beyond the edge (views never scroll sideways).
fn grid_ui(ui: &mut egui::Ui, view: &ViewModel, m: &Measures, out: &mut Actions) {
    let data = &view.data;
    let levels = view.inputs.score_levels(data);
    egui::Grid::new("performance_table")
        .spacing([SPACING_PT, 4.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            ui.label(egui::RichText::new("Scenario").strong());
            for c in 0..data.criteria.len() {
                ui.vertical(|ui| {
                    ui.set_width(m.column_width);
                    let header = egui::RichText::new(&m.headers[c])
                        .strong()
                        .size(m.header_size);
                    ui.add(egui::Label::new(header).wrap())
                        .on_hover_text(&data.criteria[c].explanation);
                    criterion_counts_ui(ui, view, c, "telt mee", out);
                });
            }
            ui.end_row();
            for (s, row) in levels.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.set_width(m.name_width);
                    let name = egui::RichText::new(&m.names[s]).size(m.name_size);
                    ui.add(egui::Label::new(name).wrap())
                        .on_hover_text(&data.scenarios[s].description);
                    scenario_counts_ui(ui, view, s, out);
                });
                for (c, &level) in row.iter().enumerate() {
                    score_button_ui(ui, view, (s, c), level, m.column_width, m.level_size);
                }
                ui.end_row();
            }
        });
}

/// Each scenario a block: its name and "telt mee", then a row per
/// criterion with the criterion's name and the score's button. The
/// criteria's own "telt mee" come first, each with the criterion's name.
fn blocks_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let data = &view.data;
    let levels = view.inputs.score_levels(data);
    ui.label(egui::RichText::new("Criteria die meetellen").strong());
    for (c, criterion) in data.criteria.iter().enumerate() {
        let own = if criterion.added { " (eigen)" } else { "" };
        let label = format!("{}. {}{own}", criterion.number, criterion.name);
        criterion_counts_ui(ui, view, c, &label, out);
    }
    let width = ui.available_width();
    let button_width = (width * 0.4).clamp(90.0, 220.0);
    let label_width = (width - button_width - SPACING_PT).max(60.0);
    let level_size = level_size(ui, view, button_width);
    let body = egui::TextStyle::Body;
    for (s, row) in levels.iter().enumerate() {
        ui.add_space(8.0);
        let scenario = &data.scenarios[s];
        let own = if scenario.added { " (eigen)" } else { "" };
        ui.add(
            egui::Label::new(egui::RichText::new(format!("{}{own}", scenario.label())).strong())
                .wrap(),
        )
        .on_hover_text(&scenario.description);
        scenario_counts_ui(ui, view, s, out);
        for (c, &level) in row.iter().enumerate() {
            ui.horizontal(|ui| {
                let criterion = &data.criteria[c];
                let name = format!("{}. {}", criterion.number, criterion.name);
                text_cell_ui(ui, label_width, egui::RichText::new(name), &body)
                    .on_hover_text(&criterion.explanation);
                score_button_ui(ui, view, (s, c), level, button_width, level_size);
            });
        }
    }
}

/// "telt mee" of criterion `c`: in ranking and robustness or not.
fn criterion_counts_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    c: usize,
    label: &str,
    out: &mut Actions,
) {
    let criterion = &view.data.criteria[c];
    let mut shown = !view.inputs.criteria[c].hidden;
    if ui
        .checkbox(&mut shown, label)
        .on_hover_text(format!(
            "Criterium {} in rangorde en robuustheid",
            criterion.number
        ))
        .accessible_name(format!("{} telt mee", criterion.name))
        .changed()
    {
        out.change(Change::HideCriterion {
            criterion: c,
            hidden: !shown,
        });
    }
}

/// "telt mee" of scenario `s`.
fn scenario_counts_ui(ui: &mut egui::Ui, view: &ViewModel, s: usize, out: &mut Actions) {
    let label = view.data.scenarios[s].label();
    let mut shown = !view.inputs.scenarios[s].hidden;
    if ui
        .checkbox(&mut shown, "telt mee")
        .on_hover_text(format!("{label} in rangorde en robuustheid"))
        .accessible_name(format!("{label} telt mee"))
        .changed()
    {
        out.change(Change::HideScenario {
            scenario: s,
            hidden: !shown,
        });
    }
}

/// The score of scenario `s` on criterion `c` as a button in the colour of
/// its level (a changed one starred and outlined); its source on hover;
/// a click opens the editor below the table.
fn score_button_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    (s, c): (usize, usize),
    level: usize,
    width: f32,
    size: f32,
) {
    let data = &view.data;
    let inputs = &view.inputs;
    let top = data.scale.levels.len().max(2) - 1;
    let changed = inputs.scenarios[s].scores[c].is_some();
    let fill = favourability_colour(level as f32 / top as f32, ui.visuals().dark_mode);
    let text = format!(
        "{}{}",
        data.scale.levels[level].label,
        if changed { " *" } else { "" }
    );
    let mut rich = egui::RichText::new(text)
        .size(size)
        .color(super::style::text_on(fill));
    if changed {
        rich = rich.strong();
    }
    let button = egui::Button::new(rich)
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, super::style::outline_for(fill)))
        .min_size(egui::vec2(width, 24.0));
    let button = if changed {
        button.stroke(egui::Stroke::new(2.0, ui.visuals().strong_text_color()))
    } else {
        button
    };
    let response = ui
        .add(button)
        .on_hover_text(
            view.score_origins
                .get(s)
                .and_then(|row| row.get(c))
                .map_or("", String::as_str),
        )
        .accessible_name(format!(
            "Score {} op {}",
            data.scenarios[s].label(),
            data.criteria[c].name
        ));
    // What a screen reader says after the name: the level, and whether it
    // was changed (from which level).
    let level_words = level_words(view, (s, c), level);
    response
        .ctx
        .accesskit_node_builder(response.id, |n| n.set_description(level_words));
    if response.clicked() {
        let editor = Editor {
            cell: Some((s, c)),
            level,
            reason: inputs.scenarios[s].scores[c]
                .as_ref()
                .map(|x| x.reason.clone())
                .unwrap_or_default(),
            refusal: None,
            opener: Some(response.id),
        };
        ui.data_mut(|d| d.insert_temp(editor_id(), editor));
    }
}

/// "Goed", or "Goed, gewijzigd (bron: Matig)" for a changed score.
fn level_words(view: &ViewModel, (s, c): (usize, usize), level: usize) -> String {
    let data = &view.data;
    let label = data.scale.levels[level].label.clone();
    if view.inputs.scenarios[s].scores[c].is_none() {
        return label;
    }
    match data
        .scores
        .get(s)
        .and_then(|row| row.get(c))
        .map(|o| data.scale.levels[o.level].label.clone())
    {
        Some(original) => format!("{label}, gewijzigd (bron: {original})"),
        None => label,
    }
}
