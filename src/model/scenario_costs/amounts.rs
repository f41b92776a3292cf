//! One amount of a scenario (low, middle or high) for the region and per
//! participant, by the one rounding rule of the costs: every part exact,
//! the region's total over the horizon rounded once (half a euro up), the
//! participants by largest remainder on their exact amounts (equal
//! remainders in the data's order), each with a derivation that recomputes
//! from the numbers it shows.

use rust_decimal::Decimal;

use super::types::{Amounts, CommonCosts, ParticipantAmount};
use crate::model::costs::share::{largest_remainder, round_half_up};
use crate::model::costs::{euro_exact, euro_signed};

/// Who an amount is split among.
pub struct Split<'a> {
    pub participants: &'a [String],
    /// Whole percents; `None` without a valid key.
    pub percents: Option<&'a [Decimal]>,
    pub common: &'a CommonCosts,
}

impl Split<'_> {
    /// The common costs over the horizon, when known.
    fn common_exact(&self) -> Option<Decimal> {
        self.common.exact
    }
}

/// "; afronding +€ 0,22; samen € 850.000", or "; samen € 850.000".
fn closing(eur: Decimal, shown: Decimal) -> String {
    let rounding = eur - round_half_up(shown, 2);
    if rounding.is_zero() {
        format!("samen {}", euro_exact(eur))
    } else {
        format!(
            "afronding {}; samen {}",
            euro_signed(rounding),
            euro_exact(eur)
        )
    }
}

/// The amount whose varying part (what the components add) is `varying`;
/// `head` names it ("Scenario 1 – Expertisecentrum, laag") and `clauses`
/// say how the varying part follows, each with its exact result.
pub fn amounts(split: &Split, head: &str, varying: Decimal, clauses: &[String]) -> Amounts {
    let common = split.common_exact();
    let exact = varying + common.unwrap_or_default();
    let eur = round_half_up(exact, 0);
    let mut texts: Vec<String> = clauses.to_vec();
    if let Some(c) = common {
        texts.push(format!("lasten gelijk in elk scenario {}", euro_exact(c)));
    }
    let shown: Decimal =
        round_half_up(varying, 2) + common.map_or(Decimal::ZERO, |c| round_half_up(c, 2));
    texts.push(closing(eur, shown));
    let derivation = format!("{head}: {}", texts.join("; "));
    let (per_participant, rounding) = participants(split, head, varying, eur);
    Amounts {
        varying_exact: varying,
        exact,
        eur,
        derivation,
        per_participant,
        rounding,
    }
}

/// The middle: what the components add at low and at high, halved; the
/// common costs are the same at both.
pub fn middle(split: &Split, head: &str, low: &Amounts, high: &Amounts) -> Amounts {
    let varying = (low.varying_exact + high.varying_exact) / Decimal::TWO;
    let clause = format!(
        "(laag {} + hoog {}) / 2 = {}",
        euro_exact(low.varying_exact),
        euro_exact(high.varying_exact),
        euro_exact(varying)
    );
    amounts(split, head, varying, &[clause])
}

/// Each participant's part: its common costs plus its percent of the
/// varying part, exact; whole euros by largest remainder to `total`.
fn participants(
    split: &Split,
    head: &str,
    varying: Decimal,
    total: Decimal,
) -> (
    Vec<ParticipantAmount>,
    Option<crate::model::costs::Apportioned>,
) {
    let Some(percents) = split.percents else {
        return (Vec::new(), None);
    };
    let common = split.common_exact().is_some() && !split.common.scaled.is_empty();
    let den = split.common.den;
    let scaled: Vec<Decimal> = percents
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let own = if common {
                split.common.scaled[i]
            } else {
                Decimal::ZERO
            };
            own + varying * p * (den / Decimal::ONE_HUNDRED)
        })
        .collect();
    let apportioned = largest_remainder(&scaled, den, total);
    let out = split
        .participants
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let part = varying * percents[i] / Decimal::ONE_HUNDRED;
            let own = common.then(|| split.common.per_participant[i]);
            let exact = part + own.unwrap_or_default();
            let eur = apportioned.rounded[i];
            let mut texts = Vec::new();
            if let Some(own) = own {
                texts.push(format!("lasten gelijk in elk scenario {}", euro_exact(own)));
            }
            texts.push(format!(
                "{} % × {} = {}",
                crate::format::number(percents[i], 0),
                euro_exact(varying),
                euro_exact(part)
            ));
            let shown = round_half_up(part, 2) + own.map_or(Decimal::ZERO, |o| round_half_up(o, 2));
            texts.push(closing(eur, shown));
            ParticipantAmount {
                exact,
                eur,
                derivation: format!("{name}, {head}: {}", texts.join("; ")),
            }
        })
        .collect();
    (out, Some(apportioned))
}
