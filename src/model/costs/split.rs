//! Each participant's parts of a year, exact: the staff by the key (every
//! priced part less what own distributions carry of it), what each own
//! distribution charges its participants (their percents among them), the
//! other lines by the key or to their own participants; then the year's
//! rounded total split by the largest remainder of the exact amounts
//! (`share.rs`).

use rust_decimal::Decimal;

use super::key::KeyShares;
use super::share::{Apportioned, Fraction, common_denominator, largest_remainder, scaled};
use super::types::{PartKind, ParticipantYear, SharedPart};
use crate::model::additions::costs::CostInputs;

/// A priced part of the year's staffing: fte as shown × loonkosten.
pub(super) struct StaffPart {
    pub label: String,
    pub fte: Decimal,
    pub wage: Option<Decimal>,
}

/// Fte of staff part `part` carried by own distribution `share` (its
/// segment's terms, or the segment's supervision).
pub(super) struct OwnCut {
    pub part: usize,
    pub share: usize,
    pub fte: Decimal,
    pub supervision: bool,
}

/// Each member's share of something charged to `among` (participant
/// indices): their percents among them, or equal parts when those add up
/// to nothing; all of it for one alone.
fn shares_among(percents: &[Decimal], among: &[usize]) -> Vec<(usize, Fraction)> {
    let total: Decimal = among.iter().map(|&i| percents[i]).sum();
    among
        .iter()
        .map(|&i| {
            let fraction = if among.len() == 1 {
                Fraction::WHOLE
            } else if total > Decimal::ZERO {
                Fraction {
                    num: percents[i],
                    den: total,
                }
            } else {
                Fraction {
                    num: Decimal::ONE,
                    den: Decimal::from(among.len()),
                }
            };
            (i, fraction)
        })
        .collect()
}

/// The participants' parts of year `y`, and each one's total: the year's
/// rounded total (`total_eur`) split by largest remainder.
pub(super) fn split_year(
    c: &CostInputs,
    key: &KeyShares,
    participants: &[String],
    y: usize,
    staff: &[StaffPart],
    cuts: &[OwnCut],
    total_eur: Option<Decimal>,
) -> (Vec<ParticipantYear>, Option<Apportioned>) {
    let n = participants.len();
    let index_of = |name: &str| participants.iter().position(|p| p == name);
    let mut parts: Vec<Vec<SharedPart>> = vec![Vec::new(); n];
    staff_parts(c, &key.percents, &index_of, (staff, cuts), &mut parts);
    other_parts(c, &key.percents, &index_of, y, &mut parts);
    // Exact amounts as whole multiples of one common denominator, so the
    // remainders compare exactly.
    let common = common_denominator(parts.iter().flatten().map(|p| p.share));
    let scaled_totals: Option<Vec<Decimal>> = parts
        .iter()
        .map(|each| {
            each.iter()
                .map(|p| p.base().map(|b| scaled(b, p.share, common)))
                .sum::<Option<Decimal>>()
        })
        .collect();
    let rounding = match (&scaled_totals, total_eur) {
        (Some(scaled), Some(total)) => Some(largest_remainder(scaled, common, total)),
        _ => None,
    };
    let out = parts
        .into_iter()
        .enumerate()
        .map(|(i, parts)| ParticipantYear {
            exact_eur: scaled_totals.as_ref().map(|s| s[i] / common),
            total_eur: rounding.as_ref().map(|r| r.rounded[i]),
            parts,
        })
        .collect();
    (out, rounding)
}

/// The staff parts: by the key each priced part less what own
/// distributions carry of it; then each own distribution's terms and its
/// supervision, for those who carry it.
fn staff_parts(
    c: &CostInputs,
    percents: &[Decimal],
    index_of: &dyn Fn(&str) -> Option<usize>,
    (staff, cuts): (&[StaffPart], &[OwnCut]),
    parts: &mut [Vec<SharedPart>],
) {
    // Staff by the key: each part less what own distributions carry of it.
    for (k, part) in staff.iter().enumerate() {
        let carried: Decimal = cuts.iter().filter(|x| x.part == k).map(|x| x.fte).sum();
        for (i, into) in parts.iter_mut().enumerate() {
            into.push(SharedPart {
                kind: PartKind::Staff,
                label: part.label.clone(),
                fte: Some(part.fte - carried),
                wage: part.wage,
                amount: None,
                share: Fraction::percent(percents[i]),
            });
        }
    }
    // Own distributions: the segment's terms, then its supervision.
    for (o, own) in c.own_shares.iter().enumerate() {
        let among: Vec<usize> = own
            .participants
            .iter()
            .filter_map(|p| index_of(p))
            .collect();
        for supervision in [false, true] {
            for cut in cuts
                .iter()
                .filter(|x| x.share == o && x.supervision == supervision)
            {
                let part = &staff[cut.part];
                for (i, share) in shares_among(percents, &among) {
                    parts[i].push(SharedPart {
                        kind: if supervision {
                            PartKind::Supervision(o)
                        } else {
                            PartKind::Own(o)
                        },
                        label: part.label.clone(),
                        fte: Some(cut.fte),
                        wage: part.wage,
                        amount: None,
                        share,
                    });
                }
            }
        }
    }
}

/// The other cost lines of year `y`: by the key, or to their own
/// participants.
fn other_parts(
    c: &CostInputs,
    percents: &[Decimal],
    index_of: &dyn Fn(&str) -> Option<usize>,
    y: usize,
    parts: &mut [Vec<SharedPart>],
) {
    let n = parts.len();
    for (l, line) in c.other.iter().enumerate() {
        let Some(amount) = line.per_year.get(y).copied().flatten() else {
            continue;
        };
        let members: Vec<(usize, Fraction)> = if line.charged_to.is_empty() {
            (0..n)
                .map(|i| (i, Fraction::percent(percents[i])))
                .collect()
        } else {
            let among: Vec<usize> = line.charged_to.iter().filter_map(|p| index_of(p)).collect();
            shares_among(percents, &among)
        };
        let label = if line.charged_to.is_empty() {
            line.name.clone()
        } else {
            format!(
                "{} (alleen voor {})",
                line.name,
                crate::format::join_and(&line.charged_to)
            )
        };
        for (i, share) in members {
            parts[i].push(SharedPart {
                kind: PartKind::Other(l),
                label: label.clone(),
                fte: None,
                wage: None,
                amount: Some(amount),
                share,
            });
        }
    }
}
