//! Issue 29's eight findings, each with its exact set or command and the
//! euros a controller computes by hand. The sets are in
//! `tests/fixtures/costs/`; everything runs the program as a user does.

use crate::common::run;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/costs/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `rapport` with `args`; stdout, or a panic with stderr.
fn report(args: &[&str]) -> String {
    let mut all = vec!["rapport"];
    all.extend(args);
    let (out, err, code) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// The first amount of the costs table's row `name` for every period.
fn row(out: &str, name: &str) -> Vec<String> {
    let section = out
        .split("LASTEN PER GEMEENTE")
        .nth(1)
        .expect("the section LASTEN PER GEMEENTE");
    let line = section
        .lines()
        .find(|l| l.starts_with(&format!("{name}  ")))
        .unwrap_or_else(|| panic!("a row for {name}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| c.starts_with('€'))
        .map(str::to_owned)
        .collect()
}

/// The derivation line of `head` ("Assen 2025").
fn derivation<'a>(out: &'a str, head: &str) -> &'a str {
    out.lines()
        .map(str::trim)
        .find(|l| l.starts_with(&format!("{head}: ")))
        .unwrap_or_else(|| panic!("a derivation for {head}"))
}

/// The key 17/31/18/13/21, one option per participant (as the program
/// has always read it; finding 8 adds the one-argument form).
const KEY: [&str; 10] = [
    "--verdeelsleutel",
    "Aa en Hunze=17",
    "--verdeelsleutel",
    "Assen=31",
    "--verdeelsleutel",
    "Midden-Drenthe=18",
    "--verdeelsleutel",
    "Noordenveld=13",
    "--verdeelsleutel",
    "Tynaarlo=21",
];

/// Finding 1: a segment listed twice under `own_shares` was charged twice
/// (Tynaarlo € 564.685 in 2025). Refused, with file, line and column; the
/// single own share gives, by hand (2025, € 100.000 per fte): Buurtkracht
/// Wmo's terms 0,1175 + 0,61 + 0,29 + 1,01 = 2,0275 fte = € 202.750 for
/// Assen; the rest 21,29 − 2,0275 = 19,2625 fte = € 1.926.250 by the key:
/// Aa en Hunze 17 % = 327.462,50, Tynaarlo 21 % = 404.512,50. Rounded
/// down the five add up to 2.128.998; the two missing euros go to the
/// equal remainders (0,50) in the data's order: Aa en Hunze and Assen.
#[test]
fn finding_1_a_segment_listed_twice_is_refused_with_its_position() {
    let (out, err, code) = run(&["rapport", "--set", &fixture("eigen-dubbel.ron")]);
    assert_eq!(code, 1, "accepted: {out}");
    assert!(
        err.contains("eigen-dubbel.ron:10:23: 'wmo_assen' staat twee keer bij de eigen verdeling"),
        "{err}"
    );
    let set = "(format: 1, name: \"een\", costs: Some((wage_all: Some((eur: 100000)), own_shares: [(segment: \"wmo_assen\", participants: [\"Assen\"])])))";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("een.ron");
    std::fs::write(&path, set).unwrap();
    let out = report(&[&["--set", path.to_str().unwrap()], &KEY[..]].concat());
    assert_eq!(row(&out, "Tynaarlo")[0], "€ 404.512");
    assert_eq!(row(&out, "Aa en Hunze")[0], "€ 327.463");
    assert_eq!(row(&out, "Assen")[0], "€ 799.888");
}

/// Finding 2: parts were rounded separately, then added. Wages € 80.357
/// and other costs € 100,57: 21,29 fte × € 80.357 = 1.710.800,53, plus
/// 100,57 = 1.710.901,10 exact, so € 1.710.901. Assen 31 % = 530.379,341;
/// rounded down the five add up to 1.710.900 and the one missing euro
/// goes to the largest remainder, Assen's 0,341: € 530.380.
#[test]
fn finding_2_the_total_is_rounded_once_and_the_parts_add_up() {
    let out = report(&["--set", &fixture("loon-80357.ron")]);
    assert_eq!(row(&out, "Totaal")[0], "€ 1.710.901");
    assert_eq!(row(&out, "Assen")[0], "€ 530.380");
    let assen = derivation(&out, "Assen 2025");
    assert_eq!(
        assen,
        "Assen 2025: personeel 21,29 fte × € 80.357 × 31 % = € 530.348,16; Overig € 100,57 × 31 % = € 31,18; afronding +€ 0,66; samen € 530.380"
    );
    assert!(out.contains("2025: exact € 1.710.901,10, afgerond € 1.710.901"));
}

/// Finding 3: two rules for half a euro. Other costs € 1.000,50 a year:
/// the header states the amount as typed, the table rounds it half up
/// (€ 1.001), and the year total 2.129.000 + 1.000,50 is € 2.130.001. A
/// transition range € 400.001,50 – € 400.002,50 is € 400.002 – € 400.003.
#[test]
fn finding_3_half_a_euro_goes_up_everywhere() {
    let out = report(&["--set", &fixture("halve-euro.ron")]);
    assert!(
        out.contains("Overige kosten: Advies € 1.000,50 per jaar"),
        "{out}"
    );
    assert_eq!(row(&out, "  waarvan overige kosten")[0], "€ 1.001");
    assert_eq!(row(&out, "Totaal")[0], "€ 2.130.001");
    assert!(
        out.contains("Laag € 400.001,50 – € 400.002,50"),
        "the header states the range as typed"
    );
    assert!(
        out.contains("Scenario 1 – Expertisecentrum (niveau Laag): € 400.002 – € 400.003;"),
        "{out}"
    );
}

/// Finding 4: ties were broken silently. Inhabitants 1, 1, 1, 1, 2 give
/// 16,67 % four times and 33,33 %; rounded down 97 %; the three missing
/// percents go to three of the four equal remainders (0,67), in the
/// data's order, and the output says so. Euros: the single own share of
/// finding 1 leaves four remainders of exactly 0,50 in 2025; the two
/// missing euros go to the first two in the data's order, said as well.
#[test]
fn finding_4_ties_go_by_the_data_order_and_are_stated() {
    let out = report(&["--set", &fixture("gelijke-rest.ron")]);
    let percents: Vec<String> = [
        "Aa en Hunze",
        "Assen",
        "Midden-Drenthe",
        "Noordenveld",
        "Tynaarlo",
    ]
    .iter()
    .map(|n| {
        let section = out.split("LASTEN PER GEMEENTE").nth(1).unwrap();
        let line = section.lines().find(|l| l.starts_with(n)).unwrap();
        line.split("  ")
            .map(str::trim)
            .find(|c| c.ends_with('%'))
            .unwrap()
            .to_owned()
    })
    .collect();
    assert_eq!(percents, ["17 %", "17 %", "17 %", "16 %", "33 %"]);
    assert!(
        out.contains("bij gelijke rest (0,67) krijgen Aa en Hunze, Assen en Midden-Drenthe de extra procent, als eerste in de volgorde van de gegevens; Noordenveld niet"),
        "{out}"
    );
    let set = "(format: 1, name: \"een\", costs: Some((wage_all: Some((eur: 100000)), own_shares: [(segment: \"wmo_assen\", participants: [\"Assen\"])])))";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("een.ron");
    std::fs::write(&path, set).unwrap();
    let out = report(&[&["--set", path.to_str().unwrap()], &KEY[..]].concat());
    assert!(
        out.contains("bij gelijke rest (0,50) krijgen Aa en Hunze en Assen de extra euro, als eerste in de volgorde van de gegevens; Noordenveld en Tynaarlo niet"),
        "{out}"
    );
    assert!(out.contains(
        "bij gelijke rest krijgt de eerste in de volgorde van de gegevens de extra euro"
    ));
}

/// Finding 5: the own distribution moved 2,8458 fte in 2028. Both
/// Buurtkracht segments for Assen, by hand: Lichte jeugd Assen's terms
/// 0,0375 + 0,42 + 0,24 + 0,12 = 0,8175 fte, Buurtkracht Wmo's 0,1175 +
/// 0,61 + 0,29 + 1,01 = 2,0275 fte: 2,845 fte × € 100.000 = € 284.500. The
/// supervision "2,44 minus Assen": 3,22 − 2,44 = 0,78 fte over 17 mln,
/// 5 mln → 0,2294 and 12 mln → 0,5506 fte. With it: by the key 11,28 −
/// 2,845 − 0,78 = 7,655 fte; Aa en Hunze 17 % = € 130.135; Assen 31 % =
/// 237.305 + 284.500 + 78.000 + the Huisvesting line's 31/52 of € 50.000
/// (29.807,69) = 629.612,69 → € 629.613. Without it, the key carries the
/// 0,78 fte: 8,435 fte × 17 % = € 143.395 for Aa en Hunze.
#[test]
fn finding_5_the_own_distribution_is_its_terms_and_supervision_is_chosen() {
    // As the issue had it: no word on supervision, which stays with the key.
    let set = "(format: 1, name: \"beide\", costs: Some((wage_all: Some((eur: 100000)), own_shares: [(segment: \"lichte_jeugd_assen\", participants: [\"Assen\"]), (segment: \"wmo_assen\", participants: [\"Assen\"])])))";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("beide.ron");
    std::fs::write(&path, set).unwrap();
    let out = report(&[&["--set", path.to_str().unwrap()], &KEY[..]].concat());
    // 843.500 × 31 % = 261.485, + 81.750 + 202.750 = 545.985.
    assert_eq!(
        derivation(&out, "Assen 2028"),
        "Assen 2028: personeel 8,435 fte × € 100.000 × 31 % = € 261.485; Lichte jeugd Assen (eigen verdeling) 0,8175 fte × € 100.000 = € 81.750; Buurtkracht Wmo (eigen verdeling) 2,0275 fte × € 100.000 = € 202.750; samen € 545.985"
    );
    assert!(out.contains("het toezicht erop gaat naar de verdeelsleutel"));
    let out = report(&["--set", &fixture("eigen-buurtkracht.ron")]);
    let assen = derivation(&out, "Assen 2028");
    for clause in [
        "personeel 7,655 fte × € 100.000 × 31 % = € 237.305",
        "Lichte jeugd Assen (eigen verdeling) 0,8175 fte × € 100.000 = € 81.750",
        "Buurtkracht Wmo (eigen verdeling) 2,0275 fte × € 100.000 = € 202.750",
        "toezicht op Buurtkracht Wmo (eigen verdeling, Toezicht) 0,5506 fte × € 100.000 = € 55.060",
        "toezicht op Lichte jeugd Assen (eigen verdeling, Toezicht) 0,2294 fte × € 100.000 = € 22.940",
        "samen € 629.613",
    ] {
        assert!(assen.contains(clause), "{clause}: {assen}");
    }
    assert_eq!(row(&out, "Aa en Hunze")[3], "€ 130.135");
    assert!(out.contains("het toezicht erop (0,5506 fte Toezicht) ook alleen voor Assen"));
    let out = report(&[
        "--set",
        &fixture("eigen-buurtkracht.ron"),
        "--toezicht-eigen-verdeling",
        "nee",
    ]);
    assert_eq!(row(&out, "Aa en Hunze")[3], "€ 143.395");
    assert!(out.contains("het toezicht erop (0,5506 fte Toezicht) naar de verdeelsleutel"));
    assert!(out.contains(
        "Buurtkracht Wmo alleen voor Assen (artikel 8.4): de fte van dit segment in de afleiding × loonkosten; het toezicht erop gaat naar de verdeelsleutel"
    ));
}

/// Finding 6: not every euro could be traced outside the text report. The
/// CSV has a row per part, the workbook a sheet "Afleiding lasten" with
/// formulas the Lasten sheet refers to; a wage with cents is printed with
/// them (21,29 × 95.500,50 × 17 % = 345.644,96 for Aa en Hunze, where the
/// issue saw "× € 95.501 … = € 345.645"); the
/// exact key percents and who got a percent are shown (rijksbijdragen of
/// the example: 18,6 / 144,7 mln = 12,85 %); Midden-Limburg's derivation
/// multiplies (€ 1.700.000 × 25 % = € 425.000).
#[test]
fn finding_6_every_output_traces_every_euro() {
    let mut args = vec!["--loonkosten", "95.500,50"];
    args.extend(KEY);
    let out = report(&args);
    assert!(
        derivation(&out, "Aa en Hunze 2025")
            == "Aa en Hunze 2025: personeel 21,29 fte × € 95.500,50 × 17 % = € 345.644,96; afronding +€ 0,04; samen € 345.645",
        "{out}"
    );
    let csv = report(&[&["--formaat", "csv"], &args[..]].concat());
    assert!(csv.contains("Afleiding lasten (één rij per onderdeel)"));
    assert!(
        csv.contains("Assen;2025;Management;personeel naar sleutel;0,89;95500,50;;31,0000;31;31;100;26348,59;"),
        "{csv}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.xlsx");
    report(
        &[
            &["--formaat", "xlsx", "--uit", path.to_str().unwrap()],
            &args[..],
        ]
        .concat(),
    );
    let bytes = std::fs::read(&path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut workbook = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("xl/workbook.xml").unwrap(),
        &mut workbook,
    )
    .unwrap();
    assert!(workbook.contains("name=\"Afleiding lasten\""), "{workbook}");
    // The Lasten sheet, wherever it stands: its amounts are formulas on
    // "Afleiding lasten".
    let sheets: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .filter(|n| n.starts_with("xl/worksheets/sheet"))
        .collect();
    let formulas = sheets.iter().any(|name| {
        let mut sheet = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut sheet).unwrap();
        sheet.contains("<f>'Afleiding lasten'!N")
    });
    assert!(
        formulas,
        "no sheet refers to 'Afleiding lasten': {sheets:?}"
    );
    let example = report(&[
        "--set",
        concat!(env!("CARGO_MANIFEST_DIR"), "/docs/voorbeelden/lasten.ron"),
    ]);
    assert!(
        example.contains("exact Aa en Hunze 12,85 %, Assen 36,14 %"),
        "{example}"
    );
    assert!(example.contains("een procent erbij voor de 3 grootste resten: Noordenveld (rest 0,96), Aa en Hunze (rest 0,85) en Tynaarlo (rest 0,83)"));
    let ml = report(&[
        "--data",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/regio-midden-limburg"
        ),
        "--set",
        &fixture("ml.ron"),
    ]);
    assert!(
        ml.contains("Roermond per jaar: Entiteit € 1.700.000 × 25 % = € 425.000"),
        "{ml}"
    );
}

/// Finding 7: implausible amounts were accepted without a word. Warnings,
/// not refusals: loonkosten € 0, € 0,50 and € 1; 2.000 cost lines of
/// € 10⁹ (a year of € 2.000.000.000.000); loonkosten for data without a
/// staffing table.
#[test]
fn finding_7_implausible_amounts_get_a_warning_in_the_output() {
    for wage in ["0", "0,50", "1"] {
        let mut args = vec!["--loonkosten", wage];
        args.extend(KEY);
        let out = report(&args);
        assert!(
            out.contains("liggen onder de ondergrens van € 20.000 per fte"),
            "{wage}: {out}"
        );
        let csv = report(&[&["--formaat", "csv"], &args[..]].concat());
        assert!(csv.contains("Let op: Loonkosten per fte van"), "{wage}");
    }
    let lines: Vec<String> = (0..2000)
        .map(|i| format!("(name: \"Post {i}\", every_year: Some(1000000000))"))
        .collect();
    let set = format!(
        "(format: 1, name: \"veel\", costs: Some((other: [{}], key: Some((method: \"procenten\", values: [(\"Aa en Hunze\", 17), (\"Assen\", 31), (\"Midden-Drenthe\", 18), (\"Noordenveld\", 13), (\"Tynaarlo\", 21)])))))",
        lines.join(", ")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("veel.ron");
    std::fs::write(&path, set).unwrap();
    let out = report(&["--set", path.to_str().unwrap()]);
    assert!(
        out.contains("De lasten liggen boven het plafond van € 25.000.000 per jaar (in 2025 € 2.000.000.000.000"),
        "{out}"
    );
    let ml = report(&[
        "--data",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/regio-midden-limburg"
        ),
        "--set",
        &fixture("ml.ron"),
    ]);
    assert!(ml.contains(
        "Loonkosten per fte zijn ingevuld, maar deze gegevens hebben geen formatietabel: ze worden niet gebruikt."
    ));
}

/// Finding 8: messages that misled. Dutch amounts in every spelling; a
/// negative amount gets the amount's message; several key entries in one
/// argument; 10³⁰ names the bound.
#[test]
fn finding_8_amounts_and_keys_as_users_type_them() {
    for (typed, shown) in [
        ("95500,50", "€ 95.500,50"),
        ("95.500,50", "€ 95.500,50"),
        ("95500", "€ 95.500"),
        ("1234,5", "€ 1.234,50"),
    ] {
        let mut args = vec!["--loonkosten", typed];
        args.extend(KEY);
        let out = report(&args);
        assert!(
            out.contains(&format!(
                "Loonkosten per fte: {shown} voor alle functies en rollen"
            )),
            "{typed}: {out}"
        );
    }
    let (_, err, code) = run(&["rapport", "--loonkosten", "-1"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--loonkosten '-1': loonkosten per fte −1 euro ligt niet tussen 0 en 500.000 euro; een bedrag kan niet negatief zijn"),
        "{err}"
    );
    for several in [
        "Aa en Hunze=17,Assen=31,Midden-Drenthe=18,Noordenveld=13,Tynaarlo=21",
        "Aa en Hunze=17;Assen=31;Midden-Drenthe=18;Noordenveld=13;Tynaarlo=21",
    ] {
        let out = report(&["--loonkosten", "100000", "--verdeelsleutel", several]);
        assert_eq!(row(&out, "Assen")[0], "€ 659.990", "{several}");
    }
    let (_, err, code) = run(&["rapport", "--verdeelsleutel", "Aa en Hunze=17,5,Assen=31"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("gescheiden door puntkomma's (\"Aa en Hunze=17;Assen=31;…\") of met --verdeelsleutel per deelnemer"),
        "{err}"
    );
    let (_, err, code) = run(&["rapport", "--set", &fixture("enorm.ron")]);
    assert_eq!(code, 1);
    assert!(
        err.contains("enorm.ron:6:48: ICT: bedrag 1000000000000000000000000000000 ligt niet tussen 0 en 1.000.000.000 euro"),
        "{err}"
    );
    let (_, err, code) = run(&["rapport", "--loonkosten", "1000000000000000000000000000000"]);
    assert_eq!(code, 2);
    assert!(err.contains("ligt niet tussen 0 en 500.000 euro"), "{err}");
}
