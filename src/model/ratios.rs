//! Derives the volume-to-fte ratios from the published staffing table.
//!
//! Per function category, every published cell is one equation: the fte of
//! the segments that are at NMD in that row. The unknowns are the fte of each
//! segment group at its full report volume (a group is one segment, or
//! segments the rows never separate, split by a stated assumption). Fixed
//! categories have a constant and, per reducing choice option, a reduction.
//! The rows over-determine the unknowns; we solve by least squares over all of
//! them, so no row is preferred, and keep the weights by which each published
//! cell enters each unknown, so every ratio can be shown as arithmetic on
//! published figures.

use rust_decimal::Decimal;

use super::dataset::{
    Category, Choice, DataSet, Development, PublishedStaffingTable, Segment, SplitAssumption,
    segment_shares,
};
pub use super::fit::{
    CategoryFit, Equation, FitChoice, Misprint, RatioError, RatioTable, SegmentGroup, Unknown,
};
use super::linalg::{self, Matrix};
use super::schema::Basis;

/// What the derivation reads: the data set's staffing structure, without
/// the ratios it is about to produce.
#[derive(Clone, Copy)]
pub struct FitInput<'a> {
    pub segments: &'a [Segment],
    pub categories: &'a [Category],
    pub developments: &'a [Development],
    pub choices: &'a [Choice],
    pub assumptions: &'a [SplitAssumption],
    pub staffing_table: &'a PublishedStaffingTable,
}

impl<'a> FitInput<'a> {
    pub fn of(data: &'a DataSet) -> Self {
        Self {
            segments: &data.segments,
            categories: &data.categories,
            developments: &data.developments,
            choices: &data.choices,
            assumptions: &data.assumptions,
            staffing_table: &data.staffing_table,
        }
    }

    fn segment_shares(&self, year: u16, selection: &[usize]) -> Vec<Decimal> {
        segment_shares(
            self.segments.len(),
            self.developments,
            self.choices,
            year,
            selection,
        )
    }
}

/// Fte per mln by which `(choice, option)` lowers the category of `fit`.
pub fn reduction_rate(
    fit: &CategoryFit,
    data: &DataSet,
    choice: usize,
    option: usize,
) -> Option<Decimal> {
    let index = fit
        .unknowns
        .iter()
        .position(|u| *u == Unknown::Reduction { choice, option })?;
    let reduction = data.choices[choice].options[option].reduces.as_ref()?;
    let volume: Decimal = reduction
        .by_volume_of
        .iter()
        .map(|&s| data.segments[s].report_volume_mln)
        .sum();
    (!volume.is_zero()).then(|| fit.solution[index] / volume)
}

/// Forms the groups: the data's assumptions join segments, every other
/// segment is its own group. Fails when two groups cannot be told apart.
pub fn segment_groups(data: &FitInput) -> Result<(Vec<SegmentGroup>, Vec<usize>), RatioError> {
    let mut groups: Vec<SegmentGroup> = Vec::new();
    let mut segment_group = vec![usize::MAX; data.segments.len()];
    for (index, assumption) in data.assumptions.iter().enumerate() {
        for &segment in &assumption.segments {
            segment_group[segment] = groups.len();
        }
        groups.push(SegmentGroup {
            segments: assumption.segments.clone(),
            intensity: assumption.intensity.clone(),
            assumption: Some(index),
        });
    }
    for (segment, group) in segment_group.iter_mut().enumerate() {
        if *group == usize::MAX {
            *group = groups.len();
            groups.push(SegmentGroup {
                segments: vec![segment],
                intensity: vec![Decimal::ONE],
                assumption: None,
            });
        }
    }
    // The share pattern of each group over all published situations.
    let patterns: Vec<Vec<Decimal>> = groups
        .iter()
        .map(|group| {
            published_situations(data)
                .map(|(year, selection)| group_fraction(data, group, year, selection))
                .collect()
        })
        .collect();
    for (g, pattern) in patterns.iter().enumerate() {
        if pattern.iter().all(|x| x.is_zero()) {
            return Err(RatioError::NeverPublished {
                segment: groups[g].segments[0],
            });
        }
        if let Some(h) = (0..g).find(|&h| patterns[h] == *pattern) {
            return Err(RatioError::Inseparable {
                first: groups[h].segments[0],
                second: groups[g].segments[0],
            });
        }
    }
    Ok((groups, segment_group))
}

/// Every (first year, selection) a published staffing row shows, per variant.
fn published_situations<'a>(data: &FitInput<'a>) -> impl Iterator<Item = (u16, &'a [usize])> + 'a {
    data.staffing_table.rows.iter().flat_map(move |row| {
        (0..row.variant_count()).map(move |v| (row.years[0], row.selection(v)))
    })
}

/// Fraction of a group's (intensity-weighted) report volume at NMD.
fn group_fraction(
    data: &FitInput,
    group: &SegmentGroup,
    year: u16,
    selection: &[usize],
) -> Decimal {
    let shares = data.segment_shares(year, selection);
    let mut at_nmd = Decimal::ZERO;
    let mut full = Decimal::ZERO;
    for (&segment, &intensity) in group.segments.iter().zip(&group.intensity) {
        let weighted = data.segments[segment].report_volume_mln * intensity;
        at_nmd += weighted * shares[segment];
        full += weighted;
    }
    if full.is_zero() {
        Decimal::ZERO
    } else {
        linalg::round(at_nmd / full)
    }
}

/// Derives the ratio table from the published rows: least squares over all
/// cells, with the values of `corrections` in place of the printed ones.
pub fn derive_ratios(data: &FitInput, corrections: &[Misprint]) -> Result<RatioTable, RatioError> {
    let (groups, segment_group) = segment_groups(data)?;
    let fits = (0..data.categories.len())
        .map(|category| fit_category(data, &groups, category, corrections))
        .collect::<Result<Vec<CategoryFit>, RatioError>>()?;
    Ok(RatioTable {
        groups,
        segment_group,
        fits,
    })
}

/// One category's fit: its unknowns, an equation per published cell, the
/// least-squares solution and the fte per mln of each segment.
fn fit_category(
    data: &FitInput,
    groups: &[SegmentGroup],
    category: usize,
    corrections: &[Misprint],
) -> Result<CategoryFit, RatioError> {
    let unknowns = category_unknowns(data, groups.len(), category);
    let mut equations = category_equations(data, groups, category, &unknowns, corrections);
    let a: Matrix = equations.iter().map(|e| e.coefficients.clone()).collect();
    let b: Vec<Decimal> = equations.iter().map(|e| e.published).collect();
    let fit = if a.is_empty() {
        Err(0)
    } else {
        linalg::least_squares(&a, &b, unknowns.len())
    };
    let fit = fit.map_err(|column| match unknowns.get(column).copied() {
        Some(Unknown::Reduction { choice, option }) => {
            RatioError::ReductionNeverPublished { choice, option }
        }
        Some(unknown) => RatioError::Undetermined { category, unknown },
        None => RatioError::Undetermined {
            category,
            unknown: Unknown::FixedBase,
        },
    })?;
    for (equation, &residual) in equations.iter_mut().zip(&fit.residuals) {
        equation.residual = residual;
        equation.fitted = equation.published - residual;
    }
    let rate_per_mln = rates_per_mln(data, groups, &unknowns, &fit.solution);
    Ok(CategoryFit {
        category,
        unknowns,
        solution: fit.solution,
        equations,
        weights: fit.weights,
        residual_maker: fit.residual_maker,
        rate_per_mln,
    })
}

/// What a category's fit solves for: the fte of each segment group at its
/// full volume (a volume category), or a constant and one reduction per
/// choice option that lowers it (a fixed category).
fn category_unknowns(data: &FitInput, group_count: usize, category: usize) -> Vec<Unknown> {
    match data.categories[category].basis {
        Basis::Volume => (0..group_count).map(Unknown::Group).collect(),
        Basis::Fixed { .. } => {
            let mut unknowns = vec![Unknown::FixedBase];
            for (c, choice) in data.choices.iter().enumerate() {
                for (o, option) in choice.options.iter().enumerate() {
                    if option
                        .reduces
                        .as_ref()
                        .is_some_and(|r| r.category == category)
                    {
                        unknowns.push(Unknown::Reduction {
                            choice: c,
                            option: o,
                        });
                    }
                }
            }
            unknowns
        }
    }
}

/// One equation per published cell of the category (a correction in
/// place of a misprinted one), in the years the category is active; a
/// row's variants that repeat an equation count once.
fn category_equations(
    data: &FitInput,
    groups: &[SegmentGroup],
    category: usize,
    unknowns: &[Unknown],
    corrections: &[Misprint],
) -> Vec<Equation> {
    let mut equations: Vec<Equation> = Vec::new();
    for (row_index, row) in data.staffing_table.rows.iter().enumerate() {
        let year = row.years[0];
        let mut seen: Vec<(Vec<Decimal>, Decimal)> = Vec::new();
        for variant in 0..row.variant_count() {
            let Some(printed) = row.cell_value(category, variant) else {
                continue;
            };
            let correction = corrections.iter().find(|m| {
                m.row == row_index
                    && m.category == category
                    && (m.variant == variant || row.cells[category].values.len() == 1)
            });
            let published = correction.map_or(printed, |m| m.corrected);
            if !data.categories[category].is_active(year) {
                continue;
            }
            let selection = row.selection(variant);
            let coefficients: Vec<Decimal> = unknowns
                .iter()
                .map(|unknown| match *unknown {
                    Unknown::Group(g) => group_fraction(data, &groups[g], year, selection),
                    Unknown::FixedBase => Decimal::ONE,
                    Unknown::Reduction { choice, option } => {
                        if data.choices[choice].is_active(year) && selection[choice] == option {
                            Decimal::NEGATIVE_ONE
                        } else {
                            Decimal::ZERO
                        }
                    }
                })
                .collect();
            if seen
                .iter()
                .any(|(c, p)| *c == coefficients && *p == published)
            {
                continue;
            }
            seen.push((coefficients.clone(), published));
            equations.push(Equation {
                row: row_index,
                variant,
                coefficients,
                published,
                corrected_from: correction.map(|_| printed),
                fitted: Decimal::ZERO,
                residual: Decimal::ZERO,
            });
        }
    }
    equations
}

/// Fte per mln per segment from a volume category's solution: a group's
/// fte over its intensity-weighted volume, times each segment's intensity
/// (zero for segments of no group unknown).
fn rates_per_mln(
    data: &FitInput,
    groups: &[SegmentGroup],
    unknowns: &[Unknown],
    solution: &[Decimal],
) -> Vec<Decimal> {
    let mut rate_per_mln = vec![Decimal::ZERO; data.segments.len()];
    for (u, unknown) in unknowns.iter().enumerate() {
        if let Unknown::Group(g) = *unknown {
            let group = &groups[g];
            let weighted_volume: Decimal = group
                .segments
                .iter()
                .zip(&group.intensity)
                .map(|(&s, &i)| data.segments[s].report_volume_mln * i)
                .sum();
            for (&segment, &intensity) in group.segments.iter().zip(&group.intensity) {
                // Kept at full precision: rounding here would show as
                // noise once multiplied by the volume again.
                rate_per_mln[segment] = solution[u] * intensity / weighted_volume;
            }
        }
    }
    rate_per_mln
}
