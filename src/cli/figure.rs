//! `nmd-scenarios figuur`: the app's figure, rendered off-screen and
//! written as PNG. Without the window (the `gui` feature) or without any
//! renderer: a Dutch message and exit code 1.

use std::path::Path;

use super::args::FigureArgs;
use super::run::CommandOutput;

#[cfg(feature = "gui")]
pub fn run_figure(data_dir: Option<&Path>, args: &FigureArgs) -> CommandOutput {
    use crate::export::figure::{figure_spec, render_figure};
    use crate::export::headless::HeadlessGpu;
    use crate::present::screen::Screen;
    use crate::workspace::files::{absolute, atomic_write, with_extension, write_failure};

    let mut opened = match super::open::open_workspace(data_dir, &args.inputs, |_, _| Ok(())) {
        Ok(opened) => opened,
        Err(output) => return output,
    };
    let Some(screen) = Screen::from_word(&args.view) else {
        return CommandOutput::failure(
            &format!(
                "--weergave: onbekend '{}'; kies uit: {}",
                args.view,
                Screen::figure_words().join(", ")
            ),
            2,
        );
    };
    let snapshot = opened.workspace.snapshot();
    if screen == Screen::Costs && snapshot.outcome.costs.is_none() {
        return CommandOutput::failure(
            "--weergave lasten: er zijn geen kosten ingevuld; geef --loonkosten en --verdeelsleutel, of een set met kosten (zie docs/voorbeelden/lasten.ron)",
            2,
        );
    }
    if screen == Screen::ScenarioCosts && snapshot.scenario_costs().is_none() {
        return CommandOutput::failure(
            "--weergave kosten-per-scenario: deze set zet geen onderdeel van het kostenprofiel in euro's; geef een set met kosten per scenario (zie docs/voorbeelden/kosten-per-scenario.ron)",
            2,
        );
    }
    let spec = figure_spec(&snapshot, screen);
    let started = std::time::Instant::now();
    let figure = match HeadlessGpu::new().and_then(|gpu| render_figure(&gpu, &spec)) {
        Ok(figure) => figure,
        Err(message) => {
            return CommandOutput::failure(&format!("Geen figuur gemaakt: {message}."), 1);
        }
    };
    let path = with_extension(args.out.clone(), "png");
    if let Err(e) = atomic_write(&path, &figure.png) {
        return CommandOutput::failure(&write_failure(&path, &e), 1);
    }
    CommandOutput {
        stdout: format!(
            "Geschreven: {} ({} × {} pixels, {} ms)\n",
            absolute(&path),
            figure.width_px,
            figure.height_px,
            started.elapsed().as_millis()
        ),
        stderr: opened.warning_lines(),
        code: 0,
    }
}

#[cfg(not(feature = "gui"))]
pub fn run_figure(_data_dir: Option<&Path>, _args: &FigureArgs) -> CommandOutput {
    CommandOutput::failure(
        "Deze versie is gebouwd zonder venster en kan geen figuur tekenen; 'nmd-scenarios rapport' werkt wel.",
        1,
    )
}
