//! The participants (the municipalities of the data): a grid of weights per
//! participant and criterion — typed or dragged, as an importance order, or
//! by swing weighting — each participant's winner and order, the combined
//! profile, where they agree, and band-SMAA.

use std::cell::RefCell;

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use super::actions::{Actions, Change, Screen};
use super::confirm_ui::delete_button_ui;
use super::layout::{cell_ui, style_fitting, text_cell_ui, words_fit};
use super::number_field::refusal_ui;
use super::style::text_width;
use super::view_model::ViewModel;
use crate::format::{number_trimmed, percents_whole};
use crate::model::additions::{GroupMean, Profile, WeightMethod};
use crate::model::group::{GroupResult, ParticipantResult};
use crate::model::ranking::Ranking;
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

/// Places in words for column heads ("Eerste" … "Tiende", then "11e").
fn place_word(place: usize) -> String {
    const WORDS: [&str; 10] = [
        "Eerste", "Tweede", "Derde", "Vierde", "Vijfde", "Zesde", "Zevende", "Achtste", "Negende",
        "Tiende",
    ];
    WORDS
        .get(place)
        .map_or_else(|| format!("{}e", place + 1), |w| (*w).to_owned())
}

/// The scenarios in `ranking`'s order: short name, and whether it shares
/// its place with a neighbour.
fn places(view: &ViewModel, ranking: &Ranking) -> Vec<(String, bool)> {
    let entries = ranking.entries();
    entries
        .iter()
        .map(|e| {
            let tied = entries.iter().filter(|o| o.rank == e.rank).count() > 1;
            (view.data.scenarios[e.scenario].short_name.clone(), tied)
        })
        .collect()
}

/// A participant's name, "(set)" after it when it weighs as the set.
fn shown_name(p: &ParticipantResult) -> String {
    if p.own {
        p.name.clone()
    } else {
        format!("{} (set)", p.name)
    }
}

/// Gap between the columns of the two tables.
const GAP: f32 = 10.0;

/// Width of the first column: the widest participant name (or heading).
fn name_width(ui: &egui::Ui, view: &ViewModel, group: &GroupResult) -> f32 {
    group
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .chain(["Gezamenlijk", view.screen_label(Screen::Group).as_str()])
        .map(|name| text_width(ui, egui::RichText::new(name).strong()))
        .fold(0.0, f32::max)
        + 4.0
}

pub fn group_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical().id_salt("group_tab").show(ui, |ui| super::a11y::follow_focus(ui, |ui| {
        let label = view.screen_label(Screen::Group);
        ui.heading(format!("{label}: ieder een eigen weging"));
        let Some(group) = &view.group else {
            ui.label("Deze gegevens noemen geen deelnemers en de set heeft geen profielen.");
            return;
        };
        ui.add(
            egui::Label::new(
                egui::RichText::new(
                    "Typ of sleep per criterium; Tab gaat naar het volgende vak. 'Hoe' kiest hoe de gewichten volgen: getypt, een volgorde van belang (1 = belangrijkst, gelijke nummers = even belangrijk) of swing (het belangrijkste criterium 100, de andere daartegen). Het percentage naast elk vak is het aandeel in de weging. Wie geen eigen gewichten heeft, weegt als de set; 'wissen' zet een rij daarop terug.",
                )
                .small(),
            )
            .wrap(),
        );
        ui.add_space(6.0);
        let refusal = RefCell::new(None::<String>);
        weights_grid_ui(ui, view, group, out, &refusal);
        if let Some(text) = refusal.into_inner() {
            refusal_ui(ui, &text);
        }
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Volgorde van de scenario's per gemeente").strong());
        ranking_table_ui(ui, view, group);
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
    }));
}

/// Each participant's place for each scenario, in words: a column per
/// place ("Eerste", "Tweede", …), the scenario's short name in it; the
/// combined profile last. Fits the width it is given: names wrap between
/// words and step down to the small size rather than break.
pub fn ranking_table_ui(ui: &mut egui::Ui, view: &ViewModel, group: &GroupResult) {
    let name_w = name_width(ui, view, group);
    let columns = view.inputs.visible().scenarios.len().max(1);
    let place_w =
        ((ui.available_width() - name_w - GAP * columns as f32) / columns as f32).max(60.0);
    let words: Vec<&str> = view
        .data
        .scenarios
        .iter()
        .map(|s| s.short_name.as_str())
        .collect();
    let style = style_fitting(ui, words.iter().copied(), place_w, true);
    let rows: Vec<(String, &Ranking, bool)> = group
        .participants
        .iter()
        .map(|p| (shown_name(p), &p.ranking, false))
        .chain(std::iter::once((
            "Gezamenlijk".to_owned(),
            &group.combined,
            true,
        )))
        .collect();
    // Large text in a narrow window: a scenario's name does not fit its
    // column even in the small text; each participant's places as a list.
    if !words_fit(
        ui,
        words.iter().copied(),
        place_w,
        &egui::TextStyle::Small,
        true,
    ) {
        for (name, ranking, _) in rows {
            ui.label(egui::RichText::new(name).strong());
            for (place, (scenario, tied)) in places(view, ranking).into_iter().enumerate() {
                let shared = if tied { " (gedeeld)" } else { "" };
                ui.add(
                    egui::Label::new(format!("{}: {scenario}{shared}", place_word(place))).wrap(),
                );
            }
        }
        return;
    }
    egui::Grid::new("group_places")
        .striped(true)
        .spacing([GAP, 4.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            text_cell_ui(
                ui,
                name_w,
                egui::RichText::new(view.screen_label(Screen::Group)).strong(),
                &egui::TextStyle::Body,
            );
            for place in 0..columns {
                text_cell_ui(
                    ui,
                    place_w,
                    egui::RichText::new(place_word(place)).strong(),
                    &style,
                );
            }
            ui.end_row();
            for (name, ranking, combined) in rows {
                text_cell_ui(
                    ui,
                    name_w,
                    egui::RichText::new(name).strong(),
                    &egui::TextStyle::Body,
                );
                let shown = places(view, ranking);
                if shown.is_empty() {
                    text_cell_ui(
                        ui,
                        place_w,
                        egui::RichText::new("geen rangorde (alle gewichten 0)").weak(),
                        &egui::TextStyle::Small,
                    );
                }
                for (place, (scenario, tied)) in shown.into_iter().enumerate() {
                    let text = if tied {
                        format!("{scenario} (gedeeld)")
                    } else {
                        scenario
                    };
                    let rich = egui::RichText::new(text);
                    let rich = if place == 0 || combined {
                        rich.strong()
                    } else {
                        rich
                    };
                    text_cell_ui(ui, place_w, rich, &style);
                }
                ui.end_row();
            }
        });
}

fn weights_grid_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    group: &GroupResult,
    out: &mut Actions,
    refusal: &RefCell<Option<String>>,
) {
    let data = &view.data;
    let visible: Vec<bool> = view.inputs.hidden_criteria().iter().map(|h| !h).collect();
    let shown: Vec<usize> = (0..data.criteria.len()).filter(|&c| visible[c]).collect();
    let name_w = name_width(ui, view, group);
    let how_w = text_width(ui, egui::RichText::new(method_word(WeightMethod::Order))) + 30.0;
    // In a narrow window "wissen" goes under the name, not in a column.
    let narrow = view.window.narrow;
    let clear_w = if narrow {
        0.0
    } else {
        text_width(ui, egui::RichText::new("wissen").small()) + 14.0
    };
    let n = shown.len().max(1) as f32;
    let crit_w =
        ((ui.available_width() - name_w - how_w - clear_w - GAP * (n + 3.0)) / n).max(34.0);
    let heads: Vec<&str> = shown
        .iter()
        .map(|&c| data.criteria[c].short_name.as_str())
        .collect();
    let head_style = style_fitting(ui, heads.iter().copied(), crit_w, true);
    // Large text in a narrow window: when a name does not fit even in the
    // small text, the columns are numbered and a key below names them
    // (never a word broken in the middle, nothing wider than the area).
    let numbered = !words_fit(
        ui,
        heads.iter().copied(),
        crit_w,
        &egui::TextStyle::Small,
        true,
    );
    // Value and share side by side when there is room, else stacked.
    let side_by_side = crit_w >= 100.0;
    egui::Grid::new("profiles")
        .striped(true)
        .spacing([GAP, 6.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            text_cell_ui(ui, name_w, egui::RichText::new(view.screen_label(Screen::Group)).strong(), &egui::TextStyle::Body);
            text_cell_ui(ui, how_w, egui::RichText::new("Hoe").strong(), &egui::TextStyle::Body);
            for &c in &shown {
                let criterion = &data.criteria[c];
                let head = if numbered { criterion.number.to_string() } else { criterion.short_name.clone() };
                text_cell_ui(ui, crit_w, egui::RichText::new(head).strong(), &head_style)
                    .on_hover_text(format!("{}. {}", criterion.number, criterion.name));
            }
            ui.label("");
            ui.end_row();
            for (i, ((profile, own), result)) in view.group_profiles.iter().zip(&group.participants).enumerate() {
                let clear = |ui: &mut egui::Ui, out: &mut Actions| {
                    if *own {
                        if delete_button_ui(
                            ui,
                            ("profile", i),
                            "wissen",
                            &format!("{}: eigen gewichten wissen", profile.name),
                            &format!("De eigen gewichten van {}", profile.name),
                            out,
                        ) {
                            out.change(Change::RemoveProfile(profile.name.clone()));
                        }
                    } else if !narrow {
                        ui.label("");
                    }
                };
                cell_ui(ui, name_w, |ui| {
                    text_cell_ui(ui, name_w, egui::RichText::new(&profile.name).strong(), &egui::TextStyle::Body)
                        .on_hover_text(&result.how);
                    if narrow {
                        clear(ui, out);
                    }
                });
                let mut method = profile.method;
                egui::ComboBox::from_id_salt(("profile_method", i))
                    .width(how_w - 8.0)
                    .selected_text(method_word(method))
                    .show_ui(ui, |ui| {
                        for m in [WeightMethod::Typed, WeightMethod::Order, WeightMethod::Swing] {
                            super::a11y::option_value(ui, &mut method, m, method_word(m));
                        }
                    })
                    .response
                    .accessible_name(format!("Hoe {} weegt", profile.name));
                if method != profile.method {
                    out.change(Change::ProfileMethod {
                        name: profile.name.clone(),
                        method,
                    });
                }
                let percents = result.shares.as_ref().map(|s| percents_whole(s));
                for &c in &shown {
                    let criterion = &data.criteria[c];
                    let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
                    cell_ui(ui, crit_w, |ui| {
                        let add = |ui: &mut egui::Ui| {
                            if let Some(value) = value_cell(ui, profile, c, &criterion.name, refusal) {
                                let mut changed = profile.clone();
                                changed.values[c] = value;
                                out.change(Change::Profile {
                                    profile: changed,
                                    criterion: Some(c),
                                });
                            }
                            ui.label(egui::RichText::new(pct).weak().small());
                        };
                        if side_by_side {
                            ui.horizontal(add);
                        } else {
                            add(ui);
                        }
                    });
                }
                if !narrow {
                    clear(ui, out);
                }
                ui.end_row();
            }
            text_cell_ui(ui, name_w, egui::RichText::new("Gezamenlijk").strong(), &egui::TextStyle::Body);
            let mut mean = group.mean;
            egui::ComboBox::from_id_salt("group_mean")
                .width(how_w - 8.0)
                .selected_text(match mean {
                    GroupMean::Arithmetic => "gemiddelde",
                    GroupMean::Geometric => "meetkundig",
                })
                .show_ui(ui, |ui| {
                    super::a11y::option_value(ui, &mut mean, GroupMean::Arithmetic, "gemiddelde (rekenkundig)");
                    super::a11y::option_value(ui, &mut mean, GroupMean::Geometric, "meetkundig gemiddelde");
                })
                .response
                .accessible_name("Hoe de profielen samengaan")
                .on_hover_text("Meetkundig: een criterium dat één deelnemer op 0 zet, telt gezamenlijk niet mee.");
            if mean != group.mean {
                out.change(Change::GroupMean(mean));
            }
            let percents = group.combined_shares.as_ref().map(|s| percents_whole(s));
            for &c in &shown {
                let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
                text_cell_ui(ui, crit_w, egui::RichText::new(pct).strong(), &egui::TextStyle::Body);
            }
            ui.label("");
            ui.end_row();
        });
    if numbered {
        let key: Vec<String> = shown
            .iter()
            .map(|&c| {
                format!(
                    "{} = {}",
                    data.criteria[c].number, data.criteria[c].short_name
                )
            })
            .collect();
        ui.add(egui::Label::new(format!("Criteria: {}", key.join("; "))).wrap());
    }
}

/// One value of a profile: dragged or typed (Dutch numbers, checked like
/// every number); the value when it changed. A refusal is kept in
/// `refusal` for under the grid.
fn value_cell(
    ui: &mut egui::Ui,
    profile: &Profile,
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
        .add_sized(
            egui::vec2(52.0, ui.spacing().interact_size.y),
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

/// The participants for a figure: weights per participant and combined,
/// each one's order of the scenarios, then the agreement and band-SMAA
/// sentences. Text only, no controls.
pub fn group_figure_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let Some(group) = &view.group else {
        ui.label("Deze gegevens noemen geen deelnemers en de set heeft geen profielen.");
        return;
    };
    let data = &view.data;
    let shown: Vec<usize> = (0..data.criteria.len())
        .filter(|&c| !view.inputs.criteria[c].hidden)
        .collect();
    let name_w =
        name_width(ui, view, group) + text_width(ui, egui::RichText::new(" (set)").strong());
    let n = shown.len().max(1) as f32;
    let crit_w = ((ui.available_width() - name_w - GAP * n) / n).max(56.0);
    let heads: Vec<&str> = shown
        .iter()
        .map(|&c| data.criteria[c].short_name.as_str())
        .collect();
    let head_style = style_fitting(ui, heads.iter().copied(), crit_w, true);
    let body = egui::TextStyle::Body;
    egui::Grid::new("group_figure")
        .striped(true)
        .spacing([GAP, 4.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            text_cell_ui(ui, name_w, egui::RichText::new("Gewichten").strong(), &body);
            for &c in &shown {
                text_cell_ui(
                    ui,
                    crit_w,
                    egui::RichText::new(&data.criteria[c].short_name).strong(),
                    &head_style,
                );
            }
            ui.end_row();
            let rows = group
                .participants
                .iter()
                .map(|p| (shown_name(p), &p.shares, false))
                .chain(std::iter::once((
                    "Gezamenlijk".to_owned(),
                    &group.combined_shares,
                    true,
                )));
            for (name, shares, strong) in rows {
                let rich = |t: String| {
                    let r = egui::RichText::new(t);
                    if strong { r.strong() } else { r }
                };
                text_cell_ui(ui, name_w, rich(name).strong(), &body);
                let percents = shares.as_ref().map(|s| percents_whole(s));
                for &c in &shown {
                    let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
                    text_cell_ui(ui, crit_w, rich(pct), &body);
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Volgorde van de scenario's").strong());
    ranking_table_ui(ui, view, group);
    ui.add_space(8.0);
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
        ui.add(egui::Label::new(format!("• {sentence}")).wrap());
    }
}
