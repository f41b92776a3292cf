//! What the user is doing, without a window: the data set, the inputs and
//! their results, the sets (built in, opened, current), undo and redo, the
//! comparison of two sets, the session and the recent files. Every change
//! comes in as a [`Change`] value, is recorded for undo, applied, and the
//! results are recomputed once. The workspace returns results and notices;
//! it never draws (no egui here), so all of it is tested without a window.
//!
//! - `change.rs`: the changes and their undo keys;
//! - `history.rs`: undo and redo;
//! - `sets.rs`: switching, opening and saving sets;
//! - `session.rs`: the session file;
//! - `files.rs`: atomic writes, file names, today's date;
//! - `notice.rs`: what the workspace says back;
//! - `snapshot.rs`: the workspace at one revision, for every reader;
//! - `open.rs`: where the data comes from.

mod apply;
pub mod builtin;
mod builtin_actions;
pub mod change;
mod datasets;
pub mod files;
pub mod history;
mod import;
mod known_sets;
mod method_switches;
pub mod notice;
pub mod open;
mod own;
pub mod session;
mod session_actions;
mod set_actions;
mod set_log;
pub mod sets;
pub mod snapshot;
mod weight_free;

use std::path::Path;
use std::sync::Arc;

pub use change::{Change, ChangeKey};
use history::{History, UndoState};
pub use notice::{Notice, Problems, Reply};
use session::SessionKeeper;
pub use sets::{CurrentSet, KnownSet};
pub use snapshot::{Identity, Snapshot};

use crate::model::assumption_set::AssumptionSet;
use crate::model::compare::{Comparison, compare};
use crate::model::load::{DataFolder, load_folder};
use crate::model::robustness::{DEFAULT_DRAWS, Robustness};
use crate::model::source_check::{SourceCheck, source_check};
use crate::model::{DataSet, Inputs, Outcome, compute};

/// One side of a comparison: a known set, or the current assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareSide {
    Set(usize),
    Current,
}

/// Two sets side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareSides {
    pub a: CompareSide,
    pub b: CompareSide,
}

pub struct Workspace {
    /// The data set as loaded and as the current set extends it.
    datasets: datasets::DataSets,
    /// The set's log: the step a drag keeps open, and the steps that
    /// wait for the user's name.
    set_log: set_log::SetLog,
    data_origin: String,
    inputs: Inputs,
    outcome: Arc<Outcome>,
    check: Arc<SourceCheck>,
    current: CurrentSet,
    /// Built-in sets first, then sets opened from files.
    /// The sets to switch to, and the recent files.
    sets: known_sets::KnownSets,
    history: History,
    compare: Option<(CompareSides, Comparison)>,
    /// Draws of SMAA-2 and band-SMAA, and remarks outputs state about it.
    draws: usize,
    remarks: Vec<String>,
    /// The snapshot of the current revision, made on first request; it
    /// keeps the robustness and group analyses until the next change.
    snapshot: Option<Arc<Snapshot>>,
    /// What a change of the weights leaves alone (SMAA-2, band-SMAA, the
    /// cost per scenario and its Monte Carlo), kept across revisions.
    weight_free: Arc<weight_free::WeightFree>,
    dark: bool,
    /// The text size the user chose (Ctrl + / Ctrl −), remembered.
    zoom: f32,
    /// The user's own name, author of the sets they save.
    user: Option<String>,
    session: Option<SessionKeeper>,
    /// What the command line changed of the set it started from, for the
    /// outputs' name of it.
    start_changes: Vec<String>,
    /// Each participant's method switches, so switching back restores the
    /// weights exactly.
    method_switches: method_switches::MethodSwitches,
    /// Goes up whenever anything a view shows changes.
    revision: u64,
    recompute_count: u64,
}

impl Workspace {
    /// A workspace on `folder`, at its first built-in set (or the report's
    /// defaults when it has none).
    pub fn new(folder: DataFolder, data_origin: impl Into<String>) -> Self {
        let DataFolder { data, sets } = folder;
        let sets: Vec<KnownSet> = sets.into_iter().map(KnownSet::builtin).collect();
        let first = match sets.first() {
            Some(first) => first.set.clone(),
            None => AssumptionSet::report(&data, "Rapport"),
        };
        let current = CurrentSet::from_set(&first, None, true);
        let inputs = first.inputs;
        let datasets = datasets::DataSets::new(data, &inputs);
        let outcome = Arc::new(compute(datasets.extended(), &inputs));
        let check = Arc::new(source_check(datasets.base(), inputs.fit));
        Self {
            datasets,
            set_log: set_log::SetLog::default(),
            data_origin: data_origin.into(),
            inputs,
            outcome,
            check,
            current,
            sets: known_sets::KnownSets::new(sets),
            history: History::default(),
            compare: None,
            draws: DEFAULT_DRAWS,
            remarks: Vec::new(),
            snapshot: None,
            weight_free: Arc::default(),
            dark: false,
            zoom: 1.0,
            user: None,
            session: None,
            method_switches: Default::default(),
            start_changes: Vec::new(),
            revision: 1,
            recompute_count: 1,
        }
    }

    /// The data set with the current set's own scenarios and criteria.
    pub fn data(&self) -> &DataSet {
        self.datasets.extended()
    }

    /// The data set as loaded, without the set's additions (for reading
    /// and writing sets, which add their own).
    pub fn base(&self) -> &DataSet {
        self.datasets.base()
    }

    /// The data set, shared (for view models that outlive a borrow).
    pub fn data_shared(&self) -> Arc<DataSet> {
        Arc::clone(self.datasets.extended())
    }

    /// Where the data came from: "ingebouwd" or "map …".
    pub fn data_origin(&self) -> &str {
        &self.data_origin
    }

    pub fn inputs(&self) -> &Inputs {
        &self.inputs
    }

    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }

    pub fn check(&self) -> &SourceCheck {
        &self.check
    }

    pub fn current(&self) -> &CurrentSet {
        &self.current
    }

    pub fn sets(&self) -> &[KnownSet] {
        self.sets.list()
    }

    pub fn recent(&self) -> &[std::path::PathBuf] {
        self.sets.recent()
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    pub fn dark(&self) -> bool {
        self.dark
    }

    /// The text size (egui's zoom factor) the user chose.
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Remembers the text size (kept within 50 % and 300 %).
    pub fn set_zoom(&mut self, zoom: f32) {
        let zoom = zoom.clamp(0.5, 3.0);
        if (self.zoom - zoom).abs() > 0.001 {
            self.zoom = zoom;
            self.bump();
        }
    }

    pub fn set_dark(&mut self, dark: bool) {
        if self.dark != dark {
            self.dark = dark;
            self.bump();
        }
    }

    /// Goes up whenever anything a view shows changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// How often the results were recomputed (tests check it is once per
    /// change, not per frame).
    pub fn recompute_count(&self) -> u64 {
        self.recompute_count
    }

    fn bump(&mut self) {
        self.revision += 1;
    }

    fn undo_state(&self) -> UndoState {
        UndoState {
            inputs: self.inputs.clone(),
            current: self.current.clone(),
        }
    }

    fn restore_state(&mut self, snapshot: UndoState) {
        self.inputs = snapshot.inputs;
        self.current = snapshot.current;
        self.set_log.end_step();
        self.attribute_log();
        self.recompute();
    }

    /// Applies `changes` as one undo step (coalesced with the previous step
    /// when the keys allow) and recomputes once if anything changed.
    /// `now_s` is the time in seconds, for coalescing.
    pub fn apply(&mut self, changes: Vec<Change>, now_s: f64) -> bool {
        let Some(key) = changes.first().map(Change::key) else {
            return false;
        };
        let before = self.undo_state();
        let mut reason = None;
        let mut logged = true;
        for change in changes {
            if let Change::Score {
                change: Some(c), ..
            } = &change
            {
                reason = Some(c.reason.clone());
            }
            if matches!(change, Change::LogReason { .. }) {
                logged = false;
            }
            self.apply_change(&change);
        }
        let changed = self.inputs != before.inputs || self.current != before.current;
        if changed {
            let continues = self.history.record(before.clone(), key, now_s);
            if logged {
                self.log_change(&before, reason, continues);
            }
            self.recompute();
        }
        changed
    }

    pub fn undo(&mut self) {
        if let Some(previous) = self.history.undo(self.undo_state()) {
            self.restore_state(previous);
        }
    }

    pub fn redo(&mut self) {
        if let Some(next) = self.history.redo(self.undo_state()) {
            self.restore_state(next);
        }
    }

    /// Recomputes the results for the current inputs, once.
    fn recompute(&mut self) {
        self.sync_data();
        if self.check.fit != self.inputs.fit {
            self.check = Arc::new(source_check(self.datasets.base(), self.inputs.fit));
        }
        self.outcome = Arc::new(compute(self.datasets.extended(), &self.inputs));
        self.recompute_count += 1;
        self.update_comparison();
        self.bump();
    }

    /// The workspace as it is now, for every reader: made once per
    /// revision and shared (the robustness and group analyses it computes
    /// on request stay with it until the next change).
    pub fn snapshot(&mut self) -> Arc<Snapshot> {
        if self
            .snapshot
            .as_ref()
            .is_none_or(|s| s.revision != self.revision)
        {
            self.snapshot = Some(Arc::new(self.make_snapshot()));
        }
        Arc::clone(self.snapshot.as_ref().expect("just made"))
    }

    fn make_snapshot(&self) -> Snapshot {
        let comparison = self
            .comparison()
            .map(|(sides, comparison)| snapshot::ComparisonState {
                choices: self.compare_choices(),
                sides: (
                    self.compare_choice_index(sides.a),
                    self.compare_choice_index(sides.b),
                ),
                comparison: comparison.clone(),
            });
        Snapshot {
            builtin_data: builtin::builtin_data().to_vec(),
            examples: builtin::examples_for(self.datasets.base()),
            revision: self.revision,
            data: Arc::clone(self.datasets.extended()),
            base: Arc::clone(self.datasets.base()),
            origin: self.data_origin.clone(),
            inputs: Arc::new(self.inputs.clone()),
            outcome: Arc::clone(&self.outcome),
            check: Arc::clone(&self.check),
            set: self.set_label(),
            current: self.current.clone(),
            user: self.user.clone(),
            sets: snapshot::SetsState {
                labels: self.sets.labels(),
                index: self.current_set_index(),
                dirty: self.is_dirty(),
                description: self.current_set_description(),
            },
            can_undo: self.can_undo(),
            can_redo: self.can_redo(),
            dark: self.dark,
            comparison,
            draws: self.draws,
            remarks: self.remarks.clone(),
            caches: Default::default(),
            weight_free: Arc::clone(&self.weight_free),
        }
    }

    /// The Monte Carlo of the cost per scenario still to run for the
    /// current state, for the window's shell to run on a worker thread
    /// (`job.run()`), then to hand back with [`Self::finish_cost_sample`];
    /// `None` when it is done or there is nothing to draw.
    pub fn cost_sample_job(&mut self) -> Option<crate::model::scenario_costs::CostSampleJob> {
        self.snapshot().cost_sample_job()
    }

    /// Takes a finished Monte Carlo: kept if it is still of the current
    /// state (then the revision goes up, so the views show it), dropped if
    /// the state has changed meanwhile. Whether it was kept.
    pub fn finish_cost_sample(
        &mut self,
        job: &crate::model::scenario_costs::CostSampleJob,
        sample: Arc<crate::model::scenario_costs::CostSample>,
    ) -> bool {
        let current = self.snapshot().horizon_costs();
        let kept = current.is_some_and(|h| Arc::ptr_eq(&h, &job.horizon))
            && self.weight_free.keep_sample(job, sample);
        if kept {
            self.bump();
        }
        kept
    }

    /// The robustness analysis of the current inputs (the snapshot's).
    pub fn robustness(&mut self) -> &Robustness {
        self.snapshot();
        self.snapshot.as_deref().expect("made above").robustness()
    }

    /// The participants' profiles compared (`None` when the data names no
    /// participants and the set has no profiles), from the snapshot.
    pub fn group(&mut self) -> Option<&crate::model::group::GroupResult> {
        self.snapshot();
        self.snapshot.as_deref().expect("made above").group()
    }

    /// Draws of SMAA-2 and band-SMAA from now on, and a remark outputs
    /// state about them ("--trekkingen … is begrensd …").
    pub fn set_draws(&mut self, draws: usize, remark: Option<String>) {
        self.draws = draws.max(1);
        self.remarks.extend(remark);
        self.bump();
    }

    /// The names the comparison can pick from: the known sets, then the
    /// current assumptions.
    pub fn compare_choices(&self) -> Vec<String> {
        let mut names: Vec<String> = self.sets.labels();
        names.push(format!("Huidige aannames ({})", self.current.name));
        names
    }

    /// The index of `side` in [`Workspace::compare_choices`] (a set that
    /// left the list counts as the current assumptions).
    pub fn compare_choice_index(&self, side: CompareSide) -> usize {
        match side {
            CompareSide::Set(i) if i < self.sets.len() => i,
            _ => self.sets.len(),
        }
    }

    fn compare_inputs(&self, side: CompareSide) -> (String, Inputs) {
        match self.sets.get(self.compare_choice_index(side)) {
            Some(known) => (known.label(), known.set.inputs.clone()),
            None => (
                format!("Huidige aannames ({})", self.current.name),
                self.inputs.clone(),
            ),
        }
    }

    /// The open comparison, if any.
    pub fn comparison(&self) -> Option<(CompareSides, &Comparison)> {
        self.compare.as_ref().map(|(sides, c)| (*sides, c))
    }

    /// Opens the comparison (the report against the current assumptions)
    /// or closes it.
    pub fn toggle_compare(&mut self) {
        let sides = match self.compare {
            Some(_) => None,
            None => Some(CompareSides {
                a: CompareSide::Set(0),
                b: CompareSide::Current,
            }),
        };
        self.set_compare(sides);
    }

    /// Picks the set of side 0 (A) or 1 (B): an index into
    /// [`Workspace::compare_choices`].
    pub fn compare_with(&mut self, side: usize, choice: usize) {
        let chosen = if choice < self.sets.len() {
            CompareSide::Set(choice)
        } else {
            CompareSide::Current
        };
        if let Some((mut sides, _)) = self.compare.as_ref().map(|(s, c)| (*s, c)) {
            if side == 0 {
                sides.a = chosen;
            } else {
                sides.b = chosen;
            }
            self.set_compare(Some(sides));
        }
    }

    /// Compares the current assumptions (A) with `set` (B): the built-in
    /// set of that name, or the set from `path`, which joins the known
    /// sets (the command line's `--vergelijk-met`).
    pub fn compare_current_with(&mut self, set: AssumptionSet, path: Option<std::path::PathBuf>) {
        let index = match path {
            Some(path) => self.remember_set(KnownSet::file(set, path)),
            None => self.sets.builtin(set),
        };
        // The current assumptions by their set's name when they are that
        // known set unchanged.
        let a = match self.current_set_index() {
            Some(i) if self.sets.list()[i].set.inputs == self.inputs && i != index => {
                CompareSide::Set(i)
            }
            _ => CompareSide::Current,
        };
        self.set_compare(Some(CompareSides {
            a,
            b: CompareSide::Set(index),
        }));
    }

    fn set_compare(&mut self, sides: Option<CompareSides>) {
        self.compare = sides.map(|sides| (sides, self.comparison_for(sides)));
        self.bump();
    }

    fn comparison_for(&self, sides: CompareSides) -> Comparison {
        let (name_a, inputs_a) = self.compare_inputs(sides.a);
        let (name_b, inputs_b) = self.compare_inputs(sides.b);
        compare(self.datasets.base(), &name_a, &inputs_a, &name_b, &inputs_b)
    }

    fn update_comparison(&mut self) {
        if let Some((sides, _)) = self.compare {
            self.compare = Some((sides, self.comparison_for(sides)));
        }
    }

    /// Loads a data folder; on failure keeps the current data and returns
    /// the located problems.
    pub fn load_folder(&mut self, dir: &Path) -> Reply {
        match load_folder(dir) {
            Ok(folder) => {
                let name = folder.data.name.clone();
                self.replace_data(folder, format!("map {}", files::absolute(dir)));
                Reply::notice(Notice::info(format!("Gegevens geladen: {name}")))
            }
            Err(errors) => {
                let count = crate::format::problems(errors.len());
                let mut reply = Reply::refused("Gegevens niet geladen", errors);
                reply.notice = Some(Notice::error(format!(
                    "De map {} is niet geladen ({count}); de huidige gegevens blijven staan.",
                    dir.display()
                )));
                reply
            }
        }
    }

    /// Replaces the data set; the inputs start from its defaults. The theme,
    /// the recent files and the session file stay.
    pub fn replace_data(&mut self, folder: DataFolder, origin: String) {
        let dark = self.dark;
        let zoom = self.zoom;
        let user = self.user.take();
        let recent = self.sets.take_recent();
        let session = self.session.take();
        let revision = self.revision;
        *self = Self::new(folder, origin);
        self.dark = dark;
        self.zoom = zoom;
        self.user = user;
        self.sets.restore_recent(recent);
        self.session = session;
        self.revision = revision + 1;
    }
}
