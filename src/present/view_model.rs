//! Everything the views draw, prepared once per change (of the workspace or
//! of the window's own state): numbers as f64 for plotting (the only place
//! f64 appears), the Dutch texts and hover texts, the state of buttons.
//! Views read this and nothing else; building these strings every frame
//! would cost more than the drawing.

use std::sync::Arc;

use crate::model::explain;
use crate::model::robustness::Robustness;
use crate::model::source_check::{SourceCheck, Status};
use crate::model::{DataSet, Inputs, Outcome};
pub use crate::present::rank_rows::RankRow;
use crate::present::rank_rows::{ScreenResults, rank_rows};
use crate::present::results::{RankingLines, Shares};
pub use crate::present::screen::{Needs, Screen, Slide};
pub use crate::present::staffing_model::{SeriesView, YearView, to_f64};
use crate::workspace::Snapshot;
pub use crate::workspace::snapshot::ComparisonState as ComparisonView;

/// Why there is no ranking, and what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankingAbsent {
    pub why: &'static str,
    pub hint: &'static str,
}

/// A chart whose every bar has a derivation in words (a dialog the
/// keyboard opens: nothing only on hover).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    /// The staffing per year and part.
    Staffing,
    /// Lasten: each participant's amount per year.
    Costs,
}

/// The window's own state that views show (not part of the workspace).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowState {
    pub presentation: bool,
    /// The screen of the main area (one with a tab).
    pub tab: Screen,
    /// The screen shown in presentation mode.
    pub slide: Slide,
    /// How many rows each paged slide holds on this screen.
    pub slide_rows: crate::present::screen::SlideRows,
    pub export_busy: bool,
    pub dialog_open: bool,
    /// "Set opslaan als…" (name, author, note) is open.
    pub saving: bool,
    /// "Over nmd-scenarios" is open.
    pub about: bool,
    /// The keyboard map (Help → Sneltoetsen, F1) is open.
    pub keys: bool,
    /// The window with a file's problems is open.
    pub problems: bool,
    /// The derivation of this chart is open.
    pub derivation: Option<Chart>,
    /// Drawn as a figure for a document: no links, buttons or hover hints,
    /// every text in full.
    pub figure: bool,
    /// The year the Lasten bars and slide show (index into the periods).
    pub costs_period: usize,
    /// The participant whose part the cost per scenario shows beside the
    /// region's (index into its participants; `None`: the region only).
    pub cost_participant: Option<usize>,
    /// The window is narrower than [`NARROW_BELOW`] points (text zoomed, a
    /// small screen): one column, the weights and the view in turn (the top
    /// bar's button switches).
    pub narrow: bool,
    /// In a narrow window: the weights and choices take the area instead of
    /// the tabs and the view (the top bar's button switches).
    pub weights_shown: bool,
}

/// Below this width in points the window is narrow (1366 pixels at 175 %
/// text size and more): one column, the weights and the view in turn.
pub const NARROW_BELOW: f32 = 800.0;

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

#[derive(Debug, Clone)]
pub struct ViewModel {
    pub data: Arc<DataSet>,
    /// Where the data was loaded from ("ingebouwd" or a folder): the About
    /// window says it.
    pub data_origin: String,
    /// The data set's short fingerprint.
    pub data_fingerprint: String,
    pub inputs: Arc<Inputs>,
    pub outcome: Arc<Outcome>,
    pub check: Arc<SourceCheck>,
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
    /// The participants as every output lists them: their weights as
    /// shown (the one rounding rule) and their orders.
    pub group_lines: Option<crate::present::results::GroupLines>,
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
    pub ranking_absent: Option<RankingAbsent>,
    /// The robustness slide in a few plain sentences (with `robustness`).
    pub robustness_sentences: Vec<String>,
    /// While the Bronnencontrole tab is open.
    pub source_check_texts: Option<crate::present::tab_texts::SourceCheckTexts>,
    /// While the Scores tab is open: each cell's origin.
    pub score_origins: Vec<Vec<String>>,
    /// While the Taken en groei tab is open.
    pub task_texts: Option<crate::present::tab_texts::TaskTexts>,
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
    /// "afgerond; samen 98 %" when the shares shown do not add up to 100.
    pub weight_rounding_note: Option<String>,
    pub discrepancy_count: usize,
    pub source_check_summary: String,
    pub staffing_title: String,
    /// The staffing chart in words (its description for screen readers).
    pub staffing_description: String,
    /// The data sets the program carries, (word, name): Bestand → Gegevens.
    pub builtin_data: Vec<(String, String)>,
    /// The handleiding's examples that fit the data, (word, name): Bestand
    /// → Voorbeeld openen.
    pub examples: Vec<(String, String)>,
    /// The Lasten tab, slide and figure, when costs are typed (built while
    /// one of them is shown).
    pub costs: Option<crate::present::costs_model::CostsView>,
    /// The cost per scenario's tab, slide and figure (built while one of
    /// them is shown, or while presenting).
    pub scenario_costs: Option<Arc<crate::present::scenario_costs_model::ScenarioCostsView>>,
    /// Whether the set counts a component of the cost profile in euros
    /// (the cost per scenario has a slide and a figure).
    pub has_scenario_costs: bool,
}

/// The view model of a workspace snapshot and the window's state.
pub fn build(snapshot: &Snapshot, window: WindowState) -> ViewModel {
    let shows = |screen: Screen| {
        window.tab == screen || (window.presentation && window.slide.screen == screen)
    };
    let robustness = shows(Screen::Robustness).then(|| snapshot.robustness().clone());
    // While presenting, the participants' slide is measured unseen too.
    let group = (shows(Screen::Group) || window.figure || window.presentation)
        .then(|| snapshot.group().cloned())
        .flatten();
    let data = &snapshot.data;
    let inputs = &snapshot.inputs;
    let participants_label = crate::model::group::participants_label(data);
    let has_group = data.participants.is_some() || !inputs.profiles.is_empty();
    let set = set_view(snapshot);
    let save_defaults = window.saving.then(|| save_defaults(snapshot));
    let results = ScreenResults::of(data, inputs, &snapshot.outcome, group.as_ref());
    let figures = figures(data, inputs, (&snapshot.outcome, &results), &snapshot.check);
    let group_profiles = group.as_ref().map_or_else(Vec::new, |_| {
        crate::model::group::effective_profiles(data, inputs)
    });
    let robustness_sentences = robustness
        .as_ref()
        .map(|r| crate::model::robustness::slide::slide_sentences(data, r))
        .unwrap_or_default();
    let ranking_absent = ranking_absent(&results.ranking);
    let tab_open = |screen: Screen| !window.presentation && window.tab == screen;
    let source_check_texts = tab_open(Screen::SourceCheck)
        .then(|| crate::present::tab_texts::source_check_texts(data, &snapshot.check));
    let score_origins = if tab_open(Screen::Scores) {
        crate::present::tab_texts::score_origins(data, inputs)
    } else {
        Vec::new()
    };
    let task_texts = tab_open(Screen::Tasks)
        .then(|| crate::present::tab_texts::task_texts(data, inputs, &snapshot.outcome));
    let staffing_description =
        crate::present::staffing_model::chart_description(&figures.series, &figures.years);
    ViewModel {
        group_lines: results.group.clone(),
        source_check_texts,
        score_origins,
        task_texts,
        group,
        group_profiles,
        participants_label,
        has_group,
        data: Arc::clone(data),
        data_origin: snapshot.origin.clone(),
        data_fingerprint: crate::model::fingerprint::short(&snapshot.base.fingerprint).to_owned(),
        inputs: Arc::clone(inputs),
        outcome: Arc::clone(&snapshot.outcome),
        check: Arc::clone(&snapshot.check),
        window,
        dark: snapshot.dark,
        can_undo: snapshot.can_undo,
        can_redo: snapshot.can_redo,
        set,
        comparison: snapshot.comparison.clone(),
        save_defaults,
        robustness,
        robustness_sentences,
        series: figures.series,
        years: figures.years,
        block_label: figures.block_label,
        four_eyes_warnings: figures.four_eyes_warnings,
        task_notes: figures.task_notes,
        ranking_absent,
        fit_sentences: explain::fit_sentences(data, inputs.fit),
        fit_note: fit_note(data, inputs.fit),
        ranking: figures.ranking,
        ranking_headline: explain::ranking_headline(data, &snapshot.outcome.ranking),
        weight_percent: figures.weight_percent,
        weight_rounding_note: figures.weight_rounding_note,
        discrepancy_count: figures.discrepancy_count,
        source_check_summary: figures.source_check_summary,
        staffing_title: figures.staffing_title,
        staffing_description,
        builtin_data: snapshot
            .builtin_data
            .iter()
            .map(|d| (d.key.clone(), d.name.clone()))
            .collect(),
        examples: snapshot
            .examples
            .iter()
            .map(|e| (e.key.clone(), e.name.clone()))
            .collect(),
        // Built while the Lasten tab or slide is open, or for a figure.
        costs: (shows(Screen::Costs) || window.figure)
            .then(|| snapshot.outcome.costs.as_ref())
            .flatten()
            .map(|c| crate::present::costs_model::costs_view(data, c)),
        scenario_costs: scenario_costs_view(snapshot, window),
        has_scenario_costs: snapshot.outcome.costs.is_some()
            && (!inputs.costs.components.is_empty() || inputs.costs.transition.is_some()),
    }
}

/// The cost per scenario while its tab or slide is shown, while
/// presenting (its slide is measured unseen) and in a figure. A figure
/// waits for the Monte Carlo (it is written at once); the window does not
/// (`scenario_costs_now`: a worker runs it, the views say so meanwhile).
fn scenario_costs_view(
    snapshot: &Snapshot,
    window: WindowState,
) -> Option<Arc<crate::present::scenario_costs_model::ScenarioCostsView>> {
    let shown = window.tab == Screen::ScenarioCosts || window.presentation || window.figure;
    if !shown {
        return None;
    }
    let costs = if window.figure {
        snapshot.scenario_costs()
    } else {
        snapshot.scenario_costs_now()
    }?;
    Some(Arc::new(
        crate::present::scenario_costs_model::scenario_costs_view(&snapshot.data, costs),
    ))
}

/// Why there is no ranking (all weights 0, everything hidden), if so.
fn ranking_absent(ranking: &RankingLines) -> Option<RankingAbsent> {
    match ranking {
        RankingLines::Ranked(_) => None,
        RankingLines::Absent { why, hint, hidden } => Some(RankingAbsent {
            why,
            // The window says where to make something visible again.
            hint: if *hidden {
                "Maak er minstens één zichtbaar (weergave Scores)."
            } else {
                hint
            },
        }),
    }
}

/// The current set as the top bar shows it.
fn set_view(snapshot: &Snapshot) -> SetView {
    let current = &snapshot.current;
    SetView {
        picker_text: format!(
            "{}{}",
            current.name,
            if snapshot.sets.dirty { " *" } else { "" }
        ),
        description: snapshot.sets.description.clone(),
        name: current.name.clone(),
        author: current.author.clone(),
        note: current.note.clone(),
        builtin: current.builtin,
        labels: snapshot.sets.labels.clone(),
        index: snapshot.sets.index,
    }
}

/// What the save dialog starts with.
fn save_defaults(snapshot: &Snapshot) -> SaveDefaults {
    let current = &snapshot.current;
    let set = snapshot.set_to_save();
    SaveDefaults {
        why: snapshot.saving_changes_anothers_set().then(|| {
            format!(
                "U slaat gewijzigde cijfers op van '{}'. De set komt op uw naam, als nieuwe set; de notitie zegt waarop hij is gebaseerd en wat er is gewijzigd.",
                current.saved_info.0
            )
        }),
        // The field asks "uw naam": the name the user gave before, else
        // empty, never the set's author (saving the preparer's example
        // unchanged would otherwise make the user "nmd-scenarios
        // (voorbeeld)" in the session and the log).
        author: snapshot.user.clone().unwrap_or_default(),
        name: set.name,
        note: set.note,
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
    weight_rounding_note: Option<String>,
    discrepancy_count: usize,
    source_check_summary: String,
    staffing_title: String,
}

fn figures(
    data: &DataSet,
    inputs: &Inputs,
    (outcome, results): (&Outcome, &ScreenResults),
    check: &SourceCheck,
) -> Figures {
    let staffing = crate::present::staffing_model::staffing_figures(data, inputs, outcome);
    let ranking = match &results.ranking {
        RankingLines::Absent { .. } => None,
        RankingLines::Ranked(placed) => Some(rank_rows(data, inputs, placed, results)),
    };
    let weight_percent = match &results.weights {
        Some(shares) => shares.percents.clone(),
        None => vec!["–".to_owned(); data.criteria.len()],
    };
    let weight_rounding_note = results
        .weights
        .as_ref()
        .and_then(|s| s.rounding_note.clone());
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
        weight_rounding_note,
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
    /// Participant `i`'s weights as shown; none when all are 0 or the
    /// participants are not shown.
    pub fn participant_shares(&self, i: usize) -> Option<&Shares> {
        self.group_lines
            .as_ref()?
            .participants
            .get(i)?
            .shares
            .as_ref()
    }

    /// The combined profile's weights as shown.
    pub fn combined_shares(&self) -> Option<&Shares> {
        self.group_lines.as_ref()?.combined.shares.as_ref()
    }

    /// The heading of the participants' tab and slide: "Gemeenten: ieder
    /// een eigen weging" only when each weighed; "3 van de 5 met een eigen
    /// weging" when some did; "nog geen eigen weging" when none did.
    pub fn group_heading(&self) -> String {
        let label = self.screen_label(Screen::Group);
        let Some(lines) = &self.group_lines else {
            return label;
        };
        let all = lines.participants.len();
        let own = lines.participants.iter().filter(|p| p.own).count();
        if own == all {
            format!("{label}: ieder een eigen weging")
        } else if own == 0 {
            format!("{label}: nog geen eigen weging")
        } else {
            format!("{label}: {own} van de {all} met een eigen weging")
        }
    }

    /// Whether some participant's (or the combined) percents do not add
    /// up to 100.
    pub fn group_rounded(&self) -> bool {
        self.group_lines.as_ref().is_some_and(|g| {
            g.rows()
                .any(|p| p.shares.as_ref().is_some_and(|s| s.rounding_note.is_some()))
        })
    }

    /// The name of a screen as shown: the participants' one is named by
    /// the data ("Gemeenten").
    pub fn screen_label(&self, screen: Screen) -> String {
        screen.shown_label(&self.data)
    }

    /// Which number is which scenario ("1 = Expertisecentrum · 2 = …"),
    /// for views that number their columns. A number stays on the line of
    /// its name (no-break spaces around "=").
    pub fn scenario_key(&self) -> String {
        self.data
            .scenarios
            .iter()
            .map(|s| format!("{}\u{a0}=\u{a0}{}", s.number, s.short_name))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// Whether the data (and set) have what `screen` shows.
    pub fn has(&self, screen: Screen) -> bool {
        match screen.needs() {
            Needs::Nothing => true,
            Needs::Staffing => !self.data.categories.is_empty(),
            Needs::CostProfile => !self.data.cost_profile.components.is_empty(),
            Needs::Participants => self.has_group,
            Needs::Costs | Needs::ScenarioCosts => true,
            Needs::Comparison => self.comparison.is_some(),
        }
    }

    /// Whether `screen` has something to show as a slide or a figure (the
    /// Lasten tab is there to type costs; its slide and figure need them).
    pub fn has_content(&self, screen: Screen) -> bool {
        self.has(screen)
            && match screen.needs() {
                Needs::Costs => self.outcome.costs.is_some(),
                Needs::ScenarioCosts => self.has_scenario_costs,
                Needs::Nothing
                | Needs::Staffing
                | Needs::CostProfile
                | Needs::Participants
                | Needs::Comparison => true,
            }
    }

    /// The tabs this data has, in order.
    pub fn tabs(&self) -> Vec<Screen> {
        Screen::tabs().filter(|&s| self.has(s)).collect()
    }

    /// The figures this data has, in order.
    pub fn figures(&self) -> Vec<Screen> {
        Screen::figures().filter(|&s| self.has_content(s)).collect()
    }
}
