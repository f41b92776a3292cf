//! The verdeelsleutel, own distributions (artikel 8.4) and transition
//! ranges of the Lasten tab. The key is typed as a draft: it counts once it
//! is complete and adds up (whole percents to 100, or amounts that make
//! them); until then the last valid key stays in force and the tab says
//! why the draft does not count yet, so no half-typed key is ever saved.

use rust_decimal::Decimal;

use super::actions::{Actions, Notice};
use super::cost_fields::{amount_field_ui, euro_text, source_field_ui};
use super::layout::{style_fitting, text_cell_ui};
use super::number_field::number_field_ui;
use crate::format::number;
use crate::model::costs::{
    CostInputs, CostKey, KeyMethod, OwnShare, RangeFor, Transition, TransitionRange, key_shares,
};
use crate::numbers::{CONTRIBUTION_EUR, COST_EUR, INHABITANTS, KEY_PERCENT, Quantity};
use crate::present::view_model::ViewModel;

/// The key being typed: a value per participant, by one method.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeyDraft {
    method: KeyMethod,
    values: Vec<Option<Decimal>>,
    /// The key in force when the draft was started: when it changes (undo,
    /// another set) the draft starts again from it.
    based_on: Option<CostKey>,
}

impl KeyDraft {
    fn from_key(key: Option<&CostKey>, participants: &[String]) -> Self {
        Self {
            method: key.map_or(KeyMethod::Percent, |k| k.method),
            values: participants
                .iter()
                .map(|p| key.and_then(|k| k.values.iter().find(|(n, _)| n == p).map(|(_, v)| *v)))
                .collect(),
            based_on: key.cloned(),
        }
    }
}

fn quantity(method: KeyMethod) -> &'static Quantity {
    match method {
        KeyMethod::Percent => &KEY_PERCENT,
        KeyMethod::Contributions => &CONTRIBUTION_EUR,
        KeyMethod::Inhabitants => &INHABITANTS,
    }
}

/// Where the key being typed is kept between frames (also read by the
/// results, which say when it is not yet in force).
fn key_draft_id() -> egui::Id {
    egui::Id::unique("key_draft")
}

/// While a typed key is not (yet) in force: why, for beside the results
/// (a key adding up to 99 leaves the previous key's amounts standing).
pub fn pending_key_note(ui: &egui::Ui, view: &ViewModel) -> Option<String> {
    let costs = &view.inputs.costs;
    let participants = crate::model::costs::participants(&view.data, costs);
    let draft: KeyDraft = ui.data(|d| d.get_temp::<KeyDraft>(key_draft_id()))?;
    if draft.based_on != costs.key
        || draft.values.len() != participants.len()
        || draft.values.iter().all(Option::is_none)
        || draft_is_key(&draft, costs.key.as_ref(), &participants)
    {
        return None;
    }
    let values: Option<Vec<(String, Decimal)>> = participants
        .iter()
        .zip(&draft.values)
        .map(|(p, v)| v.map(|v| (p.clone(), v)))
        .collect();
    let why = match values {
        Some(values) => key_shares(
            &participants,
            &CostKey {
                method: draft.method,
                values,
                source: String::new(),
            },
        )
        .err()?,
        None => "nog niet elke deelnemer heeft een waarde".to_owned(),
    };
    let kept = if costs.key.is_some() {
        "de bedragen hieronder gebruiken nog de vorige sleutel"
    } else {
        "er is nog geen verdeling"
    };
    Some(format!(
        "De getypte verdeelsleutel is niet toegepast ({why}); {kept}."
    ))
}

/// The key: its method, a value per participant (a refused one says why
/// under its row), the percents it makes, and its source.
pub fn key_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &mut CostInputs) {
    ui.label(egui::RichText::new("Verdeelsleutel").strong());
    let participants = crate::model::costs::participants(&view.data, costs);
    if participants.is_empty() {
        ui.label("Deze gegevens noemen geen deelnemers; een verdeelsleutel kan alleen in een setbestand.");
        return;
    }
    let id = key_draft_id();
    let mut draft: KeyDraft = ui
        .data(|d| d.get_temp::<KeyDraft>(id))
        .filter(|d| d.based_on == costs.key && d.values.len() == participants.len())
        .unwrap_or_else(|| KeyDraft::from_key(costs.key.as_ref(), &participants));
    key_method_ui(ui, &mut draft, participants.len());
    let shares = view
        .outcome
        .costs
        .as_ref()
        .and_then(|c| c.key.as_ref().ok());
    let in_force = draft_is_key(&draft, costs.key.as_ref(), &participants);
    let name_width = participants
        .iter()
        .map(|p| super::style::text_width(ui, egui::RichText::new(p)))
        .fold(0.0_f32, f32::max)
        + 8.0;
    for (i, name) in participants.iter().enumerate() {
        let percent = shares.filter(|_| in_force).map(|s| s.percents[i]);
        let refused = ui.horizontal(|ui| {
            text_cell_ui(
                ui,
                name_width,
                egui::RichText::new(name),
                &egui::TextStyle::Body,
            );
            key_value_ui(ui, &mut draft, (i, name), percent)
        });
        // Why a value was refused, right under its row (at the foot of the
        // key it was out of sight at 200 % text).
        if let Some(refusal) = refused.inner {
            super::number_field::refusal_ui(ui, &refusal);
        }
    }
    if let Some(why) = apply_draft(&mut draft, costs, &participants) {
        let kept = if costs.key.is_some() {
            "de vorige sleutel blijft gelden"
        } else {
            "er is nog geen sleutel"
        };
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Nog niet toegepast – {why}; {kept}."))
                    .color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
    if let Some(key) = &mut costs.key {
        ui.horizontal(|ui| {
            ui.label("Bron:");
            source_field_ui(ui, &mut key.source, "de verdeelsleutel", 360.0);
        });
        draft.based_on = Some(key.clone());
    }
    if let Some(note) = shares.and_then(|s| s.note.as_ref()).filter(|_| in_force) {
        ui.add(egui::Label::new(egui::RichText::new(format!("Afgerond {note}.")).weak()).wrap());
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}

/// How the key is made; another method starts with empty values.
fn key_method_ui(ui: &mut egui::Ui, draft: &mut KeyDraft, participants: usize) {
    ui.horizontal_wrapped(|ui| {
        for (method, text) in [
            (KeyMethod::Percent, "hele procenten"),
            (
                KeyMethod::Contributions,
                "uit rijksbijdragen Wmo + Jeugd (euro)",
            ),
            (KeyMethod::Inhabitants, "uit inwoneraantallen"),
        ] {
            if ui.radio(draft.method == method, text).clicked() && draft.method != method {
                draft.method = method;
                draft.values = vec![None; participants];
            }
        }
    });
}

/// Participant `i`'s value in the draft, and its percent when the key is in
/// force; a refusal of what was typed.
fn key_value_ui(
    ui: &mut egui::Ui,
    draft: &mut KeyDraft,
    (i, name): (usize, &str),
    percent: Option<Decimal>,
) -> Option<String> {
    let current = draft.values[i].map(|v| match draft.method {
        KeyMethod::Contributions => euro_text(v),
        _ => number(v, 0),
    });
    let what = match draft.method {
        KeyMethod::Percent => "Aandeel",
        KeyMethod::Contributions => "Rijksbijdragen",
        KeyMethod::Inhabitants => "Inwoners",
    };
    let label = format!("{what} {name}");
    let answer = number_field_ui(
        ui,
        ("key", i, draft.method.id()),
        current.as_deref().unwrap_or_default(),
        quantity(draft.method),
        110.0,
        &label,
        |typed, refusal| match &current {
            Some(kept) => {
                format!("{label} '{typed}': {refusal}; het vorige ({kept}) blijft staan")
            }
            None => format!("{label} '{typed}': {refusal}"),
        },
    );
    if let Some(v) = answer.committed {
        draft.values[i] = Some(v);
    }
    if let Some(percent) = percent {
        ui.label(egui::RichText::new(format!("{} %", number(percent, 0))).strong());
    }
    answer.refusal
}

/// The draft counts once it makes a key: then it becomes the inputs' key.
/// Otherwise why it waits (values missing, or a key that makes no shares).
fn apply_draft(
    draft: &mut KeyDraft,
    costs: &mut CostInputs,
    participants: &[String],
) -> Option<String> {
    let typed: Option<Vec<(String, Decimal)>> = participants
        .iter()
        .zip(&draft.values)
        .map(|(p, v)| v.map(|v| (p.clone(), v)))
        .collect();
    match typed {
        Some(values) => {
            let source = costs
                .key
                .as_ref()
                .map(|k| k.source.clone())
                .unwrap_or_default();
            let key = CostKey {
                method: draft.method,
                values,
                source,
            };
            match key_shares(participants, &key) {
                Ok(_) if Some(&key) != costs.key.as_ref() => {
                    costs.key = Some(key.clone());
                    draft.based_on = Some(key);
                    None
                }
                Ok(_) => None,
                Err(why) => Some(why),
            }
        }
        None if !draft_is_key(draft, costs.key.as_ref(), participants) => {
            let open: Vec<String> = participants
                .iter()
                .zip(&draft.values)
                .filter(|(_, v)| v.is_none())
                .map(|(p, _)| p.clone())
                .collect();
            Some(format!(
                "nog in te vullen: {}",
                crate::format::join_and(&open)
            ))
        }
        None => None,
    }
}

/// Whether the draft holds exactly the key in force.
fn draft_is_key(draft: &KeyDraft, key: Option<&CostKey>, participants: &[String]) -> bool {
    key.is_some_and(|k| {
        k.method == draft.method
            && participants
                .iter()
                .zip(&draft.values)
                .all(|(p, v)| k.values.iter().find(|(n, _)| n == p).map(|(_, x)| *x) == *v)
    })
}

/// Per segment: the participants it is charged to alone (artikel 8.4);
/// its share of each category's fte follows the segment's term.
pub fn own_shares_ui(ui: &mut egui::Ui, view: &ViewModel, costs: &mut CostInputs) {
    let data = &view.data;
    if data.segments.is_empty() {
        return;
    }
    let participants = crate::model::costs::participants(&view.data, costs);
    if participants.is_empty() {
        return;
    }
    ui.label(egui::RichText::new("Eigen verdeling (artikel 8.4)").strong());
    ui.add(
        egui::Label::new(
            "Een segment dat alleen bepaalde deelnemers dragen: precies de fte die dit segment in de afleiding van de formatie heeft, × de loonkosten van die functie, gaat naar hen (dragen er meer, dan naar hun procenten onder elkaar); de rest naar de verdeelsleutel. Het toezicht op het segment blijft bij de sleutel, tenzij u 'toezicht erop ook' aanvinkt (artikel 8.4 laat dat aan de partijen).",
        )
        .wrap(),
    );
    for (s, segment) in data.segments.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}:", segment.short_name));
            let position = costs.own_shares.iter().position(|o| o.segment == s);
            for name in &participants {
                let mut ticked =
                    position.is_some_and(|i| costs.own_shares[i].participants.contains(name));
                let what = format!("{} alleen voor {name}", segment.short_name);
                let changed = super::layout::wrapped_checkbox(ui, &mut ticked, name)
                    .accessible_name(&what)
                    .on_hover_text(&what)
                    .changed();
                if !changed {
                    continue;
                }
                match (position, ticked) {
                    (Some(i), true) => costs.own_shares[i].participants.push(name.clone()),
                    (Some(i), false) => costs.own_shares[i].participants.retain(|n| n != name),
                    (None, true) => costs.own_shares.push(OwnShare {
                        segment: s,
                        participants: vec![name.clone()],
                        source: String::new(),
                        supervision_follows: false,
                    }),
                    (None, false) => {}
                }
            }
            if let Some(i) = costs.own_shares.iter().position(|o| o.segment == s) {
                source_field_ui(
                    ui,
                    &mut costs.own_shares[i].source,
                    &format!("de eigen verdeling van {}", segment.short_name),
                    240.0,
                );
                // Artikel 8.4 leaves the segment's supervision to the parties.
                let what = format!("Toezicht op {} ook alleen voor hen", segment.short_name);
                super::layout::wrapped_checkbox(
                    ui,
                    &mut costs.own_shares[i].supervision_follows,
                    "toezicht erop ook",
                )
                .accessible_name(&what)
                .on_hover_text(format!(
                    "{what}: de fte die dit segment toezien (waar de gegevens die aanwijzen) gaan mee; uit: de verdeelsleutel draagt ze. Artikel 8.4 laat dit aan de partijen."
                ));
            }
        });
    }
    // Nobody ticked: back to the key.
    costs.own_shares.retain(|o| !o.participants.is_empty());
}

/// Transition ranges: per level of the chosen row of the cost profile, and
/// per scenario (counts instead of its level's; the only way without a
/// cost profile).
pub fn transition_inputs_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    costs: &mut CostInputs,
    refusals: &mut Vec<String>,
    out: &mut Actions,
) {
    let data = &view.data;
    let profile = &data.cost_profile;
    ui.label(egui::RichText::new("Transitiekosten (eenmalig, bandbreedte)").strong());
    let mut transition = costs.transition.clone().unwrap_or_default();
    if !profile.components.is_empty() {
        transition_row_ui(ui, view, &mut transition);
    }
    let mut targets: Vec<(RangeFor, String)> = Vec::new();
    if transition.component.is_some() {
        targets.extend(
            profile
                .levels
                .iter()
                .enumerate()
                .map(|(l, word)| (RangeFor::Level(l), format!("Niveau {word}"))),
        );
    }
    targets.extend(
        data.scenarios
            .iter()
            .enumerate()
            .map(|(s, x)| (RangeFor::Scenario(s), x.label())),
    );
    let body = egui::TextStyle::Body;
    let label_width = targets
        .iter()
        .map(|(_, label)| super::style::text_width(ui, egui::RichText::new(label)))
        .fold(0.0_f32, f32::max)
        .min(ui.available_width() * 0.4)
        + 8.0;
    // A long scenario name at 150 % text shrinks rather than break
    // "Samenwerkingsovereenkomst" inside the word.
    let label_style = style_fitting(
        ui,
        targets.iter().map(|(_, l)| l.as_str()),
        label_width,
        false,
    );
    ui.horizontal(|ui| {
        text_cell_ui(ui, label_width, egui::RichText::new(""), &body);
        text_cell_ui(ui, 98.0, egui::RichText::new("Laag (€)").strong(), &body);
        text_cell_ui(ui, 98.0, egui::RichText::new("Hoog (€)").strong(), &body);
    });
    for (on, label) in targets {
        ui.horizontal(|ui| {
            text_cell_ui(ui, label_width, egui::RichText::new(&label), &label_style);
            range_row_ui(ui, &mut transition, (on, &label), refusals, out);
        });
    }
    // Nothing chosen or typed: nothing to store (opening the tab changes
    // nothing).
    if costs.transition.is_some() || transition != Transition::default() {
        costs.transition = Some(transition);
    }
}

/// Which row of the cost profile gives the scenarios' levels.
fn transition_row_ui(ui: &mut egui::Ui, view: &ViewModel, transition: &mut Transition) {
    let profile = &view.data.cost_profile;
    ui.horizontal(|ui| {
        ui.label("Niveau uit de rij:");
        let selected = transition
            .component
            .and_then(|c| profile.components.get(c))
            .map_or("(kies de rij van de transitiekosten)", |c| c.name.as_str());
        egui::ComboBox::from_id_salt("transition_row")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                super::a11y::option_value(
                    ui,
                    &mut transition.component,
                    None,
                    "(geen: alleen per scenario)",
                );
                for (c, component) in profile.components.iter().enumerate() {
                    super::a11y::option_value(
                        ui,
                        &mut transition.component,
                        Some(c),
                        &component.name,
                    );
                }
            })
            .response
            .accessible_name("Rij van het kostenprofiel voor de transitiekosten");
    });
}

/// The range of a level or a scenario: low and high (refused when low is
/// above high), its source; "onbekend" until a bound is typed.
fn range_row_ui(
    ui: &mut egui::Ui,
    transition: &mut Transition,
    (on, label): (RangeFor, &str),
    refusals: &mut Vec<String>,
    out: &mut Actions,
) {
    let position = transition.ranges.iter().position(|r| r.on == on);
    let (low, high) = position.map_or((None, None), |i| {
        let r = &transition.ranges[i];
        (Some(r.low_eur), Some(r.high_eur))
    });
    let new_low = amount_field_ui(
        ui,
        ("t_low", label),
        low,
        &COST_EUR,
        &format!("Laag {label}"),
        refusals,
    );
    let new_high = amount_field_ui(
        ui,
        ("t_high", label),
        high,
        &COST_EUR,
        &format!("Hoog {label}"),
        refusals,
    );
    match position {
        Some(i) => {
            let r = &mut transition.ranges[i];
            let (l, h) = (new_low.unwrap_or(r.low_eur), new_high.unwrap_or(r.high_eur));
            if l > h {
                out.notice(Notice::error(format!(
                    "Transitiekosten {label}: de ondergrens {} is hoger dan de bovengrens {}; niet toegepast.",
                    crate::format::euro(l),
                    crate::format::euro(h)
                )));
            } else {
                (r.low_eur, r.high_eur) = (l, h);
            }
            source_field_ui(ui, &mut r.source, label, 200.0);
        }
        None => {
            // A range needs both bounds; one typed counts as both until
            // the other is given.
            if let Some(v) = new_low.or(new_high) {
                transition.ranges.push(TransitionRange {
                    on,
                    low_eur: v,
                    high_eur: v,
                    source: String::new(),
                });
            }
            ui.label(egui::RichText::new("onbekend").weak());
        }
    }
}
