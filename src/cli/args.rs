//! The command line's words: the commands and their options, in Dutch
//! (clap's derive), and the help text built from them.

use std::path::PathBuf;

use clap::{ArgAction, Parser, Subcommand, ValueEnum};

use super::inputs::InputArgs;

/// The command line as parsed and as its help shows it: the words of
/// `figuur --weergave` named from the list of screens, so a new figure is
/// in the help without retyping it.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().mut_subcommand("figuur", |figure| {
        figure.mut_arg("weergave", |arg| {
            let words = crate::present::screen::Screen::figure_words();
            let (last, rest) = words.split_last().expect("figures exist");
            arg.help(format!(
                "Wat de figuur toont: {} of {last} (standaard alles).",
                rest.join(", ")
            ))
        })
    })
}

/// The template of every help text: no "Usage:", headings in Dutch.
const HELP_TEMPLATE: &str = "{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

#[derive(Debug, Parser)]
#[command(
    name = "nmd-scenarios",
    version,
    about = "Scenario's en minimale formatie van de NMD-samenwerking (Berenschot, rapport 76271).\nZonder opdracht opent het venster.",
    after_help = "\nGegevens: met --data MAP, anders de map 'scenarios' in de huidige map als die bestaat, anders de ingebouwde gegevens van het rapport.",
    help_template = HELP_TEMPLATE,
    override_usage = "nmd-scenarios [--data MAP] [OPDRACHT] [OPTIES]",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    hide_possible_values = true,
    subcommand_help_heading = "Opdrachten",
    subcommand_value_name = "OPDRACHT",
    next_help_heading = "Opties"
)]
pub struct Cli {
    /// Map met scenarios.ron, criteria.ron en staffing.ron.
    #[arg(long, global = true, value_name = "MAP")]
    pub data: Option<PathBuf>,
    /// Toon deze hulptekst.
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true)]
    pub help: Option<bool>,
    /// Toon het versienummer.
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    pub version: Option<bool>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Controleer een map met gegevens; exitcode 0 als alles klopt.
    #[command(
        name = "controleer",
        alias = "check",
        help_template = HELP_TEMPLATE,
        override_usage = "nmd-scenarios controleer [--data MAP]",
        next_help_heading = "Opties"
    )]
    Check,
    /// Druk het rapport af: formatie, bronnencontrole, rangorde,
    /// gemeenten, lasten en robuustheid, als tekst of CSV (--formaat csv),
    /// of schrijf het als Excel-werkmap (--formaat xlsx --uit PAD.xlsx).
    #[command(
        name = "rapport",
        alias = "report",
        help_template = HELP_TEMPLATE,
        override_usage = "nmd-scenarios rapport [OPTIES]",
        next_help_heading = "Opties"
    )]
    Report(ReportArgs),
    /// Schrijf de Excel-werkmap (.xlsx) van het rapport, elk blad met zijn
    /// afleiding; hetzelfde als 'rapport --formaat xlsx'.
    #[command(
        name = "werkmap",
        alias = "workbook",
        help_template = HELP_TEMPLATE,
        override_usage = "nmd-scenarios werkmap [OPTIES] --uit PAD.xlsx",
        next_help_heading = "Opties"
    )]
    Werkmap(WorkbookArgs),
    /// Teken een figuur voor een raadsvoorstel (PNG, 2× scherp), met alle
    /// aannames eronder; zonder venster.
    #[command(
        alias = "figure",
        help_template = HELP_TEMPLATE,
        override_usage = "nmd-scenarios figuur [OPTIES] --uit PAD.png",
        next_help_heading = "Opties"
    )]
    Figuur(FigureArgs),
    /// Maak een bijlage voor een raadsvoorstel (Word, .docx): figuren,
    /// tabellen met de afleiding, bronnencontrole, aannames, rangorde en
    /// robuustheid; zonder venster.
    #[command(
        alias = "appendix",
        help_template = HELP_TEMPLATE,
        override_usage = "nmd-scenarios bijlage [OPTIES] --uit PAD.docx",
        next_help_heading = "Opties"
    )]
    Bijlage(AppendixArgs),
}

#[derive(Debug, clap::Args)]
pub struct WorkbookArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Seed van de robuustheidsanalyse (SMAA-2); standaard die van de set.
    #[arg(long, value_name = "GETAL")]
    pub seed: Option<String>,
    /// Aantal trekkingen voor SMAA-2: 1 tot 1.000.000 (standaard 10.000).
    #[arg(long = "trekkingen", alias = "draws", value_name = "AANTAL")]
    pub draws: Option<String>,
    /// Het bestand (.xlsx) waarin de werkmap komt.
    #[arg(long = "uit", alias = "out", value_name = "PAD", required = true)]
    pub out: PathBuf,
}

impl WorkbookArgs {
    /// The same as `rapport --formaat xlsx --uit PAD`.
    pub fn as_report(&self) -> ReportArgs {
        ReportArgs {
            inputs: self.inputs.clone(),
            format: ReportFormat::Xlsx,
            compare_with: None,
            seed: self.seed.clone(),
            draws: self.draws.clone(),
            importance: None,
            out: Some(self.out.clone()),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct AppendixArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Het bestand (.docx) waarin de bijlage komt.
    #[arg(long = "uit", alias = "out", value_name = "PAD", required = true)]
    pub out: PathBuf,
}

/// The words `--weergave` takes: every screen that makes a figure
/// (`present::screen::SCREENS`), its earlier words hidden.
fn figure_words() -> clap::builder::PossibleValuesParser {
    use crate::present::screen::SCREENS;
    clap::builder::PossibleValuesParser::new(SCREENS.iter().flat_map(|s| {
        s.word
            .map(clap::builder::PossibleValue::new)
            .into_iter()
            .chain(
                s.old_words
                    .iter()
                    .map(|w| clap::builder::PossibleValue::new(*w).hide(true)),
            )
    }))
}

#[derive(Debug, clap::Args)]
pub struct FigureArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Wat de figuur toont (de woorden van het menu Beeld; standaard
    /// alles). De lijst komt uit de schermen van het programma: zie
    /// `command()`.
    #[arg(
        id = "weergave",
        long = "weergave",
        value_name = "WEERGAVE",
        default_value = "alles",
        hide_default_value = true
    )]
    #[arg(value_parser = figure_words())]
    pub view: String,
    /// Het PNG-bestand dat wordt geschreven.
    #[arg(long = "uit", alias = "out", value_name = "PAD", required = true)]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    #[value(name = "tekst", alias = "text")]
    Text,
    Csv,
    /// An Excel workbook (needs --uit).
    Xlsx,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Uitvoer als 'tekst' (standaard), 'csv' (voor Nederlandse Excel) of
    /// 'xlsx' (een Excel-werkmap; vraagt --uit PAD.xlsx).
    #[arg(long = "formaat", alias = "format", value_enum, value_name = "FORMAAT", default_value_t = ReportFormat::Text, hide_default_value = true)]
    pub format: ReportFormat,
    /// Vergelijk met een tweede set (bestand of ingebouwde naam).
    #[arg(long = "vergelijk-met", alias = "compare-with", value_name = "SET")]
    pub compare_with: Option<String>,
    /// Seed van de robuustheidsanalyse (SMAA-2); standaard die van de set.
    #[arg(long, value_name = "GETAL")]
    pub seed: Option<String>,
    /// Aantal trekkingen voor SMAA-2: 1 tot 1.000.000 (standaard 10.000);
    /// meer wordt begrensd, en het rapport zegt dat.
    #[arg(long = "trekkingen", alias = "draws", value_name = "AANTAL")]
    pub draws: Option<String>,
    /// Volgorde van belang voor SMAA-2: criterium-ids, belangrijkste eerst,
    /// bv. toezicht,legitimiteit.
    #[arg(long = "belang", alias = "importance", value_name = "ID,ID,…")]
    pub importance: Option<String>,
    /// Schrijf naar dit bestand in plaats van naar het scherm.
    #[arg(long = "uit", alias = "out", value_name = "PAD")]
    pub out: Option<PathBuf>,
}
