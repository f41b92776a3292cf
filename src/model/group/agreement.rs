//! Where the participants agree, in Dutch sentences built from the results:
//! who puts which scenario first, which scenario every participant puts in
//! the same place, which pairs every participant orders the same way, and
//! what the band of their weights says.

use super::band::{Band, BandSmaa};
use super::result::ParticipantResult;
use crate::model::dataset::DataSet;
use crate::model::ranking::{RankEntry, Ranking};

/// "één", "twee", … "twaalf"; larger counts as digits.
pub fn count_word(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

fn ordinal(rank: usize) -> String {
    const WORDS: [&str; 13] = [
        "", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
        "negende", "tiende", "elfde", "twaalfde",
    ];
    WORDS
        .get(rank)
        .map_or_else(|| format!("{rank}e"), |w| (*w).to_owned())
}

/// "A", "A en B", "A, B en C".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}

fn winners(entries: &[RankEntry]) -> Vec<usize> {
    entries
        .iter()
        .filter(|e| e.rank == 1)
        .map(|e| e.scenario)
        .collect()
}

fn winners_text(data: &DataSet, winners: &[usize]) -> String {
    let names: Vec<String> = winners.iter().map(|&s| data.scenarios[s].label()).collect();
    if names.len() > 1 {
        format!("{} (gelijk)", and_list(&names))
    } else {
        and_list(&names)
    }
}

/// Who weighed, in words: "de vijf gemeenten" when all did, else "de drie
/// gemeenten met een eigen weging". Sentences about agreement and the band
/// speak only of them.
pub fn weighing_label(label: &str, weighing: usize, total: usize) -> String {
    if weighing == total {
        label.to_owned()
    } else {
        format!("{label} met een eigen weging")
    }
}

/// The agreement sentences: only participants with weights of their own
/// count; the others are named as not counting.
pub fn agreement_sentences(
    data: &DataSet,
    label: &str,
    participants: &[ParticipantResult],
    combined: &Ranking,
) -> Vec<String> {
    let total = participants.len();
    let others: Vec<String> = participants
        .iter()
        .filter(|p| !p.own)
        .map(|p| p.name.clone())
        .collect();
    if others.len() == total {
        return vec![format!(
            "Nog geen van de {} {label} heeft een eigen weging: elke rij toont de gewichten van de set, en er is geen gezamenlijke weging.",
            count_word(total)
        )];
    }
    let mut out: Vec<String> = not_counting_sentence(&others).into_iter().collect();
    let own: Vec<&ParticipantResult> = participants.iter().filter(|p| p.own).collect();
    let label = weighing_label(label, own.len(), total);
    for p in &own {
        if let Some(why) = p.ranking.absent_reason() {
            out.push(format!("{}: {}", p.name, why.to_lowercase()));
        }
    }
    let ranked: Vec<&ParticipantResult> = own
        .iter()
        .copied()
        .filter(|p| matches!(p.ranking, Ranking::Ranked(_)))
        .collect();
    if ranked.is_empty() {
        return out;
    }
    let groups = winner_groups(&ranked);
    if ranked.len() == 1 {
        out.push(format!(
            "{} zet {} bovenaan.",
            ranked[0].name,
            winners_text(data, &groups[0].0)
        ));
        return out;
    }
    out.push(first_place_sentence(
        data,
        &label,
        own.len(),
        &ranked,
        &groups,
    ));
    let order = combined_order(combined, ranked[0]);
    let every = every_participant(&label, own.len() == total);
    let first_said = groups.len() == 1;
    out.extend(agreed_places(data, &order, &ranked, &every, first_said));
    out.extend(agreed_pairs(data, &order, &ranked, &every));
    out
}

/// The scenarios in the combined order, or the first participant's when
/// there is no combined ranking.
fn combined_order(combined: &Ranking, first: &ParticipantResult) -> Vec<usize> {
    match combined {
        Ranking::Ranked(r) => r.entries.iter().map(|e| e.scenario).collect(),
        _ => first.ranking.entries().iter().map(|e| e.scenario).collect(),
    }
}

/// "bij elke gemeente", or "bij elke gemeente met een eigen weging" when
/// not all weighed; `label` is the weighing label.
fn every_participant(label: &str, all_weighed: bool) -> String {
    format!(
        "bij elke {}{}",
        singular_label(label.split(' ').next().unwrap_or_default()),
        if all_weighed {
            ""
        } else {
            " met een eigen weging"
        }
    )
}

/// "A en B hebben geen eigen weging en tellen hieronder niet mee.", when
/// some participants did not weigh.
fn not_counting_sentence(others: &[String]) -> Option<String> {
    if others.is_empty() {
        return None;
    }
    let (has, counts) = if others.len() == 1 {
        ("heeft", "telt")
    } else {
        ("hebben", "tellen")
    };
    Some(format!(
        "{} {has} geen eigen weging en {counts} hieronder niet mee.",
        and_list(others)
    ))
}

/// Who puts what first: the participants grouped by their winners, the
/// largest group first.
fn winner_groups(ranked: &[&ParticipantResult]) -> Vec<(Vec<usize>, Vec<String>)> {
    let mut groups: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
    for p in ranked {
        let w = winners(p.ranking.entries());
        match groups.iter_mut().find(|(g, _)| *g == w) {
            Some((_, names)) => names.push(p.name.clone()),
            None => groups.push((w, vec![p.name.clone()])),
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.1.len()));
    groups
}

/// "Alle vijf gemeenten zetten A bovenaan." or "Drie van de vijf
/// gemeenten zetten A bovenaan (…); B zet C bovenaan." for two or more
/// ranked participants; `label` is the weighing label, `own` how many
/// weighed.
fn first_place_sentence(
    data: &DataSet,
    label: &str,
    own: usize,
    ranked: &[&ParticipantResult],
    groups: &[(Vec<usize>, Vec<String>)],
) -> String {
    if let [(winners, _)] = groups {
        let all = |n: usize| {
            if n == 2 {
                "Beide".to_owned()
            } else {
                format!("Alle {}", count_word(n))
            }
        };
        let all_word = if ranked.len() == own {
            format!("{} {label}", all(own))
        } else {
            format!("{} {label} met gewichten", all(ranked.len()))
        };
        return format!(
            "{all_word} zetten {} bovenaan.",
            winners_text(data, winners)
        );
    }
    let (first, names) = &groups[0];
    let verb = if names.len() == 1 { "zet" } else { "zetten" };
    let mut sentence = format!(
        "{} van de {} {label} {verb} {} bovenaan ({})",
        crate::format::capitalised(&count_word(names.len())),
        count_word(own),
        winners_text(data, first),
        and_list(names)
    );
    let rest: Vec<String> = groups[1..]
        .iter()
        .map(|(w, names)| {
            let verb = if names.len() == 1 { "zet" } else { "zetten" };
            format!(
                "{} {verb} {} bovenaan",
                and_list(names),
                winners_text(data, w)
            )
        })
        .collect();
    sentence.push_str(&format!("; {}.", rest.join("; ")));
    sentence
}

/// Places every participant agrees on (within one), in `order`, except a
/// first place already said (`first_said`).
fn agreed_places(
    data: &DataSet,
    order: &[usize],
    ranked: &[&ParticipantResult],
    every: &str,
    first_said: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    for &s in order {
        let ranks: Vec<usize> = ranked
            .iter()
            .filter_map(|p| {
                p.ranking
                    .entries()
                    .iter()
                    .find(|e| e.scenario == s)
                    .map(|e| e.rank)
            })
            .collect();
        let (Some(&lo), Some(&hi)) = (ranks.iter().min(), ranks.iter().max()) else {
            continue;
        };
        if ranks.len() < 2 || (hi == 1 && first_said) {
            continue;
        }
        let name = data.scenarios[s].label();
        if lo == hi {
            out.push(format!("{name} staat {every} {}.", ordinal(lo)));
        } else if hi == lo + 1 {
            out.push(format!(
                "{name} staat {every} {} of {}.",
                ordinal(lo),
                ordinal(hi)
            ));
        }
    }
    out
}

/// Neighbours in `order` that every participant orders the same way, or
/// how many put the first one higher.
fn agreed_pairs(
    data: &DataSet,
    order: &[usize],
    ranked: &[&ParticipantResult],
    every: &str,
) -> Vec<String> {
    let total_of = |p: &ParticipantResult, s: usize| {
        p.ranking
            .entries()
            .iter()
            .find(|e| e.scenario == s)
            .map(|e| e.total)
    };
    let mut out = Vec::new();
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let higher = ranked
            .iter()
            .filter(|p| matches!((total_of(p, a), total_of(p, b)), (Some(x), Some(y)) if x > y))
            .count();
        let (na, nb) = (data.scenarios[a].label(), data.scenarios[b].label());
        if higher == ranked.len() {
            out.push(format!("{na} scoort {every} hoger dan {nb}."));
        } else if higher > 0 {
            out.push(format!(
                "Over {na} tegen {nb} verschillen ze: {} van de {} zetten {na} hoger.",
                count_word(higher),
                count_word(ranked.len())
            ));
        }
    }
    out
}

/// "gemeenten" → "gemeente"; "deelnemers" → "deelnemer" (Dutch plurals
/// of words that end in -e take -n, most others -s).
pub fn singular_label(label: &str) -> String {
    label
        .strip_suffix("en")
        .map(|stem| format!("{stem}e"))
        .or_else(|| label.strip_suffix('s').map(str::to_owned))
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or_else(|| label.to_owned())
}

fn share_text(share: f64) -> String {
    if share <= 0.0 {
        "geen enkele".to_owned()
    } else if share < 0.005 {
        "minder dan 1 %".to_owned()
    } else if share > 0.995 && share < 1.0 {
        "meer dan 99 %".to_owned()
    } else {
        format!("{} %", (share * 100.0).round())
    }
}

/// The band and band-SMAA in sentences.
pub fn band_sentences(
    data: &DataSet,
    label: &str,
    (weighing, total): (usize, usize),
    band: Option<&Band>,
    smaa: Option<&BandSmaa>,
    scenarios: &[usize],
) -> Vec<String> {
    let Some(band) = band else {
        return vec![format!(
            "Geen enkele van de {label} heeft een eigen weging: er is geen bandbreedte."
        )];
    };
    let who = format!(
        "de {} {}",
        count_word(weighing),
        weighing_label(label, weighing, total)
    );
    if band.is_point() {
        return vec![format!(
            "De gewichten van {who} zijn gelijk: de bandbreedte is één weging, met de gezamenlijke rangorde als uitkomst."
        )];
    }
    let Some(smaa) = smaa else {
        return Vec::new();
    };
    let mut first: Vec<(usize, f64)> = smaa
        .acceptability
        .iter()
        .enumerate()
        .map(|(i, row)| {
            (
                scenarios.get(i).copied().unwrap_or(i),
                row.first().copied().unwrap_or(0.0),
            )
        })
        .collect();
    first.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out = Vec::new();
    if let Some(&(top, share)) = first.first() {
        out.push(format!(
            "Binnen de bandbreedte van {who} staat {} bij {} van de wegingen bovenaan.",
            data.scenarios[top].label(),
            share_text(share)
        ));
    }
    let others: Vec<String> = first[1..]
        .iter()
        .filter(|(_, s)| *s > 0.0)
        .map(|&(s, share)| format!("{} bij {}", data.scenarios[s].label(), share_text(share)))
        .collect();
    if !others.is_empty() {
        out.push(format!("Verder: {}.", others.join("; ")));
    }
    let never: Vec<String> = first[1..]
        .iter()
        .filter(|(_, s)| *s <= 0.0)
        .map(|&(s, _)| data.scenarios[s].label())
        .collect();
    if !never.is_empty() {
        out.push(format!(
            "Bij geen enkele weging in de band eerste: {}.",
            and_list(&never)
        ));
    }
    out.push(format!(
        "{} wegingen gelijkmatig getrokken binnen de band (per criterium van het laagste tot het hoogste gewicht van {who}), seed {}.",
        crate::format::number(rust_decimal::Decimal::from(smaa.draws as u64), 0),
        smaa.seed
    ));
    if smaa.draws < smaa.requested {
        out.push(format!(
            "De band is zo smal dat binnen de tijdslimiet {} van de {} trekkingen lukten.",
            smaa.draws, smaa.requested
        ));
    }
    out
}
