//! Golden tests: Tabel 6 and Tabel 7 of Berenschot report 76271 (§7.4),
//! recomputed from the data set. Every expected number below is typed from
//! the report, with its table and row.

use crate::common;

use common::*;
use nmd_scenarios::model::fit::FitChoice;
use nmd_scenarios::model::source_check::{Column, Status, Table, source_check};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const CELL: Decimal = dec!(0.01);
const TOTAL: Decimal = dec!(0.02);
const VOLUME: Decimal = dec!(1);

#[test]
fn tabel_6_volumes_are_reproduced() {
    let data = report_data();
    let incl = ("centrumtaak", "incl");
    let excl = ("centrumtaak", "excl");
    // (year, choices, Tabel 6 "Volume incl. Centrumtaak Assen", "Volume exc.")
    type Row = (u16, Vec<(&'static str, &'static str)>, Decimal, Decimal);
    let rows: [Row; 6] = [
        // Tabel 6, "2025 – Huidig": € 125 miljoen / € 108 miljoen
        (2025, vec![], dec!(125), dec!(108)),
        // Tabel 6, "2026 – Specialistische jeugd over naar JHRD": 74 / 57
        (2026, vec![("lichte_jeugd", "nmd")], dec!(74), dec!(57)),
        // Tabel 6, "2026 – Spec. + lichte jeugd over naar JHRD": 63 / 46
        (2026, vec![("lichte_jeugd", "jhrd")], dec!(63), dec!(46)),
        // Tabel 6, "2028- Samenwerking gemeenten inclusief inkoop Buurtkracht
        // Assen, inclusief lichte jeugdhulp Assen": 68 / 51
        (
            2028,
            vec![("lichte_jeugd", "jhrd"), ("buurtkracht", "nmd")],
            dec!(68),
            dec!(51),
        ),
        // Tabel 6, "2028 – Buurtkracht zelfstandig ingekocht": 51 / 34
        (
            2028,
            vec![("lichte_jeugd", "jhrd"), ("buurtkracht", "assen")],
            dec!(51),
            dec!(34),
        ),
        // Tabel 6, "2028- Assen behoudt 20% volume maatwerk Wmo": 54 / 37
        (
            2028,
            vec![("lichte_jeugd", "jhrd"), ("buurtkracht", "assen_20")],
            dec!(54),
            dec!(37),
        ),
    ];
    for (year, choices, expected_incl, expected_excl) in rows {
        let mut with_incl = choices.clone();
        with_incl.push(incl);
        let mut with_excl = choices.clone();
        with_excl.push(excl);
        let a = situation(&data, year, &with_incl).volume_total_mln;
        let b = situation(&data, year, &with_excl).volume_total_mln;
        assert_close(
            a,
            expected_incl,
            VOLUME,
            &format!("Tabel 6 {year} {choices:?} incl."),
        );
        assert_close(
            b,
            expected_excl,
            VOLUME,
            &format!("Tabel 6 {year} {choices:?} excl."),
        );
        // The centrumtaak is 125 − 108 = 17 mln in every row of Tabel 6.
        assert_eq!(a - b, dec!(17));
    }
}

#[test]
fn tabel_6_integer_rows_are_exact() {
    let data = report_data();
    // Tabel 6, "2028 – Buurtkracht zelfstandig ingekocht": € 51 miljoen.
    let s = situation(
        &data,
        2028,
        &[("lichte_jeugd", "jhrd"), ("buurtkracht", "assen")],
    );
    assert_eq!(s.volume_total_mln, dec!(51));
    // Tabel 6, "2025 – Huidig": € 125 miljoen.
    assert_eq!(situation(&data, 2025, &[]).volume_total_mln, dec!(125));
}

/// Tabel 7 as published: (period, year, choices, volume, total(s),
/// Management, Inkoop/CM/CB, Kwaliteit/beleid, Toezicht, Bedrijfsvoering).
struct Row {
    year: u16,
    choices: Vec<(&'static str, &'static str)>,
    volume: Decimal,
    totals: Vec<Decimal>,
    management: Decimal,
    inkoop: Decimal,
    kwaliteit: Decimal,
    toezicht: Option<Decimal>,
    bedrijfsvoering: Decimal,
}

fn tabel_7() -> Vec<(&'static str, Row)> {
    vec![
        (
            "2025 – Huidig",
            Row {
                year: 2025,
                choices: vec![],
                volume: dec!(125),
                totals: vec![dec!(21.28)],
                management: dec!(0.89),
                inkoop: dec!(7.56),
                kwaliteit: dec!(7.28),
                toezicht: None,
                bedrijfsvoering: dec!(5.56),
            },
        ),
        (
            "2026 /2027 – AmvB-jeugd over naar JHRD",
            Row {
                year: 2026,
                choices: vec![("lichte_jeugd", "nmd")],
                volume: dec!(74),
                totals: vec![dec!(12.40)],
                management: dec!(0.52),
                inkoop: dec!(2.95),
                kwaliteit: dec!(1.43),
                toezicht: Some(dec!(3.22)),
                bedrijfsvoering: dec!(4.28),
            },
        ),
        (
            "2026/2027 – AmvB + lichte jeugd over naar JHRD",
            Row {
                year: 2027,
                choices: vec![("lichte_jeugd", "jhrd")],
                volume: dec!(63),
                totals: vec![dec!(10.47)],
                management: dec!(0.44),
                inkoop: dec!(1.94),
                kwaliteit: dec!(0.86),
                toezicht: Some(dec!(3.22)),
                bedrijfsvoering: dec!(4),
            },
        ),
        (
            "2028- NMD-gemeenten incl. Buurtkracht, incl. lichte jeugdhulp Assen",
            Row {
                year: 2028,
                choices: vec![("lichte_jeugd", "jhrd"), ("buurtkracht", "nmd")],
                volume: dec!(68),
                totals: vec![dec!(11.27)],
                management: dec!(0.48),
                inkoop: dec!(2.36),
                kwaliteit: dec!(1.1),
                toezicht: Some(dec!(3.22)),
                bedrijfsvoering: dec!(4.12),
            },
        ),
        (
            "2028 – Buurtkracht door Assen zelfstandig",
            Row {
                year: 2028,
                choices: vec![("lichte_jeugd", "jhrd"), ("buurtkracht", "assen")],
                volume: dec!(51),
                // "7,65 tot 8,43": with 2,44 resp. 3,22 toezicht
                totals: vec![dec!(7.65), dec!(8.43)],
                management: dec!(0.32),
                inkoop: dec!(1.33),
                kwaliteit: dec!(0.68),
                toezicht: Some(dec!(3.22)),
                bedrijfsvoering: dec!(2.99),
            },
        ),
        (
            "2028- NMD lichte JH + Buurkracht naar Assen",
            Row {
                year: 2028,
                choices: vec![("lichte_jeugd", "nmd"), ("buurtkracht", "assen")],
                volume: dec!(57),
                // "8,78 - 9,56"
                totals: vec![dec!(8.78), dec!(9.56)],
                management: dec!(0.37),
                inkoop: dec!(1.92),
                kwaliteit: dec!(0.90),
                toezicht: Some(dec!(3.22)),
                bedrijfsvoering: dec!(3.15),
            },
        ),
    ]
}

/// The row with the suspected misprint: Tabel 7, "2028 – Buurtkracht door
/// Assen zelfstandig", Kwaliteit/beleid published 0,68. The other rows give
/// (2026 spec.) − (2028 incl. Buurtkracht) = 1,43 − 1,10 = 0,33 fte for light
/// youth care of the four municipalities, so this row needs
/// 0,90 − 0,33 = 0,57; and 0,32 + 1,33 + 0,57 + 3,22 + 2,99 = 8,43, its own
/// published upper total (with 2,44: 7,65, the lower).
const MISPRINT_ROW: &str = "2028 – Buurtkracht door Assen zelfstandig";

#[test]
fn with_the_misprint_corrected_every_other_tabel_7_cell_is_reproduced() {
    let data = report_data();
    for (period, row) in tabel_7() {
        let mut choices = row.choices.clone();
        choices.push(("centrumtaak", "incl"));
        choices.push(("toezicht_buurtkracht", "nmd"));
        let s = situation(&data, row.year, &choices);
        assert_close(
            s.volume_total_mln,
            row.volume,
            VOLUME,
            &format!("{period} volume"),
        );
        let cells = [
            ("management", Some(row.management)),
            ("inkoop", Some(row.inkoop)),
            ("kwaliteit", Some(row.kwaliteit)),
            ("toezicht", row.toezicht),
            ("bedrijfsvoering", Some(row.bedrijfsvoering)),
        ];
        for (category, expected) in cells {
            let computed = fte_of(&data, &s, category);
            match (computed, expected) {
                (None, None) => {}
                (Some(c), Some(_)) if period == MISPRINT_ROW && category == "kwaliteit" => {
                    assert_close(c, dec!(0.57), CELL, "the corrected cell");
                }
                (Some(c), Some(e)) => {
                    assert_close(c, e, CELL, &format!("Tabel 7 {period}, {category}"))
                }
                other => panic!("{period}, {category}: {other:?}"),
            }
        }
        // The highest published total goes with 3,22 toezicht.
        let high = *row.totals.iter().max().unwrap();
        assert_close(
            s.total_fte,
            high,
            TOTAL,
            &format!("Tabel 7 {period}, totaal"),
        );
    }
}

#[test]
fn the_misprint_is_found_from_the_published_cells_alone() {
    let data = report_data();
    assert_eq!(data.misprints.len(), 1, "{:?}", data.misprints);
    let m = &data.misprints[0];
    assert_eq!(data.staffing_table.rows[m.row].period, MISPRINT_ROW);
    assert_eq!(data.categories[m.category].id, "kwaliteit");
    assert_eq!((m.published, m.corrected), (dec!(0.68), dec!(0.57)));
    // Tabel 7, same row: "7,65 tot 8,43".
    assert_eq!(m.totals, vec![dec!(7.65), dec!(8.43)]);
    // With the correction the check finds no discrepancy at all: one
    // suspected misprint, the rest equal or rounding.
    let check = source_check(&data, FitChoice::Corrected);
    assert_eq!(check.count(Status::Discrepancy), 0);
    assert_eq!(check.count(Status::SuspectedMisprint), 1);
    let summary = nmd_scenarios::model::explain::check_summary(&check);
    assert!(
        summary.starts_with("1 vermoedelijke drukfout, "),
        "{summary}"
    );
    assert!(!summary.contains("afwijking"), "{summary}");
}

/// The rows whose printed Kwaliteit/beleid cells disagree with each other
/// when every cell is fitted as printed.
const KWALITEIT_CONFLICT: [&str; 4] = [
    "2026 /2027 – AmvB-jeugd over naar JHRD",
    "2028- NMD-gemeenten incl. Buurtkracht, incl. lichte jeugdhulp Assen",
    "2028 – Buurtkracht door Assen zelfstandig",
    "2028- NMD lichte JH + Buurkracht naar Assen",
];

#[test]
fn fitting_every_cell_as_printed_spreads_the_misprint_over_four_rows() {
    let data = report_data();
    let check = source_check(&data, FitChoice::AllCells);
    let kwaliteit = Column::Category(data.category_index("kwaliteit").unwrap());
    // Every disagreement is in Kwaliteit/beleid or a total of the four rows.
    for item in check
        .items
        .iter()
        .filter(|i| matches!(i.status, Status::Discrepancy | Status::SuspectedMisprint))
    {
        let period = &data.staffing_table.rows[item.cell.row].period;
        assert_eq!(item.table, Table::Staffing);
        assert!(KWALITEIT_CONFLICT.contains(&period.as_str()), "{period}");
        assert!(item.cell.column == kwaliteit || item.cell.column == Column::Total);
    }
    // The 2028 default then shows 11,31 next to Tabel 7's 11,27.
    let mut inputs = nmd_scenarios::model::Inputs::report_defaults(&data);
    inputs.fit = FitChoice::AllCells;
    let outcome = nmd_scenarios::model::compute(&data, &inputs);
    let y2028 = data.year_index(2028).unwrap();
    assert!((outcome.staffing[y2028].total_fte - dec!(11.27)).abs() > TOTAL);
    // Exactly one single-cell explanation agrees with its published total.
    let confirmed: Vec<_> = check
        .explanations
        .iter()
        .filter(|e| e.total_agrees)
        .collect();
    assert_eq!(confirmed.len(), 1);
    let e = confirmed[0];
    assert_eq!(data.staffing_table.rows[e.cell.row].period, MISPRINT_ROW);
    assert_eq!((e.published, e.implied), (dec!(0.68), dec!(0.57)));
}

#[test]
fn source_check_covers_every_published_cell() {
    let data = report_data();
    let check = source_check(&data, FitChoice::Corrected);
    // Tabel 6: 6 rows × 2 columns + 2 "waarvan" amounts = 14.
    assert_eq!(
        check
            .items
            .iter()
            .filter(|i| i.table == Table::Volume)
            .count(),
        14
    );
    // Tabel 7: per row the volume, five categories and the total; the two
    // rows with "3,22 2,44 minus Assen" have a second toezicht figure and a
    // second total: 6 × 7 + 2 × 2 = 46.
    assert_eq!(
        check
            .items
            .iter()
            .filter(|i| i.table == Table::Staffing)
            .count(),
        46
    );
    // Tabel 6 "2028- Assen behoudt 20%": 54 published, 51 + 20 % of 17 = 54,4.
    assert!(check.items.iter().any(|i| i.table == Table::Volume
        && i.published == Some(dec!(54))
        && i.computed == Some(dec!(54.4))
        && i.status == Status::Rounding));
}

#[test]
fn ratios_follow_from_subtracting_published_rows() {
    let data = report_data();
    // Issue example: "2028, Management 0,48 fte = 0,32 (Wmo overig) + 0,12
    // (Buurtkracht) + 0,04 (lichte jeugd Assen)": Tabel 7 Management
    // 0,32 (Buurtkracht zelfstandig), 0,44 − 0,32 (2026 spec.+licht − zelfstandig),
    // 0,48 − 0,44 (2028 incl. − 2026 spec.+licht).
    let s = situation(
        &data,
        2028,
        &[("lichte_jeugd", "jhrd"), ("buurtkracht", "nmd")],
    );
    let management = &s.categories[data.category_index("management").unwrap()];
    let by_segment = |ids: &[&str]| -> Decimal {
        management
            .terms
            .iter()
            .filter_map(|t| match t {
                nmd_scenarios::model::staffing::Term::Segment { segment, fte, .. }
                    if ids.contains(&data.segments[*segment].id.as_str()) =>
                {
                    Some(*fte)
                }
                _ => None,
            })
            .sum()
    };
    assert_close(
        by_segment(&["wmo_overig", "centrumtaak"]),
        dec!(0.32),
        CELL,
        "Wmo overig",
    );
    assert_close(by_segment(&["wmo_assen"]), dec!(0.12), CELL, "Buurtkracht");
    assert_close(
        by_segment(&["lichte_jeugd_assen"]),
        dec!(0.04),
        CELL,
        "lichte jeugd Assen",
    );
    // Inkoop/CM/CB is consistent in every row, so its ratios are exact:
    // Wmo overig incl. centrumtaak = 1,33 (Tabel 7, Buurtkracht zelfstandig).
    let inkoop = data.category_index("inkoop").unwrap();
    let wmo = data.segment_index("wmo_overig").unwrap();
    let centrum = data.segment_index("centrumtaak").unwrap();
    let fit = &data.ratios.fits[inkoop];
    assert_eq!(
        (fit.rate_per_mln[wmo] * dec!(34) + fit.rate_per_mln[centrum] * dec!(17)).round_dp(12),
        dec!(1.33)
    );
}
