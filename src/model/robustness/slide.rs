//! The robustness in a few sentences for a slide in the bestuurlijk
//! overleg: which weights can move without changing the first place, what
//! happens beyond them, how often each scenario wins without fixed weights,
//! and whether the first place survives other codings of the scale.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::result::Robustness;
use super::stability::{Bound, CriterionStability, Stability};
use crate::format::percent_whole;
use crate::model::dataset::DataSet;
use crate::model::inputs::Visible;

fn share(x: f64) -> String {
    if x > 0.0 && x < 0.005 {
        "minder dan 1 %".into()
    } else if (0.995..1.0).contains(&x) {
        "meer dan 99 %".into()
    } else {
        percent_whole(Decimal::from_f64(x).unwrap_or_default())
    }
}

/// At most four short sentences (Dutch).
pub fn slide_sentences(data: &DataSet, result: &Robustness) -> Vec<String> {
    let names = Names {
        data,
        visible: &result.visible,
    };
    let mut out: Vec<String> = result.texts.no_weights.iter().cloned().collect();
    if let Some(stability) = &result.stability {
        out.extend(stability_sentences(&names, stability));
    }
    out.extend(smaa_sentence(&names, result));
    out.extend(ordinal_sentence(&names, result));
    out
}

/// Scenario and criterion names by their position among the visible ones.
struct Names<'a> {
    data: &'a DataSet,
    visible: &'a Visible,
}

impl Names<'_> {
    fn scenario(&self, s: usize) -> String {
        self.data.scenarios[self.visible.scenarios.get(s).copied().unwrap_or(s)].label()
    }

    fn criterion(&self, c: usize) -> String {
        self.data.criteria[self.visible.criteria.get(c).copied().unwrap_or(c)]
            .short_name
            .clone()
    }
}

/// Which weights can move freely without changing the first place, and
/// for the others what happens beyond their bounds; a criterion that is
/// the only one weighted is left out.
fn stability_sentences(names: &Names, stability: &Stability) -> Vec<String> {
    let subject = stability
        .first_place()
        .iter()
        .map(|&s| names.scenario(s))
        .collect::<Vec<_>>()
        .join(" en ");
    let unbounded = |cs: &CriterionStability| {
        cs.first_place.lower.share.is_zero() && cs.first_place.upper.share == Decimal::ONE
    };
    let free: Vec<String> = stability
        .criteria
        .iter()
        .filter(|cs| !cs.only_weighted && unbounded(cs))
        .map(|cs| names.criterion(cs.criterion))
        .collect();
    let bounded: Vec<String> = stability
        .criteria
        .iter()
        .filter(|cs| !(cs.only_weighted || unbounded(cs)))
        .map(|cs| bound_clause(names, &subject, cs))
        .collect();
    let mut out = Vec::new();
    if !free.is_empty() {
        out.push(format!(
            "{subject} blijft eerste, hoe zwaar {} ook weegt.",
            crate::format::join_or(&free)
        ));
    }
    if !bounded.is_empty() {
        out.push(format!(
            "{}.",
            crate::format::capitalised(&bounded.join("; "))
        ));
    }
    out
}

/// "weegt Schaal meer dan 56 %, dan wordt Scenario 4 eerste", or the
/// same below the lower bound, or the range within which `subject` stays
/// first.
fn bound_clause(names: &Names, subject: &str, cs: &CriterionStability) -> String {
    let i = &cs.first_place;
    let beyond = |b: &Bound| b.change.map(|c| names.scenario(c.rises));
    let criterion = names.criterion(cs.criterion);
    match (i.lower.share.is_zero(), beyond(&i.lower), beyond(&i.upper)) {
        (true, _, Some(up)) => format!(
            "weegt {criterion} meer dan {}, dan wordt {up} eerste",
            percent_whole(i.upper.share),
        ),
        (false, Some(down), _) => format!(
            "weegt {criterion} minder dan {}, dan wordt {down} eerste",
            percent_whole(i.lower.share),
        ),
        _ => format!(
            "{subject} blijft eerste zolang {criterion} tussen {} en {} weegt",
            percent_whole(i.lower.share),
            percent_whole(i.upper.share)
        ),
    }
}

/// How often each scenario is first at random weights (SMAA-2), the most
/// often first; scenarios never first are left out.
fn smaa_sentence(names: &Names, result: &Robustness) -> Option<String> {
    let mut wins: Vec<(usize, f64)> = result
        .smaa
        .acceptability
        .iter()
        .enumerate()
        .map(|(s, row)| (s, row.first().copied().unwrap_or(0.0)))
        .filter(|(_, x)| *x > 0.0)
        .collect();
    wins.sort_by(|a, b| b.1.total_cmp(&a.1));
    if wins.is_empty() {
        return None;
    }
    let parts: Vec<String> = wins
        .iter()
        .map(|&(s, x)| format!("{} in {}", names.scenario(s), share(x)))
        .collect();
    Some(format!(
        "Bij willekeurige gewichten staat eerste: {} van de gevallen.",
        parts.join(", ")
    ))
}

/// Whether the first place survives other codings of the scale, with the
/// top two levels as an example.
fn ordinal_sentence(names: &Names, result: &Robustness) -> Option<String> {
    let (Some(ordinal), Some(stability)) = (&result.ordinal, &result.stability) else {
        return None;
    };
    let &s = stability.first_place().first()?;
    let example = match names.data.scale.levels.as_slice() {
        [.., a, b] => format!(
            " (bijvoorbeeld '{}' veel meer waard dan '{}')",
            b.label, a.label
        ),
        _ => String::new(),
    };
    Some(format!(
        "Als de stappen tussen de scores anders liggen{example}, blijft {} eerste in {} van de gevallen.",
        names.scenario(s),
        share(ordinal.first_place.share)
    ))
}
