//! Route 1 of the handleiding, "Wat kost het elke gemeente?": the adviser
//! types the loonkosten and the verdeelsleutel in the Lasten tab (a key
//! that does not add up yet waits, and says why), reads each
//! municipality's part with its derivation, charges the Buurtkracht segment
//! to Assen alone, picks the year for the overleg, shows the slide, saves
//! the set, and the chair takes another municipality's profile and key
//! into it.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::window::NmdApp;
use rust_decimal::Decimal;

use super::checks::{SCREENS, Walk};
use super::klankbordgroep::{menu, type_in};

/// Types `text` in the field named `name` and commits it (Enter).
fn type_amount(h: &mut Harness<'static, NmdApp>, name: &str, text: &str) {
    type_in(h, name, text);
    h.key_press(egui::Key::Enter);
    h.run();
}

fn assen_2025(h: &Harness<'static, NmdApp>) -> Option<Decimal> {
    let costs = h.state().workspace().outcome().costs.clone()?;
    let assen = costs.participants.iter().position(|p| p == "Assen")?;
    costs.years[0].per_participant.get(assen)?.total_eur
}

fn lasten(screen: (f32, f32)) {
    let dir = tempfile::tempdir().unwrap();
    let mut walk = Walk::new("lasten", screen);
    walk.step("open the Lasten tab", |h| {
        h.get_by_role_and_label(Role::Tab, "Lasten").click();
    });
    assert!(walk.shows("Nog niets ingevuld"));
    walk.step("loonkosten € 100.000 for every function", |h| {
        type_amount(h, "Loonkosten voor alle functies en rollen", "100.000")
    });
    let wage = walk.h.state().workspace().inputs().costs.wage_all.clone();
    assert_eq!(wage.map(|a| a.eur), Some(Decimal::from(100_000)));

    // The Done-when key: 17, 31, 18, 13 and 21 percent.
    for (name, percent) in [
        ("Aa en Hunze", "17"),
        ("Assen", "31"),
        ("Midden-Drenthe", "18"),
        ("Noordenveld", "13"),
    ] {
        walk.step(&format!("{name} {percent} %"), |h| {
            type_amount(h, &format!("Aandeel {name}"), percent)
        });
    }
    assert!(walk.shows("Nog niet toegepast – nog in te vullen: Tynaarlo; er is nog geen sleutel."));
    assert!(walk.h.state().workspace().inputs().costs.key.is_none());
    walk.step("Tynaarlo 20 %: 99 in all", |h| {
        type_amount(h, "Aandeel Tynaarlo", "20")
    });
    assert!(walk.shows("de percentages tellen op tot 99 %: 1 % te weinig"));
    assert!(walk.h.state().workspace().inputs().costs.key.is_none());
    assert_eq!(
        walk.h.get_by_label("Aandeel Tynaarlo").value().as_deref(),
        Some("20"),
        "the typed share stays"
    );
    walk.step("Tynaarlo 21 %: 100 in all", |h| {
        type_amount(h, "Aandeel Tynaarlo", "21")
    });
    assert!(walk.h.state().workspace().inputs().costs.key.is_some());
    walk.step("back up to the table", |h| {
        h.get_by_label("Aandeel").scroll_to_me();
    });
    // 2025: 21,29 fte as shown (Tabel 7 prints 21,28; the parts add up to
    // 21,29) × € 100.000 = € 2.129.000, and each municipality its percent:
    // Aa en Hunze 17 % = € 361.930, Assen 31 % = € 659.990, Midden-Drenthe
    // 18 % = € 383.220, Noordenveld 13 % = € 276.770, Tynaarlo 21 % =
    // € 447.090 (together € 2.129.000).
    for amount in [
        "€ 2.129.000",
        "€ 361.930",
        "€ 659.990",
        "€ 383.220",
        "€ 276.770",
        "€ 447.090",
    ] {
        assert!(walk.shows(amount), "{amount} in the table");
    }
    walk.step("hover Assen's 2025 amount", |h| {
        h.get_all_by_label("€ 659.990").next().unwrap().hover();
    });
    assert!(walk.shows("Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"));

    // Artikel 8.4: Buurtkracht's Wmo segment charged to Assen alone.
    walk.step("Buurtkracht Wmo alleen voor Assen", |h| {
        h.get_by_label("Buurtkracht Wmo alleen voor Assen")
            .scroll_to_me();
        h.run();
        h.get_by_label("Buurtkracht Wmo alleen voor Assen").click();
    });
    let own = walk.h.state().workspace().inputs().costs.own_shares.clone();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].participants, ["Assen"]);
    let assen = assen_2025(&walk.h).unwrap();
    assert!(
        assen > Decimal::from(659_990),
        "Assen carries more: {assen}"
    );
    walk.step("the year 2028 for the overleg", |h| {
        h.get_by_label("Lasten in 2028").scroll_to_me();
        h.run();
        h.get_by_label("Lasten in 2028").click();
    });
    assert!(walk.shows("€ 2.129.000"), "the total stays");
    assert_eq!(walk.h.state().view().unwrap().window.costs_period, 3);
    walk.step("into presentation (F11)", |h| h.key_press(egui::Key::F11));
    let slides = walk.h.state().view().unwrap().slides();
    let at = slides
        .iter()
        .position(|s| s.screen == Screen::Costs)
        .expect("a Lasten slide");
    let first = walk.h.state().view().unwrap().window.slide;
    assert_eq!(first, slides[0], "F11 starts at the first slide");
    for i in 1..=at {
        walk.step(&format!("next slide ({i})"), |h| {
            h.key_press(egui::Key::ArrowRight)
        });
    }
    assert_eq!(
        walk.h.state().view().unwrap().window.slide.screen,
        Screen::Costs
    );
    assert!(walk.shows("Lasten per gemeente 2028"));
    // Assen's 31 % of the key, and Buurtkracht Wmo alone: more than 31 %.
    assert!(walk.shows("2028: samen € 1.128.000; het meest draagt Assen: "));
    walk.step("out of presentation (Esc)", |h| {
        h.key_press(egui::Key::Escape)
    });

    let path = dir.path().join("lasten.ron");
    walk.step("Bestand → Set opslaan als…", |h| {
        menu(h, "Bestand", "Set opslaan als…");
    });
    walk.step("name and author, Enter", |h| {
        h.state_mut().answer_next_dialog_with(path.clone());
        type_in(h, "Naam van de set", "Lasten NMD");
        h.key_press(egui::Key::Tab);
        h.run();
        h.get_by_label("Auteur (uw naam; wordt onthouden)")
            .type_text("A. Bakker");
        h.run();
        h.key_press(egui::Key::Enter);
    });
    let text = std::fs::read_to_string(&path).expect("the set was written");
    let base = walk.h.state().workspace().base().clone();
    let saved = parse_set(&base, "lasten.ron", &text).unwrap().set;
    assert_eq!(
        saved.inputs.costs,
        walk.h.state().workspace().inputs().costs
    );

    // The chair takes Assen's profile from the five prepared profiles.
    let five = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/voorbeelden/vijf-profielen.ron"
    );
    walk.step("Bestand → Profielen overnemen uit…", |h| {
        h.state_mut().answer_next_dialog_with(five.into());
        menu(h, "Bestand", "Profielen overnemen uit…");
    });
    assert_eq!(walk.h.state().workspace().inputs().profiles.len(), 5);
    assert!(
        walk.shows("Uit 'Voorbeeld: vijf profielen (verzonnen)' overgenomen: profiel Aa en Hunze")
    );
    assert!(
        walk.h.state().workspace().inputs().costs.key.is_some(),
        "the key stays"
    );
}

#[test]
fn lasten_1366x768() {
    lasten(SCREENS[0]);
}

#[test]
fn lasten_1920x1080() {
    lasten(SCREENS[1]);
}
