//! UI monkey test: seeded random actions on the whole window (clicks, slider
//! moves, typed text including garbage and huge numbers, set switches,
//! undo/redo, presentation mode, the robustness and comparison views),
//! driven through AccessKit with kittest's accessibility and missing-glyph
//! checks on. After every action: no panic, no "NaN"/"inf" anywhere in the
//! AccessKit tree, a non-empty total for every year, and only finite numbers
//! in what the plots draw.
//!
//! Reproducible: the seed is a constant (`NMD_MONKEY_SEED` overrides it, the
//! total number of actions is `NMD_MONKEY_ACTIONS`, default 10 000, split over
//! five windows, one test each so they run in parallel). The app's clock is
//! kittest's fixed frame step, so the same seed gives the same run. A failure
//! names the seed, the window, the action's index and the last actions taken.
//!
//! Nothing is written to disk: the app has no session file, and every control
//! that opens a file dialog or saves (labels with "…", "opslaan", "openen";
//! Ctrl+S) is never pressed.

use std::collections::{BTreeSet, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Rect, Vec2};
use egui_kittest::kittest::NodeT;
use egui_kittest::{Harness, Node};
use nmd_scenarios::model::inputs::Supervision;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The report's number and year.
const DEFAULT_SEED: u64 = 762_712_025;
const DEFAULT_ACTIONS: usize = 10_000;
const LOG_LENGTH: usize = 20;

/// One window the monkey plays in; the shares add up to 10 000.
#[derive(Debug, Clone, Copy)]
struct Phase {
    name: &'static str,
    /// Stream of the seeded generator, so the windows do not share draws.
    stream: u64,
    size: [f32; 2],
    presentation: bool,
    dark: bool,
    share_of_10000: usize,
}

const LAPTOP: Phase = Phase {
    name: "laptop_1366x768",
    stream: 1,
    size: [1366.0, 768.0],
    presentation: false,
    dark: false,
    share_of_10000: 2_000,
};
const LAPTOP_DARK: Phase = Phase {
    name: "laptop_dark_1366x768",
    stream: 5,
    size: [1366.0, 768.0],
    presentation: false,
    dark: true,
    share_of_10000: 2_000,
};
const WIDE: Phase = Phase {
    name: "wide_1920x1080",
    stream: 2,
    size: [1920.0, 1080.0],
    presentation: false,
    dark: false,
    share_of_10000: 2_500,
};
const PRESENTATION: Phase = Phase {
    name: "presentation_1366x768",
    stream: 3,
    size: [1366.0, 768.0],
    presentation: true,
    dark: false,
    share_of_10000: 2_000,
};
const SMALLEST: Phase = Phase {
    name: "smallest_1000x640",
    stream: 4,
    size: [1000.0, 640.0],
    presentation: false,
    dark: false,
    share_of_10000: 1_500,
};

fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    let text = text.trim().replace('_', "");
    Some(
        text.parse()
            .unwrap_or_else(|_| panic!("{name}={text} is not a whole number")),
    )
}

fn seed() -> u64 {
    env_number("NMD_MONKEY_SEED").unwrap_or(DEFAULT_SEED)
}

/// This window's part of the total number of actions.
fn actions_for(phase: &Phase) -> usize {
    let total = env_number("NMD_MONKEY_ACTIONS").map_or(DEFAULT_ACTIONS, |n| n as usize);
    total * phase.share_of_10000 / 10_000
}

fn app_harness(size: [f32; 2]) -> Harness<'static, NmdApp> {
    // No session file: nothing is read or written.
    let app = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    Harness::builder()
        .with_size(size)
        // Presentation mode's larger text settles over a dozen frames.
        .with_max_steps(40)
        .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app)
}

// ---------------------------------------------------------------------------
// What must never be pressed.

/// Controls that open a file dialog, save or write a file.
fn denied(label: &str) -> bool {
    let label = label.to_lowercase();
    label.contains('…') || label.contains("opslaan") || label.contains("openen")
}

fn node_label(node: &Node<'_>) -> String {
    node.accesskit_node().label().unwrap_or_default()
}

fn node_is_denied(node: &Node<'_>) -> bool {
    let a = node.accesskit_node();
    denied(&a.label().unwrap_or_default())
        || (a.role() != Role::Label && denied(&a.value().unwrap_or_default()))
}

fn rect_of(node: &Node<'_>) -> Option<Rect> {
    node.accesskit_node().bounding_box().map(|_| node.rect())
}

// ---------------------------------------------------------------------------
// The checks after every action.

/// "NaN", "inf", "infinity" as whole words (any case), or "∞". Words such as
/// "informatie" do not count.
fn bad_token(text: &str) -> Option<String> {
    if text.contains('∞') {
        return Some("∞".into());
    }
    text.split(|c: char| !c.is_alphanumeric())
        .find(|word| {
            let word = word.to_lowercase();
            word == "nan" || word == "inf" || word == "infinity"
        })
        .map(str::to_owned)
}

/// Text the user typed may be echoed: quoted in a refusal message
/// ("Gewicht 'NaN' … geweigerd") or as a name (a set or role called "inf").
#[derive(Debug, Default, Clone)]
struct UserTexts {
    /// Contents of focused text fields that contain a bad token.
    typed: BTreeSet<String>,
    /// Names, authors and notes the user gave that contain a bad token.
    names: Vec<String>,
}

impl UserTexts {
    /// `text` without anything the user typed, quoted or not.
    fn strip_typed(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for typed in &self.typed {
            text = text.replace(typed.as_str(), " ");
        }
        text
    }

    /// `text` without the user's own words; what is left must be clean.
    fn strip(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for typed in &self.typed {
            text = text.replace(&format!("'{typed}'"), " ");
        }
        for name in &self.names {
            text = text.replace(name.as_str(), " ");
        }
        text
    }
}

/// A piece of a text field's text (AccessKit gives a field's lines as text
/// runs): the field's own value is checked instead, as a whole, so that a
/// name the user typed is recognised even across lines.
fn in_text_field(node: &Node<'_>) -> bool {
    node.accesskit_node().role() == Role::TextRun
        && std::iter::successors(node.parent(), NodeT::parent).any(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput
            )
        })
}

/// Everything on screen: no NaN or infinity outside the user's own text, and
/// a non-empty total for every year where totals belong (the overview and
/// the comparison both label it "Totaal YEAR: …"; the other tabs have none).
fn check_screen(
    root: &Node<'_>,
    years: &[u16],
    user: &UserTexts,
    totals_expected: bool,
) -> Result<(), String> {
    let mut totals_missing: Vec<u16> = if totals_expected {
        years.to_vec()
    } else {
        Vec::new()
    };
    for node in root.children_recursive() {
        let a = node.accesskit_node();
        let label = a.label();
        let value = a.value();
        let is_text_field = matches!(a.role(), Role::TextInput | Role::MultilineTextInput);
        for (what, text) in [("label", &label), ("value", &value)] {
            let Some(text) = text else { continue };
            // What the user is typing right now is theirs.
            if what == "value" && is_text_field && a.is_focused() {
                continue;
            }
            // A text field shows what the user typed into it (a reason, a
            // task name): their own words, also after focus left.
            let own = if is_text_field {
                user.strip_typed(&user.strip(text))
            } else {
                user.strip(text)
            };
            if bad_token(text).is_some()
                && let Some(token) = bad_token(&own)
                && !in_text_field(&node)
            {
                return Err(format!(
                    "'{token}' on screen: {:?} {what} {text:?} (label {:?})",
                    a.role(),
                    label
                ));
            }
        }
        // The accessible name of a total, or the text of a plain label.
        for text in [&label, &value].into_iter().flatten() {
            totals_missing.retain(|year| {
                let Some(rest) = text.strip_prefix(&format!("Totaal {year}:")) else {
                    return true;
                };
                !rest.chars().any(|c| c.is_ascii_digit())
            });
        }
    }
    if totals_missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "no total (or an empty one) on screen for {totals_missing:?}"
        ))
    }
}

/// What the plots and bars draw is finite (they are not in the AccessKit
/// tree).
fn check_drawn_numbers(app: &NmdApp) -> Result<(), String> {
    let mut numbers: Vec<(String, f64)> = Vec::new();
    for y in &app.view().expect("drawn").years {
        numbers.push((format!("total {}", y.year), y.total_fte));
        numbers.extend(
            y.published_total
                .map(|t| (format!("published {}", y.year), t)),
        );
        for (c, &fte) in y.series_fte.iter().enumerate() {
            numbers.push((format!("series {c} {}", y.year), fte));
        }
    }
    for row in app.view().expect("drawn").ranking.iter().flatten() {
        numbers.push((format!("ranking total {}", row.label), row.total));
        for (c, &v) in row.contributions.iter().enumerate() {
            numbers.push((format!("contribution {c} of {}", row.label), v));
        }
    }
    if let Some(r) = app.view().and_then(|v| v.robustness.as_ref()) {
        for (s, row) in r.smaa.acceptability.iter().enumerate() {
            for (k, &v) in row.iter().enumerate() {
                numbers.push((format!("acceptability {s} rank {}", k + 1), v));
            }
        }
    }
    match numbers.iter().find(|(_, v)| !v.is_finite()) {
        Some((what, v)) => Err(format!("{what} is {v}")),
        None => Ok(()),
    }
}

/// The names the user gave that contain a bad token.
fn user_names(app: &NmdApp) -> Vec<String> {
    let mut names = vec![
        app.workspace().current().name.clone(),
        app.workspace().current().author.clone(),
        app.workspace().current().note.clone(),
    ];
    names.extend(app.workspace().sets().iter().map(|k| k.set.name.clone()));
    let inputs = app.workspace().inputs();
    if let Supervision::Roles(roles) = &inputs.supervision {
        names.extend(roles.roles.iter().map(|r| r.name.clone()));
    }
    // Free text the user gave: reasons, added items, tasks, the log.
    names.extend(
        inputs
            .scenarios
            .iter()
            .flat_map(|s| &s.scores)
            .flatten()
            .map(|c| c.reason.clone()),
    );
    for a in &inputs.added.scenarios {
        names.extend([a.name.clone(), a.short_name.clone(), a.description.clone()]);
        names.extend(a.scores.iter().map(|x| x.reason.clone()));
    }
    for a in &inputs.added.criteria {
        names.extend([a.name.clone(), a.explanation.clone()]);
        names.extend(a.scores.iter().map(|x| x.reason.clone()));
    }
    for rule in &inputs.extras.rules {
        for t in &rule.tasks {
            names.extend([t.name.clone(), t.unit.clone(), t.driver.clone()]);
        }
    }
    names.extend(inputs.extras.growth.iter().map(|g| g.name.clone()));
    names.extend(inputs.extras.inhuur.iter().map(|h| h.what.clone()));
    for entry in &inputs.log {
        names.extend([entry.why.clone(), entry.who.clone()]);
    }
    names.retain(|n| bad_token(n).is_some());
    // Longest first, so a name that contains another goes first.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
}

// ---------------------------------------------------------------------------
// Typed text.

const SPECIAL_TEXTS: &[&str] = &[
    "",
    " ",
    "0",
    "-0",
    "-5",
    "−3",
    "-1",
    "1",
    "2",
    "3,22",
    "3.22",
    "1.234,5",
    "0,00001",
    "12,5",
    "40,5",
    "100",
    "101",
    "1000000",
    "1000001",
    "1.000.000",
    "10000",
    "10000,0001",
    "1e308",
    "-1e308",
    "1e-308",
    "1e5",
    "99999999999999999999",
    "18446744073709551615",
    "18446744073709551616",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "0,0000000000000000000000000000001",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "€ 12 mln",
    "12 fte",
    "50 %",
    "0x1F",
    "1_000",
    ",",
    ".",
    "-",
    "--1",
    "1,2,3",
    "1..2",
];

/// Characters Ubuntu-Light (egui's default font) has: kittest panics on a
/// missing glyph, and that check stays on.
const GARBAGE_CHARS: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~éëèêüïöäáàçñßÉËÜÖÄ€£¥°±×÷§©®µ¿¡«»½¼−–";

fn random_text(rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..10) {
        0..=3 => (*SPECIAL_TEXTS.choose(rng).unwrap()).to_owned(),
        4 => {
            // Very long digits, sometimes with a decimal comma.
            let n = rng.random_range(20..400);
            let mut text: String = (0..n)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect();
            if rng.random_bool(0.5) {
                let at = rng.random_range(1..n);
                text.insert(at, ',');
            }
            text
        }
        5 => format!("{}", rng.random_range(-1_000_000i64..10_000_000)),
        6 => format!("{:.3}", rng.random_range(-100.0f64..1000.0)).replace('.', ","),
        _ => {
            let chars: Vec<char> = GARBAGE_CHARS.chars().collect();
            loop {
                let n = rng.random_range(1..40);
                let text: String = (0..n).map(|_| *chars.choose(rng).unwrap()).collect();
                // A garbage "inf" would be the user's own; keep those to the
                // special texts above.
                if bad_token(&text).is_none() {
                    return text;
                }
            }
        }
    }
}

fn slider_value(rng: &mut ChaCha8Rng) -> f64 {
    match rng.random_range(0..20) {
        0 => 0.0,
        1 => 10.0,
        2..=9 => f64::from(rng.random_range(0..=100u32)) / 10.0,
        10..=12 => rng.random_range(0.0..10.0),
        13 => -5.0,
        14 => 11.0,
        15 => *[1e6, 1e7, 1e20, 1e29, 1e308, f64::MAX, -1e308]
            .choose(rng)
            .unwrap(),
        16 => *[
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -0.0,
        ]
        .choose(rng)
        .unwrap(),
        _ => rng.random_range(-100.0..100.0),
    }
}

// ---------------------------------------------------------------------------
// The monkey.

struct Monkey {
    phase: Phase,
    seed: u64,
    rng: ChaCha8Rng,
    log: VecDeque<String>,
    user: UserTexts,
    screen: Rect,
    reached: Reached,
}

/// After how many actions the app was in states worth reaching; a monkey
/// that stopped reaching them (a renamed button, say) would test little.
#[derive(Debug, Default)]
struct Reached {
    presentation: usize,
    robustness: usize,
    comparison: usize,
    refusal_message: usize,
    roles: usize,
    no_weights: usize,
    other_set: usize,
    redo_possible: usize,
}

impl Reached {
    fn record(&mut self, harness: &Harness<'_, NmdApp>) {
        let app = harness.state();
        self.presentation += usize::from(app.presentation());
        self.robustness += usize::from(
            app.view()
                .is_some_and(|v| v.window.tab == Screen::Robustness),
        );
        self.comparison += usize::from(app.workspace().comparison().is_some());
        self.refusal_message += usize::from(
            egui_kittest::kittest::Queryable::query_all_by_label_contains(harness, "geweigerd")
                .next()
                .is_some(),
        );
        self.roles += usize::from(matches!(
            app.workspace().inputs().supervision,
            Supervision::Roles(_)
        ));
        self.no_weights += usize::from(
            app.workspace()
                .inputs()
                .weights()
                .iter()
                .all(|w| w.is_zero()),
        );
        self.other_set += usize::from(app.workspace().current_set_index() != Some(0));
        self.redo_possible += usize::from(app.workspace().can_redo());
    }

    /// Every state reached at least once (checked for long runs only).
    fn assert_broad(&self, phase: &Phase) {
        let Reached {
            presentation,
            robustness,
            comparison,
            refusal_message,
            roles,
            no_weights,
            other_set,
            redo_possible,
        } = *self;
        let all = [
            robustness,
            comparison,
            refusal_message,
            roles,
            no_weights,
            other_set,
            redo_possible,
        ];
        assert!(
            all.iter().all(|&n| n > 0) && (presentation > 0 || !phase.presentation),
            "{}: the monkey no longer reaches every state: {self:?}",
            phase.name
        );
    }
}

/// Roles a user can act on.
fn actionable(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::ComboBox
            | Role::MenuItem
            | Role::MenuItemCheckBox
            | Role::MenuItemRadio
            | Role::Link
            | Role::ListBoxOption
            | Role::Slider
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::DisclosureTriangle
            | Role::Tab
            | Role::SpinButton
    )
}

fn describe(node: &Node<'_>) -> String {
    let a = node.accesskit_node();
    let mut text = format!("{:?} {:?}", a.role(), a.label().unwrap_or_default());
    if let Some(value) = a.value()
        && a.role() != Role::Label
    {
        let short: String = value.chars().take(40).collect();
        text.push_str(&format!(" = {short:?}"));
    }
    text
}

fn short(text: &str) -> String {
    if text.chars().count() > 60 {
        format!(
            "{:?}… ({} chars)",
            text.chars().take(60).collect::<String>(),
            text.chars().count()
        )
    } else {
        format!("{text:?}")
    }
}

/// Events that arrive in one frame, as a quick user's input does (kittest's
/// own helpers give every event a frame of its own, which is several times
/// slower and tests nothing more).
#[derive(Default)]
struct Events(Vec<egui::Event>);

impl Events {
    fn pointer_move(&mut self, pos: Pos2) {
        self.0.push(egui::Event::PointerMoved(pos));
    }

    fn pointer_button(&mut self, pos: Pos2, pressed: bool) {
        self.0.push(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }

    fn click_at(&mut self, pos: Pos2) {
        self.pointer_move(pos);
        self.pointer_button(pos, true);
        self.pointer_button(pos, false);
    }

    fn key(&mut self, modifiers: Modifiers, key: Key) {
        self.0.push(egui::Event::ModifiersChanged(modifiers));
        for pressed in [true, false] {
            self.0.push(egui::Event::Key {
                key,
                pressed,
                modifiers,
                repeat: false,
                physical_key: None,
            });
        }
        self.0.push(egui::Event::ModifiersChanged(Modifiers::NONE));
    }

    fn text(&mut self, text: &str) {
        if !text.is_empty() {
            self.0.push(egui::Event::Text(text.to_owned()));
        }
    }

    fn accesskit(
        &mut self,
        node: &Node<'_>,
        action: egui::accesskit::Action,
        data: Option<egui::accesskit::ActionData>,
    ) {
        let (target_node, target_tree) = node.accesskit_node().locate();
        self.0.push(egui::Event::AccessKitActionRequest(
            egui::accesskit::ActionRequest {
                action,
                target_node,
                target_tree,
                data,
            },
        ));
    }

    /// Runs them in the next frame and lets the window settle.
    fn run(self, harness: &mut Harness<'_, NmdApp>) {
        harness.input_mut().events.extend(self.0);
        harness.run();
    }
}

impl Monkey {
    fn new(phase: Phase, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(phase.stream);
        Self {
            phase,
            seed,
            rng,
            log: VecDeque::new(),
            user: UserTexts::default(),
            screen: Rect::from_min_size(Pos2::ZERO, Vec2::from(phase.size)),
            reached: Reached::default(),
        }
    }

    fn note(&mut self, index: usize, text: String) {
        if self.log.len() == LOG_LENGTH {
            self.log.pop_front();
        }
        self.log.push_back(format!("#{index}: {text}"));
    }

    fn fail(&self, index: usize, total: usize, what: &str) -> ! {
        let log: Vec<&str> = self.log.iter().map(String::as_str).collect();
        panic!(
            "UI monkey: {what}\n  window {} ({}x{}{}), seed {}, action #{index} of {total}\n  reproduce: NMD_MONKEY_SEED={} NMD_MONKEY_ACTIONS={} cargo test --test monkey {}\n  last {} actions:\n    {}",
            self.phase.name,
            self.phase.size[0],
            self.phase.size[1],
            match (self.phase.presentation, self.phase.dark) {
                (true, _) => ", started in presentation mode",
                (_, true) => ", started in the dark theme",
                _ => "",
            },
            self.seed,
            self.seed,
            env_number("NMD_MONKEY_ACTIONS").unwrap_or(DEFAULT_ACTIONS as u64),
            self.phase.name,
            log.len(),
            log.join("\n    ")
        );
    }

    /// Whether a pointer click at `pos` lands inside the window and on no
    /// forbidden control.
    fn safe_to_click(&self, harness: &Harness<'_, NmdApp>, pos: Pos2) -> bool {
        if !self.screen.shrink(1.0).contains(pos) {
            return false;
        }
        !harness.root().children_recursive().any(|node| {
            node_is_denied(&node) && rect_of(&node).is_some_and(|r| r.expand(4.0).contains(pos))
        })
    }

    fn nodes<'t>(harness: &'t Harness<'_, NmdApp>) -> Vec<Node<'t>> {
        harness
            .root()
            .children_recursive()
            .filter(|n| {
                let a = n.accesskit_node();
                !a.is_hidden() && a.bounding_box().is_some()
            })
            .collect()
    }

    fn candidates<'t>(
        harness: &'t Harness<'_, NmdApp>,
        keep: impl Fn(&Node<'t>) -> bool,
    ) -> Vec<Node<'t>> {
        Self::nodes(harness)
            .into_iter()
            .filter(|n| {
                let a = n.accesskit_node();
                actionable(a.role()) && !a.is_disabled() && !node_is_denied(n) && keep(n)
            })
            .collect()
    }

    /// Clicks `node` with the pointer when that is safe, else through
    /// AccessKit; returns how.
    fn click(
        &mut self,
        harness: &Harness<'_, NmdApp>,
        node: &Node<'_>,
        events: &mut Events,
    ) -> &'static str {
        let pointer = self.rng.random_bool(0.6)
            && rect_of(node).is_some_and(|r| self.safe_to_click(harness, r.center()));
        if pointer {
            events.click_at(node.rect().center());
            "pointer"
        } else {
            events.accesskit(node, egui::accesskit::Action::Click, None);
            "accesskit"
        }
    }

    /// Keeps what the user is typing, so its echo is not taken for the app's.
    fn remember_focused_text(&mut self, harness: &Harness<'_, NmdApp>) {
        for node in harness.root().children_recursive() {
            let a = node.accesskit_node();
            if matches!(a.role(), Role::TextInput | Role::MultilineTextInput)
                && a.is_focused()
                && let Some(value) = a.value()
                && bad_token(&value).is_some()
            {
                self.user.typed.insert(value);
            }
        }
    }

    fn focused_is_denied(harness: &Harness<'_, NmdApp>) -> bool {
        harness
            .root()
            .children_recursive()
            .any(|n| n.accesskit_node().is_focused() && node_is_denied(&n))
    }

    /// One random action; returns what it did.
    fn act(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        match self.rng.random_range(0..100) {
            0..=25 => self.click_anything(harness),
            26..=37 => self.set_slider(harness),
            38..=41 => self.drag_slider(harness),
            42..=61 => self.type_text(harness),
            62..=69 => self.undo_redo_keys(harness),
            70..=71 => self.undo_redo_buttons(harness),
            72..=76 => self.switch_set(harness),
            77..=78 => self.presentation(harness),
            79..=82 => self.arrows(harness),
            83..=85 => self.robustness(harness),
            86..=87 => self.compare(harness),
            88..=91 => self.misc_key(harness),
            92..=93 => self.zero_weights(harness),
            94..=95 => self.scroll(harness),
            96..=97 => self.hover(harness),
            _ => self.click_somewhere(harness),
        }
    }

    fn click_anything(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let mut events = Events::default();
        let text = {
            let nodes = Self::candidates(harness, |_| true);
            let Some(node) = nodes.choose(&mut self.rng).copied() else {
                return "click: nothing to click".into();
            };
            let how = self.click(harness, &node, &mut events);
            format!("click ({how}) {}", describe(&node))
        };
        events.run(harness);
        text
    }

    fn set_slider(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let value = slider_value(&mut self.rng);
        let mut events = Events::default();
        let text = {
            let nodes = Self::candidates(harness, |n| n.accesskit_node().role() == Role::Slider);
            let Some(node) = nodes.choose(&mut self.rng) else {
                return "set slider: no slider".into();
            };
            events.accesskit(
                node,
                egui::accesskit::Action::SetValue,
                Some(egui::accesskit::ActionData::NumericValue(value)),
            );
            format!("set slider {} to {value}", describe(node))
        };
        events.run(harness);
        text
    }

    /// Press, move, release: three frames, as a drag needs.
    fn drag_slider(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let (from, to, text) = {
            let nodes = Self::candidates(harness, |n| n.accesskit_node().role() == Role::Slider);
            let Some(node) = nodes.choose(&mut self.rng).copied() else {
                return "drag slider: no slider".into();
            };
            let Some(rect) = rect_of(&node) else {
                return "drag slider: no rect".into();
            };
            let y = rect.center().y;
            let from = Pos2::new(self.rng.random_range(rect.left()..=rect.right()), y);
            // Past either end now and then.
            let to = Pos2::new(
                self.rng
                    .random_range(rect.left() - 60.0..=rect.right() + 60.0),
                y + self.rng.random_range(-10.0..10.0),
            );
            if !self.safe_to_click(harness, from) || !self.safe_to_click(harness, to) {
                return format!("drag slider {}: not safely reachable", describe(&node));
            }
            let text = format!(
                "drag slider {} from x={:.0} to x={:.0}",
                describe(&node),
                from.x,
                to.x
            );
            (from, to, text)
        };
        let mut press = Events::default();
        press.pointer_move(from);
        press.pointer_button(from, true);
        harness.input_mut().events.extend(press.0);
        harness.step();
        harness
            .input_mut()
            .events
            .push(egui::Event::PointerMoved(from.lerp(to, 0.5)));
        harness.step();
        let mut release = Events::default();
        release.pointer_move(to);
        release.pointer_button(to, false);
        release.run(harness);
        text
    }

    fn type_text(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let typed = random_text(&mut self.rng);
        let select_all = self.rng.random_bool(0.8);
        let mut focus = Events::default();
        let mut text = {
            let nodes = Self::candidates(harness, |n| {
                matches!(
                    n.accesskit_node().role(),
                    Role::TextInput | Role::MultilineTextInput
                )
            });
            let Some(node) = nodes.choose(&mut self.rng).copied() else {
                return "type: no text field".into();
            };
            let how = if self.rng.random_bool(0.5) {
                self.click(harness, &node, &mut focus)
            } else {
                focus.accesskit(&node, egui::accesskit::Action::Focus, None);
                "focus"
            };
            format!("type {} into {} ({how}", short(&typed), describe(&node))
        };
        // One frame to take the focus, one to type: the field shows the text
        // at once; the window settles after the last step.
        harness.input_mut().events.extend(focus.0);
        harness.step();

        let mut typing = Events::default();
        if select_all {
            typing.key(Modifiers::COMMAND, Key::A);
            text.push_str(", select all");
        }
        // Sometimes in pieces, as a person types.
        if typed.chars().count() > 3 && self.rng.random_bool(0.3) {
            let chars: Vec<char> = typed.chars().collect();
            let cut = self.rng.random_range(1..chars.len());
            typing.text(&chars[..cut].iter().collect::<String>());
            typing.text(&chars[cut..].iter().collect::<String>());
        } else {
            typing.text(&typed);
        }
        harness.input_mut().events.extend(typing.0);
        harness.step();
        self.remember_focused_text(harness);

        let mut end = Events::default();
        let how = match self.rng.random_range(0..10) {
            0..=4 => {
                end.key(Modifiers::NONE, Key::Enter);
                "Enter"
            }
            5 => {
                end.key(Modifiers::NONE, Key::Tab);
                "Tab"
            }
            6 => {
                end.key(Modifiers::NONE, Key::Escape);
                "Escape"
            }
            7 => {
                // Leave the field by clicking somewhere harmless.
                let pos = Pos2::new(self.screen.width() * 0.5, self.screen.height() - 5.0);
                if self.safe_to_click(harness, pos) {
                    end.click_at(pos);
                    "click elsewhere"
                } else {
                    "(stay)"
                }
            }
            _ => "(stay)",
        };
        text.push_str(&format!(", {how})"));
        end.run(harness);
        text
    }

    /// All weight sliders to 0 at once, or all but one: a state single
    /// random moves hardly reach (no ranking, a single criterion).
    fn zero_weights(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let keep_one = self.rng.random_bool(0.5);
        let kept_value = slider_value(&mut self.rng);
        let mut events = Events::default();
        let text = {
            let sliders = Self::candidates(harness, |n| n.accesskit_node().role() == Role::Slider);
            if sliders.is_empty() {
                return "zero weights: no slider".into();
            }
            let kept = keep_one.then(|| self.rng.random_range(0..sliders.len()));
            for (i, slider) in sliders.iter().enumerate() {
                let value = if Some(i) == kept { kept_value } else { 0.0 };
                events.accesskit(
                    slider,
                    egui::accesskit::Action::SetValue,
                    Some(egui::accesskit::ActionData::NumericValue(value)),
                );
            }
            match kept {
                Some(i) => format!(
                    "all weights 0 but {} at {kept_value}",
                    describe(&sliders[i])
                ),
                None => "all weights 0".into(),
            }
        };
        events.run(harness);
        text
    }

    fn undo_redo_keys(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let (modifiers, key, name) = *[
            (Modifiers::COMMAND, Key::Z, "Ctrl+Z"),
            (Modifiers::COMMAND, Key::Z, "Ctrl+Z"),
            (
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Z,
                "Ctrl+Shift+Z",
            ),
            (Modifiers::COMMAND, Key::Y, "Ctrl+Y"),
        ]
        .choose(&mut self.rng)
        .unwrap();
        let times = self.rng.random_range(1..=3);
        let mut events = Events::default();
        for _ in 0..times {
            events.key(modifiers, key);
        }
        events.run(harness);
        format!("{name} ×{times}")
    }

    fn undo_redo_buttons(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let label = *["Ongedaan maken", "Opnieuw"].choose(&mut self.rng).unwrap();
        self.click_labelled(harness, &[label])
    }

    /// Clicks the first enabled control with one of these labels.
    fn click_labelled(&mut self, harness: &mut Harness<'_, NmdApp>, labels: &[&str]) -> String {
        let mut events = Events::default();
        let text = {
            let nodes = Self::candidates(harness, |n| labels.contains(&node_label(n).as_str()));
            let Some(node) = nodes.first().copied() else {
                return format!("click {labels:?}: not there");
            };
            let how = self.click(harness, &node, &mut events);
            format!("click ({how}) {}", describe(&node))
        };
        events.run(harness);
        text
    }

    fn switch_set(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let open = self.click_labelled(harness, &["Aannameset"]);
        let names: Vec<String> = harness
            .state()
            .workspace()
            .sets()
            .iter()
            .map(|k| k.label())
            .collect();
        let mut events = Events::default();
        let text = {
            let nodes = Self::candidates(harness, |n| {
                n.accesskit_node().role() == Role::Button && names.contains(&node_label(n))
            });
            let Some(node) = nodes.choose(&mut self.rng).copied() else {
                return format!("{open}; no set in the list");
            };
            let how = self.click(harness, &node, &mut events);
            format!("{open}; pick ({how}) {}", describe(&node))
        };
        events.run(harness);
        text
    }

    fn presentation(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let mut events = Events::default();
        let key = if self.rng.random_bool(0.6) {
            Key::F11
        } else {
            Key::Escape
        };
        events.key(Modifiers::NONE, key);
        events.run(harness);
        format!("{key:?}")
    }

    fn arrows(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let key = *[
            Key::ArrowLeft,
            Key::ArrowRight,
            Key::ArrowUp,
            Key::ArrowDown,
        ]
        .choose(&mut self.rng)
        .unwrap();
        let times = self.rng.random_range(1..=4);
        let mut events = Events::default();
        for _ in 0..times {
            events.key(Modifiers::NONE, key);
        }
        events.run(harness);
        format!("{key:?} ×{times}")
    }

    fn robustness(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let text = self.click_labelled(
            harness,
            &[
                "Hoe robuust is deze rangorde? Bekijk",
                "Robuustheid verbergen",
                "Terug naar kostenprofiel",
            ],
        );
        if !text.ends_with("not there") {
            return text;
        }
        // Elsewhere the tab itself, so that reaching the view does not hang
        // on the chance of passing the ranking (one more control on a tab
        // changes the whole walk).
        self.click_labelled(harness, &["Robuustheid"])
    }

    fn compare(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let open = self.click_labelled(harness, &["Beeld"]);
        let then = self.click_labelled(harness, &["Twee sets vergelijken", "Vergelijken sluiten"]);
        format!("{open}; {then}")
    }

    fn misc_key(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        // Not Ctrl+S: it opens a save dialog for a built-in set.
        let keys: &[(Modifiers, Key, &str)] = &[
            (Modifiers::NONE, Key::Tab, "Tab"),
            (Modifiers::SHIFT, Key::Tab, "Shift+Tab"),
            (Modifiers::NONE, Key::Escape, "Escape"),
            (Modifiers::NONE, Key::Enter, "Enter"),
            (Modifiers::NONE, Key::Space, "Space"),
            (Modifiers::NONE, Key::Backspace, "Backspace"),
            (Modifiers::NONE, Key::Delete, "Delete"),
            (Modifiers::NONE, Key::Home, "Home"),
            (Modifiers::NONE, Key::End, "End"),
            (Modifiers::NONE, Key::PageUp, "PageUp"),
            (Modifiers::NONE, Key::PageDown, "PageDown"),
            (Modifiers::COMMAND, Key::A, "Ctrl+A"),
            (Modifiers::COMMAND, Key::C, "Ctrl+C"),
            (Modifiers::COMMAND, Key::X, "Ctrl+X"),
            (Modifiers::NONE, Key::F11, "F11"),
        ];
        let (modifiers, key, name) = *keys.choose(&mut self.rng).unwrap();
        // Enter or Space on a focused control presses it.
        if matches!(key, Key::Enter | Key::Space) && Self::focused_is_denied(harness) {
            return format!("{name}: skipped, the focused control is forbidden");
        }
        let mut events = Events::default();
        events.key(modifiers, key);
        events.run(harness);
        name.into()
    }

    fn scroll(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let down = self.rng.random_bool(0.6);
        let mut events = Events::default();
        let text = {
            let nodes = Self::nodes(harness);
            let Some(node) = nodes.choose(&mut self.rng) else {
                return "scroll: nothing".into();
            };
            let action = if down {
                egui::accesskit::Action::ScrollDown
            } else {
                egui::accesskit::Action::ScrollUp
            };
            events.accesskit(node, action, None);
            format!(
                "scroll {} at {}",
                if down { "down" } else { "up" },
                describe(node)
            )
        };
        events.run(harness);
        text
    }

    fn hover(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let mut events = Events::default();
        let text = {
            let nodes = Self::nodes(harness);
            let Some(node) = nodes.choose(&mut self.rng) else {
                return "hover: nothing".into();
            };
            events.pointer_move(node.rect().center());
            format!("hover {}", describe(node))
        };
        harness.input_mut().events.extend(events.0);
        // Long enough for the tooltip to show.
        harness.run_steps(3);
        harness.run();
        text
    }

    fn click_somewhere(&mut self, harness: &mut Harness<'_, NmdApp>) -> String {
        let pos = Pos2::new(
            self.rng.random_range(0.0..self.screen.width()),
            self.rng.random_range(0.0..self.screen.height()),
        );
        if !self.safe_to_click(harness, pos) {
            return format!("click at ({:.0}, {:.0}): skipped, forbidden", pos.x, pos.y);
        }
        let mut events = Events::default();
        events.click_at(pos);
        events.run(harness);
        format!("click at ({:.0}, {:.0})", pos.x, pos.y)
    }

    /// Plays `total` actions, checking after each.
    fn play(&mut self, harness: &mut Harness<'_, NmdApp>, total: usize) {
        let years = harness.state().workspace().data().years.clone();
        self.check(harness, &years)
            .unwrap_or_else(|e| self.fail(0, total, &e));
        for index in 1..=total {
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                let text = self.act(harness);
                self.remember_focused_text(harness);
                self.user.names = user_names(harness.state());
                self.reached.record(harness);
                (text, self.check(harness, &years))
            }));
            match outcome {
                Ok((text, result)) => {
                    self.note(index, text);
                    if let Err(e) = result {
                        self.fail(index, total, &e);
                    }
                }
                Err(payload) => {
                    let message = payload
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                        .unwrap_or_else(|| "(no message)".into());
                    self.note(index, "(this action panicked)".into());
                    self.fail(index, total, &format!("panic: {message}"));
                }
            }
        }
    }

    fn check(&self, harness: &Harness<'_, NmdApp>, years: &[u16]) -> Result<(), String> {
        let app = harness.state();
        // Slides show the totals in the chart; the overview and the
        // comparison also as text.
        let totals_expected = !app.presentation()
            && (app.workspace().comparison().is_some()
                || app.view().is_some_and(|v| v.window.tab == Screen::Overview));
        check_screen(&harness.root(), years, &self.user, totals_expected)?;
        check_drawn_numbers(harness.state())
    }
}

fn run_phase(phase: Phase) {
    let seed = seed();
    let total = actions_for(&phase);
    let started = std::time::Instant::now();
    let mut harness = app_harness(phase.size);
    harness.run();
    if phase.presentation {
        harness.key_press(Key::F11);
        harness.run();
        assert!(harness.state().presentation());
    }
    if phase.dark {
        harness.state_mut().workspace_mut().set_dark(true);
        harness.run();
    }
    let mut monkey = Monkey::new(phase, seed);
    monkey.play(&mut harness, total);
    if total >= 1_000 {
        monkey.reached.assert_broad(&phase);
    }
    println!(
        "{}: {total} actions, {} frames, {:.1} s (seed {seed})",
        phase.name,
        harness.ctx.cumulative_frame_nr(),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn monkey_laptop_1366x768() {
    run_phase(LAPTOP);
}

#[test]
fn monkey_laptop_dark_1366x768() {
    run_phase(LAPTOP_DARK);
}

#[test]
fn monkey_wide_1920x1080() {
    run_phase(WIDE);
}

#[test]
fn monkey_presentation_1366x768() {
    run_phase(PRESENTATION);
}

#[test]
fn monkey_smallest_1000x640() {
    run_phase(SMALLEST);
}

// The phases share the actions out: checked when this file compiles.
const _: () = assert!(
    LAPTOP.share_of_10000
        + LAPTOP_DARK.share_of_10000
        + WIDE.share_of_10000
        + PRESENTATION.share_of_10000
        + SMALLEST.share_of_10000
        == 10_000
);

// ---------------------------------------------------------------------------
// The checker itself.

fn labels_harness(labels: &'static [&'static str]) -> Harness<'static> {
    Harness::builder()
        .with_size([800.0, 600.0])
        .build_ui(move |ui| {
            for label in labels {
                ui.label(*label);
            }
        })
}

#[test]
fn the_checker_finds_nan_inf_and_missing_totals() {
    let clean: &[&str] = &[
        "Totaal 2025: 11,31 fte",
        "Meer informatie: infrastructuur, Infanterie, nano",
        "Totaal 2028: 12,00 | 13,45 (+1,45 fte)",
    ];
    let harness = labels_harness(clean);
    let none = UserTexts::default();
    assert_eq!(
        check_screen(&harness.root(), &[2025, 2028], &none, true),
        Ok(())
    );
    // A year without a total.
    let err = check_screen(&harness.root(), &[2025, 2026], &none, true).unwrap_err();
    assert!(err.contains("2026"), "{err}");

    for bad in [
        "Totaal 2025: NaN fte",
        "= inf %",
        "−inf",
        "Samen -INF fte",
        "Infinity",
        "gewicht ∞",
    ] {
        let labels: &'static [&'static str] = Box::leak(Box::new(["Totaal 2025: 1,00 fte", bad]));
        let harness = labels_harness(labels);
        let err = check_screen(&harness.root(), &[2025], &none, true).expect_err(bad);
        assert!(err.contains(bad), "{err}");
    }

    // An empty total.
    let harness = labels_harness(&["Totaal 2025: ", "Totaal 2026: –"]);
    assert!(check_screen(&harness.root(), &[2025], &none, true).is_err());
    assert!(check_screen(&harness.root(), &[2026], &none, true).is_err());

    // The user's own text is theirs, but nothing else in the same label.
    let harness = labels_harness(&[
        "Totaal 2025: 1,00 fte",
        "Gewicht 'NaN' voor Schaal geweigerd: dat is geen getal.",
        "Vier ogen: inf: één persoon",
    ]);
    let user = UserTexts {
        typed: BTreeSet::from(["NaN".to_owned()]),
        names: vec!["inf".to_owned()],
    };
    assert_eq!(check_screen(&harness.root(), &[2025], &user, true), Ok(()));
    assert!(check_screen(&harness.root(), &[2025], &none, true).is_err());
    let harness = labels_harness(&[
        "Totaal 2025: 1,00 fte",
        "Gewicht 'NaN' geweigerd. De vorige waarde (NaN) blijft staan.",
    ]);
    assert!(check_screen(&harness.root(), &[2025], &user, true).is_err());

    // A note the user typed over several lines: AccessKit gives its lines as
    // text runs ("-inf\n"), the field's value is the whole note.
    let note = "-inf\nDe aannames van het rapport";
    let mut harness = Harness::builder()
        .with_size([800.0, 600.0])
        .build_ui(move |ui| {
            ui.label("Totaal 2025: 1,00 fte");
            let mut text = note.to_owned();
            let label = ui.label("Notitie");
            ui.add(egui::TextEdit::multiline(&mut text))
                .labelled_by(label.id);
        });
    harness.run();
    let user = UserTexts {
        typed: BTreeSet::new(),
        names: vec![note.to_owned()],
    };
    assert_eq!(check_screen(&harness.root(), &[2025], &user, true), Ok(()));
    assert!(check_screen(&harness.root(), &[2025], &none, true).is_err());
}

/// The whole loop fails, with the seed and the actions, when the window
/// shows a NaN: here one the test draws itself after some frames.
#[test]
fn the_monkey_reports_a_nan_with_seed_and_actions() {
    let app = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    let mut harness = Harness::builder()
        .with_size([1366.0, 768.0])
        .with_max_steps(40)
        .build_ui_state(
            |ui, app: &mut NmdApp| {
                app.ui_root(ui);
                if ui.ctx().cumulative_frame_nr() > 60 {
                    egui::Area::new(egui::Id::unique("injected"))
                        .fixed_pos([5.0, 700.0])
                        .show(ui.ctx(), |ui| ui.label("Gewicht: NaN %"));
                }
            },
            app,
        );
    harness.run();
    let mut monkey = Monkey::new(LAPTOP, 7);
    let report = catch_unwind(AssertUnwindSafe(|| monkey.play(&mut harness, 200)))
        .expect_err("the injected NaN must be found");
    let message = report.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("'NaN' on screen"), "{message}");
    assert!(message.contains("seed 7, action #"), "{message}");
    assert!(message.contains("last "), "{message}");
}
