//! How each amount follows, in words every reader can recompute: each
//! clause is `fte × loonkosten × share = amount` (or a line's `amount ×
//! share = amount`) with every number as used (wages with their cents, fte
//! with their decimals), amounts shown to the cent; the rounding
//! difference to the whole-euro total is a clause of its own; and the
//! rounding rule, in words, for every output.

use rust_decimal::Decimal;

use super::key::rounding_words;
use super::share::{Fraction, round_half_up};
use super::types::{Costs, OwnYear, PartKind, SharedPart, YearCosts, period_label};
use crate::format::{MINUS, join_and, number};
use crate::model::dataset::DataSet;

/// An amount as the derivations show it: whole euros when it has no cents
/// (`€ 659.990`), else to the cent (`€ 530.348,16`, half a cent up).
pub fn euro_exact(value: Decimal) -> String {
    let cents = round_half_up(value, 2);
    if cents.fract().is_zero() {
        format!("€ {}", number(cents, 0))
    } else {
        format!("€ {}", number(cents, 2))
    }
}

/// A terminating amount with every decimal it has, at least two when it
/// has any (`€ 1.710.901,10`, `€ 84.995,445`).
pub fn euro_full(value: Decimal) -> String {
    let value = value.normalize();
    match value.scale() {
        0 => format!("€ {}", number(value, 0)),
        s => format!("€ {}", number(value, s.clamp(2, 6))),
    }
}

/// A rounding difference: "+€ 0,66", "−€ 0,34", "€ 0".
pub fn euro_signed(value: Decimal) -> String {
    if round_half_up(value, 2).is_zero() {
        return "€ 0".to_owned();
    }
    let sign = if value < Decimal::ZERO { MINUS } else { '+' };
    format!("{sign}{}", euro_exact(value.abs()))
}

/// Fte with the decimals used, at least two: `21,29`, `2,0275`.
pub fn fte_exact(value: Decimal) -> String {
    let scale = value.normalize().scale().clamp(2, 6);
    number(value, scale)
}

/// A share as the derivations write it: `31 %` by the key, `31/52` among
/// some participants, nothing for all of it.
pub fn share_text(share: Fraction) -> Option<String> {
    if share.is_whole() {
        None
    } else if share.is_percent() {
        Some(format!("{} %", number(share.num, 0)))
    } else {
        Some(format!(
            "{}/{}",
            number(share.num.normalize(), 0),
            number(share.den.normalize(), 0)
        ))
    }
}

/// One clause: what it says and its exact amount (`None`: loonkosten
/// unknown). `label` is left out when the clause is the only one
/// ("personeel").
struct Clause {
    label: Option<&'static str>,
    text: String,
    exact: Option<Decimal>,
}

/// Parts of one kind with the same loonkosten and share, summed.
fn grouped<'a>(parts: impl Iterator<Item = &'a SharedPart>) -> Vec<(Vec<&'a SharedPart>, Decimal)> {
    let mut groups: Vec<(Vec<&SharedPart>, Decimal)> = Vec::new();
    for p in parts {
        let same = |q: &&SharedPart| q.kind == p.kind && q.wage == p.wage && q.share == p.share;
        match groups.iter_mut().find(|(g, _)| g.first().is_some_and(same)) {
            Some((g, sum)) => {
                g.push(p);
                *sum += p.fte.or(p.amount).unwrap_or_default();
            }
            None => groups.push((vec![p], p.fte.or(p.amount).unwrap_or_default())),
        }
    }
    groups
}

fn product(first: String, factors: &[String]) -> String {
    std::iter::once(first)
        .chain(factors.iter().cloned())
        .collect::<Vec<_>>()
        .join(" × ")
}

/// The clauses of a participant's year, in order: staff by the key, own
/// distributions, their supervision, other costs.
fn clauses(data: &DataSet, own: &[OwnYear], parts: &[SharedPart]) -> Vec<Clause> {
    let mut out = Vec::new();
    let staff: Vec<&SharedPart> = parts.iter().filter(|p| p.is_staff()).collect();
    if staff.iter().any(|p| p.wage.is_none()) {
        out.push(Clause {
            label: None,
            text: "personeel: loonkosten onbekend".into(),
            exact: None,
        });
    } else {
        let by_key = grouped(staff.iter().copied().filter(|p| p.kind == PartKind::Staff));
        let several = by_key.len() > 1;
        for (group, fte) in &by_key {
            let p = group[0];
            let wage = p.wage.unwrap_or_default();
            let (label, named) = match (several, group.len()) {
                (false, _) => (Some("personeel "), String::new()),
                (true, 1) => (None, format!("{} ", p.label)),
                (true, _) => (None, "overig personeel ".to_owned()),
            };
            let mut factors = vec![euro_exact(wage)];
            factors.extend(share_text(p.share));
            out.push(Clause {
                label,
                text: format!(
                    "{named}{}",
                    product(format!("{} fte", fte_exact(*fte)), &factors)
                ),
                exact: Some(p.share.of(*fte * wage)),
            });
        }
        let own_parts = staff.iter().copied().filter(|p| p.kind != PartKind::Staff);
        for (group, fte) in grouped(own_parts) {
            let p = group[0];
            let wage = p.wage.unwrap_or_default();
            let (o, supervision) = match p.kind {
                PartKind::Own(o) => (o, false),
                PartKind::Supervision(o) => (o, true),
                _ => continue,
            };
            let segment = own_segment_name(data, o, own);
            let what = if supervision {
                format!("toezicht op {segment} (eigen verdeling, {})", p.label)
            } else {
                format!("{segment} (eigen verdeling)")
            };
            let mut factors = vec![euro_exact(wage)];
            factors.extend(share_text(p.share));
            out.push(Clause {
                label: None,
                text: format!(
                    "{what} {}",
                    product(format!("{} fte", fte_exact(fte)), &factors)
                ),
                exact: Some(p.share.of(fte * wage)),
            });
        }
    }
    let others: Vec<&SharedPart> = parts.iter().filter(|p| !p.is_staff()).collect();
    let by_key: Vec<&SharedPart> = others
        .iter()
        .copied()
        .filter(|p| p.share.is_percent())
        .collect();
    if let Some(first) = by_key.first() {
        let amount: Decimal = by_key.iter().filter_map(|p| p.amount).sum();
        let label = if by_key.len() == 1 {
            first.label.clone()
        } else {
            "overige kosten".to_owned()
        };
        out.push(Clause {
            label: None,
            text: format!(
                "{label} {}",
                product(
                    euro_exact(amount),
                    &[share_text(first.share).unwrap_or_default()]
                )
            ),
            exact: Some(first.share.of(amount)),
        });
    }
    for p in others.iter().filter(|p| !p.share.is_percent()) {
        let amount = p.amount.unwrap_or_default();
        let factors: Vec<String> = share_text(p.share).into_iter().collect();
        out.push(Clause {
            label: None,
            text: format!("{} {}", p.label, product(euro_exact(amount), &factors)),
            exact: Some(p.share.of(amount)),
        });
    }
    out
}

/// The segment of own distribution `o` this year.
fn own_segment_name(data: &DataSet, o: usize, own: &[OwnYear]) -> String {
    own.iter()
        .find(|x| x.share == o)
        .and_then(|x| data.segments.get(x.segment))
        .map_or_else(|| "?".to_owned(), |s| s.short_name.clone())
}

/// How participant `i`'s amount of year `y` follows, in one line: "Assen
/// 2025: 21,29 fte × € 100.000 × 31 % = € 659.990", or clause by clause
/// with the rounding difference and the total: "…; afronding +€ 0,66;
/// samen € 530.380".
pub fn derivation(data: &DataSet, costs: &Costs, y: usize, i: usize) -> String {
    let (Some(year), Ok(_)) = (costs.years.get(y), costs.key.as_ref()) else {
        return String::new();
    };
    let Some(part) = year.per_participant.get(i) else {
        return String::new();
    };
    let head = format!("{} {}", costs.participants[i], period_label(year.year));
    let mut clauses = clauses(data, &year.own, &part.parts);
    let total = part.total_eur;
    let shown: Option<Decimal> = clauses
        .iter()
        .map(|c| c.exact.map(|e| round_half_up(e, 2)))
        .sum();
    let Some(total) = total else {
        let texts: Vec<String> = clauses
            .into_iter()
            .map(|c| format!("{}{}", c.label.unwrap_or_default(), c.text))
            .collect();
        return format!("{head}: {}; samen onbekend", texts.join("; "));
    };
    let rounding = total - shown.unwrap_or_default();
    if clauses.is_empty() {
        return format!("{head}: {}", euro_exact(total));
    }
    if clauses.len() == 1 && rounding.is_zero() {
        let only = clauses.remove(0);
        let result = only.exact.map(euro_exact).unwrap_or_default();
        return if only.text.contains(" × ") {
            format!("{head}: {} = {result}", only.text)
        } else {
            format!("{head}: {}", only.text)
        };
    }
    let mut texts: Vec<String> = clauses
        .iter()
        .map(|c| {
            let label = c.label.unwrap_or_default();
            match c.exact {
                Some(e) if c.text.contains(" × ") => {
                    format!("{label}{} = {}", c.text, euro_exact(e))
                }
                _ => format!("{label}{}", c.text),
            }
        })
        .collect();
    if !rounding.is_zero() {
        texts.push(format!("afronding {}", euro_signed(rounding)));
    }
    texts.push(format!("samen {}", euro_exact(total)));
    format!("{head}: {}", texts.join("; "))
}

/// The staffing of a year priced part by part: "Management 0,89 fte ×
/// € 80.357 = € 71.517,73; …".
pub fn parts_line(year: &YearCosts) -> String {
    year.parts
        .iter()
        .map(|p| match (p.wage, p.cost()) {
            (Some(w), Some(c)) => format!(
                "{} {} fte × {} = {}",
                p.label,
                fte_exact(p.fte),
                euro_exact(w),
                euro_exact(c)
            ),
            _ => format!("{} {} fte × loonkosten onbekend", p.label, fte_exact(p.fte)),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Afronding: elk bedrag wordt exact berekend …", for the head of every
/// costs section.
pub fn rule_sentence(data: &DataSet) -> String {
    format!(
        "Afronding: {}.",
        rounding_rule(&crate::model::group::participants_label(data))
    )
}

/// The rule, for the head of every costs section: how totals are rounded
/// and split, and who gets a euro when remainders are equal.
pub fn rounding_rule(who_plural: &str) -> String {
    format!(
        "elk bedrag wordt exact berekend en pas het totaal per jaar afgerond, op hele euro's (een halve euro naar boven); de {who_plural} krijgen hun exacte bedrag naar beneden afgerond en de euro's die dan nog ontbreken gaan één voor één naar de grootste resten (grootste-restmethode), zodat zij precies optellen tot het afgeronde totaal; {}",
        super::key::tie_rule("euro")
    )
}

/// How year `y` was rounded: "2025: exact € 1.710.901,10, afgerond
/// € 1.710.901; naar beneden samen € 1.710.900; een euro erbij voor de
/// grootste rest: Assen (rest 0,34); bij gelijke rest …".
pub fn year_rounding(costs: &Costs, y: usize) -> Option<String> {
    let year = costs.years.get(y)?;
    let (exact, total) = (year.total_exact?, year.total_eur?);
    let mut text = format!(
        "{}: exact {}, afgerond {}",
        period_label(year.year),
        euro_full(exact),
        euro_exact(total)
    );
    if let Some(r) = &year.rounding {
        text.push_str(&format!(
            "; {}",
            rounding_words(r, &costs.participants, &euro_exact(r.floor_sum), "euro")
        ));
    }
    Some(text)
}

/// The total of a year in one line, as the table shows it: "personeel
/// € 1.710.801 (exact € 1.710.800,53); overige kosten € 101 (exact
/// € 100,57); afronding −€ 1; samen € 1.710.901".
pub fn total_line(year: &YearCosts) -> String {
    let mut texts = Vec::new();
    match (year.staff_eur, year.staff_exact) {
        (Some(shown), Some(exact)) if !year.parts.is_empty() => texts.push(format!(
            "personeel {} (exact {})",
            euro_exact(shown),
            euro_full(exact)
        )),
        _ if !year.parts.is_empty() => texts.push("personeel onbekend".into()),
        _ => {}
    }
    if !year.other_exact.is_zero() {
        texts.push(format!(
            "overige kosten {} (exact {})",
            euro_exact(year.other_eur),
            euro_full(year.other_exact)
        ));
    }
    if let Some(r) = year.rounding_eur().filter(|r| !r.is_zero()) {
        texts.push(format!("afronding {}", euro_signed(r)));
    }
    texts.push(format!(
        "samen {}",
        year.total_eur
            .map_or_else(|| "onbekend".to_owned(), euro_exact)
    ));
    format!("{}: {}", period_label(year.year), texts.join("; "))
}

/// Who carries what by own distributions in a year, in words: "Buurtkracht
/// Wmo 2,0275 fte (de termen in de afleiding) alleen voor Assen; toezicht
/// erop 0,5506 fte Toezicht: naar de verdeelsleutel".
pub fn own_year_line(
    data: &DataSet,
    costs: &Costs,
    y: usize,
    shares: &[super::OwnShare],
) -> Vec<String> {
    let Some(year) = costs.years.get(y) else {
        return Vec::new();
    };
    year.own
        .iter()
        .map(|own| {
            let segment = data
                .segments
                .get(own.segment)
                .map_or("?", |s| s.short_name.as_str());
            let who = shares
                .get(own.share)
                .map(|s| join_and(&s.participants))
                .unwrap_or_default();
            let mut text = format!(
                "{}: {segment} {} fte (de termen in de afleiding) alleen voor {who}",
                period_label(year.year),
                fte_exact(own.fte)
            );
            if let Some((category, fte)) = own.supervision {
                let name = data
                    .categories
                    .get(category)
                    .map_or("?", |c| c.name.as_str());
                text.push_str(&format!(
                    "; het toezicht erop ({} fte {name}) {}",
                    fte_exact(fte),
                    if own.supervision_follows {
                        format!("ook alleen voor {who}")
                    } else {
                        "naar de verdeelsleutel".to_owned()
                    }
                ));
            }
            text
        })
        .collect()
}

/// What a part is, for a row of the derivation tables: its name
/// ("Inkoop/CM/CB", "Buurtkracht Wmo: Inkoop/CM/CB") and its kind
/// ("personeel naar sleutel", "eigen verdeling", "toezicht, eigen
/// verdeling", "overige kosten").
pub fn part_names(data: &DataSet, year: &YearCosts, p: &SharedPart) -> (String, &'static str) {
    match p.kind {
        PartKind::Staff => (p.label.clone(), "personeel naar sleutel"),
        PartKind::Own(o) => (
            format!("{}: {}", own_segment_name(data, o, &year.own), p.label),
            "eigen verdeling",
        ),
        PartKind::Supervision(o) => (
            format!(
                "toezicht op {}: {}",
                own_segment_name(data, o, &year.own),
                p.label
            ),
            "toezicht, eigen verdeling",
        ),
        PartKind::Other(_) => (p.label.clone(), "overige kosten"),
    }
}
