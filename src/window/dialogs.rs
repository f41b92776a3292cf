//! Native file dialogs without freezing the window. Each dialog is created
//! on the UI thread (rfd's asynchronous dialog; on macOS the panel must be
//! started from the main thread) and awaited on a thread of its own; the
//! app polls for the answer.
//!
//! rfd answers `None` both when the user cancels and when no file chooser is
//! available (no desktop portal and no zenity); a `None` that comes back
//! almost at once is taken to be the latter, and the user is told.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// What a dialog was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    OpenDataFolder,
    /// An export (figure, appendix, CSV, workbook), made in the background.
    SaveExport,
    OpenSet,
    SaveSet,
    /// Sets to take profiles and key values from (several at once).
    ImportProfiles,
}

#[derive(Debug)]
pub struct DialogAnswer {
    pub purpose: Purpose,
    pub path: Option<PathBuf>,
    /// Further files, when several could be chosen.
    pub more: Vec<PathBuf>,
    /// `None` came back too fast for a person: probably no chooser at all.
    pub probably_unavailable: bool,
}

#[derive(Default)]
pub struct Dialogs {
    pending: Option<(Purpose, Receiver<DialogAnswer>)>,
    /// The answer the next dialog gives without being shown: for the UI
    /// tests and scripted runs, which have no one to click in a chooser
    /// (`Some(None)`: the user cancelled it).
    scripted: Option<Option<PathBuf>>,
}

impl Dialogs {
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// The next dialog answers `path` at once, as if the user chose it.
    pub fn answer_next_with(&mut self, path: PathBuf) {
        self.scripted = Some(Some(path));
    }

    /// The next dialog is cancelled at once, as if the user closed it.
    pub fn cancel_next(&mut self) {
        self.scripted = Some(None);
    }

    /// Answers from the script instead of showing a dialog; `true` if it did.
    fn answered_by_script(&mut self, ctx: &egui::Context, purpose: Purpose) -> bool {
        let Some(path) = self.scripted.take() else {
            return false;
        };
        let (sender, receiver) = channel();
        let _ = sender.send(DialogAnswer {
            purpose,
            path,
            more: Vec::new(),
            probably_unavailable: false,
        });
        self.pending = Some((purpose, receiver));
        ctx.request_repaint();
        true
    }

    pub fn pick_folder(&mut self, ctx: &egui::Context) {
        if self.pending.is_some() || self.answered_by_script(ctx, Purpose::OpenDataFolder) {
            return;
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Kies een map met scenarios.ron, criteria.ron en (als er een formatie is) staffing.ron")
            .pick_folder();
        self.spawn(ctx, Purpose::OpenDataFolder, dialog);
    }

    pub fn open_set(&mut self, ctx: &egui::Context) {
        if self.pending.is_some() || self.answered_by_script(ctx, Purpose::OpenSet) {
            return;
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Aannameset openen")
            .add_filter("Aannameset (RON)", &["ron"])
            .pick_file();
        self.spawn(ctx, Purpose::OpenSet, dialog);
    }

    /// One or more set files to take profiles and key values from.
    pub fn import_profiles(&mut self, ctx: &egui::Context) {
        if self.pending.is_some() || self.answered_by_script(ctx, Purpose::ImportProfiles) {
            return;
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Profielen en verdeelsleutel overnemen uit… (één of meer sets)")
            .add_filter("Aannameset (RON)", &["ron"])
            .pick_files();
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let started = Instant::now();
        std::thread::spawn(move || {
            let mut paths: Vec<PathBuf> = pollster::block_on(dialog)
                .unwrap_or_default()
                .iter()
                .map(|handle| handle.path().to_path_buf())
                .collect();
            let path = (!paths.is_empty()).then(|| paths.remove(0));
            let probably_unavailable =
                path.is_none() && started.elapsed() < Duration::from_millis(400);
            let _ = sender.send(DialogAnswer {
                purpose: Purpose::ImportProfiles,
                path,
                more: paths,
                probably_unavailable,
            });
            ctx.request_repaint();
        });
        self.pending = Some((Purpose::ImportProfiles, receiver));
    }

    /// A save dialog; the platform's dialog asks before overwriting a file.
    pub fn save_file(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        title: &'static str,
        filter: (&'static str, &'static str),
        default_name: String,
    ) {
        if self.pending.is_some() || self.answered_by_script(ctx, purpose) {
            return;
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter(filter.0, &[filter.1])
            .set_file_name(default_name)
            .save_file();
        self.spawn(ctx, purpose, dialog);
    }

    /// Awaits `dialog` (created on this, the UI thread) on a thread of its
    /// own.
    fn spawn(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        dialog: impl std::future::Future<Output = Option<rfd::FileHandle>> + Send + 'static,
    ) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let started = Instant::now();
        std::thread::spawn(move || {
            let path: Option<PathBuf> =
                pollster::block_on(dialog).map(|handle| handle.path().to_path_buf());
            let probably_unavailable =
                path.is_none() && started.elapsed() < Duration::from_millis(400);
            let _ = sender.send(DialogAnswer {
                purpose,
                path,
                more: Vec::new(),
                probably_unavailable,
            });
            ctx.request_repaint();
        });
        self.pending = Some((purpose, receiver));
    }

    /// The answer, once the user has given it.
    pub fn poll(&mut self) -> Option<DialogAnswer> {
        let (purpose, receiver) = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(answer) => {
                self.pending = None;
                Some(answer)
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let purpose = *purpose;
                self.pending = None;
                Some(DialogAnswer {
                    purpose,
                    path: None,
                    more: Vec::new(),
                    probably_unavailable: true,
                })
            }
        }
    }
}

pub const NO_CHOOSER: &str = "Er verscheen geen bestandskiezer: op deze computer is geen desktopportaal (xdg-desktop-portal) en geen zenity gevonden.";
