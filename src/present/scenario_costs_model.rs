//! The cost per scenario as the tab, the slide and the figure show it,
//! prepared once per change from `model::scenario_costs`: every amount as
//! Dutch text with its derivation, the region's and each participant's
//! low – high and middle (the view picks the participant the user chose),
//! the Monte Carlo when it is ready, and value for money as points to
//! plot (f64, for drawing only).

use rust_decimal::Decimal;

use crate::format::{euro, number};
use crate::model::DataSet;
use crate::model::scenario_costs::{
    Amounts, HorizonCosts, NOT_READY, ScenarioCost, ScenarioCosts, chance,
};
use crate::present::staffing_model::to_f64;

/// Low, middle and high of one amount, for the region or a participant.
#[derive(Debug, Clone, Default)]
pub struct BoundsView {
    pub low: f64,
    pub middle: f64,
    pub high: f64,
    /// "€ 550.000 – € 1.150.000"
    pub range_text: String,
    /// "€ 850.000"
    pub middle_text: String,
    /// How low, middle and high follow, one line each.
    pub derivation: String,
}

/// P10, P50 and P90 of one scenario, for the region or a participant.
#[derive(Debug, Clone, Default)]
pub struct QuantilesView {
    /// "P10 € 700.000 · P50 € 850.000 · P90 € 1.000.000"
    pub text: String,
}

/// One scenario.
#[derive(Debug, Clone, Default)]
pub struct ScenarioRowView {
    /// "Scenario 1 – Expertisecentrum"
    pub label: String,
    /// "1 Expertisecentrum", for a slide.
    pub short_label: String,
    pub complete: bool,
    /// "onvolledig: geen bandbreedte voor …", or empty.
    pub missing: String,
    pub region: BoundsView,
    /// In the participants' order; empty without a key.
    pub per_participant: Vec<BoundsView>,
    /// `None` while the Monte Carlo runs, or for an incomplete scenario.
    pub quantiles: Option<QuantilesView>,
    pub quantiles_per_participant: Vec<QuantilesView>,
    /// "kans het goedkoopst: 87 %" (the region's; the same for every
    /// participant with a share).
    pub cheapest: Option<String>,
    pub cheapest_per_participant: Vec<Option<String>>,
}

/// A scenario on the value-for-money plot.
#[derive(Debug, Clone, Default)]
pub struct ValuePointView {
    /// "1 Expertisecentrum"
    pub short_label: String,
    pub score: f64,
    pub low: f64,
    pub middle: f64,
    pub high: f64,
    /// Dearer in the middle and lower-valued than another scenario.
    pub dominated: bool,
    /// "Scenario 1 – …: score 3,40; € 550.000 – € 1.150.000 (midden …)"
    pub text: String,
}

/// A component of the cost profile as the set counts it.
#[derive(Debug, Clone, Default)]
pub struct ComponentView {
    pub name: String,
    /// "per jaar", "eenmalig", "besparing per jaar", "niet in euro's" or
    /// "niet ingevuld".
    pub kind: String,
    /// The level words (or scenarios) without a range: "onbekend".
    pub unknown: Vec<String>,
    /// Not counted in euros (not typed, or a word of Tabel 5 by choice).
    pub stays_a_word: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ScenarioCostsView {
    /// "Kosten per scenario over 2026–2030 (5 jaar)"
    pub heading: String,
    pub horizon_label: String,
    pub participants: Vec<String>,
    /// "gemeente"
    pub participant_word: String,
    pub rows: Vec<ScenarioRowView>,
    /// The Monte Carlo is done (else [`NOT_READY`] is said).
    pub ready: bool,
    pub not_ready: String,
    /// The costs equal in every scenario, said once.
    pub common: String,
    /// The same in a few words, for a slide.
    pub common_short: String,
    pub components: Vec<ComponentView>,
    pub missing: Vec<String>,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
    pub rule: String,
    /// How the draws were made and who is cheapest how often.
    pub sample_sentences: Vec<String>,
    pub value_points: Vec<ValuePointView>,
    /// The value-for-money sentences (dominated scenarios in words).
    pub value_sentences: Vec<String>,
    /// The plot in words, for screen readers.
    pub value_description: String,
}

impl ScenarioCostsView {
    /// The participant chosen, when there is one with amounts.
    pub fn participant(&self, chosen: Option<usize>) -> Option<usize> {
        chosen.filter(|&i| {
            i < self.participants.len()
                && self
                    .rows
                    .first()
                    .is_some_and(|r| i < r.per_participant.len())
        })
    }
}

fn bounds(low: &Decimal, middle: &Decimal, high: &Decimal, derivation: String) -> BoundsView {
    BoundsView {
        low: to_f64(*low),
        middle: to_f64(*middle),
        high: to_f64(*high),
        range_text: format!("{} – {}", euro(*low), euro(*high)),
        middle_text: euro(*middle),
        derivation,
    }
}

fn region_bounds(s: &ScenarioCost) -> BoundsView {
    let lines: Vec<&str> = [&s.low, &s.middle, &s.high]
        .iter()
        .map(|a: &&Amounts| a.derivation.as_str())
        .collect();
    bounds(&s.low.eur, &s.middle.eur, &s.high.eur, lines.join("\n"))
}

fn participant_bounds(s: &ScenarioCost) -> Vec<BoundsView> {
    (0..s.low.per_participant.len())
        .filter_map(|i| {
            let (l, m, h) = (
                s.low.per_participant.get(i)?,
                s.middle.per_participant.get(i)?,
                s.high.per_participant.get(i)?,
            );
            let derivation = [&l.derivation, &m.derivation, &h.derivation]
                .map(String::as_str)
                .join("\n");
            Some(bounds(&l.eur, &m.eur, &h.eur, derivation))
        })
        .collect()
}

fn scenario_row(
    data: &DataSet,
    h: &HorizonCosts,
    costs: &ScenarioCosts,
    at: usize,
) -> ScenarioRowView {
    let s = &h.scenarios[at];
    let scenario = &data.scenarios[s.scenario];
    let sample = costs.uncertainty.ready();
    let sampled = sample
        .and_then(|x| x.scenarios.get(at))
        .and_then(Option::as_ref);
    let quantiles = sampled.map(|q| QuantilesView {
        text: q
            .quantiles()
            .map(|(name, q)| format!("{name} {}", euro(q.eur)))
            .join(" · "),
    });
    let quantiles_per_participant = sampled
        .map(|q| {
            (0..q.p10.per_participant.len())
                .map(|i| QuantilesView {
                    text: q
                        .quantiles()
                        .map(|(name, q)| {
                            format!(
                                "{name} {}",
                                q.per_participant
                                    .get(i)
                                    .map_or_else(String::new, |v| euro(*v))
                            )
                        })
                        .join(" · "),
                })
                .collect()
        })
        .unwrap_or_default();
    let cheapest_word = |c: Option<f64>| c.map(|c| format!("kans het goedkoopst: {}", chance(c)));
    ScenarioRowView {
        label: s.label.clone(),
        short_label: format!("{} {}", scenario.number, scenario.short_name),
        complete: s.complete,
        missing: if s.complete {
            String::new()
        } else {
            format!(
                "onvolledig: geen bandbreedte voor {}",
                crate::format::join_and(&s.missing)
            )
        },
        region: region_bounds(s),
        per_participant: participant_bounds(s),
        quantiles,
        quantiles_per_participant,
        cheapest: sample.and_then(|x| cheapest_word(x.cheapest.get(at).copied().flatten())),
        cheapest_per_participant: sample
            .map(|x| {
                x.cheapest_per_participant
                    .iter()
                    .map(|each| cheapest_word(each.get(at).copied().flatten()))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The costs equal in every scenario, said once.
fn common_sentence(h: &HorizonCosts) -> String {
    match h.common.eur {
        Some(eur) if h.common.unknown.is_none() => format!(
            "Personeel en overige kosten zijn in elk scenario gelijk: {} over {}, in elk bedrag hieronder meegeteld; ze veranderen de verschillen niet.",
            euro(eur),
            h.horizon_label
        ),
        _ => format!(
            "Personeel en overige kosten zijn in elk scenario gelijk en hier onbekend ({}); de bedragen per scenario zijn alleen wat tussen de scenario's verschilt.",
            h.common.unknown.as_deref().unwrap_or("niet ingevuld")
        ),
    }
}

fn value_points(h: &HorizonCosts, costs: &ScenarioCosts) -> Vec<ValuePointView> {
    costs
        .value
        .points
        .iter()
        .map(|p| {
            let s = &h.scenarios[p.at];
            ValuePointView {
                short_label: s
                    .label
                    .split_once(" – ")
                    .map_or_else(|| s.label.clone(), |(_, name)| name.to_owned()),
                score: to_f64(p.score),
                low: to_f64(p.low_eur),
                middle: to_f64(p.middle_eur),
                high: to_f64(p.high_eur),
                dominated: costs.value.dominated.iter().any(|d| d.dearer == p.at),
                text: format!(
                    "{}: score {}; {} – {} (midden {})",
                    s.label,
                    number(p.score, 2),
                    euro(p.low_eur),
                    euro(p.high_eur),
                    euro(p.middle_eur)
                ),
            }
        })
        .collect()
}

/// The view of `costs`.
pub fn scenario_costs_view(data: &DataSet, costs: &ScenarioCosts) -> ScenarioCostsView {
    let h = &*costs.horizon;
    let rows = (0..h.scenarios.len())
        .map(|at| scenario_row(data, h, costs, at))
        .collect();
    let components = h
        .components
        .iter()
        .map(|c| ComponentView {
            name: c.name.clone(),
            kind: if c.entered {
                c.kind.word().to_owned()
            } else {
                "niet ingevuld".to_owned()
            },
            unknown: c.missing.clone(),
            stays_a_word: !c.entered || !c.kind.in_euros(),
        })
        .collect();
    let value_points = value_points(h, costs);
    let mut value_description = format!(
        "Waarde voor geld: gewogen score tegen de kosten over {}",
        h.horizon_label
    );
    for p in &value_points {
        value_description.push_str(&format!("; {}", p.text));
        if p.dominated {
            value_description.push_str(" (duurder en lager gewaardeerd dan een ander)");
        }
    }
    value_description.push('.');
    let sample = costs.uncertainty.ready();
    ScenarioCostsView {
        heading: format!("Kosten per scenario over {}", h.horizon_label),
        horizon_label: h.horizon_label.clone(),
        participants: h.participants.clone(),
        participant_word: h.participant_word.clone(),
        rows,
        ready: sample.is_some(),
        not_ready: NOT_READY.to_owned(),
        common: common_sentence(h),
        common_short: match h.common.eur {
            Some(eur) if h.common.unknown.is_none() => format!(
                "Personeel en overige kosten, in elk scenario gelijk ({} over {}), zijn meegeteld.",
                euro(eur),
                h.horizon_label
            ),
            _ => "Personeel en overige kosten zijn in elk scenario gelijk en hier niet meegeteld: de bedragen zijn wat tussen de scenario's verschilt.".to_owned(),
        },
        components,
        // The costs equal in every scenario have their own sentence (`common`).
        missing: h.missing_besides_common().to_vec(),
        warnings: h.warnings.clone(),
        notes: h.notes.clone(),
        rule: h.rule.clone(),
        sample_sentences: sample.map(|x| x.sentences.clone()).unwrap_or_default(),
        value_points,
        value_sentences: costs.value.sentences.clone(),
        value_description,
    }
}
