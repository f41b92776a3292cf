//! What survives between runs: the session, stored as versioned RON in its
//! own file, written atomically after every change (at most once a second),
//! so an unclean exit loses at most the last second. An old, broken or
//! foreign session never crashes the program: it starts with the report's
//! assumptions and says why.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Workspace;
use super::files::{absolute_path, atomic_write, write_error_message};
use super::notice::Notice;
use super::sets::{CurrentSet, KnownSet};
use crate::model::DataSet;
use crate::model::assumption_set::{AssumptionSet, OpenedSet, dataset_ref, parse_set, to_ron};
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

impl Workspace {
    /// The saved state of `current` as a set.
    fn saved_set(&self, current: &CurrentSet) -> AssumptionSet {
        AssumptionSet {
            name: current.saved_info.0.clone(),
            author: current.saved_info.1.clone(),
            date: current.date.clone(),
            note: current.saved_info.2.clone(),
            dataset: Some(dataset_ref(&self.base)),
            inputs: current.saved_inputs.clone(),
        }
    }

    /// The session to keep for the next start.
    pub fn session(&self) -> Session {
        let saved = self.saved_set(&self.current);
        let mut current = self.current_as_set();
        current.date = self.current.date.clone();
        let working = self
            .sets
            .iter()
            .filter_map(|k| {
                let origin = k.working.as_ref()?;
                Some(WorkingCopyEntry {
                    current: to_ron(&self.base, &k.set),
                    saved: to_ron(&self.base, &self.saved_set(origin)),
                    path: origin.path.as_ref().map(|p| p.display().to_string()),
                    builtin: origin.builtin,
                })
            })
            .collect();
        Session {
            version: SESSION_VERSION,
            current: to_ron(&self.base, &current),
            saved: to_ron(&self.base, &saved),
            path: self.current.path.as_ref().map(|p| p.display().to_string()),
            builtin: self.current.builtin,
            recent: self
                .recent
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            dark: self.dark,
            zoom: self.zoom,
            user: self.user.clone(),
            working,
        }
    }

    /// Restores a stored session; anything unusable leaves the report's
    /// assumptions in place, with a notice that says why.
    pub fn restore_session(&mut self, text: &str) -> Option<Notice> {
        let restored = match restore(&self.base, text) {
            Ok(r) => r,
            Err(why) => {
                return Some(Notice::error(format!(
                    "De vorige sessie is niet hersteld ({why}); het programma begint met de aannames van het rapport."
                )));
            }
        };
        let Restored {
            session: stored,
            current,
            saved,
        } = restored;
        self.dark = stored.dark;
        // A zoom out of range (a hand-edited file) is kept within bounds.
        self.zoom = if stored.zoom.is_finite() {
            stored.zoom.clamp(0.5, 3.0)
        } else {
            1.0
        };
        self.user = stored.user.clone();
        self.recent = stored
            .recent
            .iter()
            .map(|p| absolute_path(Path::new(p)))
            .collect();
        for path in self.recent.clone() {
            if let Ok(text) = read_text_file(&path)
                && let Ok(opened) = parse_set(&self.base, &path.display().to_string(), &text)
                && !self
                    .sets
                    .iter()
                    .any(|k| k.path.as_deref() == Some(path.as_path()))
            {
                self.sets.push(KnownSet::file(opened.set, path));
            }
        }
        for entry in &stored.working {
            let parse = |t: &str| parse_set(&self.base, "vorige sessie", t).ok();
            if let (Some(edited), Some(saved)) = (parse(&entry.current), parse(&entry.saved)) {
                let path = entry.path.as_ref().map(|p| absolute_path(Path::new(p)));
                let mut origin = CurrentSet::from_set(&saved.set, path, entry.builtin);
                origin.name = edited.set.name.clone();
                origin.author = edited.set.author.clone();
                origin.note = edited.set.note.clone();
                self.sets.push(KnownSet {
                    set: edited.set,
                    path: None,
                    builtin: false,
                    working: Some(origin),
                });
            }
        }
        let path = stored.path.map(|p| absolute_path(Path::new(&p)));
        self.current = CurrentSet::from_set(&saved.set, path, stored.builtin);
        self.current.name = current.set.name.clone();
        self.current.author = current.set.author.clone();
        self.current.note = current.set.note.clone();
        self.inputs = current.set.inputs;
        self.recompute();
        current.warning.map(Notice::error)
    }

    /// Keeps the session in `file` from now on: restores what it holds and
    /// writes every change to it.
    pub fn keep_session_in(&mut self, mut file: SessionFile) -> Option<Notice> {
        let notice = file.read().and_then(|text| self.restore_session(&text));
        self.session = Some(SessionKeeper {
            file,
            written_at_s: f64::NEG_INFINITY,
            error_shown: false,
        });
        notice
    }

    /// Writes the session file if the session changed, at most once a
    /// second unless `force` (on exit). Returns `(written_or_nothing_to_do,
    /// notice)`: false when the limit postponed the write (the caller asks
    /// for a later frame); a notice the first time writing fails.
    pub fn persist_session(&mut self, now_s: f64, force: bool) -> (bool, Option<Notice>) {
        let Some(keeper) = &self.session else {
            return (true, None);
        };
        if !force && now_s - keeper.written_at_s < SESSION_INTERVAL_S {
            return (false, None);
        }
        let text = to_text(&self.session());
        let Some(keeper) = &mut self.session else {
            return (true, None);
        };
        let notice = match keeper.file.write_if_changed(&text) {
            Ok(_) => {
                keeper.error_shown = false;
                None
            }
            Err(e) if !keeper.error_shown => {
                keeper.error_shown = true;
                Some(Notice::error(format!(
                    "De sessie kon niet worden bewaard in {} ({}); uw werk staat nog in het venster. Bewaar het als aannameset.",
                    keeper.file.path().display(),
                    write_error_message(&e)
                )))
            }
            Err(_) => None,
        };
        keeper.written_at_s = now_s;
        (true, notice)
    }
}
