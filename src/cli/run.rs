//! Running the commands: their output and exit code, as values.

use std::path::{Path, PathBuf};

use super::{ReportArgs, ReportFormat};
use crate::model::compare::compare;
use crate::model::errors::DataError;
use crate::model::explain::check_summary;
use crate::model::load::{self, DataFolder};
use crate::model::ranking::Ranking;
use crate::model::robustness::{RobustnessOptions, robustness};
use crate::model::source_check::source_check;
use crate::model::{DataSet, Inputs, compute};
use crate::numbers::{self, DRAWS, SEED};
use crate::report::{ReportContext, comparison_csv, comparison_text, csv_report, text_report};
use crate::workspace::files::{absolute, atomic_write, write_failure};

/// Output of a command: text for stdout, text for stderr, exit code
/// (0: done; 1: a data or set file or the output could not be used;
/// 2: an option is wrong).
#[derive(Debug, Default)]
pub struct CommandOutput {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl CommandOutput {
    pub fn failure(message: &str, code: i32) -> Self {
        Self {
            stdout: String::new(),
            stderr: format!("{}\n", message.trim_end()),
            code,
        }
    }
}

/// Where data comes from when no `--data` is given: `./scenarios` if it
/// exists, else the embedded report.
pub fn default_data_dir() -> Option<PathBuf> {
    let dir = Path::new("scenarios");
    dir.join(load::STAFFING_FILE)
        .is_file()
        .then(|| dir.to_path_buf())
}

/// Loads the data set (with its built-in sets) the arguments ask for, with a
/// label for headers.
pub fn load_data(explicit: Option<&Path>) -> Result<(DataFolder, String), Vec<DataError>> {
    match explicit.map(Path::to_path_buf).or_else(default_data_dir) {
        Some(dir) => load::load_folder(&dir).map(|d| (d, format!("map {}", absolute(&dir)))),
        None => load::load_embedded_folder().map(|d| (d, "ingebouwd".to_owned())),
    }
}

fn errors_text(errors: &[DataError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}

/// The loaded data, or the output that says why not.
pub fn load_or_fail(data_dir: Option<&Path>) -> Result<(DataFolder, String), CommandOutput> {
    load_data(data_dir).map_err(|errors| CommandOutput {
        stdout: String::new(),
        stderr: format!(
            "{}{} gevonden.\n",
            errors_text(&errors),
            crate::format::problems(errors.len())
        ),
        code: 1,
    })
}

/// "Let op: alle gewichten zijn 0 …" when there is no ranking, the same
/// from the command line, a set or the data.
pub fn zero_weights_warning(data: &DataSet, inputs: &Inputs) -> Option<String> {
    let ranking = crate::model::ranking::ranking_visible(
        &inputs.score_values(data),
        &inputs.weights,
        &inputs.visible(),
    );
    match ranking {
        Ranking::NoWeights => Some("Let op: alle gewichten zijn 0; er is geen rangorde. Geef minstens één criterium een gewicht groter dan 0.".to_owned()),
        Ranking::AllHidden(_) => ranking.absent_reason().map(|why| format!("Let op: {}", why.to_lowercase())),
        Ranking::Ranked(_) => None,
    }
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
        stderr: zero_weights_warning(data, &inputs)
            .map(|w| format!("{w}\n"))
            .unwrap_or_default(),
        code: 0,
    }
}

/// Writes `text` to `path` (atomically) or returns it as stdout.
pub fn deliver(text: String, out: Option<&Path>, mut output: CommandOutput) -> CommandOutput {
    match out {
        None => output.stdout = text,
        Some(path) => match atomic_write(path, text.as_bytes()) {
            Ok(()) => output.stdout = format!("Geschreven: {}\n", absolute(path)),
            Err(e) => {
                output
                    .stderr
                    .push_str(&format!("{}\n", write_failure(path, &e)));
                output.code = 1;
            }
        },
    }
    output
}

pub fn run_report(data_dir: Option<&Path>, args: &ReportArgs) -> CommandOutput {
    let (folder, origin) = match load_or_fail(data_dir) {
        Ok(loaded) => loaded,
        Err(output) => return output,
    };
    let resolved = match args.inputs.resolve(&folder) {
        Ok(resolved) => resolved,
        Err((message, code)) => return CommandOutput::failure(&message, code),
    };
    let mut inputs = resolved.inputs;
    // The set's own scenarios and criteria, added to the data.
    let extended = crate::model::own::extended(&folder.data, &inputs).into_owned();
    let data = &extended;
    let mut stderr: String = resolved.warnings.iter().map(|w| format!("{w}\n")).collect();
    let mut remarks = Vec::new();
    if let Some(seed) = &args.seed {
        match numbers::read_typed_whole(seed, &SEED) {
            Ok(seed) => inputs.smaa_seed = seed,
            Err(refusal) => return CommandOutput::failure(&format!("--seed: {refusal}"), 2),
        }
    }
    if let Some(order) = &args.importance {
        match importance(data, order) {
            Ok(order) => inputs.importance = order,
            Err(message) => return CommandOutput::failure(&message, 2),
        }
    }
    let mut options = RobustnessOptions::from_inputs(&inputs);
    if let Some(draws) = &args.draws {
        match draws_from(draws) {
            Ok((draws, remark)) => {
                options.draws = draws;
                remarks.extend(remark);
            }
            Err(message) => return CommandOutput::failure(&message, 2),
        }
    }
    stderr.extend(zero_weights_warning(data, &inputs).map(|w| format!("{w}\n")));
    let output = CommandOutput {
        stdout: String::new(),
        stderr,
        code: 0,
    };
    if let Some(other) = &args.compare_with {
        let (opened, _) = match super::resolve_set(&folder, other) {
            Ok(opened) => opened,
            Err(message) => return CommandOutput::failure(&message, 1),
        };
        let mut output = output;
        output
            .stderr
            .extend(opened.warning.map(|w| format!("{w}\n")));
        let name_a = resolved
            .set
            .as_ref()
            .map_or_else(|| "de huidige aannames".to_owned(), |s| s.name.clone());
        let comparison = compare(
            &folder.data,
            &name_a,
            &inputs,
            &opened.set.name,
            &opened.set.inputs,
        );
        let text = match args.format {
            ReportFormat::Text => comparison_text(data, &comparison),
            ReportFormat::Csv => comparison_csv(data, &comparison),
            ReportFormat::Xlsx => {
                return CommandOutput::failure(
                    "--compare-with werkt met --format text of csv, niet met xlsx",
                    2,
                );
            }
        };
        return deliver(text, args.out.as_deref(), output);
    }
    let outcome = compute(data, &inputs);
    let check = source_check(data, inputs.fit);
    let robustness = robustness(data, &inputs, &options);
    // The participants, when the set or the command line gives profiles.
    let group = (!inputs.profiles.is_empty())
        .then(|| {
            crate::model::group::group(
                data,
                &inputs,
                crate::model::group::GroupOptions {
                    seed: inputs.smaa_seed,
                    draws: options.draws,
                },
            )
        })
        .flatten();
    let ctx = ReportContext {
        data,
        data_origin: &origin,
        inputs: &inputs,
        outcome: &outcome,
        check: &check,
        set: resolved.set.as_ref(),
        robustness: Some(&robustness),
        remarks: &remarks,
        group: group.as_ref(),
    };
    let text = match args.format {
        ReportFormat::Text => text_report(&ctx),
        ReportFormat::Csv => csv_report(&ctx),
        ReportFormat::Xlsx => {
            let Some(path) = args.out.as_deref() else {
                return CommandOutput::failure(
                    "--format xlsx schrijft een werkmap naar een bestand: geef --uit PAD.xlsx",
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

/// `--importance toezicht,legitimiteit` as criterion indices.
fn importance(data: &DataSet, order: &str) -> Result<Vec<usize>, String> {
    let mut importance = Vec::new();
    for id in order.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match data.criterion_index(id) {
            Some(c) if !importance.contains(&c) => importance.push(c),
            Some(_) => return Err(format!("--importance: '{id}' staat er twee keer in")),
            None => {
                return Err(format!(
                    "--importance: onbekend criterium '{id}'; bekend: {}",
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

/// `--draws`: a whole number of at least 1; above the maximum it is capped,
/// with a remark for the report.
fn draws_from(text: &str) -> Result<(usize, Option<String>), String> {
    let value = numbers::parse_typed(text).map_err(|r| format!("--draws: {r}"))?;
    if value > DRAWS.max && value.normalize().scale() == 0 {
        let max = usize::try_from(DRAWS.max.mantissa()).unwrap_or(1_000_000);
        let remark = format!(
            "--draws {} is begrensd op {} trekkingen",
            crate::format::number_trimmed(value, 0),
            crate::format::number(DRAWS.max, 0)
        );
        return Ok((max, Some(remark)));
    }
    let draws = numbers::check_whole(value, &DRAWS).map_err(|r| format!("--draws: {r}"))?;
    Ok((usize::try_from(draws).unwrap_or(1), None))
}
