//! The participants' weights (Gemeenten): a grid of weights per
//! participant and criterion — typed or dragged, as an importance order, or
//! by swing weighting — and, when the rows do not fit (large text, a narrow
//! window), one block per participant.

use std::cell::RefCell;

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use super::actions::{Actions, Change, Screen};
use super::confirm_ui::delete_button_ui;
use super::layout::{cell_ui, style_fitting, text_cell_ui, words_fit};
use super::style::text_width;
use crate::format::number_trimmed;
use crate::model::additions::{GroupMean, Profile, WeightMethod};
use crate::model::group::{GroupResult, ParticipantResult};
use crate::numbers::{Quantity, RANK, SWING_POINTS, WEIGHT, parse_typed};
use crate::present::view_model::ViewModel;

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

/// Gap between the columns of the two tables.
pub(super) const GAP: f32 = 10.0;

/// Width of the first column: the widest participant name (or heading).
pub(super) fn name_width(ui: &egui::Ui, view: &ViewModel, group: &GroupResult) -> f32 {
    group
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .chain(["Gezamenlijk", view.screen_label(Screen::Group).as_str()])
        .map(|name| text_width(ui, egui::RichText::new(name).strong()))
        .fold(0.0, f32::max)
        + 4.0
}

/// The grid's columns at this width.
struct GridLayout {
    shown: Vec<usize>,
    name_w: f32,
    how_w: f32,
    crit_w: f32,
    /// "wissen" under the name, not in a column of its own.
    narrow: bool,
    /// Criteria as numbers in the header, named in a key below.
    numbered: bool,
    /// Value and share side by side, else stacked.
    side_by_side: bool,
    head_style: egui::TextStyle,
}

pub(super) fn weights_grid_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    group: &GroupResult,
    out: &mut Actions,
    refusal: &RefCell<Option<String>>,
) {
    let data = &view.data;
    let visible: Vec<bool> = view.inputs.hidden_criteria().iter().map(|h| !h).collect();
    let shown: Vec<usize> = (0..data.criteria.len()).filter(|&c| visible[c]).collect();
    let Some(layout) = grid_layout(ui, view, group, &shown) else {
        stacked_weights_ui(ui, view, group, out, refusal, &shown);
        return;
    };
    egui::Grid::new("profiles")
        .striped(true)
        .spacing([GAP, 6.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            grid_header_ui(ui, view, &layout);
            for (i, ((profile, own), result)) in view
                .group_profiles
                .iter()
                .zip(&group.participants)
                .enumerate()
            {
                let row = ParticipantRow {
                    index: i,
                    profile,
                    own: *own,
                    result,
                };
                participant_row_ui(ui, view, &layout, &row, out, refusal);
            }
            combined_row_ui(ui, view, group, &layout, out);
        });
    rounding_note_ui(ui, view);
    if layout.numbered {
        let key: Vec<String> = layout
            .shown
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

/// The columns when the rows fit the width; `None` when they do not (one
/// block per participant then: large text, a narrow window).
fn grid_layout(
    ui: &mut egui::Ui,
    view: &ViewModel,
    group: &GroupResult,
    shown: &[usize],
) -> Option<GridLayout> {
    let data = &view.data;
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
    // A value field is 52 points.
    let needed = name_w + how_w + clear_w + n * (52.0 + GAP) + GAP * 3.0;
    if needed > ui.available_width() {
        return None;
    }
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
    Some(GridLayout {
        shown: shown.to_vec(),
        name_w,
        how_w,
        crit_w,
        narrow,
        numbered,
        side_by_side: crit_w >= 100.0,
        head_style,
    })
}

fn grid_header_ui(ui: &mut egui::Ui, view: &ViewModel, layout: &GridLayout) {
    text_cell_ui(
        ui,
        layout.name_w,
        egui::RichText::new(view.screen_label(Screen::Group)).strong(),
        &egui::TextStyle::Body,
    );
    text_cell_ui(
        ui,
        layout.how_w,
        egui::RichText::new("Hoe").strong(),
        &egui::TextStyle::Body,
    );
    for &c in &layout.shown {
        let criterion = &view.data.criteria[c];
        let head = if layout.numbered {
            criterion.number.to_string()
        } else {
            criterion.short_name.clone()
        };
        text_cell_ui(
            ui,
            layout.crit_w,
            egui::RichText::new(head).strong(),
            &layout.head_style,
        )
        .on_hover_text(format!("{}. {}", criterion.number, criterion.name));
    }
    ui.label("");
    ui.end_row();
}

/// A participant's row as the grid shows it.
struct ParticipantRow<'a> {
    index: usize,
    profile: &'a Profile,
    /// Weighed by the participant (not the set's), so it can be cleared.
    own: bool,
    result: &'a ParticipantResult,
}

/// A participant: name, method, a value and share per criterion, "wissen".
fn participant_row_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    layout: &GridLayout,
    row: &ParticipantRow<'_>,
    out: &mut Actions,
    refusal: &RefCell<Option<String>>,
) {
    let (i, profile) = (row.index, row.profile);
    let clear = |ui: &mut egui::Ui, out: &mut Actions| {
        if row.own {
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
        } else if !layout.narrow {
            ui.label("");
        }
    };
    cell_ui(ui, layout.name_w, |ui| {
        text_cell_ui(
            ui,
            layout.name_w,
            egui::RichText::new(&profile.name).strong(),
            &egui::TextStyle::Body,
        )
        .on_hover_text(&row.result.how);
        if layout.narrow {
            clear(ui, out);
        }
    });
    method_combo_ui(ui, i, profile, layout.how_w, out);
    let percents = view.participant_shares(i).map(|s| &s.percents);
    for &c in &layout.shown {
        let criterion = &view.data.criteria[c];
        let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
        cell_ui(ui, layout.crit_w, |ui| {
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
            if layout.side_by_side {
                ui.horizontal(add);
            } else {
                add(ui);
            }
        });
    }
    if !layout.narrow {
        clear(ui, out);
    }
    ui.end_row();
}

/// "Gezamenlijk": how the profiles combine, and the combined shares.
fn combined_row_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    group: &GroupResult,
    layout: &GridLayout,
    out: &mut Actions,
) {
    text_cell_ui(
        ui,
        layout.name_w,
        egui::RichText::new("Gezamenlijk").strong(),
        &egui::TextStyle::Body,
    );
    mean_combo_ui(ui, group, layout.how_w, out);
    let percents = view.combined_shares().map(|s| &s.percents);
    for &c in &layout.shown {
        let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
        text_cell_ui(
            ui,
            layout.crit_w,
            egui::RichText::new(pct).strong(),
            &egui::TextStyle::Body,
        );
    }
    ui.label("");
    ui.end_row();
}

/// Each share is rounded on its own (equal weights look equal), so a row
/// may add up to 99 or 101: said where it happens.
fn rounding_note_ui(ui: &mut egui::Ui, view: &ViewModel) {
    let off = view.group_rounded();
    if off {
        ui.add(
            egui::Label::new(
                egui::RichText::new(
                    "Elk percentage is op zichzelf afgerond; een rij telt daardoor soms op tot 99 of 101 %.",
                )
                .small(),
            )
            .wrap(),
        );
    }
}

/// How a participant's weights follow: typed, an order or swing.
fn method_combo_ui(ui: &mut egui::Ui, i: usize, profile: &Profile, width: f32, out: &mut Actions) {
    let mut method = profile.method;
    egui::ComboBox::from_id_salt(("profile_method", i))
        .width(width - 8.0)
        .selected_text(method_word(method))
        .show_ui(ui, |ui| {
            for m in [
                WeightMethod::Typed,
                WeightMethod::Order,
                WeightMethod::Swing,
            ] {
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
}

/// How the profiles are combined: the arithmetic or geometric mean.
fn mean_combo_ui(ui: &mut egui::Ui, group: &GroupResult, width: f32, out: &mut Actions) {
    let mut mean = group.mean;
    egui::ComboBox::from_id_salt("group_mean")
        .width(width - 8.0)
        .selected_text(match mean {
            GroupMean::Arithmetic => "gemiddelde",
            GroupMean::Geometric => "meetkundig",
        })
        .show_ui(ui, |ui| {
            super::a11y::option_value(
                ui,
                &mut mean,
                GroupMean::Arithmetic,
                "gemiddelde (rekenkundig)",
            );
            super::a11y::option_value(ui, &mut mean, GroupMean::Geometric, "meetkundig gemiddelde");
        })
        .response
        .accessible_name("Hoe de profielen samengaan")
        .on_hover_text(
            "Meetkundig: een criterium dat één deelnemer op 0 zet, telt gezamenlijk niet mee.",
        );
    if mean != group.mean {
        out.change(Change::GroupMean(mean));
    }
}

/// The weights as one block per participant: its name, how it weighs,
/// then a line per criterion with the value and its share.
fn stacked_weights_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    group: &GroupResult,
    out: &mut Actions,
    refusal: &RefCell<Option<String>>,
    shown: &[usize],
) {
    let data = &view.data;
    let how_w = text_width(ui, egui::RichText::new(method_word(WeightMethod::Order))) + 30.0;
    let participants = view.group_profiles.iter().zip(&group.participants);
    for (i, ((profile, own), result)) in participants.enumerate() {
        ui.separator();
        ui.label(egui::RichText::new(&profile.name).strong())
            .on_hover_text(&result.how);
        method_combo_ui(ui, i, profile, how_w, out);
        let percents = view.participant_shares(i).map(|s| &s.percents);
        for &c in shown {
            let criterion = &data.criteria[c];
            ui.horizontal_wrapped(|ui| {
                ui.label(&criterion.short_name);
                if let Some(value) = value_cell(ui, profile, c, &criterion.name, refusal) {
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
        if *own
            && delete_button_ui(
                ui,
                ("profile", i),
                "wissen",
                &format!("{}: eigen gewichten wissen", profile.name),
                &format!("De eigen gewichten van {}", profile.name),
                out,
            )
        {
            out.change(Change::RemoveProfile(profile.name.clone()));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new("Gezamenlijk").strong());
    mean_combo_ui(ui, group, how_w, out);
    let percents = view.combined_shares().map(|s| &s.percents);
    for &c in shown {
        let pct = percents.as_ref().map_or("–".to_owned(), |p| p[c].clone());
        ui.label(format!("{}: {pct}", data.criteria[c].short_name));
    }
    rounding_note_ui(ui, view);
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
