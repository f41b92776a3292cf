//! The participants (the municipalities of the data): a grid of weights per
//! participant and criterion — typed or dragged, as an importance order, or
//! by swing weighting — each participant's winner and order, the combined
//! profile, where they agree, and band-SMAA.

use std::cell::RefCell;

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use super::actions::{Actions, Change};
use super::number_field::refusal_ui;
use super::view_model::ViewModel;
use crate::format::{number_trimmed, percents_whole};
use crate::model::additions::{GroupMean, Profile, WeightMethod};
use crate::model::group::{GroupResult, effective_profiles};
use crate::model::ranking::{Ranking, weight_shares};
use crate::numbers::{Quantity, RANK, SWING_POINTS, WEIGHT, parse_typed};

fn method_word(method: WeightMethod) -> &'static str {
    match method {
        WeightMethod::Typed => "getypt",
        WeightMethod::Order => "volgorde van belang",
        WeightMethod::Swing => "swing",
    }
}

fn quantity(method: WeightMethod) -> &'static Quantity {
    match method {
        WeightMethod::Typed => &WEIGHT,
        WeightMethod::Order => &RANK,
        WeightMethod::Swing => &SWING_POINTS,
    }
}

/// The profile's values in another method, from its current weights.
fn convert(profile: &Profile, to: WeightMethod, visible: &[bool]) -> Profile {
    let shares = weight_shares(&profile.weights(visible))
        .unwrap_or_else(|| vec![Decimal::ZERO; profile.values.len()]);
    let max = shares.iter().copied().max().unwrap_or_default();
    let values = match to {
        WeightMethod::Typed => shares
            .iter()
            .map(|s| (s * Decimal::ONE_HUNDRED).round_dp(2))
            .collect(),
        WeightMethod::Order => shares
            .iter()
            .map(|s| Decimal::from(1 + shares.iter().filter(|o| *o > s).count() as u64))
            .collect(),
        WeightMethod::Swing => shares
            .iter()
            .map(|s| {
                if max.is_zero() {
                    Decimal::ZERO
                } else {
                    (s / max * Decimal::ONE_HUNDRED).round_dp(0)
                }
            })
            .collect(),
    };
    Profile {
        name: profile.name.clone(),
        method: to,
        values,
    }
}

/// "2 · 3 · 4 · 1": the scenario numbers, best first.
fn order_numbers(view: &ViewModel, ranking: &Ranking) -> String {
    match ranking.absent_reason() {
        Some(_) => "geen rangorde".into(),
        None => ranking
            .entries()
            .iter()
            .map(|e| view.data.scenarios[e.scenario].number.to_string())
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

fn winner(view: &ViewModel, ranking: &Ranking) -> String {
    match ranking.entries() {
        [] => "–".into(),
        [first, ..] => {
            let ties = ranking.entries().iter().filter(|e| e.rank == 1).count();
            let name = view.data.scenarios[first.scenario].short_name.clone();
            if ties > 1 {
                format!("{name} (+{} gelijk)", ties - 1)
            } else {
                name
            }
        }
    }
}

pub fn group_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::both().id_salt("group_tab").show(ui, |ui| {
        let label = view.tab_label(super::view_model::Tab::Group);
        ui.heading(format!("{label}: ieder een eigen weging"));
        let Some(group) = &view.group else {
            ui.label("Deze gegevens noemen geen deelnemers en de set heeft geen profielen.");
            return;
        };
        ui.add(
            egui::Label::new(
                egui::RichText::new(
                    "Typ of sleep per criterium; Tab gaat naar het volgende vak. 'Hoe' kiest hoe de gewichten volgen: getypt, een volgorde van belang (1 = belangrijkst, gelijke nummers = even belangrijk) of swing (het belangrijkste criterium 100, de andere daartegen). Wie geen eigen gewichten heeft, weegt als de set.",
                )
                .small(),
            )
            .wrap(),
        );
        ui.add_space(6.0);
        let refusal = RefCell::new(None::<String>);
        grid_ui(ui, view, group, out, &refusal);
        if let Some(text) = refusal.into_inner() {
            refusal_ui(ui, &text);
        }
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Waar zijn ze het over eens?").strong());
        for sentence in &group.agreement {
            ui.add(egui::Label::new(format!("• {sentence}")).wrap());
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Binnen de bandbreedte van hun gewichten (band-SMAA)").strong());
        for sentence in &group.band_sentences {
            ui.add(egui::Label::new(format!("• {sentence}")).wrap());
        }
    });
}

fn grid_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    group: &GroupResult,
    out: &mut Actions,
    refusal: &RefCell<Option<String>>,
) {
    let data = &view.data;
    let visible: Vec<bool> = view.inputs.hidden_criteria.iter().map(|h| !h).collect();
    let profiles = effective_profiles(data, &view.inputs);
    egui::Grid::new("profiles")
        .striped(true)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(view.tab_label(super::view_model::Tab::Group)).strong());
            ui.label(egui::RichText::new("Hoe").strong());
            for (c, criterion) in data.criteria.iter().enumerate() {
                if visible[c] {
                    ui.label(egui::RichText::new(format!("{}.", criterion.number)).strong())
                        .on_hover_text(&criterion.name);
                }
            }
            ui.label(egui::RichText::new("Eerste").strong());
            ui.label(egui::RichText::new("Volgorde").strong());
            ui.end_row();
            for (i, ((profile, own), result)) in profiles.iter().zip(&group.participants).enumerate() {
                ui.label(egui::RichText::new(&profile.name).strong())
                    .on_hover_text(&result.how);
                let mut method = profile.method;
                egui::ComboBox::from_id_salt(("profile_method", i))
                    .selected_text(method_word(method))
                    .show_ui(ui, |ui| {
                        for m in [WeightMethod::Typed, WeightMethod::Order, WeightMethod::Swing] {
                            ui.selectable_value(&mut method, m, method_word(m));
                        }
                    })
                    .response
                    .accessible_name(format!("Hoe {} weegt", profile.name));
                if method != profile.method {
                    out.change(Change::Profile {
                        profile: convert(profile, method, &visible),
                        criterion: None,
                    });
                }
                let percents = result.shares.as_ref().map(|s| percents_whole(s));
                for (c, criterion) in data.criteria.iter().enumerate() {
                    if !visible[c] {
                        continue;
                    }
                    ui.horizontal(|ui| {
                        if let Some(value) = value_cell(ui, profile, i, c, &criterion.name, refusal) {
                            let mut changed = profile.clone();
                            changed.values[c] = value;
                            out.change(Change::Profile {
                                profile: changed,
                                criterion: Some(c),
                            });
                        }
                        let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
                        ui.label(egui::RichText::new(pct).weak().small());
                    });
                }
                ui.label(winner(view, &result.ranking));
                ui.label(order_numbers(view, &result.ranking));
                if *own
                    && ui
                        .small_button("set")
                        .on_hover_text("Terug naar de gewichten van de set")
                        .accessible_name(format!("{}: gewichten van de set", profile.name))
                        .clicked()
                {
                    out.change(Change::RemoveProfile(profile.name.clone()));
                }
                ui.end_row();
            }
            ui.label(egui::RichText::new("Gezamenlijk").strong());
            let mut mean = group.mean;
            egui::ComboBox::from_id_salt("group_mean")
                .selected_text(match mean {
                    GroupMean::Arithmetic => "gemiddelde",
                    GroupMean::Geometric => "meetkundig",
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut mean, GroupMean::Arithmetic, "gemiddelde (rekenkundig)");
                    ui.selectable_value(&mut mean, GroupMean::Geometric, "meetkundig gemiddelde");
                })
                .response
                .accessible_name("Hoe de profielen samengaan")
                .on_hover_text("Meetkundig: een criterium dat één deelnemer op 0 zet, telt gezamenlijk niet mee.");
            if mean != group.mean {
                out.change(Change::GroupMean(mean));
            }
            let percents = group.combined_shares.as_ref().map(|s| percents_whole(s));
            for c in 0..data.criteria.len() {
                if visible[c] {
                    let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
                    ui.label(egui::RichText::new(pct).strong());
                }
            }
            ui.label(egui::RichText::new(winner(view, &group.combined)).strong());
            ui.label(order_numbers(view, &group.combined));
            ui.end_row();
        });
}

/// One value of a profile: dragged or typed (Dutch numbers, checked like
/// every number); the value when it changed. A refusal is kept in
/// `refusal` for under the grid.
fn value_cell(
    ui: &mut egui::Ui,
    profile: &Profile,
    participant: usize,
    criterion: usize,
    criterion_name: &str,
    refusal: &RefCell<Option<String>>,
) -> Option<Decimal> {
    let q = quantity(profile.method);
    let current = profile.values.get(criterion).copied().unwrap_or_default();
    let mut value = current.to_f64().unwrap_or(0.0);
    let (speed, decimals) = match profile.method {
        WeightMethod::Typed => (0.05, 2),
        WeightMethod::Order => (0.05, 0),
        WeightMethod::Swing => (0.5, 0),
    };
    let name = format!("{} {}", profile.name, criterion_name);
    let response = ui
        .add(
            egui::DragValue::new(&mut value)
                .speed(speed)
                .range(q.min.to_f64().unwrap_or(0.0)..=q.max.to_f64().unwrap_or(1e6))
                .fixed_decimals(decimals)
                .custom_formatter(move |v, _| {
                    number_trimmed(Decimal::from_f64(v).unwrap_or_default(), 4)
                })
                .custom_parser(|text| {
                    match parse_typed(text).and_then(|v| crate::numbers::check(v, q)) {
                        Ok(v) => v.to_f64(),
                        Err(r) => {
                            *refusal.borrow_mut() =
                                Some(format!("{name}: '{}' geweigerd: {r}", text.trim()));
                            None
                        }
                    }
                }),
        )
        .accessible_name(format!("{} {}", profile.name, criterion_name))
        .on_hover_text(format!(
            "{} – {criterion_name} ({})",
            profile.name,
            method_word(profile.method)
        ));
    let _ = participant;
    if !response.changed() {
        return None;
    }
    // Back to an exact decimal: typed values have at most four decimals,
    // dragged ones are rounded to the method's step.
    let places = if response.dragged() {
        decimals as u32
    } else {
        q.max_decimals
    };
    let new = Decimal::from_f64(value)?
        .round_dp(places)
        .clamp(q.min, q.max);
    (new != current).then_some(new)
}

/// The participants for a figure: weights, first place and order per
/// participant and combined, then the agreement and band-SMAA sentences.
/// Text only, no controls.
pub fn group_figure_ui(ui: &mut egui::Ui, view: &ViewModel) {
    let Some(group) = &view.group else {
        ui.label("Deze gegevens noemen geen deelnemers en de set heeft geen profielen.");
        return;
    };
    let data = &view.data;
    let visible: Vec<usize> = (0..data.criteria.len())
        .filter(|&c| !view.inputs.hidden_criteria[c])
        .collect();
    egui::Grid::new("group_figure")
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(view.tab_label(super::view_model::Tab::Group)).strong());
            for &c in &visible {
                ui.label(
                    egui::RichText::new(format!(
                        "{}. {}",
                        data.criteria[c].number, data.criteria[c].id
                    ))
                    .strong(),
                );
            }
            ui.label(egui::RichText::new("Eerste").strong());
            ui.label(egui::RichText::new("Volgorde").strong());
            ui.end_row();
            let row = |ui: &mut egui::Ui,
                       name: &str,
                       shares: &Option<Vec<Decimal>>,
                       ranking: &Ranking,
                       strong: bool| {
                let rich = |t: String| {
                    if strong {
                        egui::RichText::new(t).strong()
                    } else {
                        egui::RichText::new(t)
                    }
                };
                ui.label(rich(name.to_owned()));
                let percents = shares.as_ref().map(|s| percents_whole(s));
                for &c in &visible {
                    ui.label(rich(
                        percents.as_ref().map_or("–".to_owned(), |p| p[c].clone()),
                    ));
                }
                ui.label(rich(winner(view, ranking)));
                ui.label(rich(order_numbers(view, ranking)));
                ui.end_row();
            };
            for p in &group.participants {
                let name = if p.own {
                    p.name.clone()
                } else {
                    format!("{} (set)", p.name)
                };
                row(ui, &name, &p.shares, &p.ranking, false);
            }
            row(
                ui,
                "Gezamenlijk",
                &group.combined_shares,
                &group.combined,
                true,
            );
        });
    ui.add_space(8.0);
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
        ui.add(egui::Label::new(format!("• {sentence}")).wrap());
    }
}
