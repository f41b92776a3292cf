//! `staffing.ron`, the published tables: Tabel 6 (volume per situation) and
//! Tabel 7 (fte per situation and category), verbatim, with the numbers read
//! out of their text and each row's situation resolved and cached.

use super::problems::Problems;
use super::staffing::StaffingPart;
use crate::model::dataset::{
    PublishedNumbers, PublishedStaffingRow, PublishedStaffingTable, PublishedVolumeCell,
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
    let mut rows = Vec::new();
    for r in &vt.rows {
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
            continue;
        }
        let mut cells = Vec::new();
        for cell in &r.cells {
            let numbers = numbers_with_decimals_in(&cell.text);
            match (numbers.as_slice(), of_which.is_empty()) {
                ([], _) => p.err(cell.at, format!("volume '{}' is geen getal", cell.text)),
                ([v], true) => cells.push(PublishedVolumeCell {
                    text: cell.text.clone(),
                    value_mln: v.0,
                    decimals: v.1,
                    of_which_mln: None,
                }),
                ([v, w], false) => cells.push(PublishedVolumeCell {
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
        for (c, choice) in s.choices.iter().enumerate() {
            let affects_volume = choice
                .options
                .iter()
                .any(|o| o.shares != choice.options[0].shares);
            let active = row_years.iter().any(|&y| choice.is_active(y));
            let fixed = pairs
                .iter()
                .chain(columns.iter().flat_map(|col| &col.choices))
                .any(|&(pc, _)| pc == c);
            if affects_volume && active && !fixed {
                p.err(
                    r.id.at,
                    format!(
                        "rij '{}' legt keuze '{}' niet vast; die geldt vanaf {}",
                        r.id.text, choice.id, choice.from_year
                    ),
                );
            }
        }
        if cells.len() == columns.len() && !row_years.is_empty() {
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
            rows.push(row);
        }
    }
    PublishedVolumeTable {
        title: vt.title.clone(),
        section: vt.section.clone(),
        columns,
        rows,
    }
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
    let variants = r.variants.as_ref().and_then(|v| {
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
    });
    let n_variants = variants.as_ref().map_or(1, |(_, o)| o.len());
    let mut numbers =
        |cell: &Verbatim, what: &str, allow_empty: bool| -> Option<PublishedNumbers> {
            let found = numbers_with_decimals_in(&cell.text);
            let ok =
                (allow_empty && found.is_empty()) || found.len() == 1 || found.len() == n_variants;
            if !ok {
                let message = if found.is_empty() {
                    format!("{what} '{}' is geen getal", cell.text)
                } else {
                    format!(
                        "{what} '{}' bevat {} getallen; verwacht 1 of {} (één per variant)",
                        cell.text,
                        found.len(),
                        n_variants
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
        };
    let volume = numbers(&r.volume, "volume", false);
    let total = numbers(&r.total, "totaal", false);
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
        cells[category] = numbers(cell, "cel", true);
    }
    let mut covered = true;
    for (c, choice) in s.choices.iter().enumerate() {
        let active = row_years.iter().any(|&y| choice.is_active(y));
        let fixed = pairs.iter().any(|&(pc, _)| pc == c)
            || variants.as_ref().is_some_and(|(vc, _)| *vc == c);
        if active && !fixed {
            p.err(
                r.id.at,
                format!(
                    "rij '{}' legt keuze '{}' niet vast; die geldt vanaf {}",
                    r.id.text, choice.id, choice.from_year
                ),
            );
            covered = false;
        }
    }
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
    // A row published for "2026/2027" must describe the same segments in
    // both years; otherwise one figure cannot stand for both.
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
    Some(row)
}
