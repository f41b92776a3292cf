//! Own distributions (artikel 8.4) in fte: a segment charged to named
//! participants carries exactly its terms in the staffing derivation (each
//! as the derivation shows it, to 4 decimals), category by category, priced
//! with that category's loonkosten. Its supervision is a separate matter
//! the parties settle (artikel 8.4 leaves it to them): where the data say
//! how much of a fixed category supervises the segment (the option that
//! would organise that supervision otherwise removes `volume × fte per
//! mln`), that fte follows the segment when the set says so, and stays
//! with the key otherwise.

use rust_decimal::Decimal;

use super::share::round_half_up;
use crate::model::dataset::DataSet;
use crate::model::inputs::Inputs;
use crate::model::staffing::{Term, YearStaffing};

/// Decimals of a term as the staffing derivation shows it.
pub const TERM_DECIMALS: u32 = 4;

/// The fte `segment` brings to `category` this year: its terms in the
/// derivation, each as shown (4 decimals); zero for a category that does
/// not count or has no fte.
pub fn segment_fte(year: &YearStaffing, category: usize, segment: usize) -> Decimal {
    let Some(staffing) = year.categories.get(category) else {
        return Decimal::ZERO;
    };
    if !staffing.counted || staffing.fte.is_none() {
        return Decimal::ZERO;
    }
    staffing
        .terms
        .iter()
        .filter_map(|t| match t {
            Term::Segment {
                segment: s, fte, ..
            } if *s == segment => Some(round_half_up(*fte, TERM_DECIMALS)),
            _ => None,
        })
        .sum()
}

/// The supervision of `segment` in `year`: the fixed category and its fte
/// that supervise the segment, when the data identify them (a choice
/// active this year has an option that would lower that category by the
/// segment's volume) and that option is not chosen (chosen, the
/// supervision is already out of the staffing). The fte is the segment's
/// volume × the option's fte per mln, to 4 decimals.
pub fn supervision_fte(
    data: &DataSet,
    inputs: &Inputs,
    year: &YearStaffing,
    segment: usize,
) -> Option<(usize, Decimal)> {
    let ratios = data.ratios_for(inputs.fit);
    for (c, choice) in data.choices.iter().enumerate() {
        if !choice.is_active(year.year) {
            continue;
        }
        let chosen = inputs.selection.get(c).copied().unwrap_or(choice.default);
        let covers = |o: usize| {
            choice.options[o]
                .reduces
                .as_ref()
                .filter(|r| r.by_volume_of.contains(&segment))
        };
        if covers(chosen).is_some() {
            return None;
        }
        for (o, _) in choice.options.iter().enumerate() {
            let Some(reduction) = covers(o) else { continue };
            let category = reduction.category;
            let staffing = year.categories.get(category)?;
            if !staffing.counted || staffing.fte.is_none_or(|f| f <= Decimal::ZERO) {
                return None;
            }
            let fit = ratios.fits.get(category)?;
            let rate = crate::model::ratios::reduction_rate(fit, data, c, o)?;
            let volume = year.volume_mln.get(segment).copied().unwrap_or_default();
            let fte = round_half_up(volume * rate, TERM_DECIMALS);
            return (fte > Decimal::ZERO).then_some((category, fte));
        }
    }
    None
}
