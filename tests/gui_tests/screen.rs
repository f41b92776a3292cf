//! The comparison screen, driven as a user would (through AccessKit), with
//! the accessibility check on. No display and no GPU needed.

use crate::common::app_harness;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::model::Inputs;
use nmd_scenarios::model::explain::check_item_line;
use nmd_scenarios::model::fit::FitChoice;
use nmd_scenarios::model::load::load_embedded;
use nmd_scenarios::model::source_check::Status;
use nmd_scenarios::window::NmdApp;
use rust_decimal_macros::dec;

fn harness() -> Harness<'static, NmdApp> {
    harness_sized(1366.0, 768.0)
}

fn harness_sized(width: f32, height: f32) -> Harness<'static, NmdApp> {
    app_harness(width, height)
}

/// The fte of the label whose accessible name starts with `prefix`
/// ("Totaal 2028: 11,31 fte" → 11.31).
fn named_fte(harness: &Harness<'_, NmdApp>, prefix: &str) -> rust_decimal::Decimal {
    let prefix = prefix.to_owned();
    let node = harness
        .query(By::new().predicate(move |node| {
            node.label()
                .as_deref()
                .is_some_and(|l| l.starts_with(prefix.as_str()))
        }))
        .expect("a label with that name");
    let label = node.accesskit_node().label().unwrap_or_default();
    let number = label
        .rsplit(": ")
        .next()
        .unwrap_or_default()
        .trim_end_matches(" fte");
    nmd_scenarios::numbers::parse_typed(number).expect("an fte")
}

#[test]
fn moving_a_weight_slider_reranks() {
    let mut harness = harness();
    harness.run();
    // criteria.ron levels (legitimiteit, toezicht, uitvoerbaarheid, schaal,
    // tempo): s1 2,2,2,2,5 · s2 5,5,4,4,3 · s3 3,4,4,3,4 · s4 3,4,3,5,2.
    // Equal weights: s2 21/5, s3 18/5, s4 17/5, s1 13/5.
    for label in [
        "1. Scenario 2 – Centrumregeling",
        "2. Scenario 3 – Bestaand samenwerkingsverband",
        "3. Scenario 4 – Inbedding JHRD",
        "4. Scenario 1 – Expertisecentrum",
    ] {
        harness.get_by_label(label);
    }

    harness
        .get_by_role_and_label(Role::Slider, "Realisatietempo en bestuurlijke belasting")
        .set_value_accesskit(8.0);
    harness.run();

    let data = load_embedded().unwrap();
    let tempo = data.criterion_index("tempo").unwrap();
    assert_eq!(
        harness.state().workspace().inputs().criteria[tempo].weight,
        dec!(8)
    );
    // Tempo weighs 8 of 12: s1 (2+2+2+2+40)/12 = 4, s3 46/12, s2 42/12,
    // s4 31/12.
    for label in [
        "1. Scenario 1 – Expertisecentrum",
        "2. Scenario 3 – Bestaand samenwerkingsverband",
        "3. Scenario 2 – Centrumregeling",
        "4. Scenario 4 – Inbedding JHRD",
    ] {
        harness.get_by_label(label);
    }
    // Share of the total next to the slider: 8 / 12 = 67 %.
    harness.get_by_label("= 67 %");
}

#[test]
fn switching_buurtkracht_shows_the_2028_total_of_tabel_7() {
    let mut harness = harness();
    harness.run();
    // Tabel 7, "2028- NMD-gemeenten incl. Buurtkracht …": 11,27 fte. The
    // computed figure differs by the report's own Kwaliteit/beleid
    // inconsistency (source check), so within 0,05.
    let default_2028 = named_fte(&harness, "Totaal 2028: ");
    assert!(
        (default_2028 - dec!(11.27)).abs() <= dec!(0.05),
        "{default_2028}"
    );

    harness.get_by_label("Door Assen zelf ingekocht").click();
    harness.run();

    // Tabel 7, "2028 – Buurtkracht door Assen zelfstandig", toezicht kept at
    // 3,22: the upper end of "7,65 tot 8,43" (with the row's misprint
    // corrected, see the source check), within 0,02.
    let assen_2028 = named_fte(&harness, "Totaal 2028: ");
    assert!(
        (assen_2028 - dec!(8.43)).abs() <= dec!(0.02),
        "{assen_2028}"
    );
}

#[test]
fn an_invalid_volume_is_refused_with_a_message_and_the_old_value_kept() {
    // Tall enough that the volume grid in the side panel needs no scrolling.
    let mut harness = harness_sized(1366.0, 1300.0);
    harness.run();
    harness.get_by_label("Volumes per segment (€ mln)").click();
    harness.run();
    let data = load_embedded().unwrap();
    let segment = data.segment_index("wmo_overig").unwrap();
    let year = data.year_index(2028).unwrap();

    let field = harness.get_by_label("Volume Wmo overig 2028");
    field.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Volume Wmo overig 2028")
        .type_text("-5");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();

    assert_eq!(
        harness.state().workspace().inputs().volumes_mln[segment][year],
        dec!(34)
    );
    harness.get_by_label_contains(
        "Wmo overig 2028: '-5' geweigerd – volume −5 mln ligt niet tussen 0 en 10.000 mln; een volume kan niet negatief zijn",
    );
    harness.get_by_label_contains("De vorige waarde (€ 34 mln) blijft staan");
    assert_eq!(
        harness
            .get_by_label("Volume Wmo overig 2028")
            .value()
            .as_deref(),
        Some("34")
    );

    // A valid entry goes through, and 2028 is then marked "berekend".
    harness.get_by_label("Volume Wmo overig 2028").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Volume Wmo overig 2028")
        .type_text("40,5");
    harness.run();
    harness.key_press(egui::Key::Enter);
    // The side panel follows its content's width; Tabel 5's rows settle
    // over a few frames after that.
    harness.run_steps(15);
    assert_eq!(
        harness.state().workspace().inputs().volumes_mln[segment][year],
        dec!(40.5),
        "buffer {:?}",
        harness.get_by_label("Volume Wmo overig 2028").value()
    );
    assert!(harness.query_by_label_contains("geweigerd").is_none());
}

#[test]
fn the_source_check_view_lists_what_the_model_lists() {
    let mut harness = harness();
    harness.run();
    harness
        .get_by_label_contains("Bronnencontrole: 1 vermoedelijke drukfout")
        .click();
    harness.run();
    // The suspected misprint of Tabel 7 (row '2028 – Buurtkracht door Assen
    // zelfstandig', Kwaliteit/beleid printed 0,68 where 0,57 fits) is
    // listed, and with the corrected fit nothing else deviates.
    harness.get_by_label("Vermoedelijke drukfout");
    let app = harness.state();
    let misprints: Vec<String> = app
        .workspace()
        .check()
        .items
        .iter()
        .filter(|i| i.status == Status::SuspectedMisprint)
        .map(|item| format!("• {}", check_item_line(app.workspace().data(), item)))
        .collect();
    assert_eq!(misprints.len(), 1);
    assert!(misprints[0].contains("0,68") && misprints[0].contains("0,57"));
    harness.get_by_label(&misprints[0]);
    assert!(harness.query_by_label("Afwijkingen").is_none());

    // Fitting all cells as printed shifts correct rows: they are listed.
    harness
        .get_by_role_and_label(Role::RadioButton, "Alle cellen zoals gedrukt")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.workspace().inputs().fit, FitChoice::AllCells);
    let lines: Vec<String> = app
        .workspace()
        .check()
        .discrepancies()
        .map(|item| format!("• {}", check_item_line(app.workspace().data(), item)))
        .collect();
    assert!(!lines.is_empty());
    harness.get_by_label("Afwijkingen");
    for line in lines {
        harness.get_by_label(&line);
    }
}

#[test]
fn no_recompute_without_a_change() {
    let mut harness = harness();
    harness.run();
    let count = harness.state().workspace().recompute_count();
    harness.run_steps(10);
    assert_eq!(harness.state().workspace().recompute_count(), count);
}

#[test]
fn all_weights_zero_shows_a_message_instead_of_a_ranking() {
    let mut harness = harness();
    harness.run();
    for name in [
        "Juridische en bestuurlijke legitimiteit",
        "Onafhankelijk toezicht",
        "Uitvoerbaarheid en organisatiekracht",
        "Schaal en toekomstvastheid",
        "Realisatietempo en bestuurlijke belasting",
    ] {
        harness
            .get_by_role_and_label(Role::Slider, name)
            .set_value_accesskit(0.0);
        harness.run();
    }
    harness.get_by_label_contains("Alle gewichten staan op 0: er is geen rangorde.");
    assert!(harness.query_by_label_contains("1. Scenario").is_none());
}

#[test]
fn a_broken_data_folder_shows_located_errors_and_keeps_the_data() {
    let mut harness = harness();
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    for name in ["scenarios.ron", "criteria.ron", "staffing.ron"] {
        std::fs::copy(format!("scenarios/{name}"), dir.path().join(name)).unwrap();
    }
    let criteria = dir.path().join("criteria.ron");
    let text = std::fs::read_to_string(&criteria).unwrap();
    std::fs::write(
        &criteria,
        text.replacen("level: \"Beperkt\"", "level: \"Slecht\"", 1),
    )
    .unwrap();
    let line = text[..text.find("level: \"Beperkt\"").unwrap()]
        .matches('\n')
        .count()
        + 1;

    harness.state_mut().load_folder(dir.path().to_path_buf());
    harness.run();

    harness.get_by_label_contains(&format!("criteria.ron:{line}:"));
    harness.get_by_label_contains("onbekend niveau 'Slecht'");
    // Said twice: in the notice and in the error window.
    assert_eq!(
        harness
            .get_all_by_label_contains("de huidige gegevens blijven staan")
            .count(),
        2
    );
    assert_eq!(
        harness.state().workspace().data().name,
        "Berenschot 2025 (rapport 76271)"
    );
    harness.get_by_label("Sluiten").click();
    harness.run();
    assert!(harness.state().problems().is_none());
}

#[test]
fn another_regions_folder_replaces_the_data() {
    let mut harness = harness();
    harness.run();
    harness
        .state_mut()
        .load_folder("tests/fixtures/other_region".into());
    harness.run();
    assert_eq!(harness.state().workspace().data().scenarios.len(), 3);
    harness.get_by_label("Gegevens geladen: Voorbeeldregio (testgegevens)");
    harness.get_by_label("1. Scenario 1 – Licht");
    harness.get_by_role_and_label(Role::Slider, "Arbeidsmarkt");
}

#[test]
fn the_robustness_panel_shows_the_models_sentences_and_follows_the_weights() {
    use nmd_scenarios::model::robustness::{RobustnessOptions, robustness};
    let mut harness = harness();
    harness.run();
    harness
        .get_by_label("Hoe robuust is deze rangorde? Bekijk")
        .click();
    harness.run();
    let data = load_embedded().unwrap();
    let inputs = Inputs::report_defaults(&data);
    let expected = robustness(&data, &inputs, &RobustnessOptions::from_inputs(&inputs));
    // Hand check (criteria.ron scores): with share t for 'Schaal' and the
    // other four at (1 − t)/4 each, scenario 2 scores (1 − t)·(5+5+4+3)/4 + 4t
    // = 4,25 − 0,25t and scenario 4 (1 − t)·(3+4+3+2)/4 + 5t = 3 + 2t; they
    // cross at t = 1,25 / 2,25 = 5/9 = 56 %.
    let schaal = &expected.texts.first_place[data.criterion_index("schaal").unwrap()];
    assert!(schaal.contains("tot 56 %"), "{schaal}");
    harness.get_by_label(schaal);

    harness
        .get_by_role_and_label(Role::Slider, "Schaal en toekomstvastheid")
        .set_value_accesskit(3.0);
    harness.run();
    let mut moved = inputs.clone();
    moved.criteria[data.criterion_index("schaal").unwrap()].weight = dec!(3);
    let expected = robustness(&data, &moved, &RobustnessOptions::from_inputs(&moved));
    let sentence = &expected.texts.first_place[data.criterion_index("schaal").unwrap()];
    assert_ne!(sentence, schaal);
    harness.get_by_label(sentence);
    assert!(harness.get_all_by_label_contains("seed 76271").count() >= 1);
}

#[test]
fn a_stacked_bar_gives_each_segment_its_own_hover_text() {
    use nmd_scenarios::ui::style::{BarSegment, stacked_bar_ui};
    let origin = std::sync::Arc::new(std::sync::Mutex::new(egui::Pos2::ZERO));
    let drawn_at = origin.clone();
    let mut harness = Harness::builder()
        .with_size([400.0, 100.0])
        .build_ui(move |ui| {
            *drawn_at.lock().unwrap() = ui.cursor().min;
            let segments = [
                BarSegment {
                    fraction: 0.25,
                    label: "1".into(),
                    short_label: String::new(),
                    hover: "eerste stuk",
                },
                BarSegment {
                    fraction: 0.0,
                    label: "2".into(),
                    short_label: String::new(),
                    hover: "leeg stuk",
                },
                BarSegment {
                    fraction: 0.5,
                    label: "3".into(),
                    short_label: String::new(),
                    hover: "derde stuk",
                },
            ];
            stacked_bar_ui(
                ui,
                "test",
                egui::vec2(200.0, 20.0),
                &segments,
                12.0,
                ("Test", "test"),
            );
        });
    harness.run();
    let at = *origin.lock().unwrap();
    let (left, y) = (at.x, at.y + 10.0);
    // The third segment spans 25 %..75 % of the bar's 200 px.
    harness.hover_at(egui::pos2(left + 100.0, y));
    harness.run_steps(30);
    assert!(harness.query_by_label("derde stuk").is_some());
    assert!(harness.query_by_label("leeg stuk").is_none());
    harness.hover_at(egui::pos2(left + 10.0, y));
    harness.run_steps(30);
    assert!(harness.query_by_label("eerste stuk").is_some());
}

#[test]
fn starting_on_a_broken_folder_shows_the_report_and_a_titled_error_window() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["scenarios.ron", "criteria.ron", "staffing.ron"] {
        std::fs::copy(format!("scenarios/{name}"), dir.path().join(name)).unwrap();
    }
    let staffing = dir.path().join("staffing.ron");
    let text = std::fs::read_to_string(&staffing).unwrap();
    let broken = text.replacen("report_volume_mln: 12,", "report_volume_mln: twaalf,", 1);
    let line = broken[..broken.find("twaalf").unwrap()]
        .matches('\n')
        .count()
        + 1;
    std::fs::write(&staffing, broken).unwrap();
    let app = nmd_scenarios::window::app_for(Some(dir.path()));
    let mut harness = crate::common::harness_for(app, 1366.0, 768.0);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Gegevens niet geladen")
            .is_some(),
        "the error window has a title"
    );
    let notice = &harness.state().notice().expect("a notice").text;
    assert!(notice.contains("(1 probleem)"), "{notice}");
    assert!(
        harness
            .query_by_label_contains(&format!(
                "staffing.ron:{line}:32: verwacht een getal, gevonden: twaalf"
            ))
            .is_some()
    );
    assert_eq!(harness.state().workspace().data_origin(), "ingebouwd");
}

/// The rectangle of the label with exactly this text right of `min_x`
/// (the side panel repeats some names).
fn label_rect_right_of(harness: &Harness<'_, NmdApp>, text: &str, min_x: f32) -> egui::Rect {
    let rects: Vec<egui::Rect> = harness
        .query_all_by_label(text)
        .filter(|n| n.accesskit_node().role() == Role::Label)
        .map(|n| n.rect())
        .filter(|r| r.left() > min_x)
        .collect();
    assert_eq!(
        rects.len(),
        1,
        "one label {text:?} right of x = {min_x}: {rects:?}"
    );
    rects[0]
}

#[test]
fn a_legend_colour_stays_on_the_row_of_its_name() {
    // At 1366×768 the staffing legend takes two rows. Each name comes after
    // its colour swatch on the same row, so no name starts further left than
    // the first one (which follows the first swatch), and none is broken.
    let data = load_embedded().unwrap();
    let mut harness = harness();
    harness.run();
    let panel_right = harness.get_by_label("Gelijk maken").rect().right();
    // Numbered as the bars are.
    let names: Vec<String> = data
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{} {}", i + 1, c.name))
        .collect();
    let first = label_rect_right_of(&harness, &names[0], panel_right);
    let mut rows = 1;
    for name in &names[1..] {
        let rect = label_rect_right_of(&harness, name, panel_right);
        assert!(
            rect.left() >= first.left() - 0.5,
            "{name:?} starts a row without its swatch: {rect:?}, first name at {first:?}"
        );
        assert!(
            rect.height() < first.height() * 1.5,
            "{name:?} is broken over lines"
        );
        if rect.top() > first.bottom() {
            rows = 2;
        }
    }
    assert_eq!(
        rows, 2,
        "the legend should wrap at this width (else this test checks nothing)"
    );
}
