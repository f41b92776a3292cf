//! The cost inputs and results in words, for the assumptions every output
//! states, the log and the comparison of two sets ("Assen betaalt in 2028
//! € 41.210 meer in B dan in A").

use rust_decimal::Decimal;

use super::derivation::euro_exact;
use super::key::KeyShares;
use super::types::{Costs, period_label, period_phrase};
use crate::format::{euro, euro_difference, join_and, number, number_trimmed};
use crate::model::additions::costs::{
    CostInputs, CostKey, KeyMethod, OtherCost, OwnShare, RangeFor, WageTarget,
};
use crate::model::dataset::DataSet;

/// "Lasten per gemeente", from the data's name for its participants.
pub fn costs_heading(data: &DataSet) -> String {
    use crate::model::group::{participants_label, singular_label};
    format!("Lasten per {}", singular_label(&participants_label(data)))
}

/// "Inkoop/CM/CB" or "rol Toezicht Rechtmatigheid".
pub fn wage_label(data: &DataSet, target: &WageTarget) -> String {
    match target {
        WageTarget::Category(c) => data
            .categories
            .get(*c)
            .map_or_else(|| format!("categorie {c}"), |x| x.name.clone()),
        WageTarget::Role(name) => format!("rol {name}"),
    }
}

fn with_source(text: String, source: &str) -> String {
    if source.trim().is_empty() {
        text
    } else {
        format!("{text} (bron: {})", source.trim())
    }
}

/// "€ 100.000 voor alle functies en rollen (bron: …); rol Toezicht
/// Rechtmatigheid € 95.000 (bron: …)", or "onbekend".
pub fn wages_line(data: &DataSet, c: &CostInputs) -> String {
    let mut parts = Vec::new();
    if let Some(all) = &c.wage_all {
        parts.push(with_source(
            format!("{} voor alle functies en rollen", euro_exact(all.eur)),
            &all.source,
        ));
    }
    for w in &c.wages {
        parts.push(with_source(
            format!(
                "{} {}",
                wage_label(data, &w.target),
                euro_exact(w.amount.eur)
            ),
            &w.amount.source,
        ));
    }
    if parts.is_empty() {
        "onbekend (niet ingevuld)".into()
    } else {
        parts.join("; ")
    }
}

/// "€ 50.000 per jaar" or "2025 € 50.000, 2026 € 60.000, 2027 onbekend".
pub fn per_year_text(data: &DataSet, line: &OtherCost) -> String {
    let typed: Vec<Decimal> = line.per_year.iter().flatten().copied().collect();
    if typed.len() == line.per_year.len()
        && !typed.is_empty()
        && typed.windows(2).all(|w| w[0] == w[1])
    {
        return format!("{} per jaar", euro_exact(typed[0]));
    }
    data.years
        .iter()
        .zip(&line.per_year)
        .map(|(year, v)| format!("{year} {}", v.map_or_else(|| "onbekend".into(), euro_exact)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One other cost line: "ICT € 50.000 per jaar, alleen voor Assen (bron: …)".
pub fn other_line(data: &DataSet, line: &OtherCost) -> String {
    let only = if line.charged_to.is_empty() {
        String::new()
    } else {
        format!(", alleen voor {}", join_and(&line.charged_to))
    };
    with_source(
        format!("{} {}{only}", line.name, per_year_text(data, line)),
        &line.source,
    )
}

/// "Aa en Hunze 17 %, Assen 31 %, …" or, for a key from amounts,
/// "Aa en Hunze € 23.400.000 (17 %), …".
pub fn key_values_text(
    key: &CostKey,
    shares: Option<&KeyShares>,
    participants: &[String],
) -> String {
    key.values
        .iter()
        .map(|(name, value)| {
            let pct = shares.and_then(|s| {
                participants
                    .iter()
                    .position(|p| p == name)
                    .and_then(|i| s.percents.get(i))
            });
            match (key.method, pct) {
                (KeyMethod::Percent, _) => format!("{name} {} %", number_trimmed(*value, 4)),
                (KeyMethod::Contributions, Some(p)) => {
                    format!("{name} {} ({} %)", euro_exact(*value), number(*p, 0))
                }
                (KeyMethod::Contributions, None) => format!("{name} {}", euro_exact(*value)),
                (KeyMethod::Inhabitants, Some(p)) => {
                    format!(
                        "{name} {} inwoners ({} %)",
                        number(*value, 0),
                        number(*p, 0)
                    )
                }
                (KeyMethod::Inhabitants, None) => {
                    format!("{name} {} inwoners", number(*value, 0))
                }
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The key in one line: its method, values, how they became percents, and
/// its source.
pub fn key_line(key: &CostKey, costs: Option<&Costs>) -> String {
    let shares = costs.and_then(|c| c.key.as_ref().ok());
    let participants = costs.map(|c| c.participants.as_slice()).unwrap_or(&[]);
    let mut text = format!(
        "naar {}: {}",
        key.method.word(),
        key_values_text(key, shares, participants)
    );
    if let Some(note) = shares.and_then(|s| s.note.as_ref()) {
        text.push_str(&format!("; {note}"));
    }
    if let Some(Err(why)) = costs.map(|c| &c.key) {
        text.push_str(&format!(" – niet te gebruiken: {why}"));
    }
    with_source(text, &key.source)
}

/// The cost assumptions of an output, as (label, text); none when no cost
/// input is typed.
pub fn assumption_lines(
    data: &DataSet,
    c: &CostInputs,
    costs: Option<&Costs>,
) -> Vec<(String, String)> {
    if c.is_empty() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    if !data.categories.is_empty() {
        lines.push(("Loonkosten per fte".to_owned(), wages_line(data, c)));
    }
    if !c.other.is_empty() {
        let each: Vec<String> = c.other.iter().map(|l| other_line(data, l)).collect();
        lines.push(("Overige kosten".into(), each.join("; ")));
    }
    lines.push((
        "Verdeelsleutel".into(),
        c.key
            .as_ref()
            .map_or_else(|| "niet ingevuld".to_owned(), |k| key_line(k, costs)),
    ));
    if !c.own_shares.is_empty() {
        let each: Vec<String> = c
            .own_shares
            .iter()
            .map(|o| with_source(own_share_text(data, o), &o.source))
            .collect();
        lines.push(("Eigen verdeling".into(), each.join("; ")));
    }
    if let Some(t) = &c.transition {
        lines.push(("Transitiekosten".into(), transition_line(data, t)));
    }
    lines.extend(super::component_words::assumption_lines(data, c));
    if let Some(costs) = costs
        && !costs.missing.is_empty()
    {
        lines.push(("Kosten onvolledig".into(), costs.missing.join("; ")));
    }
    if let Some(costs) = costs
        && !costs.warnings.is_empty()
    {
        lines.push(("Lasten: let op".into(), costs.warnings.join(" ")));
    }
    lines
}

/// "Buurtkracht Wmo alleen voor Assen (artikel 8.4): de fte van dit segment
/// in de afleiding × loonkosten; het toezicht erop gaat naar de
/// verdeelsleutel".
pub fn own_share_text(data: &DataSet, o: &OwnShare) -> String {
    format!(
        "{} alleen voor {} (artikel 8.4): de fte van dit segment in de afleiding × loonkosten; het toezicht erop {}",
        data.segments
            .get(o.segment)
            .map_or("?", |s| s.short_name.as_str()),
        join_and(&o.participants),
        if o.supervision_follows {
            format!("ook alleen voor {}", join_and(&o.participants))
        } else {
            "gaat naar de verdeelsleutel".to_owned()
        }
    )
}

/// "rij Transitiekosten: Laag € 50.000 – € 100.000 (bron: …); …", ranges
/// typed for a scenario itself by its name.
pub fn transition_line(data: &DataSet, t: &super::Transition) -> String {
    let profile = &data.cost_profile;
    let ranges: Vec<String> = t
        .ranges
        .iter()
        .map(|r| {
            let what = match r.on {
                RangeFor::Level(l) => profile.levels.get(l).cloned().unwrap_or_default(),
                RangeFor::Scenario(s) => {
                    data.scenarios.get(s).map(|x| x.label()).unwrap_or_default()
                }
            };
            with_source(
                format!(
                    "{what} {} – {}",
                    euro_exact(r.low_eur),
                    euro_exact(r.high_eur)
                ),
                &r.source,
            )
        })
        .collect();
    let row = t
        .component
        .and_then(|c| profile.components.get(c))
        .map(|c| format!("rij {}: ", c.name))
        .unwrap_or_default();
    if ranges.is_empty() {
        format!("{row}nog geen bedragen")
    } else {
        format!("{row}{}", ranges.join("; "))
    }
}

/// The cost inputs that differ between two sets, as (subject, a, b).
pub fn input_differences(
    data_a: &DataSet,
    a: &CostInputs,
    data_b: &DataSet,
    b: &CostInputs,
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let none = || "geen".to_owned();
    let mut push = |subject: &str, va: String, vb: String| {
        if va != vb {
            out.push((subject.to_owned(), va, vb));
        }
    };
    push(
        "Loonkosten per fte",
        wages_line(data_a, a),
        wages_line(data_b, b),
    );
    let others = |data: &DataSet, c: &CostInputs| -> Vec<(String, String)> {
        c.other
            .iter()
            .map(|l| (l.name.clone(), other_line(data, l)))
            .collect()
    };
    let (oa, ob) = (others(data_a, a), others(data_b, b));
    for (name, text) in &ob {
        let before = oa.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone());
        push(
            &format!("Overige kosten '{name}'"),
            before.unwrap_or_else(none),
            text.clone(),
        );
    }
    for (name, text) in oa.iter().filter(|(n, _)| !ob.iter().any(|(m, _)| m == n)) {
        push(&format!("Overige kosten '{name}'"), text.clone(), none());
    }
    let key = |c: &CostInputs| c.key.as_ref().map_or_else(none, |k| key_line(k, None));
    push("Verdeelsleutel", key(a), key(b));
    let own = |data: &DataSet, c: &CostInputs| {
        let each: Vec<String> = c
            .own_shares
            .iter()
            .map(|o| own_share_text(data, o))
            .collect();
        if each.is_empty() {
            none()
        } else {
            each.join("; ")
        }
    };
    push("Eigen verdeling", own(data_a, a), own(data_b, b));
    let transition = |data: &DataSet, c: &CostInputs| {
        c.transition
            .as_ref()
            .map_or_else(none, |t| transition_line(data, t))
    };
    push(
        "Transitiekosten",
        transition(data_a, a),
        transition(data_b, b),
    );
    out.extend(super::component_words::input_differences(
        data_a, a, data_b, b,
    ));
    out
}

/// What each participant pays more or less in `b` than in `a`, in the last
/// year that differs, with the other years in brackets; then the totals.
pub fn cost_differences(name_a: &str, a: &Costs, name_b: &str, b: &Costs) -> Vec<String> {
    let mut out = Vec::new();
    for (i, participant) in b.participants.iter().enumerate() {
        let Some(j) = a.participants.iter().position(|p| p == participant) else {
            continue;
        };
        let mut differing: Vec<(Option<u16>, Decimal)> = Vec::new();
        for year_b in &b.years {
            let Some(year_a) = a.years.iter().find(|y| y.year == year_b.year) else {
                continue;
            };
            let total = |y: &super::YearCosts, k: usize| y.per_participant.get(k)?.total_eur;
            if let (Some(vb), Some(va)) = (total(year_b, i), total(year_a, j))
                && vb != va
            {
                differing.push((year_b.year, vb - va));
            }
        }
        let Some((year, last)) = differing.last().cloned() else {
            continue;
        };
        let word = if last > Decimal::ZERO {
            "meer"
        } else {
            "minder"
        };
        let mut sentence = format!(
            "{participant} betaalt {} {} {word} in {name_b} dan in {name_a}",
            period_phrase(year),
            euro(last.abs())
        );
        if differing.len() > 1 {
            let earlier: Vec<String> = differing[..differing.len() - 1]
                .iter()
                .map(|(y, d)| format!("{} {}", period_label(*y), euro_difference(*d)))
                .collect();
            sentence.push_str(&format!(" ({})", earlier.join(", ")));
        }
        out.push(sentence);
    }
    // The totals, in the last year.
    if let Some(year_b) = b.years.last()
        && let Some(year_a) = a.years.iter().find(|y| y.year == year_b.year)
        && let (Some(vb), Some(va)) = (year_b.total_eur, year_a.total_eur)
        && vb != va
    {
        out.push(format!(
            "Lasten samen {}: {} in {name_b} tegen {} in {name_a}",
            period_label(year_b.year),
            euro(vb),
            euro(va)
        ));
    }
    out
}
