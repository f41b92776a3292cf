//! The command line with bad input: Dutch help and errors (no clap English),
//! devices, pipes and links refused quickly, a byte-order mark accepted,
//! refused numbers, all-zero weights, and the report's trust features
//! (default totals, the misprint, roles that add up).

use crate::common::program;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn run(args: &[&str]) -> Output {
    program().args(args).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const ENGLISH: [&str; 9] = [
    "error:",
    "Usage:",
    "Print help",
    "Options:",
    "possible values",
    "[OPTIONS]",
    "For more information",
    "tip:",
    "Commands:",
];

fn assert_dutch(text: &str) {
    for english in ENGLISH {
        assert!(!text.contains(english), "English '{english}' in:\n{text}");
    }
}

#[test]
fn help_is_dutch() {
    for args in [
        &["--help"][..],
        &["rapport", "--help"],
        &["controleer", "-h"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = stdout(&out);
        assert!(text.contains("Gebruik:"), "{text}");
        assert!(text.contains("Opties"), "{text}");
        assert_dutch(&text);
    }
    assert!(stdout(&run(&["--help"])).contains("Opdrachten"));
}

#[test]
fn parse_errors_are_dutch_with_exit_code_2() {
    let cases: [(&[&str], &str); 5] = [
        (&["rapport", "--seed", "abc"], "'abc' is geen getal"),
        (&["rapport", "--onbekend"], "onbekende optie '--onbekend'"),
        (
            &["rapport", "--formaat", "xml"],
            "ongeldige waarde 'xml' voor '--formaat",
        ),
        (
            &["raport"],
            "onbekende opdracht 'raport'; bedoelt u 'rapport'?",
        ),
        (
            &["rapport", "--trekkingen", "0"],
            "aantal trekkingen 0 ligt niet tussen 1 en 1.000.000",
        ),
    ];
    for (args, words) in cases {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let text = stderr(&out);
        assert!(text.contains(words), "{args:?}: {text}");
        assert!(
            text.starts_with("Fout: ") || text.starts_with("--"),
            "{text}"
        );
        assert_dutch(&text);
    }
    // The valid values are named.
    assert!(stderr(&run(&["rapport", "--formaat", "xml"])).contains("kies uit: tekst, csv"));
}

#[test]
fn a_capped_draws_says_so_in_the_report() {
    let out = run(&["rapport", "--trekkingen", "5000000"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Opmerking: --trekkingen 5.000.000 is begrensd op 1.000.000 trekkingen"),
        "{}",
        &text[..600]
    );
}

/// Runs `args` and asserts it finishes within `limit` (devices and pipes
/// must not hang the program) with a Dutch message and exit code 1.
fn refused_quickly(args: &[&str], words: &str) {
    let started = Instant::now();
    let mut child = program()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("{args:?} did not finish within 5 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{args:?} took {:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
    assert!(stderr(&out).contains(words), "{args:?}: {}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn devices_pipes_and_links_to_them_are_refused_within_a_second() {
    let not_a_file = "dit is geen gewoon bestand";
    refused_quickly(&["rapport", "--set", "/dev/zero"], not_a_file);
    refused_quickly(&["rapport", "--set", "/dev/urandom"], not_a_file);
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pijp.ron");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        refused_quickly(&["rapport", "--set", fifo.to_str().unwrap()], not_a_file);
    }
    let link = dir.path().join("nul.ron");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    refused_quickly(&["rapport", "--set", link.to_str().unwrap()], not_a_file);
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    refused_quickly(
        &["rapport", "--set", a.to_str().unwrap()],
        "vormen een kring",
    );
}

#[test]
fn a_set_with_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    std::fs::write(
        &path,
        "\u{feff}(\r\n  format: 1,\r\n  name: \"Met BOM\",\r\n  weights: [(\"tempo\", 3)],\r\n)\r\n",
    )
    .unwrap();
    let out = run(&["rapport", "--set", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Aannameset: Met BOM"));
}

#[test]
fn all_zero_weights_behave_the_same_from_the_command_line_and_a_set() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("nul.ron");
    let zeros: Vec<String> = [
        "legitimiteit",
        "toezicht",
        "uitvoerbaarheid",
        "schaal",
        "tempo",
    ]
    .iter()
    .map(|id| format!("(\"{id}\", 0)"))
    .collect();
    std::fs::write(
        &set,
        format!(
            "(format: 1, name: \"Nul\", weights: [{}])",
            zeros.join(", ")
        ),
    )
    .unwrap();
    for args in [
        vec!["rapport", "--gewichten", "0,0,0,0,0"],
        vec!["rapport", "--set", set.to_str().unwrap()],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        // One wording in every output: the window's, the warning's and
        // the report's.
        let said = "lle gewichten staan op 0: er is geen rangorde. Geef minstens één criterium een gewicht groter dan 0.";
        assert!(stderr(&out).contains(&format!("Let op: a{said}")));
        assert!(stdout(&out).contains(&format!("A{said}")));
    }
}

#[test]
fn the_default_report_matches_tabel_7_and_counts_one_misprint() {
    let out = run(&["rapport"]);
    let text = stdout(&out);
    // Tabel 7: 2026 10,47 and 2028 11,27 published; computed within
    // rounding (0,01 per cell adds up to 0,02 per total).
    let row = |year: &str| {
        text.lines()
            .find(|l| l.starts_with(year))
            .unwrap_or_else(|| panic!("no {year} row"))
            .to_owned()
    };
    assert!(row("2026").contains("10,46"), "{}", row("2026"));
    assert!(row("2026").contains("totaal 10,47 fte"));
    assert!(row("2028").contains("11,28"), "{}", row("2028"));
    assert!(row("2028").contains("totaal 11,27 fte"));
    assert!(text.contains("Kwaliteit/beleid 0,68 is vermoedelijk een drukfout: gerekend met 0,57"));
    let check = stdout(&run(&["controleer"]));
    assert!(
        check.contains("Bronnencontrole: 1 vermoedelijke drukfout, "),
        "{check}"
    );
    assert!(!check.contains("afwijking"), "{check}");
}

#[test]
fn the_klankbordgroep_report_names_its_roles_and_warns_for_one_person() {
    let text = stdout(&run(&[
        "rapport",
        "--set",
        "klankbordgroep",
        "--formaat",
        "csv",
    ]));
    for role in [
        "Toezicht Rechtmatigheid (2 personen)",
        "Toezicht Kwaliteit (2 personen)",
        "Kwaliteitsmanager Wmo en Jeugd (2 personen)",
        "Beleid (één persoon)",
        "Toezicht (vervangen, telt niet mee)",
    ] {
        assert!(text.contains(role), "{role}");
    }
    // A supervision role with one person: the report warns.
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("een.ron");
    std::fs::write(
        &set,
        "(format: 1, name: \"Eén toezichthouder\", supervision: Roles(combine: Larger, roles: [(name: \"Toezicht\", fte: 1.6, people: 1, four_eyes: true)]))",
    )
    .unwrap();
    let out = run(&["rapport", "--set", set.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(text.contains("VIER-OGENPRINCIPE"), "{text}");
    assert!(text.contains("Toezicht: één persoon – een toezichtrol vraagt minstens 2 personen"));
}

#[test]
fn csv_header_states_the_assumptions_and_neutralises_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("formule.ron");
    std::fs::write(
        &set,
        "(format: 1, name: \"=HYPERLINK(\\\"http://x\\\")\", author: \"@kwaad\")",
    )
    .unwrap();
    let out = run(&[
        "rapport",
        "--set",
        set.to_str().unwrap(),
        "--formaat",
        "csv",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    for label in [
        "Gegevens;",
        "Aannameset;",
        "Setbestand;",
        "Gemaakt;",
        "Afleiding;",
        "Keuzes;",
        "Gewichten;",
        "Volumes;",
        "Toezicht en kwaliteit;",
        "Bronnencontrole;",
    ] {
        assert!(csv.contains(label), "{label}");
    }
    assert!(csv.contains("Aannameset;\"'=HYPERLINK("), "{}", &csv[..800]);
    assert!(csv.contains("Auteur van de set;'@kwaad"));
    assert!(!csv.contains(";=HYPERLINK"));
    // The source check names the variant of the double toezicht cells.
    assert!(csv.contains("Toezicht op Buurtkracht: Anders georganiseerd"));
    // Negative numbers stay numbers (a volume change downwards).
    let out = run(&[
        "rapport",
        "--formaat",
        "csv",
        "--volume",
        "wmo_overig:2028=30",
    ]);
    assert!(
        stdout(&out).contains("Volumes;gewijzigd: Wmo overig 2028: € 30 mln (rapport: € 34 mln)")
    );
}

#[test]
fn report_writes_to_a_file_atomically_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.csv");
    let out = run(&[
        "rapport",
        "--formaat",
        "csv",
        "--uit",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Geschreven: /"),
        "{}",
        stdout(&out)
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with('\u{feff}')
    );
    let folder = dir.path().to_str().unwrap();
    let out = run(&["rapport", "--uit", folder]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("dit is een map, geen bestand"),
        "{}",
        stderr(&out)
    );
}

/// Without any renderer: a Dutch message and exit code 1 (on Linux, DX12
/// is not built in, so asking for it alone leaves no adapter).
#[cfg(target_os = "linux")]
#[test]
fn a_figure_without_any_renderer_says_so_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("figuur.png");
    let out = program()
        .args(["figuur", "--uit", path.to_str().unwrap()])
        .env("WGPU_BACKEND", "dx12")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stderr(&out);
    assert!(
        text.starts_with("Geen figuur gemaakt: er is geen grafische kaart"),
        "{text}"
    );
    assert!(text.contains("mesa-vulkan-drivers"), "{text}");
    assert!(!path.exists(), "nothing half-written");
    // --uit is required, in Dutch.
    let out = run(&["figuur"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("verplichte optie ontbreekt: --uit"),
        "{}",
        stderr(&out)
    );
}
