//! The Lasten tab's texts recompute: each participant's hover (how its
//! amount follows), the total row's hover and each bar's derivation, read
//! by the same independent reader as the report's (`derivation_parser.rs`),
//! for the sets of issue 29. The amount a hover adds up to is the cell it
//! belongs to.

#[path = "../model/derivation_parser.rs"]
mod derivation_parser;

use derivation_parser as parse;
use nmd_scenarios::model::assumption_set::parse_set;
use nmd_scenarios::model::compute;
use nmd_scenarios::model::load::{load_dir, load_embedded};
use nmd_scenarios::present::costs_model::costs_view;

#[test]
fn every_hover_of_the_lasten_tab_recomputes() {
    let root = env!("CARGO_MANIFEST_DIR");
    let nmd = load_embedded().unwrap();
    let ml = load_dir(std::path::Path::new(&format!(
        "{root}/scenarios/regio-midden-limburg"
    )))
    .unwrap();
    let sets = [
        (&nmd, "tests/fixtures/costs/loon-80357.ron"),
        (&nmd, "tests/fixtures/costs/eigen-buurtkracht.ron"),
        (&nmd, "tests/fixtures/costs/eigen-twee.ron"),
        (&nmd, "tests/fixtures/costs/halve-euro.ron"),
        (&nmd, "tests/fixtures/costs/gelijke-rest.ron"),
        (&nmd, "docs/voorbeelden/lasten.ron"),
        (&ml, "tests/fixtures/costs/ml.ron"),
    ];
    for (data, file) in sets {
        let text = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
        let set = parse_set(data, file, &text).unwrap().set;
        let costs = compute(data, &set.inputs).costs.expect("costs");
        let view = costs_view(data, &costs);
        for row in &view.rows {
            for (cell, hover) in row.cells.iter().zip(&row.hovers) {
                let (head, total) =
                    parse::derivation(hover).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert!(head.starts_with(&row.name), "{file}: {hover}");
                assert_eq!(
                    total,
                    parse::amount(cell).map(|a| a.0),
                    "{file}: {hover} under {cell}"
                );
            }
        }
        for (cell, hover) in view.total.cells.iter().zip(&view.total.hovers) {
            let mut lines = hover.lines();
            let total =
                parse::total_line(lines.next().unwrap()).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(total, parse::amount(cell).map(|a| a.0), "{file}: {hover}");
            for line in lines {
                let parts = line.strip_prefix("Personeel: ").unwrap();
                parse::clauses_line(parts).unwrap_or_else(|e| panic!("{file}: {e}"));
            }
        }
        for bar in view.bars.iter().flatten() {
            let (_, total) =
                parse::derivation(&bar.derivation).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(total, parse::amount(&bar.total_text).map(|a| a.0), "{file}");
        }
    }
}

/// Artikel 8.4 leaves a segment's supervision to the parties: the Lasten
/// inputs have a checkbox per own distribution, and ticking it moves the
/// supervision (in 2028 0,5506 fte Toezicht for Buurtkracht Wmo, × the
/// set's € 95.500,50) from the key to those who carry the segment.
#[test]
fn the_lasten_inputs_let_the_supervision_follow_an_own_distribution() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    use nmd_scenarios::workspace::change::Change;

    let root = env!("CARGO_MANIFEST_DIR");
    let mut h = crate::common::app_harness(1366.0, 768.0);
    let data = h.state().workspace().data().clone();
    let text =
        std::fs::read_to_string(format!("{root}/tests/fixtures/costs/eigen-twee.ron")).unwrap();
    let costs = parse_set(&data, "eigen-twee.ron", &text)
        .unwrap()
        .set
        .inputs
        .costs;
    assert!(!costs.own_shares[0].supervision_follows);
    h.state_mut()
        .workspace_mut()
        .apply(vec![Change::Costs(costs)], 0.0);
    h.get_by_role_and_label(Role::Tab, "Lasten").click();
    h.run();
    let total_2028 = |h: &egui_kittest::Harness<'_, nmd_scenarios::window::NmdApp>, who: usize| {
        h.state()
            .workspace()
            .outcome()
            .costs
            .as_ref()
            .unwrap()
            .years[3]
            .per_participant[who]
            .total_eur
            .unwrap()
    };
    let before = total_2028(&h, 1);
    let label = "Toezicht op Buurtkracht Wmo ook alleen voor hen";
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
    let own = &h.state().workspace().inputs().costs.own_shares[0];
    assert!(own.supervision_follows, "the box sets the input");
    // 0,5506 fte × € 95.500,50 = 52.582,58; Assen's 31/52 of it is
    // 31.347,30, less the 31 % of it Assen paid by the key (16.300,60):
    // € 15.046,70 more, within a euro of rounding.
    let moved = total_2028(&h, 1) - before;
    assert!(
        (moved - rust_decimal::Decimal::new(1_504_670, 2)).abs() <= rust_decimal::Decimal::ONE,
        "Assen: {moved}"
    );
}
