//! Command-line arguments: start the GUI, `check` a data folder, or print a
//! `report`. The commands return their output and exit code, so tests can run
//! them without a process.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::assumption_set::{OpenedSet, parse_set};
use crate::model::compare::compare;
use crate::model::errors::DataError;
use crate::model::load::{self, DataFolder};
use crate::model::robustness::{RobustnessOptions, robustness};
use crate::model::source_check::source_check;
use crate::model::{DataSet, Inputs, compute};
use crate::numbers::{self, VOLUME_MLN, WEIGHT};
use crate::report::{ReportContext, comparison_csv, comparison_text, csv_report, text_report};

#[derive(Debug, Parser)]
#[command(
    name = "nmd-scenarios",
    version,
    about = "Scenario's en minimale formatie van de NMD-samenwerking (Berenschot, rapport 76271).\nZonder opdracht opent het venster.",
    after_help = "Gegevens: met --data MAP, anders de map 'scenarios' in de huidige map als die bestaat, anders de ingebouwde gegevens van het rapport."
)]
pub struct Cli {
    /// Map met scenarios.ron, criteria.ron en staffing.ron.
    #[arg(long, global = true, value_name = "MAP")]
    pub data: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Controleer een map met gegevens; exitcode 0 als alles klopt.
    Check,
    /// Druk formatie, bronnencontrole en rangorde af.
    Report(ReportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Gewichten per criterium, in de volgorde van criteria.ron: 1,2,1,1,1
    /// (decimaal met punt of komma tussen aanhalingstekens: "0,5;1" mag ook).
    #[arg(long, value_name = "W1,W2,…")]
    pub weights: Option<String>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Een keuze: KEUZE=OPTIE, bv. buurtkracht=assen (herhaalbaar).
    #[arg(long = "choice", alias = "keuze", value_name = "KEUZE=OPTIE")]
    pub choices: Vec<String>,
    /// Een volume: SEGMENT:JAAR=MLN, bv. wmo_overig:2028=36,5 (herhaalbaar).
    #[arg(long = "volume", value_name = "SEGMENT:JAAR=MLN")]
    pub volumes: Vec<String>,
    /// Een aannameset: een bestand, of het begin van de naam van een
    /// ingebouwde set (bv. klankbordgroep). Overige opties gaan erbovenop.
    #[arg(long = "set", value_name = "SET")]
    pub set: Option<String>,
    /// Vergelijk met een tweede set (bestand of ingebouwde naam).
    #[arg(long = "compare-with", alias = "vergelijk-met", value_name = "SET")]
    pub compare_with: Option<String>,
    /// Seed van de robuustheidsanalyse (SMAA-2); standaard die van de set.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Aantal trekkingen voor SMAA-2 (standaard 10.000).
    #[arg(long)]
    pub draws: Option<usize>,
    /// Volgorde van belang voor SMAA-2: criterium-ids, belangrijkste eerst,
    /// bv. toezicht,legitimiteit.
    #[arg(long, value_name = "ID,ID,…")]
    pub importance: Option<String>,
}

/// Output of a command: text for stdout, text for stderr, exit code.
#[derive(Debug, Default)]
pub struct CommandOutput {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
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
        Some(dir) => load::load_folder(&dir).map(|d| (d, format!("map {}", dir.display()))),
        None => load::load_embedded_folder().map(|d| (d, "ingebouwd".to_owned())),
    }
}

fn errors_text(errors: &[DataError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}

pub fn run_check(data_dir: Option<&Path>) -> CommandOutput {
    match load_data(data_dir) {
        Ok((DataFolder { data, .. }, origin)) => {
            let check = source_check(&data);
            CommandOutput {
                stdout: format!(
                    "In orde: {} ({origin}): {} scenario's, {} criteria, {} segmenten, {} functiecategorieën. Bronnencontrole: {} afwijking(en).\n",
                    data.name,
                    data.scenarios.len(),
                    data.criteria.len(),
                    data.segments.len(),
                    data.categories.len(),
                    check.count(crate::model::source_check::Status::Discrepancy)
                ),
                stderr: String::new(),
                code: 0,
            }
        }
        Err(errors) => CommandOutput {
            stdout: String::new(),
            stderr: format!(
                "{}{} gevonden.\n",
                errors_text(&errors),
                crate::format::problems(errors.len())
            ),
            code: 1,
        },
    }
}

/// Applies `--weights`, `--choice` and `--volume` to `inputs`.
pub fn apply_report_args(
    data: &DataSet,
    args: &ReportArgs,
    inputs: &mut Inputs,
) -> Result<(), String> {
    if let Some(weights) = &args.weights {
        let parts: Vec<&str> = if weights.contains(';') {
            weights.split(';').collect()
        } else {
            weights.split(',').collect()
        };
        if parts.len() != data.criteria.len() {
            return Err(format!(
                "--weights: {} gewicht(en) gegeven, maar er zijn {} criteria ({})",
                parts.len(),
                data.criteria.len(),
                data.criteria
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let mut values = Vec::new();
        for part in parts {
            match numbers::read_typed(part, &WEIGHT) {
                Ok(v) => values.push(v),
                Err(refusal) => return Err(format!("--weights: {refusal}")),
            }
        }
        inputs.weights = values;
    }
    for choice in &args.choices {
        let (id, option) = choice
            .split_once('=')
            .ok_or_else(|| format!("--choice '{choice}': gebruik KEUZE=OPTIE"))?;
        let c = data.choice_index(id.trim()).ok_or_else(|| {
            format!(
                "--choice: onbekende keuze '{id}'; bekend: {}",
                data.choices
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
        let o = data.choices[c]
            .options
            .iter()
            .position(|o| o.id == option.trim())
            .ok_or_else(|| {
                format!(
                    "--choice: onbekende optie '{option}' voor '{id}'; bekend: {}",
                    data.choices[c]
                        .options
                        .iter()
                        .map(|o| o.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
        inputs.selection[c] = o;
    }
    if let Some(seed) = args.seed {
        inputs.smaa_seed = seed;
    }
    if let Some(order) = &args.importance {
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
        inputs.importance = importance;
    }
    for volume in &args.volumes {
        let parse = || -> Option<(usize, usize, &str)> {
            let (key, value) = volume.split_once('=')?;
            let (segment, year) = key.split_once(':')?;
            let s = data.segment_index(segment.trim())?;
            let y = data.year_index(year.trim().parse().ok()?)?;
            Some((s, y, value))
        };
        let (s, y, value) = parse().ok_or_else(|| {
            format!(
                "--volume '{volume}': gebruik SEGMENT:JAAR=MLN met een bekend segment ({}) en jaar ({})",
                data.segments.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", "),
                data.years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
            )
        })?;
        inputs.volumes_mln[s][y] = numbers::read_typed(value, &VOLUME_MLN)
            .map_err(|refusal| format!("--volume '{volume}': {refusal}"))?;
    }
    Ok(())
}

/// A set from a built-in name (case-insensitive start of its name) or a file.
pub fn resolve_set(folder: &DataFolder, arg: &str) -> Result<OpenedSet, String> {
    let data = &folder.data;
    let wanted = arg.trim().to_lowercase();
    if let Some(set) = folder
        .sets
        .iter()
        .find(|s| !wanted.is_empty() && s.name.to_lowercase().starts_with(&wanted))
    {
        return Ok(OpenedSet {
            set: set.clone(),
            warning: None,
        });
    }
    let path = Path::new(arg);
    let text = load::read_text_file(path).map_err(|e| {
        let builtin: Vec<&str> = folder.sets.iter().map(|s| s.name.as_str()).collect();
        format!("{e} (ingebouwde sets: {})", builtin.join(", "))
    })?;
    parse_set(data, &path.display().to_string(), &text).map_err(|errors| errors_text(&errors))
}

pub fn run_report(data_dir: Option<&Path>, args: &ReportArgs) -> CommandOutput {
    let (folder, origin) = match load_data(data_dir) {
        Ok(loaded) => loaded,
        Err(errors) => {
            return CommandOutput {
                stderr: errors_text(&errors),
                code: 1,
                ..Default::default()
            };
        }
    };
    let data = &folder.data;
    let mut warnings = String::new();
    let mut set_name = None;
    let mut inputs = Inputs::report_defaults(data);
    if let Some(arg) = &args.set {
        match resolve_set(&folder, arg) {
            Ok(opened) => {
                if let Some(w) = opened.warning {
                    warnings.push_str(&format!("{w}\n"));
                }
                set_name = Some(opened.set.name.clone());
                inputs = opened.set.inputs;
            }
            Err(message) => {
                return CommandOutput {
                    stderr: format!("{}\n", message.trim_end()),
                    code: 1,
                    ..Default::default()
                };
            }
        }
    }
    if let Err(message) = apply_report_args(data, args, &mut inputs) {
        return CommandOutput {
            stderr: format!("{message}\n"),
            code: 2,
            ..Default::default()
        };
    }
    if let Some(other) = &args.compare_with {
        let opened = match resolve_set(&folder, other) {
            Ok(opened) => opened,
            Err(message) => {
                return CommandOutput {
                    stderr: format!("{}\n", message.trim_end()),
                    code: 1,
                    ..Default::default()
                };
            }
        };
        if let Some(w) = opened.warning {
            warnings.push_str(&format!("{w}\n"));
        }
        let name_a = set_name
            .clone()
            .unwrap_or_else(|| "de huidige aannames".to_owned());
        let comparison = compare(data, &name_a, &inputs, &opened.set.name, &opened.set.inputs);
        let stdout = match args.format {
            ReportFormat::Text => comparison_text(data, &comparison),
            ReportFormat::Csv => comparison_csv(data, &comparison),
        };
        return CommandOutput {
            stdout,
            stderr: warnings,
            code: 0,
        };
    }
    let outcome = compute(data, &inputs);
    let check = source_check(data);
    let mut options = RobustnessOptions::from_inputs(&inputs);
    if let Some(draws) = args.draws {
        options.draws = draws.clamp(1, 1_000_000);
    }
    let robustness = robustness(data, &inputs, &options);
    let ctx = ReportContext {
        data,
        data_origin: &origin,
        inputs: &inputs,
        outcome: &outcome,
        check: &check,
        set_name: set_name.as_deref(),
        robustness: Some(&robustness),
    };
    let stdout = match args.format {
        ReportFormat::Text => text_report(&ctx),
        ReportFormat::Csv => csv_report(&ctx),
    };
    CommandOutput {
        stdout,
        stderr: warnings,
        code: 0,
    }
}
