//! Everything the views draw, prepared once per change (of the workspace or
//! of the window's own state): numbers as f64 for plotting (the only place
//! f64 appears), the Dutch texts and hover texts, the state of buttons.
//! Views read this and nothing else; building these strings every frame
//! would cost more than the drawing.

use std::sync::Arc;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::format::{number, percent_whole};
use crate::model::compare::Comparison;
use crate::model::explain;
use crate::model::ranking::Ranking;
use crate::model::robustness::Robustness;
use crate::model::source_check::{SourceCheck, Status};
use crate::model::{DataSet, Inputs, Outcome};
use crate::workspace::Workspace;

pub fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// A view of the main area, chosen in the tab bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tab {
    /// Staffing, ranking and cost profile side by side.
    #[default]
    Overview,
    /// The performance table: scores, added and hidden items.
    Scores,
    /// Staffing by tasks, growth tasks and inhuur.
    Tasks,
    /// The participants (municipalities): each one's weights, the
    /// combined profile, where they agree, band-SMAA.
    Group,
    Robustness,
    SourceCheck,
    /// Who changed what in the set, and why.
    Log,
}

impl Tab {
    pub const ALL: [Tab; 7] = [
        Tab::Overview,
        Tab::Scores,
        Tab::Tasks,
        Tab::Group,
        Tab::Robustness,
        Tab::SourceCheck,
        Tab::Log,
    ];

    /// The tab's name; the participants' tab is named by the data
    /// ("Gemeenten"), see [`ViewModel::tab_label`].
    pub fn label(self) -> &'static str {
        match self {
            Tab::Overview => "Overzicht",
            Tab::Scores => "Scores",
            Tab::Tasks => "Taken en groei",
            Tab::Group => "Deelnemers",
            Tab::Robustness => "Robuustheid",
            Tab::SourceCheck => "Bronnencontrole",
            Tab::Log => "Logboek",
        }
    }
}

/// A screen of presentation mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Slide {
    #[default]
    Ranking,
    Staffing,
    /// A page of the cost profile (at most [`COST_ROWS_PER_SLIDE`] rows, so
    /// that it stays readable from the back of the room).
    Cost(usize),
    Group,
    Robustness,
}

/// Rows of the cost profile on one slide.
pub const COST_ROWS_PER_SLIDE: usize = 3;

impl Slide {
    pub fn label(self) -> &'static str {
        match self {
            Slide::Ranking => "Rangorde",
            Slide::Staffing => "Formatie",
            Slide::Cost(_) => "Kostenprofiel",
            Slide::Group => "Deelnemers",
            Slide::Robustness => "Robuustheid",
        }
    }
}

/// The window's own state that views show (not part of the workspace).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowState {
    pub presentation: bool,
    pub tab: Tab,
    /// The screen shown in presentation mode.
    pub slide: Slide,
    pub export_busy: bool,
    pub dialog_open: bool,
    /// "Set opslaan als…" (name, author, note) is open.
    pub saving: bool,
    /// "Over nmd-scenarios" is open.
    pub about: bool,
    /// Drawn as a figure for a document: no links, buttons or hover hints,
    /// every text in full.
    pub figure: bool,
}

/// The current set as the top bar and "Over deze set" show it.
#[derive(Debug, Clone, Default)]
pub struct SetView {
    /// "Naam *" (a star when there are unsaved changes).
    pub picker_text: String,
    /// Author, date, file and note, for the hover text.
    pub description: String,
    pub name: String,
    pub author: String,
    pub note: String,
    pub builtin: bool,
    /// The names in the set list; "(bestand)" after sets from files.
    pub labels: Vec<String>,
    pub index: Option<usize>,
}

/// What the save dialog starts with: what would be saved now.
#[derive(Debug, Clone, Default)]
pub struct SaveDefaults {
    pub name: String,
    pub author: String,
    pub note: String,
    /// Why the name and note differ from the set's (another's set with
    /// changed numbers), in a sentence.
    pub why: Option<String>,
}

/// Two sets side by side.
#[derive(Debug, Clone)]
pub struct ComparisonView {
    pub choices: Vec<String>,
    /// Indices into `choices` of sides A and B.
    pub sides: (usize, usize),
    pub comparison: Comparison,
}

#[derive(Debug, Clone)]
pub struct ViewModel {
    pub data: Arc<DataSet>,
    /// Where the data was loaded from ("ingebouwd" or a folder).
    pub data_origin: String,
    pub inputs: Inputs,
    pub outcome: Outcome,
    pub check: SourceCheck,
    pub window: WindowState,
    pub dark: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub set: SetView,
    pub comparison: Option<ComparisonView>,
    /// While the save dialog is open.
    pub save_defaults: Option<SaveDefaults>,
    /// Computed while the robustness view is open.
    pub robustness: Option<Robustness>,
    /// Computed while the participants' view or slide is open.
    pub group: Option<crate::model::group::GroupResult>,
    /// The participants' profiles as used (their own, or the set's weights
    /// and `false`), with `group`.
    pub group_profiles: Vec<(crate::model::additions::Profile, bool)>,
    /// "gemeenten", from the data.
    pub participants_label: String,
    /// Whether there are participants to show (a tab and a slide).
    pub has_group: bool,
    /// The stacks of the staffing plot: the categories, then the roles of
    /// the set (if it staffs the supervision block by roles).
    pub series: Vec<SeriesView>,
    pub years: Vec<YearView>,
    /// "Toezicht en kwaliteit", when the set staffs that block by roles.
    pub block_label: Option<String>,
    /// Four-eyes warnings for the set's roles.
    pub four_eyes_warnings: Vec<String>,
    /// Task rules not yet complete, in words.
    pub task_notes: Vec<String>,
    /// Why there is no ranking (all weights 0, everything hidden).
    pub ranking_absent: Option<&'static str>,
    /// How the ratios follow from the staffing table (the correction of a
    /// suspected misprint and why), one sentence each.
    pub fit_sentences: Vec<String>,
    /// A short line under the chart when a correction is in use.
    pub fit_note: Option<String>,
    pub ranking: Option<Vec<RankRow>>,
    /// Who is first, by how much, and why, in one sentence.
    pub ranking_headline: Option<String>,
    /// Weight per criterion as "20 %", or "–" when all weights are zero.
    pub weight_percent: Vec<String>,
    pub discrepancy_count: usize,
    pub source_check_summary: String,
    pub staffing_title: String,
}

#[derive(Debug, Clone)]
pub struct SeriesView {
    pub name: String,
    pub colour: egui::Color32,
}

#[derive(Debug, Clone)]
pub struct YearView {
    pub year: u16,
    pub total_fte: f64,
    /// "11,31 fte"
    pub total_text: String,
    /// "11,31"
    pub total_number: String,
    pub published: bool,
    /// Published total of the same situation (Tabel 7), if any.
    pub published_total: Option<f64>,
    pub published_total_text: Option<String>,
    pub provenance_text: String,
    /// Per series; 0 where it has no fte this year.
    pub series_fte: Vec<f64>,
    pub series_tooltips: Vec<String>,
    /// The supervision block as counted this year ("5,80 fte").
    pub block_text: Option<String>,
}

#[derive(Debug, Clone)]
pub struct RankRow {
    pub scenario: usize,
    pub rank: usize,
    /// "1. Scenario 2 – Centrumregeling"
    pub label: String,
    pub total: f64,
    pub total_text: String,
    pub contributions: Vec<f64>,
    pub contribution_tooltips: Vec<String>,
}

/// The view model of the workspace's current state and the window's.
pub fn build(workspace: &mut Workspace, window: WindowState) -> ViewModel {
    let on_slide = |slide: Slide| window.presentation && window.slide == slide;
    let robustness = (window.tab == Tab::Robustness || on_slide(Slide::Robustness))
        .then(|| workspace.robustness().clone());
    let group = (window.tab == Tab::Group || on_slide(Slide::Group) || window.figure)
        .then(|| workspace.group().cloned())
        .flatten();
    let participants_label = crate::model::group::participants_label(workspace.data());
    let has_group =
        workspace.data().participants.is_some() || !workspace.inputs().profiles.is_empty();
    let current = workspace.current();
    let set = SetView {
        picker_text: format!(
            "{}{}",
            current.name,
            if workspace.is_dirty() { " *" } else { "" }
        ),
        description: workspace.current_set_description(),
        name: current.name.clone(),
        author: current.author.clone(),
        note: current.note.clone(),
        builtin: current.builtin,
        labels: workspace.sets().iter().map(|k| k.label()).collect(),
        index: workspace.current_set_index(),
    };
    let comparison = workspace
        .comparison()
        .map(|(sides, comparison)| ComparisonView {
            choices: workspace.compare_choices(),
            sides: (
                workspace.compare_choice_index(sides.a),
                workspace.compare_choice_index(sides.b),
            ),
            comparison: comparison.clone(),
        });
    let save_defaults = window.saving.then(|| {
        let set = workspace.set_to_save();
        SaveDefaults {
            why: workspace.saving_changes_anothers_set().then(|| {
                format!(
                    "U slaat gewijzigde cijfers op van '{}'. De set komt op uw naam, als nieuwe set; de notitie zegt waarop hij is gebaseerd en wat er is gewijzigd.",
                    workspace.current().saved_info.0
                )
            }),
            author: if set.author.is_empty() {
                workspace.user().unwrap_or_default().to_owned()
            } else {
                set.author
            },
            name: set.name,
            note: set.note,
        }
    });
    let figures = figures(
        workspace.data(),
        workspace.inputs(),
        workspace.outcome(),
        workspace.check(),
    );
    let group_profiles = if group.is_some() {
        crate::model::group::effective_profiles(workspace.data(), workspace.inputs())
    } else {
        Vec::new()
    };
    ViewModel {
        group,
        group_profiles,
        participants_label,
        has_group,
        data: workspace.data_shared(),
        data_origin: workspace.data_origin().to_owned(),
        inputs: workspace.inputs().clone(),
        outcome: workspace.outcome().clone(),
        check: workspace.check().clone(),
        window,
        dark: workspace.dark(),
        can_undo: workspace.can_undo(),
        can_redo: workspace.can_redo(),
        set,
        comparison,
        save_defaults,
        robustness,
        series: figures.series,
        years: figures.years,
        block_label: figures.block_label,
        four_eyes_warnings: figures.four_eyes_warnings,
        task_notes: figures.task_notes,
        ranking_absent: workspace.outcome().ranking.absent_reason(),
        fit_sentences: explain::fit_sentences(workspace.data(), workspace.inputs().fit),
        fit_note: fit_note(workspace.data(), workspace.inputs().fit),
        ranking: figures.ranking,
        ranking_headline: explain::ranking_headline(workspace.data(), &workspace.outcome().ranking),
        weight_percent: figures.weight_percent,
        discrepancy_count: figures.discrepancy_count,
        source_check_summary: figures.source_check_summary,
        staffing_title: figures.staffing_title,
    }
}

/// The figures of the staffing plot and the ranking, with their texts.
struct Figures {
    task_notes: Vec<String>,
    series: Vec<SeriesView>,
    years: Vec<YearView>,
    block_label: Option<String>,
    four_eyes_warnings: Vec<String>,
    ranking: Option<Vec<RankRow>>,
    weight_percent: Vec<String>,
    discrepancy_count: usize,
    source_check_summary: String,
    staffing_title: String,
}

fn figures(data: &DataSet, inputs: &Inputs, outcome: &Outcome, check: &SourceCheck) -> Figures {
    let staffing = super::staffing_model::staffing_figures(data, inputs, outcome);
    let values = inputs.score_values(data);
    let levels = inputs.score_levels(data);
    let ranking = match &outcome.ranking {
        Ranking::NoWeights | Ranking::AllHidden(_) => None,
        Ranking::Ranked(r) => Some(
            r.entries
                .iter()
                .map(|e| {
                    let scenario = &data.scenarios[e.scenario];
                    let contribution_tooltips = data
                        .criteria
                        .iter()
                        .enumerate()
                        .map(|(c, criterion)| {
                            let level = levels[e.scenario][c];
                            let mut text = format!(
                                "{}, {}. {}: {} × {} ({}) = {}",
                                scenario.label(),
                                criterion.number,
                                criterion.name,
                                percent_whole(r.weight_shares[c]),
                                data.scale.levels[level].label,
                                number(values[e.scenario][c], 0),
                                number(e.contributions[c], 2)
                            );
                            text.push('\n');
                            text.push_str(&explain::score_origin(data, inputs, e.scenario, c));
                            text
                        })
                        .collect();
                    RankRow {
                        scenario: e.scenario,
                        rank: e.rank,
                        label: format!(
                            "{}. {}{}",
                            e.rank,
                            scenario.label(),
                            if scenario.added {
                                " (eigen scenario)"
                            } else {
                                ""
                            }
                        ),
                        total: to_f64(e.total),
                        total_text: number(e.total, 2),
                        contributions: e.contributions.iter().map(|&c| to_f64(c)).collect(),
                        contribution_tooltips,
                    }
                })
                .collect(),
        ),
    };
    let visible_weights = crate::report::assumptions::visible_weights(inputs);
    let weight_percent = match crate::model::ranking::weight_shares(&visible_weights) {
        Some(shares) => crate::format::percents_whole(&shares),
        None => vec!["–".to_owned(); data.criteria.len()],
    };
    let discrepancy_count = check.count(Status::Discrepancy);
    let source_check_summary = format!("Bronnencontrole: {}", explain::check_summary(check));
    Figures {
        series: staffing.series,
        block_label: staffing.block_label,
        four_eyes_warnings: staffing.four_eyes_warnings,
        task_notes: staffing.task_notes,
        years: staffing.years,
        ranking,
        weight_percent,
        discrepancy_count,
        source_check_summary,
        staffing_title: format!("Minimale formatie {} (fte)", data.organisation),
    }
}

/// "Tabel 7: 0,68 (Kwaliteit/beleid, 2028 – Buurtkracht …) gelezen als 0,57,
/// vermoedelijk een drukfout" when the fit corrects a cell.
fn fit_note(data: &DataSet, fit: crate::model::fit::FitChoice) -> Option<String> {
    let m = data.misprints_for(fit).first()?;
    Some(format!(
        "Gerekend met {} in plaats van {} ({}, {}): vermoedelijk een drukfout",
        crate::format::number_trimmed(m.corrected, 2),
        crate::format::number_trimmed(m.published, 2),
        explain::table_number(&data.staffing_table.title),
        data.categories[m.category].name,
    ))
}

impl ViewModel {
    /// The name of a tab or slide as shown: the participants' one is named
    /// by the data ("Gemeenten").
    pub fn tab_label(&self, tab: Tab) -> String {
        match tab {
            Tab::Group => capitalised(&self.participants_label),
            other => other.label().to_owned(),
        }
    }

    pub fn slide_label(&self, slide: Slide) -> String {
        match slide {
            Slide::Group => capitalised(&self.participants_label),
            Slide::Cost(page) if self.cost_pages() > 1 => {
                format!("Kostenprofiel, deel {} van {}", page + 1, self.cost_pages())
            }
            other => other.label().to_owned(),
        }
    }

    fn cost_pages(&self) -> usize {
        self.data
            .cost_profile
            .components
            .len()
            .div_ceil(COST_ROWS_PER_SLIDE)
    }

    /// The slides this data has (no staffing or cost slide without those
    /// tables, no participants' slide without participants).
    pub fn slides(&self) -> Vec<Slide> {
        let mut slides = vec![Slide::Ranking];
        if !self.data.categories.is_empty() {
            slides.push(Slide::Staffing);
        }
        slides.extend((0..self.cost_pages()).map(Slide::Cost));
        if self.has_group {
            slides.push(Slide::Group);
        }
        slides.push(Slide::Robustness);
        slides
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
