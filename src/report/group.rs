//! The participants in the report and the CSV: each one's ranking and how
//! its weights followed, the combined ranking, where they agree and the
//! band-SMAA. Headed with the data's label ("GEMEENTEN").

use super::csv_line::csv_line;
use crate::format::{number, number_ascii, percents_whole};
use crate::model::DataSet;
use crate::model::additions::GroupMean;
use crate::model::group::GroupResult;
use crate::model::ranking::Ranking;

fn order_text(data: &DataSet, ranking: &Ranking) -> String {
    match ranking.absent_reason() {
        Some(why) => why.to_owned(),
        None => ranking
            .entries()
            .iter()
            .map(|e| {
                format!(
                    "{}. {} ({})",
                    e.rank,
                    data.scenarios[e.scenario].label(),
                    number(e.total, 2)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn mean_word(mean: GroupMean) -> &'static str {
    match mean {
        GroupMean::Arithmetic => "rekenkundig gemiddelde van de genormaliseerde gewichten",
        GroupMean::Geometric => {
            "meetkundig gemiddelde van de genormaliseerde gewichten, opnieuw op 100 % gebracht (een criterium dat één deelnemer op 0 zet, telt niet mee)"
        }
    }
}

/// The combined profile's weights in words: "legitimiteit 15 %,
/// toezicht 24 %, …", with the rounding note when they do not add up to 100
/// (the text report and the appendix).
pub fn combined_weights(data: &DataSet, group: &GroupResult) -> Option<String> {
    let shares = group.combined_shares.as_ref()?;
    let weights: Vec<String> = data
        .criteria
        .iter()
        .zip(percents_whole(shares))
        .map(|(c, p)| format!("{} {p}", c.id))
        .collect();
    let note = crate::format::shares_rounding_note(shares)
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    Some(format!("{}{note}", weights.join(", ")))
}

/// The section of the text report.
pub fn group_text(data: &DataSet, group: &GroupResult) -> String {
    let mut out = format!(
        "{} ({} profielen; gezamenlijk: {})\n",
        group.label.to_uppercase(),
        group.participants.len(),
        mean_word(group.mean)
    );
    for p in &group.participants {
        let own = if p.own { "" } else { " [gewichten van de set]" };
        out.push_str(&format!("  {}{own}: {}\n", p.name, p.how));
        out.push_str(&format!("    {}\n", order_text(data, &p.ranking)));
    }
    if let Some(shares) = &group.combined_shares {
        let weights: Vec<String> = data
            .criteria
            .iter()
            .zip(percents_whole(shares))
            .map(|(c, p)| format!("{} {p}", c.id))
            .collect();
        out.push_str(&format!("  Gezamenlijk profiel: {}\n", weights.join(", ")));
    }
    out.push_str(&format!("    {}\n", order_text(data, &group.combined)));
    out.push_str("  Waar zijn ze het over eens?\n");
    for sentence in &group.agreement {
        out.push_str(&format!("  - {sentence}\n"));
    }
    out.push_str("  Binnen de bandbreedte van hun gewichten (band-SMAA)\n");
    for sentence in &group.band_sentences {
        out.push_str(&format!("  - {sentence}\n"));
    }
    out
}

/// The same for the CSV: a row per participant and the combined profile
/// (weights as numbers), then the sentences.
pub fn group_csv(data: &DataSet, group: &GroupResult) -> String {
    let mut out = csv_line(&[format!(
        "{} (gezamenlijk: {})",
        crate::format::capitalised(&group.label),
        mean_word(group.mean)
    )]);
    let mut header = vec!["Naam".to_owned(), "Hoe".to_owned()];
    header.extend(data.criteria.iter().map(|c| format!("Gewicht {}", c.name)));
    header.push("Eerste".into());
    header.push("Rangorde".into());
    out.push_str(&csv_line(&header));
    let row = |name: String,
               how: String,
               shares: &Option<Vec<rust_decimal::Decimal>>,
               ranking: &Ranking| {
        let mut fields = vec![name, how];
        match shares {
            Some(s) => fields.extend(s.iter().map(|v| number_ascii(*v, 4))),
            None => fields.extend(data.criteria.iter().map(|_| String::new())),
        }
        fields.push(
            ranking
                .entries()
                .first()
                .map(|e| data.scenarios[e.scenario].label())
                .unwrap_or_default(),
        );
        fields.push(order_text(data, ranking));
        csv_line(&fields)
    };
    for p in &group.participants {
        let how = if p.own {
            p.how.clone()
        } else {
            "gewichten van de set".into()
        };
        out.push_str(&row(p.name.clone(), how, &p.shares, &p.ranking));
    }
    out.push_str(&row(
        "Gezamenlijk".into(),
        mean_word(group.mean).into(),
        &group.combined_shares,
        &group.combined,
    ));
    for sentence in group.agreement.iter().chain(&group.band_sentences) {
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
