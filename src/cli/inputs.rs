//! The options every output command shares: a set, weights, choices and
//! volumes on top of it. Every number goes through `numbers.rs`.

use std::path::Path;

use crate::model::assumption_set::{AssumptionSet, OpenedSet, parse_set};
use crate::model::load::{DataFolder, read_text_file};
use crate::model::{DataSet, Inputs};
use crate::numbers::{self, VOLUME_MLN, WEIGHT};
use crate::report::SetLabel;
use crate::workspace::files::absolute;

#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Een aannameset: een bestand, of het begin van de naam van een
    /// ingebouwde set (bv. klankbordgroep). Overige opties gaan erbovenop.
    #[arg(long = "set", value_name = "SET")]
    pub set: Option<String>,
    /// Gewichten per criterium, in de volgorde van criteria.ron: 1,2,1,1,1
    /// (met decimale komma's tussen aanhalingstekens en met puntkomma's:
    /// "0,5;1;1;1;1").
    #[arg(long = "gewichten", alias = "weights", value_name = "W1,W2,…")]
    pub weights: Option<String>,
    /// Een keuze: KEUZE=OPTIE, bv. buurtkracht=assen (herhaalbaar).
    #[arg(long = "keuze", alias = "choice", value_name = "KEUZE=OPTIE")]
    pub choices: Vec<String>,
    /// Een volume: SEGMENT:JAAR=MLN, bv. wmo_overig:2028=36,5 (herhaalbaar).
    #[arg(long = "volume", value_name = "SEGMENT:JAAR=MLN")]
    pub volumes: Vec<String>,
    /// Gewichten van één deelnemer (gemeente): "NAAM=W1,W2,…" in de volgorde
    /// van criteria.ron, bv. "Assen=0,0,0,0,1" (herhaalbaar).
    #[arg(long = "profiel", alias = "profile", value_name = "NAAM=W1,W2,…")]
    pub profiles: Vec<String>,
}

/// The inputs the options describe, the set they start from, and warnings.
#[derive(Debug, Clone)]
pub struct InputsFromArgs {
    pub inputs: Inputs,
    pub set: Option<SetLabel>,
    pub warnings: Vec<String>,
}

fn ids<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

impl InputArgs {
    /// The inputs: the set's (or the report's), with the options applied.
    /// The error is a Dutch message and an exit code (1: a file is wrong,
    /// 2: an option is wrong).
    pub fn resolve(&self, folder: &DataFolder) -> Result<InputsFromArgs, (String, i32)> {
        let data = &folder.data;
        let mut warnings = Vec::new();
        let mut inputs = Inputs::report_defaults(data);
        let mut set = None;
        if let Some(arg) = &self.set {
            let (opened, file) = resolve_set(data, &folder.sets, arg).map_err(|m| (m, 1))?;
            warnings.extend(opened.warning);
            set = Some(SetLabel {
                name: opened.set.name.clone(),
                author: opened.set.author.clone(),
                date: opened.set.date.clone(),
                builtin: file.is_none(),
                file,
                unsaved: false,
            });
            inputs = opened.set.inputs;
        }
        // The set may add scenarios and criteria: `--gewichten` counts them.
        let extended = crate::model::own::extended(data, &inputs).into_owned();
        self.apply(&extended, &mut inputs).map_err(|m| (m, 2))?;
        Ok(InputsFromArgs {
            inputs,
            set,
            warnings,
        })
    }

    /// Applies `--gewichten`, `--keuze`, `--volume` and `--profiel` to
    /// `inputs`.
    pub fn apply(&self, data: &DataSet, inputs: &mut Inputs) -> Result<(), String> {
        if let Some(weights) = &self.weights {
            inputs.set_weights(&weight_list(data, weights, "--gewichten")?);
        }
        self.apply_profiles(data, inputs)?;
        for choice in &self.choices {
            let (id, option) = choice
                .split_once('=')
                .ok_or_else(|| format!("--keuze '{choice}': gebruik KEUZE=OPTIE"))?;
            let c = data.choice_index(id.trim()).ok_or_else(|| {
                format!(
                    "--keuze: onbekende keuze '{id}'; bekend: {}",
                    ids(data.choices.iter().map(|c| c.id.as_str()))
                )
            })?;
            let o = data.choices[c]
                .options
                .iter()
                .position(|o| o.id == option.trim())
                .ok_or_else(|| {
                    format!(
                        "--keuze: onbekende optie '{option}' voor '{id}'; bekend: {}",
                        ids(data.choices[c].options.iter().map(|o| o.id.as_str()))
                    )
                })?;
            inputs.selection[c] = o;
        }
        for volume in &self.volumes {
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
                    ids(data.segments.iter().map(|s| s.id.as_str())),
                    data.years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
                )
            })?;
            inputs.volumes_mln[s][y] = numbers::read_typed(value, &VOLUME_MLN)
                .map_err(|refusal| format!("--volume '{volume}': {refusal}"))?;
        }
        Ok(())
    }
}

impl InputArgs {
    /// `--profiel "NAAM=W1,…"`: a participant of the data (each once, no
    /// more than there are), with a weight per criterion.
    fn apply_profiles(&self, data: &DataSet, inputs: &mut Inputs) -> Result<(), String> {
        use crate::model::own::{Profile, WeightMethod};
        let label = data
            .participants
            .as_ref()
            .map_or("deelnemers", |p| p.label.as_str());
        if let Some(p) = &data.participants
            && self.profiles.len() > p.names.len()
        {
            return Err(format!(
                "--profiel: {} profielen gegeven, maar er zijn {} {label}",
                self.profiles.len(),
                p.names.len()
            ));
        }
        let mut seen: Vec<String> = Vec::new();
        for arg in &self.profiles {
            let (name, weights) = arg
                .rsplit_once('=')
                .ok_or_else(|| format!("--profiel '{arg}': gebruik \"NAAM=W1,W2,…\""))?;
            let name = name.trim();
            if let Some(p) = &data.participants
                && !p.names.iter().any(|n| n == name)
            {
                return Err(format!(
                    "--profiel: onbekende deelnemer '{name}'; bekend: {}",
                    p.names.join(", ")
                ));
            }
            if name.is_empty() {
                return Err(format!("--profiel '{arg}': de naam ontbreekt"));
            }
            if seen.iter().any(|s| s == name) {
                return Err(format!("--profiel: '{name}' staat er twee keer in"));
            }
            seen.push(name.to_owned());
            let values = weight_list(data, weights, &format!("--profiel '{name}'"))?;
            inputs.profiles.retain(|p| p.name != name);
            inputs.profiles.push(Profile {
                name: name.to_owned(),
                method: WeightMethod::Typed,
                values,
            });
        }
        Ok(())
    }
}

/// "1,2,1,1,1" (or "0,5;1;1;1;1"): one weight per criterion.
fn weight_list(
    data: &DataSet,
    text: &str,
    option: &str,
) -> Result<Vec<rust_decimal::Decimal>, String> {
    let parts: Vec<&str> = if text.contains(';') {
        text.split(';').collect()
    } else {
        text.split(',').collect()
    };
    if parts.len() != data.criteria.len() {
        return Err(format!(
            "{option}: {} gewicht(en) gegeven, maar er zijn {} criteria ({})",
            parts.len(),
            data.criteria.len(),
            ids(data.criteria.iter().map(|c| c.id.as_str()))
        ));
    }
    parts
        .into_iter()
        .map(|part| {
            numbers::read_typed(part, &WEIGHT).map_err(|refusal| format!("{option}: {refusal}"))
        })
        .collect()
}

/// A set from a built-in name (case-insensitive start of its name) or a
/// file; with the file's absolute path.
pub fn resolve_set(
    data: &DataSet,
    builtin: &[AssumptionSet],
    arg: &str,
) -> Result<(OpenedSet, Option<String>), String> {
    let wanted = arg.trim().to_lowercase();
    if let Some(set) = builtin
        .iter()
        .find(|s| !wanted.is_empty() && s.name.to_lowercase().starts_with(&wanted))
    {
        let opened = OpenedSet {
            set: set.clone(),
            warning: None,
        };
        return Ok((opened, None));
    }
    let path = Path::new(arg);
    let text = read_text_file(path).map_err(|e| {
        let names: Vec<&str> = builtin.iter().map(|s| s.name.as_str()).collect();
        format!("{e} (ingebouwde sets: {})", names.join(", "))
    })?;
    let opened = parse_set(data, &path.display().to_string(), &text)
        .map_err(|errors| errors.iter().map(|e| format!("{e}\n")).collect::<String>())?;
    Ok((opened, Some(absolute(path))))
}
