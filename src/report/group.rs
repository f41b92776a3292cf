//! The participants in the report and the CSV: each one's ranking and how
//! its weights followed, the combined ranking, where they agree and the
//! band-SMAA. Headed with the data's label ("GEMEENTEN").

use super::csv_line::csv_line;
use crate::format::number_ascii;
use crate::model::DataSet;
use crate::model::group::GroupResult;
use crate::present::results::{GroupLines, ParticipantLine};

/// The section of the text report.
pub fn group_text(data: &DataSet, lines: &GroupLines) -> String {
    let mut out = format!(
        "{} ({} profielen; gezamenlijk: {})\n",
        lines.label.to_uppercase(),
        lines.participants.len(),
        lines.combined.how
    );
    for p in &lines.participants {
        let own = if p.own { "" } else { " [gewichten van de set]" };
        out.push_str(&format!("  {}{own}: {}\n", p.name, p.how));
        out.push_str(&format!("    {}\n", p.ranking.order()));
    }
    if let Some(shares) = &lines.combined.shares {
        out.push_str(&format!(
            "  Gezamenlijk profiel: {}\n",
            shares.by_criterion(data)
        ));
    }
    out.push_str(&format!("    {}\n", lines.combined.ranking.order()));
    out.push_str("  Waar zijn ze het over eens?\n");
    for sentence in &lines.agreement {
        out.push_str(&format!("  - {sentence}\n"));
    }
    out.push_str("  Binnen de bandbreedte van hun gewichten (band-SMAA)\n");
    for sentence in &lines.band_sentences {
        out.push_str(&format!("  - {sentence}\n"));
    }
    out
}

/// The same for the CSV: a row per participant and the combined profile
/// (weights as numbers), then the sentences and the band-SMAA's table.
pub fn group_csv(data: &DataSet, lines: &GroupLines, group: &GroupResult) -> String {
    let mut out = csv_line(&[format!(
        "{} (gezamenlijk: {})",
        crate::format::capitalised(&lines.label),
        lines.combined.how
    )]);
    let mut header = vec!["Naam".to_owned(), "Hoe".to_owned()];
    header.extend(data.criteria.iter().map(|c| format!("Gewicht {}", c.name)));
    header.push("Eerste".into());
    header.push("Rangorde".into());
    out.push_str(&csv_line(&header));
    let row = |p: &ParticipantLine| {
        let mut fields = vec![p.name.clone(), p.how_in_table().to_owned()];
        match &p.shares {
            Some(s) => fields.extend(s.fractions.iter().map(|v| number_ascii(*v, 4))),
            None => fields.extend(data.criteria.iter().map(|_| String::new())),
        }
        fields.push(p.ranking.first_label());
        fields.push(p.ranking.order());
        csv_line(&fields)
    };
    for p in lines.rows() {
        out.push_str(&row(p));
    }
    for sentence in lines.agreement.iter().chain(&lines.band_sentences) {
        out.push_str(&csv_line(std::slice::from_ref(sentence)));
    }
    if let Some(smaa) = &group.band_smaa {
        let mut header = vec!["Band-SMAA: scenario".to_owned()];
        header.extend((1..=smaa.acceptability.len()).map(|r| format!("Plaats {r}")));
        out.push_str(&csv_line(&header));
        for (i, row) in smaa.acceptability.iter().enumerate() {
            let s = group.band_scenarios.get(i).copied().unwrap_or(i);
            let mut fields = vec![data.scenarios[s].label()];
            fields.extend(row.iter().map(|share| {
                number_ascii(
                    rust_decimal::Decimal::from_f64_retain(*share).unwrap_or_default(),
                    4,
                )
            }));
            out.push_str(&csv_line(&fields));
        }
    }
    out
}
