//! A data folder with three scenarios, six criteria, other segments and
//! categories works: nothing about the NMD data set is written in code.

use crate::common;

use common::assert_close;
use nmd_scenarios::model::load::load_dir;
use nmd_scenarios::model::source_check::{Status, source_check};
use nmd_scenarios::model::staffing::Provenance;
use nmd_scenarios::model::{Inputs, compute};
use rust_decimal_macros::dec;
use std::path::Path;

#[test]
fn another_region_loads_computes_and_ranks() {
    let data = load_dir(Path::new("tests/fixtures/other_region")).expect("fixture loads");
    assert_eq!(data.scenarios.len(), 3);
    assert_eq!(data.criteria.len(), 6);
    assert_eq!(data.segments.len(), 3);
    assert_eq!(data.organisation, "Regio");
    // Tabel 1/5 columns are given in a different order than the scenarios.
    assert_eq!(
        data.aspects.rows[0].cells,
        vec!["Snel", "Gemiddeld", "Traag"]
    );
    assert_eq!(
        data.cost_profile.components[0].cells[2].remark,
        "(nieuwe organisatie)"
    );

    let check = source_check(&data, Default::default());
    assert_eq!(check.count(Status::Discrepancy), 0);

    let inputs = Inputs::report_defaults(&data);
    let outcome = compute(&data, &inputs);
    // Fixture Tabel D, "2025": 11,5 fte; "2026 regionaal": 6,5 fte.
    assert_close(outcome.staffing[0].total_fte, dec!(11.5), dec!(0), "2025");
    assert_close(outcome.staffing[1].total_fte, dec!(6.5), dec!(0), "2026");
    assert!(matches!(
        outcome.staffing[1].provenance,
        Provenance::Published { .. }
    ));
    // Weights 1,1,1,1,1,0,5 (sum 5,5): Licht (3+1+3+3+1+0,5×1)/5,5 = 2,09;
    // DVO (2×5,5)/5,5 = 2; GR (1+3+1+1+3+0,5×3)/5,5 = 1,91.
    let order: Vec<&str> = outcome
        .ranking
        .entries()
        .iter()
        .map(|e| data.scenarios[e.scenario].id.as_str())
        .collect();
    assert_eq!(order, ["licht", "dvo", "gr"]);
    assert_close(outcome.ranking.entries()[1].total, dec!(2), dec!(0), "DVO");
}
