use std::io::Write;
use std::process::ExitCode;

use nmd_scenarios::cli::{
    Command, CommandOutput, parse_arguments, run_check, run_figure, run_report,
};

fn main() -> ExitCode {
    #[cfg(feature = "gui")]
    let _ = nmd_scenarios::window::PROCESS_START.set(std::time::Instant::now());
    let cli = match parse_arguments(std::env::args_os()) {
        Ok(cli) => cli,
        Err(output) => return emit(&output),
    };
    let output = match &cli.command {
        Some(Command::Check) => run_check(cli.data.as_deref()),
        Some(Command::Report(args)) => run_report(cli.data.as_deref(), args),
        Some(Command::Werkmap(args)) => run_report(cli.data.as_deref(), &args.as_report()),
        Some(Command::Figuur(args)) => {
            quiet_vulkan_layers();
            run_figure(cli.data.as_deref(), args)
        }
        Some(Command::Bijlage(args)) => {
            quiet_vulkan_layers();
            nmd_scenarios::cli::run_appendix(cli.data.as_deref(), args)
        }
        None => return open_window(cli.data),
    };
    emit(&output)
}

#[cfg(not(feature = "gui"))]
fn open_window(_data: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "Deze versie is gebouwd zonder venster. 'nmd-scenarios rapport' en 'nmd-scenarios controleer' werken wel."
    );
    ExitCode::from(1)
}

#[cfg(feature = "gui")]
fn open_window(data: Option<std::path::PathBuf>) -> ExitCode {
    match nmd_scenarios::window::run(data) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "Het venster kon niet worden geopend ({}). Zonder scherm werken 'nmd-scenarios rapport' en 'nmd-scenarios controleer'.",
                nmd_scenarios::window::window_error_dutch(&e)
            );
            ExitCode::from(1)
        }
    }
}

/// Without any display, Mesa's Vulkan device-select layer tries Wayland and
/// prints an English error; for off-screen rendering it has nothing to
/// select, so it is switched off.
fn quiet_vulkan_layers() {
    let no_display =
        std::env::var_os("WAYLAND_DISPLAY").is_none() && std::env::var_os("DISPLAY").is_none();
    if no_display && std::env::var_os("NODEVICE_SELECT").is_none() {
        // SAFETY: called on the main thread before any other thread exists.
        unsafe { std::env::set_var("NODEVICE_SELECT", "1") };
    }
}

fn emit(output: &CommandOutput) -> ExitCode {
    let _ = std::io::stdout().write_all(output.stdout.as_bytes());
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(u8::try_from(output.code).unwrap_or(1))
}
