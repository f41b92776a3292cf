//! Scores: the performance table (scenarios × criteria), each cell the
//! level with its source on hover. Click a cell to change its score; a
//! reason is required. Scenarios and criteria can be hidden (left out of
//! ranking and robustness), added (`add_item_ui.rs`) and, when added,
//! removed.

use super::actions::{Actions, Change};
use super::add_item_ui::add_items_ui;
use super::scores_table_ui::{Editor, editor_id};
use crate::model::own::{ScoreChange, check_reason};
use crate::present::view_model::ViewModel;

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
            super::scores_table_ui::table_ui(ui, view, out);
            ui.add_space(8.0);
            editor_ui(ui, view, out);
            ui.add_space(12.0);
            add_items_ui(ui, view, out);
        }));
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
