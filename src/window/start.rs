//! How the program starts: its name for the windowing system, and the
//! clock of the start-to-first-frame measure.

/// The program's name for eframe: its storage folder and window class.
pub const APP_ID: &str = "nmd-scenarios";

/// When the process started, for measuring start-to-first-frame.
pub static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Set this environment variable to print the start-to-first-frame time and
/// close the window after the first frame (used for docs/performance.md).
pub const FIRST_FRAME_ENV: &str = "NMD_SCENARIOS_FIRST_FRAME";
