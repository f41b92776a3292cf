use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use nmd_scenarios::cli::{Cli, Command, CommandOutput, run_check, run_report};

fn main() -> ExitCode {
    #[cfg(feature = "gui")]
    let _ = nmd_scenarios::ui::PROCESS_START.set(std::time::Instant::now());
    let cli = Cli::parse();
    let output = match &cli.command {
        Some(Command::Check) => run_check(cli.data.as_deref()),
        Some(Command::Report(args)) => run_report(cli.data.as_deref(), args),
        None => return open_window(&cli),
    };
    emit(&output)
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: &Cli) -> ExitCode {
    eprintln!(
        "Deze versie is gebouwd zonder venster. 'nmd-scenarios report' en 'nmd-scenarios check' werken wel."
    );
    ExitCode::from(1)
}

#[cfg(feature = "gui")]
fn open_window(cli: &Cli) -> ExitCode {
    match nmd_scenarios::ui::run(cli.data.clone()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "Het venster kon niet worden geopend ({e}). Zonder scherm werken 'nmd-scenarios report' en 'nmd-scenarios check'."
            );
            ExitCode::from(1)
        }
    }
}

fn emit(output: &CommandOutput) -> ExitCode {
    let _ = std::io::stdout().write_all(output.stdout.as_bytes());
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(u8::try_from(output.code).unwrap_or(1))
}
