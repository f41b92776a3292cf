//! The costs that are the same in every scenario, over the horizon: each
//! year's staff and other cost lines of LASTEN PER GEMEENTE (the minimum
//! staffing follows from the choices, not from the organisational form),
//! the last staffing year for the years after it, the first for the years
//! before it. Kept exact, as multiples of one common denominator, so the
//! horizon's totals are rounded once.

use rust_decimal::Decimal;

use super::types::{CommonCosts, CommonYear};
use crate::format::join_and;
use crate::model::costs::share::{common_denominator, scaled};
use crate::model::costs::{Costs, Fraction, Horizon, euro_exact, euro_full};

/// The period of `costs` that stands for `year`, and whether it is another
/// year (before the first or after the last).
fn period_for(costs: &Costs, year: u16) -> Option<usize> {
    let years: Vec<Option<u16>> = costs.years.iter().map(|y| y.year).collect();
    match years.as_slice() {
        [] => None,
        [None, ..] => Some(0),
        _ => Some(years.iter().position(|y| *y == Some(year)).unwrap_or(
            if Some(year) < years[0] {
                0
            } else {
                years.len() - 1
            },
        )),
    }
}

/// The horizon's common costs from `costs`; `horizon_years` are the years
/// (a single "per jaar" period when the data has no years).
pub fn common(costs: &Costs, horizon: Horizon, with_key: bool) -> CommonCosts {
    let n = costs.participants.len();
    let shares = costs.years.iter().flat_map(|y| {
        y.per_participant
            .iter()
            .flat_map(|p| p.parts.iter().map(|part| part.share))
    });
    let den = common_denominator(shares.chain([Fraction::percent(Decimal::ONE)]));
    let mut years = Vec::new();
    let mut scaled_sum = vec![Decimal::ZERO; n];
    let mut known = true;
    for year in horizon.years() {
        let Some(p) = period_for(costs, year) else {
            known = false;
            continue;
        };
        let period = &costs.years[p];
        known &= period.total_exact.is_some();
        let mut per_participant = Vec::new();
        for (i, part) in period.per_participant.iter().enumerate() {
            per_participant.push(part.exact_eur.unwrap_or_default());
            for shared in &part.parts {
                match shared.base() {
                    Some(base) => scaled_sum[i] += scaled(base, shared.share, den),
                    None => known = false,
                }
            }
        }
        years.push(CommonYear {
            year,
            from: period.year,
            exact: period.total_exact,
            per_participant,
        });
    }
    let exact = known
        .then(|| years.iter().map(|y| y.exact).sum::<Option<Decimal>>())
        .flatten();
    let split =
        with_key && exact.is_some() && costs.years.iter().all(|y| y.per_participant.len() == n);
    let per_participant: Vec<Decimal> = if split {
        scaled_sum.iter().map(|s| s / den).collect()
    } else {
        Vec::new()
    };
    let unknown = exact.is_none().then(|| unknown_why(costs));
    let derivation = derivation(&years, exact);
    CommonCosts {
        years,
        exact,
        eur: exact.map(|e| crate::model::costs::share::round_half_up(e, 0)),
        per_participant,
        unknown,
        derivation,
        den,
        scaled: if split { scaled_sum } else { Vec::new() },
    }
}

/// Why the common costs are unknown, from what LASTEN PER GEMEENTE misses.
fn unknown_why(costs: &Costs) -> String {
    if costs.common_missing.is_empty() {
        "de lasten per jaar zijn niet bekend".to_owned()
    } else {
        format!("ontbreekt: {}", costs.common_missing.join("; "))
    }
}

/// "2026 € 1.710.901,10 + 2027 € … + 2029 (als 2028) € … = € 8.554.505,50".
fn derivation(years: &[CommonYear], exact: Option<Decimal>) -> String {
    let Some(total) = exact else {
        return "onbekend".to_owned();
    };
    let terms: Vec<String> = years
        .iter()
        .map(|y| {
            let label = match y.from {
                Some(from) if from != y.year => format!("{} (als {from})", y.year),
                Some(_) => y.year.to_string(),
                None if y.year == 0 => "per jaar".to_owned(),
                None => format!("{} (per jaar)", y.year),
            };
            format!("{label} {}", euro_full(y.exact.unwrap_or_default()))
        })
        .collect();
    format!("{} = {}", terms.join(" + "), euro_exact(total))
}

/// The years that borrow another year's costs, in words: "2029 en 2030
/// liggen na het laatste jaar met formatie (2028): daar gelden de lasten
/// van 2028".
pub fn borrowed_years(years: &[CommonYear]) -> Vec<String> {
    let mut out = Vec::new();
    let mut groups: Vec<(u16, Vec<String>)> = Vec::new();
    for y in years {
        if let Some(from) = y.from.filter(|&f| f != y.year) {
            match groups.iter_mut().find(|(f, _)| *f == from) {
                Some((_, list)) => list.push(y.year.to_string()),
                None => groups.push((from, vec![y.year.to_string()])),
            }
        }
    }
    for (from, list) in groups {
        let (verb, side) = if list.first().and_then(|y| y.parse::<u16>().ok()) > Some(from) {
            (
                if list.len() == 1 { "ligt" } else { "liggen" },
                "na het laatste",
            )
        } else {
            (
                if list.len() == 1 { "ligt" } else { "liggen" },
                "vóór het eerste",
            )
        };
        out.push(format!(
            "{} {verb} {side} jaar met formatie ({from}): daar gelden de lasten van {from}.",
            join_and(&list)
        ));
    }
    out
}
