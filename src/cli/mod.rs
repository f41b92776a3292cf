//! The command line, in Dutch: start the window, `controleer` a data
//! folder, print a `rapport`, draw a `figuur`, write a Word `bijlage`.
//! Every command and option has a Dutch name; the English names of earlier
//! versions (`report`, `check`, `--weights`, …) keep working as hidden
//! aliases, so existing scripts do not break. Help and every parse error
//! are worded here (`dutch.rs`), never clap's English. The commands return
//! their output and exit code, so tests can run them without a process.

mod appendix;
mod args;
mod dutch;
mod figure;
mod inputs;
mod open;
mod output;
pub mod run;
mod scenario_costs;

pub use appendix::run_appendix;
pub use args::{
    AppendixArgs, Cli, Command, FigureArgs, ReportArgs, ReportFormat, WorkbookArgs, command,
};
pub use dutch::{dutch_error, parse_arguments};
pub use figure::run_figure;
pub use inputs::{InputArgs, InputsFromArgs, resolve_set};
pub use run::{CommandOutput, run_check, run_report};
