//! Assumption sets ("aannamesets"): everything a user can change, with a
//! name, author, date and note, saved as RON. A set names the data set it
//! was made on; opened against another, it says so. Values that do not fit
//! the data (unknown ids, negative fte) are refused with file, line and column.
//!
//! Fields left out of a file keep the data's defaults, so the built-in
//! "report" set is just a name; saved sets write every value.

mod components_file;
mod costs_entry;
mod file;
mod import;
mod range_names;
mod read;
mod read_costs;
mod read_extras;
mod read_own;
mod read_profiles;
mod set;
mod write;
mod write_costs;
mod write_own;

pub use file::{
    CombineEntry, DatasetRef, FitEntry, RoleEntry, ScoreOverride, SetFile, SupervisionEntry,
};
pub use import::take_profiles_and_key;
pub use read::parse_set;
pub use set::{AssumptionSet, OpenedSet, SET_FORMAT, SetLabel, dataset_ref};
pub use write::{to_file, to_ron};
