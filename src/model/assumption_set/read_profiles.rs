//! Reading the participants' weight profiles of a set.

use super::file::SetFile;
use super::read_own::{Problems, quoted};
use crate::model::dataset::DataSet;
use crate::model::inputs::Inputs;
use crate::numbers;

/// Weight profiles: a participant of the data each (or any name when the
/// data names none), at most one per participant, every value checked for
/// its method.
pub(super) fn read_profiles(
    data: &DataSet,
    entry: &SetFile,
    inputs: &mut Inputs,
    problems: &mut Problems,
) {
    use super::file::{GroupMeanEntry, MethodEntry};
    use crate::model::own::{GroupMean, Profile, WeightMethod};
    use crate::numbers::{RANK, SWING_POINTS, WEIGHT};
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
        let name = p.name.text.trim();
        if name.is_empty() {
            problems.add(p.name.at, "een profiel heeft een naam nodig".into());
            continue;
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
            continue;
        }
        if inputs.profiles.iter().any(|x| x.name == name) {
            problems.add(p.name.at, format!("'{name}' heeft al een profiel"));
            continue;
        }
        let method = match p.method {
            MethodEntry::Typed => WeightMethod::Typed,
            MethodEntry::Order => WeightMethod::Order,
            MethodEntry::Swing => WeightMethod::Swing,
        };
        let quantity = match method {
            WeightMethod::Typed => &WEIGHT,
            WeightMethod::Order => &RANK,
            WeightMethod::Swing => &SWING_POINTS,
        };
        // A criterion left out: its default weight, the last place, or no
        // swing.
        let mut values: Vec<rust_decimal::Decimal> = data
            .criteria
            .iter()
            .map(|c| match method {
                WeightMethod::Typed => c.default_weight,
                WeightMethod::Order => rust_decimal::Decimal::from(data.criteria.len() as u64),
                WeightMethod::Swing => rust_decimal::Decimal::ZERO,
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
        inputs.profiles.push(Profile {
            name: name.to_owned(),
            method,
            values,
        });
    }
}
