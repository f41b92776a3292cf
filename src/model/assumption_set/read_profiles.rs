//! Reading the participants' weight profiles of a set.

use rust_decimal::Decimal;

use super::file::{GroupMeanEntry, MethodEntry, ProfileEntry, SetFile};
use super::read_own::{Problems, quoted};
use crate::model::dataset::DataSet;
use crate::model::inputs::Inputs;
use crate::model::own::{GroupMean, Profile, WeightMethod};
use crate::numbers::{self, RANK, SWING_POINTS, WEIGHT};

/// Weight profiles: a participant of the data each (or any name when the
/// data names none), at most one per participant, every value checked for
/// its method.
pub(super) fn read_profiles(
    data: &DataSet,
    entry: &SetFile,
    inputs: &mut Inputs,
    problems: &mut Problems,
) {
    inputs.group_mean = match entry.group_mean {
        GroupMeanEntry::Arithmetic => GroupMean::Arithmetic,
        GroupMeanEntry::Geometric => GroupMean::Geometric,
    };
    let known = data.participants.as_ref().map(|p| &p.names);
    if let Some(names) = known
        && entry.profiles.len() > names.len()
    {
        problems.add(
            entry.profiles.get(names.len()).and_then(|p| p.name.at),
            format!(
                "{} profielen, maar er zijn {} {}",
                entry.profiles.len(),
                names.len(),
                data.participants
                    .as_ref()
                    .map_or("deelnemers", |p| p.label.as_str())
            ),
        );
    }
    for p in &entry.profiles {
        if let Some(name) = participant(known, &inputs.profiles, p, problems) {
            let method = match p.method {
                MethodEntry::Typed => WeightMethod::Typed,
                MethodEntry::Order => WeightMethod::Order,
                MethodEntry::Swing => WeightMethod::Swing,
            };
            inputs.profiles.push(Profile {
                name: name.to_owned(),
                method,
                values: profile_values(data, name, method, p, problems),
            });
        }
    }
}

/// The profile's participant: a name, known to the data when it names
/// participants, without a profile yet; `None` after saying why not.
fn participant<'p>(
    known: Option<&Vec<String>>,
    profiles: &[Profile],
    p: &'p ProfileEntry,
    problems: &mut Problems,
) -> Option<&'p str> {
    let name = p.name.text.trim();
    if name.is_empty() {
        problems.add(p.name.at, "een profiel heeft een naam nodig".into());
        return None;
    }
    if let Some(names) = known
        && !names.iter().any(|n| n == name)
    {
        problems.add(
            p.name.at,
            format!(
                "onbekende deelnemer '{name}'; bekend: {}",
                quoted(names.iter().cloned())
            ),
        );
        return None;
    }
    if profiles.iter().any(|x| x.name == name) {
        problems.add(p.name.at, format!("'{name}' heeft al een profiel"));
        return None;
    }
    Some(name)
}

/// One value per criterion of the data, checked for `method`; a criterion
/// left out gets its default weight, the last place, or no swing.
fn profile_values(
    data: &DataSet,
    name: &str,
    method: WeightMethod,
    p: &ProfileEntry,
    problems: &mut Problems,
) -> Vec<Decimal> {
    let quantity = match method {
        WeightMethod::Typed => &WEIGHT,
        WeightMethod::Order => &RANK,
        WeightMethod::Swing => &SWING_POINTS,
    };
    let mut values: Vec<Decimal> = data
        .criteria
        .iter()
        .map(|c| match method {
            WeightMethod::Typed => c.default_weight,
            WeightMethod::Order => Decimal::from(data.criteria.len() as u64),
            WeightMethod::Swing => Decimal::ZERO,
        })
        .collect();
    let mut given = vec![false; data.criteria.len()];
    for (id, value) in &p.values {
        let Some(c) = data.criterion_index(&id.text) else {
            problems.add(
                id.at,
                format!("profiel '{name}': onbekend criterium '{}'", id.text),
            );
            continue;
        };
        if given[c] {
            problems.add(
                id.at,
                format!(
                    "profiel '{name}': criterium '{}' staat er twee keer in",
                    id.text
                ),
            );
        }
        given[c] = true;
        match numbers::check(value.value, quantity) {
            Ok(v) => values[c] = v,
            Err(refusal) => problems.add(value.at, format!("profiel '{name}': {refusal}")),
        }
    }
    values
}
