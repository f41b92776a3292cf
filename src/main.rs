use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use nmd_scenarios::cli::{
    Cli, Command, CommandOutput, ReportArgs, ReportFormat, run_check, run_report,
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = match &cli.command {
        Some(Command::Check) => run_check(cli.data.as_deref()),
        Some(Command::Report(args)) => run_report(cli.data.as_deref(), args),
        None => run_report(
            cli.data.as_deref(),
            &ReportArgs {
                weights: None,
                format: ReportFormat::Text,
                choices: Vec::new(),
                volumes: Vec::new(),
            },
        ),
    };
    emit(&output)
}

fn emit(output: &CommandOutput) -> ExitCode {
    let _ = std::io::stdout().write_all(output.stdout.as_bytes());
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(u8::try_from(output.code).unwrap_or(1))
}
