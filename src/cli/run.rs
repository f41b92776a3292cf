//! Running the commands: their output and exit code, as values.

use std::path::{Path, PathBuf};

use super::args::{ReportArgs, ReportFormat};
use super::open::open_workspace;
pub use super::output::{CommandOutput, load_or_fail};
use crate::model::explain::check_summary;
use crate::model::ranking::{Ranking, ranking_visible};
use crate::model::source_check::source_check;
use crate::model::{DataSet, Inputs};
use crate::numbers::{self, DRAWS, SEED};
use crate::present::results::RankingLines;
use crate::report::{ReportContext, comparison_csv, comparison_text, csv_report, text_report};
use crate::workspace::files::{absolute, atomic_write, write_failure};

/// "Let op: …" when the outcome has no ranking: the reason and the hint
/// every output gives ([`RankingLines::warning`]).
pub fn no_ranking_warning(data: &DataSet, ranking: &Ranking) -> Option<String> {
    RankingLines::of(data, ranking).warning()
}

pub fn run_check(data_dir: Option<&Path>) -> CommandOutput {
    let (folder, origin) = match load_or_fail(data_dir) {
        Ok(loaded) => loaded,
        Err(output) => return output,
    };
    let data = &folder.data;
    let inputs = Inputs::report_defaults(data);
    let staffing = if data.categories.is_empty() {
        "geen formatietabel".to_owned()
    } else {
        format!(
            "{} segmenten, {} functiecategorieën. Bronnencontrole: {}",
            data.segments.len(),
            data.categories.len(),
            check_summary(&source_check(data, inputs.fit))
        )
    };
    CommandOutput {
        stdout: format!(
            "In orde: {} ({origin}): {} scenario's, {} criteria, {} ingebouwde sets, {staffing}.\n",
            data.name,
            data.scenarios.len(),
            data.criteria.len(),
            folder.sets.len(),
        ),
        stderr: no_ranking_warning(
            data,
            &ranking_visible(
                &inputs.score_values(data),
                &inputs.weights(),
                &inputs.visible(),
            ),
        )
        .map(|w| format!("{w}\n"))
        .unwrap_or_default(),
        code: 0,
    }
}

/// Writes `text` to `path` (atomically) or returns it as stdout.
pub fn deliver(text: String, out: Option<&Path>, mut output: CommandOutput) -> CommandOutput {
    match out {
        None => {
            output.stdout = text;
            output
        }
        Some(path) => deliver_file(text.as_bytes(), path, output),
    }
}

pub fn run_report(data_dir: Option<&Path>, args: &ReportArgs) -> CommandOutput {
    let opened = open_workspace(data_dir, &args.inputs, |data, inputs| {
        if let Some(seed) = &args.seed {
            inputs.smaa_seed = numbers::read_typed_whole(seed, &SEED)
                .map_err(|refusal| format!("--seed: {refusal}"))?;
        }
        if let Some(order) = &args.importance {
            inputs.importance = importance(data, order)?;
        }
        Ok(())
    });
    let mut opened = match opened {
        Ok(opened) => opened,
        Err(output) => return output,
    };
    let mut stderr = opened.warning_lines();
    let workspace = &mut opened.workspace;
    if let Some(draws) = &args.draws {
        match draws_from(draws) {
            Ok((draws, remark)) => workspace.set_draws(draws, remark),
            Err(message) => return CommandOutput::failure(&message, 2),
        }
    }
    if let Some(other) = &args.compare_with {
        let builtin: Vec<_> = workspace
            .sets()
            .iter()
            .filter(|k| k.builtin)
            .map(|k| k.set.clone())
            .collect();
        let (other, file) = match super::inputs::resolve_set(workspace.base(), &builtin, other) {
            Ok(opened) => opened,
            Err(message) => return CommandOutput::failure(&message, 1),
        };
        stderr.extend(other.warning.map(|w| format!("{w}\n")));
        workspace.compare_current_with(other.set, file.map(PathBuf::from));
    }
    let snapshot = workspace.snapshot();
    stderr.extend(
        no_ranking_warning(&snapshot.data, &snapshot.outcome.ranking).map(|w| format!("{w}\n")),
    );
    let output = CommandOutput {
        stdout: String::new(),
        stderr,
        code: 0,
    };
    if let Some(compared) = &snapshot.comparison {
        let comparison = &compared.comparison;
        let text = match args.format {
            ReportFormat::Text => comparison_text(&snapshot.data, comparison),
            ReportFormat::Csv => comparison_csv(&snapshot.data, comparison),
            ReportFormat::Xlsx => {
                return CommandOutput::failure(
                    "--vergelijk-met werkt met --formaat tekst of csv, niet met xlsx",
                    2,
                );
            }
        };
        return deliver(text, args.out.as_deref(), output);
    }
    let ctx = ReportContext::of(&snapshot);
    let text = match args.format {
        ReportFormat::Text => text_report(&ctx),
        ReportFormat::Csv => csv_report(&ctx),
        ReportFormat::Xlsx => {
            let Some(path) = args.out.as_deref() else {
                return CommandOutput::failure(
                    "--formaat xlsx schrijft een werkmap naar een bestand: geef --uit PAD.xlsx",
                    2,
                );
            };
            return match crate::report::xlsx::xlsx_report(&ctx) {
                Ok(bytes) => deliver_file(&bytes, path, output),
                Err(message) => CommandOutput::failure(&message, 1),
            };
        }
    };
    deliver(text, args.out.as_deref(), output)
}

/// Writes `bytes` to `path` (atomically), or says in Dutch why not.
pub fn deliver_file(bytes: &[u8], path: &Path, mut output: CommandOutput) -> CommandOutput {
    match atomic_write(path, bytes) {
        Ok(()) => output.stdout = format!("Geschreven: {}\n", absolute(path)),
        Err(e) => {
            output
                .stderr
                .push_str(&format!("{}\n", write_failure(path, &e)));
            output.code = 1;
        }
    }
    output
}

/// `--belang toezicht,legitimiteit` as criterion indices.
fn importance(data: &DataSet, order: &str) -> Result<Vec<usize>, String> {
    let mut importance = Vec::new();
    for id in order.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match data.criterion_index(id) {
            Some(c) if !importance.contains(&c) => importance.push(c),
            Some(_) => return Err(format!("--belang: '{id}' staat er twee keer in")),
            None => {
                return Err(format!(
                    "--belang: onbekend criterium '{id}'; bekend: {}",
                    data.criteria
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    Ok(importance)
}

/// `--trekkingen`: a whole number of at least 1; above the maximum it is capped,
/// with a remark for the report.
fn draws_from(text: &str) -> Result<(usize, Option<String>), String> {
    let value = numbers::parse_typed(text).map_err(|r| format!("--trekkingen: {r}"))?;
    if value > DRAWS.max && value.normalize().scale() == 0 {
        let max = usize::try_from(DRAWS.max.mantissa()).unwrap_or(1_000_000);
        let remark = format!(
            "--trekkingen {} is begrensd op {} trekkingen",
            crate::format::number_trimmed(value, 0),
            crate::format::number(DRAWS.max, 0)
        );
        return Ok((max, Some(remark)));
    }
    let draws = numbers::check_whole(value, &DRAWS).map_err(|r| format!("--trekkingen: {r}"))?;
    Ok((usize::try_from(draws).unwrap_or(1), None))
}
