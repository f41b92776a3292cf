//! What must hold after every step, whatever the journey: the layout
//! (nothing cut, no overlap, no word broken, the focus in view), modality
//! (a dialog gets the keys), and truth (sentences about participants only
//! from those who weighed, equal inputs shown equal, shares that add up or
//! say they are rounded, one number the same in the window, on the slide
//! and in the report).

use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::model::group::count_word;
use nmd_scenarios::present::view_model::ViewModel;
use nmd_scenarios::report::{ReportContext, text_report};

use super::run::Run;
use crate::reizen::checks::layout_problems;

/// A node's rectangle, when it has one (a node without bounds, such as a
/// modal's own layer, has none).
pub fn bounds(n: &egui_kittest::Node<'_>) -> Option<egui::Rect> {
    n.accesskit_node().bounding_box().map(|_| n.rect())
}

/// Everything wrong with this state.
pub fn problems(run: &mut Run) -> Vec<String> {
    let (width, height) = run.points();
    let mut found = layout_problems(&run.h, width, height);
    found.extend(focus_problems(run, width, height));
    found.extend(slide_problems(run));
    found.append(&mut run.found);
    let Some(view) = run.app().view().cloned() else {
        found.push("nothing drawn".into());
        return found;
    };
    found.extend(headline_problems(run, &view));
    found.extend(participant_problems(&view));
    found.extend(share_problems(&view));
    found.extend(rounding_said_problems(run, &view));
    found.extend(group_share_problems(run, &view));
    found.extend(same_number_problems(run, &view));
    found
}

/// On a slide every chart lies inside the slide, above the strip (a bar
/// under the strip is a scenario the room does not see).
fn slide_problems(run: &Run) -> Vec<String> {
    if !run.app().presentation() {
        return Vec::new();
    }
    let panels = run.app().panel_rects().to_vec();
    // The strip first, then the slide.
    let Some(slide) = panels.get(1) else {
        return vec!["no slide drawn".into()];
    };
    let mut found: Vec<String> = run
        .h
        .query_all(By::new().role(Role::Image))
        .filter(|n| bounds(n).is_some_and(|r| r.width() > 0.5 && r.height() > 0.5))
        .filter(|n| !slide.expand(0.5).contains_rect(n.rect()))
        .map(|n| {
            format!(
                "a chart beyond the slide {slide:?}: {:?} at {:?}",
                n.accesskit_node().label(),
                n.rect()
            )
        })
        .collect();
    // The slide ends where the strip begins (the panel's own rectangle
    // grows with what was laid out in it).
    let strip_top = panels.first().map_or(slide.bottom(), |strip| strip.top());
    let shown = slide.with_max_y(slide.bottom().min(strip_top));
    found.extend(texts_below_the_slide(run, shown));
    found
}

/// The panel (AccessKit pane) a node is drawn in.
fn pane_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    std::iter::successors(node.parent(), NodeT::parent)
        .find(|n| n.accesskit_node().role() == Role::Pane)
        .map(|n| format!("{:?}", n.accesskit_node().id()))
}

/// Texts of the slide's own panel laid out wholly below it: the layout
/// check sees only what is at least partly on screen, so a row that did
/// not fit at all went unnoticed (a planted defect that stopped paging
/// the slides was caught only by a focus that landed on such a row).
fn texts_below_the_slide(run: &Run, slide: egui::Rect) -> Vec<String> {
    let texts: Vec<_> = run
        .h
        .query_all(By::new().predicate(|n| {
            crate::common::SHOWN_ROLES.contains(&n.role())
                || matches!(n.role(), Role::Cell | Role::RowHeader | Role::ColumnHeader)
        }))
        .filter(|n| bounds(n).is_some_and(|r| r.width() > 0.5 && r.height() > 0.5))
        .filter(|n| !floating(n))
        .collect();
    let slide_panes: Vec<_> = texts
        .iter()
        .filter(|n| slide.contains_rect(n.rect()))
        .filter_map(pane_of)
        .collect();
    texts
        .iter()
        .filter(|n| n.rect().top() >= slide.bottom() - 0.5)
        .filter(|n| pane_of(n).is_some_and(|p| slide_panes.contains(&p)))
        .map(|n| {
            format!(
                "below the slide {slide:?}, not shown: {:?} {:?} at {:?}",
                n.accesskit_node().role(),
                n.value().or(n.accesskit_node().label()),
                n.rect()
            )
        })
        .collect()
}

/// A dialog or overlay that takes every key while it is open.
pub fn modal_open(view: &ViewModel) -> bool {
    let w = &view.window;
    w.keys || w.saving || w.about || w.problems || w.derivation.is_some()
}

/// The widget with the keyboard focus is on the screen, inside the part of
/// its panel that shows.
fn focus_problems(run: &Run, width: f32, height: f32) -> Vec<String> {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
    let panels = run.app().panel_rects().to_vec();
    run.h
        .query_all(By::new().predicate(|n| n.is_focused()))
        .filter_map(|n| {
            let rect = bounds(&n).filter(|r| r.width() > 0.0 && r.height() > 0.0)?;
            let what = format!(
                "{:?} {:?}",
                n.accesskit_node().role(),
                n.accesskit_node().label()
            );
            let inside_window = window.expand(0.5).contains_rect(rect);
            // In a panel: the visible part of the panel holds it, unless it
            // floats (a dialog or menu lies over the panels).
            let in_a_panel = panels.iter().any(|p| p.contains(rect.center()));
            let shown = panels.iter().any(|p| p.expand(0.5).contains_rect(rect));
            (!inside_window || (in_a_panel && !shown && !floating(&n)))
                .then(|| format!("the focus is out of view: {what} at {rect:?}"))
        })
        .collect()
}

/// Whether a node lies in a dialog, window, menu or popup above the panels.
fn floating(node: &egui_kittest::Node<'_>) -> bool {
    // The root (the whole window, role Window) does not count: with it
    // every node floated, and the checks that ask this never fired.
    std::iter::successors(node.parent(), NodeT::parent).any(|n| {
        n.parent().is_some()
            && matches!(
                n.accesskit_node().role(),
                Role::Window | Role::Dialog | Role::AlertDialog | Role::Menu | Role::MenuListPopup
            )
    })
}

/// The overview always says who is first and why (a notice or a fifth
/// scenario once made it vanish).
fn headline_problems(run: &Run, view: &ViewModel) -> Vec<String> {
    let overview = !view.window.presentation
        && view.window.tab == nmd_scenarios::present::screen::Screen::Overview
        && view.comparison.is_none()
        && !modal_open(view);
    let Some(headline) = view.ranking_headline.as_ref().filter(|_| overview) else {
        return Vec::new();
    };
    let shown = run
        .h
        .query_all(By::new().predicate(|n| n.role() == Role::Label))
        .any(|n| n.value().or(n.accesskit_node().label()).as_deref() == Some(headline.as_str()));
    if shown {
        Vec::new()
    } else {
        vec![format!(
            "the overview does not say who is first: {headline:?}"
        )]
    }
}

/// Sentences about the participants speak only of those who weighed
/// themselves; a row that holds the set's weights says so.
fn participant_problems(view: &ViewModel) -> Vec<String> {
    let Some(group) = &view.group else {
        return Vec::new();
    };
    let own: Vec<&str> = group
        .participants
        .iter()
        .filter(|p| p.own)
        .map(|p| p.name.as_str())
        .collect();
    let others: Vec<&str> = group
        .participants
        .iter()
        .filter(|p| !p.own)
        .map(|p| p.name.as_str())
        .collect();
    let mut found = Vec::new();
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
        // What they agree on, or what their weights span.
        let claims = sentence.contains("bovenaan")
            || sentence.contains("De gewichten van")
            || sentence.contains("bandbreedte van de");
        if !claims {
            continue;
        }
        if own.is_empty() {
            found.push(format!("no participant weighed, yet: {sentence:?}"));
            continue;
        }
        for word in ["Alle ", "alle ", "van de "] {
            for (i, _) in sentence.match_indices(word) {
                let rest = &sentence[i + word.len()..];
                let number = rest.split(' ').next().unwrap_or_default();
                let is_count = (1..=12).any(|n| count_word(n) == number);
                if is_count && number != count_word(own.len()) && rest.contains(&group.label) {
                    found.push(format!(
                        "{} of the {} weighed, yet: {sentence:?}",
                        own.len(),
                        group.participants.len()
                    ));
                }
            }
        }
        for name in &others {
            if sentence.contains(name) {
                found.push(format!("{name} did not weigh, yet: {sentence:?}"));
            }
        }
    }
    found
}

/// "20 %" → 20.
fn percent_of(text: &str) -> Option<i64> {
    text.trim().strip_suffix('%')?.trim().parse().ok()
}

/// Equal weights show equal shares; the shares shown add up to 100 or say
/// they are rounded.
fn share_problems(view: &ViewModel) -> Vec<String> {
    let inputs = &view.inputs;
    let mut found = Vec::new();
    let visible: Vec<usize> = (0..inputs.criteria.len())
        .filter(|&c| !inputs.criteria[c].hidden)
        .collect();
    for (i, &a) in visible.iter().enumerate() {
        for &b in &visible[i + 1..] {
            if inputs.criteria[a].weight == inputs.criteria[b].weight
                && view.weight_percent[a] != view.weight_percent[b]
            {
                found.push(format!(
                    "equal weights shown unequal: {} {} and {} {}",
                    view.data.criteria[a].short_name,
                    view.weight_percent[a],
                    view.data.criteria[b].short_name,
                    view.weight_percent[b]
                ));
            }
        }
    }
    let percents: Option<Vec<i64>> = visible
        .iter()
        .map(|&c| percent_of(&view.weight_percent[c]))
        .collect();
    if let Some(percents) = percents {
        let sum: i64 = percents.iter().sum();
        if !percents.is_empty() && sum != 100 && view.weight_rounding_note.is_none() {
            found.push(format!(
                "shares {:?} add up to {sum} % and nothing says they are rounded",
                view.weight_percent
            ));
        }
    }
    found
}

/// Where the weights' shares are shown ("= 14 %" beside each weight) and
/// do not add up to 100, the window says so in words: the view model's
/// note alone is not enough (a planted defect that stopped showing it went
/// unnoticed).
fn rounding_said_problems(run: &Run, view: &ViewModel) -> Vec<String> {
    let Some(note) = &view.weight_rounding_note else {
        return Vec::new();
    };
    let labels: Vec<String> = run
        .h
        .query_all(By::new().predicate(|n| n.role() == Role::Label))
        .filter_map(|n| n.value().or(n.accesskit_node().label()))
        .collect();
    // Beside each weight ("= 14 %"), or in the ranking's key on a slide or
    // in a figure ("1 Kwaliteit (14 %)", where no weights panel is).
    let in_key = |t: &str| {
        view.data.criteria.iter().enumerate().any(|(c, k)| {
            let share = format!("({})", view.weight_percent[c]);
            t == format!("{} {} {share}", k.number, k.short_name)
                || t == format!("{}. {} {share}", k.number, k.name)
        })
    };
    let shares_shown = labels
        .iter()
        .any(|t| (t.starts_with("= ") && t.ends_with('%')) || in_key(t));
    let said = labels.iter().any(|t| t.contains(note.as_str()));
    if shares_shown && !said {
        vec![format!(
            "the weights' shares are shown, {note}, and nothing shown says they are rounded"
        )]
    } else {
        Vec::new()
    }
}

/// The Gemeenten tab: a participant's shares that add up to 99 or 101 are
/// said to be rounded.
fn group_share_problems(run: &Run, view: &ViewModel) -> Vec<String> {
    let tab = !view.window.presentation
        && view.window.tab == nmd_scenarios::present::screen::Screen::Group
        && view.comparison.is_none();
    let Some(group) = view.group.as_ref().filter(|_| tab) else {
        return Vec::new();
    };
    let off = group
        .participants
        .iter()
        .filter_map(|p| p.shares.as_ref())
        .chain(group.combined_shares.as_ref())
        .find(|s| {
            let sum: i64 = nmd_scenarios::format::percents_whole(s)
                .iter()
                .filter_map(|p| percent_of(p))
                .sum();
            sum != 100
        });
    let said = run
        .h
        .query_all(By::new().predicate(|n| n.role() == Role::Label))
        .any(|n| {
            n.value()
                .or(n.accesskit_node().label())
                .is_some_and(|t| t.contains("afgerond"))
        });
    match off {
        Some(shares) if !said => vec![format!(
            "shares {:?} on the Gemeenten tab do not add up to 100 and nothing says they are rounded",
            nmd_scenarios::format::percents_whole(shares)
        )],
        _ => Vec::new(),
    }
}

/// The numbers the window shows, each with what names it: the weights,
/// the ranking's totals, the staffing's totals per year.
fn window_facts(view: &ViewModel) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    for (c, criterion) in view.data.criteria.iter().enumerate() {
        if !view.inputs.criteria[c].hidden && view.ranking.is_some() {
            facts.push((
                "Gewichten:".to_owned(),
                format!("{} {}", criterion.name, view.weight_percent[c]),
            ));
        }
    }
    for row in view.ranking.iter().flatten() {
        let name = view.data.scenarios[row.scenario].label();
        facts.push((name, format!("score {}", row.total_text)));
    }
    for year in &view.years {
        facts.push((year.year.to_string(), year.total_number.clone()));
    }
    facts
}

/// The text report of this very state says what the window says.
fn same_number_problems(run: &mut Run, view: &ViewModel) -> Vec<String> {
    let snapshot = run.h.state_mut().workspace_mut().snapshot();
    let report = text_report(&ReportContext::of(&snapshot));
    let mut found = Vec::new();
    for (label, value) in window_facts(view) {
        let said = report
            .lines()
            .any(|l| l.contains(label.as_str()) && l.contains(value.as_str()));
        if !said {
            found.push(format!(
                "the window shows {label}: {value}; the report says it nowhere"
            ));
        }
    }
    found
}

/// A key while a dialog or overlay was open changed nothing behind it, and
/// Tab kept the focus inside it.
pub fn modality_problems(run: &Run, step: super::steps::Step, revision: u64) -> Vec<String> {
    use super::steps::Step;
    let mut found = Vec::new();
    if matches!(
        step,
        Step::Digit(_) | Step::TabKey { .. } | Step::Undo | Step::Redo
    ) && run.app().workspace().revision() != revision
    {
        found.push(format!(
            "'{step}' with a dialog open changed the set behind it"
        ));
    }
    let still_open = run.app().view().is_some_and(modal_open);
    if still_open && matches!(step, Step::TabKey { .. }) {
        let escaped = run
            .h
            .query_all(By::new().predicate(|n| n.is_focused()))
            .any(|n| bounds(&n).is_some() && !floating(&n));
        if escaped {
            found.push(format!("'{step}' took the focus out of the open dialog"));
        }
    }
    found
}
