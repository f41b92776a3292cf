//! "Afleiding per staaf": what the pointer reads over each bar segment of
//! the staffing chart, and over each amount and bar of Lasten, as a dialog
//! that the keyboard opens and a screen reader reads in order (WCAG 2.1.1,
//! 1.3.1: nothing only on hover).

use super::actions::{Actions, Chart, Command};
use crate::present::view_model::ViewModel;

/// The button that opens the derivation of `chart`.
pub fn derivation_button_ui(ui: &mut egui::Ui, view: &ViewModel, chart: Chart, out: &mut Actions) {
    if view.window.figure || view.window.presentation {
        return;
    }
    if ui
        .button("Afleiding per staaf…")
        .on_hover_text("Wat elke staaf en elk bedrag toont en hoe het volgt, als tekst")
        .clicked()
    {
        out.command(Command::ShowDerivation(chart));
    }
}

/// The dialog with the derivation of `chart`.
pub fn derivation_ui(ctx: &egui::Context, view: &ViewModel, chart: Chart, out: &mut Actions) {
    let title = match chart {
        Chart::Costs => "Afleiding van de lasten",
        Chart::Staffing => "Afleiding van de formatie",
    };
    super::dialog_ui::modal_dialog(ctx, "derivation_dialog", title, 760.0, |ui| {
        match chart {
            Chart::Costs => costs_derivation_ui(ui, view),
            Chart::Staffing => staffing_derivation_ui(ui, view),
        }
        ui.add_space(6.0);
        let close = ui.button("Sluiten");
        if close.clicked() {
            out.command(Command::CloseDerivation);
        }
        Some(close)
    });
}

fn line(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

fn staffing_derivation_ui(ui: &mut egui::Ui, view: &ViewModel) {
    for year in &view.years {
        ui.label(egui::RichText::new(format!("{}: {}", year.year, year.total_text)).strong());
        line(ui, &year.provenance_text);
        for (c, series) in view.series.iter().enumerate() {
            if year.series_fte[c] > 0.0 {
                line(
                    ui,
                    &format!("{} {}: {}", c + 1, series.name, year.series_tooltips[c]),
                );
            }
        }
        ui.add_space(4.0);
    }
}

fn costs_derivation_ui(ui: &mut egui::Ui, view: &ViewModel) {
    let Some(costs) = &view.costs else {
        line(ui, "Er zijn nog geen lasten ingevuld.");
        return;
    };
    for (p, period) in costs.periods.iter().enumerate() {
        ui.label(egui::RichText::new(period).strong());
        for row in costs.rows.iter().chain([&costs.total]) {
            if let Some(how) = row.hovers.get(p).filter(|h| !h.is_empty()) {
                line(ui, how);
            } else if let Some(cell) = row.cells.get(p) {
                line(ui, &format!("{}: {cell}", row.name));
            }
        }
        if let Some(bars) = costs.bars.get(p) {
            for bar in bars {
                line(ui, &bar.derivation);
            }
        }
        ui.add_space(4.0);
    }
    if costs
        .transition
        .iter()
        .any(|t| !t.per_participant.is_empty())
    {
        ui.label(egui::RichText::new("Transitiekosten per deelnemer").strong());
        for t in &costs.transition {
            line(ui, &format!("{}: {}", t.label, t.text));
            for part in &t.per_participant {
                line(ui, &format!("  {part}"));
            }
        }
    }
}
