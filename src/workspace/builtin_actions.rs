//! The workspace's part in opening the built-in sets, examples and data sets: methods of `Workspace` on the
//! types of `builtin.rs` (kept apart so that `mod.rs`, which holds those types,
//! never imports a file that imports it back).

use super::builtin::{example, load_builtin};
use super::notice::Notice;
use super::{Reply, Workspace};

impl Workspace {
    /// Loads a data set the program carries (Bestand → Gegevens).
    pub fn load_builtin_data(&mut self, key: &str) -> Reply {
        match load_builtin(key) {
            Some((folder, origin)) => {
                let name = folder.data.name.clone();
                self.replace_data(folder, origin);
                Reply::notice(Notice::info(format!("Gegevens geladen: {name}")))
            }
            None => Reply::notice(Notice::error(format!("Geen ingebouwde gegevens '{key}'."))),
        }
    }

    /// Opens an example of the handleiding (Bestand → Voorbeeld openen): a
    /// set like a built-in one, read-only (saving asks for a new file).
    pub fn open_example(&mut self, key: &str) -> Reply {
        let opened = match example(self.datasets.base(), key) {
            Some(Ok(opened)) => opened,
            Some(Err(errors)) => return Reply::refused("Voorbeeld niet geopend", errors),
            None => {
                return Reply::notice(Notice::error(format!("Geen voorbeeld '{key}'.")));
            }
        };
        let name = opened.set.name.clone();
        let index = self.sets.builtin(opened.set);
        self.switch_set(index);
        Reply::notice(match opened.warning {
            Some(w) => Notice::error(w),
            None => Notice::info(format!("Voorbeeld geopend: {name}")),
        })
    }
}
