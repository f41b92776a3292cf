//! The group: every participant's ranking from their own weights, the
//! combined profile (arithmetic or geometric mean of the normalised
//! weights), where they agree in Dutch sentences, and band-SMAA over the
//! band their weights span. The participants come from the data (the five
//! municipalities); nothing here names them.

mod agreement;
pub mod band;
mod result;

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use super::additions::{GroupMean, Profile, WeightMethod};
use super::dataset::DataSet;
use super::inputs::{Inputs, Visible};
use super::ranking::{Ranking, ranking_visible, weight_shares};
use crate::format::percents_whole;
pub use agreement::{agreement_sentences, count_word, singular_label, weighing_label};
pub use band::{Band, BandSmaa, band_smaa};
pub use result::{GroupResult, ParticipantResult, mean_words};

/// The participants' profiles as used: one per participant of the data
/// (its own profile, or the set's weights), or the set's profiles when the
/// data names no participants.
pub fn effective_profiles(data: &DataSet, inputs: &Inputs) -> Vec<(Profile, bool)> {
    let set_profile = |name: &str| Profile {
        name: name.to_owned(),
        method: WeightMethod::Typed,
        values: inputs.weights(),
    };
    match &data.participants {
        Some(p) => p
            .names
            .iter()
            .map(
                |name| match inputs.profiles.iter().find(|x| x.name == *name) {
                    Some(own) => (own.clone(), true),
                    None => (set_profile(name), false),
                },
            )
            .collect(),
        None => inputs.profiles.iter().map(|p| (p.clone(), true)).collect(),
    }
}

/// `profile`'s weights expressed by another method: typed percentages,
/// an order of importance (equal shares share a place), or swing points
/// against the heaviest criterion.
pub fn converted(profile: &Profile, to: WeightMethod, visible: &[bool]) -> Profile {
    let shares = weight_shares(&profile.weights(visible))
        .unwrap_or_else(|| vec![Decimal::ZERO; profile.values.len()]);
    let max = shares.iter().copied().max().unwrap_or_default();
    let values = match to {
        WeightMethod::Typed => shares
            .iter()
            .map(|s| (s * Decimal::ONE_HUNDRED).round_dp(2))
            .collect(),
        WeightMethod::Order => shares
            .iter()
            .map(|s| Decimal::from(1 + shares.iter().filter(|o| *o > s).count() as u64))
            .collect(),
        WeightMethod::Swing => shares
            .iter()
            .map(|s| {
                if max.is_zero() {
                    Decimal::ZERO
                } else {
                    (s / max * Decimal::ONE_HUNDRED).round_dp(0)
                }
            })
            .collect(),
    };
    Profile {
        name: profile.name.clone(),
        method: to,
        values,
    }
}

/// The participants' label: the data's, or "deelnemers".
pub fn participants_label(data: &DataSet) -> String {
    data.participants
        .as_ref()
        .map_or_else(|| "deelnemers".to_owned(), |p| p.label.clone())
}

/// "Belangrijkste eerst: toezicht, legitimiteit = schaal, …; gewichten 46 %,
/// 26 %, …"
fn how_sentence(
    data: &DataSet,
    profile: &Profile,
    shares: Option<&[Decimal]>,
    hidden: &[bool],
) -> String {
    let percents = shares.map(percents_whole);
    let visible: Vec<usize> = (0..data.criteria.len())
        .filter(|&c| !hidden.get(c).copied().unwrap_or(false))
        .collect();
    match profile.method {
        WeightMethod::Typed => match &percents {
            Some(p) => format!(
                "Getypte gewichten: {}",
                visible
                    .iter()
                    .map(|&c| format!("{} {}", data.criteria[c].id, p[c]))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None => "Getypte gewichten, alle 0".into(),
        },
        WeightMethod::Order => {
            let mut ranked: Vec<usize> = visible
                .iter()
                .copied()
                .filter(|&c| profile.values[c] > Decimal::ZERO)
                .collect();
            ranked.sort_by(|&a, &b| profile.values[a].cmp(&profile.values[b]));
            let mut names = String::new();
            for (i, &c) in ranked.iter().enumerate() {
                if i > 0 {
                    let tie = profile.values[c] == profile.values[ranked[i - 1]];
                    names.push_str(if tie { " = " } else { ", " });
                }
                names.push_str(&data.criteria[c].id);
            }
            let weights = match &percents {
                Some(p) => ranked
                    .iter()
                    .map(|&c| p[c].clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                None => "–".into(),
            };
            format!("Belangrijkste eerst: {names}; gewichten {weights}")
        }
        WeightMethod::Swing => {
            let points: Vec<String> = visible
                .iter()
                .map(|&c| {
                    format!(
                        "{} {}",
                        data.criteria[c].id,
                        crate::format::number_trimmed(profile.values[c], 2)
                    )
                })
                .collect();
            let weights = match &percents {
                Some(p) => visible
                    .iter()
                    .map(|&c| p[c].clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                None => "–".into(),
            };
            format!(
                "Swing (belangrijkste = 100): {}; gewichten {weights}",
                points.join(", ")
            )
        }
    }
}

/// The combined profile: the mean of the normalised weights (arithmetic),
/// or their geometric mean renormalised (a criterion one participant
/// weighs 0 then gets 0). Participants without weights do not count.
pub fn combine(shares: &[&Vec<Decimal>], mean: GroupMean) -> Option<Vec<Decimal>> {
    let first = shares.first()?;
    let m = first.len();
    let k = Decimal::from(shares.len() as u64);
    let combined: Vec<Decimal> = match mean {
        GroupMean::Arithmetic => (0..m)
            .map(|c| shares.iter().map(|s| s[c]).sum::<Decimal>() / k)
            .collect(),
        GroupMean::Geometric => (0..m)
            .map(|c| {
                // ln/exp in f64 (no decimal roots), rounded to 12 places.
                let logs: Option<f64> = shares
                    .iter()
                    .map(|s| s[c].to_f64().filter(|v| *v > 0.0).map(f64::ln))
                    .sum();
                logs.map_or(Decimal::ZERO, |l| {
                    Decimal::from_f64((l / shares.len() as f64).exp())
                        .unwrap_or_default()
                        .round_dp(12)
                })
            })
            .collect(),
    };
    weight_shares(&combined)
}

/// The band over the visible `criteria`: per criterion the lowest and the
/// highest share among the participants who weigh; `None` when none does.
fn band(weighing: &[&Vec<Decimal>], criteria: &[usize]) -> Option<Band> {
    if weighing.is_empty() || criteria.is_empty() {
        return None;
    }
    let f = |x: Decimal| x.to_f64().unwrap_or(0.0);
    let fold = |c: usize, pick: fn(f64, f64) -> f64, start: f64| {
        weighing.iter().map(|s| f(s[c])).fold(start, pick)
    };
    Some(Band {
        lo: criteria
            .iter()
            .map(|&c| fold(c, f64::min, f64::INFINITY))
            .collect(),
        hi: criteria
            .iter()
            .map(|&c| fold(c, f64::max, f64::NEG_INFINITY))
            .collect(),
    })
}

/// Options of the sampled part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupOptions {
    pub seed: u64,
    pub draws: usize,
}

/// The group analysis; `None` when the data names no participants and the
/// set has no profiles.
pub fn group(data: &DataSet, inputs: &Inputs, options: GroupOptions) -> Option<GroupResult> {
    group_with(data, inputs, options, &band_smaa)
}

/// Band-SMAA of these values, band, draws and seed: [`band_smaa`], or a
/// result kept from an earlier state with the same (it does not depend on
/// the set's weights when every participant weighs for itself).
pub type BandOf<'a> = &'a dyn Fn(&[Vec<f64>], &Band, usize, u64) -> BandSmaa;

/// [`group`] with band-SMAA from `band_of`.
pub fn group_with(
    data: &DataSet,
    inputs: &Inputs,
    options: GroupOptions,
    band_of: BandOf,
) -> Option<GroupResult> {
    let profiles = effective_profiles(data, inputs);
    if profiles.is_empty() {
        return None;
    }
    let values = inputs.score_values(data);
    let visible = inputs.visible();
    let participants: Vec<ParticipantResult> = profiles
        .iter()
        .map(|(profile, own)| participant_result(data, inputs, (&values, &visible), profile, *own))
        .collect();
    // Only who weighed counts: a participant without weights of its own
    // shows the set's, and must not add to the combined profile, the band
    // or any sentence about agreement.
    let weighing: Vec<&Vec<Decimal>> = participants
        .iter()
        .filter(|p| p.own)
        .filter_map(|p| p.shares.as_ref())
        .collect();
    let combined_shares = combine(&weighing, inputs.group_mean);
    let combined = match &combined_shares {
        Some(shares) => ranking_visible(&values, shares, &visible),
        None => Ranking::NoWeights,
    };
    let label = participants_label(data);
    let agreement = agreement_sentences(data, &label, &participants, &combined);
    let band = band(&weighing, &visible.criteria);
    let sub_values = visible_values(&values, &visible);
    let band_smaa = band
        .as_ref()
        .filter(|b| !b.is_point() && !sub_values.is_empty())
        .map(|b| band_of(&sub_values, b, options.draws, options.seed));
    let band_sentences = agreement::band_sentences(
        data,
        &label,
        (weighing.len(), participants.len()),
        band.as_ref(),
        band_smaa.as_ref(),
        &visible.scenarios,
    );
    Some(GroupResult {
        label,
        participants,
        mean: inputs.group_mean,
        combined_shares,
        combined,
        agreement,
        band,
        band_smaa,
        band_sentences,
        band_scenarios: visible.scenarios.clone(),
    })
}

/// One participant's weighing (`own`: of its own, else the set's) and
/// the ranking it gives, over the visible scenarios and criteria.
fn participant_result(
    data: &DataSet,
    inputs: &Inputs,
    (values, visible): (&[Vec<Decimal>], &Visible),
    profile: &Profile,
    own: bool,
) -> ParticipantResult {
    let mut profile = profile.clone();
    profile.values.resize(data.criteria.len(), Decimal::ZERO);
    let weights = profile.weights(
        &inputs
            .hidden_criteria()
            .iter()
            .map(|h| !h)
            .collect::<Vec<_>>(),
    );
    let shares = weight_shares(&weights);
    ParticipantResult {
        name: profile.name.clone(),
        own,
        method: profile.method,
        how: how_sentence(data, &profile, shares.as_deref(), &inputs.hidden_criteria()),
        ranking: ranking_visible(values, &weights, visible),
        shares,
    }
}

/// The score values of the visible scenarios on the visible criteria, as
/// band-SMAA samples them.
fn visible_values(values: &[Vec<Decimal>], visible: &Visible) -> Vec<Vec<f64>> {
    visible
        .scenarios
        .iter()
        .map(|&s| {
            visible
                .criteria
                .iter()
                .map(|&c| values[s][c].to_f64().unwrap_or(0.0))
                .collect()
        })
        .collect()
}
