//! The window: the eframe app that owns the workspace, lays out the views,
//! runs what they ask for (commands, dialogs on their own threads, exports
//! in the background) and keeps the session. Nothing here draws a view of
//! its own (`crate::ui`) or computes a figure (`crate::model`).

pub mod app;
mod commands;
mod cost_worker;
mod dialogs;
mod export;
mod input_order;
mod keyboard;
mod keyboard_state;
mod shortcuts;
mod start;

pub use app::NmdApp;
pub use start::{APP_ID, FIRST_FRAME_ENV, PROCESS_START};

use crate::model::load;
use crate::workspace::Notice;
use crate::workspace::session::SessionFile;

/// The app on the data the arguments name (or `./scenarios`, or the
/// embedded report). A folder that fails to load falls back to the report,
/// with the errors shown in their window.
pub fn app_for(data_dir: Option<&std::path::Path>) -> NmdApp {
    match crate::workspace::open::load_data(data_dir) {
        Ok((folder, origin)) => NmdApp::new(folder, origin),
        Err(errors) => {
            let folder = load::load_embedded_folder()
                .expect("the embedded data set is checked by the tests");
            let mut app = NmdApp::new(folder, "ingebouwd");
            let count = crate::format::problems(errors.len());
            let mut reply = crate::workspace::Reply::refused("Gegevens niet geladen", errors);
            reply.notice = Some(Notice::error(format!(
                "De opgegeven gegevens zijn niet geladen ({count}); het programma toont de ingebouwde gegevens van het rapport."
            )));
            app.show_reply(reply);
            app
        }
    }
}

/// The app icon (assets/icon, rendered from its SVG by scripts/icon.sh),
/// compiled into the program so the window shows it on every platform.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/nmd-scenarios-256.png");

/// The window icon; an empty icon (the platform's default) if the embedded
/// PNG could not be decoded, which a test rules out.
pub fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

/// Opens the window on the data the arguments name (or `./scenarios`, or the
/// embedded report). A folder that fails to load falls back to the report
/// and shows why.
pub fn run(data_dir: Option<std::path::PathBuf>) -> eframe::Result {
    let app = app_for(data_dir.as_deref());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.workspace().window_title())
            // Matches assets/nmd-scenarios.desktop (Wayland app id, X11
            // WM_CLASS) and keeps the session folder where it was.
            .with_app_id(APP_ID)
            .with_icon(window_icon())
            .with_inner_size([1366.0, 768.0])
            .with_min_inner_size([1000.0, 640.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(|_cc| {
            let mut app = app;
            match eframe::storage_dir(APP_ID) {
                Some(dir) => app.keep_session_in(SessionFile::in_storage_dir(&dir)),
                None => app.say(Notice::error(
                    "Er is geen map gevonden om de sessie te bewaren; bewaar uw werk als aannameset.",
                )),
            }
            Ok(Box::new(app))
        }),
    )
}

/// Why the window could not open, in Dutch (eframe's own text names source
/// files of its dependencies).
pub fn window_error_dutch(error: &eframe::Error) -> &'static str {
    match error {
        eframe::Error::AppCreation(_) => "het programma kon niet starten",
        eframe::Error::Winit(_) => "het besturingssysteem kon geen venster maken",
        eframe::Error::WinitEventLoop(_) => {
            "er is geen beeldscherm gevonden (is er een grafische omgeving?)"
        }
        eframe::Error::Wgpu(_) => {
            "er is geen grafische kaart of stuurprogramma gevonden om het venster te tekenen"
        }
    }
}
