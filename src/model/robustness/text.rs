//! The robustness analyses in Dutch sentences an adviser can paste into a
//! council proposal, and the plain-text report. Names come from the data;
//! numbers are written the Dutch way (`crate::format`).

use rust_decimal::prelude::FromPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::ordinal::{Conclusion, Holds, OrdinalAnalysis};
use super::result::{Robustness, RobustnessTexts};
use super::smaa::Smaa;
use super::stability::{Bound, Interval, Stability};
use super::winning::Winning;
use crate::format::{number, percent_whole};
use crate::model::dataset::DataSet;

impl RobustnessTexts {
    pub fn new(data: &DataSet, result: &Robustness) -> Self {
        let mut texts = Self {
            smaa_intro: smaa_intro(data, &result.smaa),
            smaa: smaa_sentences(data, &result.smaa),
            smaa_ranks: smaa_rank_texts(data, &result.smaa),
            ..Self::default()
        };
        match &result.stability {
            None => {
                texts.no_weights = Some(
                    "Alle gewichten staan op 0: er is geen rangorde om te toetsen. De analyse zonder gewichten geldt wel."
                        .into(),
                );
            }
            Some(stability) => {
                texts.first_place = (0..stability.criteria.len())
                    .map(|k| first_place_sentence(data, stability, k))
                    .collect();
                texts.full_ranking = (0..stability.criteria.len())
                    .map(|k| full_ranking_sentence(data, stability, k))
                    .collect();
                let current: Vec<Decimal> = stability.criteria.iter().map(|c| c.current).collect();
                if let Some(winning) = &result.winning {
                    texts.winning = winning
                        .iter()
                        .enumerate()
                        .map(|(s, w)| winning_sentence(data, s, w, &current))
                        .collect();
                }
            }
        }
        if let Some(ordinal) = &result.ordinal {
            texts.ordinal_intro = ordinal_intro(data, ordinal);
            texts.ordinal = ordinal_sentences(data, ordinal);
        }
        texts
    }
}

/// The fewest decimals (0 to 2) with which `shares` print as percentages
/// that keep apart what differs and never show 0 % or 100 % for a share
/// strictly between 0 and 1.
fn decimals_for(shares: &[Decimal]) -> u32 {
    let hundred = Decimal::ONE_HUNDRED;
    (0..=2)
        .find(|&d| {
            let rounded: Vec<Decimal> = shares
                .iter()
                .map(|&s| {
                    (s * hundred).round_dp_with_strategy(d, RoundingStrategy::MidpointAwayFromZero)
                })
                .collect();
            let honest = shares.iter().zip(&rounded).all(|(&s, &r)| {
                (s <= Decimal::ZERO || r > Decimal::ZERO) && (s >= Decimal::ONE || r < hundred)
            });
            let apart = shares.iter().enumerate().all(|(i, &a)| {
                shares[i + 1..]
                    .iter()
                    .zip(&rounded[i + 1..])
                    .all(|(&b, &rb)| a == b || rounded[i] != rb)
            });
            honest && apart
        })
        .unwrap_or(2)
}

fn percent_with(share: Decimal, decimals: u32) -> String {
    if decimals == 0 {
        percent_whole(share)
    } else {
        format!("{} %", number(share * Decimal::ONE_HUNDRED, decimals))
    }
}

/// A sampled share: whole percent, but "minder dan 1 %" / "meer dan 99 %"
/// rather than a rounded 0 % or 100 % that did not happen.
fn sample_percent(share: f64) -> String {
    if share > 0.0 && share < 0.005 {
        "minder dan 1 %".into()
    } else if (0.995..1.0).contains(&share) {
        "meer dan 99 %".into()
    } else {
        percent_whole(Decimal::from_f64(share).unwrap_or_default())
    }
}

fn count(value: usize) -> String {
    number(Decimal::from(value), 0)
}

/// "Scenario 2 – A" or "Scenario 2 – A en Scenario 3 – B".
fn scenario_list(data: &DataSet, scenarios: &[usize]) -> String {
    let labels: Vec<String> = scenarios
        .iter()
        .map(|&s| data.scenarios[s].label())
        .collect();
    match labels.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} en {last}", rest.join(", ")),
    }
}

/// "zolang 'X' tussen 12 % en 34 % weegt", "zolang 'X' tot 34 % weegt",
/// "zolang 'X' minstens 12 % weegt", "bij elk gewicht van 'X'".
fn range_phrase(name: &str, interval: &Interval, d: u32) -> String {
    let (lo, hi) = (interval.lower.share, interval.upper.share);
    match (lo > Decimal::ZERO, hi < Decimal::ONE) {
        (false, false) => format!("bij elk gewicht van '{name}'"),
        (false, true) => format!("zolang '{name}' tot {} weegt", percent_with(hi, d)),
        (true, false) => format!("zolang '{name}' minstens {} weegt", percent_with(lo, d)),
        (true, true) => format!(
            "zolang '{name}' tussen {} en {} weegt",
            percent_with(lo, d),
            percent_with(hi, d)
        ),
    }
}

/// Per criterion: "Scenario 2 – Centrumregeling blijft eerste zolang
/// 'Onafhankelijk toezicht' tussen 12 % en 34 % weegt (nu 20 %). Daaronder
/// wordt Scenario 3 – … eerste, daarboven Scenario 4 – …."
pub fn first_place_sentence(data: &DataSet, stability: &Stability, criterion: usize) -> String {
    let cs = &stability.criteria[criterion];
    let name = &data.criteria[criterion].name;
    let first = stability.first_place();
    let subject = scenario_list(data, &first);
    let plural = first.len() > 1;
    if cs.only_weighted {
        return format!(
            "Alleen '{name}' heeft gewicht: {subject} {} eerste bij 100 %. Een ander gewicht voor '{name}' vraagt eerst gewichten voor de andere criteria (hun onderlinge verhouding ligt nu niet vast).",
            if plural { "staan samen" } else { "staat" }
        );
    }
    let interval = &cs.first_place;
    let d = decimals_for(&[interval.lower.share, interval.upper.share, cs.current]);
    let current = percent_with(cs.current, d);
    let rises = |b: &Bound| {
        b.change
            .map(|c| data.scenarios[c.rises].label())
            .unwrap_or_default()
    };
    if interval.is_point() {
        let mut text = format!(
            "{subject} staan nu gelijk eerste; elke verschuiving van '{name}' (nu {current}) verbreekt die gelijke stand"
        );
        match (&interval.lower.change, &interval.upper.change) {
            (Some(_), Some(_)) => text.push_str(&format!(
                ": met minder gewicht wordt {} eerste, met meer {}.",
                rises(&interval.lower),
                rises(&interval.upper)
            )),
            (Some(_), None) => text.push_str(&format!(
                ": met minder gewicht wordt {} eerste.",
                rises(&interval.lower)
            )),
            (None, Some(_)) => text.push_str(&format!(
                ": met meer gewicht wordt {} eerste.",
                rises(&interval.upper)
            )),
            (None, None) => text.push('.'),
        }
        return text;
    }
    let mut text = format!(
        "{subject} {} {} (nu {current}).",
        if plural {
            "blijven samen eerste"
        } else {
            "blijft eerste"
        },
        range_phrase(name, interval, d)
    );
    match (&interval.lower.change, &interval.upper.change) {
        (Some(_), Some(_)) => text.push_str(&format!(
            " Daaronder wordt {} eerste, daarboven {}.",
            rises(&interval.lower),
            rises(&interval.upper)
        )),
        (Some(_), None) => text.push_str(&format!(
            " Daaronder wordt {} eerste.",
            rises(&interval.lower)
        )),
        (None, Some(_)) => text.push_str(&format!(
            " Daarboven wordt {} eerste.",
            rises(&interval.upper)
        )),
        (None, None) => {}
    }
    text
}

/// Per criterion: "De volledige rangorde blijft gelijk zolang 'X' tussen
/// 12 % en 34 % weegt (nu 20 %). Daaronder komt A voor B, daarboven C voor D."
pub fn full_ranking_sentence(data: &DataSet, stability: &Stability, criterion: usize) -> String {
    let cs = &stability.criteria[criterion];
    let name = &data.criteria[criterion].name;
    if cs.only_weighted {
        return format!(
            "Alleen '{name}' heeft gewicht (100 %): de rangorde hoort bij dat ene criterium; er is geen verhouding tussen de andere criteria om mee te schuiven."
        );
    }
    let interval = &cs.full_ranking;
    let d = decimals_for(&[interval.lower.share, interval.upper.share, cs.current]);
    let current = percent_with(cs.current, d);
    let swap = |b: &Bound| {
        b.change.map(|c| {
            format!(
                "{} voor {}",
                data.scenarios[c.rises].label(),
                data.scenarios[c.passes].label()
            )
        })
    };
    if interval.is_point() {
        let mut text = format!(
            "De volledige rangorde heeft nu een gelijke stand; elke verschuiving van '{name}' (nu {current}) verandert haar"
        );
        match (swap(&interval.lower), swap(&interval.upper)) {
            (Some(l), Some(u)) => {
                text.push_str(&format!(": met minder gewicht komt {l}, met meer {u}."))
            }
            (Some(l), None) => text.push_str(&format!(": met minder gewicht komt {l}.")),
            (None, Some(u)) => text.push_str(&format!(": met meer gewicht komt {u}.")),
            (None, None) => text.push('.'),
        }
        return text;
    }
    let mut text = format!(
        "De volledige rangorde blijft gelijk {} (nu {current}).",
        range_phrase(name, interval, d)
    );
    match (swap(&interval.lower), swap(&interval.upper)) {
        (Some(l), Some(u)) => text.push_str(&format!(" Daaronder komt {l}, daarboven {u}.")),
        (Some(l), None) => text.push_str(&format!(" Daaronder komt {l}.")),
        (None, Some(u)) => text.push_str(&format!(" Daarboven komt {u}.")),
        (None, None) => {}
    }
    text
}

/// "Scenario 1 – Expertisecentrum wordt eerste als er 18 procentpunt
/// gewicht verschuift: 'A' van 20 % naar 38 %, 'B' van 20 % naar 2 %."
pub fn winning_sentence(
    data: &DataSet,
    scenario: usize,
    winning: &Winning,
    current: &[Decimal],
) -> String {
    let label = data.scenarios[scenario].label();
    match winning {
        Winning::AlreadyFirst => format!("{label} staat nu al op de eerste plaats."),
        Winning::Dominated { by } => format!(
            "Geen enkele weging maakt {label} eerste: {} scoort op elk criterium minstens even hoog.",
            data.scenarios[*by].label()
        ),
        Winning::Impossible => format!(
            "Geen enkele weging maakt {label} eerste: bij elke weging scoort een ander scenario hoger."
        ),
        Winning::Reachable { shares, ties, .. } => {
            let moved = winning.moved().unwrap_or_default();
            let points = (0..=2)
                .map(|d| {
                    (moved * Decimal::ONE_HUNDRED)
                        .round_dp_with_strategy(d, RoundingStrategy::MidpointAwayFromZero)
                })
                .find(|p| !p.is_zero() || moved.is_zero())
                .unwrap_or_default();
            let changes: Vec<String> = data
                .criteria
                .iter()
                .enumerate()
                .filter(|&(c, _)| (shares[c] - current[c]).abs() > Decimal::new(1, 12))
                .map(|(c, criterion)| {
                    let d = decimals_for(&[current[c], shares[c]]);
                    format!(
                        "'{}' van {} naar {}",
                        criterion.name,
                        percent_with(current[c], d),
                        percent_with(shares[c], d)
                    )
                })
                .collect();
            let level = if ties.is_empty() {
                String::new()
            } else {
                format!(" (gelijk met {})", scenario_list(data, ties))
            };
            format!(
                "{label} wordt eerste{level} als er {} procentpunt gewicht verschuift: {}.",
                number(points, points.scale()),
                changes.join(", ")
            )
        }
    }
}

/// "Zonder gewichten: 10.000 willekeurige wegingen, gelijkmatig verdeeld
/// (seed 76271)."
pub fn smaa_intro(data: &DataSet, smaa: &Smaa) -> String {
    let mut text = format!(
        "Zonder vaste gewichten: {} willekeurige wegingen, gelijkmatig verdeeld over alle mogelijke wegingen (seed {})",
        count(smaa.draws),
        smaa.seed
    );
    if smaa.importance.len() > 1 {
        let order: Vec<String> = smaa
            .importance
            .iter()
            .map(|&c| format!("'{}'", data.criteria[c].name))
            .collect();
        text.push_str(&format!(
            ", met als volgorde van belang {}",
            order.join(" ≥ ")
        ));
    }
    text.push('.');
    text
}

/// Per scenario: "Scenario 2 – …: eerste bij 64 % van de wegingen; met
/// zijn centrale weging eerste bij 98 % van de coderingen."
pub fn smaa_sentences(data: &DataSet, smaa: &Smaa) -> Vec<String> {
    (0..smaa.acceptability.len())
        .map(|s| {
            let label = data.scenarios[s].label();
            let first = smaa.acceptability[s].first().copied().unwrap_or(0.0);
            match (&smaa.central_weights[s], smaa.confidence[s]) {
                (None, _) => format!("{label}: bij geen enkele weging eerste."),
                (Some(_), None) => format!(
                    "{label}: eerste bij {} van de wegingen.",
                    sample_percent(first)
                ),
                (Some(_), Some(confidence)) => format!(
                    "{label}: eerste bij {} van de wegingen; met de gemiddelde weging waarbij het eerste is, eerste bij {} van {} willekeurige coderingen van de schaal.",
                    sample_percent(first),
                    sample_percent(confidence),
                    count(smaa.codings)
                ),
            }
        })
        .collect()
}

/// Per scenario, per rank: "Scenario 1 – …, rang 2: 34 % van de wegingen".
pub fn smaa_rank_texts(data: &DataSet, smaa: &Smaa) -> Vec<Vec<String>> {
    smaa.acceptability
        .iter()
        .enumerate()
        .map(|(s, row)| {
            row.iter()
                .enumerate()
                .map(|(r, &share)| {
                    format!(
                        "{}, rang {}: {} van de wegingen",
                        data.scenarios[s].label(),
                        r + 1,
                        sample_percent(share)
                    )
                })
                .collect()
        })
        .collect()
}

pub fn ordinal_intro(data: &DataSet, ordinal: &OrdinalAnalysis) -> String {
    let levels = &data.scale.levels;
    let ends = match (levels.first(), levels.last()) {
        (Some(low), Some(high)) => format!(
            "; '{}' blijft {} en '{}' blijft {}",
            low.label,
            crate::format::number_trimmed(low.value, 2),
            high.label,
            crate::format::number_trimmed(high.value, 2)
        ),
        _ => String::new(),
    };
    format!(
        "Bij de huidige gewichten, met {} willekeurige oplopende coderingen van de niveaus (seed {}){ends}.",
        count(ordinal.codings),
        ordinal.seed
    )
}

fn conclusion_detail(conclusion: &Conclusion, codings: usize) -> String {
    match conclusion.holds {
        Holds::EveryCoding => {
            " van de schaal: elke oplopende nummering van de niveaus geeft dezelfde uitkomst".into()
        }
        _ => format!(
            " van de schaal: ze geldt bij {} van {} willekeurige oplopende coderingen",
            sample_percent(conclusion.share),
            count(codings)
        ),
    }
}

/// The first-place and full-ranking conclusions, and the share of codings
/// in which each scenario is first.
pub fn ordinal_sentences(data: &DataSet, ordinal: &OrdinalAnalysis) -> Vec<String> {
    let first = ordinal.first_place();
    let first_text = format!(
        "De eerste plaats van {} geldt {}{}.",
        scenario_list(data, &first),
        ordinal.first_place.holds.label(),
        conclusion_detail(&ordinal.first_place, ordinal.codings)
    );
    let full_text = format!(
        "De volledige rangorde geldt {}{}.",
        ordinal.full_ranking.holds.label(),
        conclusion_detail(&ordinal.full_ranking, ordinal.codings)
    );
    let shares: Vec<String> = ordinal
        .order
        .iter()
        .map(|&s| {
            format!(
                "{} {}",
                data.scenarios[s].label(),
                sample_percent(ordinal.first_share[s])
            )
        })
        .collect();
    vec![
        first_text,
        full_text,
        format!(
            "Eerste bij willekeurige coderingen: {}.",
            shares.join(" · ")
        ),
    ]
}

/// The whole analysis as plain text (Dutch), for the headless report.
pub fn robustness_text(data: &DataSet, result: &Robustness) -> String {
    let texts = &result.texts;
    let mut out = String::from("Hoe robuust is de rangorde?\n");
    let mut section = |title: &str, lines: &[String]| {
        if lines.is_empty() {
            return;
        }
        out.push('\n');
        out.push_str(title);
        out.push('\n');
        for line in lines {
            out.push_str("- ");
            out.push_str(line);
            out.push('\n');
        }
    };
    if let Some(no_weights) = &texts.no_weights {
        section("Gewichten", std::slice::from_ref(no_weights));
    }
    section("Gewicht per criterium: eerste plaats", &texts.first_place);
    section(
        "Gewicht per criterium: volledige rangorde",
        &texts.full_ranking,
    );
    section("Wat maakt een scenario eerste?", &texts.winning);
    let mut smaa_lines = vec![texts.smaa_intro.clone()];
    smaa_lines.retain(|l| !l.is_empty());
    smaa_lines.extend(texts.smaa.iter().cloned());
    for (s, row) in result.smaa.acceptability.iter().enumerate() {
        // Positions among the analysed (visible) scenarios.
        let s = result.visible.scenarios.get(s).copied().unwrap_or(s);
        let ranks: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(r, &share)| format!("rang {} {}", r + 1, sample_percent(share)))
            .collect();
        smaa_lines.push(format!(
            "{}: {}",
            data.scenarios[s].label(),
            ranks.join(" · ")
        ));
    }
    section("Zonder gewichten (SMAA-2)", &smaa_lines);
    if result.ordinal.is_some() {
        let mut lines = vec![texts.ordinal_intro.clone()];
        lines.extend(texts.ordinal.iter().cloned());
        section("Andere codering van de schaal", &lines);
    }
    out
}
