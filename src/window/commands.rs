//! What the shell does for a command: workspace operations, dialogs (on
//! their own threads), the image export, and the answers of dialogs, which
//! write files. Every outcome is said in a notice.

use std::path::PathBuf;

use super::app::NmdApp;
use super::dialogs::{DialogAnswer, NO_CHOOSER, Purpose};
use super::export::{self, ExportPhase};
use crate::export::figure::figure_spec;
use crate::ui::actions::{Change, Command, Screen};
use crate::workspace::Notice;
use crate::workspace::files::{
    absolute, atomic_write, file_name_for, free_path, with_extension, write_failure,
};

impl NmdApp {
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        let state = &mut self.window.state;
        match command {
            Command::ShowTab(tab) => state.tab = tab,
            Command::ShowCostsPeriod(period) => state.costs_period = period,
            Command::ShowCostParticipant(who) => state.cost_participant = who,
            Command::ToggleSidePanel => state.weights_shown = !state.weights_shown,
            Command::ToggleTheme => {
                let dark = !self.workspace.dark();
                self.workspace.set_dark(dark);
            }
            Command::OpenDataFolder => self.window.dialogs.pick_folder(ctx),
            Command::SaveImage(kind) => self.save_image(ctx, kind),
            Command::SaveAppendix => self.save_appendix(ctx),
            Command::SaveWorkbook => self.save_workbook(ctx),
            Command::OpenSet => self.window.dialogs.open_set(ctx),
            Command::ImportProfiles => self.window.dialogs.import_profiles(ctx),
            // Ctrl+S on a set of the user's own file saves at once; a
            // built-in set, another's changed set, or one without a name
            // for its author first gets the dialog.
            Command::SaveSet if self.workspace.can_save_in_place() => {
                if let Some(notice) = self.workspace.save_in_place() {
                    self.say(notice);
                }
            }
            Command::SaveSet | Command::SaveSetAs => {
                self.window.pending_save_in_place = command == Command::SaveSet;
                self.window.state.saving = true;
                self.dialog_opens(ctx);
            }
            Command::SaveDetailsGiven { name, author, note } => {
                self.save_details_given(ctx, name, author, note);
            }
            Command::SaveDetailsCancelled => self.save_details_cancelled(ctx),
            Command::SaveCsv => self.save_csv(ctx),
            Command::SwitchSet(index) => self.workspace.switch_set(index),
            Command::BackToReport => self.workspace.back_to_report(),
            Command::Undo => self.workspace.undo(),
            Command::Redo => self.workspace.redo(),
            Command::ToggleCompare => {
                let opening = self.view().is_none_or(|v| v.comparison.is_none());
                self.workspace.toggle_compare();
                self.overlay_toggled(ctx, false, opening);
            }
            Command::CompareWith { side, choice } => self.workspace.compare_with(side, choice),
            Command::TogglePresentation => self.toggle_presentation(ctx),
            Command::SlideRows { screen, rows } => self.slide_rows_measured(ctx, screen, rows),
            Command::NextSlide => self.step_slide(true),
            Command::PreviousSlide => self.step_slide(false),
            Command::OpenExample(key) => {
                let reply = self.workspace.open_example(&key);
                self.show_reply(reply);
            }
            Command::OpenBuiltinData(key) => {
                let reply = self.workspace.load_builtin_data(&key);
                self.show_reply(reply);
            }
            Command::CloseNotice => self.window.notice = None,
            Command::ShowAbout => {
                self.dialog_opens(ctx);
                self.window.state.about = true;
            }
            Command::CloseAbout => {
                self.window.state.about = false;
                self.dialog_closes();
            }
            Command::ShowKeys => {
                self.dialog_opens(ctx);
                self.window.state.keys = true;
            }
            Command::CloseKeys => {
                self.window.state.keys = false;
                self.dialog_closes();
            }
            Command::ShowDerivation(chart) => {
                self.dialog_opens(ctx);
                self.window.state.derivation = Some(chart);
            }
            Command::CloseDerivation => {
                self.window.state.derivation = None;
                self.dialog_closes();
            }
            Command::CloseProblems => {
                self.window.problems = None;
                self.dialog_closes();
            }
        }
    }

    /// One export at a time, and none while a dialog is open: its bytes
    /// made on a thread (`start`), then the save dialog.
    fn start_export(&mut self, ctx: &egui::Context, start: impl FnOnce(&mut Self) -> ExportPhase) {
        if self.window.export.is_busy() || self.window.dialogs.is_open() {
            return;
        }
        self.window.export = start(self);
        if let ExportPhase::Rendering(_, kind) = &self.window.export
            && let Some(making) = kind.making()
        {
            self.say(Notice::info(making));
        }
        ctx.request_repaint();
    }

    /// A figure of `kind`.
    fn save_image(&mut self, ctx: &egui::Context, kind: Screen) {
        self.start_export(ctx, |app| {
            let mut spec = figure_spec(&app.workspace.snapshot(), kind);
            // The year the user chose for the Lasten bars.
            spec.view.window.costs_period = app.window.state.costs_period;
            spec.view.window.cost_participant = app.window.state.cost_participant;
            export::start_figure(ctx, spec)
        });
    }

    /// The Word appendix, with its figures.
    fn save_appendix(&mut self, ctx: &egui::Context) {
        self.start_export(ctx, |app| {
            let job = crate::export::appendix::AppendixJob::from_snapshot(app.workspace.snapshot());
            export::start_appendix(ctx, job)
        });
    }

    fn save_workbook(&mut self, ctx: &egui::Context) {
        self.start_export(ctx, |app| {
            export::start_workbook(ctx, app.workspace.snapshot())
        });
    }

    fn save_csv(&mut self, ctx: &egui::Context) {
        self.start_export(ctx, |app| export::start_csv(ctx, app.workspace.snapshot()));
    }

    /// The save dialog answered: save in place, or ask for the file.
    fn save_details_given(
        &mut self,
        ctx: &egui::Context,
        name: String,
        author: String,
        note: String,
    ) {
        self.window.state.saving = false;
        self.dialog_closes();
        let in_place = std::mem::take(&mut self.window.pending_save_in_place);
        if in_place && self.workspace.can_save_in_place() {
            self.take_save_details(name, author, note);
            if let Some(notice) = self.workspace.save_in_place() {
                self.say(notice);
            }
        } else {
            // Name, author and note count once the set is saved: a
            // cancelled file chooser leaves the set as it was.
            self.window.pending_save_details = Some((name, author, note));
            self.choose_set_file(ctx);
        }
    }

    fn save_details_cancelled(&mut self, ctx: &egui::Context) {
        self.window.state.saving = false;
        self.dialog_closes();
        self.window.pending_save_in_place = false;
        crate::ui::save_dialog_ui::forget_save_form(ctx);
        self.say(Notice::info("Niet opgeslagen (geannuleerd)."));
    }

    fn toggle_presentation(&mut self, ctx: &egui::Context) {
        let slides = self.view().map(|v| v.slides()).unwrap_or_default();
        let opening = !self.window.state.presentation;
        self.overlay_toggled(ctx, true, opening);
        let state = &mut self.window.state;
        state.presentation = !state.presentation;
        // Every presentation starts at its first slide (the comparison,
        // while two sets are compared).
        if state.presentation {
            state.slide = slides.first().copied().unwrap_or_default();
        }
        // What was said to the user at the desk is not for the room; an
        // error stays until it is closed.
        if state.presentation && self.window.notice.as_ref().is_some_and(|n| !n.is_error) {
            self.window.notice = None;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(state.presentation));
    }

    /// A slide measured how many rows fit: drawn again at once with its
    /// pages, and the page shown stays one that exists.
    fn slide_rows_measured(&mut self, ctx: &egui::Context, screen: Screen, rows: usize) {
        let items = self
            .view
            .as_ref()
            .and_then(|v| v.slide_items(screen))
            .unwrap_or(0);
        let state = &mut self.window.state;
        state.slide_rows.set(screen, rows);
        ctx.request_repaint();
        if state.slide.screen == screen {
            let pages = items.div_ceil(state.slide_rows.get(screen)).max(1);
            state.slide.page = state.slide.page.min(pages - 1);
        }
    }

    /// The next (or previous) slide, round the end.
    fn step_slide(&mut self, forward: bool) {
        let slides = self.view().map(|v| v.slides()).unwrap_or_default();
        if slides.is_empty() {
            return;
        }
        let state = &mut self.window.state;
        let at = slides.iter().position(|&s| s == state.slide).unwrap_or(0);
        let n = slides.len();
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        state.slide = slides[next];
    }

    /// The file chooser for the set (its name as the file name).
    /// The save dialog's name, author and note become the set's (one undo
    /// step), and the author the remembered user.
    fn take_save_details(&mut self, name: String, author: String, note: String) {
        let current = self.workspace.current();
        if (&current.name, &current.author, &current.note) != (&name, &author, &note) {
            self.workspace.apply(
                vec![Change::SetInfo {
                    name,
                    author: author.clone(),
                    note,
                }],
                self.now_s,
            );
        }
        self.workspace.set_user(&author);
    }

    /// The set's name as it will be saved (the save dialog's, while the
    /// file chooser is open).
    fn name_to_save(&self) -> String {
        self.window
            .pending_save_details
            .as_ref()
            .map_or_else(|| self.workspace.current().name.clone(), |d| d.0.clone())
    }

    fn choose_set_file(&mut self, ctx: &egui::Context) {
        let name = file_name_for(&self.name_to_save(), "ron");
        self.window.dialogs.save_file(
            ctx,
            Purpose::SaveSet,
            "Aannameset opslaan",
            ("Aannameset (RON)", "ron"),
            name,
        );
    }

    /// Moves a running export along; called every frame.
    pub(super) fn advance_export(&mut self, ctx: &egui::Context) {
        let ExportPhase::Rendering(receiver, kind) = &self.window.export else {
            return;
        };
        let kind = kind.clone();
        match receiver.try_recv() {
            Ok(Ok(exported)) => {
                self.window.notice = None;
                let (title, filter) = kind.dialog();
                let name = kind.default_file_name();
                self.window.export = ExportPhase::ChoosingPath(exported, kind);
                self.window
                    .dialogs
                    .save_file(ctx, Purpose::SaveExport, title, filter, name);
            }
            Ok(Err(message)) => {
                self.window.export = ExportPhase::Idle;
                self.say(Notice::error(format!(
                    "{} is niet gemaakt: {message}.",
                    kind.noun()
                )));
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.window.export = ExportPhase::Idle;
                self.say(Notice::error(format!(
                    "{} is niet gemaakt: het maken stopte onverwacht.",
                    kind.noun()
                )));
            }
        }
    }

    /// Where a file goes: the chosen path (with its extension), or, when no
    /// chooser appeared, a free name in the current folder; `None` when the
    /// user cancelled.
    fn target_path(answer: &DialogAnswer, file_name: &str, extension: &str) -> Option<PathBuf> {
        match &answer.path {
            Some(path) => Some(with_extension(path.clone(), extension)),
            None if answer.probably_unavailable => {
                Some(free_path(std::path::Path::new("."), file_name))
            }
            None => None,
        }
    }

    /// "De set is opgeslagen als …" (saying where, also without a chooser).
    fn saved_notice(answer: &DialogAnswer, what: &str, path: &std::path::Path) -> Notice {
        if answer.probably_unavailable {
            Notice::info(format!(
                "{NO_CHOOSER} {what} is opgeslagen als {}.",
                absolute(path)
            ))
        } else {
            Notice::info(format!("{what} opgeslagen: {}", absolute(path)))
        }
    }

    pub(super) fn handle_dialog_answer(&mut self, answer: DialogAnswer) {
        let unavailable = answer.probably_unavailable;
        match answer.purpose {
            Purpose::OpenDataFolder => match answer.path {
                Some(dir) => self.load_folder(dir),
                None if unavailable => self.say(Notice::error(format!(
                    "{NO_CHOOSER} Start het programma met --data MAP om een andere map te laden."
                ))),
                None => {}
            },
            Purpose::ImportProfiles => match &answer.path {
                Some(first) => {
                    let mut paths = vec![first.clone()];
                    paths.extend(answer.more.iter().cloned());
                    let reply = self.workspace.import_profiles(&paths, self.now_s);
                    self.show_reply(reply);
                }
                None if unavailable => self.say(Notice::error(format!(
                    "{NO_CHOOSER} Op de opdrachtregel: --profielen-uit SET."
                ))),
                None => {}
            },
            Purpose::OpenSet => match &answer.path {
                Some(path) => self.open_set_file(path),
                None if unavailable => self.say(Notice::error(format!(
                    "{NO_CHOOSER} Sleep het setbestand op het venster om het te openen."
                ))),
                None => {}
            },
            Purpose::SaveSet => self.set_file_answered(&answer),
            Purpose::SaveExport => self.export_file_answered(&answer),
        }
    }

    /// The set's file chosen: the save dialog's details count now, and the
    /// set is written; cancelled, nothing changes.
    fn set_file_answered(&mut self, answer: &DialogAnswer) {
        let name = file_name_for(&self.name_to_save(), "ron");
        let details = self.window.pending_save_details.take();
        if let Some(path) = Self::target_path(answer, &name, "ron") {
            if let Some((name, author, note)) = details {
                self.take_save_details(name, author, note);
            }
            let notice = match self.workspace.save_set_to(&path) {
                Ok(()) => Self::saved_notice(answer, "De set", &path),
                Err(e) => Notice::error(format!("Set niet opgeslagen: {e}")),
            };
            self.say(notice);
        } else {
            self.say(Notice::info(
                "Niet opgeslagen (geannuleerd); de set is niet gewijzigd.",
            ));
        }
    }

    /// An export's file chosen: the bytes made on the thread are written.
    fn export_file_answered(&mut self, answer: &DialogAnswer) {
        let ExportPhase::ChoosingPath(exported, kind) = std::mem::take(&mut self.window.export)
        else {
            return;
        };
        let name = kind.default_file_name();
        let Some(path) = Self::target_path(answer, &name, kind.extension()) else {
            self.say(Notice::info(format!(
                "{} is niet opgeslagen (geannuleerd).",
                kind.noun()
            )));
            return;
        };
        let notice = match atomic_write(&path, &exported.bytes) {
            Ok(()) => {
                let mut notice = Self::saved_notice(answer, kind.noun(), &path);
                if let Some(note) = exported.note {
                    notice = Notice::error(format!("{} {note}", notice.text));
                }
                notice
            }
            Err(e) => Notice::error(format!(
                "{} is niet opgeslagen: {}",
                kind.noun(),
                write_failure(&path, &e)
            )),
        };
        self.say(notice);
    }
}
