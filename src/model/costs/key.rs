//! The verdeelsleutel as whole percents that add up to 100: typed, or made
//! from rijksbijdragen or inhabitants (artikel 8.1: "in hele procenten"),
//! rounded by largest remainder so they add up to 100.

use rust_decimal::Decimal;

use super::{CostKey, KeyMethod};
use crate::format::{number, number_trimmed, round_to_sum};

/// Each participant's share, in whole percents that add up to 100.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyShares {
    pub method: KeyMethod,
    /// Per participant, in the participants' order.
    pub percents: Vec<Decimal>,
    /// How the percents were made, when they were (rounded from
    /// rijksbijdragen or inhabitants).
    pub note: Option<String>,
}

/// `values` as whole percents of their sum, adding up to exactly 100
/// (largest remainder); `None` when they add up to nothing.
pub fn whole_percents(values: &[Decimal]) -> Option<Vec<Decimal>> {
    let sum: Decimal = values.iter().sum();
    if sum <= Decimal::ZERO {
        return None;
    }
    let exact: Vec<Decimal> = values
        .iter()
        .map(|v| v * Decimal::ONE_HUNDRED / sum)
        .collect();
    Some(round_to_sum(&exact, Decimal::ONE_HUNDRED, 0))
}

/// The shares of `participants` by `key`, or why there are none (in Dutch:
/// who is missing, who is unknown, what the percents add up to).
pub fn key_shares(participants: &[String], key: &CostKey) -> Result<KeyShares, String> {
    let unknown: Vec<&str> = key
        .values
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| !participants.iter().any(|p| p == name))
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "onbekende deelnemer(s) in de verdeelsleutel: {}; bekend zijn: {}",
            unknown.join(", "),
            participants.join(", ")
        ));
    }
    let mut values = Vec::with_capacity(participants.len());
    let mut missing = Vec::new();
    for p in participants {
        match key.values.iter().find(|(name, _)| name == p) {
            Some((_, v)) => values.push(*v),
            None => missing.push(p.as_str()),
        }
    }
    if !missing.is_empty() {
        return Err(format!(
            "geen aandeel in de verdeelsleutel voor {}",
            missing.join(", ")
        ));
    }
    match key.method {
        KeyMethod::Percent => {
            if let Some(v) = values.iter().find(|v| v.fract() != Decimal::ZERO) {
                return Err(format!(
                    "{} % is geen heel procent; de verdeelsleutel is in hele procenten (artikel 8.1)",
                    number_trimmed(*v, 4)
                ));
            }
            let sum: Decimal = values.iter().sum();
            if sum != Decimal::ONE_HUNDRED {
                let difference = Decimal::ONE_HUNDRED - sum;
                return Err(format!(
                    "de percentages tellen op tot {} %: {} % te {}",
                    number(sum, 0),
                    number(difference.abs(), 0),
                    if difference > Decimal::ZERO {
                        "weinig"
                    } else {
                        "veel"
                    }
                ));
            }
            Ok(KeyShares {
                method: key.method,
                percents: values,
                note: None,
            })
        }
        KeyMethod::Contributions | KeyMethod::Inhabitants => {
            let percents = whole_percents(&values).ok_or_else(|| {
                format!(
                    "de {} tellen op tot 0: er is niets te verdelen",
                    key.method.word()
                )
            })?;
            Ok(KeyShares {
                method: key.method,
                percents,
                note: Some(format!(
                    "naar {}, afgerond op hele procenten die optellen tot 100 (de grootste resten krijgen een procent meer)",
                    key.method.word()
                )),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn whole_percents_add_up_to_100_by_largest_remainder() {
        // 1/3 each: 33,33… → 33, 33, 33 and one more for the first of the
        // equal remainders.
        let p = whole_percents(&[dec!(1), dec!(1), dec!(1)]).unwrap();
        assert_eq!(p.iter().sum::<Decimal>(), dec!(100));
        assert_eq!(p, [dec!(34), dec!(33), dec!(33)]);
        assert!(whole_percents(&[Decimal::ZERO, Decimal::ZERO]).is_none());
    }
}
