//! `sets/*.ron`: the assumption sets shipped with a data set. Each must fit
//! the data; one that does not refuses the folder, with its location.

use crate::model::assumption_set::{AssumptionSet, parse_set};
use crate::model::dataset::DataSet;
use crate::model::errors::DataError;

/// Parses the built-in sets `(file name, text)` against `data`.
pub fn builtin_sets(
    data: &DataSet,
    texts: &[(String, String)],
) -> Result<Vec<AssumptionSet>, Vec<DataError>> {
    let mut sets = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in texts {
        match parse_set(data, name, text) {
            Ok(opened) => sets.push(opened.set),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(sets)
    } else {
        Err(errors)
    }
}
