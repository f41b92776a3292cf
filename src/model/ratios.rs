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

use super::dataset::DataSet;
use super::linalg::{self, Matrix};
use super::schema::Basis;

#[derive(Debug, Clone)]
pub struct RatioTable {
    pub groups: Vec<SegmentGroup>,
    /// Group index of each segment.
    pub segment_group: Vec<usize>,
    /// One fit per category, in category order.
    pub fits: Vec<CategoryFit>,
}

/// Segments that share one unknown.
#[derive(Debug, Clone)]
pub struct SegmentGroup {
    pub segments: Vec<usize>,
    /// Relative fte per mln of each segment (all 1 for a single segment).
    pub intensity: Vec<Decimal>,
    /// The data assumption that joins them, if more than one segment.
    pub assumption: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    /// Fte of a segment group at its full report volume.
    Group(usize),
    /// The constant fte of a fixed category.
    FixedBase,
    /// Fte by which a choice option lowers a fixed category, at the full
    /// report volume of the segments it is proportional to.
    Reduction { choice: usize, option: usize },
}

/// One published cell used in a fit.
#[derive(Debug, Clone)]
pub struct Equation {
    pub row: usize,
    pub variant: usize,
    pub coefficients: Vec<Decimal>,
    pub published: Decimal,
    pub fitted: Decimal,
    pub residual: Decimal,
}

#[derive(Debug, Clone)]
pub struct CategoryFit {
    pub category: usize,
    pub unknowns: Vec<Unknown>,
    pub solution: Vec<Decimal>,
    pub equations: Vec<Equation>,
    /// `weights[unknown][equation]`: the solution is `weights · published`.
    pub weights: Matrix,
    /// `residual_maker[i][j]` non-zero: equations i and j share an
    /// inconsistency.
    pub residual_maker: Matrix,
    /// Fte per mln of each segment (zero for fixed categories).
    pub rate_per_mln: Vec<Decimal>,
}

impl CategoryFit {
    pub fn fixed_base(&self) -> Option<Decimal> {
        self.unknowns
            .iter()
            .position(|u| *u == Unknown::FixedBase)
            .map(|i| self.solution[i])
    }

    /// Fte per mln by which `(choice, option)` lowers this category.
    pub fn reduction_rate(&self, data: &DataSet, choice: usize, option: usize) -> Option<Decimal> {
        let index = self
            .unknowns
            .iter()
            .position(|u| *u == Unknown::Reduction { choice, option })?;
        let reduction = data.choices[choice].options[option].reduces.as_ref()?;
        let volume: Decimal = reduction
            .by_volume_of
            .iter()
            .map(|&s| data.segments[s].report_volume_mln)
            .sum();
        (!volume.is_zero()).then(|| self.solution[index] / volume)
    }

    /// The published cells behind `unknown`, with the weight of each.
    pub fn contributions(&self, unknown: usize) -> Vec<(usize, Decimal)> {
        self.weights[unknown]
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.is_zero())
            .map(|(i, &w)| (i, w))
            .collect()
    }
}

/// Why the ratios cannot be derived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RatioError {
    /// A segment (group) never appears in a published row with a non-zero
    /// share, or has no report volume.
    NeverPublished { segment: usize },
    /// Two groups always appear together.
    Inseparable { first: usize, second: usize },
    /// A reducing option appears in no published row.
    ReductionNeverPublished { choice: usize, option: usize },
    /// The rows leave an unknown undetermined for this category.
    Undetermined { category: usize, unknown: Unknown },
}

/// Forms the groups: the data's assumptions join segments, every other
/// segment is its own group. Fails when two groups cannot be told apart.
pub fn segment_groups(data: &DataSet) -> Result<(Vec<SegmentGroup>, Vec<usize>), RatioError> {
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
                .map(|(year, selection)| group_fraction(data, group, year, &selection))
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
fn published_situations(data: &DataSet) -> impl Iterator<Item = (u16, Vec<usize>)> + '_ {
    data.staffing_table.rows.iter().flat_map(move |row| {
        (0..row.variant_count()).map(move |v| (row.years[0], row.selection(data, v)))
    })
}

/// Fraction of a group's (intensity-weighted) report volume at NMD.
fn group_fraction(data: &DataSet, group: &SegmentGroup, year: u16, selection: &[usize]) -> Decimal {
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

/// Derives the ratio table. `data.ratios` may be empty when this runs.
pub fn derive_ratios(data: &DataSet) -> Result<RatioTable, RatioError> {
    let (groups, segment_group) = segment_groups(data)?;
    let mut fits = Vec::with_capacity(data.categories.len());
    for (category_index, category) in data.categories.iter().enumerate() {
        let unknowns: Vec<Unknown> = match category.basis {
            Basis::Volume => (0..groups.len()).map(Unknown::Group).collect(),
            Basis::Fixed { .. } => {
                let mut unknowns = vec![Unknown::FixedBase];
                for (c, choice) in data.choices.iter().enumerate() {
                    for (o, option) in choice.options.iter().enumerate() {
                        if option
                            .reduces
                            .as_ref()
                            .is_some_and(|r| r.category == category_index)
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
        };
        let mut equations: Vec<Equation> = Vec::new();
        for (row_index, row) in data.staffing_table.rows.iter().enumerate() {
            let year = row.years[0];
            let mut seen: Vec<(Vec<Decimal>, Decimal)> = Vec::new();
            for variant in 0..row.variant_count() {
                let Some(published) = row.cell_value(category_index, variant) else {
                    continue;
                };
                if !category.is_active(year) {
                    continue;
                }
                let selection = row.selection(data, variant);
                let coefficients: Vec<Decimal> = unknowns
                    .iter()
                    .map(|unknown| match *unknown {
                        Unknown::Group(g) => group_fraction(data, &groups[g], year, &selection),
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
                    fitted: Decimal::ZERO,
                    residual: Decimal::ZERO,
                });
            }
        }
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
            Some(unknown) => RatioError::Undetermined {
                category: category_index,
                unknown,
            },
            None => RatioError::Undetermined {
                category: category_index,
                unknown: Unknown::FixedBase,
            },
        })?;
        for (equation, &residual) in equations.iter_mut().zip(&fit.residuals) {
            equation.residual = residual;
            equation.fitted = equation.published - residual;
        }
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
                    rate_per_mln[segment] = fit.solution[u] * intensity / weighted_volume;
                }
            }
        }
        fits.push(CategoryFit {
            category: category_index,
            unknowns,
            solution: fit.solution,
            equations,
            weights: fit.weights,
            residual_maker: fit.residual_maker,
            rate_per_mln,
        });
    }
    Ok(RatioTable {
        groups,
        segment_group,
        fits,
    })
}
