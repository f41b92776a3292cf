//! The comparison screen: controls on the left, staffing, ranking and cost
//! profile side by side (or two assumption sets compared). Data flows one
//! way: views return changes and commands, the app applies them, records an
//! undo step and recomputes once.

use std::path::{Path, PathBuf};

use super::change::{Change, Command};
use super::choices_ui::choices_ui;
use super::compare_ui::compare_ui;
use super::cost_profile_ui::cost_profile_ui;
use super::dialogs::{DialogAnswer, Dialogs, NO_CHOOSER, Purpose};
use super::edit_buffers::EditBuffers;
use super::export::{self, ExportPhase};
use super::ranking_ui::ranking_ui;
use super::robustness_ui::{robustness_options_ui, robustness_ui};
use super::set_info_ui::set_info_ui;
use super::source_check_ui::source_check_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use super::style;
use super::supervision_ui::supervision_ui;
use super::view_model::{self, ViewModel};
use super::volumes_ui::volumes_ui;
use super::weights_ui::weights_ui;
use crate::fsutil::{atomic_write, today_dutch, write_error_message};
use crate::model::assumption_set::{AssumptionSet, parse_set, to_ron};
use crate::model::compare::{Comparison, compare};
use crate::model::errors::DataError;
use crate::model::robustness::{Robustness, RobustnessOptions, robustness};
use crate::model::source_check::{SourceCheck, source_check};
use crate::model::{DataSet, Inputs, Outcome, compute};
use crate::report::{ReportContext, csv_report};
use crate::session::{self, CurrentSet, History, Session, SessionFile, Snapshot};

/// A message in the window: what happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: false,
        }
    }
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: true,
        }
    }
}

/// A set the user can switch to: built in, or opened from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSet {
    pub set: AssumptionSet,
    pub path: Option<PathBuf>,
    pub builtin: bool,
}

/// Text size in presentation mode.
const PRESENTATION_SCALE: f32 = 1.2;

pub struct NmdApp {
    pub data: DataSet,
    pub data_origin: String,
    pub inputs: Inputs,
    pub outcome: Outcome,
    pub check: SourceCheck,
    pub view: ViewModel,
    pub buffers: EditBuffers,
    pub current: CurrentSet,
    /// Built-in sets first, then sets opened from files.
    pub sets: Vec<KnownSet>,
    pub recent: Vec<PathBuf>,
    pub history: History,
    /// Indices into `compare_choices()` for sides A and B, when comparing.
    pub compare: Option<(usize, usize)>,
    pub comparison: Option<Comparison>,
    pub presentation: bool,
    pub show_robustness: bool,
    /// Computed while the robustness panel is open, once per change.
    pub robustness: Option<Robustness>,
    pub show_source_check: bool,
    pub dark: bool,
    pub notice: Option<Notice>,
    /// Located problems of a data folder or set file that could not be used.
    pub load_errors: Vec<DataError>,
    pub load_errors_title: String,
    /// How often the model was recomputed (tests check it is not per frame).
    pub recompute_count: u64,
    dialogs: Dialogs,
    export: ExportPhase,
    applied_scale: Option<f32>,
    title_shown: String,
    time: f64,
    session_file: Option<SessionFile>,
    session_written_at: f64,
    session_error_shown: bool,
}

impl NmdApp {
    pub fn new(data: DataSet, data_origin: String) -> Self {
        let sets: Vec<KnownSet> = data
            .builtin_sets
            .iter()
            .map(|set| KnownSet {
                set: set.clone(),
                path: None,
                builtin: true,
            })
            .collect();
        let current = match sets.first() {
            Some(first) => current_from(&first.set, None, true),
            None => current_from(&AssumptionSet::report(&data, "Rapport"), None, true),
        };
        let inputs = current.saved_inputs.clone();
        let outcome = compute(&data, &inputs);
        let check = source_check(&data);
        let view = view_model::build(&data, &inputs, &outcome, &check);
        Self {
            data,
            data_origin,
            inputs,
            outcome,
            check,
            view,
            buffers: EditBuffers::default(),
            current,
            sets,
            recent: Vec::new(),
            history: History::default(),
            compare: None,
            comparison: None,
            presentation: false,
            show_robustness: false,
            robustness: None,
            show_source_check: false,
            dark: false,
            notice: None,
            load_errors: Vec::new(),
            load_errors_title: String::new(),
            recompute_count: 1,
            dialogs: Dialogs::default(),
            export: ExportPhase::Idle,
            applied_scale: None,
            title_shown: String::new(),
            time: 0.0,
            session_file: None,
            session_written_at: f64::NEG_INFINITY,
            session_error_shown: false,
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            inputs: self.inputs.clone(),
            current: self.current.clone(),
        }
    }

    fn restore_snapshot(&mut self, snapshot: Snapshot) {
        self.inputs = snapshot.inputs;
        self.current = snapshot.current;
        self.buffers = EditBuffers::default();
        self.recompute();
    }

    /// Applies the views' changes, records one undo step and recomputes
    /// once if anything changed.
    pub fn apply(&mut self, changes: Vec<Change>) {
        let Some(kind) = changes.first().map(Change::kind) else {
            return;
        };
        let before = self.snapshot();
        for change in changes {
            match change {
                Change::Weight { criterion, weight } => self.inputs.weights[criterion] = weight,
                Change::EqualWeights => {
                    self.inputs.weights = vec![rust_decimal::Decimal::ONE; self.data.criteria.len()]
                }
                Change::Choice { choice, option } => self.inputs.selection[choice] = option,
                Change::Volume {
                    segment,
                    year,
                    volume_mln,
                } => self.inputs.volumes_mln[segment][year] = volume_mln,
                Change::ResetVolumes => {
                    self.inputs.volumes_mln = Inputs::report_defaults(&self.data).volumes_mln
                }
                Change::Supervision(supervision) => self.inputs.supervision = supervision,
                Change::SmaaSeed(seed) => self.inputs.smaa_seed = seed,
                Change::Importance(order) => self.inputs.importance = order,
            }
        }
        if self.inputs != before.inputs {
            self.history.record(before, &kind, self.time);
            self.recompute();
        }
    }

    fn recompute(&mut self) {
        self.outcome = compute(&self.data, &self.inputs);
        self.view = view_model::build(&self.data, &self.inputs, &self.outcome, &self.check);
        self.recompute_count += 1;
        self.update_comparison();
        self.update_robustness();
    }

    fn update_robustness(&mut self) {
        self.robustness = self.show_robustness.then(|| {
            robustness(
                &self.data,
                &self.inputs,
                &RobustnessOptions::from_inputs(&self.inputs),
            )
        });
    }

    /// The names the comparison can pick from: the known sets, then the
    /// current assumptions.
    pub fn compare_choices(&self) -> Vec<String> {
        let mut names: Vec<String> = self.sets.iter().map(|k| k.set.name.clone()).collect();
        names.push(format!("Huidige aannames ({})", self.current.name));
        names
    }

    fn compare_inputs(&self, choice: usize) -> (String, Inputs) {
        match self.sets.get(choice) {
            Some(known) => (known.set.name.clone(), known.set.inputs.clone()),
            None => (
                format!("Huidige aannames ({})", self.current.name),
                self.inputs.clone(),
            ),
        }
    }

    fn update_comparison(&mut self) {
        self.comparison = self.compare.map(|(a, b)| {
            let (name_a, inputs_a) = self.compare_inputs(a);
            let (name_b, inputs_b) = self.compare_inputs(b);
            compare(&self.data, &name_a, &inputs_a, &name_b, &inputs_b)
        });
    }

    /// Replaces the data set (the inputs start from its defaults).
    pub fn replace_data(&mut self, data: DataSet, origin: String) {
        let name = data.name.clone();
        let dark = self.dark;
        let recent = std::mem::take(&mut self.recent);
        *self = Self::new(data, origin);
        self.dark = dark;
        self.recent = recent;
        self.notice = Some(Notice::info(format!("Gegevens geladen: {name}")));
    }

    pub fn is_dirty(&self) -> bool {
        self.current.is_dirty(&self.inputs)
    }

    pub fn window_title(&self) -> String {
        let star = if self.is_dirty() { " *" } else { "" };
        format!(
            "{}{star} – NMD-scenario's – {}",
            self.current.name, self.data.name
        )
    }

    /// Switches to a known set (an undo step).
    pub fn switch_set(&mut self, index: usize) {
        let Some(known) = self.sets.get(index).cloned() else {
            return;
        };
        let before = self.snapshot();
        self.inputs = known.set.inputs.clone();
        self.current = current_from(&known.set, known.path.clone(), known.builtin);
        self.buffers = EditBuffers::default();
        self.history.record(before, "switch set", f64::NEG_INFINITY);
        self.recompute();
    }

    /// Opens a set from a file. On failure nothing changes and the located
    /// problems are shown.
    pub fn open_set_file(&mut self, path: &Path) {
        let text = match crate::model::load::read_text_file(path) {
            Ok(text) => text,
            Err(e) => {
                self.show_errors("Set niet geopend", vec![e]);
                return;
            }
        };
        match parse_set(&self.data, &path.display().to_string(), &text) {
            Ok(opened) => {
                let known = KnownSet {
                    set: opened.set,
                    path: Some(path.to_path_buf()),
                    builtin: false,
                };
                let index = match self
                    .sets
                    .iter()
                    .position(|k| k.path.as_deref() == Some(path))
                {
                    Some(i) => {
                        self.sets[i] = known;
                        i
                    }
                    None => {
                        self.sets.push(known);
                        self.sets.len() - 1
                    }
                };
                self.remember_recent(path);
                self.switch_set(index);
                self.notice = Some(match opened.warning {
                    Some(w) => Notice::error(w),
                    None => Notice::info(format!("Set geopend: {}", self.current.name)),
                });
            }
            Err(errors) => self.show_errors("Set niet geopend", errors),
        }
    }

    fn show_errors(&mut self, title: &str, errors: Vec<DataError>) {
        self.notice = Some(Notice::error(format!(
            "{title}: {}; er is niets veranderd.",
            crate::format::problems(errors.len())
        )));
        self.load_errors_title = title.to_owned();
        self.load_errors = errors;
    }

    fn remember_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(8);
    }

    /// The current assumptions as a set, dated today.
    pub fn current_as_set(&self) -> AssumptionSet {
        AssumptionSet {
            name: self.current.name.clone(),
            author: self.current.author.clone(),
            date: today_dutch(),
            note: self.current.note.clone(),
            dataset: Some(crate::model::assumption_set::dataset_ref(&self.data)),
            inputs: self.inputs.clone(),
        }
    }

    /// Writes the current set to `path` (atomically) and makes it the saved
    /// state.
    pub fn save_set_to(&mut self, path: &Path) -> Result<(), String> {
        let set = self.current_as_set();
        let text = to_ron(&self.data, &set);
        atomic_write(path, text.as_bytes()).map_err(|e| {
            format!(
                "opslaan in {} mislukt: {}",
                path.display(),
                write_error_message(&e)
            )
        })?;
        self.current.path = Some(path.to_path_buf());
        self.current.builtin = false;
        self.current.date = set.date.clone();
        self.current.saved_inputs = self.inputs.clone();
        self.current.saved_info = self.current.info();
        let known = KnownSet {
            set,
            path: Some(path.to_path_buf()),
            builtin: false,
        };
        match self
            .sets
            .iter()
            .position(|k| k.path.as_deref() == Some(path))
        {
            Some(i) => self.sets[i] = known,
            None => self.sets.push(known),
        }
        self.remember_recent(path);
        Ok(())
    }

    /// The session to keep for the next start.
    pub fn session(&self) -> Session {
        let saved = AssumptionSet {
            name: self.current.saved_info.0.clone(),
            author: self.current.saved_info.1.clone(),
            date: self.current.date.clone(),
            note: self.current.saved_info.2.clone(),
            dataset: Some(crate::model::assumption_set::dataset_ref(&self.data)),
            inputs: self.current.saved_inputs.clone(),
        };
        let mut current = self.current_as_set();
        current.date = self.current.date.clone();
        Session {
            version: session::SESSION_VERSION,
            current: to_ron(&self.data, &current),
            saved: to_ron(&self.data, &saved),
            path: self.current.path.as_ref().map(|p| p.display().to_string()),
            builtin: self.current.builtin,
            recent: self
                .recent
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            dark: self.dark,
        }
    }

    /// Restores a stored session; anything unusable leaves the report's
    /// assumptions in place with a message.
    pub fn restore_session(&mut self, text: &str) {
        let restored = match session::restore(&self.data, text) {
            Ok(r) => r,
            Err(why) => {
                self.notice = Some(Notice::error(format!(
                    "De vorige sessie is niet hersteld ({why}); het programma begint met de aannames van het rapport."
                )));
                return;
            }
        };
        let session::Restored {
            session: stored,
            current,
            saved,
        } = restored;
        self.dark = stored.dark;
        self.recent = session::recent_paths(&stored);
        for path in self.recent.clone() {
            if let Ok(text) = crate::model::load::read_text_file(&path)
                && let Ok(opened) = parse_set(&self.data, &path.display().to_string(), &text)
                && !self
                    .sets
                    .iter()
                    .any(|k| k.path.as_deref() == Some(path.as_path()))
            {
                self.sets.push(KnownSet {
                    set: opened.set,
                    path: Some(path),
                    builtin: false,
                });
            }
        }
        let path = stored.path.map(PathBuf::from);
        self.current = current_from(&saved.set, path, stored.builtin);
        self.current.name = current.set.name.clone();
        self.current.author = current.set.author.clone();
        self.current.note = current.set.note.clone();
        self.inputs = current.set.inputs;
        self.recompute();
        if let Some(w) = current.warning {
            self.notice = Some(Notice::error(w));
        }
    }

    /// Keeps the session in `file` from now on: restores what it holds and
    /// writes every change to it (atomically, at most once a second).
    pub fn keep_session_in(&mut self, mut file: SessionFile) {
        if let Some(text) = file.read() {
            self.restore_session(&text);
        }
        self.session_file = Some(file);
    }

    /// Writes the session file if the session changed. Called every frame;
    /// `force` skips the once-a-second limit (on exit). Returns false when
    /// the limit postponed the write (the caller asks for a later frame).
    pub fn persist_session(&mut self, force: bool) -> bool {
        if !force && self.time - self.session_written_at < 1.0 {
            return false;
        }
        let Some(mut file) = self.session_file.take() else {
            return true;
        };
        let text = session::to_text(&self.session());
        match file.write_if_changed(&text) {
            Ok(_) => self.session_error_shown = false,
            Err(e) if !self.session_error_shown => {
                self.session_error_shown = true;
                self.notice = Some(Notice::error(format!(
                    "De sessie kon niet worden bewaard in {} ({}); uw werk staat nog in het venster. Bewaar het als aannameset.",
                    file.path().display(),
                    write_error_message(&e)
                )));
            }
            Err(_) => {}
        }
        self.session_written_at = self.time;
        self.session_file = Some(file);
        true
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::OpenSourceCheck => self.show_source_check = true,
            Command::ToggleTheme => self.dark = !self.dark,
            Command::OpenDataFolder => self.dialogs.pick_folder(ctx),
            Command::SaveImage => {
                if !self.export.is_busy() && !self.dialogs.is_open() {
                    self.export = ExportPhase::FooterShown { frames: 0 };
                    ctx.request_repaint();
                }
            }
            Command::OpenSet => self.dialogs.open_set(ctx),
            Command::SaveSet => match (&self.current.path, self.current.builtin) {
                (Some(path), false) => {
                    let path = path.clone();
                    self.notice = Some(match self.save_set_to(&path) {
                        Ok(()) => Notice::info(format!("Set opgeslagen: {}", path.display())),
                        Err(e) => Notice::error(format!("Set niet opgeslagen: {e}")),
                    });
                }
                _ => self.run_command(ctx, Command::SaveSetAs),
            },
            Command::SaveSetAs => self.dialogs.save_file(
                ctx,
                Purpose::SaveSet,
                "Aannameset opslaan",
                ("Aannameset (RON)", "ron"),
                file_name_for(&self.current.name, "ron"),
            ),
            Command::SaveCsv => self.dialogs.save_file(
                ctx,
                Purpose::SaveCsv,
                "CSV opslaan",
                ("CSV voor Excel", "csv"),
                file_name_for(&self.current.name, "csv"),
            ),
            Command::SwitchSet(index) => self.switch_set(index),
            Command::BackToReport => self.switch_set(0),
            Command::Undo => {
                if let Some(previous) = self.history.undo(self.snapshot()) {
                    self.restore_snapshot(previous);
                }
            }
            Command::Redo => {
                if let Some(next) = self.history.redo(self.snapshot()) {
                    self.restore_snapshot(next);
                }
            }
            Command::ToggleCompare => {
                self.compare = match self.compare {
                    Some(_) => None,
                    None => Some((0, self.sets.len())),
                };
                self.update_comparison();
            }
            Command::CompareWith { side, choice } => {
                if let Some((a, b)) = &mut self.compare {
                    if side == 0 {
                        *a = choice;
                    } else {
                        *b = choice;
                    }
                }
                self.update_comparison();
            }
            Command::ToggleRobustness => {
                self.show_robustness = !self.show_robustness;
                self.update_robustness();
            }
            Command::TogglePresentation => {
                self.presentation = !self.presentation;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.presentation));
            }
            Command::SetInfo { name, author, note } => {
                let before = self.snapshot();
                self.current.name = name;
                self.current.author = author;
                self.current.note = note;
                self.history.record(before, "set info", self.time);
            }
        }
    }

    /// Moves a running export along; called every frame.
    fn advance_export(&mut self, ctx: &egui::Context) {
        match &mut self.export {
            ExportPhase::Idle | ExportPhase::ChoosingPath(_) => {}
            ExportPhase::FooterShown { frames } => {
                *frames += 1;
                if *frames >= 2 {
                    self.export = ExportPhase::WaitingForImage(export::request_image(ctx));
                }
                ctx.request_repaint();
            }
            ExportPhase::WaitingForImage(receiver) => {
                if let Ok(image) = receiver.try_recv() {
                    self.export = ExportPhase::ChoosingPath(image);
                    self.dialogs.save_png(ctx, export::default_file_name());
                }
            }
        }
    }

    fn handle_dialog_answer(&mut self, answer: DialogAnswer) {
        let unavailable = answer.probably_unavailable;
        match answer.purpose {
            Purpose::OpenDataFolder => match answer.path {
                Some(dir) => self.load_folder(dir),
                None if unavailable => {
                    self.notice = Some(Notice::error(format!(
                        "{NO_CHOOSER} Start het programma met --data MAP om een andere map te laden."
                    )))
                }
                None => {}
            },
            Purpose::OpenSet => match answer.path {
                Some(path) => self.open_set_file(&path),
                None if unavailable => {
                    self.notice = Some(Notice::error(format!(
                        "{NO_CHOOSER} Sleep het setbestand op het venster om het te openen."
                    )))
                }
                None => {}
            },
            Purpose::SaveSet => {
                let path = match answer.path {
                    Some(path) => Some(with_extension(path, "ron")),
                    None if unavailable => Some(fallback_path(&self.current.name, "ron")),
                    None => None,
                };
                if let Some(path) = path {
                    self.notice = Some(match self.save_set_to(&path) {
                        Ok(()) if unavailable => Notice::info(format!(
                            "{NO_CHOOSER} De set is opgeslagen als {}.",
                            absolute(&path)
                        )),
                        Ok(()) => Notice::info(format!("Set opgeslagen: {}", absolute(&path))),
                        Err(e) => Notice::error(format!("Set niet opgeslagen: {e}")),
                    });
                }
            }
            Purpose::SaveCsv => {
                let path = match answer.path {
                    Some(path) => Some(with_extension(path, "csv")),
                    None if unavailable => Some(fallback_path(&self.current.name, "csv")),
                    None => None,
                };
                if let Some(path) = path {
                    let ctx = ReportContext {
                        data: &self.data,
                        data_origin: &self.data_origin,
                        inputs: &self.inputs,
                        outcome: &self.outcome,
                        check: &self.check,
                        set_name: Some(&self.current.name),
                        robustness: None,
                    };
                    let csv = csv_report(&ctx);
                    self.notice = Some(match atomic_write(&path, csv.as_bytes()) {
                        Ok(()) if unavailable => Notice::info(format!(
                            "{NO_CHOOSER} De CSV is opgeslagen als {}.",
                            absolute(&path)
                        )),
                        Ok(()) => Notice::info(format!("CSV opgeslagen: {}", absolute(&path))),
                        Err(e) => Notice::error(format!(
                            "CSV niet opgeslagen in {}: {}",
                            path.display(),
                            write_error_message(&e)
                        )),
                    });
                }
            }
            Purpose::SaveImage => {
                let ExportPhase::ChoosingPath(image) = std::mem::take(&mut self.export) else {
                    return;
                };
                let path = match answer.path {
                    Some(path) => Some(with_extension(path, "png")),
                    None if unavailable => Some(export::fallback_path()),
                    None => None,
                };
                let Some(path) = path else {
                    self.notice = Some(Notice::info("Afbeelding niet opgeslagen (geannuleerd)."));
                    return;
                };
                self.notice = Some(match export::write_png(&image, &path) {
                    Ok(()) if unavailable => Notice::info(format!(
                        "{NO_CHOOSER} De afbeelding is opgeslagen als {}.",
                        absolute(&path)
                    )),
                    Ok(()) => Notice::info(format!("Afbeelding opgeslagen: {}", absolute(&path))),
                    Err(e) => Notice::error(format!("Afbeelding niet opgeslagen: {e}")),
                });
            }
        }
    }

    /// Loads a data folder; on failure keeps the current data and shows the
    /// located problems.
    pub fn load_folder(&mut self, dir: PathBuf) {
        match crate::model::load::load_dir(&dir) {
            Ok(data) => self.replace_data(data, format!("map {}", dir.display())),
            Err(errors) => {
                self.show_errors("Gegevens niet geladen", errors);
                self.notice = Some(Notice::error(format!(
                    "De map {} is niet geladen ({}); de huidige gegevens blijven staan.",
                    dir.display(),
                    crate::format::problems(self.load_errors.len())
                )));
            }
        }
    }

    fn keyboard(&mut self, ctx: &egui::Context) -> Vec<Command> {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let mut commands = Vec::new();
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::F11) {
                commands.push(Command::TogglePresentation);
            }
            if self.presentation && i.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::TogglePresentation);
            }
            if typing {
                return;
            }
            let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
            let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
            let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
            let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
            if i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y) {
                commands.push(Command::Redo);
            } else if i.consume_shortcut(&undo) {
                commands.push(Command::Undo);
            }
            if i.consume_shortcut(&save) {
                commands.push(Command::SaveSet);
            }
            if self.presentation && !self.sets.is_empty() {
                let index = self.current_set_index();
                let n = self.sets.len();
                if i.consume_key(Modifiers::NONE, Key::ArrowRight) {
                    commands.push(Command::SwitchSet(index.map_or(0, |k| (k + 1) % n)));
                }
                if i.consume_key(Modifiers::NONE, Key::ArrowLeft) {
                    commands.push(Command::SwitchSet(index.map_or(0, |k| (k + n - 1) % n)));
                }
            }
        });
        commands
    }

    /// The known set the current one was opened from, if unchanged in name.
    pub fn current_set_index(&self) -> Option<usize> {
        self.sets.iter().position(|k| {
            k.set.name == self.current.saved_info.0
                && k.path == self.current.path
                && k.builtin == self.current.builtin
        })
    }

    /// The whole window. Used by eframe and by the tests' harness.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.time = ctx.input(|i| i.time);
        let scale = if self.presentation {
            PRESENTATION_SCALE
        } else {
            1.0
        };
        if self.applied_scale != Some(scale) {
            style::apply_text_sizes(&ctx, scale);
            self.applied_scale = Some(scale);
        }
        ctx.set_theme(if self.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        if let Some(answer) = self.dialogs.poll() {
            self.handle_dialog_answer(answer);
        }
        self.advance_export(&ctx);
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped {
            if path.is_dir() {
                self.load_folder(path);
            } else {
                self.open_set_file(&path);
            }
        }

        let mut changes = Vec::new();
        let mut commands = self.keyboard(&ctx);

        egui::Panel::top("top_bar").show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui));
        });
        if self.export.footer_visible() {
            let set_name = match &self.comparison {
                Some(c) => format!("vergelijking A = {} · B = {}", c.name_a, c.name_b),
                None => format!(
                    "{}{}",
                    self.current.name,
                    if self.is_dirty() {
                        " (niet opgeslagen)"
                    } else {
                        ""
                    }
                ),
            };
            let lines =
                export::footer_lines(&self.data, &self.data_origin, &self.inputs, Some(&set_name));
            egui::Panel::bottom("export_footer").show(ui, |ui| export::footer_ui(ui, &lines));
        }
        egui::Panel::left("controls")
            .resizable(true)
            .default_size(if self.presentation { 340.0 } else { 360.0 })
            .min_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    changes.extend(weights_ui(
                        ui,
                        &self.data,
                        &self.inputs,
                        &self.view,
                        &mut self.buffers,
                    ));
                    if self.presentation {
                        return;
                    }
                    ui.separator();
                    changes.extend(choices_ui(ui, &self.data, &self.inputs));
                    if self.data.supervision_block.is_some() {
                        ui.separator();
                        changes.extend(supervision_ui(
                            ui,
                            &self.data,
                            &self.inputs,
                            &self.view.four_eyes_warnings,
                            &mut self.buffers,
                        ));
                    }
                    ui.separator();
                    egui::CollapsingHeader::new(
                        egui::RichText::new("Volumes per segment (€ mln)").heading(),
                    )
                    .default_open(false)
                    .show(ui, |ui| {
                        changes.extend(volumes_ui(ui, &self.data, &self.inputs, &mut self.buffers));
                    });
                    egui::CollapsingHeader::new(egui::RichText::new("Over deze set").heading())
                        .default_open(false)
                        .show(ui, |ui| {
                            commands.extend(set_info_ui(
                                ui,
                                &self.current.name,
                                &self.current.author,
                                &self.current.note,
                                self.current.builtin,
                            ));
                        });
                    if let Some(message) = &self.buffers.message {
                        ui.colored_label(ui.visuals().error_fg_color, message);
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| match (&self.compare, &self.comparison) {
            (Some((a, b)), Some(comparison)) => {
                let choices = self.compare_choices();
                commands.extend(compare_ui(ui, &self.data, &choices, *a, *b, comparison));
            }
            _ => {
                // Laid out to fit the window; should the text be too large
                // for it (presenting on a small screen), the rest scrolls.
                let size = ui.available_size();
                egui::ScrollArea::vertical()
                    .id_salt("main_views")
                    .show(ui, |ui| {
                        let (c, ch) = self.main_views_ui(ui, size);
                        commands.extend(c);
                        changes.extend(ch);
                    });
            }
        });

        let mut open = self.show_source_check;
        if open {
            egui::Window::new("Bronnencontrole")
                .open(&mut open)
                .default_size([760.0, 520.0])
                .vscroll(false)
                .show(&ctx, |ui| source_check_ui(ui, &self.data, &self.check));
        }
        self.show_source_check = open;
        if !self.load_errors.is_empty() {
            let mut keep = true;
            egui::Window::new(self.load_errors_title.clone())
                .collapsible(false)
                .default_size([760.0, 360.0])
                .show(&ctx, |ui| {
                    ui.label("Het bestand of de map bevat fouten. Er is niets veranderd; de huidige gegevens blijven staan.");
                    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                        for error in &self.load_errors {
                            ui.label(egui::RichText::new(error.to_string()).monospace());
                        }
                    });
                    if ui.button("Sluiten").clicked() {
                        keep = false;
                    }
                });
            if !keep {
                self.load_errors.clear();
            }
        }
        if !self.export.is_busy() {
            self.notice_ui(&ctx);
        }
        self.apply(changes);
        for command in commands {
            self.run_command(&ctx, command);
        }
        if !self.persist_session(false) {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal(|ui| {
            ui.heading(
                egui::RichText::new(format!("Scenario's {}", self.data.organisation)).strong(),
            );
            let star = if self.is_dirty() { " *" } else { "" };
            let selected = self.current_set_index();
            egui::ComboBox::from_id_salt("set_picker")
                .selected_text(format!("{}{star}", self.current.name))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for (i, known) in self.sets.iter().enumerate() {
                        let label = if known.builtin {
                            known.set.name.clone()
                        } else {
                            format!("{} (bestand)", known.set.name)
                        };
                        if ui.selectable_label(selected == Some(i), label).clicked() {
                            commands.push(Command::SwitchSet(i));
                        }
                    }
                })
                .response
                .accessible_name("Aannameset")
                .on_hover_text(self.current_set_tooltip());
            if self.presentation {
                ui.label(egui::RichText::new("Pijltjestoetsen links/rechts: andere set").weak());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Presentatie verlaten (F11)").clicked() {
                        commands.push(Command::TogglePresentation);
                    }
                });
                return;
            }
            if ui
                .add_enabled(self.history.can_undo(), egui::Button::new("Ongedaan maken"))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(self.history.can_redo(), egui::Button::new("Opnieuw"))
                .on_hover_text("Ctrl+Shift+Z")
                .clicked()
            {
                commands.push(Command::Redo);
            }
            if ui
                .button("Terug naar rapport")
                .on_hover_text("De aannames van het rapport (de eerste ingebouwde set)")
                .clicked()
            {
                commands.push(Command::BackToReport);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.menu_button("Beeld", |ui| {
                    let compare = if self.compare.is_some() {
                        "Vergelijken sluiten"
                    } else {
                        "Twee sets vergelijken"
                    };
                    if ui.button(compare).clicked() {
                        commands.push(Command::ToggleCompare);
                    }
                    if ui.button("Presentatie (F11)").clicked() {
                        commands.push(Command::TogglePresentation);
                    }
                    if ui.button("Bronnencontrole").clicked() {
                        commands.push(Command::OpenSourceCheck);
                    }
                    let robustness = if self.show_robustness {
                        "Robuustheid verbergen"
                    } else {
                        "Robuustheid van de rangorde"
                    };
                    if ui.button(robustness).clicked() {
                        commands.push(Command::ToggleRobustness);
                    }
                    let theme = if self.dark {
                        "Licht thema"
                    } else {
                        "Donker thema"
                    };
                    if ui.button(theme).clicked() {
                        commands.push(Command::ToggleTheme);
                    }
                });
                ui.menu_button("Bestand", |ui| {
                    if ui.button("Set openen…").clicked() {
                        commands.push(Command::OpenSet);
                    }
                    if ui.button("Set opslaan (Ctrl+S)").clicked() {
                        commands.push(Command::SaveSet);
                    }
                    if ui.button("Set opslaan als…").clicked() {
                        commands.push(Command::SaveSetAs);
                    }
                    ui.separator();
                    if ui
                        .add_enabled(
                            !self.export.is_busy(),
                            egui::Button::new("Afbeelding opslaan…"),
                        )
                        .clicked()
                    {
                        commands.push(Command::SaveImage);
                    }
                    if ui.button("CSV opslaan…").clicked() {
                        commands.push(Command::SaveCsv);
                    }
                    ui.separator();
                    if ui
                        .add_enabled(
                            !self.dialogs.is_open(),
                            egui::Button::new("Gegevens openen…"),
                        )
                        .clicked()
                    {
                        commands.push(Command::OpenDataFolder);
                    }
                });
                if ui
                    .add_enabled(
                        !self.export.is_busy(),
                        egui::Button::new("Afbeelding opslaan…"),
                    )
                    .on_hover_text("Sla het venster op als PNG, met de aannames eronder")
                    .clicked()
                {
                    commands.push(Command::SaveImage);
                }
            });
        });
        commands
    }

    fn current_set_tooltip(&self) -> String {
        let mut text = format!("Aannameset: {}", self.current.name);
        if !self.current.author.is_empty() {
            text.push_str(&format!("\nAuteur: {}", self.current.author));
        }
        if !self.current.date.is_empty() {
            text.push_str(&format!("\nDatum: {}", self.current.date));
        }
        if let Some(path) = &self.current.path {
            text.push_str(&format!("\nBestand: {}", path.display()));
        }
        if !self.current.note.is_empty() {
            text.push_str(&format!("\n{}", self.current.note));
        }
        if self.is_dirty() {
            text.push_str("\n\nEr zijn wijzigingen die nog niet zijn opgeslagen.");
        }
        text
    }

    /// The current notice, floating above the bottom of the window so the
    /// layout does not move; errors stay until closed.
    fn notice_ui(&mut self, ctx: &egui::Context) {
        let Some(notice) = self.notice.clone() else {
            return;
        };
        egui::Area::new(egui::Id::unique("notice"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -16.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(900.0);
                    ui.horizontal(|ui| {
                        let colour = if notice.is_error {
                            ui.visuals().error_fg_color
                        } else {
                            ui.visuals().strong_text_color()
                        };
                        ui.add(
                            egui::Label::new(egui::RichText::new(&notice.text).color(colour))
                                .wrap(),
                        );
                        if ui.button("Melding sluiten").clicked() {
                            self.notice = None;
                        }
                    });
                });
            });
    }

    /// The views in a window area of `size` (the visible part, also when
    /// `ui` scrolls).
    fn main_views_ui(
        &mut self,
        ui: &mut egui::Ui,
        size: egui::Vec2,
    ) -> (Vec<Command>, Vec<Change>) {
        let mut commands = Vec::new();
        let mut changes = Vec::new();
        let gap = 16.0;
        if size.x >= 1400.0 {
            // Wide screens: three columns.
            let widths = [size.x * 0.37, size.x * 0.28, size.x * 0.35 - 2.0 * gap];
            ui.horizontal_top(|ui| {
                column(ui, widths[0], size.y, |ui| {
                    commands.extend(staffing_plot_ui(ui, &self.data, &self.view, size.y * 0.75));
                });
                ui.add_space(gap);
                column(ui, widths[1], size.y, |ui| {
                    commands.extend(ranking_ui(ui, &self.data, &self.view, self.show_robustness));
                });
                ui.add_space(gap);
                column(ui, widths[2], size.y, |ui| {
                    let (c, ch) = self.cost_or_robustness_ui(ui);
                    commands.extend(c);
                    changes.extend(ch);
                });
            });
        } else {
            // 1366×768 and similar: staffing and ranking above, cost profile below.
            // The cost table needs a fixed height; the charts get the rest.
            // Row and heading heights follow the text size (larger when presenting).
            let row_height = ui.text_style_height(&egui::TextStyle::Body).max(20.0) + 7.0;
            let heading_height = ui.text_style_height(&egui::TextStyle::Heading) + 14.0;
            let rows = self.data.cost_profile.components.len() as f32 + 1.0;
            let cost_height = heading_height + row_height * rows;
            let top = (size.y - cost_height - 12.0).max(240.0);
            ui.horizontal_top(|ui| {
                column(ui, size.x * 0.55, top, |ui| {
                    commands.extend(staffing_plot_ui(ui, &self.data, &self.view, top));
                });
                ui.add_space(gap);
                column(ui, size.x * 0.45 - gap, top, |ui| {
                    commands.extend(ranking_ui(ui, &self.data, &self.view, self.show_robustness));
                });
            });
            ui.separator();
            let (c, ch) = self.cost_or_robustness_ui(ui);
            commands.extend(c);
            changes.extend(ch);
        }
        (commands, changes)
    }

    /// The cost profile, or, while it is open, the robustness analysis in
    /// its place (next to the ranking it explains).
    fn cost_or_robustness_ui(&mut self, ui: &mut egui::Ui) -> (Vec<Command>, Vec<Change>) {
        let mut commands = Vec::new();
        let mut changes = Vec::new();
        match (self.show_robustness, &self.robustness) {
            (true, Some(result)) => {
                ui.horizontal(|ui| {
                    ui.heading("Robuustheid van de rangorde");
                    if ui
                        .button("Terug naar kostenprofiel")
                        .on_hover_text("Robuustheid verbergen")
                        .clicked()
                    {
                        commands.push(Command::ToggleRobustness);
                    }
                });
                egui::ScrollArea::vertical()
                    .id_salt("robustness_scroll")
                    .show(ui, |ui| {
                        changes.extend(robustness_options_ui(
                            ui,
                            &self.data,
                            &self.inputs,
                            &mut self.buffers,
                        ));
                        robustness_ui(ui, &self.data, result);
                    });
            }
            _ => cost_profile_ui(ui, &self.data),
        }
        (commands, changes)
    }
}

fn current_from(set: &AssumptionSet, path: Option<PathBuf>, builtin: bool) -> CurrentSet {
    CurrentSet {
        name: set.name.clone(),
        author: set.author.clone(),
        date: set.date.clone(),
        note: set.note.clone(),
        path,
        builtin,
        saved_inputs: set.inputs.clone(),
        saved_info: (set.name.clone(), set.author.clone(), set.note.clone()),
    }
}

/// A top-down area of exactly `width` (and up to `height`, more if its
/// content needs it) inside a horizontal row. Content wider than the column
/// is clipped at its edge rather than pushing the next column (and, through
/// it, the cost profile) off the right edge of the window.
fn column(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    let clip = ui.clip_rect();
    child
        .set_clip_rect(egui::Rect::from_x_y_ranges(rect.x_range(), clip.y_range()).intersect(clip));
    child.set_width(width);
    add(&mut child);
    let used = egui::Rect::from_min_size(rect.min, egui::vec2(width, child.min_rect().height()));
    ui.advance_cursor_after_rect(used);
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path
    } else {
        path.with_extension(extension)
    }
}

/// "Klankbordgroep toezicht en kwaliteit" → "klankbordgroep-toezicht-en-kwaliteit.ron"
pub fn file_name_for(name: &str, extension: &str) -> String {
    let mut stem: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    let stem = stem.trim_matches('-');
    format!(
        "{}.{extension}",
        if stem.is_empty() { "aannameset" } else { stem }
    )
}

/// Where to save without a file chooser: the current folder, never over an
/// existing file.
fn fallback_path(name: &str, extension: &str) -> PathBuf {
    let base = file_name_for(name, extension);
    let stem = base.trim_end_matches(&format!(".{extension}")).to_owned();
    let mut path = PathBuf::from(&base);
    let mut n = 2;
    while path.exists() {
        path = PathBuf::from(format!("{stem}-{n}.{extension}"));
        n += 1;
    }
    path
}

fn absolute(path: &Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

impl eframe::App for NmdApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let title = self.window_title();
        if self.title_shown != title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
        self.ui_root(ui);
        if std::env::var_os(super::FIRST_FRAME_ENV).is_some() && ui.ctx().cumulative_frame_nr() == 1
        {
            if let Some(start) = super::PROCESS_START.get() {
                println!("eerste frame na {} ms", start.elapsed().as_millis());
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.persist_session(true);
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(10)
    }
}
