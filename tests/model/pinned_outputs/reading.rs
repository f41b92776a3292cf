//! Reading and writing sets: every mistake named where it is, every
//! field written as read.

use super::RICH_SET;
use crate::common::report_data;
use nmd_scenarios::model::assumption_set::{parse_set, to_ron};

/// Every message of a refused set, as `SET:line:col: message`.
fn refusals(text: &str) -> Vec<String> {
    let errors = parse_set(&report_data(), "SET", text).expect_err("the set must be refused");
    errors.iter().map(ToString::to_string).collect()
}

/// Mistakes in the fields `parse_set` reads itself, in the order of the
/// file; the set names other data, which is said last.
#[test]
fn a_set_with_mistakes_in_weights_choices_volumes_scores_roles_and_importance() {
    const SET: &str = r#"(
    format: 2,
    name: "Fouten in de hoofdvelden",
    dataset: Some((name: "Andere gegevens", fingerprint: "abc")),
    weights: [("onbekend", 1), ("toezicht", -1)],
    choices: [("geen_keuze", "x"), ("buurtkracht", "nergens")],
    volumes_mln: [("geen_segment", {2028: 1}), ("wmo_overig", {2099: 1, 2028: -5})],
    score_overrides: [
        (scenario: "s9", criterion: "toezicht", level: "Sterk", reason: ""),
        (scenario: "s1", criterion: "geen", level: "Sterk", reason: "want"),
        (scenario: "s1", criterion: "toezicht", level: "Prima", reason: "want"),
    ],
    supervision: Roles(combine: Larger, roles: [(name: " ", fte: -1, people: 0.5, four_eyes: false)]),
    importance: ["toezicht", "toezicht", "onbekend"],
)"#;
    assert_eq!(
        refusals(SET),
        [
            "SET:1:1: onbekende versie van het bestandsformaat (2); dit programma leest versie 1",
            "SET:5:16: onbekend criterium 'onbekend'; bekend: 'legitimiteit', 'toezicht', 'uitvoerbaarheid', 'schaal', 'tempo'",
            "SET:5:45: criterium 'toezicht': gewicht −1 ligt niet tussen 0 en 1.000.000; een gewicht kan niet negatief zijn",
            "SET:6:16: onbekende keuze 'geen_keuze'; bekend: 'lichte_jeugd', 'buurtkracht', 'centrumtaak', 'toezicht_buurtkracht'",
            "SET:6:52: onbekende optie 'nergens' voor keuze 'buurtkracht'; bekend: 'nmd', 'assen', 'assen_20'",
            "SET:7:20: onbekend segment 'geen_segment'; bekend: 'specialistische_jeugd', 'lichte_jeugd_overig', 'lichte_jeugd_assen', 'wmo_assen', 'wmo_overig', 'centrumtaak'",
            "SET:7:79: segment 'wmo_overig' in 2028: volume −5 mln ligt niet tussen 0 en 10.000 mln; een volume kan niet negatief zijn",
            "SET:7:70: onbekend jaar 2099 bij segment 'wmo_overig'",
            "SET:9:73: scorewijziging 's9' / 'toezicht': geef een reden: een score zonder reden is niet te volgen",
            "SET:9:20: onbekend scenario 's9'",
            "SET:10:37: onbekend criterium 'geen'; bekend: 'legitimiteit', 'toezicht', 'uitvoerbaarheid', 'schaal', 'tempo'",
            "SET:11:56: onbekend niveau 'Prima'; bekend: 'Zeer beperkt', 'Beperkt', 'Matig', 'Goed', 'Sterk'",
            "SET:13:56: een rol heeft een naam nodig",
            "SET:13:66: rol ' ': fte −1 ligt niet tussen 0 en 100; een fte kan niet negatief zijn",
            "SET:13:78: rol ' ': aantal mensen 0,5 is geen heel getal",
            "SET:14:30: criterium 'toezicht' staat twee keer in 'importance'",
            "SET:14:42: onbekend criterium 'onbekend'; bekend: 'legitimiteit', 'toezicht', 'uitvoerbaarheid', 'schaal', 'tempo'",
            "SET: deze set is gemaakt op andere gegevens ('Andere gegevens'); nu geladen: 'Berenschot 2025 (rapport 76271)'",
        ]
    );
}

/// Mistakes in hidden items, tasks, growth, inhuur (`read_rest`) and in
/// the profiles (`read_profiles`): seven profiles for five municipalities.
#[test]
fn a_set_with_mistakes_in_hidden_items_tasks_growth_inhuur_and_profiles() {
    const SET: &str = r#"(
    format: 1,
    name: "Fouten in eigen toevoegingen",
    hidden_scenarios: ["s9"],
    hidden_criteria: ["geen"],
    productive_hours: Some(-3),
    task_rules: [
        (target: Category("geen_categorie"), tasks: [(name: "", driver: "d", unit: "u", units: Some(-1), hours_per_unit: Some(-2), people_per_unit: Some(-3))]),
        (target: Role("Rechtmatigheid"), tasks: [(name: "x", driver: "d", unit: "u")]),
        (target: Category("toezicht"), tasks: [(name: "a", driver: "d", unit: "u")]),
        (target: Category("toezicht"), combine: Instead, tasks: [(name: "b", driver: "d", unit: "u")]),
    ],
    growth: [
        (name: " ", from_year: 2030, volume_mln: {2030: 1}, rate: LikeSegment("wmo_overig")),
        (name: "G", from_year: 2027, volume_mln: {2026: 1, 2027: -1}, rate: LikeSegment("geen")),
        (name: "H", from_year: 2026, volume_mln: {2026: 1}, rate: Typed([("geen", 1), ("toezicht", -1)])),
    ],
    inhuur: [(category: "geen", fte: -1, what: "x"), (category: "toezicht", fte: 1, what: "y")],
    profiles: [
        (name: "", values: []),
        (name: "Emmen", values: []),
        (name: "Assen", method: Order, values: [("geen", 1), ("toezicht", 1), ("toezicht", 99)]),
        (name: "Assen", values: []),
        (name: "Tynaarlo", method: Swing, values: [("tempo", 101)]),
        (name: "Aa en Hunze", values: []),
        (name: "Noordenveld", values: []),
    ],
)"#;
    assert_eq!(
        refusals(SET),
        [
            "SET:4:24: onbekend scenario 's9'",
            "SET:5:23: onbekend criterium 'geen'",
            "SET:6:28: taken: productieve uren per fte −3 uur ligt niet tussen 100 en 2.080 uur",
            "SET:8:27: onbekende functiecategorie 'geen_categorie'; bekend: 'management', 'inkoop', 'kwaliteit', 'toezicht', 'bedrijfsvoering'",
            "SET:8:61: een taak heeft een naam nodig",
            "SET:8:101: taak '': aantal −1 ligt niet tussen 0 en 1.000.000; een aantal kan niet negatief zijn",
            "SET:8:127: taak '': uren per eenheid −2 uur ligt niet tussen 0 en 2.000 uur; een uren per eenheid kan niet negatief zijn",
            "SET:8:154: taak '': personen per keer −3 ligt niet tussen 1 en 20",
            "SET:9:23: taken voor rol 'Rechtmatigheid': deze set heeft geen rol met die naam",
            "SET: twee takenregels voor dezelfde categorie of rol",
            "SET:14:16: een groeitaak heeft een naam nodig",
            "SET:14:32: groeitaak '': startjaar 2030 ligt niet tussen 2025 en 2028",
            "SET:15:57: groeitaak 'G': jaar 2026 ligt niet tussen 2027 en 2028",
            "SET:15:66: groeitaak 'G' in 2027: volume −1 mln ligt niet tussen 0 en 10.000 mln; een volume kan niet negatief zijn",
            "SET:15:89: groeitaak 'G': onbekend segment 'geen'; bekend: 'specialistische_jeugd', 'lichte_jeugd_overig', 'lichte_jeugd_assen', 'wmo_assen', 'wmo_overig', 'centrumtaak'",
            "SET:16:75: groeitaak 'H': onbekende functiecategorie 'geen'",
            "SET:16:100: groeitaak 'H': fte per mln −1 ligt niet tussen 0 en 10; een fte per mln kan niet negatief zijn",
            "SET:18:38: inhuur: fte inhuur −1 ligt niet tussen 0 en 100; een fte inhuur kan niet negatief zijn",
            "SET:18:25: onbekende functiecategorie 'geen'; bekend: 'management', 'inkoop', 'kwaliteit', 'toezicht', 'bedrijfsvoering'",
            "SET:25:16: 7 profielen, maar er zijn 5 gemeenten",
            "SET:20:16: een profiel heeft een naam nodig",
            "SET:21:16: onbekende deelnemer 'Emmen'; bekend: 'Aa en Hunze', 'Assen', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo'",
            "SET:22:50: profiel 'Assen': onbekend criterium 'geen'",
            "SET:22:80: profiel 'Assen': criterium 'toezicht' staat er twee keer in",
            "SET:23:16: 'Assen' heeft al een profiel",
            "SET:24:62: profiel 'Tynaarlo': swingpunten 101 ligt niet tussen 0 en 100: onwaarschijnlijk groot",
        ]
    );
}

/// Mistakes in an added scenario and criterion (`read_additions`): a taken
/// id, a score twice, an unknown level, component and cost level, and
/// every missing score.
#[test]
fn a_set_with_mistakes_in_added_scenarios_and_criteria() {
    const SET: &str = r#"(
    format: 1,
    name: "Fouten in toegevoegde items",
    added_scenarios: [
        (id: "s1", name: "Scenario 1 – Expertisecentrum", scores: [(criterion: "toezicht", level: "Sterk", reason: ""), (criterion: "toezicht", level: "X", reason: "r"), (criterion: "nee", level: "Sterk", reason: "r")], cost: [("geen", "Hoog"), ("transitie", "Heel hoog")]),
    ],
    added_criteria: [
        (id: "nieuw", name: "Nieuw", scores: [(scenario: "s1", level: "Sterk", reason: "r"), (scenario: "s1", level: "Sterk", reason: "r"), (scenario: "s9", level: "Sterk", reason: "r")]),
    ],
)"#;
    assert_eq!(
        refusals(SET),
        [
            "SET:5:14: er is al een scenario met id 's1'",
            "SET:5:116: geef een reden: een score zonder reden is niet te volgen",
            "SET:5:133: scenario 's1': criterium 'toezicht' heeft al een score",
            "SET:5:152: onbekend niveau 'X'; bekend: 'Zeer beperkt', 'Beperkt', 'Matig', 'Goed', 'Sterk'",
            "SET:5:229: onbekend kostenonderdeel 'geen'; bekend: 'structureel', 'transitie', 'ibp_ict', 'schaalvoordelen', 'hr_harmonisatie', 'continuiteit', 'bekostiging', 'efficiency'",
            "SET:5:260: onbekend kostenniveau 'Heel hoog'; bekend: 'Laag', 'Laag–midden', 'Midden', 'Midden–hoog', 'Hoog', 'onbekend'",
            "SET:8:105: criterium 'nieuw': scenario 's1' heeft al een score",
            "SET:5:183: scenario 's1': onbekend criterium 'nee'; bekend: 'legitimiteit', 'toezicht', 'uitvoerbaarheid', 'schaal', 'tempo', 'nieuw'",
            "SET:8:152: criterium 'nieuw': onbekend scenario 's9'; bekend: 's1', 's2', 's3', 's4', 's1'",
            "SET:5:14: scenario 's1' heeft geen score voor criterium 'legitimiteit'",
            "SET:5:14: scenario 's1' heeft geen score voor criterium 'uitvoerbaarheid'",
            "SET:5:14: scenario 's1' heeft geen score voor criterium 'schaal'",
            "SET:5:14: scenario 's1' heeft geen score voor criterium 'tempo'",
            "SET:8:14: criterium 'nieuw' heeft geen score voor scenario 's2'",
            "SET:8:14: criterium 'nieuw' heeft geen score voor scenario 's3'",
            "SET:8:14: criterium 'nieuw' heeft geen score voor scenario 's4'",
        ]
    );
}

/// Saving a set and opening it again gives the same inputs, for every
/// example and for the set that uses every field (`write_additions`
/// writes what the readers read), and saving again gives the same text.
#[test]
fn every_example_and_the_full_set_survive_saving_and_opening() {
    let data = report_data();
    let mut texts: Vec<(String, String)> = [
        "eigen-scenarios-en-groei.ron",
        "toezicht-uit-taken.ron",
        "vijf-profielen.ron",
        "lasten.ron",
    ]
    .iter()
    .map(|f| {
        let path = format!("docs/voorbeelden/{f}");
        let text = std::fs::read_to_string(&path).unwrap();
        (path, text)
    })
    .collect();
    texts.push(("full.ron".into(), RICH_SET.into()));
    for (name, text) in texts {
        let set = parse_set(&data, &name, &text).unwrap().set;
        let saved = to_ron(&data, &set);
        let again = parse_set(&data, "again.ron", &saved)
            .unwrap_or_else(|e| panic!("{name}: {e:?}\n{saved}"))
            .set;
        assert_eq!(again.inputs, set.inputs, "{name}\n{saved}");
        assert_eq!(to_ron(&data, &again), saved, "{name}");
    }
}
