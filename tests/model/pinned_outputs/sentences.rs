//! Sentences and lines made from a set: the user's own lines, the
//! agreement of the municipalities, the slide, the differences between sets.

use super::{RICH_SET, example, open};
use crate::common::report_data;
use nmd_scenarios::model::compare_inputs::input_differences;
use nmd_scenarios::model::group::{GroupOptions, group};
use nmd_scenarios::model::own::extended;
use nmd_scenarios::model::robustness::slide::slide_sentences;
use nmd_scenarios::model::robustness::{RobustnessOptions, robustness};
use nmd_scenarios::model::{DataSet, Inputs};
use nmd_scenarios::report::own_lines::own_lines;
use rust_decimal::Decimal;

/// The user's own lines for the full set. By hand from the set: Scenario 1
/// scores Beperkt on toezicht in criteria.ron (sources "Hoofdstuk 1,
/// Scenario 1", "§5.2", "§7.2 …"); the task is 350 × 6 h × 2 / 1.300 h =
/// 3,23 fte; Assen's order 2,1,3,5,4 and draagvlak last (6) gives, without
/// the hidden schaal, the rank-order centroid 46/26/16/9/4 % (toezicht,
/// legitimiteit, uitvoerbaarheid, tempo, draagvlak).
#[test]
fn the_own_lines_of_the_full_set() {
    let base = report_data();
    let inputs = open(&base, "full.ron", RICH_SET);
    let data = extended(&base, &inputs);
    let lines: Vec<(String, String)> = own_lines(&data, &inputs);
    let expected = [
        (
            "Gewijzigde scores",
            "1 (eigen wijziging): Scenario 1 – Expertisecentrum op 'Onafhankelijk toezicht': Goed (bron: Beperkt, Hoofdstuk 1, Scenario 1; §5.2; §7.2 Interpretatie voor bestuurders; reden: eigen toezichtteam)",
        ),
        (
            "Toegevoegde scenario's",
            "Scenario 5 – Eigen (eigen toevoeging, niet in het rapport; scores met reden). Een toegevoegd scenario verandert de formatie niet: in het rapport volgt de formatie uit de keuzes, niet uit het scenario.",
        ),
        (
            "Toegevoegde criteria",
            "6. Draagvlak (gewicht 1) (eigen toevoeging, niet in het rapport)",
        ),
        (
            "Verborgen",
            "Scenario 4 – Inbedding JHRD · criterium 4. Schaal en toekomstvastheid (buiten rangorde en robuustheid)",
        ),
        (
            "Formatie uit taken",
            "Toezicht: 1 taak, 3,23 fte (het grootste van taken en volumeregel telt) · rol Beleid: 1 taak, nog niet compleet (in plaats van de volumeregel) (1.300 productieve uren per fte; eigen toevoeging)",
        ),
        (
            "Groeitaken",
            "Vervoer: 2027 € 3 mln, 2028 € 3,5 mln (fte per mln als Wmo overig) · Hulpmiddelen: 2028 € 2 mln (Inkoop/CM/CB 0,05 fte/mln, Toezicht 0,01 fte/mln) (eigen toevoeging)",
        ),
        (
            "Gewichten per gemeente",
            "Aa en Hunze: gewichten van de set · Assen: 26 %/46 %/16 %/0 %/9 %/4 % · Midden-Drenthe: gewichten van de set · Noordenveld: alle gewichten 0 · Tynaarlo: 0 %/0 %/0 %/0 %/100 %/0 % (per criterium in de volgorde van de gewichten; gezamenlijk: meetkundig gemiddelde)",
        ),
        (
            "Structurele inhuur",
            "Inkoop/CM/CB 0,50 fte (piek inkoop) · Kwaliteit/beleid 0,25 fte (eigen toevoeging)",
        ),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
        .collect();
    assert_eq!(lines, expected);
}

fn typed_profiles(data: &DataSet, profiles: &[(&str, [i64; 5])]) -> Inputs {
    use nmd_scenarios::model::additions::{Profile, WeightMethod};
    let mut inputs = Inputs::report_defaults(data);
    inputs.profiles = profiles
        .iter()
        .map(|(name, weights)| Profile {
            name: (*name).into(),
            method: WeightMethod::Typed,
            values: weights.iter().map(|&w| Decimal::from(w)).collect(),
        })
        .collect();
    inputs
}

const FEW_DRAWS: GroupOptions = GroupOptions {
    seed: 1,
    draws: 1_000,
};

/// The issue's five profiles. Scores (criteria.ron; legitimiteit,
/// toezicht, uitvoerbaarheid, schaal, tempo): s1 2,2,2,2,5; s2 5,5,4,4,3;
/// s3 3,4,4,3,4; s4 3,4,3,5,2. Totals by hand: Aa en Hunze s2 31, s3 26,
/// s4 25, s1 17; Assen (tempo) s1 5, s3 4, s2 3, s4 2; Midden-Drenthe s2 26,
/// s3 22, s4 21, s1 15; Noordenveld s2 31, s3 25, s4 24, s1 17; Tynaarlo
/// (schaal) s4 5, s2 4, s3 3, s1 2. Scenario 3 is second or third
/// everywhere; each neighbouring pair of the combined order s2, s3, s4, s1
/// is ordered the same way by four of the five.
#[test]
fn the_agreement_sentences_of_the_issues_five_profiles() {
    let data = report_data();
    let inputs = typed_profiles(
        &data,
        &[
            ("Aa en Hunze", [1, 3, 1, 1, 1]),
            ("Assen", [0, 0, 0, 0, 1]),
            ("Midden-Drenthe", [1, 2, 1, 1, 1]),
            ("Noordenveld", [2, 2, 1, 1, 1]),
            ("Tynaarlo", [0, 0, 0, 1, 0]),
        ],
    );
    let result = group(&data, &inputs, FEW_DRAWS).unwrap();
    assert_eq!(
        result.agreement,
        [
            "Drie van de vijf gemeenten zetten Scenario 2 – Centrumregeling bovenaan (Aa en Hunze, Midden-Drenthe en Noordenveld); Assen zet Scenario 1 – Expertisecentrum bovenaan; Tynaarlo zet Scenario 4 – Inbedding JHRD bovenaan.",
            "Scenario 3 – Bestaand samenwerkingsverband staat bij elke gemeente tweede of derde.",
            "Over Scenario 2 – Centrumregeling tegen Scenario 3 – Bestaand samenwerkingsverband verschillen ze: vier van de vijf zetten Scenario 2 – Centrumregeling hoger.",
            "Over Scenario 3 – Bestaand samenwerkingsverband tegen Scenario 4 – Inbedding JHRD verschillen ze: vier van de vijf zetten Scenario 3 – Bestaand samenwerkingsverband hoger.",
            "Over Scenario 4 – Inbedding JHRD tegen Scenario 1 – Expertisecentrum verschillen ze: vier van de vijf zetten Scenario 4 – Inbedding JHRD hoger.",
        ]
    );
}

/// The guide's five profiles (typed, order and swing). Totals by hand with
/// the shares (Order: rank-order centroid 45,7/25,7/15,7/9/4 %; Swing:
/// points over their sum): Aa en Hunze s2 4,5, s3 3,7, s4 3,5, s1 2,3;
/// Assen s3 3,87, s2 3,79, s1 3,37, s4 2,78; Midden-Drenthe s2 4,25, s3 3,72,
/// s4 3,25, s1 2,75; Noordenveld s2 4,35, s3 3,65, s4 3,3, s1 2,45;
/// Tynaarlo s3 3,70, s2 3,67, s1 3,37, s4 3,15.
#[test]
fn the_agreement_sentences_of_the_guides_five_profiles() {
    let data = report_data();
    let inputs = example(&data, "vijf-profielen.ron");
    let result = group(&data, &inputs, FEW_DRAWS).unwrap();
    assert_eq!(
        result.agreement,
        [
            "Drie van de vijf gemeenten zetten Scenario 2 – Centrumregeling bovenaan (Aa en Hunze, Midden-Drenthe en Noordenveld); Assen en Tynaarlo zetten Scenario 3 – Bestaand samenwerkingsverband bovenaan.",
            "Scenario 2 – Centrumregeling staat bij elke gemeente eerste of tweede.",
            "Scenario 3 – Bestaand samenwerkingsverband staat bij elke gemeente eerste of tweede.",
            "Scenario 4 – Inbedding JHRD staat bij elke gemeente derde of vierde.",
            "Scenario 1 – Expertisecentrum staat bij elke gemeente derde of vierde.",
            "Over Scenario 2 – Centrumregeling tegen Scenario 3 – Bestaand samenwerkingsverband verschillen ze: drie van de vijf zetten Scenario 2 – Centrumregeling hoger.",
            "Scenario 3 – Bestaand samenwerkingsverband scoort bij elke gemeente hoger dan Scenario 4 – Inbedding JHRD.",
            "Over Scenario 4 – Inbedding JHRD tegen Scenario 1 – Expertisecentrum verschillen ze: drie van de vijf zetten Scenario 4 – Inbedding JHRD hoger.",
        ]
    );
}

/// The full set: two municipalities without weights, one with all weights
/// 0, two that rank. Without schaal (hidden) and s4 (hidden), with s1's
/// toezicht Goed and the added "Eigen" (4,3,3,5,5 incl. draagvlak): Assen
/// s2 4,62, s3 3,70, s5 3,52, s1 3,22; Tynaarlo weighs only tempo: s1 = s5
/// 5, s3 4, s2 3. The geometric mean keeps only tempo: combined s1, s5, s3,
/// s2.
#[test]
fn the_agreement_sentences_when_some_did_not_weigh_and_one_weighed_nothing() {
    let base = report_data();
    let inputs = open(&base, "full.ron", RICH_SET);
    let data = extended(&base, &inputs);
    let result = group(&data, &inputs, FEW_DRAWS).unwrap();
    assert_eq!(
        result.agreement,
        [
            "Aa en Hunze en Midden-Drenthe hebben geen eigen weging en tellen hieronder niet mee.",
            "Noordenveld: alle gewichten staan op 0: er is geen rangorde.",
            "Één van de drie gemeenten met een eigen weging zet Scenario 2 – Centrumregeling bovenaan (Assen); Tynaarlo zet Scenario 1 – Expertisecentrum en Scenario 5 – Eigen (gelijk) bovenaan.",
            "Scenario 3 – Bestaand samenwerkingsverband staat bij elke gemeente met een eigen weging tweede of derde.",
            "Over Scenario 5 – Eigen tegen Scenario 3 – Bestaand samenwerkingsverband verschillen ze: één van de twee zetten Scenario 5 – Eigen hoger.",
            "Over Scenario 3 – Bestaand samenwerkingsverband tegen Scenario 2 – Centrumregeling verschillen ze: één van de twee zetten Scenario 3 – Bestaand samenwerkingsverband hoger.",
        ]
    );
}

fn slide_for(weights: [i64; 5]) -> Vec<String> {
    let data = report_data();
    let mut inputs = Inputs::report_defaults(&data);
    for (criterion, w) in inputs.criteria.iter_mut().zip(weights) {
        criterion.weight = Decimal::from(w);
    }
    let result = robustness(&data, &inputs, &RobustnessOptions::default());
    slide_sentences(&data, &result)
}

/// The slide's sentences say what the robustness text of the same result
/// says (checked line by line): with tempo weighing three times, Scenario 2
/// stays first at any weight of toezicht and uitvoerbaarheid, below 8 %
/// legitimiteit Scenario 3 becomes first, above 54 % schaal Scenario 4,
/// above 50 % tempo Scenario 3; SMAA-2 87/6/4/3 %; 59 % of the codings.
#[test]
fn the_slide_sentences_for_bounds_on_both_sides() {
    assert_eq!(
        slide_for([1, 1, 1, 1, 3]),
        [
            "Scenario 2 – Centrumregeling blijft eerste, hoe zwaar Toezicht of Uitvoerbaarheid ook weegt.",
            "Weegt Legitimiteit minder dan 8 %, dan wordt Scenario 3 – Bestaand samenwerkingsverband eerste; weegt Schaal meer dan 54 %, dan wordt Scenario 4 – Inbedding JHRD eerste; weegt Tempo meer dan 50 %, dan wordt Scenario 3 – Bestaand samenwerkingsverband eerste.",
            "Bij willekeurige gewichten staat eerste: Scenario 2 – Centrumregeling in 87 %, Scenario 3 – Bestaand samenwerkingsverband in 6 %, Scenario 4 – Inbedding JHRD in 4 %, Scenario 1 – Expertisecentrum in 3 % van de gevallen.",
            "Als de stappen tussen de scores anders liggen (bijvoorbeeld 'Sterk' veel meer waard dan 'Goed'), blijft Scenario 2 – Centrumregeling eerste in 59 % van de gevallen.",
        ]
    );
}

/// Only toezicht weighs: it is left out of both lists (its own weight
/// cannot move without the others'); all weights 0: the reason, then SMAA.
#[test]
fn the_slide_sentences_with_one_weighted_criterion_and_with_none() {
    assert_eq!(
        slide_for([0, 1, 0, 0, 0]),
        [
            "Scenario 2 – Centrumregeling blijft eerste, hoe zwaar Legitimiteit of Uitvoerbaarheid ook weegt.",
            "Weegt Schaal meer dan 50 %, dan wordt Scenario 4 – Inbedding JHRD eerste; weegt Tempo meer dan 50 %, dan wordt Scenario 3 – Bestaand samenwerkingsverband eerste.",
            "Bij willekeurige gewichten staat eerste: Scenario 2 – Centrumregeling in 87 %, Scenario 3 – Bestaand samenwerkingsverband in 6 %, Scenario 4 – Inbedding JHRD in 4 %, Scenario 1 – Expertisecentrum in 3 % van de gevallen.",
            "Als de stappen tussen de scores anders liggen (bijvoorbeeld 'Sterk' veel meer waard dan 'Goed'), blijft Scenario 2 – Centrumregeling eerste in 100 % van de gevallen.",
        ]
    );
    assert_eq!(
        slide_for([0, 0, 0, 0, 0]),
        [
            "Alle gewichten staan op 0: er is geen rangorde om te toetsen. De analyse zonder gewichten geldt wel.",
            "Bij willekeurige gewichten staat eerste: Scenario 2 – Centrumregeling in 87 %, Scenario 3 – Bestaand samenwerkingsverband in 6 %, Scenario 4 – Inbedding JHRD in 4 %, Scenario 1 – Expertisecentrum in 3 % van de gevallen.",
        ]
    );
}

/// The full set against the first example, and back. By hand: weights of
/// the full set without the hidden schaal: 1 + 3 + 1 + 0,5 + 1 (draagvlak)
/// = 6,5, so toezicht 3/6,5 = 46 % and tempo 0,5/6,5 = 8 %; Vervoer
/// 3 + 3 = 6 against 3 + 3,5 = 6,5 mln; both hide s4, so no difference there.
#[test]
fn the_input_differences_between_the_full_set_and_an_example() {
    let data = report_data();
    let a = example(&data, "eigen-scenarios-en-groei.ron");
    let b = open(&data, "full.ron", RICH_SET);
    let expected = [
        (
            "Scenario 'Eigen'",
            "niet aanwezig",
            "toegevoegd: Eigen regeling",
        ),
        (
            "Criterium 'Draagvlak'",
            "niet aanwezig",
            "toegevoegd: Draagvlak",
        ),
        (
            "Scenario 'Zelfstandige GR'",
            "toegevoegd: Zelfstandige gemeenschappelijke regeling (openbaar lichaam)",
            "niet aanwezig",
        ),
        (
            "Scenario 'Voortzetting'",
            "toegevoegd: Voortzetting van de regeling zonder meer",
            "niet aanwezig",
        ),
        ("Gewicht Onafhankelijk toezicht", "1 (20 %)", "3 (46 %)"),
        (
            "Criterium 'Schaal en toekomstvastheid'",
            "zichtbaar",
            "verborgen",
        ),
        (
            "Gewicht Realisatietempo en bestuurlijke belasting",
            "1 (20 %)",
            "0,5 (8 %)",
        ),
        (
            "Score Scenario 1 – Expertisecentrum op 'Onafhankelijk toezicht'",
            "Beperkt",
            "Goed (reden: eigen toezichtteam)",
        ),
        (
            "Buurtkracht Assen",
            "Ingekocht via NMD",
            "Door Assen zelf ingekocht",
        ),
        (
            "Centrumtaak Beschermd wonen",
            "Inclusief centrumtaak",
            "Exclusief centrumtaak",
        ),
        ("Volume Wmo overig 2028", "€ 34 mln", "€ 36,5 mln"),
        (
            "Afleiding van de verhoudingen",
            "gecorrigeerd voor de vermoedelijke drukfout",
            "alle cellen zoals gedrukt",
        ),
        (
            "Toezicht en kwaliteit",
            "volumeregel van het rapport",
            "2 rollen, samen 2,60 fte (het grootste van rollen en volumeregel telt)",
        ),
        ("Productieve uren per fte", "niet ingevuld", "1.300 uur"),
        (
            "Taken Toezicht",
            "geen",
            "1 taak, 3,23 fte (het grootste van taken en volumeregel telt)",
        ),
        (
            "Taken rol Beleid",
            "geen",
            "1 taak, nog niet compleet (in plaats van de volumeregel)",
        ),
        (
            "Groeitaak Vervoer",
            "vanaf 2027, samen € 6 mln over de jaren, fte per mln als Wmo overig",
            "vanaf 2027, samen € 6,5 mln over de jaren, fte per mln als Wmo overig",
        ),
        (
            "Groeitaak Hulpmiddelen",
            "geen",
            "vanaf 2028, samen € 2 mln over de jaren, 2 getypte fte per mln",
        ),
        (
            "Groeitaak Trapliften",
            "vanaf 2027, samen € 2 mln over de jaren, fte per mln als Wmo overig",
            "geen",
        ),
        (
            "Structurele inhuur",
            "geen",
            "Inkoop/CM/CB 0,50 fte (piek inkoop) · Kwaliteit/beleid 0,25 fte ()",
        ),
        (
            "Gewichten Assen",
            "gewichten van de set",
            "legitimiteit 26 %, toezicht 46 %, uitvoerbaarheid 16 %, schaal 0 %, tempo 9 %, draagvlak 4 %",
        ),
        (
            "Gewichten Noordenveld",
            "gewichten van de set",
            "alle gewichten 0",
        ),
        (
            "Gewichten Tynaarlo",
            "gewichten van de set",
            "legitimiteit 0 %, toezicht 0 %, uitvoerbaarheid 0 %, schaal 0 %, tempo 100 %, draagvlak 0 %",
        ),
        (
            "Gezamenlijk profiel",
            "rekenkundig gemiddelde",
            "meetkundig gemiddelde",
        ),
    ];
    let words = |a: &Inputs, b: &Inputs| -> Vec<(String, String, String)> {
        input_differences(&data, a, b)
            .into_iter()
            .map(|d| (d.subject, d.a, d.b))
            .collect()
    };
    let forward: Vec<(String, String, String)> = expected
        .iter()
        .map(|(s, a, b)| ((*s).to_owned(), (*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(words(&a, &b), forward);
    // Back: the same subjects with the values swapped; the presence block
    // lists what the second set adds first, so the two scenario blocks
    // change places.
    let mut backward: Vec<(String, String, String)> = forward
        .iter()
        .map(|(s, a, b)| (s.clone(), b.clone(), a.clone()))
        .collect();
    backward[..4].rotate_left(2);
    let growth = backward
        .iter()
        .position(|(s, _, _)| s == "Groeitaak Hulpmiddelen")
        .unwrap();
    backward[growth..growth + 2].rotate_left(1);
    assert_eq!(words(&b, &a), backward);
}
