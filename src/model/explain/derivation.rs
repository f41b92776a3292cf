//! How each ratio follows from the published cells, in words and sums.

use rust_decimal::Decimal;

use super::labels::{segment_name, staffing_row_label, table_number, variant_suffix};
use crate::format::{money_mln, number, number_trimmed};
use crate::model::dataset::DataSet;
use crate::model::fit::{FitChoice, Misprint, RatioTable, Unknown};

/// How an unknown of a category fit follows from the published cells:
/// "0,1175 fte = 1 × 0,44 (Tabel 7, rij '…') − 1 × 0,32 (…) …".
pub fn unknown_derivation(
    data: &DataSet,
    ratios: &RatioTable,
    category: usize,
    unknown: usize,
) -> String {
    let fit = &ratios.fits[category];
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
        let corrected = e
            .corrected_from
            .map(|printed| {
                format!(
                    "; gedrukt {}, vermoedelijk een drukfout",
                    number_trimmed(printed, 2)
                )
            })
            .unwrap_or_default();
        text.push_str(&format!(
            "{sign}{} × {} ({}{variant}{corrected})",
            number_trimmed(weight.abs(), 4),
            number(e.published, 2),
            staffing_row_label(data, e.row),
        ));
    }
    text
}

/// What an unknown stands for, in words.
pub fn unknown_label(
    data: &DataSet,
    ratios: &RatioTable,
    category: usize,
    unknown: usize,
) -> String {
    match ratios.fits[category].unknowns[unknown] {
        Unknown::Group(g) => {
            let group = &ratios.groups[g];
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
pub fn rate_explanation(
    data: &DataSet,
    ratios: &RatioTable,
    category: usize,
    segment: usize,
) -> String {
    let fit = &ratios.fits[category];
    let g = ratios.segment_group[segment];
    let Some(unknown) = fit.unknowns.iter().position(|u| *u == Unknown::Group(g)) else {
        return String::new();
    };
    let group = &ratios.groups[g];
    let mut text = format!(
        "{}, {}: {} fte per mln. {}: {}",
        data.categories[category].name,
        segment_name(data, segment),
        number_trimmed(fit.rate_per_mln[segment], 5),
        crate::format::capitalised(&unknown_label(data, ratios, category, unknown)),
        unknown_derivation(data, ratios, category, unknown)
    );
    if let Some(a) = group.assumption {
        text.push_str(&format!(
            ". Verdeeld volgens aanname '{}'",
            data.assumptions[a].label
        ));
    }
    text
}

/// "Tabel 7, rij '…', Kwaliteit/beleid 0,68 is vermoedelijk een drukfout:
/// gerekend met 0,57, want …"
pub fn misprint_sentence(data: &DataSet, misprint: &Misprint) -> String {
    let row = &data.staffing_table.rows[misprint.row];
    let split = row.cells[misprint.category].values.len() > 1;
    let variant = if split {
        variant_suffix(data, misprint.row, misprint.variant)
    } else {
        String::new()
    };
    let totals: Vec<String> = misprint.totals.iter().map(|t| number(*t, 2)).collect();
    format!(
        "{}, {}{variant} {} is vermoedelijk een drukfout: gerekend met {}, want alle andere rijen van deze kolom vragen {} en dan telt de rij op tot het gepubliceerde totaal ({})",
        staffing_row_label(data, misprint.row),
        data.categories[misprint.category].name,
        number_trimmed(misprint.published, 2),
        number_trimmed(misprint.corrected, 2),
        number_trimmed(misprint.corrected, 2),
        totals.join(" tot ")
    )
}

/// How the ratios follow from the staffing table, for the set's choice: the
/// correction and why, or "all cells as printed".
pub fn fit_sentences(data: &DataSet, fit: FitChoice) -> Vec<String> {
    let table = table_number(&data.staffing_table.title);
    match (fit, data.misprints.is_empty()) {
        (_, true) => vec![format!(
            "Verhoudingen uit alle gepubliceerde cellen van {table} (kleinste kwadraten; geen rij krijgt voorrang)."
        )],
        (FitChoice::Corrected, false) => data
            .misprints
            .iter()
            .map(|m| format!("{}.", misprint_sentence(data, m)))
            .collect(),
        (FitChoice::AllCells, false) => {
            let cells: Vec<String> = data
                .misprints
                .iter()
                .map(|m| {
                    format!(
                        "{} {}",
                        data.categories[m.category].name,
                        number_trimmed(m.published, 2)
                    )
                })
                .collect();
            vec![format!(
                "Verhoudingen uit alle gepubliceerde cellen van {table} zoals gedrukt, ook de vermoedelijke drukfout ({}); daardoor wijken ook correcte rijen iets af.",
                cells.join(", ")
            )]
        }
    }
}
