//! The results of the costs: per year, per participant and per part, and
//! the periods they are given for (children of `costs` use these; `mod.rs`
//! only declares and re-exports, so no ring runs through it).

use rust_decimal::Decimal;

use super::key::KeyShares;
use super::share::{Apportioned, Fraction};

/// The periods costs are given for: the data's years, or one period "per
/// jaar" when the data has none (a region without a staffing table).
pub fn periods(data: &crate::model::dataset::DataSet) -> Vec<Option<u16>> {
    if data.years.is_empty() {
        vec![None]
    } else {
        data.years.iter().copied().map(Some).collect()
    }
}

/// "2025", or "per jaar".
pub fn period_label(period: Option<u16>) -> String {
    period.map_or_else(|| "per jaar".to_owned(), |y| y.to_string())
}

/// "in 2025", or "per jaar".
pub fn period_phrase(period: Option<u16>) -> String {
    period.map_or_else(|| "per jaar".to_owned(), |y| format!("in {y}"))
}

/// Costs per year and participant, and the transition ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Costs {
    /// The participants, in the data's order (or the key's, when the data
    /// names none).
    pub participants: Vec<String>,
    /// Whole percents per participant, or why there are none.
    pub key: Result<KeyShares, String>,
    pub years: Vec<YearCosts>,
    pub transition: Vec<ScenarioTransition>,
    /// What is missing for a complete picture, in Dutch, one item each.
    pub missing: Vec<String>,
    /// Those items of `missing` that the costs equal in every scenario
    /// lack: loonkosten and the other cost lines.
    pub common_missing: Vec<String>,
    /// Amounts that are allowed but unlikely, or inputs that are not used,
    /// in Dutch, one sentence each (every output shows them).
    pub warnings: Vec<String>,
    /// Whether the inputs have other cost lines (the derivations name them
    /// even when they are zero).
    pub other_lines: bool,
}

/// One priced part of a year's staffing: fte (as shown, 2 decimals) ×
/// loonkosten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricedPart {
    /// "Inkoop/CM/CB", "Toezicht Rechtmatigheid"
    pub label: String,
    pub fte: Decimal,
    /// `None`: no loonkosten typed for it.
    pub wage: Option<Decimal>,
}

impl PricedPart {
    pub fn cost(&self) -> Option<Decimal> {
        self.wage.map(|w| self.fte * w)
    }
}

/// What an own distribution carries in a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnYear {
    /// Index into the inputs' own shares.
    pub share: usize,
    pub segment: usize,
    /// The segment's terms in the staffing derivation, as shown.
    pub fte: Decimal,
    /// The fixed category and fte that supervise the segment this year,
    /// when the data identify them ([`own::supervision_fte`]).
    pub supervision: Option<(usize, Decimal)>,
    /// Whether that supervision follows the own distribution (else the
    /// key carries it).
    pub supervision_follows: bool,
}

/// A year: what it costs in all, and per participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCosts {
    /// The year, or `None` for "per jaar" ([`periods`]).
    pub year: Option<u16>,
    /// The staffing priced part by part (empty without a staffing table).
    pub parts: Vec<PricedPart>,
    /// Staff cost, exact; `None` when a part has no loonkosten.
    pub staff_exact: Option<Decimal>,
    /// Other costs, exact.
    pub other_exact: Decimal,
    pub total_exact: Option<Decimal>,
    /// The total rounded once: whole euros, half a euro up.
    pub total_eur: Option<Decimal>,
    /// The staff cost rounded for showing under the total.
    pub staff_eur: Option<Decimal>,
    /// The other costs rounded for showing under the total.
    pub other_eur: Decimal,
    /// The one loonkosten every part has, if they all have the same.
    pub uniform_wage: Option<Decimal>,
    /// What each own distribution carries.
    pub own: Vec<OwnYear>,
    /// Per participant (in `Costs::participants` order); empty without a
    /// valid key.
    pub per_participant: Vec<ParticipantYear>,
    /// How the participants' exact amounts became whole euros.
    pub rounding: Option<Apportioned>,
}

impl YearCosts {
    /// The fte priced (the parts as shown).
    pub fn fte(&self) -> Decimal {
        self.parts.iter().map(|p| p.fte).sum()
    }

    /// What the shown parts lack to the total: the rounding difference
    /// shown as its own line (zero when they add up).
    pub fn rounding_eur(&self) -> Option<Decimal> {
        Some(self.total_eur? - self.staff_eur? - self.other_eur)
    }
}

/// What a part of a participant's year is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// Staff shared by the key: a priced part of the staffing, less what
    /// own distributions carry of it.
    Staff,
    /// A segment's fte in a category, charged to named participants
    /// (index into the inputs' own shares).
    Own(usize),
    /// The supervision of an own distribution's segment, following it.
    Supervision(usize),
    /// An other cost line (index into the inputs' lines).
    Other(usize),
}

/// One exact part of a participant's amount in a year: fte × loonkosten
/// (or a cost line's amount) × a share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPart {
    pub kind: PartKind,
    /// "Inkoop/CM/CB", "ICT"
    pub label: String,
    /// Staff parts: the fte, exact.
    pub fte: Option<Decimal>,
    /// Staff parts: loonkosten per fte; `None` when unknown.
    pub wage: Option<Decimal>,
    /// Other cost lines: the line's amount in the year.
    pub amount: Option<Decimal>,
    pub share: Fraction,
}

impl SharedPart {
    /// What is shared: fte × loonkosten, or the line's amount; `None` when
    /// the loonkosten are unknown.
    pub fn base(&self) -> Option<Decimal> {
        match (self.fte, self.wage, self.amount) {
            (_, _, Some(amount)) => Some(amount),
            (Some(fte), Some(wage), None) => Some(fte * wage),
            _ => None,
        }
    }

    /// The participant's part, exact (to 28 digits where a share among
    /// some participants does not terminate).
    pub fn exact(&self) -> Option<Decimal> {
        self.base().map(|b| self.share.of(b))
    }

    pub fn is_staff(&self) -> bool {
        !matches!(self.kind, PartKind::Other(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantYear {
    /// Every part, exact.
    pub parts: Vec<SharedPart>,
    /// The parts together, exact (to 28 digits); `None` when loonkosten are
    /// unknown.
    pub exact_eur: Option<Decimal>,
    /// Whole euros: the exact amount rounded down, plus a euro for the
    /// largest remainders, so the participants add up to the year's total.
    pub total_eur: Option<Decimal>,
}

impl ParticipantYear {
    /// The staff parts together, exact (`None` when loonkosten are unknown).
    pub fn staff_exact(&self) -> Option<Decimal> {
        self.parts
            .iter()
            .filter(|p| p.is_staff())
            .map(SharedPart::exact)
            .sum()
    }

    /// The other cost lines together, exact.
    pub fn other_exact(&self) -> Decimal {
        self.parts
            .iter()
            .filter(|p| !p.is_staff())
            .filter_map(SharedPart::exact)
            .sum()
    }
}

/// A scenario's transition costs: its level in the row, the range, and
/// each participant's part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioTransition {
    pub scenario: usize,
    /// The level word ("Midden–hoog"), `None` when unknown.
    pub level: Option<String>,
    /// The range was typed for this scenario itself, not its level.
    pub own_range: bool,
    /// Low and high, whole euros (half a euro up); `None` when no range is
    /// typed for the level.
    pub range_eur: Option<(Decimal, Decimal)>,
    /// Per participant, low and high: the rounded range by the key, largest
    /// remainder (empty without a valid key).
    pub per_participant: Vec<(Decimal, Decimal)>,
}
