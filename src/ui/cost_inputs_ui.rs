//! The cost inputs of the Lasten tab, each with its source: loonkosten per
//! fte (one amount for all, or per category and role) and the other cost
//! lines per year; the key, own distributions and transition ranges are in
//! `cost_key_ui.rs`. Nothing is filled in for the user: an empty field is
//! "onbekend", and the tab says what is missing.

use super::actions::{Actions, Change};
use super::confirm_ui::delete_button_ui;
use super::cost_fields::{amount_field_ui, source_field_ui};
use super::layout::text_cell_ui;
use super::number_field::refusal_ui;
use crate::model::costs::{Amount, CostInputs, OtherCost, Wage, WageTarget, period_label, periods};
use crate::model::inputs::Supervision;
use crate::numbers::{COST_EUR, WAGE_EUR};
use crate::present::view_model::ViewModel;

/// Every cost input; one change when anything changed.
pub fn cost_inputs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let mut costs = view.inputs.costs.clone();
    let mut refusals = Vec::new();
    ui.heading("Invoer");
    ui.add(
        egui::Label::new(
            "Alle bedragen typt u zelf, met hun bron of reden; niets is vooraf ingevuld. Een leeg veld is 'onbekend' en staat hierboven bij wat nog ontbreekt.",
        )
        .wrap(),
    );
    // Each part's refusals right under it, by the field that was refused
    // (at the foot of the tab they were out of sight).
    let flush = |ui: &mut egui::Ui, refusals: &mut Vec<String>| {
        for refusal in refusals.drain(..) {
            refusal_ui(ui, &refusal);
        }
    };
    if !view.data.categories.is_empty() {
        ui.add_space(8.0);
        wages_ui(ui, view, &mut costs, &mut refusals, out);
        flush(ui, &mut refusals);
    }
    ui.add_space(8.0);
    other_lines_ui(ui, view, &mut costs, &mut refusals, out);
    flush(ui, &mut refusals);
    ui.add_space(8.0);
    super::cost_key_ui::key_ui(ui, view, &mut costs);
    ui.add_space(8.0);
    super::cost_key_ui::own_shares_ui(ui, view, &mut costs);
    ui.add_space(8.0);
    super::cost_key_ui::transition_inputs_ui(ui, view, &mut costs, &mut refusals, out);
    flush(ui, &mut refusals);
    if costs != view.inputs.costs {
        out.change(Change::Costs(costs));
    }
}

/// One amount for all, and one per category and role of the set.
fn wages_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    costs: &mut CostInputs,
    refusals: &mut Vec<String>,
    out: &mut Actions,
) {
    ui.label(egui::RichText::new("Loonkosten per fte (integraal, per jaar)").strong());
    let data = &view.data;
    let mut targets: Vec<(WageTarget, String)> = data
        .categories
        .iter()
        .enumerate()
        .map(|(c, x)| (WageTarget::Category(c), x.name.clone()))
        .collect();
    if let Supervision::Roles(roles) = &view.inputs.supervision {
        targets.extend(
            roles
                .roles
                .iter()
                .map(|r| (WageTarget::Role(r.name.clone()), format!("rol {}", r.name))),
        );
    }
    let label_width = targets
        .iter()
        .map(|(_, label)| label.as_str())
        .chain(["Alle functies en rollen"])
        .map(|label| super::style::text_width(ui, egui::RichText::new(label)))
        .fold(0.0_f32, f32::max)
        + 8.0;
    let body = egui::TextStyle::Body;
    ui.horizontal_wrapped(|ui| {
        text_cell_ui(
            ui,
            label_width,
            egui::RichText::new("Alle functies en rollen"),
            &body,
        );
        wage_all_ui(ui, costs, refusals, out);
    });
    for (target, label) in targets {
        ui.horizontal_wrapped(|ui| {
            text_cell_ui(ui, label_width, egui::RichText::new(&label), &body);
            wage_row_ui(ui, costs, (&target, &label), refusals, out);
        });
    }
}

/// One amount for every category and role, its source, "wissen".
fn wage_all_ui(
    ui: &mut egui::Ui,
    costs: &mut CostInputs,
    refusals: &mut Vec<String>,
    out: &mut Actions,
) {
    let current = costs.wage_all.as_ref().map(|a| a.eur);
    if let Some(eur) = amount_field_ui(
        ui,
        "wage_all",
        current,
        &WAGE_EUR,
        "Loonkosten voor alle functies en rollen",
        refusals,
    ) {
        let source = costs.wage_all.take().map(|a| a.source).unwrap_or_default();
        costs.wage_all = Some(Amount { eur, source });
    }
    match &mut costs.wage_all {
        Some(all) => {
            source_field_ui(
                ui,
                &mut all.source,
                "de loonkosten voor alle functies",
                260.0,
            );
            if delete_button_ui(
                ui,
                "wage_all",
                "wissen",
                "Loonkosten voor alle functies wissen",
                "De loonkosten voor alle functies",
                out,
            ) {
                costs.wage_all = None;
            }
        }
        None => {
            ui.label(egui::RichText::new("onbekend").weak());
        }
    }
}

/// A category's or role's own amount (else "zoals alle" or "onbekend"),
/// its source, "wissen".
fn wage_row_ui(
    ui: &mut egui::Ui,
    costs: &mut CostInputs,
    (target, label): (&WageTarget, &str),
    refusals: &mut Vec<String>,
    out: &mut Actions,
) {
    let position = costs.wages.iter().position(|w| &w.target == target);
    let current = position.map(|i| costs.wages[i].amount.eur);
    if let Some(eur) = amount_field_ui(
        ui,
        ("wage", label),
        current,
        &WAGE_EUR,
        &format!("Loonkosten {label}"),
        refusals,
    ) {
        match position {
            Some(i) => costs.wages[i].amount.eur = eur,
            None => costs.wages.push(Wage {
                target: target.clone(),
                amount: Amount {
                    eur,
                    source: String::new(),
                },
            }),
        }
    }
    match position {
        Some(i) => {
            source_field_ui(ui, &mut costs.wages[i].amount.source, label, 260.0);
            if delete_button_ui(
                ui,
                ("wage", label),
                "wissen",
                &format!("Loonkosten {label} wissen"),
                &format!("De loonkosten van {label}"),
                out,
            ) {
                costs.wages.remove(i);
            }
        }
        None => {
            let text = match &costs.wage_all {
                Some(all) => format!("zoals alle: {}", crate::format::euro(all.eur)),
                None => "onbekend".to_owned(),
            };
            ui.label(egui::RichText::new(text).weak());
        }
    }
}

/// The other cost lines: a name, an amount per year, a source, and whom
/// it is charged to (by the key when nobody is ticked).
fn other_lines_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    costs: &mut CostInputs,
    refusals: &mut Vec<String>,
    out: &mut Actions,
) {
    let data = &view.data;
    let periods = periods(data);
    ui.label(egui::RichText::new("Overige kosten (advies, ICT, huisvesting, …)").strong());
    let participants = crate::model::costs::participants(&view.data, costs);
    let mut remove = None;
    for (l, line) in costs.other.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::TextEdit::singleline(&mut line.name).desired_width(200.0))
                    .accessible_name(format!("Naam kostenpost {}", l + 1));
                source_field_ui(
                    ui,
                    &mut line.source,
                    &format!("kostenpost {}", line.name),
                    260.0,
                );
                if delete_button_ui(
                    ui,
                    ("other_line", l),
                    "verwijderen",
                    &format!("Kostenpost {} verwijderen", line.name),
                    &format!("Kostenpost '{}'", line.name),
                    out,
                ) {
                    remove = Some(l);
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (p, period) in periods.iter().enumerate() {
                    let label = period_label(*period);
                    ui.label(&label);
                    let current = line.per_year.get(p).copied().flatten();
                    if let Some(eur) = amount_field_ui(
                        ui,
                        ("other", l, p),
                        current,
                        &COST_EUR,
                        &format!("{} {label}", line.name),
                        refusals,
                    ) && let Some(slot) = line.per_year.get_mut(p)
                    {
                        *slot = Some(eur);
                    }
                }
            });
            if !participants.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label("Alleen voor (niemand aangevinkt: naar de verdeelsleutel):");
                    for name in &participants {
                        let mut ticked = line.charged_to.contains(name);
                        let what = format!("{} alleen voor {name}", line.name);
                        if super::layout::wrapped_checkbox(ui, &mut ticked, name)
                            .accessible_name(&what)
                            .on_hover_text(format!("{what} (artikel 8.4)"))
                            .changed()
                        {
                            if ticked {
                                line.charged_to.push(name.clone());
                            } else {
                                line.charged_to.retain(|n| n != name);
                            }
                        }
                    }
                });
            }
        });
    }
    if let Some(l) = remove {
        costs.other.remove(l);
    }
    if ui
        .button("+ kostenpost")
        .on_hover_text("Een kostenpost toevoegen (bedragen per jaar, met bron)")
        .clicked()
    {
        costs.other.push(OtherCost {
            name: format!("Kostenpost {}", costs.other.len() + 1),
            per_year: vec![None; periods.len()],
            source: String::new(),
            charged_to: Vec::new(),
        });
    }
}
