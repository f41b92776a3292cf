//! The Lasten tab, slide and figure, prepared once per change: each
//! participant's amounts as text with their derivation, the bars of the
//! chosen year (f64, for drawing only), the transition ranges, what is
//! missing, and the chart's description for screen readers.

use rust_decimal::Decimal;

use crate::format::{euro, number};
use crate::model::DataSet;
use crate::model::costs::{
    Costs, ScenarioTransition, derivation, parts_line, period_label, total_line, year_rounding,
};
use crate::model::group::{participants_label, singular_label};
use crate::present::staffing_model::to_f64;

/// One row of the table: a participant (or the total) and its amounts.
#[derive(Debug, Clone, Default)]
pub struct CostRowView {
    pub name: String,
    /// "31 %"
    pub share: String,
    /// Per period, "€ 659.990" (or "onbekend").
    pub cells: Vec<String>,
    /// Per period, how the amount follows.
    pub hovers: Vec<String>,
}

/// One bar: a participant's staff and other costs in the chosen year.
#[derive(Debug, Clone, Default)]
pub struct CostBarView {
    pub name: String,
    pub staff: f64,
    pub other: f64,
    /// "€ 659.990"
    pub total_text: String,
    /// "Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"
    pub derivation: String,
}

/// A scenario's transition range, and each participant's part.
#[derive(Debug, Clone, Default)]
pub struct TransitionView {
    pub label: String,
    /// "2 Centrumregeling (Midden–hoog)", for a slide.
    pub short_label: String,
    /// "niveau Midden–hoog", "eigen bandbreedte" or "".
    pub how: String,
    /// Low and high in euros, for drawing; `None` without amounts.
    pub range: Option<(f64, f64)>,
    /// "€ 300.000 – € 600.000" or "nog geen bedragen".
    pub text: String,
    /// "Aa en Hunze € 51.000 – € 102.000", one per participant.
    pub per_participant: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct CostsView {
    /// "Lasten per gemeente"
    pub heading: String,
    /// "Gemeente"
    pub who: String,
    /// "2025", … or "per jaar".
    pub periods: Vec<String>,
    pub rows: Vec<CostRowView>,
    pub total: CostRowView,
    /// "waarvan personeel" per period, when the data has staffing.
    pub staff: Option<Vec<String>>,
    /// "waarvan overige kosten" per period, when there are any.
    pub other: Option<Vec<String>>,
    /// "afronding" per period: what the rows above lack to the total, when
    /// it is not zero in some period.
    pub rounding: Option<Vec<String>>,
    /// How amounts are rounded and split, and who gets a euro on equal
    /// remainders ("Afronding: …").
    pub rule: String,
    /// Per period, how the total was rounded and who got a euro more.
    pub year_roundings: Vec<String>,
    /// Plausibility warnings and unused inputs.
    pub warnings: Vec<String>,
    /// Why there is no split ("de percentages tellen op tot 99 %…").
    pub key_problem: Option<String>,
    /// How the percents were made from amounts.
    pub key_note: Option<String>,
    /// Per period: a bar per participant.
    pub bars: Vec<Vec<CostBarView>>,
    pub transition: Vec<TransitionView>,
    /// What is still missing, one item each.
    pub missing: Vec<String>,
    /// Per period, the slide's headline: "2025: samen € 2.129.000; het
    /// grootste deel draagt Assen (31 %, € 659.990)".
    pub headlines: Vec<String>,
    /// Per period, the bars in words, for screen readers.
    pub descriptions: Vec<String>,
}

impl CostsView {
    /// The period shown: `chosen`, or the last there is.
    pub fn period(&self, chosen: usize) -> usize {
        chosen.min(self.periods.len().saturating_sub(1))
    }
}

/// The view of `costs`.
pub fn costs_view(data: &DataSet, costs: &Costs) -> CostsView {
    let who = crate::format::capitalised(&singular_label(&participants_label(data)));
    let periods: Vec<String> = costs.years.iter().map(|y| period_label(y.year)).collect();
    let shares = costs.key.as_ref().ok();
    let rows = participant_rows(data, costs);
    let TotalRows {
        total,
        staff,
        other,
        rounding,
    } = total_rows(costs);
    let bars = bars(data, costs);
    let transition: Vec<TransitionView> = costs
        .transition
        .iter()
        .map(|t| transition_view(data, costs, t))
        .collect();
    let headlines = (0..periods.len())
        .map(|p| headline(costs, p, &periods[p]))
        .collect();
    let descriptions = bars
        .iter()
        .zip(&periods)
        .map(|(year, period)| chart_description(data, year, period, shares.is_some()))
        .collect();
    CostsView {
        heading: crate::model::costs::words::costs_heading(data),
        who,
        periods,
        rows,
        total,
        staff,
        other,
        rounding,
        rule: crate::model::costs::rule_sentence(data),
        year_roundings: (0..costs.years.len())
            .filter_map(|y| year_rounding(costs, y))
            .filter(|_| shares.is_some())
            .collect(),
        warnings: costs.warnings.clone(),
        key_problem: costs.key.as_ref().err().cloned(),
        key_note: shares.and_then(|s| s.note.clone()),
        bars,
        transition,
        missing: costs.missing.clone(),
        headlines,
        descriptions,
    }
}

/// "onbekend" for an amount not known (no loonkosten).
fn amount(v: Option<Decimal>) -> String {
    v.map_or_else(|| "onbekend".to_owned(), euro)
}

/// A row per participant: its share and its amount per period, each with
/// its derivation (none without a valid key).
fn participant_rows(data: &DataSet, costs: &Costs) -> Vec<CostRowView> {
    let Ok(shares) = costs.key.as_ref() else {
        return Vec::new();
    };
    costs
        .participants
        .iter()
        .enumerate()
        .map(|(i, name)| CostRowView {
            name: name.clone(),
            share: format!("{} %", number(shares.percents[i], 0)),
            cells: costs
                .years
                .iter()
                .map(|y| amount(y.per_participant.get(i).and_then(|p| p.total_eur)))
                .collect(),
            hovers: (0..costs.years.len())
                .map(|y| derivation(data, costs, y, i))
                .collect(),
        })
        .collect()
}

/// Per period a bar per participant: staff and other costs (f64, for the
/// plot), the amount and its derivation.
fn bars(data: &DataSet, costs: &Costs) -> Vec<Vec<CostBarView>> {
    let shared = costs.key.is_ok();
    costs
        .years
        .iter()
        .enumerate()
        .map(|(y, year)| {
            if !shared {
                return Vec::new();
            }
            costs
                .participants
                .iter()
                .zip(&year.per_participant)
                .enumerate()
                .map(|(i, (name, p))| CostBarView {
                    name: name.clone(),
                    staff: p.staff_exact().map_or(0.0, to_f64),
                    other: to_f64(p.other_exact()),
                    total_text: amount(p.total_eur),
                    derivation: derivation(data, costs, y, i),
                })
                .collect()
        })
        .collect()
}

/// A scenario's transition costs: its level or own range, low–high, and
/// each participant's part.
fn transition_view(data: &DataSet, costs: &Costs, t: &ScenarioTransition) -> TransitionView {
    let scenario = &data.scenarios[t.scenario];
    let short = format!("{} {}", scenario.number, scenario.short_name);
    TransitionView {
        label: scenario.label(),
        short_label: match (&t.level, t.own_range) {
            (Some(level), false) => format!("{short} ({level})"),
            _ => short,
        },
        how: match (&t.level, t.own_range) {
            (_, true) => "eigen bandbreedte".into(),
            (Some(level), false) => format!("niveau {level}"),
            (None, false) => String::new(),
        },
        range: t.range_eur.map(|(l, h)| (to_f64(l), to_f64(h))),
        text: t.range_eur.map_or_else(
            || "nog geen bedragen".to_owned(),
            |(l, h)| format!("{} – {}", euro(l), euro(h)),
        ),
        per_participant: costs
            .participants
            .iter()
            .zip(&t.per_participant)
            .map(|(p, (l, h))| format!("{p} {} – {}", euro(*l), euro(*h)))
            .collect(),
    }
}

/// What the chart of a period shows, in words (for a screen reader).
fn chart_description(data: &DataSet, year: &[CostBarView], period: &str, shared: bool) -> String {
    let mut text = format!(
        "{} {period}",
        crate::model::costs::words::costs_heading(data)
    );
    if shared {
        for bar in year {
            text.push_str(&format!("; {} {}", bar.name, bar.total_text));
        }
    } else {
        text.push_str(": nog geen verdeling");
    }
    text.push('.');
    text
}

/// The total row (with each year's total in one recomputable line and the
/// staffing priced part by part on hover), and under it the staff, the
/// other costs and the rounding difference, when there are any.
fn total_rows(costs: &Costs) -> TotalRows {
    let total = CostRowView {
        name: "Totaal".into(),
        share: "100 %".into(),
        cells: costs.years.iter().map(|y| amount(y.total_eur)).collect(),
        hovers: costs
            .years
            .iter()
            .map(|y| {
                let mut text = total_line(y);
                if !y.parts.is_empty() {
                    text.push_str(&format!("\nPersoneel: {}", parts_line(y)));
                }
                text
            })
            .collect(),
    };
    let has_staff = costs.years.iter().any(|y| !y.parts.is_empty());
    let staff = has_staff.then(|| costs.years.iter().map(|y| amount(y.staff_eur)).collect());
    let other = costs
        .years
        .iter()
        .any(|y| !y.other_exact.is_zero())
        .then(|| costs.years.iter().map(|y| euro(y.other_eur)).collect());
    let rounding = costs
        .years
        .iter()
        .any(|y| y.rounding_eur().is_some_and(|r| !r.is_zero()))
        .then(|| {
            costs
                .years
                .iter()
                .map(|y| {
                    y.rounding_eur()
                        .map_or_else(String::new, crate::model::costs::euro_signed)
                })
                .collect()
        });
    TotalRows {
        total,
        staff,
        other,
        rounding,
    }
}

/// The total row and the rows under it.
struct TotalRows {
    total: CostRowView,
    staff: Option<Vec<String>>,
    other: Option<Vec<String>>,
    rounding: Option<Vec<String>>,
}

/// "2025: samen € 2.129.000; het meest draagt Assen: € 659.990 (31 % van
/// het totaal)" (its share of the total, own distributions included).
fn headline(costs: &Costs, period: usize, period_text: &str) -> String {
    let Some(year) = costs.years.get(period) else {
        return String::new();
    };
    let total = year.total_eur.map_or_else(|| "onbekend".to_owned(), euro);
    let mut text = format!("{period_text}: samen {total}");
    let largest = year
        .per_participant
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Some((i, p.total_eur?)))
        .max_by_key(|(_, amount)| *amount);
    if let (Some((i, amount)), Some(all)) = (largest, year.total_eur)
        && all > Decimal::ZERO
    {
        text.push_str(&format!(
            "; het meest draagt {}: {} ({} van het totaal)",
            costs.participants[i],
            euro(amount),
            crate::format::percent_whole(amount / all)
        ));
    }
    text
}
