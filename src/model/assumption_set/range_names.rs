//! What a range of a cost component or of the transition is for, as a
//! set file names it: a level's word or a scenario's id — read and written
//! the same way for both.

use super::read_own::{Problems, quoted};
use crate::model::costs::RangeFor;
use crate::model::dataset::DataSet;
use crate::model::located::{Id, LocStr};

/// How a file names what a range is for: the level's word, or the
/// scenario's id.
pub fn range_names(data: &DataSet, on: RangeFor) -> (Option<LocStr>, Option<Id>) {
    match on {
        RangeFor::Level(l) => (Some(LocStr::new(&data.cost_profile.levels[l])), None),
        RangeFor::Scenario(s) => (None, Some(Id::new(&data.scenarios[s].id))),
    }
}

/// The scenario a range names by its id; a refusal that lists the known
/// ids when the data has no such scenario.
pub fn range_scenario(data: &DataSet, id: &Id, problems: &mut Problems) -> Option<RangeFor> {
    let found = data.scenario_index(&id.text).map(RangeFor::Scenario);
    if found.is_none() {
        problems.add(
            id.at,
            format!(
                "onbekend scenario '{}'; bekend: {}",
                id.text,
                quoted(data.scenarios.iter().map(|s| s.id.clone()))
            ),
        );
    }
    found
}
