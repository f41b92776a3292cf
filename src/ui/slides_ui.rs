//! Presentation mode as slides for the bestuurlijk overleg: one view per
//! screen (the comparison while two sets are compared, rangorde, formatie,
//! kostenprofiel, the participants, lasten, robuustheid) in text twice the
//! normal size on a slide sized to the screen, a strip saying where we
//! are, and no other controls. A slide whose rows do not fit comes in pages
//! (`slide_pages.rs`). ←/→ (and PageUp/PageDown, what clickers send) move
//! between slides, ↑/↓ switch sets, Esc leaves.

use rust_decimal::Decimal;

use super::actions::Actions;
use crate::format::{fte_difference, number};
use crate::model::group::ParticipantResult;
use crate::model::ranking::Ranking;
use crate::present::results::Shares;
use crate::present::view_model::{Screen, ViewModel};

/// The strip at the bottom: which slide of how many, and the set.
pub fn strip_ui(ui: &mut egui::Ui, view: &ViewModel) {
    let slides = view.slides();
    let slide = slides
        .iter()
        .copied()
        .find(|&s| s == view.window.slide)
        .or_else(|| slides.first().copied())
        .unwrap_or_default();
    let text = format!(
        "{} · {} · {}",
        view.slide_label(slide),
        view.slide_position(slide),
        view.set.name
    );
    ui.add(egui::Label::new(egui::RichText::new(text).strong()).wrap());
}

/// A participant's heaviest criterion and its share, or "–".
fn heaviest(shares: Option<&Shares>, data: &crate::model::DataSet) -> String {
    shares
        .and_then(|s| s.heaviest(data))
        .unwrap_or_else(|| "–".into())
}

fn order(view: &ViewModel, ranking: &Ranking) -> String {
    match ranking.absent_reason() {
        Some(_) => "geen rangorde".to_owned(),
        None => ranking
            .entries()
            .iter()
            .map(|e| view.data.scenarios[e.scenario].number.to_string())
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

fn first(view: &ViewModel, ranking: &Ranking) -> String {
    ranking.entries().first().map_or("–".to_owned(), |e| {
        view.data.scenarios[e.scenario].short_name.clone()
    })
}

fn participant_row(ui: &mut egui::Ui, view: &ViewModel, (i, p): (usize, &ParticipantResult)) {
    // A participant that did not weigh shows the set's weights: marked.
    let name = if p.own {
        p.name.clone()
    } else {
        format!("{}*", p.name)
    };
    ui.label(name);
    ui.label(first(view, &p.ranking));
    ui.label(heaviest(view.participant_shares(i), &view.data));
    ui.label(order(view, &p.ranking));
    ui.end_row();
}

/// The participants: each one's first place, heaviest criterion and
/// order, the combined profile, which number is which scenario, where they
/// agree and what the band of their weights says.
pub fn group_slide_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    // Where the slide ends (`max_rect` grows with what overflows it).
    let slide_bottom = ui.max_rect().bottom();
    let label = view.screen_label(Screen::Group);
    ui.heading(view.group_heading());
    let Some(group) = &view.group else {
        ui.label("Er zijn geen profielen.");
        return;
    };
    let head = |ui: &mut egui::Ui, text: &str| {
        ui.label(egui::RichText::new(text).strong().underline());
    };
    let shown = view.shown_rows(Screen::Group);
    let (mut rows_top, mut rows_bottom) = (0.0, 0.0);
    egui::Grid::new("group_slide")
        .spacing([24.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            head(ui, &label);
            head(ui, "Eerste keuze");
            head(ui, "Zwaarst weegt");
            head(ui, "Volgorde");
            ui.end_row();
            rows_top = ui.min_rect().bottom();
            for (i, p) in group
                .participants
                .iter()
                .enumerate()
                .take(shown.end)
                .skip(shown.start)
            {
                participant_row(ui, view, (i, p));
            }
            rows_bottom = ui.min_rect().bottom();
            // The combined profile closes every page.
            ui.label(egui::RichText::new("Gezamenlijk").strong());
            match group.combined.absent_reason() {
                Some(_) => {
                    ui.label("geen gezamenlijke weging");
                }
                None => {
                    ui.label(egui::RichText::new(first(view, &group.combined)).strong());
                    ui.label(heaviest(view.combined_shares(), &view.data));
                    ui.label(egui::RichText::new(order(view, &group.combined)).strong());
                }
            }
            ui.end_row();
        });
    ui.add_space(6.0);
    if group.participants.iter().any(|p| !p.own) {
        ui.add(egui::Label::new("* geen eigen weging: de gewichten van de set").wrap());
    }
    // Which number is which scenario: the order column speaks in numbers.
    ui.add(
        egui::Label::new(format!(
            "Volgorde: beste eerst, in scenario's: {}",
            view.scenario_key()
        ))
        .wrap(),
    );
    ui.add_space(6.0);
    // The sentences that matter most in a meeting: who agrees on first,
    // and what the band of their weights says (when nobody weighed, the
    // first already says so: no second sentence saying it again).
    let band_sentences = usize::from(group.band.is_some());
    for sentence in group
        .agreement
        .iter()
        .take(1)
        .chain(group.band_sentences.iter().take(band_sentences))
    {
        ui.add(egui::Label::new(sentence.as_str()).wrap());
    }
    // The rows' height, and what is left below everything.
    let left = slide_bottom - ui.cursor().top();
    view.measured_rows(
        Screen::Group,
        (shown.len(), rows_bottom - rows_top, left),
        out,
    );
}

/// The robustness in a few plain sentences; each names the criteria it is
/// about.
pub fn robustness_slide_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    ui.heading("Hoe robuust is de rangorde?");
    for sentence in &view.robustness_sentences {
        ui.add(egui::Label::new(format!("• {sentence}")).wrap());
        ui.add_space(4.0);
    }
}

/// Two sets side by side: the totals per year, who is first in each, and
/// the first differences in words.
pub fn comparison_slide_ui(ui: &mut egui::Ui, view: &ViewModel, _out: &mut Actions) {
    let Some(compare) = &view.comparison else {
        return;
    };
    let c = &compare.comparison;
    ui.heading(format!("Vergelijking: {} en {}", c.name_a, c.name_b));
    ui.add_space(4.0);
    if let Some(total_row) = c.rows.len().checked_sub(1) {
        egui::Grid::new("comparison_slide")
            .spacing([32.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for head in ["Totaal fte", "A", "B", "Verschil"] {
                    ui.label(egui::RichText::new(head).strong().underline());
                }
                ui.end_row();
                for (y, year) in view.data.years.iter().enumerate() {
                    let (a, b) = c.cells[y][total_row];
                    let show = |v: Option<Decimal>| v.map_or_else(|| "–".into(), |v| number(v, 2));
                    ui.label(year.to_string());
                    ui.label(show(a));
                    ui.label(show(b));
                    ui.label(match (a, b) {
                        (Some(a), Some(b)) => fte_difference(b - a),
                        _ => "–".into(),
                    });
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
    }
    for (side, name, ranking, labels) in [
        ("A", &c.name_a, &c.outcome_a.ranking, &c.labels_a),
        ("B", &c.name_b, &c.outcome_b.ranking, &c.labels_b),
    ] {
        let text = match ranking.entries().first() {
            Some(e) => format!(
                "{side} ({name}): eerste is {} met {}",
                labels[e.scenario],
                number(e.total, 2)
            ),
            None => format!(
                "{side} ({name}): {}",
                ranking.absent_reason().unwrap_or("geen rangorde")
            ),
        };
        ui.add(egui::Label::new(text).wrap());
    }
    ui.add_space(6.0);
    differences_ui(ui, &c.differences);
}

/// The differences that fit, and how many more the window lists.
fn differences_ui(ui: &mut egui::Ui, differences: &[String]) {
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let mut shown = 0;
    for d in differences {
        let galley = egui::WidgetText::from(format!("• {d}")).into_galley(
            ui,
            Some(egui::TextWrapMode::Wrap),
            ui.available_width(),
            egui::TextStyle::Body,
        );
        // Room for this one and, below it, the line that says how many
        // more there are.
        if galley.size().y + line + 8.0 > ui.available_height() {
            break;
        }
        ui.add(egui::Label::new(galley));
        shown += 1;
    }
    if shown < differences.len() {
        ui.label(format!(
            "En nog {} verschil{}: zie Vergelijken in het venster.",
            differences.len() - shown,
            if differences.len() - shown == 1 {
                ""
            } else {
                "len"
            }
        ));
    }
}
