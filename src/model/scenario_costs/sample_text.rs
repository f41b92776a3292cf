//! The Monte Carlo in words: how it drew, the spread per scenario, how
//! often each scenario is the cheapest (for the region and, where it
//! differs, per participant).

use super::types::{CostSample, HorizonCosts};
use crate::format::{euro, number};
use crate::model::costs::Distribution;

/// A chance as the outputs write it: "87 %", "minder dan 1 %", "0 %".
pub fn chance(share: f64) -> String {
    if share <= 0.0 {
        "0 %".to_owned()
    } else if share < 0.005 {
        "minder dan 1 %".to_owned()
    } else if share > 0.995 && share < 1.0 {
        "meer dan 99 %".to_owned()
    } else {
        format!("{} %", (share * 100.0).round())
    }
}

/// How the draws were made.
pub fn method_sentence(h: &HorizonCosts, draws: usize, seed: u64) -> String {
    let how = match h.distribution {
        Distribution::Uniform => "gelijkmatig verdeeld tussen laag en hoog (elk bedrag even waarschijnlijk)".to_owned(),
        Distribution::Triangular => "volgens een driehoeksverdeling tussen laag en hoog, het waarschijnlijkst bij de modus (het midden van de bandbreedte waar geen modus is getypt)".to_owned(),
    };
    format!(
        "Onzekerheid: {} trekkingen (seed {seed}); per trekking één bedrag per onderdeel en scenario voor de hele looptijd, {how}, zodat een niveau niet jaar na jaar wegmiddelt. P10, P50 en P90: in 10 %, 50 % en 90 % van de trekkingen kost het scenario hoogstens dat bedrag.",
        number(rust_decimal::Decimal::from(draws as u64), 0)
    )
}

/// The sentences of a sample of `h`.
pub fn sample_sentences(h: &HorizonCosts, sample: &CostSample) -> Vec<String> {
    let mut out = vec![method_sentence(h, sample.draws, sample.seed)];
    for (s, sampled) in h.scenarios.iter().zip(&sample.scenarios) {
        if let Some(q) = sampled {
            out.push(format!(
                "{}: P10 {}, P50 {}, P90 {}.",
                s.label,
                euro(q.p10.eur),
                euro(q.p50.eur),
                euro(q.p90.eur)
            ));
        }
    }
    let complete = sample.cheapest.iter().flatten().count();
    if complete < 2 {
        out.push(
            "Kans op het goedkoopste scenario: er zijn geen twee volledige scenario's om te vergelijken."
                .into(),
        );
        return out;
    }
    let each = |chances: &[Option<f64>]| -> String {
        let mut order: Vec<usize> = (0..chances.len())
            .filter(|&s| chances[s].is_some())
            .collect();
        order.sort_by(|&a, &b| {
            chances[b]
                .unwrap_or(0.0)
                .total_cmp(&chances[a].unwrap_or(0.0))
        });
        order
            .iter()
            .map(|&s| {
                format!(
                    "{} {}",
                    h.scenarios[s].label,
                    chance(chances[s].unwrap_or(0.0))
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push(format!(
        "Kans dat een scenario het goedkoopst is, voor de regio: {}.",
        each(&sample.cheapest)
    ));
    let differ: Vec<usize> = (0..sample.cheapest_per_participant.len())
        .filter(|&i| sample.cheapest_per_participant[i] != sample.cheapest)
        .collect();
    if !sample.cheapest_per_participant.is_empty() {
        if differ.is_empty() {
            out.push(format!(
                "Per {} dezelfde kansen: wat tussen de scenario's verschilt gaat naar de verdeelsleutel, dus elke trekking zet de scenario's voor elke {} in dezelfde volgorde.",
                h.participant_word, h.participant_word
            ));
        }
        for i in differ {
            out.push(format!(
                "Kans dat een scenario het goedkoopst is, voor {} (0 % in de verdeelsleutel: elk scenario kost haar even veel): {}.",
                h.participants[i],
                each(&sample.cheapest_per_participant[i])
            ));
        }
    }
    out
}
