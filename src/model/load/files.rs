//! Getting the texts of a data set: from a folder, or the copy of the
//! report compiled into the binary. Only regular files are read, and never
//! more than [`MAX_FILE_BYTES`] + 1 bytes, so a device, a pipe or a huge file
//! is refused quickly with bounded memory.

use std::io::{ErrorKind, Read};
use std::path::Path;

use crate::model::errors::DataError;
use crate::model::located::Pos;

pub const SCENARIOS_FILE: &str = "scenarios.ron";
pub const CRITERIA_FILE: &str = "criteria.ron";
pub const STAFFING_FILE: &str = "staffing.ron";
/// The folder of built-in assumption sets inside a data folder.
pub const SETS_DIR: &str = "sets";
/// Larger input files are refused without reading them whole.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
/// A folder's `sets/` may hold at most this many built-in sets.
pub const MAX_SETS: usize = 100;

/// The texts of a data set, each with the name used in messages.
#[derive(Debug, Clone)]
pub struct DataTexts {
    pub scenarios: (String, String),
    pub criteria: (String, String),
    /// `None`: the folder has no `staffing.ron` (a data set without a
    /// staffing table, e.g. a decision on form only).
    pub staffing: Option<(String, String)>,
    /// Built-in assumption sets (`sets/*.ron`), in file-name order.
    pub sets: Vec<(String, String)>,
}

/// The built-in sets of the embedded data: `scenarios/sets/*.ron`, found by
/// `build.rs`.
const EMBEDDED_SETS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_sets.rs"));

/// Other regions' data folders, `scenarios/regio-*/`: folder, scenarios,
/// criteria, staffing (if any) and sets, found by `build.rs`.
#[allow(clippy::type_complexity)]
const EMBEDDED_REGIONS: &[(&str, &str, &str, Option<&str>, &[(&str, &str)])] =
    include!(concat!(env!("OUT_DIR"), "/embedded_regions.rs"));

/// The handleiding's examples, `docs/voorbeelden/*.ron`, found by
/// `build.rs`: (path, text).
const EMBEDDED_EXAMPLES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/embedded_examples.rs"));

/// Another region's data compiled into the program: the word that names it
/// (`--data midden-limburg`: the folder's name without "regio-") and its
/// texts.
pub fn embedded_regions() -> Vec<(String, DataTexts)> {
    let embedded = |name: &str, text: &str| (format!("[ingebouwd] {name}"), text.to_owned());
    EMBEDDED_REGIONS
        .iter()
        .map(|(folder, scenarios, criteria, staffing, sets)| {
            let name = folder.rsplit('/').next().unwrap_or(folder);
            let key = name.strip_prefix("regio-").unwrap_or(name).to_owned();
            let texts = DataTexts {
                scenarios: embedded(&format!("{folder}/scenarios.ron"), scenarios),
                criteria: embedded(&format!("{folder}/criteria.ron"), criteria),
                staffing: staffing.map(|t| embedded(&format!("{folder}/staffing.ron"), t)),
                sets: sets.iter().map(|(n, t)| embedded(n, t)).collect(),
            };
            (key, texts)
        })
        .collect()
}

/// The handleiding's examples compiled into the program: the word that
/// names each (`--set vijf-profielen`: the file's name without ".ron"),
/// where it is in the sources, and its text.
pub fn embedded_examples() -> Vec<(String, String, &'static str)> {
    EMBEDDED_EXAMPLES
        .iter()
        .map(|(path, text)| {
            let stem = std::path::Path::new(path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(path)
                .to_owned();
            (stem, format!("[ingebouwd] {path}"), *text)
        })
        .collect()
}

/// The report's data set, compiled into the binary.
pub fn embedded_texts() -> DataTexts {
    let embedded = |name: &str, text: &str| (format!("[ingebouwd] {name}"), text.to_owned());
    DataTexts {
        scenarios: embedded(
            "scenarios/scenarios.ron",
            include_str!("../../../scenarios/scenarios.ron"),
        ),
        criteria: embedded(
            "scenarios/criteria.ron",
            include_str!("../../../scenarios/criteria.ron"),
        ),
        staffing: Some(embedded(
            "scenarios/staffing.ron",
            include_str!("../../../scenarios/staffing.ron"),
        )),
        sets: EMBEDDED_SETS
            .iter()
            .map(|(name, text)| embedded(name, text))
            .collect(),
    }
}

/// Reads the files of the data folder `dir`, with every problem located.
pub fn read_dir_texts(dir: &Path) -> Result<DataTexts, Vec<DataError>> {
    let folder = dir.display().to_string();
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(vec![DataError::new(folder, None, "map niet gevonden")]);
        }
        Err(e) => return Err(vec![DataError::new(folder, None, io_message(&e))]),
        Ok(m) if !m.is_dir() => {
            return Err(vec![DataError::new(
                folder,
                None,
                "dit is een bestand, geen map met gegevens",
            )]);
        }
        Ok(_) => {}
    }
    let mut errors = Vec::new();
    let mut read = |name: &str| {
        let path = dir.join(name);
        match read_text_file(&path) {
            Ok(text) => Some((path.display().to_string(), text)),
            Err(e) => {
                errors.push(e);
                None
            }
        }
    };
    let scenarios = read(SCENARIOS_FILE);
    let criteria = read(CRITERIA_FILE);
    // A data set may have no staffing table: then there is no file.
    let staffing_path = dir.join(STAFFING_FILE);
    let has_staffing = std::fs::symlink_metadata(&staffing_path).is_ok();
    let staffing = if has_staffing {
        read(STAFFING_FILE).map(Some)
    } else {
        Some(None)
    };
    let mut sets = Vec::new();
    let sets_dir = dir.join(SETS_DIR);
    if sets_dir.is_dir() {
        let mut paths: Vec<_> = std::fs::read_dir(&sets_dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        if paths.len() > MAX_SETS {
            errors.push(DataError::new(
                sets_dir.display().to_string(),
                None,
                format!("te veel sets ({}; hoogstens {MAX_SETS})", paths.len()),
            ));
            paths.truncate(MAX_SETS);
        }
        for path in paths {
            match read_text_file(&path) {
                Ok(text) => sets.push((path.display().to_string(), text)),
                Err(e) => errors.push(e),
            }
        }
    }
    match (scenarios, criteria, staffing) {
        (Some(scenarios), Some(criteria), Some(staffing)) if errors.is_empty() => Ok(DataTexts {
            scenarios,
            criteria,
            staffing,
            sets,
        }),
        _ => Err(errors),
    }
}

/// Reads a UTF-8 text file of at most [`MAX_FILE_BYTES`], with Dutch errors.
/// Only regular files (also through a link): a device, a pipe or a folder is
/// refused before it is opened, so reading never blocks or runs on.
pub fn read_text_file(path: &Path) -> Result<String, DataError> {
    let name = path.display().to_string();
    let fail = |message: String| DataError::new(name.clone(), None, message);
    let metadata = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    if metadata.is_dir() {
        return Err(fail("dit is een map, geen bestand".into()));
    }
    if !metadata.is_file() {
        return Err(fail(
            "dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); kies een tekstbestand".into(),
        ));
    }
    let too_large = |bytes: u64| {
        fail(format!(
            "bestand is te groot ({} MB; de grens is {} MB)",
            bytes.div_ceil(1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ))
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| fail(io_message(&e)))?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    text_from_bytes(&name, bytes)
}

/// Checks that `bytes` are UTF-8, naming the position of the first bad byte.
/// A byte-order mark at the start is dropped (Windows editors write one).
pub fn text_from_bytes(name: &str, mut bytes: Vec<u8>) -> Result<String, DataError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let prefix = String::from_utf8_lossy(valid);
        let line = prefix.matches('\n').count() + 1;
        let col = prefix.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        DataError::new(
            name,
            Some(Pos { line, col }),
            "het bestand is geen geldige UTF-8-tekst (sla het op als UTF-8)",
        )
    })
}

/// The system's error code for a loop of symbolic links (`ErrorKind`'s own
/// variant is not stable yet): ELOOP on Linux and the BSDs, and Windows'
/// ERROR_CANT_RESOLVE_FILENAME.
#[cfg(target_os = "linux")]
const LINK_LOOP: i32 = 40;
#[cfg(windows)]
const LINK_LOOP: i32 = 1921;
#[cfg(not(any(target_os = "linux", windows)))]
const LINK_LOOP: i32 = 62;

/// Why a file could not be read, in Dutch (never the system's English).
pub fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "bestand niet gevonden".into(),
        ErrorKind::PermissionDenied => "geen toestemming om dit bestand te lezen".into(),
        ErrorKind::IsADirectory => "dit is een map, geen bestand".into(),
        ErrorKind::NotADirectory => "een deel van het pad is geen map".into(),
        ErrorKind::InvalidFilename => "ongeldige bestandsnaam".into(),
        ErrorKind::InvalidData => "het bestand bevat ongeldige gegevens".into(),
        ErrorKind::Interrupted | ErrorKind::TimedOut | ErrorKind::WouldBlock => {
            "het lezen werd onderbroken; probeer het opnieuw".into()
        }
        _ if error.raw_os_error() == Some(LINK_LOOP) => {
            "de verwijzingen (links) in dit pad vormen een kring; het bestand is niet te vinden"
                .into()
        }
        _ => match error.raw_os_error() {
            Some(code) => format!("het bestand kon niet worden gelezen (systeemfout {code})"),
            None => "het bestand kon niet worden gelezen".into(),
        },
    }
}

/// SHA-256 over the three data texts (scenarios, criteria, staffing; an
/// absent staffing file is empty), 64 hex digits: identifies the data set
/// in assumption sets and, shortened, in every output.
pub fn fingerprint(texts: &DataTexts) -> String {
    let staffing = texts
        .staffing
        .as_ref()
        .map_or("", |(_, text)| text.as_str());
    crate::model::fingerprint::sha256_hex(&[&texts.scenarios.1, &texts.criteria.1, staffing])
}

/// The fingerprint of versions up to 0.1: FNV-1a, 16 hex digits. Sets saved
/// by those versions refer to the data with it, and still fit.
pub fn legacy_fingerprint(texts: &DataTexts) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let staffing = texts
        .staffing
        .as_ref()
        .map_or("", |(_, text)| text.as_str());
    for text in [&texts.scenarios.1, &texts.criteria.1, staffing] {
        for byte in text.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
