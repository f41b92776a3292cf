//! Native file dialogs without freezing the window: each dialog runs on its
//! own thread and the app polls for the answer. (On Linux and Windows rfd's
//! blocking dialogs may run off the main thread.)
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
    SaveImage,
    OpenSet,
    SaveSet,
    SaveCsv,
}

#[derive(Debug)]
pub struct DialogAnswer {
    pub purpose: Purpose,
    pub path: Option<PathBuf>,
    /// `None` came back too fast for a person: probably no chooser at all.
    pub probably_unavailable: bool,
}

#[derive(Default)]
pub struct Dialogs {
    pending: Option<(Purpose, Receiver<DialogAnswer>)>,
}

impl Dialogs {
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    pub fn pick_folder(&mut self, ctx: &egui::Context) {
        self.spawn(ctx, Purpose::OpenDataFolder, || {
            rfd::FileDialog::new()
                .set_title("Kies een map met scenarios.ron, criteria.ron en staffing.ron")
                .pick_folder()
        });
    }

    pub fn save_png(&mut self, ctx: &egui::Context, default_name: String) {
        // The export's notice said the figure is being made; this is next.
        self.save_file(
            ctx,
            Purpose::SaveImage,
            "Afbeelding opslaan",
            ("PNG-afbeelding", "png"),
            default_name,
        );
    }

    pub fn open_set(&mut self, ctx: &egui::Context) {
        self.spawn(ctx, Purpose::OpenSet, || {
            rfd::FileDialog::new()
                .set_title("Aannameset openen")
                .add_filter("Aannameset (RON)", &["ron"])
                .pick_file()
        });
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
        self.spawn(ctx, purpose, move || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter.0, &[filter.1])
                .set_file_name(default_name)
                .save_file()
        });
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        dialog: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let path = dialog();
            let probably_unavailable =
                path.is_none() && started.elapsed() < Duration::from_millis(400);
            let _ = sender.send(DialogAnswer {
                purpose,
                path,
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
                    probably_unavailable: true,
                })
            }
        }
    }
}

pub const NO_CHOOSER: &str = "Er verscheen geen bestandskiezer: op deze computer is geen desktopportaal (xdg-desktop-portal) en geen zenity gevonden.";
