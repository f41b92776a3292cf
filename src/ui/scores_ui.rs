//! Scores: the performance table (scenarios × criteria), each cell the
//! level with its source on hover. Click a cell to change its score; a
//! reason is required. Scenarios and criteria can be hidden (left out of
//! ranking and robustness), added (`add_item_ui.rs`) and, when added,
//! removed.

use super::actions::{Actions, Change};
use super::add_item_ui::add_items_ui;
use super::style::favourability_colour;
use super::view_model::ViewModel;
use crate::model::own::{ScoreChange, check_reason};

/// The cell being edited, kept in egui's memory between frames.
#[derive(Debug, Clone, Default)]
struct Editor {
    cell: Option<(usize, usize)>,
    level: usize,
    reason: String,
    refusal: Option<String>,
    /// The cell's button, to give the focus back to when the editor closes.
    opener: Option<egui::Id>,
}

fn editor_id() -> egui::Id {
    egui::Id::unique("score_editor")
}

pub fn scores_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("scores_tab")
        .show(ui, |ui| super::layout::follow_focus(ui, |ui| {
            ui.heading("Scores per scenario en criterium");
            ui.label(
                egui::RichText::new(
                    "Elke score is een interpretatie van de bron; wijs een cel aan voor bron en toelichting. Klik om een score te wijzigen: een reden is verplicht. Vink uit wat niet mee moet tellen in rangorde en robuustheid.",
                )
                .small(),
            );
            ui.add_space(6.0);
            table_ui(ui, view, out);
            ui.add_space(8.0);
            editor_ui(ui, view, out);
            ui.add_space(12.0);
            add_items_ui(ui, view, out);
        }));
}

fn table_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let data = &view.data;
    let inputs = &view.inputs;
    let levels = inputs.score_levels(data);
    let top = data.scale.levels.len().max(2) - 1;
    let dark = ui.visuals().dark_mode;
    // The table fits the view: the scenario names take up to a quarter,
    // the criteria share the rest; headers and levels shrink rather than
    // push the table beyond the edge (views never scroll sideways).
    let spacing = 6.0;
    let columns = data.criteria.len().max(1) as f32;
    let name_width = (ui.available_width() * 0.25).clamp(140.0, 260.0);
    let column_width = ((ui.available_width() - name_width - spacing * (columns + 1.0)) / columns)
        .clamp(40.0, 180.0);
    let button_padding = 2.0 * ui.spacing().button_padding.x + 2.0;
    // A changed score carries a star.
    let level_texts: Vec<String> = data
        .scale
        .levels
        .iter()
        .map(|l| format!("{} *", l.label))
        .collect();
    let level_size = super::layout::size_fitting(
        ui,
        level_texts.iter().map(String::as_str),
        column_width - button_padding - 12.0,
        true,
    );
    let headers: Vec<String> = data
        .criteria
        .iter()
        .map(|c| {
            format!(
                "{}. {}{}",
                c.number,
                c.name,
                if c.added { " (eigen)" } else { "" }
            )
        })
        .collect();
    // Each word with the space after it (egui wraps at a space that fits).
    let header_words: Vec<String> = headers
        .iter()
        .flat_map(|h| h.split_whitespace())
        .map(|w| format!("{w} "))
        .collect();
    let header_size = super::layout::size_fitting(
        ui,
        header_words.iter().map(String::as_str),
        column_width,
        true,
    );
    egui::Grid::new("performance_table")
        .spacing([spacing, 4.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            ui.label(egui::RichText::new("Scenario").strong());
            for (c, criterion) in data.criteria.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.set_width(column_width);
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(&headers[c]).strong().size(header_size),
                        )
                        .wrap(),
                    )
                    .on_hover_text(&criterion.explanation);
                    let mut shown = !inputs.criteria[c].hidden;
                    if ui
                        .checkbox(&mut shown, "telt mee")
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
                });
            }
            ui.end_row();
            for (s, scenario) in data.scenarios.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.set_width(name_width);
                    let mark = if scenario.added { " (eigen)" } else { "" };
                    ui.add(
                        egui::Label::new(egui::RichText::new(format!(
                            "{}{mark}",
                            scenario.label()
                        )))
                        .wrap(),
                    )
                    .on_hover_text(&scenario.description);
                    let mut shown = !inputs.scenarios[s].hidden;
                    if ui
                        .checkbox(&mut shown, "telt mee")
                        .on_hover_text(format!("{} in rangorde en robuustheid", scenario.label()))
                        .accessible_name(format!("{} telt mee", scenario.label()))
                        .changed()
                    {
                        out.change(Change::HideScenario {
                            scenario: s,
                            hidden: !shown,
                        });
                    }
                });
                for (c, &level) in levels[s].iter().enumerate() {
                    let changed = inputs.scenarios[s].scores[c].is_some();
                    let fill = favourability_colour(level as f32 / top as f32, dark);
                    let text = format!(
                        "{}{}",
                        data.scale.levels[level].label,
                        if changed { " *" } else { "" }
                    );
                    let mut rich = egui::RichText::new(text)
                        .size(level_size)
                        .color(super::style::text_on(fill));
                    if changed {
                        rich = rich.strong();
                    }
                    let button = egui::Button::new(rich)
                        .fill(fill)
                        .stroke(egui::Stroke::new(1.0, super::style::outline_for(fill)))
                        .min_size(egui::vec2(column_width, 24.0));
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
                            scenario.label(),
                            data.criteria[c].name
                        ));
                    // What a screen reader says after the name: the level,
                    // and whether it was changed (from which level).
                    let level_words = match inputs.scenarios[s].scores[c].as_ref() {
                        Some(_) => {
                            let original = data
                                .scores
                                .get(s)
                                .and_then(|row| row.get(c))
                                .map(|o| data.scale.levels[o.level].label.clone());
                            match original {
                                Some(o) => format!(
                                    "{}, gewijzigd (bron: {o})",
                                    data.scale.levels[level].label
                                ),
                                None => data.scale.levels[level].label.clone(),
                            }
                        }
                        None => data.scale.levels[level].label.clone(),
                    };
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
                ui.end_row();
            }
        });
    ui.label(
        egui::RichText::new("* = gewijzigd ten opzichte van de bron (met reden)")
            .small()
            .weak(),
    );
}

fn editor_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let mut editor: Editor = ui.data(|d| d.get_temp(editor_id())).unwrap_or_default();
    let Some((s, c)) = editor.cell else {
        return;
    };
    let data = &view.data;
    if s >= data.scenarios.len() || c >= data.criteria.len() {
        ui.data_mut(|d| d.remove::<Editor>(editor_id()));
        return;
    }
    let changed = view.inputs.scenarios[s].scores[c].is_some();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            egui::RichText::new(format!(
                "Score van {} op '{}'",
                data.scenarios[s].label(),
                data.criteria[c].name
            ))
            .strong(),
        );
        let score = &data.scores[s][c];
        ui.add(
            egui::Label::new(format!(
                "In de bron: {} – {} ({})",
                data.scale.levels[score.level].label,
                score.rationale,
                score.sources.join("; ")
            ))
            .wrap(),
        );
        ui.horizontal_wrapped(|ui| {
            ui.label("Nieuwe score:");
            for (l, level) in data.scale.levels.iter().enumerate() {
                ui.radio_value(&mut editor.level, l, &level.label);
            }
        });
        let label = ui.label("Reden (verplicht):");
        ui.add(
            egui::TextEdit::multiline(&mut editor.reason)
                .desired_rows(2)
                .desired_width(ui.available_width().min(700.0)),
        )
        .labelled_by(label.id);
        if let Some(refusal) = &editor.refusal {
            ui.colored_label(ui.visuals().warn_fg_color, refusal);
        }
        ui.horizontal(|ui| {
            if ui.button("Score wijzigen").clicked() {
                match check_reason(&editor.reason) {
                    Ok(()) => {
                        out.change(Change::Score {
                            scenario: s,
                            criterion: c,
                            change: Some(ScoreChange {
                                level: editor.level,
                                reason: editor.reason.trim().to_owned(),
                            }),
                        });
                        editor.cell = None;
                    }
                    Err(refusal) => editor.refusal = Some(refusal.to_owned()),
                }
            }
            if changed && ui.button("Terug naar de bron").clicked() {
                out.change(Change::Score {
                    scenario: s,
                    criterion: c,
                    change: None,
                });
                editor.cell = None;
            }
            if ui.button("Sluiten").on_hover_text("Esc").clicked() {
                editor.cell = None;
            }
        });
    });
    // Escape closes without a change.
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        editor.cell = None;
    }
    if editor.cell.is_none() {
        // The focus back on the cell it was opened from.
        if let Some(opener) = editor.opener {
            ui.memory_mut(|m| m.request_focus(opener));
        }
        ui.data_mut(|d| d.remove::<Editor>(editor_id()));
    } else {
        ui.data_mut(|d| d.insert_temp(editor_id(), editor));
    }
}
