//! The headless commands, run as a user would run the binary.

use crate::common::program;
use rust_decimal_macros::dec;

#[test]
fn check_accepts_the_report_data() {
    let out = program()
        .args(["controleer", "--data", "scenarios"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("In orde"));
}

#[test]
fn check_on_a_broken_copy_prints_located_dutch_errors_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["scenarios.ron", "criteria.ron", "staffing.ron"] {
        std::fs::copy(format!("scenarios/{name}"), dir.path().join(name)).unwrap();
    }
    let staffing = dir.path().join("staffing.ron");
    let text = std::fs::read_to_string(&staffing).unwrap();
    let broken = text.replacen("report_volume_mln: 6,", "report_volume_mln: -6,", 1);
    let line = broken[..broken.find("-6,").unwrap()].matches('\n').count() + 1;
    std::fs::write(&staffing, broken).unwrap();

    let out = program()
        .arg("controleer")
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "staffing.ron:{line}:32: segment 'lichte_jeugd_overig': volume −6 mln ligt niet tussen 0 en 10.000 mln; een volume kan niet negatief zijn"
        )),
        "{stderr}"
    );
    assert!(stderr.ends_with("1 probleem gevonden.\n"), "{stderr}");
}

#[test]
fn report_text_has_staffing_source_check_and_ranking() {
    let out = program()
        .args(["rapport", "--data", "scenarios", "--gewichten", "0,0,0,0,1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("MINIMALE FORMATIE PER JAAR"));
    assert!(text.contains("BRONNENCONTROLE"));
    // Tabel 7, "2025 – Huidig": 21,28 fte published.
    assert!(text.contains("totaal 21,28 fte"), "{text}");
    // Tempo only: scenario 1 first (§5.4 "Zeer snel").
    assert!(text.contains("1. Scenario 1 – Expertisecentrum"), "{text}");
}

#[test]
fn report_csv_opens_in_dutch_excel() {
    let out = program()
        .args([
            "rapport",
            "--data",
            "scenarios",
            "--formaat",
            "csv",
            "--keuze",
            "buurtkracht=assen",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let bytes = out.stdout;
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("Jaar;Management;Inkoop/CM/CB;"));
    // 2028 with Buurtkracht by Assen: Tabel 6 volume 51 mln ("51,0").
    let row_2028 = text.lines().find(|l| l.starts_with("2028;")).unwrap();
    assert!(row_2028.contains(";51,0;"), "{row_2028}");
    assert!(!row_2028.contains('.'), "decimal comma only: {row_2028}");
}

#[test]
fn report_refuses_unknown_choice_with_a_dutch_message() {
    let out = program()
        .args(["rapport", "--keuze", "buurtkracht=misschien"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("onbekende optie 'misschien'"), "{stderr}");
}

#[test]
fn report_with_a_built_in_set_and_a_comparison() {
    let out = program()
        .args([
            "rapport",
            "--data",
            "scenarios",
            "--set",
            "berenschot",
            "--vergelijk-met",
            "klankbordgroep",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with(
        "Vergelijking: A = Berenschot (rapport) · B = Klankbordgroep toezicht en kwaliteit"
    ));
    // Roles of hoofdstuk 8 (1,6 + 1,6 + 1,6 + 1 = 5,80) against Tabel 7's
    // 2028 row (Toezicht 3,22 + Kwaliteit/beleid 1,1 = 4,32): +1,48.
    let line = text
        .lines()
        .find(|l| l.contains("Toezicht en kwaliteit 2028: +"))
        .unwrap_or_else(|| panic!("no 2028 line in {text}"));
    assert!(
        line.contains("ten opzichte van Berenschot (rapport)"),
        "{line}"
    );
    let difference = fte_after(line, "Toezicht en kwaliteit 2028: +");
    let expected = dec!(1.6) * dec!(3) + dec!(1) - (dec!(3.22) + dec!(1.1));
    assert!((difference - expected).abs() <= dec!(0.01), "{line}");
}

#[test]
fn report_with_a_set_file_reproduces_its_figures_and_refuses_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("set.ron");
    std::fs::write(
        &good,
        "(format: 1, name: \"Groei\", volumes_mln: [(\"wmo_overig\", {2028: 44})], choices: [(\"buurtkracht\", \"assen\")])",
    )
    .unwrap();
    let out = program()
        .args(["rapport", "--data", "scenarios", "--set"])
        .arg(&good)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Aannameset: Groei"));
    assert!(
        text.contains("Wmo overig 2028: € 44 mln (rapport: € 34 mln)"),
        "{text}"
    );

    let bad = dir.path().join("fout.ron");
    std::fs::write(
        &bad,
        "(format: 1, name: \"x\", choices: [(\"buurtkracht\", \"misschien\")])",
    )
    .unwrap();
    let out = program()
        .args(["rapport", "--data", "scenarios", "--set"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Column 50: where "misschien" starts (counted with Python: s.index('"misschien') + 1).
    assert!(
        stderr.contains("fout.ron:1:50: onbekende optie 'misschien' voor keuze 'buurtkracht'"),
        "{stderr}"
    );
}

#[test]
fn the_robustness_part_of_the_report_is_reproducible_with_its_seed() {
    let run = |extra: &[&str]| {
        let out = program()
            .args(["rapport", "--data", "scenarios"])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        text[text
            .find("HOE ROBUUST IS DE RANGORDE?")
            .expect("robustness section")..]
            .to_owned()
    };
    let a = run(&["--seed", "7"]);
    assert!(a.contains("(seed 7)"), "{a}");
    assert_eq!(a, run(&["--seed", "7"]), "same seed, same text");
    let b = run(&["--seed", "8", "--belang", "toezicht,legitimiteit"]);
    assert!(b.contains("met als volgorde van belang 'Onafhankelijk toezicht' ≥ 'Juridische en bestuurlijke legitimiteit'"), "{b}");
    let out = program()
        .args(["rapport", "--belang", "toezicht,kleur"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("onbekend criterium 'kleur'"));
}

/// The Dutch number right after `prefix` in `line` ("+1,45 fte" → 1.45).
fn fte_after(line: &str, prefix: &str) -> rust_decimal::Decimal {
    let start = line.find(prefix).expect("prefix in line") + prefix.len();
    let number = line[start..].split(' ').next().unwrap_or_default();
    nmd_scenarios::numbers::parse_typed(number).expect("a number")
}

/// One language on the command line: the Dutch names, with the English
/// names of earlier versions still working (hidden) so scripts do not
/// break.
#[test]
fn dutch_names_and_the_old_english_ones_give_the_same_output() {
    let dutch = crate::common::run(&["rapport", "--gewichten", "1,2,1,1,1"]);
    let english = crate::common::run(&["report", "--weights", "1,2,1,1,1"]);
    assert_eq!(dutch.2, 0, "{}", dutch.1);
    assert_eq!(dutch, english);
    let pairs: [(&[&str], &[&str]); 4] = [
        (
            &[
                "rapport",
                "--formaat",
                "csv",
                "--keuze",
                "buurtkracht=assen",
            ],
            &["report", "--format", "csv", "--choice", "buurtkracht=assen"],
        ),
        (
            &["rapport", "--trekkingen", "200", "--belang", "toezicht"],
            &["report", "--draws", "200", "--importance", "toezicht"],
        ),
        (
            &[
                "rapport",
                "--vergelijk-met",
                "klankbordgroep",
                "--formaat",
                "tekst",
            ],
            &[
                "report",
                "--compare-with",
                "klankbordgroep",
                "--format",
                "text",
            ],
        ),
        (&["controleer"], &["check"]),
    ];
    for (dutch, english) in pairs {
        let (a, b) = (crate::common::run(dutch), crate::common::run(english));
        assert_eq!(a.2, 0, "{dutch:?}: {}", a.1);
        assert_eq!(a, b, "{dutch:?}");
    }
}

#[test]
fn help_shows_only_the_dutch_names() {
    let mut texts = vec![crate::common::run(&["--help"]).0];
    for command in ["rapport", "controleer", "figuur", "bijlage"] {
        texts.push(crate::common::run(&[command, "--help"]).0);
    }
    let help = texts.join("\n");
    for dutch in [
        "rapport",
        "controleer",
        "--gewichten",
        "--keuze",
        "--formaat",
        "--vergelijk-met",
        "--trekkingen",
        "--belang",
        "--uit",
        "--weergave",
    ] {
        assert!(help.contains(dutch), "{dutch} missing from help");
    }
    for english in [
        "report",
        "check",
        "--weights",
        "--choice",
        "--format",
        "--compare-with",
        "--draws",
        "--importance",
        "--out",
    ] {
        let word = |w: &str| {
            help.split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '[' | ']' | '(' | ')' | '\'' | '.')
            })
            .any(|token| token == w)
        };
        assert!(!word(english), "'{english}' shown in help:\n{help}");
    }
    // A Dutch user who types the English name's Dutch twin is helped in
    // Dutch, not pointed to an English name.
    let (_, stderr, code) = crate::common::run(&["rapport", "--gewicht", "1"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("'--gewichten'"), "{stderr}");
}

/// `--version` names the program's version and the data built into it, by
/// name and fingerprint (as every export does).
#[test]
fn version_names_the_program_and_the_built_in_data() {
    let (out, _, code) = crate::common::run(&["--version"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(format!("nmd-scenarios {}", env!("CARGO_PKG_VERSION")).as_str())
    );
    let data = crate::common::report_data();
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "Ingebouwde gegevens: {} · vingerafdruk {}",
                data.name,
                nmd_scenarios::model::fingerprint::short(&data.fingerprint)
            )
            .as_str()
        )
    );
}

/// `--help` names every output, and the word a user tries for the
/// workbook works; `figuur --help` names every figure by the word the
/// menu shows (typed here from the menu Beeld and the tab names).
#[test]
fn every_output_has_its_command_and_every_figure_its_word() {
    let (help, _, code) = crate::common::run(&["--help"]);
    assert_eq!(code, 0);
    for output in ["rapport", "CSV", "werkmap", "xlsx", "figuur", "bijlage"] {
        assert!(
            help.contains(output),
            "{output} missing from --help:\n{help}"
        );
    }
    let (figure_help, _, _) = crate::common::run(&["figuur", "--help"]);
    for word in [
        "rangorde",
        "formatie",
        "kostenprofiel",
        "gemeenten",
        "lasten",
        "kosten-per-scenario",
        "alles",
    ] {
        assert!(
            figure_help.contains(word),
            "{word} missing from figuur --help:\n{figure_help}"
        );
    }
    // The menu's word and the old one both parse (the figure itself needs
    // a renderer: only that the word is understood is checked here).
    for word in ["gemeenten", "deelnemers", "kostenprofiel", "kosten"] {
        let (_, stderr, code) = crate::common::run(&[
            "figuur",
            "--weergave",
            word,
            "--uit",
            "/nonexistent-folder/figuur.png",
        ]);
        assert!(
            code != 2 && !stderr.contains("onbekend"),
            "--weergave {word}: {code} {stderr}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("werkmap.xlsx");
    let (stdout, stderr, code) = crate::common::run(&["werkmap", "--uit", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("werkmap.xlsx"), "{stdout}");
    let workbook: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert!(!calamine::Reader::sheet_names(&workbook).is_empty());
}

/// Profiles taken from another set on the command line are named wherever
/// the set is: the text report, the Word appendix's title, the workbook.
#[test]
fn profiles_from_another_set_leave_a_trace_in_every_output() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let from = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/voorbeelden/vijf-profielen.ron"
    );
    let trace = "met profielen en verdeelsleutel uit 'Voorbeeld: vijf profielen";
    let (text, stderr, code) = crate::common::run(&["rapport", "--profielen-uit", from]);
    assert_eq!(code, 0, "{stderr}");
    let line = text.lines().find(|l| l.starts_with("Aannameset:")).unwrap();
    assert!(
        line.contains(&format!("Berenschot (rapport), {trace}")),
        "{line}"
    );

    let docx = dir.path().join("bijlage.docx");
    let (_, stderr, code) = crate::common::run(&[
        "bijlage",
        "--profielen-uit",
        from,
        "--uit",
        docx.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    let mut document = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut document)
        .unwrap();
    let title = "Bijlage: scenario&apos;s NMD – Berenschot (rapport), met profielen en verdeelsleutel uit &apos;Voorbeeld: vijf profielen";
    assert!(
        document.contains(title) || document.contains(&title.replace("&apos;", "'")),
        "appendix title without the profiles' origin"
    );

    let xlsx = dir.path().join("werkmap.xlsx");
    let (_, stderr, code) = crate::common::run(&[
        "werkmap",
        "--profielen-uit",
        from,
        "--uit",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let named = calamine::Reader::worksheets(&mut workbook)
        .into_iter()
        .flat_map(|(_, range)| {
            range
                .used_cells()
                .map(|(_, _, cell)| cell.to_string())
                .collect::<Vec<_>>()
        })
        .any(|cell| cell.contains(trace));
    assert!(named, "no sheet names the profiles' origin");
}
