//! LASTEN PER GEMEENTE in the CSV: the rounding rule and the warnings, a
//! row per participant and year (exact, rounding, whole euros and the
//! derivation), a total row per year, then "Afleiding lasten": one row per
//! part (fte, loonkosten per fte, the key exact and rounded, the share,
//! the exact amount), the rounding and the total of each participant and
//! year; then the transition ranges per scenario and participant.

use rust_decimal::Decimal;

use super::csv_line::csv_line;
use crate::model::DataSet;
use crate::model::costs::share::round_half_up;
use crate::model::costs::words::costs_heading as heading;
use crate::model::costs::{
    Costs, derivation, part_names, period_label, rule_sentence, year_rounding,
};
use crate::model::group::{participants_label, singular_label};

/// A number for a CSV field: no grouping, decimal comma, ASCII minus, the
/// decimals given (`1710901,10`, `-0,34`, `2,0275`).
fn plain(value: Decimal, decimals: u32) -> String {
    // Not `format!("{:.2}", …)`: rust_decimal panics when padded text
    // grows past 32 characters. After rounding there are at most
    // `decimals` decimals: pad them.
    let text = round_half_up(value, decimals).to_string();
    let (integer, digits) = text.split_once('.').unwrap_or((&text, ""));
    if decimals == 0 {
        integer.to_owned()
    } else {
        format!("{integer},{digits:0<width$}", width = decimals as usize)
    }
}

/// Euros to the cent, or whole when there are no cents.
fn eur(value: Decimal) -> String {
    let cents = round_half_up(value, 2);
    plain(cents, if cents.fract().is_zero() { 0 } else { 2 })
}

/// A terminating number with all its decimals (at most 6).
fn exact(value: Decimal) -> String {
    let normal = value.normalize();
    plain(normal, normal.scale().min(6))
}

fn who(data: &DataSet) -> String {
    crate::format::capitalised(&singular_label(&participants_label(data)))
}

/// The costs block of the CSV.
pub fn costs_csv(data: &DataSet, costs: &Costs) -> String {
    let maybe = |v: Option<Decimal>| v.map(|v| plain(v, 0)).unwrap_or_default();
    let mut out = csv_line(&[format!("{} (hele euro's)", heading(data))]);
    out.push_str(&csv_line(&[rule_sentence(data)]));
    for w in &costs.warnings {
        out.push_str(&csv_line(&[format!("Let op: {w}")]));
    }
    out.push_str(&csv_line(&[
        who(data),
        "Jaar".into(),
        "Aandeel (%)".into(),
        "Exact (euro)".into(),
        "Afronding (euro)".into(),
        "Totaal (euro)".into(),
        "Afleiding".into(),
    ]));
    for (y, year) in costs.years.iter().enumerate() {
        if let Ok(shares) = &costs.key {
            for (i, part) in year.per_participant.iter().enumerate() {
                let rounding = part
                    .total_eur
                    .zip(part.exact_eur)
                    .map(|(t, e)| t - round_half_up(e, 2));
                out.push_str(&csv_line(&[
                    costs.participants[i].clone(),
                    period_label(year.year),
                    plain(shares.percents[i], 0),
                    part.exact_eur.map(eur).unwrap_or_default(),
                    rounding.map(eur).unwrap_or_default(),
                    maybe(part.total_eur),
                    derivation(data, costs, y, i),
                ]));
            }
        }
        out.push_str(&csv_line(&[
            "Totaal".into(),
            period_label(year.year),
            "100".into(),
            year.total_exact.map(exact).unwrap_or_default(),
            year.total_eur
                .zip(year.total_exact)
                .map(|(t, e)| exact(t - e))
                .unwrap_or_default(),
            maybe(year.total_eur),
            year_rounding(costs, y).unwrap_or_default(),
        ]));
    }
    if costs.key.is_ok() {
        out.push_str(&parts_csv(data, costs));
    }
    out.push_str(&transition_csv(data, costs));
    for m in &costs.missing {
        out.push_str(&csv_line(&[format!("Nog niet compleet: {m}")]));
    }
    out
}

/// "Afleiding lasten": a row per part, then the rounding and the total of
/// each participant and year. A part's exact amount is fte × loonkosten
/// (or the line's amount) × deel / van, to the cent; the parts and the
/// rounding add up to the whole euros.
fn parts_csv(data: &DataSet, costs: &Costs) -> String {
    let mut out = csv_line(&["Afleiding lasten (één rij per onderdeel)".into()]);
    out.push_str(&csv_line(&[
        who(data),
        "Jaar".into(),
        "Onderdeel".into(),
        "Soort".into(),
        "fte".into(),
        "Loonkosten per fte (euro)".into(),
        "Bedrag (euro)".into(),
        "Sleutel exact (%)".into(),
        "Sleutel (%)".into(),
        "Deel".into(),
        "Van".into(),
        "Exact bedrag (euro)".into(),
        "Afgerond (euro)".into(),
    ]));
    let Ok(shares) = &costs.key else {
        return out;
    };
    for year in &costs.years {
        for (i, p_year) in year.per_participant.iter().enumerate() {
            let head = [costs.participants[i].clone(), period_label(year.year)];
            let key = [plain(shares.exact[i], 4), plain(shares.percents[i], 0)];
            let mut shown = Some(Decimal::ZERO);
            for p in &p_year.parts {
                let (name, kind) = part_names(data, year, p);
                let amount = p.exact().map(|e| round_half_up(e, 2));
                shown = shown.zip(amount).map(|(s, a)| s + a);
                let mut row = head.to_vec();
                row.extend([
                    name,
                    kind.to_owned(),
                    p.fte.map(exact).unwrap_or_default(),
                    p.wage.map(eur).unwrap_or_default(),
                    p.amount.map(eur).unwrap_or_default(),
                ]);
                row.extend(key.iter().cloned());
                row.extend([
                    exact(p.share.num),
                    exact(p.share.den),
                    amount.map(eur).unwrap_or_default(),
                    String::new(),
                ]);
                out.push_str(&csv_line(&row));
            }
            let tail = |name: &str, amount: String, rounded: String| {
                let mut row = head.to_vec();
                row.extend([name.to_owned(), String::new()]);
                row.extend(std::iter::repeat_n(String::new(), 7));
                row.extend([amount, rounded]);
                csv_line(&row)
            };
            if let (Some(total), Some(shown)) = (p_year.total_eur, shown) {
                out.push_str(&tail(
                    "afronding (naar hele euro's)",
                    eur(total - shown),
                    String::new(),
                ));
                out.push_str(&tail(
                    "totaal",
                    p_year.exact_eur.map(eur).unwrap_or_default(),
                    plain(total, 0),
                ));
            }
        }
    }
    out
}

/// The transition ranges per scenario and participant.
fn transition_csv(data: &DataSet, costs: &Costs) -> String {
    let mut out = String::new();
    if costs.transition.is_empty() {
        return out;
    }
    out.push_str(&csv_line(&[
        "Transitiekosten: scenario".into(),
        "Niveau".into(),
        who(data),
        "Laag (euro)".into(),
        "Hoog (euro)".into(),
    ]));
    let maybe = |v: Option<Decimal>| v.map(|v| plain(v, 0)).unwrap_or_default();
    for t in &costs.transition {
        let label = data.scenarios[t.scenario].label();
        let level = if t.own_range {
            "eigen bandbreedte".to_owned()
        } else {
            t.level.clone().unwrap_or_default()
        };
        let (low, high) = t.range_eur.unzip();
        out.push_str(&csv_line(&[
            label.clone(),
            level.clone(),
            "Totaal".into(),
            maybe(low),
            maybe(high),
        ]));
        for (p, (l, h)) in costs.participants.iter().zip(&t.per_participant) {
            out.push_str(&csv_line(&[
                label.clone(),
                level.clone(),
                p.clone(),
                plain(*l, 0),
                plain(*h, 0),
            ]));
        }
    }
    out
}
