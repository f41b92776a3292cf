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
    /// Aandeel van een deelnemer in de verdeelsleutel, in hele procenten:
    /// "NAAM=PCT", bv. "Assen=31" (herhaalbaar; samen 100). Meer in één
    /// keer met puntkomma's: "Aa en Hunze=17;Assen=31;…".
    #[arg(long = "verdeelsleutel", alias = "cost-key", value_name = "NAAM=PCT")]
    pub key: Vec<String>,
    /// Loonkosten per fte per jaar in euro: EURO voor alle functies en
    /// rollen, of ID=EURO voor één functiecategorie of rol (herhaalbaar),
    /// bv. 95500, 95.500,50 of 95500,50.
    #[arg(
        long = "loonkosten",
        alias = "wage",
        value_name = "[ID=]EURO",
        allow_hyphen_values = true
    )]
    pub wages: Vec<String>,
    /// Of het toezicht op een segment met een eigen verdeling (artikel
    /// 8.4) meegaat naar de deelnemers die dat segment dragen: ja of nee
    /// (geldt voor elke eigen verdeling van de set).
    #[arg(long = "toezicht-eigen-verdeling", value_name = "ja|nee")]
    pub supervision_follows: Option<String>,
    /// Neem de profielen en de verdeelsleutel over uit deze set (bestand of
    /// ingebouwde naam; herhaalbaar). Zegt wat is overgenomen en wat botste.
    #[arg(long = "profielen-uit", alias = "profiles-from", value_name = "SET")]
    pub profiles_from: Vec<String>,
    /// Looptijd van de kosten per scenario: BEGINJAAR:JAREN, bv. 2026:5
    /// (vanaf 2026, 5 jaar), of 2026-2030; 1 tot 30 jaar. Standaard die
    /// van de set.
    #[arg(long = "looptijd", alias = "horizon", value_name = "JAAR:JAREN")]
    pub horizon: Option<String>,
    /// Budget voor de regio over de looptijd, in euro (bv. 2.000.000): hoe
    /// vaak is een scenario eerste in waarde én binnen het budget?
    #[arg(long = "budget", value_name = "EURO", allow_hyphen_values = true)]
    pub budget: Option<String>,
}

/// The inputs the options describe, the set they start from, and warnings.
#[derive(Debug, Clone)]
pub struct InputsFromArgs {
    pub inputs: Inputs,
    pub set: Option<SetLabel>,
    pub warnings: Vec<String>,
    /// What the options changed of the set, for every output's name of it.
    pub changes: Vec<String>,
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
        let mut changes = Vec::new();
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
                changes: Vec::new(),
            });
            inputs = opened.set.inputs;
        }
        // The set may add scenarios and criteria: `--gewichten` counts them.
        let extended = crate::model::own::extended(data, &inputs).into_owned();
        for arg in &self.profiles_from {
            let (opened, _) = resolve_set(data, &folder.sets, arg).map_err(|m| (m, 1))?;
            warnings.extend(opened.warning);
            warnings.push(crate::model::assumption_set::take_profiles_and_key(
                &mut inputs,
                &opened.set.inputs,
                &opened.set.name,
            ));
            changes.push(format!(
                "profielen en verdeelsleutel uit '{}'",
                opened.set.name
            ));
        }
        self.apply(&extended, &mut inputs).map_err(|m| (m, 2))?;
        let options = self.changing_options();
        if !options.is_empty() {
            changes.push(format!(
                "{} van de opdrachtregel",
                crate::format::join_and(&options)
            ));
        }
        Ok(InputsFromArgs {
            inputs,
            set,
            warnings,
            changes,
        })
    }

    /// The options given that change the set's inputs, by name.
    fn changing_options(&self) -> Vec<String> {
        [
            ("--gewichten", self.weights.is_some()),
            ("--keuze", !self.choices.is_empty()),
            ("--volume", !self.volumes.is_empty()),
            ("--profiel", !self.profiles.is_empty()),
            ("--verdeelsleutel", !self.key.is_empty()),
            ("--loonkosten", !self.wages.is_empty()),
            (
                "--toezicht-eigen-verdeling",
                self.supervision_follows.is_some(),
            ),
            ("--looptijd", self.horizon.is_some()),
            ("--budget", self.budget.is_some()),
        ]
        .into_iter()
        .filter(|(_, given)| *given)
        .map(|(name, _)| name.to_owned())
        .collect()
    }

    /// Applies `--gewichten`, `--keuze`, `--volume` and `--profiel` to
    /// `inputs`.
    pub fn apply(&self, data: &DataSet, inputs: &mut Inputs) -> Result<(), String> {
        if let Some(weights) = &self.weights {
            inputs.set_weights(&weight_list(data, weights, "--gewichten")?);
        }
        self.apply_profiles(data, inputs)?;
        self.apply_costs(data, inputs)?;
        super::scenario_costs::apply(self.horizon.as_deref(), self.budget.as_deref(), inputs)?;
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

impl InputArgs {
    /// `--loonkosten`, `--toezicht-eigen-verdeling` and `--verdeelsleutel`.
    fn apply_costs(&self, data: &DataSet, inputs: &mut Inputs) -> Result<(), String> {
        self.apply_wages(data, inputs)?;
        self.apply_supervision_follows(inputs)?;
        if self.key.is_empty() {
            return Ok(());
        }
        self.apply_key(data, inputs)
    }

    /// `--loonkosten [ID=]EURO`: for every category and role, or for one
    /// category or role of the set (replacing what it had).
    fn apply_wages(&self, data: &DataSet, inputs: &mut Inputs) -> Result<(), String> {
        use crate::model::costs::{Amount, Wage, WageTarget};
        for arg in &self.wages {
            let (target, value) = match arg.rsplit_once('=') {
                Some((id, value)) => (Some(id.trim()), value),
                None => (None, arg.as_str()),
            };
            let eur = numbers::read_typed(value, &crate::numbers::WAGE_EUR)
                .map_err(|refusal| format!("--loonkosten '{arg}': {refusal}"))?;
            let amount = Amount {
                eur,
                source: COMMAND_LINE.to_owned(),
            };
            let Some(id) = target else {
                inputs.costs.wage_all = Some(amount);
                continue;
            };
            let roles: Vec<String> = match &inputs.supervision {
                crate::model::inputs::Supervision::Roles(r) => {
                    r.roles.iter().map(|x| x.name.clone()).collect()
                }
                crate::model::inputs::Supervision::VolumeRule => Vec::new(),
            };
            let target = match data.categories.iter().position(|c| c.id == id) {
                Some(c) => WageTarget::Category(c),
                None if roles.iter().any(|r| r == id) => WageTarget::Role(id.to_owned()),
                None => {
                    return Err(format!(
                        "--loonkosten: onbekende functiecategorie of rol '{id}'; bekend: {}",
                        ids(data
                            .categories
                            .iter()
                            .map(|c| c.id.as_str())
                            .chain(roles.iter().map(String::as_str)))
                    ));
                }
            };
            inputs.costs.wages.retain(|w| w.target != target);
            inputs.costs.wages.push(Wage { target, amount });
        }
        Ok(())
    }

    /// `--verdeelsleutel NAAM=PCT;…`: a key in whole percents, each name
    /// once, complete for the participants and adding up to 100.
    fn apply_key(&self, data: &DataSet, inputs: &mut Inputs) -> Result<(), String> {
        use crate::model::costs::{CostKey, KeyMethod, key_shares};
        let mut values: Vec<(String, rust_decimal::Decimal)> = Vec::new();
        for arg in self
            .key
            .iter()
            .flat_map(|a| key_entries(a))
            .collect::<Result<Vec<_>, _>>()?
        {
            let (name, pct) = key_value(&arg)?;
            if values.iter().any(|(n, _)| n == name) {
                return Err(format!("--verdeelsleutel: '{name}' staat er twee keer in"));
            }
            values.push((name.to_owned(), pct));
        }
        let key = CostKey {
            method: KeyMethod::Percent,
            values,
            source: COMMAND_LINE.to_owned(),
        };
        let participants: Vec<String> = match &data.participants {
            Some(p) => p.names.clone(),
            None => key.values.iter().map(|(n, _)| n.clone()).collect(),
        };
        key_shares(&participants, &key).map_err(|why| format!("--verdeelsleutel: {why}"))?;
        inputs.costs.key = Some(key);
        Ok(())
    }

    /// `--toezicht-eigen-verdeling ja|nee`: whether the supervision of
    /// every own distribution's segment goes with it.
    fn apply_supervision_follows(&self, inputs: &mut Inputs) -> Result<(), String> {
        let Some(answer) = &self.supervision_follows else {
            return Ok(());
        };
        let follows = match answer.trim().to_lowercase().as_str() {
            "ja" => true,
            "nee" => false,
            other => {
                return Err(format!(
                    "--toezicht-eigen-verdeling '{other}': gebruik ja of nee"
                ));
            }
        };
        if inputs.costs.own_shares.is_empty() {
            return Err(
                "--toezicht-eigen-verdeling: de set heeft geen eigen verdeling (own_shares); er is geen toezicht dat mee kan gaan"
                    .to_owned(),
            );
        }
        for own in &mut inputs.costs.own_shares {
            own.supervision_follows = follows;
        }
        Ok(())
    }
}

/// The entries of one `--verdeelsleutel` argument: "Assen=31", or several
/// separated by semicolons ("Aa en Hunze=17;Assen=31") or by commas when
/// every piece names a participant ("Aa en Hunze=17,Assen=31"). A comma
/// that could be a decimal comma ("Assen=30,5") stays in its entry.
fn key_entries(arg: &str) -> Vec<Result<String, String>> {
    let several = |separator: char| -> Option<Vec<String>> {
        let pieces: Vec<&str> = arg.split(separator).map(str::trim).collect();
        (pieces.len() > 1).then_some(())?;
        let pieces: Vec<&str> = pieces.into_iter().filter(|p| !p.is_empty()).collect();
        pieces
            .iter()
            .all(|p| p.contains('='))
            .then(|| pieces.iter().map(|p| (*p).to_owned()).collect())
    };
    if let Some(entries) = several(';').or_else(|| several(',')) {
        return entries.into_iter().map(Ok).collect();
    }
    if arg.matches('=').count() > 1 {
        return vec![Err(format!(
            "--verdeelsleutel '{arg}': geef elke deelnemer als NAAM=PCT, gescheiden door puntkomma's (\"Aa en Hunze=17;Assen=31;…\") of met --verdeelsleutel per deelnemer"
        ))];
    }
    vec![Ok(arg.to_owned())]
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
    // The handleiding's examples are carried too: `--set vijf-profielen`
    // (also as `docs/voorbeelden/vijf-profielen.ron` where no such file is).
    if !path.is_file()
        && let Some(example) = crate::workspace::builtin::example(data, arg)
    {
        let opened = example
            .map_err(|errors| errors.iter().map(|e| format!("{e}\n")).collect::<String>())?;
        return Ok((opened, None));
    }
    let text = read_text_file(path).map_err(|e| {
        let names: Vec<&str> = builtin.iter().map(|s| s.name.as_str()).collect();
        let examples: Vec<String> = crate::workspace::builtin::examples_for(data)
            .into_iter()
            .map(|e| e.key)
            .collect();
        format!(
            "{e} (ingebouwde sets: {}; voorbeelden: {})",
            names.join(", "),
            examples.join(", ")
        )
    })?;
    let opened = parse_set(data, &path.display().to_string(), &text)
        .map_err(|errors| errors.iter().map(|e| format!("{e}\n")).collect::<String>())?;
    Ok((opened, Some(absolute(path))))
}

/// The source of what is typed on the command line.
const COMMAND_LINE: &str = "opdrachtregel";

/// One `NAAM=PCT` of `--verdeelsleutel`: the name and a whole percent
/// within the key's bounds.
fn key_value(arg: &str) -> Result<(&str, rust_decimal::Decimal), String> {
    let (name, pct) = arg
        .rsplit_once('=')
        .ok_or_else(|| format!("--verdeelsleutel '{arg}': gebruik \"NAAM=PCT\""))?;
    let parsed = numbers::parse_typed(pct)
        .map_err(|refusal| format!("--verdeelsleutel '{arg}': {refusal}"))?;
    if parsed.fract() != rust_decimal::Decimal::ZERO {
        return Err(format!(
            "--verdeelsleutel '{arg}': {} % is geen heel procent; de verdeelsleutel is in hele procenten (artikel 8.1)",
            crate::format::number_trimmed(parsed, 4)
        ));
    }
    let pct = numbers::check(parsed, &crate::numbers::KEY_PERCENT)
        .map_err(|refusal| format!("--verdeelsleutel '{arg}': {refusal}"))?;
    Ok((name.trim(), pct))
}
