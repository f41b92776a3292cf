//! What survives between runs: the session, stored as versioned RON in its
//! own file, written atomically after every change (at most once a second),
//! so an unclean exit loses at most the last second. An old, broken or
//! foreign session never crashes the program: it starts with the report's
//! assumptions and says why.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::files::{atomic_write, write_error_message};
use super::notice::Notice;
use crate::model::DataSet;
use crate::model::assumption_set::{OpenedSet, parse_set};
use crate::model::load::read_text_file;

pub const SESSION_VERSION: u32 = 1;

/// The session file's name inside the program's storage folder.
pub const SESSION_FILE: &str = "sessie.ron";

/// The stored session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    /// The current assumptions, as an assumption-set file.
    pub current: String,
    /// The set as last opened or saved, to keep "unsaved changes" true.
    pub saved: String,
    /// Where the current set lives (absolute).
    pub path: Option<String>,
    pub builtin: bool,
    /// Recently opened or saved set files, newest first (absolute).
    pub recent: Vec<String>,
    pub dark: bool,
    /// The text size (1 = normal, 2 = 200 %).
    #[serde(default = "normal_zoom")]
    pub zoom: f32,
    /// The user's own name, author of the sets they save.
    #[serde(default)]
    pub user: Option<String>,
    /// Unsaved changes left behind when switching sets.
    #[serde(default)]
    pub working: Vec<WorkingCopyEntry>,
}

/// A working copy: its edited state and the saved state of its origin, as
/// set files, and where the origin lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingCopyEntry {
    pub current: String,
    pub saved: String,
    pub path: Option<String>,
    pub builtin: bool,
}

fn normal_zoom() -> f32 {
    1.0
}

pub fn to_text(session: &Session) -> String {
    ron::ser::to_string(session).unwrap_or_default()
}

/// Reads a stored session; the error says in Dutch why it cannot be used.
pub fn from_text(text: &str) -> Result<Session, String> {
    let session: Session = ron::from_str(text).map_err(|e| format!("onleesbaar ({})", e.code))?;
    if session.version != SESSION_VERSION {
        return Err(format!(
            "gemaakt door een andere versie (sessieformaat {}, nu {SESSION_VERSION})",
            session.version
        ));
    }
    Ok(session)
}

/// A stored session checked against the data set: both sets parsed.
#[derive(Debug, Clone)]
pub struct Restored {
    pub session: Session,
    pub current: OpenedSet,
    pub saved: OpenedSet,
}

/// Reads a stored session and parses the two assumption sets in it against
/// `data`. The error says in Dutch why the session cannot be used.
pub fn restore(data: &DataSet, text: &str) -> Result<Restored, String> {
    let session = from_text(text)?;
    let parse = |t: &str| {
        parse_set(data, "vorige sessie", t).map_err(|e| {
            e.first()
                .map(|e| e.message.clone())
                .unwrap_or_else(|| "onbekende fout".into())
        })
    };
    let current = parse(&session.current)?;
    let saved = parse(&session.saved)?;
    Ok(Restored {
        session,
        current,
        saved,
    })
}

/// The session file: rewritten whenever the session changes.
#[derive(Debug, Clone)]
pub struct SessionFile {
    path: PathBuf,
    written: Option<String>,
}

impl SessionFile {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            written: None,
        }
    }

    /// `sessie.ron` in the platform's storage folder for this program.
    pub fn in_storage_dir(dir: &Path) -> Self {
        Self::new(dir.join(SESSION_FILE))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored text, if there is one. Remembers it as written, so an
    /// unchanged session is not written again.
    pub fn read(&mut self) -> Option<String> {
        let text = read_text_file(&self.path).ok()?;
        self.written = Some(text.clone());
        Some(text)
    }

    /// Writes `text` if it differs from what is on disk.
    pub fn write_if_changed(&mut self, text: &str) -> std::io::Result<bool> {
        if self.written.as_deref() == Some(text) {
            return Ok(false);
        }
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        atomic_write(&self.path, text.as_bytes())?;
        self.written = Some(text.to_owned());
        Ok(true)
    }
}

/// The session file and when it was last written.
#[derive(Debug)]
pub(super) struct SessionKeeper {
    file: SessionFile,
    written_at_s: f64,
    error_shown: bool,
}

/// The session is written at most this often while something changes.
const SESSION_INTERVAL_S: f64 = 1.0;

impl SessionKeeper {
    pub(super) fn new(file: SessionFile) -> Self {
        Self {
            file,
            written_at_s: f64::NEG_INFINITY,
            error_shown: false,
        }
    }

    /// Whether a write is due: on exit (`force`), or a second after the last.
    pub(super) fn due(&self, now_s: f64, force: bool) -> bool {
        force || now_s - self.written_at_s >= SESSION_INTERVAL_S
    }

    /// Writes `text` if it changed; a notice the first time writing fails.
    pub(super) fn write(&mut self, text: &str, now_s: f64) -> Option<Notice> {
        let notice = match self.file.write_if_changed(text) {
            Ok(_) => {
                self.error_shown = false;
                None
            }
            Err(e) if !self.error_shown => {
                self.error_shown = true;
                Some(Notice::error(format!(
                    "De sessie kon niet worden bewaard in {} ({}); uw werk staat nog in het venster. Bewaar het als aannameset.",
                    self.file.path().display(),
                    write_error_message(&e)
                )))
            }
            Err(_) => None,
        };
        self.written_at_s = now_s;
        notice
    }
}
