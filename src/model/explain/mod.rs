//! Dutch sentences that explain each figure: where it comes from (table and
//! row) and the arithmetic. The GUI's hover texts and the headless report use
//! the same sentences, so a figure on screen can be traced on paper.

use rust_decimal::Decimal;

mod check;
mod derivation;
mod labels;
mod own;
mod ranking;

pub use check::{
    check_item_line, check_summary, column_label, explanation_line, number_at_least, status_word,
    tolerance_sentence,
};
pub use derivation::{
    fit_sentences, misprint_sentence, rate_explanation, unknown_derivation, unknown_label,
};
use labels::{segment_name, variant_suffix};
pub use labels::{staffing_row_label, table_number, volume_row_label};
pub use own::{
    TaskSentences, extra_label, extra_sentence, score_origin, target_name, task_line,
    task_sentences, task_sentences_by_part,
};
pub use ranking::ranking_headline;

use super::dataset::DataSet;
use super::staffing::{Provenance, Term, YearStaffing};
use crate::format::{self, fte, money_mln, number, number_trimmed, round_to_sum};

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
        Provenance::OwnAdditions { .. } => {
            "berekend: met eigen toevoegingen van de aannameset (taken, groei of inhuur)".into()
        }
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
            super::staffing::staffing_for_situation(
                data,
                &data.ratios,
                r.years[0],
                r.selection(v),
                &volumes,
            )
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
        let by = if staffing
            .tasks
            .iter()
            .any(|t| t.category == category && t.used)
        {
            "de taken van de aannameset"
        } else {
            "de rollen van de aannameset"
        };
        return format!(
            "{}, {name}: volgens de volumeregel {}, maar vervangen door {by}",
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
        Some(shares) => {
            let list = data
                .criteria
                .iter()
                .zip(format::percents_whole(&shares))
                .map(|(c, p)| format!("{}. {} {p}", c.number, c.name))
                .collect::<Vec<_>>()
                .join(" · ");
            match format::shares_rounding_note(&shares) {
                Some(note) => format!("{list} ({note})"),
                None => list,
            }
        }
    }
}
