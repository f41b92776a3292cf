//! The verdeelsleutel as whole percents that add up to 100: typed, or made
//! from rijksbijdragen or inhabitants (artikel 8.1: "in hele procenten"),
//! rounded by largest remainder so they add up to 100, equal remainders in
//! the data's order (`share.rs`), and said so.

use rust_decimal::Decimal;

use super::share::{Apportioned, largest_remainder};
use crate::format::{join_and, number, number_trimmed};
use crate::model::additions::costs::{CostKey, KeyMethod};

/// Each participant's share, in whole percents that add up to 100.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyShares {
    pub method: KeyMethod,
    /// Per participant, in the participants' order.
    pub percents: Vec<Decimal>,
    /// The percents before rounding (to 28 digits; the typed percents for
    /// a key in percents).
    pub exact: Vec<Decimal>,
    /// How the percents were rounded, for a key made from amounts.
    pub rounding: Option<Apportioned>,
    /// How the percents were made, when they were (rounded from
    /// rijksbijdragen or inhabitants): the exact percents, who got a
    /// percent more and why.
    pub note: Option<String>,
}

/// `values` as whole percents of their sum, adding up to exactly 100
/// (largest remainder, equal remainders in the given order); `None` when
/// they add up to nothing.
pub fn whole_percents(values: &[Decimal]) -> Option<Vec<Decimal>> {
    percents_of(values).map(|a| a.rounded)
}

fn percents_of(values: &[Decimal]) -> Option<Apportioned> {
    let sum: Decimal = values.iter().sum();
    if sum <= Decimal::ZERO {
        return None;
    }
    let scaled: Vec<Decimal> = values.iter().map(|v| v * Decimal::ONE_HUNDRED).collect();
    Some(largest_remainder(&scaled, sum, Decimal::ONE_HUNDRED))
}

/// The tie rule in words, for percents or euros: "bij gelijke rest krijgt
/// de eerste in de volgorde van de gegevens de extra procent".
pub fn tie_rule(unit: &str) -> String {
    format!("bij gelijke rest krijgt de eerste in de volgorde van de gegevens de extra {unit}")
}

/// How the rounding went, in words: "naar beneden samen 97 %; een procent
/// erbij voor de 3 grootste resten: Noordenveld (rest 0,96), …; bij gelijke
/// rest …".
pub fn rounding_words(a: &Apportioned, names: &[String], floor_sum: &str, unit: &str) -> String {
    let rest = |i: usize| format!("{} (rest {})", names[i], number(a.remainders[i], 2));
    let mut text = format!("naar beneden samen {floor_sum}");
    let up: Vec<String> = a.adjusted.iter().map(|&i| rest(i)).collect();
    match up.len() {
        0 => text.push_str(&format!("; geen {unit} erbij nodig")),
        1 => text.push_str(&format!(
            "; een {unit} erbij voor de grootste rest: {}",
            up[0]
        )),
        k => text.push_str(&format!(
            "; een {unit} erbij voor de {k} grootste resten: {}",
            join_and(&up)
        )),
    }
    match &a.tie {
        Some(tie) => {
            let given: Vec<String> = tie.given.iter().map(|&i| names[i].clone()).collect();
            let not: Vec<String> = tie.not_given.iter().map(|&i| names[i].clone()).collect();
            text.push_str(&format!(
                "; bij gelijke rest ({}) {} {} de extra {unit}, als eerste in de volgorde van de gegevens; {} niet",
                number(tie.remainder, 2),
                if given.len() == 1 { "krijgt" } else { "krijgen" },
                join_and(&given),
                join_and(&not)
            ));
        }
        None => text.push_str(&format!("; {}", tie_rule(unit))),
    }
    text
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
                exact: values.clone(),
                percents: values,
                rounding: None,
                note: None,
            })
        }
        KeyMethod::Contributions | KeyMethod::Inhabitants => {
            let rounding = percents_of(&values).ok_or_else(|| {
                format!(
                    "de {} tellen op tot 0: er is niets te verdelen",
                    key.method.word()
                )
            })?;
            let sum: Decimal = values.iter().sum();
            let exact: Vec<Decimal> = values
                .iter()
                .map(|v| v * Decimal::ONE_HUNDRED / sum)
                .collect();
            let each: Vec<String> = participants
                .iter()
                .zip(&exact)
                .map(|(p, e)| format!("{p} {} %", number(*e, 2)))
                .collect();
            let note = format!(
                "naar {}, afgerond op hele procenten die optellen tot 100 (grootste-restmethode): exact {}; {}",
                key.method.word(),
                each.join(", "),
                rounding_words(
                    &rounding,
                    participants,
                    &format!("{} %", number(rounding.floor_sum, 0)),
                    "procent"
                )
            );
            Ok(KeyShares {
                method: key.method,
                percents: rounding.rounded.clone(),
                exact,
                rounding: Some(rounding),
                note: Some(note),
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
