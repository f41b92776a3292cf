//! The sets a user can switch to and the recent files: a workspace part
//! with one owner. Built-in sets come first, then sets opened from files
//! and the working copies of changed sets. It is handed sets and paths and
//! calls nothing of the workspace back.

use std::path::{Path, PathBuf};

use super::sets::{CurrentSet, KnownSet, MAX_RECENT};

#[derive(Debug, Clone, Default)]
pub struct KnownSets {
    list: Vec<KnownSet>,
    /// Most recent first, at most [`MAX_RECENT`].
    recent: Vec<PathBuf>,
}

/// Where a current set (or a working copy of one) comes from: its file,
/// whether it is built in, and its name when it was last saved.
fn origin(c: &CurrentSet) -> (Option<PathBuf>, bool, String) {
    (c.path.clone(), c.builtin, c.saved_info.0.clone())
}

impl KnownSets {
    pub(super) fn new(list: Vec<KnownSet>) -> Self {
        Self {
            list,
            recent: Vec::new(),
        }
    }

    pub fn list(&self) -> &[KnownSet] {
        &self.list
    }

    pub fn recent(&self) -> &[PathBuf] {
        &self.recent
    }

    pub fn get(&self, index: usize) -> Option<&KnownSet> {
        self.list.get(index)
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The names in the list ("(bestand)", "(niet opgeslagen)" marked).
    pub fn labels(&self) -> Vec<String> {
        self.list.iter().map(KnownSet::label).collect()
    }

    /// Whether a set from `path` is in the list.
    pub fn has_file(&self, path: &Path) -> bool {
        self.list.iter().any(|k| k.path.as_deref() == Some(path))
    }

    /// The known set `current` was opened from, if unchanged in name.
    pub fn index_of(&self, current: &CurrentSet) -> Option<usize> {
        self.list.iter().position(|k| {
            k.set.name == current.saved_info.0
                && k.path == current.path
                && k.builtin == current.builtin
        })
    }

    /// Adds `known` at the end; its index.
    pub(super) fn push(&mut self, known: KnownSet) -> usize {
        self.list.push(known);
        self.list.len() - 1
    }

    /// The index of the unchanged built-in set named as `set`, which is
    /// added when it is not in the list.
    pub(super) fn builtin(&mut self, set: crate::model::assumption_set::AssumptionSet) -> usize {
        let found = self
            .list
            .iter()
            .position(|k| k.builtin && k.working.is_none() && k.set.name == set.name);
        found.unwrap_or_else(|| self.push(KnownSet::builtin(set)))
    }

    /// Puts a set in the list, replacing the one from the same file; its
    /// index.
    pub(super) fn remember(&mut self, known: KnownSet) -> usize {
        let same_file = self
            .list
            .iter()
            .position(|k| k.path.is_some() && k.working.is_none() && k.path == known.path);
        match same_file {
            Some(i) => {
                self.list[i] = known;
                i
            }
            None => self.push(known),
        }
    }

    /// Keeps `known`, the working copy of `current`'s changes, replacing
    /// an earlier working copy of the same set.
    pub(super) fn keep_working(&mut self, known: KnownSet, current: &CurrentSet) {
        self.forget_working_of(current);
        self.list.push(known);
    }

    /// Forgets the working copies of the set `current` comes from (it was
    /// just saved, or has a newer copy).
    pub(super) fn forget_working_of(&mut self, current: &CurrentSet) {
        let from = origin(current);
        self.list
            .retain(|k| k.working.as_ref().is_none_or(|w| origin(w) != from));
    }

    /// Takes `target` out of the list (a working copy switched to becomes
    /// the current set again).
    pub(super) fn remove(&mut self, target: &KnownSet) {
        self.list.retain(|k| k != target);
    }

    /// `path` first among the recent files.
    pub(super) fn remember_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }

    /// The recent files as a session stored them.
    pub(super) fn restore_recent(&mut self, recent: Vec<PathBuf>) {
        self.recent = recent;
        self.recent.truncate(MAX_RECENT);
    }

    /// The recent files, leaving none (new data keeps them).
    pub(super) fn take_recent(&mut self) -> Vec<PathBuf> {
        std::mem::take(&mut self.recent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumption_set::AssumptionSet;

    fn set(name: &str) -> AssumptionSet {
        let data = crate::model::load::load_embedded().expect("the report's data");
        AssumptionSet::report(&data, name)
    }

    #[test]
    fn a_file_opened_again_replaces_its_entry() {
        let mut sets = KnownSets::new(vec![KnownSet::builtin(set("Rapport"))]);
        let path = PathBuf::from("/tmp/a.ron");
        assert_eq!(sets.remember(KnownSet::file(set("A"), path.clone())), 1);
        assert_eq!(sets.remember(KnownSet::file(set("A2"), path.clone())), 1);
        assert_eq!(sets.len(), 2);
        assert_eq!(sets.list()[1].set.name, "A2");
        assert!(sets.has_file(&path));
        assert_eq!(sets.builtin(set("Rapport")), 0, "found, not added");
        assert_eq!(sets.builtin(set("Ander")), 2, "added");
    }

    #[test]
    fn one_working_copy_per_set_until_it_is_saved() {
        let report = set("Rapport");
        let mut sets = KnownSets::new(vec![KnownSet::builtin(report.clone())]);
        let current = CurrentSet::from_set(&report, None, true);
        let copy = |name: &str| KnownSet {
            set: set(name),
            path: None,
            builtin: false,
            working: Some(current.clone()),
        };
        sets.keep_working(copy("eerste wijziging"), &current);
        sets.keep_working(copy("tweede wijziging"), &current);
        assert_eq!(sets.labels().len(), 2, "{:?}", sets.labels());
        assert_eq!(sets.list()[1].set.name, "tweede wijziging");
        sets.forget_working_of(&current);
        assert_eq!(sets.len(), 1);
    }

    #[test]
    fn recent_files_are_most_recent_first_and_capped() {
        let mut sets = KnownSets::default();
        for i in 0..MAX_RECENT + 2 {
            sets.remember_recent(Path::new(&format!("/tmp/{i}.ron")));
        }
        sets.remember_recent(Path::new("/tmp/3.ron"));
        assert_eq!(sets.recent().len(), MAX_RECENT);
        assert_eq!(sets.recent()[0], PathBuf::from("/tmp/3.ron"));
        assert_eq!(
            sets.recent()
                .iter()
                .filter(|p| p.ends_with("3.ron"))
                .count(),
            1
        );
    }
}
