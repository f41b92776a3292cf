//! What survives between runs (eframe persistence) and the undo history.
//!
//! The session is stored as versioned RON in its own file, written
//! atomically after every change (see `SessionFile`), so an unclean exit
//! loses at most the last second. An old, broken or foreign session never
//! crashes the program: it starts with the report's assumptions and says why.
//! Nothing here draws: the fuzz targets read sessions without a window.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::fsutil::atomic_write;
use crate::model::assumption_set::{OpenedSet, parse_set};
use crate::model::{DataSet, Inputs};

pub const SESSION_VERSION: u32 = 1;

/// The stored session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    /// The current assumptions, as an assumption-set file.
    pub current: String,
    /// The set as last opened or saved, to keep "unsaved changes" true.
    pub saved: String,
    pub path: Option<String>,
    pub builtin: bool,
    /// Recently opened or saved set files, newest first.
    pub recent: Vec<String>,
    pub dark: bool,
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

/// The session file: written atomically whenever the session changes, so
/// an unclean exit (crash, kill, power loss) loses at most the last second.
#[derive(Debug, Clone)]
pub struct SessionFile {
    path: PathBuf,
    written: Option<String>,
}

/// The session file's name inside the program's storage folder.
pub const SESSION_FILE: &str = "sessie.ron";

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
        let text = std::fs::read_to_string(&self.path).ok()?;
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

/// Name, author, note and where the current set lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentSet {
    pub name: String,
    pub author: String,
    pub date: String,
    pub note: String,
    pub path: Option<PathBuf>,
    /// A built-in set is read-only: saving asks for a new file.
    pub builtin: bool,
    /// The inputs and info as last opened or saved.
    pub saved_inputs: Inputs,
    pub saved_info: (String, String, String),
}

impl CurrentSet {
    pub fn info(&self) -> (String, String, String) {
        (self.name.clone(), self.author.clone(), self.note.clone())
    }
    pub fn is_dirty(&self, inputs: &Inputs) -> bool {
        *inputs != self.saved_inputs || self.info() != self.saved_info
    }
}

/// One state the user can go back to.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub inputs: Inputs,
    pub current: CurrentSet,
}

/// Undo and redo. Changes of one kind within a second (a slider drag,
/// typing in a field) make a single step.
#[derive(Debug, Default)]
pub struct History {
    past: Vec<Snapshot>,
    future: Vec<Snapshot>,
    last: Option<(String, f64)>,
}

const MAX_STEPS: usize = 200;
const COALESCE_SECONDS: f64 = 1.0;

impl History {
    /// Records `before` as an undo step for a change of `kind` at `now`.
    pub fn record(&mut self, before: Snapshot, kind: &str, now: f64) {
        let coalesce = self
            .last
            .as_ref()
            .is_some_and(|(k, t)| k == kind && now - t < COALESCE_SECONDS && !self.past.is_empty());
        if !coalesce {
            self.past.push(before);
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.last = Some((kind.to_owned(), now));
    }

    pub fn undo(&mut self, present: Snapshot) -> Option<Snapshot> {
        let previous = self.past.pop()?;
        self.future.push(present);
        self.last = None;
        Some(previous)
    }

    pub fn redo(&mut self, present: Snapshot) -> Option<Snapshot> {
        let next = self.future.pop()?;
        self.past.push(present);
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

pub fn recent_paths(session: &Session) -> Vec<PathBuf> {
    session.recent.iter().map(PathBuf::from).collect()
}
