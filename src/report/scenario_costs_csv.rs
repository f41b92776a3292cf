//! KOSTEN PER SCENARIO in the CSV: the rule, warnings and notes; a row per
//! scenario and who (the region, then each participant) with low, middle,
//! high, P10, P50, P90, the chance of being the cheapest and the
//! derivations; a row per component of each scenario (amount per time,
//! times, totals), so a spreadsheet recomputes every range; the common
//! costs per year; value for money and the budget.

use rust_decimal::Decimal;

use super::csv_line::csv_line;
use crate::format::whole_ascii;
use crate::model::scenario_costs::{CostSample, HorizonCosts, NOT_READY, ScenarioCosts};

fn euros(value: Decimal) -> String {
    whole_ascii(value)
}

/// A number for a field: no grouping, a decimal comma, ASCII minus, at
/// most `decimals` decimals (`100000`, `12,5`, `-0,34`).
fn plain(value: Decimal, decimals: u32) -> String {
    value
        .round_dp_with_strategy(
            decimals,
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        )
        .normalize()
        .to_string()
        .replace('.', ",")
}

/// A share as a percent with one decimal (`87,3`).
fn percent(share: Option<f64>) -> String {
    share
        .and_then(|s| Decimal::try_from(s * 100.0).ok())
        .map(|p| plain(p, 1))
        .unwrap_or_default()
}

/// The block of the CSV.
pub fn section_csv(costs: &ScenarioCosts) -> String {
    let h = &*costs.horizon;
    let sample = costs.uncertainty.ready();
    let mut out = csv_line(&[format!(
        "Kosten per scenario over {} (hele euro's)",
        h.horizon_label
    )]);
    out.push_str(&csv_line(std::slice::from_ref(&h.rule)));
    for w in &h.warnings {
        out.push_str(&csv_line(&[format!("Let op: {w}")]));
    }
    for n in &h.notes {
        out.push_str(&csv_line(std::slice::from_ref(n)));
    }
    out.push_str(&amount_rows(h, sample));
    out.push_str(&part_rows(h));
    out.push_str(&common_rows(h));
    match sample {
        Some(sample) => {
            for s in &sample.sentences {
                out.push_str(&csv_line(std::slice::from_ref(s)));
            }
        }
        None => out.push_str(&csv_line(&[NOT_READY.to_owned()])),
    }
    out.push_str(&value_rows(costs));
    for m in &h.missing {
        out.push_str(&csv_line(&[format!("Nog niet compleet: {m}")]));
    }
    out
}

/// A row per scenario and who: the region, then each participant.
fn amount_rows(h: &HorizonCosts, sample: Option<&CostSample>) -> String {
    let mut out = csv_line(&[
        "Scenario".into(),
        "Wie".into(),
        "Laag (euro)".into(),
        "Midden (euro)".into(),
        "Hoog (euro)".into(),
        "P10 (euro)".into(),
        "P50 (euro)".into(),
        "P90 (euro)".into(),
        "Kans goedkoopst (%)".into(),
        "Afleiding laag".into(),
        "Afleiding midden".into(),
        "Afleiding hoog".into(),
    ]);
    for (at, s) in h.scenarios.iter().enumerate() {
        let sampled = sample.and_then(|x| x.scenarios.get(at)?.as_ref());
        let quantiles = |who: Option<usize>| -> Vec<String> {
            sampled.map_or_else(
                || vec![String::new(); 3],
                |q| {
                    q.quantiles()
                        .iter()
                        .map(|(_, x)| match who {
                            None => euros(x.eur),
                            Some(i) => x
                                .per_participant
                                .get(i)
                                .map(|v| euros(*v))
                                .unwrap_or_default(),
                        })
                        .collect()
                },
            )
        };
        let mut row = vec![
            s.label.clone(),
            "Regio".into(),
            euros(s.low.eur),
            euros(s.middle.eur),
            euros(s.high.eur),
        ];
        row.extend(quantiles(None));
        row.push(percent(sample.and_then(|x| *x.cheapest.get(at)?)));
        row.extend(s.bounds().iter().map(|(_, a)| a.derivation.clone()));
        out.push_str(&csv_line(&row));
        for (i, p) in h.participants.iter().enumerate() {
            let (Some(l), Some(m), Some(hi)) = (
                s.low.per_participant.get(i),
                s.middle.per_participant.get(i),
                s.high.per_participant.get(i),
            ) else {
                continue;
            };
            let mut row = vec![
                s.label.clone(),
                p.clone(),
                euros(l.eur),
                euros(m.eur),
                euros(hi.eur),
            ];
            row.extend(quantiles(Some(i)));
            row.push(percent(
                sample.and_then(|x| *x.cheapest_per_participant.get(i)?.get(at)?),
            ));
            row.extend([
                l.derivation.clone(),
                m.derivation.clone(),
                hi.derivation.clone(),
            ]);
            out.push_str(&csv_line(&row));
        }
    }
    out
}

/// A row per component of each scenario: the amount per time, how many
/// times, and what it adds to low and high.
fn part_rows(h: &HorizonCosts) -> String {
    let mut out = csv_line(&[
        "Scenario".into(),
        "Onderdeel".into(),
        "Soort".into(),
        "Niveau".into(),
        "Laag per keer (euro)".into(),
        "Hoog per keer (euro)".into(),
        "Keer".into(),
        "Telt mee laag (euro)".into(),
        "Telt mee hoog (euro)".into(),
    ]);
    for s in &h.scenarios {
        for p in &s.parts {
            let level = if p.own_range {
                "eigen bandbreedte".to_owned()
            } else {
                p.level.clone().unwrap_or_default()
            };
            let mut row = vec![
                s.label.clone(),
                p.component.clone(),
                p.kind.word().to_owned(),
                level,
            ];
            match p.range {
                Some(r) => row.extend([
                    plain(r.low_eur, 2),
                    plain(r.high_eur, 2),
                    r.times.to_string(),
                    plain(r.low_total(), 2),
                    plain(r.high_total(), 2),
                ]),
                None => row.extend([
                    "onbekend".to_owned(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]),
            }
            out.push_str(&csv_line(&row));
        }
    }
    out
}

/// The costs equal in every scenario, per year of the horizon.
fn common_rows(h: &HorizonCosts) -> String {
    let mut out = csv_line(&[
        "Lasten gelijk in elk scenario: jaar".into(),
        "Lasten van jaar".into(),
        "Exact (euro)".into(),
    ]);
    for y in &h.common.years {
        out.push_str(&csv_line(&[
            if y.year == 0 {
                "per jaar".to_owned()
            } else {
                y.year.to_string()
            },
            y.from
                .map(|f| f.to_string())
                .unwrap_or_else(|| "per jaar".into()),
            y.exact
                .map(|e| plain(e, 2))
                .unwrap_or_else(|| "onbekend".into()),
        ]));
    }
    out
}

/// Value for money: a row per scenario (score and cost), the sentences,
/// and the budget's chances.
fn value_rows(costs: &ScenarioCosts) -> String {
    let h = &*costs.horizon;
    let v = &costs.value;
    let mut out = csv_line(&[
        "Waarde voor geld: scenario".into(),
        "Score".into(),
        "Laag (euro)".into(),
        "Midden (euro)".into(),
        "Hoog (euro)".into(),
        "Duurder en lager gewaardeerd dan".into(),
    ]);
    for p in &v.points {
        let than: Vec<String> = v
            .dominated
            .iter()
            .filter(|d| d.dearer == p.at)
            .map(|d| h.scenarios[d.than].label.clone())
            .collect();
        out.push_str(&csv_line(&[
            h.scenarios[p.at].label.clone(),
            plain(p.score, 2),
            euros(p.low_eur),
            euros(p.middle_eur),
            euros(p.high_eur),
            than.join(", "),
        ]));
    }
    for s in &v.sentences {
        out.push_str(&csv_line(std::slice::from_ref(s)));
    }
    if let Some(b) = &v.budget {
        out.push_str(&csv_line(&[
            format!("Budget {} euro: scenario", euros(b.budget_eur)),
            "Binnen budget (%)".into(),
            "Eerste nu".into(),
            "Eerste SMAA-2 (%)".into(),
            "Eerste band-SMAA (%)".into(),
            "Eerste en binnen budget nu (%)".into(),
            "Eerste en binnen budget SMAA-2 (%)".into(),
            "Eerste en binnen budget band-SMAA (%)".into(),
        ]));
        for r in &b.rows {
            out.push_str(&csv_line(&[
                h.scenarios[r.at].label.clone(),
                percent(r.within),
                if r.first_now { "ja" } else { "nee" }.to_owned(),
                percent(r.first_smaa),
                percent(r.first_band),
                percent(r.both_now),
                percent(r.both_smaa),
                percent(r.both_band),
            ]));
        }
    }
    out
}
