//! The inputs of the cost per scenario, each with its source: the horizon
//! (first year, years), a budget, how the Monte Carlo draws, and per
//! component of the cost profile (Tabel 5) its kind and its ranges
//! (`scenario_cost_ranges_ui.rs`). Nothing is filled in for the user: a
//! level without a range is "onbekend", and the results say so.

use rust_decimal::Decimal;

use super::actions::{Actions, Change};
use super::confirm_ui::delete_button_ui;
use super::cost_fields::{amount_field_ui, source_field_ui};
use super::number_field::{number_field_ui, refusal_ui};
use crate::model::costs::{
    Amount, ComponentCosts, CostInputs, CostKind, CostRange, Distribution, Horizon,
};
use crate::numbers::{BUDGET_EUR, HORIZON_START, HORIZON_YEARS};
use crate::present::view_model::ViewModel;

/// Every input of the cost per scenario; one change when anything changed.
pub fn scenario_cost_inputs_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let mut costs = view.inputs.costs.clone();
    ui.heading("Invoer");
    ui.add(
        egui::Label::new(
            "Alle bedragen typt u zelf, met hun bron of reden; niets is vooraf ingevuld. Een niveau zonder bandbreedte is 'onbekend'. De verdeelsleutel, loonkosten en overige kosten (in elk scenario gelijk) typt u bij Lasten.",
        )
        .wrap(),
    );
    ui.add_space(8.0);
    horizon_ui(ui, view, &mut costs, out);
    ui.add_space(8.0);
    budget_ui(ui, &mut costs, out);
    ui.add_space(8.0);
    distribution_ui(ui, &mut costs);
    ui.add_space(8.0);
    components_ui(ui, view, &mut costs, out);
    if costs != view.inputs.costs {
        out.change(Change::Costs(costs));
    }
}

/// The first year and the number of years; empty: the staffing's years.
fn horizon_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &mut CostInputs, out: &mut Actions) {
    ui.label(egui::RichText::new("Looptijd").strong());
    let years = &view.data.years;
    let default = match (years.first(), years.last()) {
        (Some(&first), Some(&last)) => Some(Horizon {
            start: first,
            years: last - first + 1,
        }),
        _ => None,
    };
    let mut refusals = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.label("Beginjaar");
        let current = costs.horizon.map(|h| h.start.to_string());
        let start = number_field_ui(
            ui,
            "horizon_start",
            current.as_deref().unwrap_or_default(),
            &HORIZON_START,
            60.0,
            "Beginjaar van de looptijd",
            |typed, refusal| format!("Beginjaar '{typed}': {refusal}"),
        );
        ui.label("aantal jaren");
        let current = costs.horizon.map(|h| h.years.to_string());
        let length = number_field_ui(
            ui,
            "horizon_years",
            current.as_deref().unwrap_or_default(),
            &HORIZON_YEARS,
            40.0,
            "Aantal jaren van de looptijd",
            |typed, refusal| format!("Looptijd '{typed}': {refusal}"),
        );
        refusals.extend(start.refusal.into_iter().chain(length.refusal));
        let base = costs.horizon.or(default).unwrap_or(Horizon {
            start: 2000,
            years: 1,
        });
        let as_u16 = |v: Decimal| u16::try_from(v.trunc().mantissa()).ok();
        if let Some(s) = start.committed.and_then(as_u16) {
            costs.horizon = Some(Horizon { start: s, ..base });
        }
        if let Some(n) = length.committed.and_then(as_u16) {
            let base = costs.horizon.unwrap_or(base);
            costs.horizon = Some(Horizon { years: n, ..base });
        }
        if costs.horizon.is_some()
            && delete_button_ui(
                ui,
                "horizon",
                "wissen",
                "Looptijd wissen",
                "De looptijd",
                out,
            )
        {
            costs.horizon = None;
        }
    });
    // Under the fields: a wrapped label beside them would take the row's
    // whole width and lie over them.
    if costs.horizon.is_none() {
        let text = default.map_or_else(
            || "Leeg: één jaar.".to_owned(),
            |h| format!("Leeg: de jaren van de formatie, {}–{}.", h.start, h.end()),
        );
        ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
    }
    for refusal in refusals {
        refusal_ui(ui, &refusal);
    }
}

/// A budget for the region over the horizon, with its source.
fn budget_ui(ui: &mut egui::Ui, costs: &mut CostInputs, out: &mut Actions) {
    ui.label(egui::RichText::new("Budget voor de regio over de looptijd").strong());
    let mut refusals = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let current = costs.budget.as_ref().map(|b| b.eur);
        if let Some(eur) =
            amount_field_ui(ui, "budget", current, &BUDGET_EUR, "Budget", &mut refusals)
        {
            let source = costs.budget.take().map(|b| b.source).unwrap_or_default();
            costs.budget = Some(Amount { eur, source });
        }
        match &mut costs.budget {
            Some(budget) => {
                source_field_ui(ui, &mut budget.source, "het budget", 220.0);
                if delete_button_ui(ui, "budget", "wissen", "Budget wissen", "Het budget", out) {
                    costs.budget = None;
                }
            }
            None => {
                ui.label(egui::RichText::new("geen budget").weak());
            }
        }
    });
    for refusal in refusals {
        refusal_ui(ui, &refusal);
    }
}

/// How the Monte Carlo draws within a range.
fn distribution_ui(ui: &mut egui::Ui, costs: &mut CostInputs) {
    ui.label(egui::RichText::new("Onzekerheid binnen een bandbreedte").strong());
    super::a11y::radio_group(ui, "Verdeling binnen een bandbreedte", |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut costs.distribution,
                Distribution::Uniform,
                "gelijkmatig (elk bedrag even waarschijnlijk)",
            );
            ui.radio_value(
                &mut costs.distribution,
                Distribution::Triangular,
                "driehoek (het midden het waarschijnlijkst)",
            );
        });
    });
}

/// Where ranges are kept while their component is "niet in euro's" or
/// not entered, so switching back brings them back (nothing typed lost).
fn kept_ranges_id(key: &str) -> egui::Id {
    egui::Id::unique("kept_component_ranges").with(key)
}

/// The kinds a component can be given, "niet ingevuld" first.
const KIND_CHOICES: [Option<CostKind>; 5] = [
    None,
    Some(CostKind::PerYear),
    Some(CostKind::OneOff),
    Some(CostKind::SavingPerYear),
    Some(CostKind::NotInEuros),
];

fn kind_word(kind: Option<CostKind>) -> &'static str {
    kind.map_or("niet ingevuld", CostKind::word)
}

/// A component's kind; `None`: not entered (not in the set).
fn kind_picker_ui(ui: &mut egui::Ui, name: &str, kind: Option<CostKind>) -> Option<CostKind> {
    let mut choice = kind;
    egui::ComboBox::from_id_salt(("component_kind", name))
        .selected_text(kind_word(kind))
        .show_ui(ui, |ui| {
            for k in KIND_CHOICES {
                super::a11y::option_value(ui, &mut choice, k, kind_word(k));
            }
        })
        .response
        .accessible_name(format!("Soort {name}"));
    choice
}

/// Every row of the cost profile and the set's own components.
fn components_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &mut CostInputs, out: &mut Actions) {
    ui.label(egui::RichText::new("Onderdelen van het kostenprofiel in euro's").strong());
    let profile = &view.data.cost_profile;
    for (r, row) in profile.components.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if costs.transition.as_ref().is_some_and(|t| t.component == Some(r)) {
                ui.label(egui::RichText::new(&row.name).strong());
                ui.add(
                    egui::Label::new(
                        "eenmalig: de bandbreedtes staan bij Lasten (Transitiekosten) en tellen hier mee.",
                    )
                    .wrap(),
                );
                return;
            }
            let at = costs.components.iter().position(|c| c.component == Some(r));
            component_ui(ui, view, costs, at, (Some(r), &row.name), out);
        });
    }
    let own: Vec<usize> = (0..costs.components.len())
        .filter(|&i| costs.components[i].component.is_none())
        .collect();
    for i in own {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let name = costs.components[i].name.clone();
            component_ui(ui, view, costs, Some(i), (None, &name), out);
        });
    }
    if ui
        .button("+ eigen onderdeel")
        .on_hover_text("Een onderdeel dat het kostenprofiel niet heeft (een bandbreedte per scenario, met bron)")
        .clicked()
    {
        costs.components.push(ComponentCosts {
            component: None,
            name: format!("Eigen onderdeel {}", costs.components.len() + 1),
            kind: CostKind::OneOff,
            ranges: Vec::new(),
        });
    }
}

/// One component: its name (editable for an own one), its kind, its
/// ranges.
fn component_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    costs: &mut CostInputs,
    at: Option<usize>,
    (row, name): (Option<usize>, &str),
    out: &mut Actions,
) {
    let key = row.map_or_else(
        || format!("eigen:{}", at.unwrap_or(0)),
        |r| format!("rij:{r}"),
    );
    let kind = at.map(|i| costs.components[i].kind);
    let mut chosen = kind;
    ui.horizontal_wrapped(|ui| {
        match (row, at) {
            (None, Some(i)) => {
                ui.add(
                    egui::TextEdit::singleline(&mut costs.components[i].name).desired_width(220.0),
                )
                .accessible_name(format!("Naam van {name}"));
            }
            _ => {
                ui.label(egui::RichText::new(name).strong());
            }
        }
        chosen = kind_picker_ui(ui, name, kind);
        if let (None, Some(i)) = (row, at)
            && delete_button_ui(
                ui,
                ("own_component", i),
                "verwijderen",
                &format!("{name} verwijderen"),
                &format!("Het onderdeel '{name}'"),
                out,
            )
        {
            chosen = None;
        }
    });
    if chosen != kind {
        set_kind(ui, costs, at, row, name, &key, chosen);
        return;
    }
    if let Some(i) = at
        && costs.components[i].kind.in_euros()
    {
        super::scenario_cost_ranges_ui::ranges_ui(ui, view, &mut costs.components[i], &key);
    }
}

/// Gives a component another kind: its ranges kept aside while it does
/// not count in euros, and brought back when it does again.
fn set_kind(
    ui: &egui::Ui,
    costs: &mut CostInputs,
    at: Option<usize>,
    row: Option<usize>,
    name: &str,
    key: &str,
    chosen: Option<CostKind>,
) {
    let id = kept_ranges_id(key);
    match (at, chosen) {
        (Some(i), Some(k)) => {
            let c = &mut costs.components[i];
            if !k.in_euros() && !c.ranges.is_empty() {
                let kept = std::mem::take(&mut c.ranges);
                ui.data_mut(|d| d.insert_temp(id, kept));
            }
            if k.in_euros() && c.ranges.is_empty() {
                c.ranges = ui
                    .data(|d| d.get_temp::<Vec<CostRange>>(id))
                    .unwrap_or_default();
            }
            c.kind = k;
        }
        (Some(i), None) => {
            let removed = costs.components.remove(i);
            if !removed.ranges.is_empty() {
                ui.data_mut(|d| d.insert_temp(id, removed.ranges));
            }
        }
        (None, Some(k)) => {
            let ranges = if k.in_euros() {
                ui.data(|d| d.get_temp::<Vec<CostRange>>(id))
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            costs.components.push(ComponentCosts {
                component: row,
                name: if row.is_some() {
                    String::new()
                } else {
                    name.to_owned()
                },
                kind: k,
                ranges,
            });
        }
        (None, None) => {}
    }
}
