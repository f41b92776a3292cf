//! Reading a set's cost inputs (`read_costs`, `read_transition`): every
//! mistake named where it is, in the order it is found. The messages are
//! typed from the inputs: the data's five municipalities, categories,
//! segments, years 2025–2028, Tabel 5's components and levels, and the
//! bounds of the quantities (loonkosten per fte 0 to 500.000 euro, a
//! bedrag 0 to 1.000.000.000 euro, a key share 0 to 100 %). Positions are
//! found in the set's text by [`at`], not taken from the program.

use crate::common::report_data;
use nmd_scenarios::model::assumption_set::parse_set;

/// Every message of a refused set, as `SET:line:col: message`.
fn refusals(text: &str) -> Vec<String> {
    let errors = parse_set(&report_data(), "SET", text).expect_err("the set must be refused");
    errors.iter().map(ToString::to_string).collect()
}

/// `SET:line:col` of the first character of `needle`, found after the
/// first occurrence of `after` in `text` (both must be there).
fn at(text: &str, after: &str, needle: &str) -> String {
    let from = text.find(after).expect("anchor in the set") + after.len();
    let offset = from + text[from..].find(needle).expect("needle after the anchor");
    let line = text[..offset].matches('\n').count() + 1;
    let col = text[..offset]
        .rfind('\n')
        .map_or(offset + 1, |nl| offset - nl);
    format!("SET:{line}:{col}")
}

const MUNICIPALITIES: &str = "'Aa en Hunze', 'Assen', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo'";

/// Mistakes in every part of the cost inputs but the transition's
/// component: wages (for all, per category, per role without roles),
/// other cost lines, the key, the own distributions and transition
/// ranges per scenario.
#[test]
fn a_set_with_mistakes_in_wages_other_costs_key_own_shares_and_ranges() {
    const SET: &str = r#"(
    format: 1,
    name: "Fouten in de lasten",
    costs: Some((
        wage_all: Some((eur: -5)),
        wages: [
            (target: Category("kantine"), eur: 1),
            (target: Role("Beleid"), eur: 600000),
            (target: Category("inkoop"), eur: 70000.123),
        ],
        other: [
            (name: " "),
            (name: "Huur", every_year: Some(-1), per_year: {2099: 5, 2026: 2000000000}, charged_to: ["Groningen", "Assen"]),
        ],
        key: Some((method: "procenten", values: [("Assen", 31), ("Assen", 30), ("Tynaarlo", 20.5), ("Aa en Hunze", 101)])),
        own_shares: [
            (segment: "wmo_assen", participants: ["Assen"]),
            (segment: "wmo_assen", participants: ["Tynaarlo"]),
            (segment: "geen_segment", participants: []),
        ],
        transition: Some((ranges: [
            (level: Some("Laag"), low_eur: 1, high_eur: 2),
            (scenario: Some("s9"), low_eur: 1, high_eur: 2),
            (low_eur: 11, high_eur: 2),
            (scenario: Some("s1"), low_eur: 3, high_eur: 2),
            (scenario: Some("s2"), low_eur: -1, high_eur: 2000000000),
            (scenario: Some("s3"), low_eur: 1, high_eur: 2),
            (scenario: Some("s3"), low_eur: 4, high_eur: 5),
            (scenario: Some("s2"), low_eur: 6, high_eur: 7),
        ])),
    )),
)"#;
    let wage_bounds = "ligt niet tussen 0 en 500.000 euro";
    let cost_bounds = "ligt niet tussen 0 en 1.000.000.000 euro";
    let expected = [
        format!(
            "{}: loonkosten: loonkosten per fte −5 euro {wage_bounds}; een bedrag kan niet negatief zijn",
            at(SET, "wage_all", "-5")
        ),
        format!(
            "{}: onbekende functiecategorie 'kantine'; bekend: 'management', 'inkoop', 'kwaliteit', 'toezicht', 'bedrijfsvoering'",
            at(SET, "Category(", "\"kantine\"")
        ),
        format!(
            "{}: onbekende rol 'Beleid'; de set heeft: geen rollen",
            at(SET, "Role(", "\"Beleid\"")
        ),
        format!(
            "{}: loonkosten: loonkosten per fte 600.000 euro {wage_bounds}: onwaarschijnlijk groot",
            at(SET, "Role(", "600000")
        ),
        format!(
            "{}: loonkosten: loonkosten per fte 70.000,123 euro heeft meer dan 2 decimalen",
            at(SET, "\"inkoop\"", "70000.123")
        ),
        format!(
            "{}: een kostenpost heeft een naam nodig",
            at(SET, "other:", "\" \"")
        ),
        format!(
            "{}: Huur: bedrag −1 euro {cost_bounds}; een bedrag kan niet negatief zijn",
            at(SET, "Huur", "-1")
        ),
        // Per year in the order of the years, as the file's map is read.
        format!(
            "{}: Huur: bedrag 2.000.000.000 euro {cost_bounds}: onwaarschijnlijk groot",
            at(SET, "2026: ", "2000000000")
        ),
        format!(
            "{}: 'Huur': onbekend jaar 2099; de gegevens kennen: 2025, 2026, 2027, 2028",
            at(SET, "2099: ", "5")
        ),
        format!(
            "{}: onbekende deelnemer 'Groningen'; bekend: {MUNICIPALITIES}",
            at(SET, "charged_to", "\"Groningen\"")
        ),
        // The key: a name twice, a share not whole, one out of range; the
        // sum is then not checked.
        format!(
            "{}: 'Assen' staat twee keer in de verdeelsleutel",
            at(SET, "(\"Assen\", 31), ", "\"Assen\"")
        ),
        format!(
            "{}: Tynaarlo: 20,5 % is geen heel procent; de verdeelsleutel is in hele procenten (artikel 8.1)",
            at(SET, "\"Tynaarlo\", ", "20.5")
        ),
        format!(
            "{}: Aa en Hunze: aandeel in de verdeelsleutel 101 % ligt niet tussen 0 en 100 %: onwaarschijnlijk groot",
            at(SET, "\"Aa en Hunze\", ", "101")
        ),
        format!(
            "{}: 'wmo_assen' staat twee keer bij de eigen verdeling; noem het segment één keer, met alle deelnemers die het dragen",
            at(SET, "participants: [\"Assen\"]),", "\"wmo_assen\"")
        ),
        format!(
            "{}: onbekend segment 'geen_segment'; bekend: 'specialistische_jeugd', 'lichte_jeugd_overig', 'lichte_jeugd_assen', 'wmo_assen', 'wmo_overig', 'centrumtaak'",
            at(SET, "own_shares", "\"geen_segment\"")
        ),
        format!(
            "{}: een eigen verdeling van 'geen_segment' naar niemand: noem de deelnemers die het dragen",
            at(SET, "own_shares", "\"geen_segment\"")
        ),
        // The ranges: without a component a level means nothing.
        format!(
            "{}: niveau 'Laag' zonder kostenonderdeel: noem 'component' (de rij van het kostenprofiel) of geef het bedrag per scenario",
            at(SET, "ranges", "\"Laag\"")
        ),
        format!(
            "{}: onbekend scenario 's9'; bekend: 's1', 's2', 's3', 's4'",
            at(SET, "ranges", "\"s9\"")
        ),
        format!(
            "{}: een bandbreedte geldt voor een niveau ('level') of voor een scenario ('scenario'): noem er precies één",
            at(SET, "ranges", "11")
        ),
        format!(
            "{}: Scenario 1 – Expertisecentrum: de ondergrens € 3 is hoger dan de bovengrens € 2",
            at(SET, "\"s1\"", "3")
        ),
        format!(
            "{}: Scenario 2 – Centrumregeling: bedrag −1 euro {cost_bounds}; een bedrag kan niet negatief zijn",
            at(SET, "\"s2\"", "-1")
        ),
        format!(
            "{}: Scenario 2 – Centrumregeling: bedrag 2.000.000.000 euro {cost_bounds}: onwaarschijnlijk groot",
            at(SET, "\"s2\"", "2000000000")
        ),
        // s3 twice; the second s2 is not a repeat: the first was refused.
        format!(
            "{}: Scenario 3 – Bestaand samenwerkingsverband: staat twee keer bij de transitiekosten",
            at(
                SET,
                "low_eur: 1, high_eur: 2),\n            (scenario: Some(\"s3\"), ",
                "4"
            )
        ),
    ];
    assert_eq!(refusals(SET), expected);
}

/// A component the data does not have refuses the transition without
/// reading its ranges; with a known one, a level must be Tabel 5's and a
/// range names a level or a scenario, not both. A role wage needs a role
/// of the set.
#[test]
fn a_set_with_mistakes_in_the_transitions_component_and_levels() {
    const UNKNOWN: &str = r#"(
    format: 1,
    name: "Onbekend onderdeel",
    costs: Some((
        transition: Some((component: Some("geen"), ranges: [(level: Some("Enorm"), low_eur: 2, high_eur: 1)])),
    )),
)"#;
    assert_eq!(
        refusals(UNKNOWN),
        [format!(
            "{}: onbekend kostenonderdeel 'geen'; bekend: 'structureel', 'transitie', 'ibp_ict', 'schaalvoordelen', 'hr_harmonisatie', 'continuiteit', 'bekostiging', 'efficiency'",
            at(UNKNOWN, "component: Some(", "\"geen\"")
        )]
    );
    const LEVELS: &str = r#"(
    format: 1,
    name: "Niveaus",
    supervision: Roles(combine: Larger, roles: [(name: "Beleid", fte: 1, people: 2, four_eyes: false)]),
    costs: Some((
        wages: [(target: Role("Beleid"), eur: 70000), (target: Role("Kantine"), eur: 1)],
        transition: Some((component: Some("transitie"), ranges: [
            (level: Some("Laag"), low_eur: 1, high_eur: 2),
            (level: Some("Enorm"), low_eur: 1, high_eur: 2),
            (level: Some("Hoog"), scenario: Some("s1"), low_eur: 3, high_eur: 4),
            (level: Some("Laag"), low_eur: 5, high_eur: 6),
        ])),
    )),
)"#;
    assert_eq!(
        refusals(LEVELS),
        [
            format!(
                "{}: onbekende rol 'Kantine'; de set heeft: 'Beleid'",
                at(LEVELS, "wages", "\"Kantine\"")
            ),
            format!(
                "{}: onbekend kostenniveau 'Enorm'; bekend: 'Laag', 'Laag–midden', 'Midden', 'Midden–hoog', 'Hoog'",
                at(LEVELS, "ranges", "\"Enorm\"")
            ),
            format!(
                "{}: een bandbreedte geldt voor een niveau ('level') of voor een scenario ('scenario'): noem er precies één",
                at(LEVELS, "\"s1\"", "3")
            ),
            format!(
                "{}: Laag: staat twee keer bij de transitiekosten",
                at(LEVELS, "\"s1\"", "5")
            ),
        ]
    );
}
