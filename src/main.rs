use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use nmd_scenarios::cli::{Cli, Command, CommandOutput, run_check, run_report};

fn main() -> ExitCode {
    let _ = nmd_scenarios::ui::PROCESS_START.set(std::time::Instant::now());
    let cli = Cli::parse();
    let output = match &cli.command {
        Some(Command::Check) => run_check(cli.data.as_deref()),
        Some(Command::Report(args)) => run_report(cli.data.as_deref(), args),
        None => {
            return match nmd_scenarios::ui::run(cli.data.clone()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!(
                        "Het venster kon niet worden geopend ({e}). Zonder scherm werken 'nmd-scenarios report' en 'nmd-scenarios check'."
                    );
                    ExitCode::from(1)
                }
            };
        }
    };
    emit(&output)
}

fn emit(output: &CommandOutput) -> ExitCode {
    let _ = std::io::stdout().write_all(output.stdout.as_bytes());
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(u8::try_from(output.code).unwrap_or(1))
}
