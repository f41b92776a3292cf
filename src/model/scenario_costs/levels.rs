//! Which range each scenario gets for each component: the set's
//! components in euros and its transition ranges (the same thing for one
//! component, one-off), in the order of the cost profile; a scenario's own
//! range before its level's.

use crate::model::costs::{CostInputs, CostKind, CostRange, RangeFor};
use crate::model::dataset::DataSet;

/// Whether `typed` names the level `word`: the same letters, any case,
/// any dash between the parts of a compound ("Laag-midden" for
/// "Laag–midden").
pub fn level_matches(word: &str, typed: &str) -> bool {
    let plain = |s: &str| -> String {
        s.trim()
            .chars()
            .map(|c| match c {
                '-' | '‐' | '‑' | '‒' | '–' | '—' => '-',
                c => c,
            })
            .collect::<String>()
            .to_lowercase()
    };
    plain(word) == plain(typed)
}

/// A component the set counts, in euros or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// The cost profile's row, if it is one.
    pub row: Option<usize>,
    pub name: String,
    pub kind: CostKind,
    pub ranges: Vec<CostRange>,
}

/// Every component the set names (its components and its transition), in
/// the order of the cost profile, its own components after.
pub fn counted(data: &DataSet, c: &CostInputs) -> Vec<Counted> {
    let profile = &data.cost_profile;
    let mut out: Vec<Counted> = c
        .components
        .iter()
        .map(|component| Counted {
            row: component.component,
            name: component
                .component
                .and_then(|r| profile.components.get(r))
                .map_or_else(|| component.name.clone(), |r| r.name.clone()),
            kind: component.kind,
            ranges: component.ranges.clone(),
        })
        .collect();
    if let Some(t) = &c.transition {
        out.push(Counted {
            row: t.component,
            name: t
                .component
                .and_then(|r| profile.components.get(r))
                .map_or_else(|| "Transitiekosten".to_owned(), |r| r.name.clone()),
            kind: CostKind::OneOff,
            ranges: t
                .ranges
                .iter()
                .map(|r| CostRange {
                    on: r.on,
                    low_eur: r.low_eur,
                    high_eur: r.high_eur,
                    mode_eur: None,
                    source: r.source.clone(),
                })
                .collect(),
        });
    }
    // The profile's rows in its order, own components after (stable).
    out.sort_by_key(|x| x.row.unwrap_or(usize::MAX));
    out
}

/// Scenario `s`'s range in `component`: its own, else its level's; with
/// its level word.
pub fn range_of<'a>(
    data: &DataSet,
    component: &'a Counted,
    s: usize,
) -> (Option<String>, bool, Option<&'a CostRange>) {
    let profile = &data.cost_profile;
    let level = component
        .row
        .and_then(|r| profile.components.get(r))
        .and_then(|row| row.cells.get(s)?.level);
    let own = component
        .ranges
        .iter()
        .find(|r| r.on == RangeFor::Scenario(s));
    let range = own.or_else(|| {
        level.and_then(|l| component.ranges.iter().find(|r| r.on == RangeFor::Level(l)))
    });
    (
        level.and_then(|l| profile.levels.get(l).cloned()),
        own.is_some(),
        range,
    )
}
