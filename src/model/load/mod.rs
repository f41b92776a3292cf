//! Reading a data folder (or the embedded copy of the report) into a
//! validated [`DataSet`] and its built-in assumption sets, or into a list of
//! located Dutch messages. One module per input file, each returning a typed
//! part; [`load_texts`] only composes them:
//!
//! - `files.rs`: the texts (folder or embedded), bounded and checked;
//! - `scenarios.rs`, `criteria.rs`: `scenarios.ron`, `criteria.ron`;
//! - `staffing.rs`, `tables.rs`: `staffing.ron`'s structure and its
//!   published tables (Tabel 6 and 7);
//! - `sets.rs`: the built-in sets (`sets/*.ron`).
//!
//! The ratios are derived last, from the finished parts (`ratios.rs`).

mod criteria;
pub mod files;
mod problems;
mod scenarios;
mod sets;
mod staffing;
mod tables;

use std::path::Path;

pub use files::{
    CRITERIA_FILE, DataTexts, MAX_FILE_BYTES, SCENARIOS_FILE, SETS_DIR, STAFFING_FILE,
    embedded_examples, embedded_regions, embedded_texts, io_message, read_dir_texts,
    read_text_file, text_from_bytes,
};
use problems::Problems;

use super::assumption_set::AssumptionSet;
use super::dataset::DataSet;
use super::errors::{DataError, parse_ron};
use super::misprint::find_misprints;
use super::ratios::{FitInput, RatioError, derive_ratios};
use super::schema;

/// A data set with the assumption sets shipped with it.
#[derive(Debug, Clone)]
pub struct DataFolder {
    pub data: DataSet,
    /// The built-in sets, in file-name order (the first is "the report").
    pub sets: Vec<AssumptionSet>,
}

/// The embedded report data set. It is validated by the test suite, so this
/// cannot fail in a released binary.
pub fn load_embedded() -> Result<DataSet, Vec<DataError>> {
    load_texts(&embedded_texts())
}

/// The embedded report data set with its built-in sets.
pub fn load_embedded_folder() -> Result<DataFolder, Vec<DataError>> {
    load_folder_texts(&embedded_texts())
}

/// The data set in folder `dir` (without its sets).
pub fn load_dir(dir: &Path) -> Result<DataSet, Vec<DataError>> {
    load_texts(&read_dir_texts(dir)?)
}

/// The data set in folder `dir` with its built-in sets.
pub fn load_folder(dir: &Path) -> Result<DataFolder, Vec<DataError>> {
    load_folder_texts(&read_dir_texts(dir)?)
}

/// The data set and its built-in sets; a set that does not fit the data
/// refuses the folder.
pub fn load_folder_texts(texts: &DataTexts) -> Result<DataFolder, Vec<DataError>> {
    let data = load_texts(texts)?;
    let sets = sets::builtin_sets(&data, &texts.sets)?;
    Ok(DataFolder { data, sets })
}

/// What a data set without `staffing.ron` has: no years, segments,
/// categories or published tables. Everything about staffing is then empty
/// and the views and reports say so.
const NO_STAFFING: &str = "(years: [], segments: [], categories: [], volume_table: (title: \"\", section: \"\", columns: [], rows: []), staffing_table: (title: \"\", section: \"\", columns: [], rows: []))";

/// Composes the data set from its three files (the staffing file may be
/// absent).
pub fn load_texts(texts: &DataTexts) -> Result<DataSet, Vec<DataError>> {
    let (sf_name, sf_text) = &texts.scenarios;
    let (cf_name, cf_text) = &texts.criteria;
    let (tf_name, tf_text) = match &texts.staffing {
        Some((name, text)) => (name.as_str(), text.as_str()),
        None => (STAFFING_FILE, NO_STAFFING),
    };
    let sf = parse_ron::<schema::ScenariosFile>(sf_name, sf_text);
    let cf = parse_ron::<schema::CriteriaFile>(cf_name, cf_text);
    let tf = parse_ron::<schema::StaffingFile>(tf_name, tf_text);
    let (sf, cf, tf) = match (sf, cf, tf) {
        (Ok(a), Ok(b), Ok(c)) => (a, b, c),
        (a, b, c) => {
            return Err([a.err(), b.err(), c.err()].into_iter().flatten().collect());
        }
    };
    let mut scenario_problems = Problems::new(sf_name);
    let mut criteria_problems = Problems::new(cf_name);
    let mut staffing_problems = Problems::new(tf_name);
    let scenarios = scenarios::scenarios_part(&sf, &mut scenario_problems);
    let criteria = criteria::criteria_part(&cf, &scenarios.scenario_ids, &mut criteria_problems);
    let staffing = staffing::staffing_part(&tf, &mut staffing_problems);
    let tables = staffing
        .as_ref()
        .map(|s| tables::tables_part(&tf, s, &mut staffing_problems));
    let problems = [scenario_problems, criteria_problems, staffing_problems];
    let (Some(staffing), Some(tables), true) =
        (staffing, tables, problems.iter().all(Problems::is_empty))
    else {
        return Err(problems
            .into_iter()
            .flat_map(Problems::into_errors)
            .collect());
    };
    let fit_input = FitInput {
        segments: &staffing.segments,
        categories: &staffing.categories,
        developments: &staffing.developments,
        choices: &staffing.choices,
        assumptions: &staffing.assumptions,
        staffing_table: &tables.staffing_table,
    };
    let located = |e| vec![located_ratio_error(e, &tf, &staffing, tf_name)];
    let ratios_all_cells = derive_ratios(&fit_input, &[]).map_err(located)?;
    let misprints = find_misprints(&fit_input, &ratios_all_cells);
    let ratios = if misprints.is_empty() {
        ratios_all_cells.clone()
    } else {
        derive_ratios(&fit_input, &misprints).map_err(located)?
    };
    Ok(DataSet {
        name: scenarios.name,
        source: scenarios.source,
        organisation: scenarios.organisation,
        participants: scenarios.participants,
        fingerprint: files::fingerprint(texts),
        legacy_fingerprint: files::legacy_fingerprint(texts),
        scenarios: scenarios.scenarios,
        aspects: scenarios.aspects,
        cost_profile: scenarios.cost_profile,
        scale: criteria.scale,
        weights_note: criteria.weights_note,
        criteria: criteria.criteria,
        scores: criteria.scores,
        years: staffing.years,
        segments: staffing.segments,
        categories: staffing.categories,
        developments: staffing.developments,
        choices: staffing.choices,
        assumptions: staffing.assumptions,
        task_templates: staffing.task_templates,
        supervision_block: staffing.supervision_block,
        volume_table: tables.volume_table,
        staffing_table: tables.staffing_table,
        ratios,
        ratios_all_cells,
        misprints,
    })
}

/// Why the ratios cannot be derived, located in `staffing.ron`.
fn located_ratio_error(
    error: RatioError,
    tf: &schema::StaffingFile,
    staffing: &staffing::StaffingPart,
    file: &str,
) -> DataError {
    let seg = |s: usize| (staffing.segments[s].id.clone(), tf.segments[s].id.at);
    let (at, message) = match error {
        RatioError::NeverPublished { segment } => {
            let (id, at) = seg(segment);
            (
                at,
                format!(
                    "segment '{id}' komt in geen enkele rij van 'staffing_table' voor (of heeft rapportvolume 0): de fte per mln zijn niet af te leiden"
                ),
            )
        }
        RatioError::Inseparable { first, second } => {
            let (a, _) = seg(first);
            let (b, at) = seg(second);
            (
                at,
                format!(
                    "segmenten '{a}' en '{b}' komen in 'staffing_table' altijd samen voor; hun fte-verhouding volgt niet uit de gepubliceerde rijen. Leg een aanname vast onder 'assumptions'"
                ),
            )
        }
        RatioError::ReductionNeverPublished { choice, option } => (
            tf.choices[choice].options[option].id.at,
            format!(
                "optie '{}' verlaagt een categorie, maar komt in geen enkele rij van 'staffing_table' voor: de verlaging is niet af te leiden",
                staffing.choices[choice].options[option].id
            ),
        ),
        RatioError::Undetermined { category, .. } => (
            tf.categories[category].id.at,
            format!(
                "de rijen van 'staffing_table' bepalen de fte van categorie '{}' niet eenduidig; voeg een rij toe of verbind segmenten met een aanname",
                staffing.categories[category].id
            ),
        ),
    };
    DataError::new(file, at, message)
}
