//! The robustness in a few sentences for a slide in the bestuurlijk
//! overleg: which weights can move without changing the first place, what
//! happens beyond them, how often each scenario wins without fixed weights,
//! and whether the first place survives other codings of the scale.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::result::Robustness;
use crate::format::percent_whole;
use crate::model::dataset::DataSet;

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
    let visible = &result.visible;
    let scenario =
        |s: usize| data.scenarios[visible.scenarios.get(s).copied().unwrap_or(s)].label();
    let criterion = |c: usize| {
        data.criteria[visible.criteria.get(c).copied().unwrap_or(c)]
            .short_name
            .clone()
    };
    let mut out = Vec::new();
    if let Some(why) = &result.texts.no_weights {
        out.push(why.clone());
    }
    if let Some(stability) = &result.stability {
        let first = stability.first_place();
        let subject = first
            .iter()
            .map(|&s| scenario(s))
            .collect::<Vec<_>>()
            .join(" en ");
        let unbounded = |cs: &super::CriterionStability| {
            cs.first_place.lower.share.is_zero() && cs.first_place.upper.share == Decimal::ONE
        };
        let free: Vec<String> = stability
            .criteria
            .iter()
            .filter(|cs| !cs.only_weighted && unbounded(cs))
            .map(|cs| criterion(cs.criterion))
            .collect();
        let bounded: Vec<String> = stability
            .criteria
            .iter()
            .filter(|cs| !(cs.only_weighted || unbounded(cs)))
            .map(|cs| {
                let i = &cs.first_place;
                let beyond = |b: &super::Bound| b.change.map(|c| scenario(c.rises));
                match (i.lower.share.is_zero(), beyond(&i.lower), beyond(&i.upper)) {
                    (true, _, Some(up)) => format!(
                        "weegt {} meer dan {}, dan wordt {up} eerste",
                        criterion(cs.criterion),
                        percent_whole(i.upper.share),
                    ),
                    (false, Some(down), _) => format!(
                        "weegt {} minder dan {}, dan wordt {down} eerste",
                        criterion(cs.criterion),
                        percent_whole(i.lower.share),
                    ),
                    _ => format!(
                        "{subject} blijft eerste zolang {} tussen {} en {} weegt",
                        criterion(cs.criterion),
                        percent_whole(i.lower.share),
                        percent_whole(i.upper.share)
                    ),
                }
            })
            .collect();
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
    }
    let mut wins: Vec<(usize, f64)> = result
        .smaa
        .acceptability
        .iter()
        .enumerate()
        .map(|(s, row)| (s, row.first().copied().unwrap_or(0.0)))
        .filter(|(_, x)| *x > 0.0)
        .collect();
    wins.sort_by(|a, b| b.1.total_cmp(&a.1));
    if !wins.is_empty() {
        let parts: Vec<String> = wins
            .iter()
            .map(|&(s, x)| format!("{} in {}", scenario(s), share(x)))
            .collect();
        out.push(format!(
            "Bij willekeurige gewichten staat eerste: {} van de gevallen.",
            parts.join(", ")
        ));
    }
    if let (Some(ordinal), Some(stability)) = (&result.ordinal, &result.stability) {
        let first = stability.first_place();
        if let Some(&s) = first.first() {
            let levels = data.scale.levels.as_slice();
            let example = match levels {
                [.., a, b] => format!(
                    " (bijvoorbeeld '{}' veel meer waard dan '{}')",
                    b.label, a.label
                ),
                _ => String::new(),
            };
            out.push(format!(
                "Als de stappen tussen de scores anders liggen{example}, blijft {} eerste in {} van de gevallen.",
                scenario(s),
                share(ordinal.first_place.share)
            ));
        }
    }
    out
}
