//! Route 1 of the handleiding, the bestuurlijk overleg: five municipalities
//! each weigh the criteria their own way (typed, an order of importance,
//! swing), see where they agree, present it on the projector slide by
//! slide, and go back to work.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::model::additions::WeightMethod;
use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::present::screen::{Screen, Slide};

use super::checks::{SCREENS, Walk};
use super::klankbordgroep::{menu, type_in};

const FIVE_PROFILES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/voorbeelden/vijf-profielen.ron"
);

fn overleg(screen: (f32, f32)) {
    let mut walk = Walk::new("overleg", screen);
    walk.step("open the Gemeenten tab", |h| {
        h.get_by_role_and_label(Role::Tab, "Gemeenten").click();
    });
    walk.step("open the five prepared profiles", |h| {
        h.state_mut().answer_next_dialog_with(FIVE_PROFILES.into());
        menu(h, "Bestand", "Set openen…");
    });
    assert_eq!(walk.h.state().workspace().inputs().profiles.len(), 5);
    // The columns are named (criteria.ron's short names), and the order is
    // said in scenario names, a column per place.
    for head in [
        "Legitimiteit",
        "Toezicht",
        "Uitvoerbaarheid",
        "Schaal",
        "Tempo",
        "Eerste",
        "Vierde",
    ] {
        assert!(walk.texts().iter().any(|t| t == head), "no column '{head}'");
    }
    // vijf-profielen.ron: Aa en Hunze weighs 20/40/20/10/10; with
    // criteria.ron's levels s2 = (5·20+5·40+4·20+4·10+3·10)/100 = 4,5 is
    // first and s3 = (3·20+4·40+4·20+3·10+4·10)/100 = 3,7 second.
    assert!(walk.shows("Centrumregeling"));
    assert!(!walk.shows("2 · 3 · 4 · 1"), "the order in numbers");
    // The chair keeps the meeting's file under a name of the day, numbers
    // untouched: the note stays the preparer's (a real walk found
    // "gewijzigd: ." there).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("overleg.ron");
    walk.step("save as the meeting's own set", |h| {
        menu(h, "Bestand", "Set opslaan als…");
        h.run();
        h.state_mut().answer_next_dialog_with(path.clone());
        // "Auteur (uw naam)" asks the user's name, not the preparer's.
        assert_eq!(
            h.get_by_label("Auteur (uw naam; wordt onthouden)").value(),
            Some(String::new())
        );
        type_in(h, "Naam van de set", "Overleg 5 december");
        type_in(h, "Auteur (uw naam; wordt onthouden)", "Jan de Vries");
        h.key_press(egui::Key::Enter);
    });
    let text = std::fs::read_to_string(&path).expect("the set was written");
    let base = walk.h.state().workspace().base().clone();
    let saved = parse_set(&base, "overleg.ron", &text).unwrap().set;
    assert_eq!(saved.name, "Overleg 5 december");
    assert_eq!(saved.author, "Jan de Vries");
    assert!(
        saved.note.starts_with("VOORBEELD, verzonnen gewichten"),
        "{}",
        saved.note
    );
    walk.step("Noordenveld weighs by swing", |h| {
        h.get_by_label("Hoe Noordenveld weegt").click();
        h.run();
        h.get_by_label("swing").click();
    });
    let noordenveld = walk
        .h
        .state()
        .workspace()
        .inputs()
        .profiles
        .iter()
        .find(|p| p.name == "Noordenveld")
        .unwrap()
        .clone();
    assert_eq!(noordenveld.method, WeightMethod::Swing);
    walk.step("into presentation (F11)", |h| h.key_press(egui::Key::F11));
    assert!(walk.h.state().presentation());
    // The slides as the screen pages them (read once they are measured).
    let slides = walk.h.state().view().unwrap().slides();
    assert_eq!(
        walk.h.state().view().unwrap().window.slide,
        slides[0],
        "F11 starts at the first slide"
    );
    for (i, slide) in slides.iter().enumerate() {
        if i > 0 {
            walk.step(&format!("next slide ({i})"), |h| {
                h.key_press(egui::Key::ArrowRight)
            });
        }
        assert_eq!(walk.h.state().view().unwrap().window.slide, *slide);
        slide_explains_itself(&walk, *slide);
        if slide.screen == Screen::Ranking {
            // The presenter's pointer stays where it was when F11 was
            // pressed. A real walk found the scenario's description resting
            // over the next two bars; the check after the step refuses any
            // tooltip on a slide.
            walk.step("the pointer rests on a scenario for two seconds", |h| {
                h.get_by_label("2. Scenario 3 – Bestaand samenwerkingsverband")
                    .hover();
                h.run_steps(8);
            });
        }
    }
    walk.step("out of presentation (Esc)", |h| {
        h.key_press(egui::Key::Escape)
    });
    assert!(!walk.h.state().presentation());
    // Out of presentation the window's tooltips are back.
    walk.step("the pointer rests on Ongedaan maken", |h| {
        h.get_by_role_and_label(Role::Button, "Ongedaan maken")
            .hover();
        h.run_steps(8);
    });
    assert!(
        walk.h
            .query_all(egui_kittest::kittest::By::new().role(Role::Tooltip))
            .next()
            .is_some(),
        "no tooltip after presentation"
    );
    walk.step("back to the overview", |h| {
        h.get_by_role_and_label(Role::Tab, "Overzicht").click();
    });
    // Back to work: tempo weighs 8 of 12 (the set's other weights are 1):
    // s1 (2+2+2+2+8·5)/12 = 4,00 is first, s3 46/12 = 3,83 second.
    walk.step("weigh tempo 8", |h| {
        h.get_by_role_and_label(Role::Slider, "Realisatietempo en bestuurlijke belasting")
            .set_value_accesskit(8.0);
    });
    assert!(walk.shows(
        "Scenario 1 – Expertisecentrum staat eerste met 4,00, 0,17 punt vóór Scenario 3 – Bestaand samenwerkingsverband"
    ));
}

/// The ten-second test: a slide read cold says who is first, by how much
/// and why, names what its colours and numbers stand for, and speaks
/// plain Dutch.
fn slide_explains_itself(walk: &Walk, slide: Slide) {
    // "dia 3 van 6", a page lettered ("dia 1a van 6"), of the screens
    // that have a slide.
    let position = walk.h.state().view().unwrap().slide_position(slide);
    assert!(position.starts_with("dia "), "{position}");
    assert!(walk.shows(&position), "{slide:?}: where we are");
    match slide.screen {
        Screen::Ranking => {
            // Equal weights (the set's): s2 = 21/5 = 4,20, s3 = 18/5 =
            // 3,60; s2 gains 0,40 on legitimiteit (5 vs 3) and 0,20 on
            // toezicht (5 vs 4).
            assert!(walk.shows(
                "Scenario 2 – Centrumregeling staat eerste met 4,20, 0,60 punt vóór Scenario 3 – Bestaand samenwerkingsverband; het verschil zit vooral in Legitimiteit (+0,40) en Toezicht (+0,20)."
            ));
            for name in [
                "Legitimiteit",
                "Toezicht",
                "Uitvoerbaarheid",
                "Schaal",
                "Tempo",
            ] {
                assert!(walk.shows(&format!("{name} (20 %)")), "key of {name}");
            }
        }
        Screen::CostProfile => {
            // The columns are numbered; the key under the table names them.
            assert!(walk.shows(
                "Scenario 1\u{a0}=\u{a0}Expertisecentrum · 2\u{a0}=\u{a0}Centrumregeling · 3\u{a0}=\u{a0}Bestaand samenwerkingsverband · 4\u{a0}=\u{a0}Inbedding JHRD"
            ));
        }
        Screen::Group => {
            for head in ["Gemeenten", "Eerste keuze", "Zwaarst weegt", "Volgorde"] {
                assert!(walk.texts().iter().any(|t| t == head), "head {head}");
            }
            assert!(walk.shows("2\u{a0}=\u{a0}Centrumregeling"));
        }
        Screen::Robustness => {
            assert!(!walk.shows("codering"), "jargon on the slide");
            assert!(walk.shows("Bij willekeurige gewichten staat eerste"));
        }
        Screen::Staffing => assert!(walk.shows("Minimale formatie")),
        other => panic!("no slide for {other:?}"),
    }
}

#[test]
fn overleg_1366x768() {
    overleg(SCREENS[0]);
}

#[test]
fn overleg_1920x1080() {
    overleg(SCREENS[1]);
}
