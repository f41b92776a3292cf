//! One journey in the real window: the harness, the state the steps need
//! (which data, the clock for undo steps) and what the invariants remember
//! between steps (a participant's weights before a method switch).

use std::collections::BTreeMap;
use std::path::Path;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::model::additions::{ScoreChange, WeightMethod};
use nmd_scenarios::model::load::{DataFolder, load_embedded_folder, load_folder};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;
use nmd_scenarios::workspace::Change;
use rust_decimal::Decimal;

use super::steps::{OTHER_REGION, added_criterion, added_scenario, typed_profile};

/// Whether the key field refuses `text` (not a whole percent from 0 to
/// 100, in the program's Dutch number rules).
fn numbers_refuse(text: &str) -> bool {
    !text.chars().all(|c| c.is_ascii_digit()) || text.parse::<u32>().map_or(true, |v| v > 100)
}

/// Up to 8 scenarios and 8 criteria, as the issue asks.
const MOST_ITEMS: usize = 8;

/// A participant's weights as they were before a method switch: switching
/// back must give exactly these.
#[derive(Debug, Clone)]
pub struct Remembered {
    pub method: WeightMethod,
    pub values: Vec<Decimal>,
    /// The weights right after the switch: while they stand, the way back
    /// restores `values`.
    pub after: (WeightMethod, Vec<Decimal>),
}

pub struct Run {
    pub h: Harness<'static, NmdApp>,
    /// The window in pixels, and the text size.
    pub pixels: (f32, f32),
    pub zoom_factor: f32,
    pub other_region: bool,
    clock_s: f64,
    added: usize,
    /// Per participant, the chain of method switches.
    pub remembered: BTreeMap<String, Vec<Remembered>>,
    /// What a step found wrong while it was taken (a cancelled dialog that
    /// changed something, a method switch that did not come back).
    pub found: Vec<String>,
}

fn folder(other_region: bool) -> DataFolder {
    if other_region {
        load_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join(OTHER_REGION))
            .expect("Midden-Limburg loads")
    } else {
        load_embedded_folder().expect("the report's data load")
    }
}

fn harness(app: NmdApp, pixels: (f32, f32)) -> Harness<'static, NmdApp> {
    Harness::builder()
        .with_size([pixels.0, pixels.1])
        .with_max_steps(80)
        .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app)
}

impl Run {
    pub fn new(pixels: (f32, f32)) -> Self {
        let mut h = harness(NmdApp::new(folder(false), "ingebouwd"), pixels);
        h.run();
        Self {
            h,
            pixels,
            zoom_factor: 1.0,
            other_region: false,
            clock_s: 0.0,
            added: 0,
            remembered: BTreeMap::new(),
            found: Vec::new(),
        }
    }

    pub fn app(&self) -> &NmdApp {
        self.h.state()
    }

    /// The window in points.
    pub fn points(&self) -> (f32, f32) {
        let zoom = self.h.ctx.zoom_factor();
        (self.pixels.0 / zoom, self.pixels.1 / zoom)
    }

    pub fn key(&mut self, key: Key) {
        self.h.key_press(key);
        self.h.run();
    }

    /// A change as a view hands it to the workspace at the end of a frame;
    /// a second apart, so undo keeps them apart.
    pub fn change(&mut self, change: Change) {
        if self.app().presentation() {
            return;
        }
        self.clock_s += 10.0;
        let now = self.clock_s;
        self.h.state_mut().workspace_mut().apply(vec![change], now);
        self.h.run();
    }

    /// The window resized to `pixels`. egui's input gives the screen in
    /// points (pixels over the zoom), as the windowing layer does.
    pub fn resize(&mut self, pixels: (f32, f32)) {
        self.pixels = pixels;
        let zoom = self.h.ctx.zoom_factor();
        self.h
            .set_size(egui::vec2(pixels.0 / zoom, pixels.1 / zoom));
        self.h.run();
    }

    pub fn zoom(&mut self, zoom: f32) {
        self.zoom_factor = zoom;
        self.h.state_mut().workspace_mut().set_zoom(zoom);
        self.h.run();
        self.h.run();
    }

    pub fn switch_data(&mut self) {
        if self.app().presentation() {
            return;
        }
        self.other_region = !self.other_region;
        let origin = if self.other_region {
            OTHER_REGION
        } else {
            "ingebouwd"
        };
        let _ = origin;
        // As Bestand → Ingebouwde gegevens does it.
        let word = if self.other_region {
            "midden-limburg"
        } else {
            "nmd"
        };
        let reply = self.h.state_mut().workspace_mut().load_builtin_data(word);
        self.h.state_mut().show_reply(reply);
        self.remembered.clear();
        self.h.run();
    }

    pub fn add_scenario(&mut self) {
        if self.app().workspace().data().scenarios.len() >= MOST_ITEMS {
            return;
        }
        self.added += 1;
        let ids = self
            .app()
            .workspace()
            .data()
            .criteria
            .iter()
            .map(|c| c.id.clone());
        let scenario = added_scenario(self.added, ids.collect::<Vec<_>>().into_iter());
        self.change(Change::AddScenario(scenario));
    }

    pub fn add_criterion(&mut self) {
        if self.app().workspace().data().criteria.len() >= MOST_ITEMS {
            return;
        }
        self.added += 1;
        let ids = self
            .app()
            .workspace()
            .data()
            .scenarios
            .iter()
            .map(|s| s.id.clone());
        let criterion = added_criterion(self.added, ids.collect::<Vec<_>>().into_iter());
        self.change(Change::AddCriterion {
            criterion,
            weight: Decimal::ONE,
        });
    }

    pub fn score(&mut self, scenario: u8, criterion: u8, level: u8) {
        let data = self.app().workspace().data();
        let (s, c) = (
            scenario as usize % data.scenarios.len(),
            criterion as usize % data.criteria.len(),
        );
        let levels = data.scale.levels.len();
        // Own scenarios and criteria carry their scores themselves.
        if data.scenarios[s].added || data.criteria[c].added {
            return;
        }
        self.change(Change::Score {
            scenario: s,
            criterion: c,
            change: Some(ScoreChange {
                level: level as usize % levels,
                reason: "andere lezing (willekeurige reis)".into(),
            }),
        });
    }

    /// The participant `index` names (modulo their number), if the data
    /// names participants.
    pub fn participant(&self, index: u8) -> Option<String> {
        let names = &self.app().workspace().data().participants.as_ref()?.names;
        Some(names[index as usize % names.len()].clone())
    }

    pub fn profile(&mut self, participant: u8, weights: [u8; 4]) {
        let Some(name) = self.participant(participant) else {
            return;
        };
        let criteria = self.app().workspace().data().criteria.len();
        self.remembered.remove(&name);
        self.change(Change::Profile {
            profile: typed_profile(name, weights, criteria),
            criterion: None,
        });
    }

    /// A participant's own profile, if any.
    fn own_profile(&self, name: &str) -> Option<(WeightMethod, Vec<Decimal>)> {
        self.app()
            .workspace()
            .inputs()
            .profiles
            .iter()
            .find(|p| p.name == name)
            .map(|p| (p.method, p.values.clone()))
    }

    /// Switches a participant's method; switching back along the way it
    /// came must restore the weights exactly.
    pub fn method(&mut self, participant: u8, method: WeightMethod) {
        let Some(name) = self.participant(participant) else {
            return;
        };
        let before = self.own_profile(&name);
        self.change(Change::ProfileMethod {
            name: name.clone(),
            method,
        });
        let (Some(before), Some(after)) = (before, self.own_profile(&name)) else {
            self.remembered.remove(&name);
            return;
        };
        if before.0 == method {
            return;
        }
        let chain = self.remembered.entry(name.clone()).or_default();
        // Walk back the switches whose result still stands.
        let mut at = before.clone();
        let mut expected = None;
        for r in chain.iter().rev() {
            if r.after != at {
                break;
            }
            at = (r.method, r.values.clone());
            if r.method == method {
                expected = Some(r.values.clone());
                break;
            }
        }
        if let Some(values) = expected
            && after.1 != values
        {
            self.found.push(format!(
                "{name}: back to {method:?} the weights are {:?}, before they were {values:?}",
                after.1
            ));
        }
        chain.push(Remembered {
            method: before.0,
            values: before.1,
            after,
        });
    }

    /// Every method in turn and back to the participant's own: each switch
    /// checked by [`Run::method`]. Without weights of its own the first
    /// switch only makes them, so the round is taken twice.
    pub fn method_tour(&mut self, participant: u8) {
        let Some(name) = self.participant(participant) else {
            return;
        };
        let own = self.own_profile(&name);
        let start = own.as_ref().map_or(WeightMethod::Typed, |(m, _)| *m);
        let index = |m: WeightMethod| match m {
            WeightMethod::Typed => 0u8,
            WeightMethod::Order => 1,
            WeightMethod::Swing => 2,
        };
        let rounds = if own.is_some() { 1 } else { 2 };
        for _ in 0..rounds {
            for step in 1..=3 {
                let method = super::steps::method_of(index(start) + step);
                self.method(participant, method);
            }
        }
    }

    /// Types `text` into a participant's field of the verdeelsleutel (the
    /// Lasten tab, a key in whole percents), then leaves the field.
    pub fn type_key(&mut self, participant: u8, text: &str) {
        let Some(name) = self.participant(participant) else {
            return;
        };
        if self.app().presentation() {
            return;
        }
        self.h.state_mut().show_tab(Screen::Costs);
        self.h.run();
        let label = format!("Aandeel {name}");
        if self.h.query_by_label(&label).is_none() {
            return;
        }
        self.h.get_by_label(&label).scroll_to_me();
        self.h.run();
        self.h.get_by_label(&label).click();
        self.h.run();
        self.h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        self.h.get_by_label(&label).type_text(text);
        self.h.run();
        let before = self.h.get_by_label(&label).rect();
        self.key(Key::Tab);
        // The field stays where it was (a key becoming complete made the
        // table appear above it and pushed it down ~320 points). At a
        // larger text size the view scrolls to the next field on its own.
        if let Some(after) = self.h.query_by_label(&label).map(|n| n.rect())
            && self.zoom_factor == 1.0
            && (after.top() - before.top()).abs() > 40.0
        {
            self.found.push(format!(
                "the field '{label}' moved {:.0} points while it was typed",
                after.top() - before.top()
            ));
        }
        // A refused value says why, in sight, beside the key (the notice
        // line at the foot of the window does not count: it says the last
        // thing that happened anywhere).
        if numbers_refuse(text) {
            let (width, height) = self.points();
            let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
            let quoted = format!("'{text}'");
            let notice = self.app().notice().map(|n| n.text.clone());
            let said = self
                .h
                .query_all(
                    egui_kittest::kittest::By::new()
                        .predicate(|n| n.role() == egui::accesskit::Role::Label),
                )
                .any(|n| {
                    let t = n
                        .value()
                        .or(egui_kittest::kittest::NodeT::accesskit_node(&n).label())
                        .unwrap_or_default();
                    t.contains(&quoted)
                        && Some(&t) != notice.as_ref()
                        && super::invariants::bounds(&n).is_some_and(|r| window.intersects(r))
                });
            if !said {
                self.found.push(format!(
                    "'{text}' in '{label}' refused without a reason in sight"
                ));
            }
        }
    }

    /// Types `text` into the first range's low (or high) bound in Kosten
    /// per scenario, putting the first component in euros (per jaar) when
    /// none is. A refused value, or a low above the high, says why in
    /// sight.
    pub fn type_range(&mut self, high: bool, text: &str) {
        if self.app().presentation() {
            return;
        }
        self.h.state_mut().show_tab(Screen::ScenarioCosts);
        self.h.run();
        let prefix = if high { "Hoog " } else { "Laag " };
        let field = |h: &egui_kittest::Harness<'static, NmdApp>| -> Option<String> {
            h.query_all(egui_kittest::kittest::By::new().predicate(|n| {
                n.role() == egui::accesskit::Role::TextInput
                    && n.label()
                        .is_some_and(|l| l.starts_with(prefix) && l.contains(", "))
            }))
            .next()
            .and_then(|n| egui_kittest::kittest::NodeT::accesskit_node(&n).label())
        };
        if field(&self.h).is_none() {
            let kind = self
                .h
                .query_all(
                    egui_kittest::kittest::By::new()
                        .predicate(|n| n.label().is_some_and(|l| l.starts_with("Soort "))),
                )
                .next()
                .and_then(|n| egui_kittest::kittest::NodeT::accesskit_node(&n).label());
            let Some(kind) = kind else { return };
            self.h.get_by_label(&kind).scroll_to_me();
            self.h.run();
            self.h.get_by_label(&kind).click();
            self.h.run();
            let Some(option) = self
                .h
                .query_by_role_and_label(egui::accesskit::Role::ListBoxOption, "per jaar")
            else {
                self.key(Key::Escape);
                return;
            };
            option.click();
            self.h.run();
        }
        let Some(label) = field(&self.h) else { return };
        self.h.get_by_label(&label).scroll_to_me();
        self.h.run();
        self.h.get_by_label(&label).click();
        self.h.run();
        self.h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        self.h.get_by_label(&label).type_text(text);
        self.h.run();
        self.key(Key::Enter);
        let refused =
            nmd_scenarios::numbers::read_typed(text, &nmd_scenarios::numbers::COST_EUR).is_err();
        let (width, height) = self.points();
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
        let said = |run: &Run, part: &str| {
            run.h
                .query_all(
                    egui_kittest::kittest::By::new()
                        .predicate(|n| n.role() == egui::accesskit::Role::Label),
                )
                .any(|n| {
                    let t = n
                        .value()
                        .or(egui_kittest::kittest::NodeT::accesskit_node(&n).label())
                        .unwrap_or_default();
                    t.contains(part)
                        && super::invariants::bounds(&n).is_some_and(|r| window.intersects(r))
                })
        };
        if refused && !said(self, &format!("'{text}'")) {
            self.found.push(format!(
                "'{text}' in '{label}' refused without a reason in sight"
            ));
        }
    }

    /// "Set opslaan als…": Esc in its dialog, or the details given and the
    /// file chooser cancelled. Either way nothing was saved, so nothing of
    /// the set may change.
    pub fn save_as(&mut self, give_details: bool) {
        let before = self.set_facts();
        if !super::steps::menu(self, "Bestand", "Set opslaan als…") {
            return;
        }
        if !self.app().view().is_some_and(|v| v.window.saving) {
            return;
        }
        if give_details {
            self.h.state_mut().cancel_next_dialog();
            self.h.get_by_label("Naam van de set").click();
            self.h.run();
            self.h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
            self.h
                .get_by_label("Naam van de set")
                .type_text("Nooit opgeslagen");
            self.h.run();
            self.h
                .get_by_label("Auteur (uw naam; wordt onthouden)")
                .click();
            self.h.run();
            self.h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
            self.h
                .get_by_label("Auteur (uw naam; wordt onthouden)")
                .type_text("Iemand Anders");
            self.h.run();
            self.key(Key::Enter);
            self.h.run();
        } else {
            self.key(Key::Escape);
        }
        let after = self.set_facts();
        if after != before {
            self.found.push(format!(
                "nothing was saved, yet the set changed: {before:?} → {after:?}"
            ));
        }
    }

    /// Name, author, note, the log and the revision of the current set.
    fn set_facts(&self) -> (String, String, String, usize, Option<String>) {
        let w = self.app().workspace();
        let c = w.current();
        (
            c.name.clone(),
            c.author.clone(),
            c.note.clone(),
            w.inputs().log.len(),
            w.user().map(str::to_owned),
        )
    }

    /// The program closed and started again on the same data: the session
    /// brings the work back.
    pub fn restart(&mut self) {
        let session = nmd_scenarios::workspace::session::to_text(&self.app().workspace().session());
        let origin = if self.other_region {
            OTHER_REGION
        } else {
            "ingebouwd"
        };
        let mut h = harness(NmdApp::new(folder(self.other_region), origin), self.pixels);
        h.state_mut().restore_session(&session);
        h.run();
        self.h = h;
        self.remembered.clear();
    }
}
