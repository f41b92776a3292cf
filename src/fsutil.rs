//! Writing files without losing the old one: write a temporary file next to
//! the target, flush it to disk, then rename it over the target. A crash or
//! kill during the write leaves the old file intact.

use std::io::Write;
use std::path::Path;

pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bestand");
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Why a file could not be written, in Dutch, for the user.
pub fn write_error_message(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::PermissionDenied => "geen toestemming om hier te schrijven".into(),
        ErrorKind::NotFound => "de map bestaat niet".into(),
        ErrorKind::IsADirectory => "dit is een map, geen bestand".into(),
        ErrorKind::StorageFull => "de schijf is vol".into(),
        ErrorKind::ReadOnlyFilesystem => "deze schijf is alleen-lezen".into(),
        _ => format!("schrijven mislukt ({error})"),
    }
}

/// Today's date (UTC) as `23-11-2026`.
pub fn today_dutch() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    let (y, m, d) = civil_from_days(days);
    format!("{d:02}-{m:02}-{y}")
}

/// Date from days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        // 2026-11-23 is day 20 780 since the epoch (Python: date(2026,11,23) - date(1970,1,1)).
        assert_eq!(civil_from_days(20_780), (2026, 11, 23));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
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
}
