//! The cost inputs a set holds, typed by users with their sources (types
//! only; `model::costs` computes with them): loonkosten per fte, other cost
//! lines, the verdeelsleutel, own distributions (artikel 8.4),
//! transition ranges, and every component of the cost profile in euros
//! over a horizon (`model::scenario_costs` computes with those).

use rust_decimal::Decimal;

/// What the cost layer needs typed. Empty by default: the outputs then
/// leave costs out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CostInputs {
    /// Integral yearly cost of one fte, for every category and role without
    /// an amount of its own.
    pub wage_all: Option<Amount>,
    /// Per function category or role.
    pub wages: Vec<Wage>,
    /// Other cost lines (advies, ICT, huisvesting, …).
    pub other: Vec<OtherCost>,
    pub key: Option<CostKey>,
    /// Segments whose cost is charged to named participants only.
    pub own_shares: Vec<OwnShare>,
    pub transition: Option<Transition>,
    /// Components of the cost profile in euros: a kind and a range per
    /// level word (or per scenario). The transition above is the same for
    /// one component; a component is in one of the two, never both.
    pub components: Vec<ComponentCosts>,
    /// The years the cost per scenario is counted over; `None`: the data's
    /// years.
    pub horizon: Option<Horizon>,
    /// A budget for the region over the horizon, for "how often first in
    /// value and within budget".
    pub budget: Option<Amount>,
    /// How the Monte Carlo draws within a range.
    pub distribution: Distribution,
}

impl CostInputs {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Scenario `s` is gone (an added scenario removed): its own ranges go
    /// with it and the ranges of the scenarios after it follow their new
    /// place, so none points at another scenario or at none.
    pub fn forget_scenario(&mut self, s: usize) {
        let shift = |on: &mut RangeFor| -> bool {
            match on {
                RangeFor::Scenario(x) if *x == s => false,
                RangeFor::Scenario(x) if *x > s => {
                    *x -= 1;
                    true
                }
                _ => true,
            }
        };
        if let Some(t) = &mut self.transition {
            t.ranges.retain_mut(|r| shift(&mut r.on));
        }
        for c in &mut self.components {
            c.ranges.retain_mut(|r| shift(&mut r.on));
        }
    }
}

/// An amount in euros and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    pub eur: Decimal,
    pub source: String,
}

/// What a wage is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WageTarget {
    /// A function category (index into the data's categories).
    Category(usize),
    /// A role of the set's supervision block, by name.
    Role(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wage {
    pub target: WageTarget,
    pub amount: Amount,
}

/// A cost line per year ("ICT", "advies").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherCost {
    pub name: String,
    /// Per period ([`periods`]); `None`: not typed (counts as nothing, and
    /// the outputs say so).
    pub per_year: Vec<Option<Decimal>>,
    pub source: String,
    /// Charged to these participants only (artikel 8.4); empty: by the key.
    pub charged_to: Vec<String>,
}

/// How the key's values were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMethod {
    /// Whole percents, typed.
    Percent,
    /// The rijksbijdragen Wmo + Jeugd in euros, per participant (artikel
    /// 8.1), made into whole percents.
    Contributions,
    /// The number of inhabitants per participant (the Midden-Limburg
    /// method), made into whole percents.
    Inhabitants,
}

impl KeyMethod {
    pub fn word(self) -> &'static str {
        match self {
            KeyMethod::Percent => "procenten",
            KeyMethod::Contributions => "rijksbijdragen Wmo en Jeugd",
            KeyMethod::Inhabitants => "inwoners",
        }
    }

    /// The file's name of the method.
    pub fn id(self) -> &'static str {
        match self {
            KeyMethod::Percent => "procenten",
            KeyMethod::Contributions => "rijksbijdragen",
            KeyMethod::Inhabitants => "inwoners",
        }
    }
}

/// The verdeelsleutel: a value per participant, by one method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostKey {
    pub method: KeyMethod,
    /// Participant's name and value (a percent, euros or inhabitants).
    pub values: Vec<(String, Decimal)>,
    pub source: String,
}

/// A segment's cost charged to named participants only (artikel 8.4): the
/// segment's fte in each category (its terms in the staffing derivation,
/// as shown) priced with that category's loonkosten, shared among them by
/// their percents. Whether the segment's supervision follows is the
/// parties' choice (artikel 8.4 leaves it to them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnShare {
    /// Index into the data's segments.
    pub segment: usize,
    pub participants: Vec<String>,
    pub source: String,
    /// The fte that supervise the segment (where the data identify them)
    /// go with it to these participants; otherwise the key carries them.
    pub supervision_follows: bool,
}

/// Transition costs: a range in euros per level word of one row of the
/// cost profile (Tabel 5's Transitiekosten), so each scenario gets the range
/// of its level; or typed for a scenario itself (it then counts instead of
/// its level's, and it is the only way when the data has no cost profile).
/// Shared by the key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Transition {
    /// Index into the cost profile's components; `None` without a profile.
    pub component: Option<usize>,
    pub ranges: Vec<TransitionRange>,
}

/// What a transition range is typed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeFor {
    /// A level of the cost profile (index into its levels).
    Level(usize),
    /// One scenario (index into the data's scenarios).
    Scenario(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionRange {
    pub on: RangeFor,
    pub low_eur: Decimal,
    pub high_eur: Decimal,
    pub source: String,
}

/// What a component's euros are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostKind {
    /// Every year of the horizon (structural).
    PerYear,
    /// Once, over the whole horizon.
    OneOff,
    /// A saving every year of the horizon, subtracted (typed positive).
    SavingPerYear,
    /// Stays a word: the component is not counted in euros.
    NotInEuros,
}

impl CostKind {
    /// Every kind, in the order the file and the help list them.
    pub const ALL: [CostKind; 4] = [
        CostKind::PerYear,
        CostKind::OneOff,
        CostKind::SavingPerYear,
        CostKind::NotInEuros,
    ];

    /// The word users type and read: "per jaar", "eenmalig", "besparing per
    /// jaar", "niet in euro's".
    pub fn word(self) -> &'static str {
        match self {
            CostKind::PerYear => "per jaar",
            CostKind::OneOff => "eenmalig",
            CostKind::SavingPerYear => "besparing per jaar",
            CostKind::NotInEuros => "niet in euro's",
        }
    }

    /// Whether the component counts in euros.
    pub fn in_euros(self) -> bool {
        self != CostKind::NotInEuros
    }

    /// Whether its amount counts every year of the horizon.
    pub fn yearly(self) -> bool {
        matches!(self, CostKind::PerYear | CostKind::SavingPerYear)
    }
}

/// One component of the cost profile in euros.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentCosts {
    /// Index into the cost profile's components; `None`: a component of
    /// the set's own, for data without that row (named by `name`).
    pub component: Option<usize>,
    /// The set's own name, when `component` is `None`.
    pub name: String,
    pub kind: CostKind,
    pub ranges: Vec<CostRange>,
}

/// A range in euros for a level word of a component, or for one scenario
/// (which then counts instead of its level's), with its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostRange {
    pub on: RangeFor,
    pub low_eur: Decimal,
    pub high_eur: Decimal,
    /// The most likely amount, for a triangular distribution; `None`: the
    /// middle of the range.
    pub mode_eur: Option<Decimal>,
    pub source: String,
}

/// The years costs per scenario are counted over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Horizon {
    pub start: u16,
    pub years: u16,
}

impl Horizon {
    /// The years, first to last.
    pub fn years(&self) -> impl Iterator<Item = u16> {
        (0..self.years).map(move |k| self.start.saturating_add(k))
    }

    /// The last year.
    pub fn end(&self) -> u16 {
        self.start.saturating_add(self.years.saturating_sub(1))
    }
}

/// How the Monte Carlo draws an amount within a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Distribution {
    /// Every amount between low and high equally likely.
    #[default]
    Uniform,
    /// Likeliest at the range's mode (its middle when none is typed),
    /// falling off straight to low and high.
    Triangular,
}

impl Distribution {
    /// The file's word: "gelijkmatig", "driehoek".
    pub fn id(self) -> &'static str {
        match self {
            Distribution::Uniform => "gelijkmatig",
            Distribution::Triangular => "driehoek",
        }
    }
}
