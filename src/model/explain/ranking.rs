//! The ranking in one sentence: who is first, by how much, and why — for a
//! slide read cold, the overview and the documents.

use rust_decimal::Decimal;

use crate::format::{join_and, number};
use crate::model::dataset::DataSet;
use crate::model::ranking::Ranking;

/// "Scenario 2 – Centrumregeling staat eerste met 4,20, 0,60 punt vóór
/// Scenario 3 – Bestaand samenwerkingsverband; het verschil zit vooral in
/// Toezicht (+0,20) en Legitimiteit (+0,20)." `None` without a ranking.
pub fn ranking_headline(data: &DataSet, ranking: &Ranking) -> Option<String> {
    let entries = ranking.entries();
    let first = entries.first()?;
    let label = |s: usize| data.scenarios[s].label();
    let tied: Vec<String> = entries
        .iter()
        .filter(|e| e.rank == first.rank)
        .map(|e| label(e.scenario))
        .collect();
    if tied.len() > 1 {
        return Some(format!(
            "{} staan samen eerste met {}.",
            join_and(&tied),
            number(first.total, 2)
        ));
    }
    let Some(second) = entries.get(1) else {
        return Some(format!(
            "{} is het enige zichtbare scenario ({}).",
            label(first.scenario),
            number(first.total, 2)
        ));
    };
    let mut gains: Vec<(usize, Decimal)> = first
        .contributions
        .iter()
        .zip(&second.contributions)
        .enumerate()
        .map(|(c, (a, b))| (c, a - b))
        .filter(|(_, gain)| gain.round_dp(2) > Decimal::ZERO)
        .collect();
    gains.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let why: Vec<String> = gains
        .iter()
        .take(2)
        .map(|&(c, gain)| format!("{} (+{})", data.criteria[c].short_name, number(gain, 2)))
        .collect();
    let mut sentence = format!(
        "{} staat eerste met {}, {} punt vóór {}",
        label(first.scenario),
        number(first.total, 2),
        number(first.total - second.total, 2),
        label(second.scenario)
    );
    if !why.is_empty() {
        sentence.push_str(&format!("; het verschil zit vooral in {}", join_and(&why)));
    }
    sentence.push('.');
    Some(sentence)
}
