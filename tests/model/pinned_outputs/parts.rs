//! Figures and documents: the staffing breakdown, the source check's
//! cells and the appendix's sections.

use super::{RICH_SET, open};
use crate::common::report_data;
use nmd_scenarios::model::breakdown::{PartKind, breakdown};
use nmd_scenarios::model::compute;
use nmd_scenarios::model::fit::FitChoice;
use nmd_scenarios::model::own::extended;
use nmd_scenarios::model::source_check::{CellRef, Column, Status, Table, source_check};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The parts of the full set's staffing: counted categories, the tasks for
/// toezicht, both growth tasks and both inhuur lines, then what is not
/// counted (toezicht replaced by the tasks, the roles below the volume
/// rule). 2028 by hand: tasks 350 × 6 × 2 / 1.300 = 3,2308 fte;
/// Hulpmiddelen 2 mln × (0,05 + 0,01) = 0,12 fte; inhuur 0,5 and 0,25;
/// toezicht as in Tabel 7, 3,22; the roles 1,6 and 1. In 2025 (before
/// toezicht exists) there are no tasks, roles, growth or toezicht.
#[test]
fn the_breakdown_of_the_full_set() {
    let base = report_data();
    let inputs = open(&base, "full.ron", RICH_SET);
    let data = extended(&base, &inputs);
    let outcome = compute(&data, &inputs);
    let parts = breakdown(&data, &inputs, &outcome.staffing);
    let columns: Vec<(PartKind, bool, &str)> = parts
        .columns
        .iter()
        .map(|c| (c.kind, c.counted, c.label.as_str()))
        .collect();
    assert_eq!(
        columns,
        [
            (PartKind::Category(0), true, "Management"),
            (PartKind::Category(1), true, "Inkoop/CM/CB"),
            (PartKind::Category(2), true, "Kwaliteit/beleid"),
            (PartKind::Category(4), true, "Bedrijfsvoering/beleid Wmo"),
            (PartKind::Tasks(3), true, "Toezicht (uit taken)"),
            (PartKind::Growth(0), true, "Groei: Vervoer"),
            (PartKind::Growth(1), true, "Groei: Hulpmiddelen"),
            (PartKind::Inhuur(0), true, "Inhuur: piek inkoop"),
            (PartKind::Inhuur(1), true, "Inhuur"),
            (
                PartKind::Category(3),
                false,
                "Toezicht (vervangen, telt niet mee)"
            ),
            (
                PartKind::Role(0),
                false,
                "Toezicht Rechtmatigheid (2 personen) (onder de volumeregel, telt niet mee)"
            ),
            (
                PartKind::Role(1),
                false,
                "Beleid (één persoon) (onder de volumeregel, telt niet mee)"
            ),
        ]
    );
    let y2028 = &parts.values[data.year_index(2028).unwrap()];
    let at4 = |i: usize| y2028[i].map(|v| v.round_dp(4));
    assert_eq!(at4(4), Some(dec!(3.2308)));
    assert!(at4(5).is_some_and(|v| v > Decimal::ZERO));
    let rest: Vec<Option<Decimal>> = (6..12).map(at4).collect();
    assert_eq!(
        rest,
        [
            Some(dec!(0.12)),
            Some(dec!(0.5)),
            Some(dec!(0.25)),
            Some(dec!(3.22)),
            Some(dec!(1.6)),
            Some(dec!(1)),
        ]
    );
    let y2025 = &parts.values[data.year_index(2025).unwrap()];
    let empty: Vec<usize> = (0..12).filter(|&i| y2025[i].is_none()).collect();
    assert_eq!(empty, [4, 5, 6, 9, 10, 11]);
    for year in 0..parts.values.len() {
        assert_eq!(parts.counted_sum(year), parts.totals[year], "year {year}");
    }
}

/// The source check lists every published cell in reading order: per
/// Tabel 6 row each column's volume and then its "waarvan" amount; per
/// Tabel 7 row the volume, each category (each variant where a cell has
/// two figures) and the totals. With every cell as printed, a total that
/// disagrees names the row's disagreeing category cells.
#[test]
fn the_source_check_lists_every_cell_in_reading_order() {
    let data = report_data();
    let mut expected: Vec<(Table, CellRef)> = Vec::new();
    let cell = |row, column, variant| CellRef {
        row,
        column,
        variant,
    };
    for (r, row) in data.volume_table.rows.iter().enumerate() {
        for (c, published) in row.cells.iter().enumerate() {
            expected.push((Table::Volume, cell(r, Column::Volume(c), 0)));
            if published.of_which_mln.is_some() {
                expected.push((Table::Volume, cell(r, Column::OfWhich(c), 0)));
            }
        }
    }
    for (r, row) in data.staffing_table.rows.iter().enumerate() {
        expected.push((Table::Staffing, cell(r, Column::StaffingVolume, 0)));
        for (category, numbers) in row.cells.iter().enumerate() {
            let variants = if numbers.values.len() > 1 {
                row.variant_count()
            } else {
                1
            };
            for v in 0..variants {
                expected.push((Table::Staffing, cell(r, Column::Category(category), v)));
            }
        }
        for v in 0..row.total.values.len() {
            expected.push((Table::Staffing, cell(r, Column::Total, v)));
        }
    }
    for fit in [FitChoice::Corrected, FitChoice::AllCells] {
        let check = source_check(&data, fit);
        let listed: Vec<(Table, CellRef)> = check.items.iter().map(|i| (i.table, i.cell)).collect();
        assert_eq!(listed, expected, "{fit:?}");
    }
    let check = source_check(&data, FitChoice::AllCells);
    let (mut totals, mut totals_with_conflicts) = (0, 0);
    for item in &check.items {
        let is_total = item.cell.column == Column::Total;
        if item.status != Status::Discrepancy || !is_total {
            continue;
        }
        totals += 1;
        let own: Vec<CellRef> = check
            .items
            .iter()
            .filter(|i| {
                i.table == Table::Staffing
                    && i.cell.row == item.cell.row
                    && matches!(i.cell.column, Column::Category(_))
                    && i.status == Status::Discrepancy
            })
            .map(|i| i.cell)
            .collect();
        assert_eq!(item.conflicts_with, own);
        totals_with_conflicts += usize::from(!own.is_empty());
    }
    assert!(totals > 0 && totals_with_conflicts > 0, "{totals}");
}

/// The `<w:p …>…</w:p>` elements of a Word document, in order.
fn paragraphs(document: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = document;
    while let Some(start) = rest.find("<w:p") {
        let after = &rest[start + 4..];
        if after.starts_with('>') || after.starts_with(' ') {
            let end = after.find("</w:p>").unwrap_or(after.len());
            out.push(&after[..end]);
            rest = &after[end..];
        } else {
            rest = after;
        }
    }
    out
}

/// The appendix's headings in order, without a renderer (so the figures'
/// heading carries the reason): title, figures, staffing with its
/// derivation, source check, assumptions, ranking, costs with their
/// transition and derivation, the municipalities, robustness with its five
/// parts; the title block stops before the derivation; the municipalities'
/// table lists the five and the combined row, then the sentences.
#[test]
fn the_appendix_has_its_sections_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bijlage.docx");
    let out = crate::common::program()
        .args([
            "bijlage",
            "--set",
            "docs/voorbeelden/lasten.ron",
            "--profiel",
            "Assen=0,0,0,0,1",
            "--uit",
            path.to_str().unwrap(),
        ])
        .env("WGPU_BACKEND", "dx12")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").unwrap(),
        &mut document,
    )
    .unwrap();
    let paragraphs: Vec<(String, String)> = paragraphs(&document)
        .into_iter()
        .map(|p| {
            let style = p
                .split("<w:pStyle w:val=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or_default()
                .to_owned();
            let text: String = p
                .split("<w:t")
                .skip(1)
                .filter(|t| t.starts_with('>') || t.starts_with(' '))
                .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
                .map(|t| t.split("</w:t>").next().unwrap_or_default())
                .collect();
            (style, text.replace("&apos;", "'"))
        })
        .collect();
    let headings: Vec<String> = paragraphs
        .iter()
        .filter(|(style, _)| ["Title", "Heading1", "Heading2"].contains(&style.as_str()))
        .map(|(style, text)| format!("{style} {text}"))
        .collect();
    assert_eq!(
        headings,
        [
            "Title Bijlage: scenario's NMD – Voorbeeld: lasten per gemeente, met --profiel van de opdrachtregel",
            "Heading1 Figuren",
            "Heading1 Minimale formatie per jaar",
            "Heading2 Afleiding per cel",
            "Heading1 Bronnencontrole",
            "Heading1 Aannames",
            "Heading1 Rangorde van de scenario's",
            // The report's Tabel 5 with its interpretation (as the
            // Overzicht shows them).
            "Heading1 Kwalitatief kostenprofiel (Tabel 5)",
            "Heading2 Interpretatie voor bestuurders (uit het rapport)",
            "Heading1 Lasten per gemeente",
            "Heading2 Transitiekosten per scenario (eenmalig)",
            "Heading2 Afleiding",
            // The cost per scenario (issue 31): the transition ranges of
            // lasten.ron are its one-off component, over the data's years.
            "Heading1 Kosten per scenario over 2025–2028 (4 jaar)",
            "Heading2 Kostenonderdelen",
            "Heading2 Kosten per scenario (regio)",
            "Heading2 Kosten per scenario en gemeente",
            "Heading2 Onzekerheid (trekkingen)",
            "Heading2 Waarde voor geld",
            "Heading2 Kosten per scenario: afleiding",
            "Heading1 Gemeenten",
            "Heading1 Robuustheid",
            "Heading2 Gewicht per criterium: eerste plaats",
            "Heading2 Gewicht per criterium: volledige rangorde",
            "Heading2 Wat maakt een scenario eerste?",
            "Heading2 Zonder gewichten (SMAA-2)",
            "Heading2 Andere codering van de schaal",
        ]
    );
    let after_figures = paragraphs
        .iter()
        .position(|(_, t)| t == "Figuren")
        .map(|i| &paragraphs[i + 1].1)
        .unwrap();
    assert!(
        after_figures.starts_with("De figuren zijn niet getekend"),
        "{after_figures}"
    );
    let block = document.split("</w:tbl>").next().unwrap();
    assert!(block.contains("Over deze bijlage") && block.contains("Aannameset"));
    assert!(!block.contains(">Afleiding<"));
    let group = document.split("Gemeenten</w:t>").nth(1).unwrap();
    let group_table = group.split("</w:tbl>").next().unwrap();
    for name in [
        "Aa en Hunze",
        "Assen",
        "Midden-Drenthe",
        "Noordenveld",
        "Tynaarlo",
        "Gezamenlijk",
    ] {
        assert!(group_table.contains(&format!(">{name}<")), "{name}");
    }
    assert!(group.contains("hebben geen eigen weging en tellen hieronder niet mee."));
}
