//! What a user does, one step at a time, in a form a generator can draw and
//! a failure can print. Every step can be taken in every state: where it
//! does not apply (removing an own scenario when there is none) it does
//! nothing, so any part of a journey is a journey too (shrinking relies on
//! that).

use std::fmt;
use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use nmd_scenarios::model::additions::costs::Amount;
use nmd_scenarios::model::additions::{
    AddedCriterion, AddedScenario, AddedScore, Profile, WeightMethod,
};
use nmd_scenarios::workspace::Change;
use rust_decimal::Decimal;

use super::run::Run;

/// The three screens of the issue: a small beamer, the laptop, the desk.
pub const SIZES: [(f32, f32); 3] = [(1280.0, 720.0), (1366.0, 768.0), (1920.0, 1080.0)];
/// Text sizes (percent).
pub const ZOOMS: [u8; 3] = [100, 150, 200];
/// The handleiding's examples.
pub const EXAMPLES: [&str; 4] = [
    "docs/voorbeelden/vijf-profielen.ron",
    "docs/voorbeelden/lasten.ron",
    "docs/voorbeelden/eigen-scenarios-en-groei.ron",
    "docs/voorbeelden/toezicht-uit-taken.ron",
];
/// The second region's data.
pub const OTHER_REGION: &str = "scenarios/regio-midden-limburg";
/// What a user types into a key field: whole percents, and what is refused.
pub const KEY_TEXTS: [&str; 9] = ["17", "31", "18", "13", "20", "17,5", "abc", "-3", "21"];
/// What a user types into a range of the cost per scenario: amounts, and
/// what is refused.
pub const RANGE_TEXTS: [&str; 7] = ["100.000", "200.000", "50000", "1.200.000", "-5", "abc", "0"];
/// Integral yearly wages per fte (euros).
pub const WAGES: [u32; 3] = [95_500, 80_357, 100_000];

/// One step of a journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The window's size (an index into [`SIZES`]).
    Size(u8),
    /// The text size (an index into [`ZOOMS`]), as remembered from the last
    /// session.
    Zoom(u8),
    Dark(bool),
    /// A built-in set of the data (index modulo their number).
    BuiltinSet(u8),
    /// An example of the handleiding (index into [`EXAMPLES`]), opened as a file.
    Example(u8),
    /// The other data set: the report's or Midden-Limburg's.
    OtherData,
    /// A tab (index modulo the tabs shown).
    Tab(u8),
    AddScenario,
    /// Removes the last own scenario.
    RemoveScenario,
    /// Hides or shows a scenario (index modulo their number).
    HideScenario(u8),
    AddCriterion,
    RemoveCriterion,
    HideCriterion(u8),
    /// A score changed with a reason.
    Score {
        scenario: u8,
        criterion: u8,
        level: u8,
    },
    /// A criterion's weight, as typed.
    Weight {
        criterion: u8,
        weight: u8,
    },
    EqualWeights,
    /// A participant weighs for itself: typed weights.
    Profile {
        participant: u8,
        weights: [u8; 4],
    },
    /// A participant's own weights removed (back to the set's).
    NoProfile(u8),
    /// How a participant's weights follow (0 typed, 1 order, 2 swing).
    Method {
        participant: u8,
        method: u8,
    },
    /// A participant looks at every weighting method and comes back to
    /// the one it had (the "just looking at the methods"): the way
    /// back over two switches restores the weights exactly.
    MethodTour(u8),
    /// Text typed into a key field of the Lasten tab (index into [`KEY_TEXTS`]).
    KeyTyped {
        participant: u8,
        text: u8,
    },
    /// Loonkosten for every function (index into [`WAGES`]).
    Wage(u8),
    /// Text typed into a bound of a component's range in Kosten per
    /// scenario (index into [`RANGE_TEXTS`]); the first component put in
    /// euros (per jaar) first when none is.
    Range {
        high: bool,
        text: u8,
    },
    /// "Set opslaan als…", the details given, the file chooser cancelled.
    SaveAsChooserCancelled,
    /// "Set opslaan als…", then Esc in its dialog.
    SaveAsEscaped,
    /// F1: the keyboard map.
    KeysOverlay,
    /// Help → Over nmd-scenarios.
    About,
    /// Beeld → Twee sets vergelijken.
    Compare,
    /// A digit typed wherever the focus is.
    Digit(u8),
    /// Tab pressed n times (Shift+Tab when `back`).
    TabKey {
        times: u8,
        back: bool,
    },
    Escape,
    /// F11.
    Present,
    NextSlide,
    PreviousSlide,
    Undo,
    Redo,
    /// The program closed and started again: the session brings the work back.
    Restart,
    /// Every output of this state made (text, CSV, workbook, appendix,
    /// a figure's footer): they must say what the window shows.
    Exports,
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Step::Size(i) => {
                let (w, h) = SIZES[i as usize % SIZES.len()];
                write!(f, "venster {w}×{h}")
            }
            Step::Zoom(i) => write!(f, "tekst {} %", ZOOMS[i as usize % ZOOMS.len()]),
            Step::Dark(d) => write!(f, "{}", if d { "donker" } else { "licht" }),
            Step::BuiltinSet(i) => write!(f, "ingebouwde set {i}"),
            Step::Example(i) => write!(
                f,
                "voorbeeld {} ({})",
                EXAMPLES[i as usize % EXAMPLES.len()],
                if i < 4 {
                    "als bestand"
                } else {
                    "Voorbeeld openen"
                }
            ),
            Step::OtherData => write!(f, "andere gegevens"),
            Step::Tab(i) => write!(f, "tabblad {i}"),
            Step::AddScenario => write!(f, "scenario toevoegen"),
            Step::RemoveScenario => write!(f, "eigen scenario verwijderen"),
            Step::HideScenario(i) => write!(f, "scenario {i} verbergen/tonen"),
            Step::AddCriterion => write!(f, "criterium toevoegen"),
            Step::RemoveCriterion => write!(f, "eigen criterium verwijderen"),
            Step::HideCriterion(i) => write!(f, "criterium {i} verbergen/tonen"),
            Step::Score {
                scenario,
                criterion,
                level,
            } => {
                write!(
                    f,
                    "score scenario {scenario}, criterium {criterion} → {level}"
                )
            }
            Step::Weight { criterion, weight } => write!(f, "gewicht {criterion} → {weight}"),
            Step::EqualWeights => write!(f, "gewichten gelijk maken"),
            Step::Profile {
                participant,
                weights,
            } => {
                write!(f, "deelnemer {participant} weegt zelf {weights:?}")
            }
            Step::NoProfile(p) => write!(f, "deelnemer {p} zonder eigen weging"),
            Step::Method {
                participant,
                method,
            } => {
                write!(
                    f,
                    "deelnemer {participant}: methode {}",
                    method_of(method).label()
                )
            }
            Step::MethodTour(p) => write!(f, "deelnemer {p}: elke methode en terug"),
            Step::KeyTyped { participant, text } => write!(
                f,
                "verdeelsleutel deelnemer {participant}: '{}'",
                KEY_TEXTS[text as usize % KEY_TEXTS.len()]
            ),
            Step::Wage(i) => write!(f, "loonkosten € {}", WAGES[i as usize % WAGES.len()]),
            Step::Range { high, text } => write!(
                f,
                "bandbreedte {}: '{}'",
                if high { "hoog" } else { "laag" },
                RANGE_TEXTS[text as usize % RANGE_TEXTS.len()]
            ),
            Step::SaveAsChooserCancelled => write!(f, "opslaan als…, bestandskiezer geannuleerd"),
            Step::SaveAsEscaped => write!(f, "opslaan als…, Esc"),
            Step::KeysOverlay => write!(f, "F1"),
            Step::About => write!(f, "over nmd-scenarios"),
            Step::Compare => write!(f, "twee sets vergelijken"),
            Step::Digit(d) => write!(f, "toets {d}"),
            Step::TabKey { times, back } => {
                write!(f, "{}Tab × {times}", if back { "Shift+" } else { "" })
            }
            Step::Escape => write!(f, "Esc"),
            Step::Present => write!(f, "F11"),
            Step::NextSlide => write!(f, "volgende dia"),
            Step::PreviousSlide => write!(f, "vorige dia"),
            Step::Undo => write!(f, "ongedaan maken"),
            Step::Redo => write!(f, "opnieuw"),
            Step::Restart => write!(f, "herstart"),
            Step::Exports => write!(f, "alle uitvoer maken"),
        }
    }
}

pub fn method_of(index: u8) -> WeightMethod {
    match index % 3 {
        0 => WeightMethod::Typed,
        1 => WeightMethod::Order,
        _ => WeightMethod::Swing,
    }
}

trait Label {
    fn label(&self) -> &'static str;
}

impl Label for WeightMethod {
    fn label(&self) -> &'static str {
        match self {
            WeightMethod::Typed => "getypt",
            WeightMethod::Order => "volgorde van belang",
            WeightMethod::Swing => "swing",
        }
    }
}

/// A control with this accessible name, whatever its role (a tab, a menu
/// item or a button), when one is on screen.
fn click_named(run: &mut Run, name: &str) -> bool {
    let found = run
        .h
        .query_all_by_label(name)
        .any(|n| n.accesskit_node().role() != Role::Label);
    match found {
        true => {
            run.h
                .query_all_by_label(name)
                .find(|n| n.accesskit_node().role() != Role::Label)
                .expect("still there")
                .click();
            run.h.run();
            true
        }
        false => false,
    }
}

/// Opens the top bar's menu `menu` and chooses `item`.
pub fn menu(run: &mut Run, menu: &str, item: &str) -> bool {
    if run.app().presentation() || !click_named(run, menu) {
        return false;
    }
    if click_named(run, item) {
        true
    } else {
        run.h.key_press(Key::Escape);
        run.h.run();
        false
    }
}

impl Step {
    /// Whether the step is something a user does in the window behind a
    /// dialog (a click, a typed value): impossible while a dialog or
    /// overlay is open, so not taken then. Keys, the window's size and the
    /// restart are always possible.
    fn needs_the_window(self) -> bool {
        !matches!(
            self,
            Step::Size(_)
                | Step::Zoom(_)
                | Step::Dark(_)
                | Step::KeysOverlay
                | Step::Digit(_)
                | Step::TabKey { .. }
                | Step::Escape
                | Step::Present
                | Step::NextSlide
                | Step::PreviousSlide
                | Step::Undo
                | Step::Redo
                | Step::Restart
                | Step::Exports
        )
    }

    /// Takes the step in the window.
    pub fn take(self, run: &mut Run) {
        let modal = run.app().view().is_some_and(super::invariants::modal_open);
        if modal && self.needs_the_window() {
            return;
        }
        match self {
            Step::Size(i) => run.resize(SIZES[i as usize % SIZES.len()]),
            Step::Zoom(i) => run.zoom(f32::from(ZOOMS[i as usize % ZOOMS.len()]) / 100.0),
            Step::Dark(dark) => {
                run.h.state_mut().workspace_mut().set_dark(dark);
            }
            Step::BuiltinSet(i) => {
                let n = run
                    .app()
                    .workspace()
                    .sets()
                    .iter()
                    .filter(|k| k.builtin)
                    .count();
                if n > 0 {
                    run.h.state_mut().workspace_mut().switch_set(i as usize % n);
                }
            }
            Step::Example(i) => {
                if run.other_region {
                    return;
                }
                let example = EXAMPLES[i as usize % EXAMPLES.len()];
                if i < 4 {
                    // A file, as Bestand → Set openen… opens it.
                    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(example);
                    run.h.state_mut().open_set_file(&path);
                } else {
                    // Carried by the program, as Bestand → Voorbeeld openen.
                    let word = Path::new(example).file_stem().and_then(|s| s.to_str());
                    let reply = run
                        .h
                        .state_mut()
                        .workspace_mut()
                        .open_example(word.unwrap_or_default());
                    run.h.state_mut().show_reply(reply);
                }
            }
            Step::OtherData => run.switch_data(),
            Step::Tab(i) => {
                let Some(view) = run.app().view() else { return };
                let tabs = view.tabs();
                let tab = tabs[i as usize % tabs.len()];
                if !run.app().presentation() {
                    run.h.state_mut().show_tab(tab);
                }
            }
            Step::AddScenario => run.add_scenario(),
            Step::RemoveScenario => {
                if let Some(last) = run.app().workspace().inputs().added.scenarios.last() {
                    let id = last.id.clone();
                    run.change(Change::RemoveScenario(id));
                }
            }
            Step::HideScenario(i) => {
                let n = run.app().workspace().inputs().scenarios.len();
                let s = i as usize % n;
                let hidden = run.app().workspace().inputs().scenarios[s].hidden;
                run.change(Change::HideScenario {
                    scenario: s,
                    hidden: !hidden,
                });
            }
            Step::AddCriterion => run.add_criterion(),
            Step::RemoveCriterion => {
                if let Some(last) = run.app().workspace().inputs().added.criteria.last() {
                    let id = last.id.clone();
                    run.change(Change::RemoveCriterion(id));
                }
            }
            Step::HideCriterion(i) => {
                let n = run.app().workspace().inputs().criteria.len();
                let c = i as usize % n;
                let hidden = run.app().workspace().inputs().criteria[c].hidden;
                run.change(Change::HideCriterion {
                    criterion: c,
                    hidden: !hidden,
                });
            }
            Step::Score {
                scenario,
                criterion,
                level,
            } => run.score(scenario, criterion, level),
            Step::Weight { criterion, weight } => {
                let n = run.app().workspace().inputs().criteria.len();
                run.change(Change::Weight {
                    criterion: criterion as usize % n,
                    weight: Decimal::from(weight % 11),
                });
            }
            Step::EqualWeights => run.change(Change::EqualWeights),
            Step::Profile {
                participant,
                weights,
            } => run.profile(participant, weights),
            Step::NoProfile(p) => {
                if let Some(name) = run.participant(p) {
                    run.change(Change::RemoveProfile(name));
                }
            }
            Step::Method {
                participant,
                method,
            } => run.method(participant, method_of(method)),
            Step::MethodTour(participant) => run.method_tour(participant),
            Step::KeyTyped { participant, text } => {
                run.type_key(participant, KEY_TEXTS[text as usize % KEY_TEXTS.len()])
            }
            Step::Wage(i) => {
                let mut costs = run.app().workspace().inputs().costs.clone();
                costs.wage_all = Some(Amount {
                    eur: Decimal::from(WAGES[i as usize % WAGES.len()]),
                    source: "eigen aanname (willekeurige reis)".into(),
                });
                run.change(Change::Costs(costs));
            }
            Step::Range { high, text } => {
                run.type_range(high, RANGE_TEXTS[text as usize % RANGE_TEXTS.len()])
            }
            Step::SaveAsChooserCancelled => run.save_as(true),
            Step::SaveAsEscaped => run.save_as(false),
            Step::KeysOverlay => run.key(Key::F1),
            Step::About => {
                menu(run, "Help", "Over nmd-scenarios");
            }
            Step::Compare => {
                menu(run, "Beeld", "Twee sets vergelijken");
            }
            Step::Digit(d) => {
                run.h
                    .event(egui::Event::Text(char::from(b'0' + d % 10).to_string()));
                run.h.run();
            }
            Step::TabKey { times, back } => {
                for _ in 0..times.clamp(1, 12) {
                    if back {
                        run.h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
                    } else {
                        run.h.key_press(Key::Tab);
                    }
                    run.h.run();
                }
            }
            Step::Escape => run.key(Key::Escape),
            Step::Present => run.key(Key::F11),
            Step::NextSlide => {
                if run.app().presentation() {
                    run.key(Key::ArrowRight);
                }
            }
            Step::PreviousSlide => {
                if run.app().presentation() {
                    run.key(Key::ArrowLeft);
                }
            }
            Step::Undo => {
                run.h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
                run.h.run();
            }
            Step::Redo => {
                run.h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
                run.h.run();
            }
            Step::Restart => run.restart(),
            // Checked by the walk itself (`exports.rs`).
            Step::Exports => {}
        }
    }
}

/// An own scenario's or criterion's scores, one per other item.
pub fn scores_for(ids: impl Iterator<Item = String>, seed: usize) -> Vec<AddedScore> {
    ids.enumerate()
        .map(|(i, other)| AddedScore {
            other,
            level: (seed + i) % 5,
            reason: "reden van de willekeurige reis".into(),
        })
        .collect()
}

pub fn added_scenario(n: usize, criteria: impl Iterator<Item = String>) -> AddedScenario {
    AddedScenario {
        id: format!("eigen_{n}"),
        name: format!("Eigen scenario {n}: zelfstandige gemeenschappelijke regeling"),
        short_name: format!("Eigen {n}"),
        description: String::new(),
        scores: scores_for(criteria, n),
        cost_levels: Vec::new(),
    }
}

pub fn added_criterion(n: usize, scenarios: impl Iterator<Item = String>) -> AddedCriterion {
    AddedCriterion {
        id: format!("eigen_criterium_{n}"),
        name: format!("Organisatorische impact voor medewerkers {n}"),
        explanation: String::new(),
        scores: scores_for(scenarios, n + 2),
    }
}

pub fn typed_profile(name: String, weights: [u8; 4], criteria: usize) -> Profile {
    Profile {
        name,
        method: WeightMethod::Typed,
        values: (0..criteria)
            .map(|c| Decimal::from(weights[c % 4] % 6))
            .collect(),
    }
}
