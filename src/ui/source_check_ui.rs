//! Bronnencontrole: every published cell of the volume and staffing tables
//! recomputed, the suspected misprint and its correction, and the choice of
//! how the ratios follow from the table.

use super::actions::{Actions, Change};
use super::view_model::ViewModel;
use crate::model::explain::{
    check_item_line, check_summary, explanation_line, table_number, tolerance_sentence,
};
use crate::model::fit::FitChoice;
use crate::model::source_check::Status;

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
    egui::ScrollArea::vertical()
        .id_salt("source_check")
        .show(ui, |ui| {
            ui.heading(format!(
                "Bronnencontrole {} en {}",
                table_number(&data.volume_table.title),
                table_number(&data.staffing_table.title)
            ));
            ui.label(format!(
                "{} cellen nagerekend: {} kloppen precies; {}.",
                check.items.len(),
                check.count(Status::Equal),
                check_summary(check)
            ));
            ui.label(
                egui::RichText::new(format!(
                    "Afronding: {} (de precisie waarmee het rapport de cellen publiceert).",
                    tolerance_sentence(data, &check.tolerances)
                ))
                .small()
                .weak(),
            );
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
            let misprints: Vec<_> = check
                .items
                .iter()
                .filter(|i| i.status == Status::SuspectedMisprint)
                .collect();
            if !misprints.is_empty() {
                ui.add_space(8.0);
                ui.label(egui::RichText::new("Vermoedelijke drukfout").strong());
                for item in misprints {
                    ui.add(egui::Label::new(format!("• {}", check_item_line(data, item))).wrap());
                }
            }
            if check.count(Status::Discrepancy) > 0 {
                ui.add_space(8.0);
                ui.label(egui::RichText::new("Afwijkingen").strong());
                for item in check.discrepancies() {
                    ui.add(egui::Label::new(format!("• {}", check_item_line(data, item))).wrap());
                }
                if !check.explanations.is_empty() {
                    ui.label(egui::RichText::new("Mogelijke verklaring").strong());
                    for e in &check.explanations {
                        let text = egui::RichText::new(format!("• {}", explanation_line(data, e)));
                        let text = if e.total_agrees { text.strong() } else { text };
                        ui.add(egui::Label::new(text).wrap());
                    }
                }
            }
            ui.add_space(8.0);
            egui::CollapsingHeader::new(format!("Afrondingen ({})", check.count(Status::Rounding)))
                .id_salt("roundings")
                .default_open(false)
                .show(ui, |ui| {
                    for item in check.items.iter().filter(|i| i.status == Status::Rounding) {
                        ui.add(
                            egui::Label::new(format!("• {}", check_item_line(data, item))).wrap(),
                        );
                    }
                });
        });
}
