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
use nmd_scenarios::ui::costs_model::costs_view;

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
