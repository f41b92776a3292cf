//! Bronnencontrole: every published cell of the volume and staffing tables
//! recomputed, the suspected misprint and its correction, and the choice of
//! how the ratios follow from the table.

use super::actions::{Actions, Change};
use crate::model::fit::FitChoice;
use crate::model::source_check::Status;
use crate::present::view_model::ViewModel;

pub fn source_check_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let ViewModel {
        data,
        check,
        inputs,
        fit_sentences,
        ..
    } = view;
    if data.staffing_table.rows.is_empty() && data.volume_table.rows.is_empty() {
        ui.heading("Bronnencontrole");
        ui.label(format!(
            "{} publiceert geen tabellen met bedragen of formatie: er is niets na te rekenen. De bron van elke score staat bij de score (weergave Scores).",
            data.name
        ));
        return;
    }
    let Some(texts) = &view.source_check_texts else {
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("source_check")
        .show(ui, |ui| super::layout::follow_focus(ui, |ui| {
            ui.heading(&texts.heading);
            ui.label(&texts.counts);
            ui.label(egui::RichText::new(&texts.tolerance).small().weak());
            ui.add_space(8.0);
            ui.label(egui::RichText::new("Hoe volgen de verhoudingen uit de tabel?").strong());
            if !data.misprints.is_empty() {
                for (fit, label) in [
                    (
                        FitChoice::Corrected,
                        "Met de vermoedelijke drukfout gecorrigeerd (standaard)",
                    ),
                    (FitChoice::AllCells, "Alle cellen zoals gedrukt"),
                ] {
                    if ui.radio(inputs.fit == fit, label).clicked() && inputs.fit != fit {
                        out.change(Change::Fit(fit));
                    }
                }
            }
            for sentence in fit_sentences {
                ui.add(egui::Label::new(sentence).wrap());
            }
            ui.label(
                egui::RichText::new(
                    "Kleinste kwadraten over alle rijen samen; geen rij krijgt voorrang. De keuze staat in de aannameset.",
                )
                .small()
                .weak(),
            );
            if !texts.misprints.is_empty() {
                ui.add_space(8.0);
                ui.label(egui::RichText::new("Vermoedelijke drukfout").strong());
                for line in &texts.misprints {
                    ui.add(egui::Label::new(line).wrap());
                }
            }
            if !texts.discrepancies.is_empty() {
                ui.add_space(8.0);
                ui.label(egui::RichText::new("Afwijkingen").strong());
                for line in &texts.discrepancies {
                    ui.add(egui::Label::new(line).wrap());
                }
                if !texts.explanations.is_empty() {
                    ui.label(egui::RichText::new("Mogelijke verklaring").strong());
                    for (line, total_agrees) in &texts.explanations {
                        let text = egui::RichText::new(line);
                        let text = if *total_agrees { text.strong() } else { text };
                        ui.add(egui::Label::new(text).wrap());
                    }
                }
            }
            ui.add_space(8.0);
            super::a11y::expandable(&egui::CollapsingHeader::new(format!("Afrondingen ({})", check.count(Status::Rounding)))
                .id_salt("roundings")
                .default_open(false)
                .show(ui, |ui| {
                    for line in &texts.roundings {
                        ui.add(egui::Label::new(line).wrap());
                    }
                }));
        }));
}
