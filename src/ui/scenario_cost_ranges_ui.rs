//! A component's ranges in euros: one per level word the component's row
//! uses (the data's words, compound ones included), each with its source,
//! and a scenario's own range where one is typed (it counts instead of its
//! level's). A range is typed as a draft: it counts once both bounds are
//! there and low is not above high; until then what was typed stays in its
//! fields and a Dutch sentence under the row says why it does not count
//! (and which range still does).

use rust_decimal::Decimal;

use super::cost_fields::{euro_text, source_field_ui};
use super::layout::{style_fitting, text_cell_ui};
use super::number_field::{number_field_ui, refusal_ui};
use crate::format::euro;
use crate::model::costs::{ComponentCosts, CostRange, RangeFor};
use crate::numbers::COST_EUR;
use crate::present::view_model::ViewModel;

/// The bounds being typed for one range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RangeDraft {
    low: Option<Decimal>,
    high: Option<Decimal>,
    /// The range in force when the draft was started: when it changes
    /// (undo, another set) the draft starts again from it.
    based_on: Option<(Decimal, Decimal)>,
}

/// Where the scenarios chosen for an own range, not yet typed, are kept.
fn pending_id(key: &str) -> egui::Id {
    egui::Id::unique("own_range_pending").with(key)
}

/// What a range row is for, and its label ("Laag–midden (scenario 1)").
struct Target {
    on: RangeFor,
    label: String,
}

/// The level words the component's row gives the scenarios, in the
/// profile's order, with the scenarios that have each; then levels with a
/// range but no scenario (kept, said); then the scenarios' own ranges.
fn targets(view: &ViewModel, component: &ComponentCosts) -> Vec<Target> {
    let data = &view.data;
    let profile = &data.cost_profile;
    let mut out = Vec::new();
    match component.component.and_then(|r| profile.components.get(r)) {
        Some(row) => {
            for (l, word) in profile.levels.iter().enumerate() {
                let numbers: Vec<String> = row
                    .cells
                    .iter()
                    .zip(&data.scenarios)
                    .filter(|(cell, _)| cell.level == Some(l))
                    .map(|(_, s)| s.number.to_string())
                    .collect();
                let typed = component.ranges.iter().any(|r| r.on == RangeFor::Level(l));
                let label = match numbers.len() {
                    0 if typed => format!("{word} (geen scenario)"),
                    0 => continue,
                    1 => format!("{word} (scenario {})", numbers[0]),
                    _ => format!("{word} (scenario's {})", crate::format::join_and(&numbers)),
                };
                out.push(Target {
                    on: RangeFor::Level(l),
                    label,
                });
            }
            out.extend(component.ranges.iter().filter_map(|r| match r.on {
                RangeFor::Scenario(s) => data.scenarios.get(s).map(|x| Target {
                    on: r.on,
                    label: format!("eigen: {}", x.label()),
                }),
                RangeFor::Level(_) => None,
            }));
        }
        None => out.extend(data.scenarios.iter().enumerate().map(|(s, x)| Target {
            on: RangeFor::Scenario(s),
            label: x.label(),
        })),
    }
    out
}

/// The ranges of `component` (a kind in euros); `key` names it for the
/// fields' memory.
pub fn ranges_ui(ui: &mut egui::Ui, view: &ViewModel, component: &mut ComponentCosts, key: &str) {
    let name = view
        .data
        .cost_profile
        .components
        .get(component.component.unwrap_or(usize::MAX))
        .map_or_else(|| component.name.clone(), |r| r.name.clone());
    let mut targets = targets(view, component);
    // Own rows chosen but not yet typed.
    let pending: Vec<usize> = ui.data(|d| d.get_temp(pending_id(key))).unwrap_or_default();
    for s in pending {
        let on = RangeFor::Scenario(s);
        if let Some(x) = view.data.scenarios.get(s)
            && !targets.iter().any(|t| t.on == on)
        {
            targets.push(Target {
                on,
                label: format!("eigen: {}", x.label()),
            });
        }
    }
    let body = egui::TextStyle::Body;
    let label_width = targets
        .iter()
        .map(|t| super::style::text_width(ui, egui::RichText::new(&t.label)))
        .fold(0.0_f32, f32::max)
        .min(ui.available_width() * 0.35)
        + 8.0;
    let label_style = style_fitting(
        ui,
        targets.iter().map(|t| t.label.as_str()),
        label_width,
        false,
    );
    ui.horizontal(|ui| {
        text_cell_ui(ui, label_width, egui::RichText::new(""), &body);
        text_cell_ui(ui, 98.0, egui::RichText::new("Laag (€)").strong(), &body);
        text_cell_ui(ui, 98.0, egui::RichText::new("Hoog (€)").strong(), &body);
    });
    let mut remove = None;
    for target in &targets {
        let message = ui
            .horizontal(|ui| {
                text_cell_ui(
                    ui,
                    label_width,
                    egui::RichText::new(&target.label),
                    &label_style,
                );
                range_row_ui(ui, component, target, (&name, key), &mut remove)
            })
            .inner;
        match message {
            Some(RowMessage::Refused(text)) => refusal_ui(ui, &text),
            Some(RowMessage::Waiting(text)) => {
                let colour = ui.visuals().warn_fg_color;
                ui.add(egui::Label::new(egui::RichText::new(text).color(colour)).wrap());
            }
            None => {}
        }
    }
    if let Some(on) = remove {
        component.ranges.retain(|r| r.on != on);
    }
    if component.component.is_some() {
        own_range_picker_ui(ui, view, component, (&name, key));
    }
}

/// The fields of one range; what to say under the row, if anything.
fn range_row_ui(
    ui: &mut egui::Ui,
    component: &mut ComponentCosts,
    target: &Target,
    (name, key): (&str, &str),
    remove: &mut Option<RangeFor>,
) -> Option<RowMessage> {
    let label = format!("{name}, {}", target.label);
    let position = component.ranges.iter().position(|r| r.on == target.on);
    let current = position.map(|i| (component.ranges[i].low_eur, component.ranges[i].high_eur));
    let id = egui::Id::unique("range_draft").with((key, format!("{:?}", target.on)));
    let mut draft = ui
        .data(|d| d.get_temp::<RangeDraft>(id))
        .filter(|d| d.based_on == current)
        .unwrap_or(RangeDraft {
            low: current.map(|c| c.0),
            high: current.map(|c| c.1),
            based_on: current,
        });
    let mut messages = Vec::new();
    for (bound, word) in [(&mut draft.low, "Laag"), (&mut draft.high, "Hoog")] {
        let field = format!("{word} {label}");
        let shown = bound.map(euro_text);
        let answer = number_field_ui(
            ui,
            ("range", key, word, format!("{:?}", target.on)),
            shown.as_deref().unwrap_or_default(),
            &COST_EUR,
            90.0,
            &field,
            |typed, refusal| format!("{field} '{typed}': {refusal}"),
        );
        if let Some(v) = answer.committed {
            *bound = Some(v);
        }
        messages.extend(answer.refusal);
    }
    let mut pending = None;
    match apply_draft(component, target, &mut draft, current, &label) {
        Some(RowMessage::Refused(text)) => messages.push(text),
        Some(RowMessage::Waiting(text)) => pending = Some(text),
        None => {}
    }
    match position {
        Some(i) => {
            source_field_ui(ui, &mut component.ranges[i].source, &label, 180.0);
            let what = format!("Bandbreedte {label} wissen");
            if ui
                .button("wissen")
                .accessible_name(&what)
                .on_hover_text(&what)
                .clicked()
            {
                *remove = Some(target.on);
            }
            if let Some(wide) = crate::model::scenario_costs::wide_range(
                component.ranges[i].low_eur,
                component.ranges[i].high_eur,
            ) && messages.is_empty()
            {
                pending = Some(format!("Let op: {wide}."));
            }
        }
        None if draft.low.is_none() && draft.high.is_none() => {
            ui.label(egui::RichText::new("onbekend").weak());
        }
        None => {}
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
    match (messages.is_empty(), pending) {
        (false, _) => Some(RowMessage::Refused(messages.join(" "))),
        (true, Some(p)) => Some(RowMessage::Waiting(p)),
        (true, None) => None,
    }
}

/// The draft into the inputs when it makes a range (both bounds, low not
/// above high); else what to say under the row, with the range that still
/// counts.
fn apply_draft(
    component: &mut ComponentCosts,
    target: &Target,
    draft: &mut RangeDraft,
    current: Option<(Decimal, Decimal)>,
    label: &str,
) -> Option<RowMessage> {
    let kept = match current {
        Some((l, h)) => format!(
            "de vorige bandbreedte {} – {} blijft gelden",
            euro(l),
            euro(h)
        ),
        None => "er is nog geen bandbreedte: onbekend".to_owned(),
    };
    match (draft.low, draft.high) {
        (Some(l), Some(h)) if l > h => Some(RowMessage::Refused(format!(
            "{label}: laag {} is hoger dan hoog {}; niet toegepast – {kept}.",
            euro(l),
            euro(h)
        ))),
        (Some(l), Some(h)) if Some((l, h)) != current => {
            match component.ranges.iter_mut().find(|r| r.on == target.on) {
                Some(r) => (r.low_eur, r.high_eur) = (l, h),
                None => component.ranges.push(CostRange {
                    on: target.on,
                    low_eur: l,
                    high_eur: h,
                    mode_eur: None,
                    source: String::new(),
                }),
            }
            draft.based_on = Some((l, h));
            None
        }
        (Some(_), None) | (None, Some(_)) => {
            let open = if draft.low.is_none() { "laag" } else { "hoog" };
            Some(RowMessage::Waiting(format!(
                "{label}: nog in te vullen: {open}; {kept}."
            )))
        }
        _ => None,
    }
}

/// What a range row says under itself.
enum RowMessage {
    /// Refused or not applied: in the error colour.
    Refused(String),
    /// Waiting for the other bound (or a warning): in the warning colour.
    Waiting(String),
}

/// "+ eigen bandbreedte voor een scenario": a range that counts for that
/// scenario instead of its level's.
fn own_range_picker_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    component: &ComponentCosts,
    (name, key): (&str, &str),
) {
    let pending: Vec<usize> = ui.data(|d| d.get_temp(pending_id(key))).unwrap_or_default();
    let without: Vec<(usize, String)> = view
        .data
        .scenarios
        .iter()
        .enumerate()
        .filter(|(s, _)| {
            !component
                .ranges
                .iter()
                .any(|r| r.on == RangeFor::Scenario(*s))
                && !pending.contains(s)
        })
        .map(|(s, x)| (s, x.label()))
        .collect();
    if without.is_empty() {
        return;
    }
    let mut chosen: Option<usize> = None;
    egui::ComboBox::from_id_salt(("own_range", name))
        .selected_text("+ eigen bandbreedte voor een scenario")
        .show_ui(ui, |ui| {
            for (s, label) in &without {
                super::a11y::option_value(ui, &mut chosen, Some(*s), label);
            }
        })
        .response
        .accessible_name(format!("Eigen bandbreedte voor een scenario bij {name}"));
    if let Some(s) = chosen {
        // A row without a range (onbekend) until both bounds are typed.
        ui.data_mut(|d| {
            let pending: &mut Vec<usize> = d.get_temp_mut_or_default(pending_id(key));
            if !pending.contains(&s) {
                pending.push(s);
            }
        });
    }
}
