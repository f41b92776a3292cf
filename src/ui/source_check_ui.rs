//! The source check: what the model found when recomputing every published
//! cell of the volume and staffing tables.

use super::actions::{Actions, Command};
use super::view_model::ViewModel;
use crate::model::explain::{check_item_line, explanation_line, table_number, tolerance_sentence};
use crate::model::source_check::Status;

/// The source check in its own window, open while the view model says so.
pub struct SourceCheckWindow;

impl SourceCheckWindow {
    pub fn show(ctx: &egui::Context, view: &ViewModel, out: &mut Actions) {
        let mut open = view.window.source_check_open;
        if !open {
            return;
        }
        egui::Window::new("Bronnencontrole")
            .open(&mut open)
            .default_size([760.0, 520.0])
            .vscroll(false)
            .show(ctx, |ui| source_check_ui(ui, view, out));
        if !open {
            out.command(Command::CloseSourceCheck);
        }
    }
}

pub fn source_check_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let ViewModel { data, check, .. } = view;
    ui.label(format!(
        "{} cellen van {} en {} nagerekend: {} kloppen, {} op afronding na, {} wijken af.",
        check.items.len(),
        table_number(&data.volume_table.title),
        table_number(&data.staffing_table.title),
        check.count(Status::Equal),
        check.count(Status::Rounding),
        check.count(Status::Discrepancy)
    ));
    ui.label(
        egui::RichText::new(format!(
            "Afronding: {} (de precisie waarmee het rapport de cellen publiceert). De verhoudingen volgen uit alle rijen samen (kleinste kwadraten); geen rij krijgt voorrang.",
            tolerance_sentence(data, &check.tolerances)
        ))
        .small()
        .weak(),
    );
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 10.0)
        .show(ui, |ui| {
            if !check.explanations.is_empty() {
                ui.add_space(6.0);
                ui.label(egui::RichText::new("Mogelijke verklaring").strong());
                for e in check.explanations.iter().filter(|e| e.total_agrees) {
                    ui.label(
                        egui::RichText::new(format!("• {}", explanation_line(data, e))).strong(),
                    );
                }
                for e in check.explanations.iter().filter(|e| !e.total_agrees) {
                    ui.label(format!("• {}", explanation_line(data, e)));
                }
            }
            if check.count(Status::Discrepancy) > 0 {
                ui.add_space(6.0);
                ui.label(egui::RichText::new("Afwijkingen").strong());
                for item in check.discrepancies() {
                    ui.label(format!("• {}", check_item_line(data, item)));
                }
            }
            ui.add_space(6.0);
            egui::CollapsingHeader::new(format!("Afrondingen ({})", check.count(Status::Rounding)))
                .default_open(false)
                .show(ui, |ui| {
                    for item in check.items.iter().filter(|i| i.status == Status::Rounding) {
                        ui.label(format!("• {}", check_item_line(data, item)));
                    }
                });
        });
}
