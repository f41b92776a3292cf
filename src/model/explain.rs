//! Dutch sentences that explain each figure: where it comes from (table and
//! row) and the arithmetic. The GUI's hover texts and the headless report use
//! the same sentences, so a figure on screen can be traced on paper.

use rust_decimal::Decimal;

use super::dataset::DataSet;
use super::fit::Unknown;
use super::source_check::{CellRef, CheckItem, Column, Explanation, Status, Table, Tolerances};
use super::staffing::{Provenance, Term, YearStaffing};
use crate::format::{self, fte, money_mln, number, number_trimmed, round_to_sum};

/// "Tabel 7, rij '2025 – Huidig'"
pub fn staffing_row_label(data: &DataSet, row: usize) -> String {
    let title = table_number(&data.staffing_table.title);
    format!("{title}, rij '{}'", data.staffing_table.rows[row].period)
}

pub fn volume_row_label(data: &DataSet, row: usize) -> String {
    let title = table_number(&data.volume_table.title);
    format!("{title}, rij '{}'", data.volume_table.rows[row].situation)
}

/// "Tabel 7" from "Tabel 7. Fte overzicht …"
pub fn table_number(title: &str) -> &str {
    title.split('.').next().unwrap_or(title)
}

fn variant_suffix(data: &DataSet, row: usize, variant: usize) -> String {
    match &data.staffing_table.rows[row].variants {
        Some((choice, options)) if options.len() > 1 => {
            let c = &data.choices[*choice];
            format!(" ({}: {})", c.label, c.options[options[variant]].label)
        }
        _ => String::new(),
    }
}

/// Where a year's figures come from, in one line.
pub fn provenance(data: &DataSet, staffing: &YearStaffing) -> String {
    match staffing.provenance {
        Provenance::Published { row, variant } => {
            let published = published_total(data, row, variant);
            format!(
                "gepubliceerd: {}{}, totaal {}",
                staffing_row_label(data, row),
                variant_suffix(data, row, variant),
                published.map(fte).unwrap_or_else(|| "—".into())
            )
        }
        Provenance::VolumesChanged { row, .. } => format!(
            "berekend: situatie van {}, maar met gewijzigde volumes",
            staffing_row_label(data, row)
        ),
        Provenance::NotTabulated => format!(
            "berekend: deze combinatie staat niet in {}",
            table_number(&data.staffing_table.title)
        ),
        Provenance::RolesUsed { .. } => format!(
            "berekend: {} volgt uit de rollen van de aannameset",
            data.supervision_block
                .as_ref()
                .map_or("het toezichtblok", |b| b.label.as_str())
        ),
    }
}

/// Short status word: "gepubliceerd" or "berekend".
pub fn provenance_word(staffing: &YearStaffing) -> &'static str {
    if staffing.provenance.is_published() {
        "gepubliceerd"
    } else {
        "berekend"
    }
}

/// The published total of a row for a variant (ranges: the variant's end).
pub fn published_total(data: &DataSet, row: usize, variant: usize) -> Option<Decimal> {
    let r = &data.staffing_table.rows[row];
    let values = &r.total.values;
    if values.len() <= 1 {
        return values.first().copied();
    }
    // A range is published low–high; match it to the variants by their
    // totals computed at the report volumes.
    let volumes = super::staffing::report_volumes(data);
    let totals: Vec<Decimal> = (0..r.variant_count())
        .map(|v| {
            super::staffing::staffing_for_situation(data, r.years[0], r.selection(v), &volumes)
                .total_fte
        })
        .collect();
    let mut order: Vec<usize> = (0..totals.len()).collect();
    order.sort_by_key(|&v| totals[v]);
    let mut sorted = values.clone();
    sorted.sort();
    order
        .iter()
        .position(|&v| v == variant)
        .and_then(|i| sorted.get(i).copied())
}

/// Name of a segment for use in a sum.
fn segment_name(data: &DataSet, segment: usize) -> &str {
    &data.segments[segment].short_name
}

/// "2028, Management 0,48 fte = 0,21 (Wmo overig) + 0,11 (Centrumtaak) + …"
pub fn category_sum(data: &DataSet, staffing: &YearStaffing, category: usize) -> String {
    let c = &staffing.categories[category];
    let name = &data.categories[category].name;
    let Some(total) = c.fte else {
        return format!(
            "{}, {name}: niet apart in beeld in {} (in {} leeg; inbegrepen in de andere categorieën)",
            staffing.year,
            staffing.year,
            table_number(&data.staffing_table.title)
        );
    };
    if !c.counted {
        return format!(
            "{}, {name}: volgens de volumeregel {}, maar vervangen door de rollen van de aannameset",
            staffing.year,
            fte(total)
        );
    }
    if c.terms.is_empty() {
        return format!(
            "{}, {name} {}: geen volume bij {}",
            staffing.year,
            fte(total),
            data.organisation
        );
    }
    let values: Vec<Decimal> = c.terms.iter().map(Term::fte).collect();
    let rounded = round_to_sum(&values, total, 2);
    let mut text = format!("{}, {name} {} =", staffing.year, fte(total));
    for (i, (term, value)) in c.terms.iter().zip(rounded).enumerate() {
        let sign = match (i, value < Decimal::ZERO) {
            (0, false) => " ",
            (0, true) => " −",
            (_, false) => " + ",
            (_, true) => " − ",
        };
        text.push_str(&format!(
            "{sign}{} ({})",
            number(value.abs(), 2),
            term_label(data, term)
        ));
    }
    text
}

/// "2028, Toezicht en kwaliteit 5,80 fte uit rollen = 1,60 (…) + …;
/// volumeregel 4,35 fte; de set neemt het grootste."
pub fn role_block_sum(data: &DataSet, staffing: &YearStaffing) -> Option<String> {
    let block = staffing.roles.as_ref()?;
    let label = data
        .supervision_block
        .as_ref()
        .map_or("Toezichtblok", |b| b.label.as_str());
    let parts: Vec<String> = block
        .roles
        .iter()
        .map(|(name, value)| format!("{} ({name})", number(*value, 2)))
        .collect();
    let rule = match (block.combine, block.roles_used) {
        (super::inputs::Combine::Replace, _) => "de rollen vervangen de volumeregel".to_owned(),
        (super::inputs::Combine::Larger, true) => "de set neemt het grootste: de rollen".to_owned(),
        (super::inputs::Combine::Larger, false) => {
            "de set neemt het grootste: de volumeregel (de rollen blijven eronder)".to_owned()
        }
    };
    Some(format!(
        "{}, {label} uit rollen {} = {}; volgens de volumeregel {}; {rule}",
        staffing.year,
        fte(block.roles_total),
        parts.join(" + "),
        fte(block.volume_minimum)
    ))
}

fn term_label(data: &DataSet, term: &Term) -> String {
    match *term {
        Term::Segment { segment, .. } => segment_name(data, segment).to_owned(),
        Term::Fixed { .. } => "vast".into(),
        Term::Reduction { choice, option, .. } => {
            format!(
                "{}: {}",
                data.choices[choice].label, data.choices[choice].options[option].label
            )
        }
    }
}

/// One line per term: "Wmo overig: 34 mln × 0,00632 fte/mln = 0,215 fte".
pub fn term_details(data: &DataSet, staffing: &YearStaffing, category: usize) -> Vec<String> {
    staffing.categories[category]
        .terms
        .iter()
        .map(|term| match *term {
            Term::Segment {
                segment,
                volume_mln,
                rate_per_mln,
                fte: value,
            } => format!(
                "{}: {} × {} fte/mln = {} fte",
                segment_name(data, segment),
                money_mln(volume_mln),
                number_trimmed(rate_per_mln, 5),
                number_trimmed(value, 4)
            ),
            Term::Fixed { fte: value } => format!(
                "vast: {} (gelijk in alle rijen van {} vanaf {})",
                fte(value),
                table_number(&data.staffing_table.title),
                fixed_from_year(data, category).unwrap_or_default()
            ),
            Term::Reduction {
                volume_mln,
                rate_per_mln,
                fte: value,
                ..
            } => format!(
                "{}: {} × {} fte/mln = {} fte",
                term_label(data, term),
                money_mln(volume_mln),
                number_trimmed(rate_per_mln, 5),
                number_trimmed(value, 4)
            ),
        })
        .collect()
}

fn fixed_from_year(data: &DataSet, category: usize) -> Option<u16> {
    match data.categories[category].basis {
        super::schema::Basis::Fixed { from_year } => Some(from_year),
        super::schema::Basis::Volume => None,
    }
}

/// How an unknown of a category fit follows from the published cells:
/// "0,1175 fte = 1 × 0,44 (Tabel 7, rij '…') − 1 × 0,32 (…) …".
pub fn unknown_derivation(data: &DataSet, category: usize, unknown: usize) -> String {
    let fit = &data.ratios.fits[category];
    let mut text = format!("{} fte =", number_trimmed(fit.solution[unknown], 4));
    for (k, (equation, weight)) in fit.contributions(unknown).into_iter().enumerate() {
        let e = &fit.equations[equation];
        let sign = match (k, weight < Decimal::ZERO) {
            (0, false) => " ",
            (0, true) => " −",
            (_, false) => " + ",
            (_, true) => " − ",
        };
        let split = data.staffing_table.rows[e.row].cells[category].values.len() > 1;
        let variant = if split {
            variant_suffix(data, e.row, e.variant)
        } else {
            String::new()
        };
        text.push_str(&format!(
            "{sign}{} × {} ({}{variant})",
            number_trimmed(weight.abs(), 4),
            number(e.published, 2),
            staffing_row_label(data, e.row),
        ));
    }
    text
}

/// What an unknown stands for, in words.
pub fn unknown_label(data: &DataSet, category: usize, unknown: usize) -> String {
    match data.ratios.fits[category].unknowns[unknown] {
        Unknown::Group(g) => {
            let group = &data.ratios.groups[g];
            let names: Vec<&str> = group
                .segments
                .iter()
                .map(|&s| segment_name(data, s))
                .collect();
            let volume: Decimal = group
                .segments
                .iter()
                .map(|&s| data.segments[s].report_volume_mln)
                .sum();
            format!("{} bij {}", names.join(" + "), money_mln(volume))
        }
        Unknown::FixedBase => "vaste formatie".into(),
        Unknown::Reduction { choice, option } => format!(
            "verlaging bij '{}: {}'",
            data.choices[choice].label, data.choices[choice].options[option].label
        ),
    }
}

/// Everything about one ratio: fte per mln of a segment in a category.
pub fn rate_explanation(data: &DataSet, category: usize, segment: usize) -> String {
    let fit = &data.ratios.fits[category];
    let g = data.ratios.segment_group[segment];
    let Some(unknown) = fit.unknowns.iter().position(|u| *u == Unknown::Group(g)) else {
        return String::new();
    };
    let group = &data.ratios.groups[g];
    let mut text = format!(
        "{}, {}: {} fte per mln. {}: {}",
        data.categories[category].name,
        segment_name(data, segment),
        number_trimmed(fit.rate_per_mln[segment], 5),
        capitalize(&unknown_label(data, category, unknown)),
        unknown_derivation(data, category, unknown)
    );
    if let Some(a) = group.assumption {
        text.push_str(&format!(
            ". Verdeeld volgens aanname '{}'",
            data.assumptions[a].label
        ));
    }
    text
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Name of a checked cell's column.
pub fn column_label(data: &DataSet, table: Table, column: Column) -> String {
    match (table, column) {
        (_, Column::Volume(c)) => data.volume_table.columns[c].heading.clone(),
        (_, Column::OfWhich(c)) => format!("{} (waarvan)", data.volume_table.columns[c].heading),
        (_, Column::StaffingVolume) => "Resterend volume".into(),
        (_, Column::Category(c)) => data.categories[c].name.clone(),
        (_, Column::Total) => "Fte's totaal".into(),
    }
}

fn cell_label(data: &DataSet, table: Table, cell: CellRef) -> String {
    let row = match table {
        Table::Volume => volume_row_label(data, cell.row),
        Table::Staffing => staffing_row_label(data, cell.row),
    };
    let variant = if table == Table::Staffing && !matches!(cell.column, Column::Total) {
        variant_suffix_if_split(data, cell)
    } else {
        String::new()
    };
    format!("{row}, {}{variant}", column_label(data, table, cell.column))
}

fn variant_suffix_if_split(data: &DataSet, cell: CellRef) -> String {
    let r = &data.staffing_table.rows[cell.row];
    match cell.column {
        Column::Category(c) if r.cells[c].values.len() > 1 => {
            variant_suffix(data, cell.row, cell.variant)
        }
        _ => String::new(),
    }
}

pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Equal => "klopt",
        Status::Rounding => "afronding",
        Status::Discrepancy => "afwijking",
    }
}

fn decimals_for(column: Column) -> u32 {
    match column {
        Column::Volume(_) | Column::OfWhich(_) | Column::StaffingVolume => 1,
        Column::Category(_) | Column::Total => 2,
    }
}

/// "Tabel 7, rij '…', Kwaliteit/beleid: gepubliceerd 0,68, berekend 0,65:
/// afwijking; strijdig met …"
pub fn check_item_line(data: &DataSet, item: &CheckItem) -> String {
    let d = decimals_for(item.cell.column);
    let show = |v: Option<Decimal>| match v {
        None => "leeg".to_owned(),
        Some(v) if d == 2 => number_at_least(v, 2, 4),
        Some(v) => number_trimmed(v, d),
    };
    let mut text = format!(
        "{}: gepubliceerd {}, berekend {}: {}",
        cell_label(data, item.table, item.cell),
        show(item.published),
        show(item.computed),
        status_word(item.status)
    );
    if let Some(diff) = item.difference().filter(|d| !d.is_zero()) {
        text.push_str(&format!(
            " (verschil {})",
            signed(diff, if d == 2 { 4 } else { 1 })
        ));
    }
    if !item.conflicts_with.is_empty() {
        let others: Vec<String> = item
            .conflicts_with
            .iter()
            .map(|c| match c.column {
                Column::Category(_) if c.row != item.cell.row => {
                    format!("'{}'", data.staffing_table.rows[c.row].period)
                }
                _ => column_label(data, item.table, c.column),
            })
            .collect();
        let what = if item.cell.column == Column::Total {
            "door"
        } else {
            "strijdig met"
        };
        text.push_str(&format!("; {what} {}", others.join(", ")));
    }
    text
}

/// At least `min` and at most `max` decimals: 1,40 · 1,4025 · 12,40.
pub fn number_at_least(value: Decimal, min: u32, max: u32) -> String {
    let trimmed = value.round_dp(max).normalize();
    number(trimmed, trimmed.scale().max(min))
}

fn signed(value: Decimal, decimals: u32) -> String {
    let text = number_trimmed(value, decimals);
    if value > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

/// "Als Tabel 7, rij '…', Kwaliteit/beleid 0,57 was (gepubliceerd 0,68),
/// kloppen alle andere rijen van deze kolom, en ook het rijtotaal."
pub fn explanation_line(data: &DataSet, e: &Explanation) -> String {
    let mut text = format!(
        "Als {} {} was in plaats van {}, kloppen alle andere rijen van deze kolom",
        cell_label(data, Table::Staffing, e.cell),
        number(e.implied, 2),
        number(e.published, 2)
    );
    if e.total_agrees {
        text.push_str(", én het gepubliceerde rijtotaal: waarschijnlijk een drukfout in deze cel");
    } else {
        text.push_str(", maar dan klopt het gepubliceerde rijtotaal niet meer");
    }
    text
}

/// "Lichte jeugdhulp: Naar de JHRD · Buurtkracht Assen: Ingekocht via NMD …"
pub fn selection_summary(data: &DataSet, selection: &[usize]) -> String {
    data.choices
        .iter()
        .zip(selection)
        .map(|(c, &o)| format!("{}: {}", c.label, c.options[o].label))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "Legitimiteit 20 % · Toezicht 40 % …" (names shortened to the first word
/// group before " en ").
pub fn weights_summary(data: &DataSet, weights: &[Decimal]) -> String {
    match super::ranking::weight_shares(weights) {
        None => "alle gewichten 0".into(),
        Some(shares) => data
            .criteria
            .iter()
            .zip(shares)
            .map(|(c, s)| format!("{}. {} {}", c.number, c.name, format::percent_whole(s)))
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

/// "≤ 0,01 fte per cel, ≤ 0,02 fte per totaal, ≤ 1 mln per volume": what
/// counts as rounding, from the precision of the published cells; a column
/// published with another precision is named.
pub fn tolerance_sentence(data: &DataSet, tolerances: &Tolerances) -> String {
    let cells = &tolerances.category_fte;
    let usual = cells
        .iter()
        .max_by_key(|t| cells.iter().filter(|u| u == t).count())
        .copied()
        .unwrap_or_default();
    let others: Vec<String> = cells
        .iter()
        .enumerate()
        .filter(|&(_, t)| *t != usual)
        .map(|(c, t)| {
            format!(
                "{} ≤ {} fte",
                data.categories[c].name,
                number_trimmed(*t, 6)
            )
        })
        .collect();
    let exceptions = if others.is_empty() {
        String::new()
    } else {
        format!(" ({})", others.join(", "))
    };
    format!(
        "≤ {} fte per cel{exceptions}, ≤ {} fte per totaal, ≤ {} mln per volume",
        number_trimmed(usual, 6),
        number_trimmed(tolerances.total_fte, 6),
        number_trimmed(tolerances.largest_volume_mln(), 6)
    )
}
