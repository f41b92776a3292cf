//! What the program carries besides the report's data: the other regions'
//! data folders and the handleiding's examples (`build.rs` embeds them), so
//! that someone who installed the package can follow every walkthrough:
//! `--data midden-limburg`, `--set vijf-profielen`, and in the window
//! Bestand → Gegevens and Bestand → Voorbeeld openen.

use std::path::Path;

use crate::model::DataSet;
use crate::model::assumption_set::parse_set;
use crate::model::load::{self, DataFolder, load_folder_texts};

/// A data set the program carries: the word that names it, its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltinData {
    /// "midden-limburg" (`--data midden-limburg`), or the report's word
    /// ("nmd", its organisation in lower case).
    pub key: String,
    /// "ORGfit 2024 (Midden-Limburg)", as the data names itself.
    pub name: String,
}

/// An example of the handleiding: the word that names it and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// "vijf-profielen" (`--set vijf-profielen`): the file's name.
    pub key: String,
    /// "Voorbeeld: vijf profielen (verzonnen)", the set's own name.
    pub name: String,
}

/// The report's data and every other region the program carries (loaded
/// once per process).
pub fn builtin_data() -> &'static [BuiltinData] {
    static ALL: std::sync::OnceLock<Vec<BuiltinData>> = std::sync::OnceLock::new();
    ALL.get_or_init(load_builtin_names)
}

fn load_builtin_names() -> Vec<BuiltinData> {
    let mut all = Vec::new();
    if let Ok(data) = load::load_texts(&load::embedded_texts()) {
        all.push(BuiltinData {
            key: data.organisation.to_lowercase(),
            name: data.name,
        });
    }
    for (key, texts) in load::embedded_regions() {
        if let Ok(data) = load::load_texts(&texts) {
            all.push(BuiltinData {
                key,
                name: data.name,
            });
        }
    }
    all
}

/// The carried data set that `word` names (its key, or the start of its
/// name; any case), with where it came from for headers.
pub fn load_builtin(word: &str) -> Option<(DataFolder, String)> {
    let wanted = word.trim().to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let matches = |key: &str, name: &str| key == wanted || name.to_lowercase().starts_with(&wanted);
    let report = load::embedded_texts();
    if let Ok(data) = load::load_texts(&report)
        && matches(&data.organisation.to_lowercase(), &data.name)
    {
        return load_folder_texts(&report)
            .ok()
            .map(|f| (f, "ingebouwd".to_owned()));
    }
    load::embedded_regions()
        .into_iter()
        .find_map(|(key, texts)| {
            let data = load::load_texts(&texts).ok()?;
            matches(&key, &data.name)
                .then(|| load_folder_texts(&texts).ok())
                .flatten()
                .map(|f| (f, format!("ingebouwd: {key}")))
        })
}

/// The examples that fit `data` (an example made on another data set is
/// not offered), by key; worked out once per data set and process.
pub fn examples_for(data: &DataSet) -> Vec<Example> {
    type Cache = std::sync::Mutex<Vec<(String, Vec<Example>)>>;
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, examples)) = cache.iter().find(|(f, _)| *f == data.fingerprint) {
        return examples.clone();
    }
    let examples = parse_examples(data);
    cache.push((data.fingerprint.clone(), examples.clone()));
    examples
}

fn parse_examples(data: &DataSet) -> Vec<Example> {
    load::embedded_examples()
        .into_iter()
        .filter_map(|(key, label, text)| {
            let opened = parse_set(data, &label, text).ok()?;
            Some(Example {
                key,
                name: opened.set.name,
            })
        })
        .collect()
}

/// The example `word` names (its key or the start of its name), opened on
/// `data`: the set, and a warning if any.
pub fn example(
    data: &DataSet,
    word: &str,
) -> Option<Result<crate::model::assumption_set::OpenedSet, Vec<crate::model::errors::DataError>>> {
    let wanted = word.trim().to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let stem = Path::new(&wanted)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(&wanted)
        .to_owned();
    load::embedded_examples()
        .into_iter()
        .find(|(key, _, text)| {
            *key == stem
                || parse_set(data, key, text)
                    .is_ok_and(|o| o.set.name.to_lowercase().starts_with(&wanted))
        })
        .map(|(_, label, text)| parse_set(data, &label, text))
}
