//! Outputs pinned word for word before the long functions that make them
//! were split by responsibility (issue 28): what reading a set, loading the
//! data, the agreement and slide sentences, the user's own lines, the
//! comparison of inputs, the staffing breakdown, the source check and the
//! appendix give for known inputs, and what reading a set's cost inputs
//! refuses. Each expected text was checked by hand against the inputs it
//! comes from (the set text, criteria.ron's scores, the robustness text of
//! the same result, the data's lists and the quantities' bounds); the
//! comments say how.

mod loading;
mod parts;
mod reading;
mod reading_costs;
mod sentences;

use nmd_scenarios::model::DataSet;
use nmd_scenarios::model::Inputs;
use nmd_scenarios::model::assumption_set::parse_set;

/// A set that uses every field a user can add or change: weights, choices,
/// a volume, a score change, roles, the fit, an added scenario and
/// criterion, hidden ones, tasks for a category and a role, growth of both
/// kinds, inhuur with and without a description, and three profiles (one
/// all zero) combined geometrically.
pub const RICH_SET: &str = r#"(
    format: 1,
    name: "Alles eigen",
    weights: [("toezicht", 3), ("tempo", 0.5)],
    choices: [("buurtkracht", "assen"), ("centrumtaak", "excl")],
    volumes_mln: [("wmo_overig", {2028: 36.5})],
    score_overrides: [(scenario: "s1", criterion: "toezicht", level: "Goed", reason: "eigen toezichtteam")],
    supervision: Roles(combine: Larger, roles: [
        (name: "Toezicht Rechtmatigheid", fte: 1.6, people: 2, four_eyes: true),
        (name: "Beleid", fte: 1, people: 1, four_eyes: false),
    ]),
    fit: AllCells,
    added_scenarios: [
        (
            id: "eigen",
            name: "Eigen regeling",
            short_name: "Eigen",
            scores: [
                (criterion: "legitimiteit", level: "Goed", reason: "r1"),
                (criterion: "toezicht", level: "Matig", reason: "r2"),
                (criterion: "uitvoerbaarheid", level: "Matig", reason: "r3"),
                (criterion: "schaal", level: "Beperkt", reason: "r4"),
                (criterion: "tempo", level: "Sterk", reason: "r5"),
                (criterion: "draagvlak", level: "Sterk", reason: "r6"),
            ],
            cost: [("transitie", "Laag")],
        ),
    ],
    added_criteria: [
        (
            id: "draagvlak",
            name: "Draagvlak",
            explanation: "Steun in de raden.",
            scores: [
                (scenario: "s1", level: "Matig", reason: "d1"),
                (scenario: "s2", level: "Goed", reason: "d2"),
                (scenario: "s3", level: "Matig", reason: "d3"),
                (scenario: "s4", level: "Beperkt", reason: "d4"),
            ],
        ),
    ],
    hidden_scenarios: ["s4"],
    hidden_criteria: ["schaal"],
    productive_hours: Some(1300),
    task_rules: [
        (target: Category("toezicht"), combine: Larger, tasks: [
            (name: "Bezoeken", driver: "aanbieders", unit: "aanbieders", units: Some(350), hours_per_unit: Some(6), people_per_unit: Some(2)),
        ]),
        (target: Role("Beleid"), combine: Instead, tasks: [
            (name: "Nota's", driver: "nota's per jaar", unit: "nota's", units: Some(10)),
        ]),
    ],
    growth: [
        (name: "Vervoer", from_year: 2027, volume_mln: {2027: 3, 2028: 3.5}, rate: LikeSegment("wmo_overig")),
        (name: "Hulpmiddelen", from_year: 2028, volume_mln: {2028: 2}, rate: Typed([("inkoop", 0.05), ("toezicht", 0.01)])),
    ],
    inhuur: [(category: "inkoop", fte: 0.5, what: "piek inkoop"), (category: "kwaliteit", fte: 0.25)],
    profiles: [
        (name: "Assen", method: Order, values: [("legitimiteit", 2), ("toezicht", 1), ("uitvoerbaarheid", 3), ("schaal", 5), ("tempo", 4)]),
        (name: "Tynaarlo", method: Typed, values: [("tempo", 1), ("legitimiteit", 0), ("toezicht", 0), ("uitvoerbaarheid", 0), ("draagvlak", 0)]),
        (name: "Noordenveld", method: Swing, values: [("legitimiteit", 0), ("toezicht", 0), ("uitvoerbaarheid", 0), ("schaal", 0), ("tempo", 0), ("draagvlak", 0)]),
    ],
    group_mean: Geometric,
)"#;

pub fn open(data: &DataSet, name: &str, text: &str) -> Inputs {
    parse_set(data, name, text)
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
        .set
        .inputs
}

pub fn example(data: &DataSet, file: &str) -> Inputs {
    let path = format!("docs/voorbeelden/{file}");
    open(data, &path, &std::fs::read_to_string(&path).unwrap())
}
