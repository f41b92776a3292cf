//! The walk itself: a harness of one screen size, and the layout
//! invariants checked after every step.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, By, NodeT, Queryable};
use nmd_scenarios::window::NmdApp;

use crate::common::{SHOWN_ROLES, app_harness};

/// The two screens of the meeting room and the desk.
pub const SCREENS: [(f32, f32); 2] = [(1366.0, 768.0), (1920.0, 1080.0)];

/// The side panel's default width (`ui/app.rs`), with room for its frame.
const PANEL_WIDTH_MAX: f32 = 372.0;

/// A user's walk through the window at one screen size.
pub struct Walk {
    pub h: Harness<'static, NmdApp>,
    pub width: f32,
    pub height: f32,
    journey: &'static str,
    steps: usize,
}

impl Walk {
    pub fn new(journey: &'static str, (width, height): (f32, f32)) -> Self {
        let mut h = app_harness(width, height);
        h.run();
        let mut walk = Self {
            h,
            width,
            height,
            journey,
            steps: 0,
        };
        walk.check("start");
        walk
    }

    /// The same walk with the text zoomed (Ctrl +): `screen` is in pixels,
    /// the window then holds `screen / zoom` points.
    pub fn zoomed(journey: &'static str, (width, height): (f32, f32), zoom: f32) -> Self {
        let mut h = app_harness(width, height);
        // As the remembered text size of the last session.
        h.state_mut().workspace_mut().set_zoom(zoom);
        h.run();
        assert!((h.ctx.zoom_factor() - zoom).abs() < 0.001, "zoomed");
        let mut walk = Self {
            h,
            width: width / zoom,
            height: height / zoom,
            journey,
            steps: 0,
        };
        walk.check("start");
        walk
    }

    /// One step of the walk: `act` as the user does it, the frames that
    /// follow, then the layout invariants.
    pub fn step(&mut self, what: &str, act: impl FnOnce(&mut Harness<'static, NmdApp>)) {
        act(&mut self.h);
        self.h.run();
        self.check(what);
    }

    fn check(&mut self, what: &str) {
        self.steps += 1;
        // To look at the walk: NMD_REIZEN_BEELDEN=map cargo test --test gui
        // reizen (rendered with wgpu; Mesa's lavapipe without a GPU).
        if let Some(dir) = std::env::var_os("NMD_REIZEN_BEELDEN") {
            let name = format!(
                "{}-{}x{}-{:02}.png",
                self.journey, self.width, self.height, self.steps
            );
            let image = self.h.render().expect("rendered with wgpu");
            image
                .save(std::path::Path::new(&dir).join(name))
                .expect("picture saved");
        }
        let problems = layout_problems(&self.h, self.width, self.height);
        assert!(
            problems.is_empty(),
            "{} at {}×{}, step {} ({what}):\n{}",
            self.journey,
            self.width,
            self.height,
            self.steps,
            problems.join("\n")
        );
    }

    /// The texts shown, and the names a screen reader reads for them.
    pub fn texts(&self) -> Vec<String> {
        visible_nodes(&self.h)
            .into_iter()
            .flat_map(|n| [n.text, n.name])
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// Whether some visible text contains `part`.
    pub fn shows(&self, part: &str) -> bool {
        self.texts().iter().any(|t| t.contains(part))
    }
}

struct Shown {
    text: String,
    /// The accessible name, when it differs from the text.
    name: String,
    role: Role,
    rect: egui::Rect,
    /// The area it is drawn in: its panel, or the floating window or popup
    /// it belongs to. Texts of different areas may lie on top of each
    /// other (a dialog over the window); of one area never.
    area: String,
    /// What of that area is on screen.
    clip: egui::Rect,
}

/// The nearest panel around `node`, else its outermost container (a
/// window or popup), and whether it is a panel.
fn area_of(node: &AccessKitNode<'_>) -> (String, bool) {
    let mut outermost = node.id();
    let mut at = node.parent();
    while let Some(parent) = at {
        // A tooltip lies over what it explains, and a menu over the
        // panels, by design.
        if floats(&parent) {
            return (format!("{:?}", parent.id()), false);
        }
        if parent.role() == Role::Pane {
            return (format!("{:?}", parent.id()), true);
        }
        if parent.parent().is_some() {
            outermost = parent.id();
        }
        at = parent.parent();
    }
    (format!("{outermost:?}"), false)
}

/// A tooltip or menu: drawn over the panels on a layer of its own.
fn floats(node: &AccessKitNode<'_>) -> bool {
    matches!(
        node.role(),
        Role::Tooltip | Role::Menu | Role::MenuListPopup
    )
}

/// What of a node its scroll areas show: the intersection of the visible
/// rectangles of the scroll areas around it (those that said where they
/// are, `ui::layout::note_viewport`).
fn scrolled_clip(node: &AccessKitNode<'_>, viewports: &[(u64, egui::Rect)]) -> Option<egui::Rect> {
    let mut clip: Option<egui::Rect> = None;
    let mut at = node.parent();
    while let Some(parent) = at {
        // A tooltip or menu lies on a layer of its own: the scroll areas
        // around what it belongs to do not cut it.
        if floats(&parent) {
            break;
        }
        let local = (u128::from(parent.id()) >> 64) as u64;
        if let Some((_, rect)) = viewports.iter().find(|(id, _)| *id == local) {
            clip = Some(clip.map_or(*rect, |c| c.intersect(*rect)));
        }
        at = parent.parent();
    }
    clip
}

/// Everything with a name or text that is drawn with a size.
fn visible_nodes(h: &Harness<'_, NmdApp>) -> Vec<Shown> {
    let viewports = nmd_scenarios::ui::layout::take_viewports();
    let mut nodes: Vec<(Shown, bool)> = h
        .query_all(By::new().predicate(|n| SHOWN_ROLES.contains(&n.role())))
        .map(|n| {
            let node = n.accesskit_node();
            let (area, panel) = area_of(&node);
            let rect = n.rect();
            let shown = Shown {
                text: n.value().or(node.label()).unwrap_or_default(),
                name: node.data().label().unwrap_or_default().to_owned(),
                role: node.role(),
                rect,
                area,
                clip: scrolled_clip(&node, &viewports).unwrap_or(rect),
            };
            (shown, panel)
        })
        .filter(|(s, _)| s.rect.width() > 0.5 && s.rect.height() > 0.5)
        .collect();
    // A panel's nodes are clipped to the panel (the one of the app's panels
    // that holds most of them); a floating window's or popup's are not.
    let panels = h.state().panel_rects().to_vec();
    let areas: Vec<String> = nodes
        .iter()
        .filter(|(_, p)| *p)
        .map(|(s, _)| s.area.clone())
        .collect();
    for area in areas {
        let centres: Vec<egui::Pos2> = nodes
            .iter()
            .filter(|(s, _)| s.area == area)
            .map(|(s, _)| s.rect.center())
            .collect();
        let best = panels
            .iter()
            .max_by_key(|p| centres.iter().filter(|c| p.contains(**c)).count());
        if let Some(panel) = best {
            for (s, _) in nodes.iter_mut().filter(|(s, _)| s.area == area) {
                // Both cut: the panel and the scroll areas inside it.
                s.clip = s.clip.intersect(*panel);
            }
        }
    }
    nodes
        .into_iter()
        .map(|(s, _)| s)
        .filter(|s| {
            // Scrolled out of its area: not drawn.
            let seen = s.rect.intersect(s.clip);
            seen.width() > 0.5 && seen.height() > 0.5
        })
        .collect()
}

/// What is wrong with the layout of this frame.
pub fn layout_problems(h: &Harness<'_, NmdApp>, width: f32, height: f32) -> Vec<String> {
    let app = h.state();
    let presenting = app.presentation();
    let nodes = visible_nodes(h);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
    let mut found = Vec::new();
    for n in &nodes {
        // A slide never scrolls: all of it is on the screen.
        if presenting && n.rect.bottom() > n.clip.bottom() + 0.5 {
            found.push(format!(
                "cut off at the bottom of the slide ({:?}): {:?} {:?} at {:?}",
                n.clip, n.role, n.text, n.rect
            ));
        }
        // Views scroll down, never sideways, at any text size (WCAG
        // 1.4.10): a text wider than its area is cut off (or behind a
        // horizontal scrollbar).
        let edge = n.clip.intersect(window);
        if n.rect.right() > edge.right() + 0.5 || n.rect.left() < edge.left() - 0.5 {
            found.push(format!(
                "cut off at the side of its area ({:?}): {:?} {:?} at {:?}",
                edge, n.role, n.text, n.rect
            ));
        }
    }
    for (i, a) in nodes.iter().enumerate() {
        for b in nodes[i + 1..].iter().filter(|b| b.area == a.area) {
            let overlap = a.rect.intersect(a.clip).intersect(b.rect.intersect(b.clip));
            if overlap.width() > 1.0 && overlap.height() > 1.0 {
                found.push(format!(
                    "overlap: {:?} {:?} at {:?} and {:?} {:?} at {:?}",
                    a.role, a.text, a.rect, b.role, b.text, b.rect
                ));
            }
        }
    }
    // A word is never broken inside: no table cell laid out so, and no
    // label without a space or line break
    // that is taller than one line was cut mid-word.
    let broken = nmd_scenarios::ui::layout::take_words_broken();
    if !broken.is_empty() {
        found.push(format!(
            "table cell(s) with a word broken inside: {broken:?}"
        ));
    }
    // On a projector a tooltip stays where the pointer rests and covers
    // what the room reads.
    if presenting && h.query_all(By::new().role(Role::Tooltip)).next().is_some() {
        found.push("a tooltip over the slide".into());
    }
    let shown: Vec<&str> = nodes.iter().map(|n| n.text.as_str()).collect();
    found.extend(
        lines_ending_inside_a_word(h)
            .into_iter()
            .filter(|(text, _)| shown.contains(&text.as_str()))
            .map(|(text, line)| format!("a word broken inside: {line:?} of {text:?}")),
    );
    if !presenting {
        let narrow = app.view().is_some_and(|v| v.window.narrow);
        match app.side_panel_rect() {
            // In a narrow window the weights take the whole width in turn
            // with the view.
            Some(panel) if panel.width() > PANEL_WIDTH_MAX && !narrow => found.push(format!(
                "side panel {:.0} px wide, more than its {PANEL_WIDTH_MAX:.0}",
                panel.width()
            )),
            Some(_) => {}
            None if app.side_hidden() => {}
            None => found.push("no side panel outside presentation".into()),
        }
        // Every tab in full, on screen (unless two sets are compared,
        // which replaces the tabs).
        if let Some(view) = app.view()
            && view.comparison.is_none()
            && !(view.window.narrow && view.window.weights_shown)
        {
            for tab in view.tabs() {
                let label = view.screen_label(tab);
                let shown = nodes
                    .iter()
                    .any(|n| n.text == label && window.contains_rect(n.rect));
                if !shown {
                    found.push(format!("tab '{label}' not shown in full"));
                }
            }
        }
    }
    found
}

/// Every text drawn on more than one line whose line ends inside a word
/// ("21," then "29 | 21,29"; "Samenwerkings" then "overeenkomst"): the
/// text and that line. AccessKit gives each line of a text as a text run;
/// a line may end at a space, a line break, a dash or a slash.
pub fn lines_ending_inside_a_word(h: &Harness<'_, NmdApp>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for n in h.query_all(By::new().predicate(|n| n.children().any(|c| c.role() == Role::TextRun))) {
        let node = n.accesskit_node();
        let Some(text) = node.value().or(node.label()) else {
            continue;
        };
        // A line longer than AccessKit's runs comes in pieces that say
        // what follows on the line.
        let runs: Vec<(String, bool)> = node
            .children()
            .filter(|c| c.role() == Role::TextRun)
            .filter_map(|c| Some((c.value()?, c.data().next_on_line().is_some())))
            .collect();
        let mut at = 0;
        for (run, piece) in runs.iter().take(runs.len().saturating_sub(1)) {
            at += run.len();
            if *piece {
                continue;
            }
            let ends_well = run
                .chars()
                .last()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '-' | '–' | '/'));
            let at_a_break = text[at.min(text.len())..].starts_with('\n');
            if at_a_break {
                at += 1;
            }
            if !ends_well && !at_a_break {
                found.push((text.clone(), run.clone()));
            }
        }
    }
    found
}
