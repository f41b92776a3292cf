//! `staffing.ron`, the published tables: Tabel 6 (volume per situation) and
//! Tabel 7 (fte per situation and category), verbatim, with the numbers read
//! out of their text and each row's situation resolved and cached.

use super::problems::Problems;
use super::staffing::StaffingPart;
use crate::model::dataset::{
    Choice, PublishedNumbers, PublishedStaffingRow, PublishedStaffingTable, PublishedVolumeCell,
    PublishedVolumeRow, PublishedVolumeTable, VolumeColumn, segment_shares,
};
use crate::model::located::{Id, Verbatim};
use crate::model::schema::StaffingFile;
use crate::numbers::numbers_with_decimals_in;

/// What the tables of `staffing.ron` contribute to the data set.
pub struct TablesPart {
    pub volume_table: PublishedVolumeTable,
    pub staffing_table: PublishedStaffingTable,
}

pub fn tables_part(file: &StaffingFile, s: &StaffingPart, p: &mut Problems) -> TablesPart {
    let mut row_ids: Vec<Id> = file
        .volume_table
        .rows
        .iter()
        .map(|r| r.id.clone())
        .collect();
    row_ids.extend(file.staffing_table.rows.iter().map(|r| r.id.clone()));
    p.unique_ids(row_ids.iter(), "een tabelrij");
    let volume_table = volume_table(file, s, p);
    let staffing_table = staffing_table(file, s, p);
    TablesPart {
        volume_table,
        staffing_table,
    }
}

fn choice_pairs(p: &mut Problems, pairs: &[(Id, Id)], s: &StaffingPart) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (choice_id, option_id) in pairs {
        let Some(c) = p.resolve(choice_id, &s.choice_ids, "keuze") else {
            continue;
        };
        let option_ids: Vec<String> = s.choices[c].options.iter().map(|o| o.id.clone()).collect();
        let what = format!("optie van keuze '{}'", choice_id.text);
        let Some(o) = p.resolve(option_id, &option_ids, &what) else {
            continue;
        };
        if out.iter().any(|&(other, _)| other == c) {
            p.err(
                choice_id.at,
                format!("keuze '{}' staat twee keer in deze rij", choice_id.text),
            );
        }
        out.push((c, o));
    }
    out
}

/// Tabel 6: its columns (each may fix choices) and its rows.
fn volume_table(file: &StaffingFile, s: &StaffingPart, p: &mut Problems) -> PublishedVolumeTable {
    let vt = &file.volume_table;
    let columns: Vec<VolumeColumn> = vt
        .columns
        .iter()
        .map(|c| VolumeColumn {
            heading: c.heading.clone(),
            choices: choice_pairs(p, &c.choices, s),
        })
        .collect();
    let rows = vt
        .rows
        .iter()
        .filter_map(|r| volume_row(r, &columns, s, p))
        .collect();
    PublishedVolumeTable {
        title: vt.title.clone(),
        section: vt.section.clone(),
        columns,
        rows,
    }
}

/// One Tabel 6 row: its years, choices and "waarvan" segments, a cell per
/// column, every choice that moves volume fixed; with the selection and
/// segment shares of each column. `None` when the row is unusable.
fn volume_row(
    r: &crate::model::schema::VolumeRow,
    columns: &[VolumeColumn],
    s: &StaffingPart,
    p: &mut Problems,
) -> Option<PublishedVolumeRow> {
    let row_years: Vec<u16> = r.years.iter().filter_map(|y| p.year(y, &s.years)).collect();
    let pairs = choice_pairs(p, &r.choices, s);
    let of_which: Vec<usize> = r
        .of_which
        .iter()
        .filter_map(|id| p.resolve(id, &s.segment_ids, "segment"))
        .collect();
    if r.cells.len() != columns.len() {
        p.err(
            r.id.at,
            format!(
                "rij '{}' heeft {} cellen, maar 'volume_table' heeft {} kolommen",
                r.id.text,
                r.cells.len(),
                columns.len()
            ),
        );
        return None;
    }
    let cells = volume_cells(&r.cells, !of_which.is_empty(), p);
    let column_fixes: Vec<usize> = columns
        .iter()
        .flat_map(|col| &col.choices)
        .map(|&(c, _)| c)
        .collect();
    // Only a choice that moves volume matters for Tabel 6.
    let moves_volume = |choice: &Choice| {
        choice
            .options
            .iter()
            .any(|o| o.shares != choice.options[0].shares)
    };
    check_choices_fixed(&r.id, &row_years, s, p, moves_volume, |c| {
        pairs.iter().any(|&(pc, _)| pc == c) || column_fixes.contains(&c)
    });
    if cells.len() != columns.len() || row_years.is_empty() {
        return None;
    }
    let mut row = PublishedVolumeRow {
        id: r.id.text.clone(),
        situation: r.situation.clone(),
        description: r.description.clone(),
        years: row_years,
        choices: pairs,
        cells,
        of_which,
        column_selections: Vec::new(),
        column_shares: Vec::new(),
    };
    resolve_columns(&mut row, columns, s);
    Some(row)
}

/// Caches a Tabel 6 row's situation per column: the choices selected and
/// the share of each segment at the samenwerking in its first year.
fn resolve_columns(row: &mut PublishedVolumeRow, columns: &[VolumeColumn], s: &StaffingPart) {
    row.column_selections = columns
        .iter()
        .map(|column| row.build_selection(&s.choices, column))
        .collect();
    row.column_shares = row
        .column_selections
        .iter()
        .map(|selection| {
            segment_shares(
                s.segments.len(),
                &s.developments,
                &s.choices,
                row.years[0],
                selection,
            )
        })
        .collect();
}

/// A Tabel 6 row's cells read from their text: one number, or two (the
/// volume and its "waarvan" amount) when the row names `of_which`
/// segments; a cell that does not fit is named and left out.
fn volume_cells(
    cells: &[Verbatim],
    has_of_which: bool,
    p: &mut Problems,
) -> Vec<PublishedVolumeCell> {
    let mut out = Vec::new();
    for cell in cells {
        let numbers = numbers_with_decimals_in(&cell.text);
        match (numbers.as_slice(), !has_of_which) {
            ([], _) => p.err(cell.at, format!("volume '{}' is geen getal", cell.text)),
            ([v], true) => out.push(PublishedVolumeCell {
                text: cell.text.clone(),
                value_mln: v.0,
                decimals: v.1,
                of_which_mln: None,
            }),
            ([v, w], false) => out.push(PublishedVolumeCell {
                text: cell.text.clone(),
                value_mln: v.0,
                decimals: v.1.max(w.1),
                of_which_mln: Some(w.0),
            }),
            (_, true) => p.err(
                cell.at,
                format!(
                    "'{}' bevat meer dan één getal; noem met 'of_which' de segmenten van het 'waarvan'-bedrag",
                    cell.text
                ),
            ),
            (_, false) => p.err(
                cell.at,
                format!(
                    "'{}' moet twee getallen bevatten: het volume en het 'waarvan'-bedrag",
                    cell.text
                ),
            ),
        }
    }
    out
}

fn staffing_table(
    file: &StaffingFile,
    s: &StaffingPart,
    p: &mut Problems,
) -> PublishedStaffingTable {
    let st = &file.staffing_table;
    let mut column_categories = Vec::new();
    for c in &st.columns {
        if let Some(i) = p.resolve(c, &s.category_ids, "functiecategorie") {
            if column_categories.contains(&i) {
                p.err(
                    c.at,
                    format!(
                        "categorie '{}' staat twee keer in de kolommen van 'staffing_table'",
                        c.text
                    ),
                );
            }
            column_categories.push(i);
        }
    }
    for (i, id) in s.category_ids.iter().enumerate() {
        if !column_categories.contains(&i) && column_categories.len() == st.columns.len() {
            p.err(
                st.columns.first().and_then(|c| c.at),
                format!("categorie '{id}' ontbreekt in de kolommen van 'staffing_table'"),
            );
        }
    }
    let mut rows = Vec::new();
    for r in &st.rows {
        if let Some(row) = staffing_row(r, &st.columns, &column_categories, s, p) {
            rows.push(row);
        }
    }
    PublishedStaffingTable {
        title: st.title.clone(),
        section: st.section.clone(),
        columns: column_categories,
        rows,
    }
}

/// One Tabel 7 row: its years, choices and variants, the volume, total
/// and a cell per column read from their text, every active choice fixed,
/// and the same segments in each of its years. `None` when unusable.
fn staffing_row(
    r: &crate::model::schema::StaffingRow,
    columns: &[Id],
    column_categories: &[usize],
    s: &StaffingPart,
    p: &mut Problems,
) -> Option<PublishedStaffingRow> {
    let row_years: Vec<u16> = r.years.iter().filter_map(|y| p.year(y, &s.years)).collect();
    if row_years.is_empty() {
        p.err(r.id.at, format!("rij '{}' noemt geen jaar", r.id.text));
        return None;
    }
    let pairs = choice_pairs(p, &r.choices, s);
    let variants = row_variants(r, s, p);
    let n_variants = variants.as_ref().map_or(1, |(_, o)| o.len());
    let volume = published_numbers(&r.volume, "volume", false, n_variants, p);
    let total = published_numbers(&r.total, "totaal", false, n_variants, p);
    if r.cells.len() != columns.len() {
        let message = format!(
            "rij '{}' heeft {} cellen, maar 'staffing_table' heeft {} kolommen",
            r.id.text,
            r.cells.len(),
            columns.len()
        );
        p.err(r.id.at, message);
        return None;
    }
    let mut cells: Vec<Option<PublishedNumbers>> = vec![None; s.categories.len()];
    for (cell, &category) in r.cells.iter().zip(column_categories) {
        cells[category] = published_numbers(cell, "cel", true, n_variants, p);
    }
    let covered = check_choices_fixed(
        &r.id,
        &row_years,
        s,
        p,
        |_| true,
        |c| {
            pairs.iter().any(|&(pc, _)| pc == c)
                || variants.as_ref().is_some_and(|(vc, _)| *vc == c)
        },
    );
    let (Some(volume), Some(total), true, true) =
        (volume, total, cells.iter().all(Option::is_some), covered)
    else {
        return None;
    };
    let mut row = PublishedStaffingRow {
        id: r.id.text.clone(),
        period: r.period.clone(),
        description: r.description.clone(),
        years: row_years,
        choices: pairs,
        variants,
        volume,
        total,
        cells: cells.into_iter().flatten().collect(),
        selections: Vec::new(),
    };
    row.selections = (0..row.variant_count())
        .map(|v| row.build_selection(&s.choices, v))
        .collect();
    check_same_segments_each_year(&row, r, s, p);
    Some(row)
}

/// Every choice that `matters` and is active in the row's years must be
/// fixed by the row; names each one that is not. `false` when any is not.
fn check_choices_fixed(
    id: &Id,
    row_years: &[u16],
    s: &StaffingPart,
    p: &mut Problems,
    matters: impl Fn(&Choice) -> bool,
    fixed: impl Fn(usize) -> bool,
) -> bool {
    let mut covered = true;
    for (c, choice) in s.choices.iter().enumerate() {
        let active = row_years.iter().any(|&y| choice.is_active(y));
        if matters(choice) && active && !fixed(c) {
            p.err(
                id.at,
                format!(
                    "rij '{}' legt keuze '{}' niet vast; die geldt vanaf {}",
                    id.text, choice.id, choice.from_year
                ),
            );
            covered = false;
        }
    }
    covered
}

/// The choice whose options a row's figures are given for ("3,22 2,44
/// minus Assen"), with at least two of its options.
fn row_variants(
    r: &crate::model::schema::StaffingRow,
    s: &StaffingPart,
    p: &mut Problems,
) -> Option<(usize, Vec<usize>)> {
    let v = r.variants.as_ref()?;
    let c = p.resolve(&v.choice, &s.choice_ids, "keuze")?;
    let option_ids: Vec<String> = s.choices[c].options.iter().map(|o| o.id.clone()).collect();
    let options: Vec<usize> = v
        .options
        .iter()
        .filter_map(|o| p.resolve(o, &option_ids, "optie"))
        .collect();
    if options.len() < 2 {
        p.err(v.choice.at, "'variants' noemt minstens twee opties");
        return None;
    }
    Some((c, options))
}

/// The figures in a Tabel 7 text: one, or one per variant (`variants`);
/// none only where `allow_empty` (an empty cell). `what` names it.
fn published_numbers(
    cell: &Verbatim,
    what: &str,
    allow_empty: bool,
    variants: usize,
    p: &mut Problems,
) -> Option<PublishedNumbers> {
    let found = numbers_with_decimals_in(&cell.text);
    let ok = (allow_empty && found.is_empty()) || found.len() == 1 || found.len() == variants;
    if !ok {
        let message = if found.is_empty() {
            format!("{what} '{}' is geen getal", cell.text)
        } else {
            format!(
                "{what} '{}' bevat {} getallen; verwacht 1 of {} (één per variant)",
                cell.text,
                found.len(),
                variants
            )
        };
        p.err(cell.at, message);
        return None;
    }
    Some(PublishedNumbers {
        text: cell.text.clone(),
        values: found.iter().map(|(v, _)| *v).collect(),
        decimals: found.iter().map(|(_, d)| *d).max().unwrap_or(0),
    })
}

/// A row published for "2026/2027" must describe the same segments in
/// both years; otherwise one figure cannot stand for both.
fn check_same_segments_each_year(
    row: &PublishedStaffingRow,
    r: &crate::model::schema::StaffingRow,
    s: &StaffingPart,
    p: &mut Problems,
) {
    for selection in &row.selections {
        let shares = |year| {
            segment_shares(
                s.segments.len(),
                &s.developments,
                &s.choices,
                year,
                selection,
            )
        };
        let first = shares(row.years[0]);
        for &year in &row.years[1..] {
            if shares(year) != first {
                p.err(
                    r.id.at,
                    format!(
                        "rij '{}' geldt voor {} en {year}, maar de segmenten bij de samenwerking verschillen tussen die jaren",
                        row.id, row.years[0]
                    ),
                );
            }
        }
    }
}
