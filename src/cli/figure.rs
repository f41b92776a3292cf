//! `nmd-scenarios figuur`: the app's figure, rendered off-screen and
//! written as PNG. Without the window (the `gui` feature) or without any
//! renderer: a Dutch message and exit code 1.

use std::path::Path;

use super::FigureArgs;
use super::run::CommandOutput;

#[cfg(feature = "gui")]
pub fn run_figure(data_dir: Option<&Path>, args: &FigureArgs) -> CommandOutput {
    use super::FigureView;
    use crate::ui::figure::{FigureKind, figure_spec, render_figure};
    use crate::ui::headless::HeadlessGpu;
    use crate::workspace::Workspace;
    use crate::workspace::files::{absolute, atomic_write, with_extension, write_failure};

    let (folder, origin) = match super::run::load_or_fail(data_dir) {
        Ok(loaded) => loaded,
        Err(output) => return output,
    };
    let resolved = match args.inputs.resolve(&folder) {
        Ok(resolved) => resolved,
        Err((message, code)) => return CommandOutput::failure(&message, code),
    };
    let mut workspace = Workspace::new(folder, origin);
    workspace.start_from(resolved.inputs, resolved.set);
    let kind = match args.view {
        FigureView::Formatie => FigureKind::Staffing,
        FigureView::Rangorde => FigureKind::Ranking,
        FigureView::Kosten => FigureKind::Cost,
        FigureView::Deelnemers => FigureKind::Group,
        FigureView::Alles => FigureKind::All,
    };
    let spec = figure_spec(&mut workspace, kind);
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
        stderr: resolved.warnings.iter().map(|w| format!("{w}\n")).collect(),
        code: 0,
    }
}

#[cfg(not(feature = "gui"))]
pub fn run_figure(_data_dir: Option<&Path>, _args: &FigureArgs) -> CommandOutput {
    CommandOutput::failure(
        "Deze versie is gebouwd zonder venster en kan geen figuur tekenen; 'nmd-scenarios report' werkt wel.",
        1,
    )
}
