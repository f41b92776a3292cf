//! The egui views. Nothing here computes a figure: everything comes from the
//! model's results, prepared once per change in `view_model.rs`.

pub mod app;
pub mod change;
pub mod choices_ui;
pub mod compare_ui;
pub mod cost_profile_ui;
pub mod dialogs;
pub mod edit_buffers;
pub mod export;
pub mod ranking_ui;
pub mod robustness_ui;
pub mod set_info_ui;
pub mod source_check_ui;
pub mod staffing_plot_ui;
pub mod style;
pub mod supervision_ui;
pub mod view_model;
pub mod volumes_ui;
pub mod weights_ui;

pub use app::NmdApp;

use crate::model::load;
use crate::session::SessionFile;

/// The program's name for eframe: its storage folder and window class.
pub const APP_ID: &str = "nmd-scenarios";

/// When the process started, for measuring start-to-first-frame.
pub static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Set this environment variable to print the start-to-first-frame time and
/// close the window after the first frame (used for docs/performance.md).
pub const FIRST_FRAME_ENV: &str = "NMD_SCENARIOS_FIRST_FRAME";

/// The app on the data the arguments name (or `./scenarios`, or the
/// embedded report). A folder that fails to load falls back to the report,
/// with the errors shown in their window.
pub fn app_for(data_dir: Option<&std::path::Path>) -> NmdApp {
    match crate::cli::load_data(data_dir) {
        Ok((data, origin)) => NmdApp::new(data, origin),
        Err(errors) => {
            let data =
                load::load_embedded().expect("the embedded data set is checked by the tests");
            let mut app = NmdApp::new(data, "ingebouwd".into());
            app.notice = Some(app::Notice::error(format!(
                "De opgegeven gegevens zijn niet geladen ({}); het programma toont de ingebouwde gegevens van het rapport.",
                crate::format::problems(errors.len())
            )));
            app.load_errors_title = "Gegevens niet geladen".into();
            app.load_errors = errors;
            app
        }
    }
}

/// Opens the window on the data the arguments name (or `./scenarios`, or the
/// embedded report). A folder that fails to load falls back to the report
/// and shows why.
pub fn run(data_dir: Option<std::path::PathBuf>) -> eframe::Result {
    let app = app_for(data_dir.as_deref());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.window_title())
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
                None => {
                    app.notice = Some(app::Notice::error(
                        "Er is geen map gevonden om de sessie te bewaren; bewaar uw werk als aannameset.",
                    ))
                }
            }
            Ok(Box::new(app))
        }),
    )
}
