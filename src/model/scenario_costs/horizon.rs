//! The cost of every scenario over the horizon: the common costs (the same
//! in every scenario), each component in euros (a yearly kind × the years,
//! a one-off once, a saving subtracted), low, high and the middle, for the
//! region and per participant by the key; nothing here depends on the
//! weights.

use rust_decimal::Decimal;

use super::amounts::{Split, amounts, middle};
use super::common::{borrowed_years, common};
use super::levels::{Counted, counted, range_of};
use super::text::{component_lines, horizon_sentences, rule};
use super::types::{CommonCosts, ComponentPart, HorizonCosts, PartRange, ScenarioCost};
use crate::format::{euro, number};
use crate::model::costs::{CostKind, Costs, Horizon, euro_exact};
use crate::model::dataset::DataSet;
use crate::model::group::{participants_label, singular_label};
use crate::model::inputs::Inputs;

/// The horizon the set gives, else the data's years (said), else one year.
fn horizon_of(data: &DataSet, inputs: &Inputs) -> (Horizon, Option<String>) {
    if let Some(h) = inputs.costs.horizon {
        return (h, None);
    }
    match (data.years.first(), data.years.last()) {
        (Some(&first), Some(&last)) => (
            Horizon {
                start: first,
                years: last - first + 1,
            },
            Some(format!(
                "Looptijd niet ingevuld: de jaren van de formatie, {first}–{last}."
            )),
        ),
        _ => (
            Horizon { start: 0, years: 1 },
            Some("Looptijd niet ingevuld en deze gegevens kennen geen jaren: één jaar.".into()),
        ),
    }
}

/// "2026–2030 (5 jaar)", "2026 (1 jaar)".
pub fn horizon_label(h: Horizon) -> String {
    match (h.start, h.years) {
        (0, _) => "één jaar".to_owned(),
        (start, 1) => format!("{start} (1 jaar)"),
        (start, n) => format!("{start}–{} ({n} jaar)", h.end()),
    }
}

/// The cost per scenario of `inputs`, with `costs` their costs per year
/// (LASTEN PER GEMEENTE); `None` when the set counts no component of the
/// cost profile (no components, no transition ranges).
pub fn horizon_costs(
    data: &DataSet,
    inputs: &Inputs,
    costs: &Costs,
    draws: usize,
) -> Option<HorizonCosts> {
    let c = &inputs.costs;
    if c.components.is_empty() && c.transition.is_none() {
        return None;
    }
    let (horizon, horizon_note) = horizon_of(data, inputs);
    let percents = costs.key.as_ref().ok().map(|k| k.percents.clone());
    let common = common(costs, horizon, percents.is_some());
    let counted = counted(data, c);
    let split = Split {
        participants: &costs.participants,
        percents: percents.as_deref(),
        common: &common,
    };
    let visible = inputs.visible();
    let scenarios: Vec<ScenarioCost> = visible
        .scenarios
        .iter()
        .map(|&s| scenario_cost(data, &counted, horizon, &split, s))
        .collect();
    let components = component_lines(data, &counted, &visible.scenarios);
    let mut out = HorizonCosts {
        horizon,
        horizon_label: horizon_label(horizon),
        horizon_note,
        participant_word: singular_label(&participants_label(data)),
        participants: costs.participants.clone(),
        percents,
        components,
        common: common.clone(),
        hidden: (0..data.scenarios.len())
            .filter(|s| !visible.scenarios.contains(s))
            .map(|s| data.scenarios[s].label())
            .collect(),
        scenarios,
        distribution: c.distribution,
        budget: c.budget.clone(),
        seed: inputs.smaa_seed,
        draws,
        rule: rule(data),
        sentences: Vec::new(),
        missing: Vec::new(),
        warnings: Vec::new(),
        notes: Vec::new(),
    };
    out.missing = missing(costs, &out);
    out.warnings = warnings(data, &counted);
    out.notes = notes(&out, &common);
    out.sentences = horizon_sentences(&out);
    Some(out)
}

/// One scenario: each component's range over the horizon, and the low,
/// middle and high amounts.
fn scenario_cost(
    data: &DataSet,
    counted: &[Counted],
    horizon: Horizon,
    split: &Split,
    s: usize,
) -> ScenarioCost {
    let label = data.scenarios[s].label();
    let mut parts = Vec::new();
    let mut missing = Vec::new();
    for component in counted.iter().filter(|x| x.kind.in_euros()) {
        let (level, own_range, range) = range_of(data, component, s);
        let source = range.map_or_else(String::new, |r| r.source.trim().to_owned());
        let range = range.map(|r| PartRange {
            low_eur: r.low_eur,
            high_eur: r.high_eur,
            mode_eur: r.mode_eur,
            times: if component.kind.yearly() {
                horizon.years
            } else {
                1
            },
            sign: if component.kind == CostKind::SavingPerYear {
                -1
            } else {
                1
            },
        });
        if range.is_none() {
            missing.push(match &level {
                Some(l) => format!("{} (niveau {l})", component.name),
                None => component.name.clone(),
            });
        }
        parts.push(ComponentPart {
            component: component.name.clone(),
            kind: component.kind,
            level,
            own_range,
            range,
            source,
        });
    }
    let low_clauses: Vec<String> = parts.iter().filter_map(|p| clause(p, true)).collect();
    let high_clauses: Vec<String> = parts.iter().filter_map(|p| clause(p, false)).collect();
    let low_varying: Decimal = parts
        .iter()
        .filter_map(|p| p.range)
        .map(|r| r.low_total())
        .sum();
    let high_varying: Decimal = parts
        .iter()
        .filter_map(|p| p.range)
        .map(|r| r.high_total())
        .sum();
    let low = amounts(split, &format!("{label}, laag"), low_varying, &low_clauses);
    let high = amounts(
        split,
        &format!("{label}, hoog"),
        high_varying,
        &high_clauses,
    );
    let middle = middle(split, &format!("{label}, midden"), &low, &high);
    ScenarioCost {
        scenario: s,
        label,
        complete: missing.is_empty(),
        missing,
        parts,
        low,
        middle,
        high,
    }
}

/// How a part adds to the low (or high) total, recomputable: "Structurele
/// uitvoeringskosten (Laag–midden, per jaar) 5 × € 100.000 = € 500.000",
/// "Transitiekosten (Laag, eenmalig) € 50.000", "Schaalvoordelen (Hoog,
/// besparing per jaar) −(5 × € 200.000) = −€ 1.000.000".
fn clause(part: &ComponentPart, low: bool) -> Option<String> {
    let r = part.range?;
    let what = match (&part.level, part.own_range) {
        (_, true) => format!(
            "{} (eigen bandbreedte, {})",
            part.component,
            part.kind.word()
        ),
        (Some(level), false) => format!("{} ({level}, {})", part.component, part.kind.word()),
        (None, false) => format!("{} ({})", part.component, part.kind.word()),
    };
    // A saving subtracts its high from the low total and its low from the
    // high total.
    let amount = match (r.sign < 0, low) {
        (false, true) | (true, false) => r.low_eur,
        (false, false) | (true, true) => r.high_eur,
    };
    let total = if low { r.low_total() } else { r.high_total() };
    let product = if r.times == 1 {
        euro_exact(amount)
    } else {
        format!("{} × {}", r.times, euro_exact(amount))
    };
    Some(match (r.sign < 0, r.times) {
        (false, 1) => format!("{what} {product}"),
        (false, _) => format!("{what} {product} = {}", euro_exact(total)),
        (true, _) => format!(
            "{what} −({product}) = {}{}",
            crate::format::MINUS,
            euro_exact(total.abs())
        ),
    })
}

/// What is missing for a complete picture.
fn missing(costs: &Costs, h: &HorizonCosts) -> Vec<String> {
    let mut out = Vec::new();
    // First: `HorizonCosts::missing_besides_common` leaves it out.
    if let Some(why) = &h.common.unknown {
        out.push(format!(
            "Lasten die in elk scenario gelijk zijn (personeel en overige kosten): {why}; de bedragen per scenario zijn zonder die lasten"
        ));
    }
    if let Err(why) = &costs.key {
        out.push(format!(
            "Verdeelsleutel: {why}; alleen de bedragen voor de regio"
        ));
    }
    for line in &h.components {
        if line.kind.in_euros() && !line.missing.is_empty() {
            out.push(format!(
                "{}: geen bandbreedte voor {} (onbekend)",
                line.name,
                crate::format::join_and(&line.missing)
            ));
        }
    }
    let incomplete: Vec<String> = h
        .scenarios
        .iter()
        .filter(|s| !s.complete)
        .map(|s| s.label.clone())
        .collect();
    if !incomplete.is_empty() {
        out.push(format!(
            "Onvolledig, en daarom buiten de vergelijkingen: {}",
            crate::format::join_and(&incomplete)
        ));
    }
    out
}

/// Every range wider than its middle, and every range for a level no
/// scenario has in its row (it does not count).
fn warnings(data: &DataSet, counted: &[Counted]) -> Vec<String> {
    let mut out: Vec<String> = counted
        .iter()
        .flat_map(|c| {
            c.ranges.iter().filter_map(move |r| {
                super::checks::wide_range(r.low_eur, r.high_eur)
                    .map(|w| format!("{}: {w}.", c.name))
            })
        })
        .collect();
    for c in counted {
        let Some(row) = c.row.and_then(|r| data.cost_profile.components.get(r)) else {
            continue;
        };
        for r in &c.ranges {
            if let crate::model::costs::RangeFor::Level(l) = r.on
                && !row.cells.iter().any(|cell| cell.level == Some(l))
            {
                out.push(format!(
                    "{}: de bandbreedte voor {} telt niet mee: geen scenario heeft dat niveau.",
                    c.name,
                    data.cost_profile.levels.get(l).map_or("?", String::as_str)
                ));
            }
        }
    }
    out
}

/// How the amounts were made, in words.
fn notes(h: &HorizonCosts, common: &CommonCosts) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(h.horizon_note.clone());
    if !h.hidden.is_empty() {
        out.push(format!(
            "Verborgen, en hier niet meegeteld: {}.",
            crate::format::join_and(&h.hidden)
        ));
    }
    if let Some(total) = common.eur {
        out.push(format!(
            "De lasten die in elk scenario gelijk zijn (personeel en overige kosten, als in de lasten per {}: de minimale formatie volgt uit de keuzes, niet uit de organisatievorm) tellen in elk scenario mee met {} over {}; ze staan één keer hieronder en veranderen de verschillen tussen de scenario's niet.",
            h.participant_word,
            euro(total),
            h.horizon_label
        ));
    }
    out.extend(borrowed_years(&common.years));
    let years = number(Decimal::from(h.horizon.years), 0);
    out.push(format!(
        "Over de looptijd telt een bedrag 'per jaar' {years} keer mee, 'eenmalig' één keer, en een 'besparing per jaar' gaat er {years} keer af; midden = (laag + hoog) / 2; per {} telt het aandeel volgens de verdeelsleutel.",
        h.participant_word
    ));
    out
}
