//! What the cost per scenario is, as every output shows it: one struct
//! ([`ScenarioCosts`]) with every number, in whole euros and exact, each
//! amount with its derivation, and every sentence, so a view, a slide, a
//! figure, a workbook or an appendix renders it without computing.
//!
//! Three parts, computed at three moments: [`HorizonCosts`] (the ranges
//! over the horizon) once per change of a cost, [`CostSample`] (the Monte
//! Carlo) once per change of a cost too, off the frame where the window
//! wants it, and [`ValueForMoney`] per change of the weights.

use std::sync::Arc;

use rust_decimal::Decimal;

use crate::model::costs::{Amount, Apportioned, CostKind, Distribution, Horizon};
use crate::model::group::GroupResult;
use crate::model::ranking::Ranking;
use crate::model::robustness::Robustness;

/// Everything about the cost per scenario for one state.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioCosts {
    pub horizon: Arc<HorizonCosts>,
    pub uncertainty: Uncertainty,
    pub value: ValueForMoney,
}

/// The Monte Carlo, ready or still running.
#[derive(Debug, Clone, PartialEq)]
pub enum Uncertainty {
    /// Being computed (on a worker thread): outputs say so rather than show
    /// an earlier number.
    NotReady,
    Ready(Arc<CostSample>),
}

impl Uncertainty {
    pub fn ready(&self) -> Option<&CostSample> {
        match self {
            Uncertainty::Ready(sample) => Some(sample),
            Uncertainty::NotReady => None,
        }
    }
}

/// Said where the Monte Carlo is not ready.
pub const NOT_READY: &str =
    "De onzekerheid (trekkingen) wordt nog berekend; de bandbreedtes hierboven gelden al.";

/// The cost of every scenario over the horizon: low, middle and high, for
/// the region and per participant.
#[derive(Debug, Clone, PartialEq)]
pub struct HorizonCosts {
    pub horizon: Horizon,
    /// "2026–2030 (5 jaar)"
    pub horizon_label: String,
    /// How the horizon was chosen, when not typed ("looptijd niet
    /// ingevuld: de jaren van de formatie").
    pub horizon_note: Option<String>,
    pub participants: Vec<String>,
    /// "gemeente", "deelnemer"
    pub participant_word: String,
    /// The key's whole percents; `None` without a valid key (then the
    /// region only, and `missing` says why).
    pub percents: Option<Vec<Decimal>>,
    pub components: Vec<ComponentLine>,
    pub common: CommonCosts,
    /// The visible scenarios, in the data's order.
    pub scenarios: Vec<ScenarioCost>,
    /// Hidden scenarios, left out (by label).
    pub hidden: Vec<String>,
    pub distribution: Distribution,
    pub budget: Option<Amount>,
    /// For the Monte Carlo: the set's seed and the draws.
    pub seed: u64,
    pub draws: usize,
    /// The rounding rule, in words.
    pub rule: String,
    /// What a sentence about the whole says first: "Kosten per scenario
    /// over 2026–2030: …", one sentence per scenario.
    pub sentences: Vec<String>,
    /// What is missing for a complete picture, one item each; the costs
    /// equal in every scenario first, when they are unknown.
    pub missing: Vec<String>,
    /// Amounts allowed but unlikely to be meant (a range wider than its
    /// middle).
    pub warnings: Vec<String>,
    /// How the amounts were made, in words (staff cost the same in every
    /// scenario, years past the last staffing year, the distribution).
    pub notes: Vec<String>,
}

impl HorizonCosts {
    /// The scenarios whose every component in euros has a range: those
    /// the comparisons use.
    pub fn complete(&self) -> impl Iterator<Item = (usize, &ScenarioCost)> {
        self.scenarios
            .iter()
            .enumerate()
            .filter(|(_, s)| s.complete)
    }

    /// What is missing besides the costs equal in every scenario, for a
    /// screen that says those in a sentence of their own (`common`).
    pub fn missing_besides_common(&self) -> &[String] {
        let said = usize::from(self.common.unknown.is_some()).min(self.missing.len());
        &self.missing[said..]
    }
}

/// A component of the cost profile as the set counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentLine {
    pub name: String,
    pub kind: CostKind,
    /// Typed in the set (else it stays a word, not entered).
    pub entered: bool,
    /// "Laag–midden € 100.000 – € 200.000 (bron: …)", per range typed.
    pub ranges: Vec<String>,
    /// The level words (or scenarios) of this component without a range.
    pub missing: Vec<String>,
}

/// The costs that are the same in every scenario: staff and other cost
/// lines (LASTEN PER GEMEENTE), per year of the horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct CommonCosts {
    pub years: Vec<CommonYear>,
    /// Over the horizon, exact; `None` when a year is unknown (no
    /// loonkosten), with `unknown` saying why.
    pub exact: Option<Decimal>,
    /// Rounded once.
    pub eur: Option<Decimal>,
    /// Per participant over the horizon, exact (empty without a key or
    /// when unknown).
    pub per_participant: Vec<Decimal>,
    pub unknown: Option<String>,
    /// "2026 € 1.710.901,10 + … + 2030 (als 2028) € … = € 8.554.505,50":
    /// each year and where it comes from.
    pub derivation: String,
    /// The rounding's exact form: each participant's amount over the
    /// horizon × `den` (a multiple of 100 and of every share's
    /// denominator), so remainders compare exactly.
    pub den: Decimal,
    pub scaled: Vec<Decimal>,
}

/// One year of the horizon's common costs.
#[derive(Debug, Clone, PartialEq)]
pub struct CommonYear {
    pub year: u16,
    /// The year of LASTEN PER GEMEENTE used (the last staffing year for
    /// years past it), `None` for data without years ("per jaar").
    pub from: Option<u16>,
    /// Exact; `None` when unknown.
    pub exact: Option<Decimal>,
    /// Per participant, exact.
    pub per_participant: Vec<Decimal>,
}

/// One scenario over the horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioCost {
    /// Index into the data's scenarios.
    pub scenario: usize,
    pub label: String,
    /// One per component in euros.
    pub parts: Vec<ComponentPart>,
    /// Every component in euros has a range.
    pub complete: bool,
    /// The components without a range for this scenario, in words.
    pub missing: Vec<String>,
    pub low: Amounts,
    pub middle: Amounts,
    pub high: Amounts,
}

impl ScenarioCost {
    /// The bounds and the middle, in order.
    pub fn bounds(&self) -> [(&'static str, &Amounts); 3] {
        [
            ("laag", &self.low),
            ("midden", &self.middle),
            ("hoog", &self.high),
        ]
    }
}

/// A component's part of a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentPart {
    pub component: String,
    pub kind: CostKind,
    /// The scenario's level word in the row ("Midden–hoog"), if any.
    pub level: Option<String>,
    /// The range was typed for the scenario itself.
    pub own_range: bool,
    /// `None`: no range for this level ("onbekend").
    pub range: Option<PartRange>,
    /// Where the range comes from, as typed ("" when not said).
    pub source: String,
}

/// A range as counted over the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartRange {
    pub low_eur: Decimal,
    pub high_eur: Decimal,
    pub mode_eur: Option<Decimal>,
    /// Years counted (the horizon's for a yearly kind, 1 for one-off).
    pub times: u16,
    /// −1 for a saving, else 1.
    pub sign: i8,
}

impl PartRange {
    /// What it adds to the low total (a saving subtracts its high).
    pub fn low_total(&self) -> Decimal {
        let times = Decimal::from(self.times);
        if self.sign < 0 {
            -self.high_eur * times
        } else {
            self.low_eur * times
        }
    }

    /// What it adds to the high total (a saving subtracts its low).
    pub fn high_total(&self) -> Decimal {
        let times = Decimal::from(self.times);
        if self.sign < 0 {
            -self.low_eur * times
        } else {
            self.high_eur * times
        }
    }
}

/// One amount (low, middle or high) of a scenario: the region's, exact
/// and in whole euros (rounded once), and each participant's, adding up
/// exactly; each with how it follows.
#[derive(Debug, Clone, PartialEq)]
pub struct Amounts {
    /// The components' part (what differs between scenarios), exact.
    pub varying_exact: Decimal,
    /// With the common costs when they are known, exact.
    pub exact: Decimal,
    pub eur: Decimal,
    pub derivation: String,
    /// In the participants' order; empty without a key.
    pub per_participant: Vec<ParticipantAmount>,
    pub rounding: Option<Apportioned>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantAmount {
    pub exact: Decimal,
    pub eur: Decimal,
    pub derivation: String,
}

/// The Monte Carlo over the ranges: one draw per component per scenario
/// for the whole horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct CostSample {
    pub seed: u64,
    pub draws: usize,
    pub distribution: Distribution,
    /// Per scenario of [`HorizonCosts::scenarios`]; `None` for an
    /// incomplete one.
    pub scenarios: Vec<Option<SampledScenario>>,
    /// Per scenario: the share of draws in which it is the cheapest (ties
    /// shared), among the complete scenarios; `None` for an incomplete one.
    pub cheapest: Vec<Option<f64>>,
    /// The same per participant: `[participant][scenario]`.
    pub cheapest_per_participant: Vec<Vec<Option<f64>>>,
    /// Per scenario and draw: what the components add (the common costs,
    /// the same in every draw, not included); empty for an incomplete one.
    pub totals: Vec<Vec<f64>>,
    /// How it was drawn, and who is cheapest how often, in words.
    pub sentences: Vec<String>,
}

/// P10, P50 and P90 of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct SampledScenario {
    pub p10: Quantile,
    pub p50: Quantile,
    pub p90: Quantile,
}

impl SampledScenario {
    pub fn quantiles(&self) -> [(&'static str, &Quantile); 3] {
        [("P10", &self.p10), ("P50", &self.p50), ("P90", &self.p90)]
    }
}

/// A quantile of the region's total, in whole euros (with the common
/// costs when known), and each participant's part of it by the one
/// rounding rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantile {
    pub eur: Decimal,
    pub per_participant: Vec<Decimal>,
}

/// Value for money: the weighted score beside the cost, never merged.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValueForMoney {
    /// Per complete, visible scenario with a score (the current weights).
    pub points: Vec<ValuePoint>,
    /// Scenarios dearer in the middle and lower-valued than another.
    pub dominated: Vec<Dominance>,
    /// Each participant with weights of its own: its score against its
    /// share.
    pub participants: Vec<ParticipantValue>,
    /// How often first in value and within the budget.
    pub budget: Option<BudgetChances>,
    /// Everything above in words.
    pub sentences: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValuePoint {
    /// Index into [`HorizonCosts::scenarios`].
    pub at: usize,
    pub score: Decimal,
    /// Low, middle and high in whole euros (region).
    pub low_eur: Decimal,
    pub middle_eur: Decimal,
    pub high_eur: Decimal,
}

/// `dearer` costs more in the middle and scores lower than `than`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dominance {
    /// Indices into [`HorizonCosts::scenarios`].
    pub dearer: usize,
    pub than: usize,
    pub more_eur: Decimal,
    pub lower_score: Decimal,
    /// Share of the draws in which `dearer` costs more than `than`, when
    /// the Monte Carlo is ready.
    pub chance_dearer: Option<f64>,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantValue {
    pub name: String,
    /// Per complete, visible scenario with a score by its own weights:
    /// score and its share low / middle / high in whole euros.
    pub points: Vec<ValuePoint>,
    pub dominated: Vec<Dominance>,
}

/// Per complete, visible scenario: the chance of costing at most the
/// budget, and of that and being first in value.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetChances {
    pub budget_eur: Decimal,
    pub rows: Vec<BudgetRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BudgetRow {
    /// Index into [`HorizonCosts::scenarios`].
    pub at: usize,
    /// Share of the cost draws within the budget (`None`: not ready).
    pub within: Option<f64>,
    /// First with the current weights.
    pub first_now: bool,
    /// Share of SMAA-2's weightings in which it is first.
    pub first_smaa: Option<f64>,
    /// Share of band-SMAA's weightings (the participants' band).
    pub first_band: Option<f64>,
    /// First now and within the budget; first by SMAA-2 and within; by
    /// band-SMAA and within (weights and costs are drawn independently).
    pub both_now: Option<f64>,
    pub both_smaa: Option<f64>,
    pub both_band: Option<f64>,
}

/// What value for money is weighed with: the ranking of the current
/// weights, and the analyses without fixed weights when they are at hand.
pub struct Weighing<'a> {
    pub ranking: &'a Ranking,
    pub robustness: Option<&'a Robustness>,
    /// The participants' rankings by their own weights, and band-SMAA.
    pub group: Option<&'a GroupResult>,
}
