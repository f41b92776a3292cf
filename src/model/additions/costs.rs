//! The cost inputs a set holds, typed by users with their sources (types
//! only; `model::costs` computes with them): loonkosten per fte, other cost
//! lines, the verdeelsleutel, own distributions (artikel 8.4) and
//! transition ranges.

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
}

impl CostInputs {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
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
