//! "Profielen overnemen uit…": the chair takes the weight profiles and key
//! values each municipality's adviser prepared in a set of its own into the
//! current set, as one undo step, with a sentence per set saying what was
//! taken and what conflicted. A set that cannot be read stops the whole
//! import: nothing is taken half.

use std::path::PathBuf;

use super::Workspace;
use super::change::Change;
use super::notice::{Notice, Reply};
use crate::model::assumption_set::{parse_set, take_profiles_and_key};
use crate::model::load::read_text_file;

impl Workspace {
    /// Takes the profiles and key values of the sets in `paths`.
    pub fn import_profiles(&mut self, paths: &[PathBuf], now_s: f64) -> Reply {
        let mut inputs = self.inputs.clone();
        let mut sentences = Vec::new();
        let mut errors = Vec::new();
        for path in paths {
            let text = match read_text_file(path) {
                Ok(text) => text,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            match parse_set(self.datasets.base(), &path.display().to_string(), &text) {
                Ok(opened) => sentences.push(take_profiles_and_key(
                    &mut inputs,
                    &opened.set.inputs,
                    &opened.set.name,
                )),
                Err(e) => errors.extend(e),
            }
        }
        if !errors.is_empty() {
            return Reply::refused("Niets overgenomen", errors);
        }
        if inputs.profiles != self.inputs.profiles || inputs.costs != self.inputs.costs {
            self.apply(
                vec![Change::Import {
                    profiles: inputs.profiles,
                    costs: inputs.costs,
                }],
                now_s,
            );
        }
        Reply::notice(Notice::info(sentences.join(" ")))
    }
}
