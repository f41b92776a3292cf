//! Every kind of number the program reads, with its bounds, its precision
//! and its Dutch name (the one list `read_typed` and `check` apply).

use rust_decimal::Decimal;

/// A kind of number with its bounds and precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    /// Dutch noun for messages: "gewicht", "volume".
    pub noun: &'static str,
    /// Unit written after a value in messages (" mln", " fte"), or "".
    pub unit: &'static str,
    pub min: Decimal,
    pub max: Decimal,
    /// Most decimals a value may have (after dropping trailing zeros).
    pub max_decimals: u32,
}

const fn whole(value: i64) -> Decimal {
    Decimal::from_parts(
        value.unsigned_abs() as u32,
        (value.unsigned_abs() >> 32) as u32,
        0,
        value < 0,
        0,
    )
}

/// A criterion weight (any non-negative number; shown as a share).
pub const WEIGHT: Quantity = Quantity {
    noun: "gewicht",
    unit: "",
    min: Decimal::ZERO,
    max: whole(1_000_000),
    max_decimals: 4,
};

/// A planning or report volume, EUR mln.
pub const VOLUME_MLN: Quantity = Quantity {
    noun: "volume",
    unit: " mln",
    min: Decimal::ZERO,
    max: whole(10_000),
    max_decimals: 4,
};

/// Fte of one role of an assumption set.
pub const ROLE_FTE: Quantity = Quantity {
    noun: "fte",
    unit: "",
    min: Decimal::ZERO,
    max: whole(100),
    max_decimals: 4,
};

/// Number of people in a role.
pub const PEOPLE: Quantity = Quantity {
    noun: "aantal mensen",
    unit: "",
    min: Decimal::ZERO,
    max: whole(100),
    max_decimals: 0,
};

/// Part of a segment's volume at the joint organisation.
pub const SHARE: Quantity = Quantity {
    noun: "aandeel",
    unit: "",
    min: Decimal::ZERO,
    max: Decimal::ONE,
    max_decimals: 6,
};

/// The value of a level of the score scale.
pub const SCALE_VALUE: Quantity = Quantity {
    noun: "waarde",
    unit: "",
    min: whole(-1_000_000),
    max: whole(1_000_000),
    max_decimals: 6,
};

/// Relative fte per mln of a segment in a split assumption.
pub const INTENSITY: Quantity = Quantity {
    noun: "intensiteit",
    unit: "",
    min: Decimal::ZERO,
    max: whole(1_000),
    max_decimals: 6,
};

/// Smallest sensible fte per person in a role.
pub const FTE_PER_PERSON: Quantity = Quantity {
    noun: "fte per persoon",
    unit: "",
    min: Decimal::ZERO,
    max: Decimal::ONE,
    max_decimals: 4,
};

/// Weight vectors drawn for SMAA-2.
pub const DRAWS: Quantity = Quantity {
    noun: "aantal trekkingen",
    unit: "",
    min: Decimal::ONE,
    max: whole(1_000_000),
    max_decimals: 0,
};

/// Seed of the random draws.
pub const SEED: Quantity = Quantity {
    noun: "seed",
    unit: "",
    min: Decimal::ZERO,
    max: Decimal::from_parts(u32::MAX, u32::MAX, 0, false, 0),
    max_decimals: 0,
};

/// The driver of a task: how many providers, reports, contracts a year.
pub const TASK_UNITS: Quantity = Quantity {
    noun: "aantal",
    unit: "",
    min: Decimal::ZERO,
    max: whole(1_000_000),
    max_decimals: 2,
};

/// Hours of work per unit of a task.
pub const HOURS_PER_UNIT: Quantity = Quantity {
    noun: "uren per eenheid",
    unit: " uur",
    min: Decimal::ZERO,
    max: whole(2_000),
    max_decimals: 2,
};

/// People per unit of work (2 for a four-eyes visit).
pub const PEOPLE_PER_UNIT: Quantity = Quantity {
    noun: "personen per keer",
    unit: "",
    min: Decimal::ONE,
    max: whole(20),
    max_decimals: 2,
};

/// Productive hours per fte per year: more than zero (it divides), at most
/// the hours of a year's working days.
pub const PRODUCTIVE_HOURS: Quantity = Quantity {
    noun: "productieve uren per fte",
    unit: " uur",
    min: whole(100),
    max: whole(2_080),
    max_decimals: 0,
};

/// Fte per mln of a growth task, per category.
pub const FTE_PER_MLN: Quantity = Quantity {
    noun: "fte per mln",
    unit: "",
    min: Decimal::ZERO,
    max: whole(10),
    max_decimals: 4,
};

/// Fixed fte of structural inhuur.
pub const INHUUR_FTE: Quantity = Quantity {
    noun: "fte inhuur",
    unit: "",
    min: Decimal::ZERO,
    max: whole(100),
    max_decimals: 4,
};

/// A place in an importance order: 1 is the most important; equal places
/// are ties.
pub const RANK: Quantity = Quantity {
    noun: "plaats in de volgorde",
    unit: "",
    min: Decimal::ONE,
    max: whole(100),
    max_decimals: 0,
};

/// Swing points: the most important criterion's swing is 100.
pub const SWING_POINTS: Quantity = Quantity {
    noun: "swingpunten",
    unit: "",
    min: Decimal::ZERO,
    max: whole(100),
    max_decimals: 2,
};

/// Integral yearly cost of one fte, in euros (salary, employer's charges,
/// overhead): above half a million is not a wage but a typing error.
pub const WAGE_EUR: Quantity = Quantity {
    noun: "loonkosten per fte",
    unit: " euro",
    min: Decimal::ZERO,
    max: whole(500_000),
    max_decimals: 2,
};

/// A cost line for a year, or a bound of a transition range, in euros.
pub const COST_EUR: Quantity = Quantity {
    noun: "bedrag",
    unit: " euro",
    min: Decimal::ZERO,
    max: whole(1_000_000_000),
    max_decimals: 2,
};

/// A share of the verdeelsleutel, in whole percents (artikel 8.1).
pub const KEY_PERCENT: Quantity = Quantity {
    noun: "aandeel in de verdeelsleutel",
    unit: " %",
    min: Decimal::ZERO,
    max: whole(100),
    max_decimals: 0,
};

/// A participant's rijksbijdragen Wmo + Jeugd for a year, in euros.
pub const CONTRIBUTION_EUR: Quantity = Quantity {
    noun: "rijksbijdrage",
    unit: " euro",
    min: Decimal::ZERO,
    max: whole(100_000_000_000),
    max_decimals: 2,
};

/// A participant's number of inhabitants.
pub const INHABITANTS: Quantity = Quantity {
    noun: "inwonertal",
    unit: " inwoners",
    min: Decimal::ZERO,
    max: whole(100_000_000),
    max_decimals: 0,
};

/// The first year of the horizon costs per scenario are counted over.
pub const HORIZON_START: Quantity = Quantity {
    noun: "beginjaar",
    unit: "",
    min: whole(2000),
    max: whole(2100),
    max_decimals: 0,
};

/// The number of years of that horizon: at least one, at most thirty (a
/// generation of contracts; beyond it no range of today means anything).
pub const HORIZON_YEARS: Quantity = Quantity {
    noun: "looptijd",
    unit: " jaar",
    min: Decimal::ONE,
    max: whole(30),
    max_decimals: 0,
};

/// A budget for the region over the horizon, in euros.
pub const BUDGET_EUR: Quantity = Quantity {
    noun: "budget",
    unit: " euro",
    min: Decimal::ONE,
    max: whole(100_000_000_000),
    max_decimals: 2,
};
