//! Writing files without losing the old one, file names, and today's date.
//!
//! A file is written to a temporary file next to the target, flushed to
//! disk, then renamed over the target (`tempfile`'s persist: rename on Unix,
//! MoveFileEx with replace on Windows). A crash or kill during the write
//! leaves the old file intact.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bestand");
    if path.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "target is a folder",
        ));
    }
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    // tempfile creates its file readable by the owner only; a saved set is
    // shared, so give it the permissions of the file it replaces, or the
    // usual ones for a new file.
    let permissions = match std::fs::metadata(path) {
        Ok(old) => Some(old.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable where the platform allows it.
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Why a file could not be written, in Dutch, for the user.
pub fn write_error_message(error: &std::io::Error) -> String {
    worded_write_error(error.kind(), error.raw_os_error(), cfg!(windows))
}

/// Windows' "used by another process" (`ERROR_SHARING_VIOLATION`) and
/// "part of the file is locked" (`ERROR_LOCK_VIOLATION`): what writing over
/// a workbook that is open in Excel gives. The standard library leaves them
/// uncategorised.
const WINDOWS_FILE_IN_USE: [i32; 2] = [32, 33];

/// The wording of a write error, apart from the platform it happened on,
/// so that the Windows wording is tested on every machine.
pub fn worded_write_error(
    kind: std::io::ErrorKind,
    raw_os_error: Option<i32>,
    on_windows: bool,
) -> String {
    use std::io::ErrorKind;
    const IN_USE: &str =
        "het bestand is in gebruik door een ander programma; sluit het daar en probeer opnieuw";
    if on_windows && raw_os_error.is_some_and(|code| WINDOWS_FILE_IN_USE.contains(&code)) {
        return IN_USE.into();
    }
    match kind {
        // Windows refuses to replace a file another program holds open
        // with "access denied": say both.
        ErrorKind::PermissionDenied if on_windows => {
            "geen toestemming om hier te schrijven, of het bestand is open in een ander programma (sluit het daar en probeer opnieuw)".into()
        }
        ErrorKind::PermissionDenied => "geen toestemming om hier te schrijven".into(),
        ErrorKind::NotFound => "de map bestaat niet".into(),
        ErrorKind::IsADirectory => "dit is een map, geen bestand".into(),
        ErrorKind::NotADirectory => "een deel van het pad is geen map".into(),
        ErrorKind::StorageFull => "de schijf is vol".into(),
        ErrorKind::QuotaExceeded => "uw schijfruimte is op (quotum bereikt)".into(),
        ErrorKind::ReadOnlyFilesystem => "deze schijf is alleen-lezen".into(),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => IN_USE.into(),
        ErrorKind::InvalidFilename => "ongeldige bestandsnaam".into(),
        ErrorKind::CrossesDevices => {
            "het bestand kan niet over schijven heen worden vervangen".into()
        }
        _ => match raw_os_error {
            Some(code) => format!("schrijven mislukt (systeemfout {code})"),
            None => "schrijven mislukt".into(),
        },
    }
}

/// "Opslaan in PAD mislukt: reden" for a failed write.
pub fn write_failure(path: &Path, error: &std::io::Error) -> String {
    format!(
        "opslaan in {} mislukt: {}",
        absolute(path),
        write_error_message(error)
    )
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Now in the Netherlands (Europe/Amsterdam), whatever the computer's own
/// time zone; the system's zone if the zone database is missing.
fn now_here() -> jiff::civil::DateTime {
    let zone = jiff::tz::TimeZone::get("Europe/Amsterdam")
        .unwrap_or_else(|_| jiff::tz::TimeZone::system());
    jiff::Timestamp::now().to_zoned_datetime(zone).datetime()
}

/// Today in the Netherlands.
pub fn today() -> jiff::civil::Date {
    now_here().date()
}

/// "1 december 2026 14:03", Dutch time, for the log of a set.
pub fn now_dutch() -> String {
    let now = now_here();
    format!(
        "{} {:02}:{:02}",
        date_dutch(now.date()),
        now.hour(),
        now.minute()
    )
}

/// "1 december 2026".
pub fn date_dutch(date: jiff::civil::Date) -> String {
    let month = MONTHS[usize::try_from(date.month() - 1).unwrap_or(0).min(11)];
    format!("{} {month} {}", date.day(), date.year())
}

/// Today as "1 december 2026".
pub fn today_dutch() -> String {
    date_dutch(today())
}

/// Today for file names: "2026-12-01" (sorts by date).
pub fn today_for_file_name() -> String {
    let date = today();
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "Klankbordgroep toezicht en kwaliteit" → "klankbordgroep-toezicht-en-kwaliteit.ron"
pub fn file_name_for(name: &str, extension: &str) -> String {
    let mut stem: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    let stem = stem.trim_matches('-');
    let stem: String = stem.chars().take(80).collect();
    format!(
        "{}.{extension}",
        if stem.is_empty() { "aannameset" } else { &stem }
    )
}

/// `path` with `extension`, unless it already has it (any case).
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path
    } else {
        path.with_extension(extension)
    }
}

/// A free path for `file_name` in `dir`, never over an existing file
/// ("naam.ron", "naam-2.ron", …).
pub fn free_path(dir: &Path, file_name: &str) -> PathBuf {
    let path = Path::new(file_name);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("bestand");
    let extension = path.extension().and_then(|e| e.to_str());
    let mut candidate = dir.join(file_name);
    let mut n = 2;
    while candidate.exists() {
        let name = match extension {
            Some(e) => format!("{stem}-{n}.{e}"),
            None => format!("{stem}-{n}"),
        };
        candidate = dir.join(name);
        n += 1;
    }
    candidate
}

/// `path` made absolute (against the current folder), for messages and the
/// session: the user sees where a file went, and a later start from another
/// folder still finds it.
pub fn absolute(path: &Path) -> String {
    absolute_path(path).display().to_string()
}

/// `path` made absolute; links are resolved where the file exists.
pub fn absolute_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_dates() {
        let date = jiff::civil::date(2026, 12, 1);
        assert_eq!(date_dutch(date), "1 december 2026");
        assert_eq!(
            date_dutch(jiff::civil::date(2024, 2, 29)),
            "29 februari 2024"
        );
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "oud").unwrap();
        atomic_write(&path, b"nieuw").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "nieuw");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn writing_over_a_folder_is_refused_in_dutch() {
        let dir = tempfile::tempdir().unwrap();
        let error = atomic_write(dir.path(), b"x").unwrap_err();
        assert_eq!(write_error_message(&error), "dit is een map, geen bestand");
    }

    #[test]
    fn free_paths_do_not_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("set.ron"), "").unwrap();
        assert_eq!(
            free_path(dir.path(), "set.ron"),
            dir.path().join("set-2.ron")
        );
    }
}
