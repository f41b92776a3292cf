//! Minimum staffing per year for a situation, each figure with the
//! arithmetic that produced it.

use rust_decimal::Decimal;

use super::dataset::DataSet;
use super::fit::{CategoryFit, RatioTable};
use super::inputs::{Combine, Inputs, Supervision};
use super::linalg;
use super::own::tasks::{GrowthRate, TaskCombine, TaskFigure, TaskTarget, rule_figure};
use super::schema::Basis;

#[derive(Debug, Clone, PartialEq)]
pub struct YearStaffing {
    pub year: u16,
    pub year_index: usize,
    /// Share of each segment at NMD.
    pub shares: Vec<Decimal>,
    /// Planning volume of each segment (EUR mln), whether at NMD or not.
    pub volume_mln: Vec<Decimal>,
    /// Volume of each segment at NMD (EUR mln).
    pub volume_at_nmd_mln: Vec<Decimal>,
    pub volume_total_mln: Decimal,
    pub categories: Vec<CategoryStaffing>,
    pub total_fte: Decimal,
    pub provenance: Provenance,
    /// The Tabel 6 row and column with this situation's volume, if any.
    pub volume_published: Option<(usize, usize)>,
    /// The supervision block staffed by roles, if the inputs say so.
    pub roles: Option<RoleBlockStaffing>,
    /// Task rules on categories that have fte this year.
    pub tasks: Vec<CategoryTasks>,
    /// Growth tasks and structural inhuur: parts the user added.
    pub extras: Vec<ExtraPart>,
}

/// A category staffed by tasks beside (or instead of) the volume rule.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryTasks {
    /// Index into the inputs' task rules.
    pub rule: usize,
    pub category: usize,
    /// What the volume rule gives.
    pub volume_fte: Decimal,
    pub figure: TaskFigure,
    pub combine: TaskCombine,
    /// Whether the task figure counts (instead of the volume rule).
    pub used: bool,
    /// Why it cannot count (the category is replaced by roles).
    pub not_applicable: Option<String>,
}

/// A role staffed by tasks beside (or instead of) the fte the set gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleTasks {
    pub rule: usize,
    /// Index into the set's roles.
    pub role: usize,
    /// The fte the set gives the role.
    pub set_fte: Decimal,
    pub figure: TaskFigure,
    pub combine: TaskCombine,
    pub used: bool,
}

/// What a part added by the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraKind {
    /// A growth task (index), in one category.
    Growth(usize),
    /// Structural inhuur (index).
    Inhuur(usize),
}

/// A growth task's fte in one category, or a structural inhuur.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraPart {
    pub kind: ExtraKind,
    pub category: usize,
    pub fte: Decimal,
    /// Growth: the volume (EUR mln) and the fte per mln; zero for inhuur.
    pub volume_mln: Decimal,
    pub rate_per_mln: Decimal,
}

/// The supervision and quality block when an assumption set gives roles.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleBlockStaffing {
    /// Fte per role, in the set's order.
    pub roles: Vec<(String, Decimal)>,
    pub roles_total: Decimal,
    /// What the volume rule gives for the block's categories.
    pub volume_minimum: Decimal,
    pub combine: Combine,
    /// Whether the roles count (always for Replace; for Larger when they are
    /// at least the volume minimum).
    pub roles_used: bool,
    /// Roles staffed by tasks; `roles` holds the fte that count per role.
    pub role_tasks: Vec<RoleTasks>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryStaffing {
    pub category: usize,
    /// `None`: the category has no fte of its own this year (e.g. toezicht in
    /// 2025, included elsewhere).
    pub fte: Option<Decimal>,
    pub terms: Vec<Term>,
    /// False when roles replace this category in the total.
    pub counted: bool,
}

/// One step of the arithmetic behind a category's fte.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    /// `volume_mln × rate_per_mln` of a segment at NMD.
    Segment {
        segment: usize,
        volume_mln: Decimal,
        rate_per_mln: Decimal,
        fte: Decimal,
    },
    /// The constant of a fixed category.
    Fixed { fte: Decimal },
    /// A choice option lowering a fixed category: `−volume_mln × rate`.
    Reduction {
        choice: usize,
        option: usize,
        volume_mln: Decimal,
        rate_per_mln: Decimal,
        fte: Decimal,
    },
}

impl Term {
    pub fn fte(&self) -> Decimal {
        match *self {
            Term::Segment { fte, .. } | Term::Fixed { fte } | Term::Reduction { fte, .. } => fte,
        }
    }
}

/// Whether a year's figures are a published Tabel 7 row or computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Provenance {
    /// The situation and volumes are those of a published row ("gepubliceerd").
    Published { row: usize, variant: usize },
    /// The report never tabulated this situation ("berekend").
    NotTabulated,
    /// A published row has this situation, but the volumes were changed.
    VolumesChanged { row: usize, variant: usize },
    /// The supervision block comes from the set's roles; `row` is the
    /// published row of the same situation, if any.
    RolesUsed { row: Option<(usize, usize)> },
    /// Tasks, growth or inhuur of the set are in the figures.
    OwnAdditions { row: Option<(usize, usize)> },
}

impl Provenance {
    pub fn is_published(&self) -> bool {
        matches!(self, Provenance::Published { .. })
    }
    /// The published row of the same situation, changed volumes or not.
    pub fn row(&self) -> Option<(usize, usize)> {
        match *self {
            Provenance::Published { row, variant }
            | Provenance::VolumesChanged { row, variant } => Some((row, variant)),
            Provenance::RolesUsed { row } | Provenance::OwnAdditions { row } => row,
            Provenance::NotTabulated => None,
        }
    }
}

/// Staffing in `year_index` for the inputs' choices and volumes.
pub fn staffing_for_year(data: &DataSet, inputs: &Inputs, year_index: usize) -> YearStaffing {
    let volumes: Vec<Decimal> = inputs.volumes_mln.iter().map(|v| v[year_index]).collect();
    let mut staffing = staffing_for_situation(
        data,
        data.ratios_for(inputs.fit),
        data.years[year_index],
        &inputs.selection,
        &volumes,
    );
    staffing.year_index = year_index;
    staffing.provenance = match data.published_staffing_row(staffing.year, &inputs.selection) {
        Some((row, variant)) if inputs.volumes_as_published(data, year_index) => {
            Provenance::Published { row, variant }
        }
        Some((row, variant)) => Provenance::VolumesChanged { row, variant },
        None => Provenance::NotTabulated,
    };
    apply_roles(data, inputs, &mut staffing);
    apply_category_tasks(inputs, &mut staffing);
    apply_extras(data, inputs, &mut staffing);
    let own = staffing.tasks.iter().any(|t| t.used)
        || staffing
            .roles
            .as_ref()
            .is_some_and(|r| r.role_tasks.iter().any(|t| t.used))
        || !staffing.extras.is_empty();
    if own {
        staffing.provenance = Provenance::OwnAdditions {
            row: staffing.provenance.row(),
        };
    }
    staffing.total_fte = counted_total(&staffing);
    staffing
}

/// Task rules on categories: the larger of tasks and volume rule, or the
/// tasks instead. A category the roles replace keeps its rule, marked as
/// not applicable.
fn apply_category_tasks(inputs: &Inputs, staffing: &mut YearStaffing) {
    let hours = inputs.extras.productive_hours;
    for (r, rule) in inputs.extras.rules.iter().enumerate() {
        let TaskTarget::Category(c) = rule.target else {
            continue;
        };
        let Some(category) = staffing.categories.get(c) else {
            continue;
        };
        let Some(volume_fte) = category.fte else {
            continue;
        };
        let figure = rule_figure(rule, hours);
        let not_applicable =
            (!category.counted).then(|| "de rollen van de set vervangen deze categorie".to_owned());
        let used = not_applicable.is_none()
            && figure.fte.is_some_and(|t| match rule.combine {
                TaskCombine::Instead => true,
                TaskCombine::Larger => t > volume_fte,
            });
        if used {
            staffing.categories[c].counted = false;
        }
        staffing.tasks.push(CategoryTasks {
            rule: r,
            category: c,
            volume_fte,
            figure,
            combine: rule.combine,
            used,
            not_applicable,
        });
    }
}

/// Growth tasks (volume × the fte-per-mln of a segment or typed, per
/// category) and structural inhuur (fixed fte), from their first year.
fn apply_extras(data: &DataSet, inputs: &Inputs, staffing: &mut YearStaffing) {
    let ratios = data.ratios_for(inputs.fit);
    for (g, growth) in inputs.extras.growth.iter().enumerate() {
        let volume = growth
            .volume_mln
            .get(staffing.year_index)
            .copied()
            .unwrap_or_default();
        if !growth.active(staffing.year) || volume.is_zero() {
            continue;
        }
        let rates: Vec<(usize, Decimal)> = match &growth.rate {
            GrowthRate::LikeSegment(s) => ratios
                .fits
                .iter()
                .map(|fit| {
                    (
                        fit.category,
                        fit.rate_per_mln.get(*s).copied().unwrap_or_default(),
                    )
                })
                .collect(),
            GrowthRate::Typed(rates) => rates.clone(),
        };
        for (category, rate) in rates {
            if rate.is_zero() || category >= data.categories.len() {
                continue;
            }
            staffing.extras.push(ExtraPart {
                kind: ExtraKind::Growth(g),
                category,
                fte: linalg::round(volume * rate),
                volume_mln: volume,
                rate_per_mln: rate,
            });
        }
    }
    for (i, hire) in inputs.extras.inhuur.iter().enumerate() {
        if hire.fte.is_zero() || hire.category >= data.categories.len() {
            continue;
        }
        staffing.extras.push(ExtraPart {
            kind: ExtraKind::Inhuur(i),
            category: hire.category,
            fte: hire.fte,
            volume_mln: Decimal::ZERO,
            rate_per_mln: Decimal::ZERO,
        });
    }
}

/// Puts the set's roles in place of (or next to) the supervision block.
fn apply_roles(data: &DataSet, inputs: &Inputs, staffing: &mut YearStaffing) {
    let (Supervision::Roles(roles), Some(block)) = (&inputs.supervision, &data.supervision_block)
    else {
        return;
    };
    if staffing.year < block.from_year {
        return;
    }
    let volume_minimum: Decimal = block
        .categories
        .iter()
        .filter_map(|&c| staffing.categories[c].fte)
        .sum();
    // Roles staffed by tasks: the larger of tasks and the set's fte, or the
    // tasks instead.
    let hours = inputs.extras.productive_hours;
    let mut role_fte: Vec<Decimal> = roles.roles.iter().map(|r| r.fte).collect();
    let mut role_tasks = Vec::new();
    for (r, rule) in inputs.extras.rules.iter().enumerate() {
        let TaskTarget::Role(name) = &rule.target else {
            continue;
        };
        let Some(role) = roles.roles.iter().position(|x| x.name == *name) else {
            continue;
        };
        let figure = rule_figure(rule, hours);
        let used = figure.fte.is_some_and(|t| match rule.combine {
            TaskCombine::Instead => true,
            TaskCombine::Larger => t > roles.roles[role].fte,
        });
        if let (true, Some(t)) = (used, figure.fte) {
            role_fte[role] = t;
        }
        role_tasks.push(RoleTasks {
            rule: r,
            role,
            set_fte: roles.roles[role].fte,
            figure,
            combine: rule.combine,
            used,
        });
    }
    let roles_total: Decimal = role_fte.iter().copied().sum();
    let roles_used = match roles.combine {
        Combine::Replace => true,
        Combine::Larger => roles_total >= volume_minimum,
    };
    if roles_used {
        for &c in &block.categories {
            staffing.categories[c].counted = false;
        }
        staffing.provenance = Provenance::RolesUsed {
            row: staffing.provenance.row(),
        };
    }
    staffing.roles = Some(RoleBlockStaffing {
        roles: roles
            .roles
            .iter()
            .zip(role_fte)
            .map(|(r, fte)| (r.name.clone(), fte))
            .collect(),
        roles_total,
        volume_minimum,
        combine: roles.combine,
        roles_used,
        role_tasks,
    });
}

fn counted_total(staffing: &YearStaffing) -> Decimal {
    let categories: Decimal = staffing
        .categories
        .iter()
        .filter(|c| c.counted)
        .filter_map(|c| c.fte)
        .sum();
    let roles = staffing
        .roles
        .as_ref()
        .filter(|r| r.roles_used)
        .map_or(Decimal::ZERO, |r| r.roles_total);
    let tasks: Decimal = staffing
        .tasks
        .iter()
        .filter(|t| t.used)
        .filter_map(|t| t.figure.fte)
        .sum();
    let extras: Decimal = staffing.extras.iter().map(|e| e.fte).sum();
    categories + roles + tasks + extras
}

/// Staffing for every year of the data set.
pub fn staffing_all_years(data: &DataSet, inputs: &Inputs) -> Vec<YearStaffing> {
    (0..data.years.len())
        .map(|y| staffing_for_year(data, inputs, y))
        .collect()
}

/// The arithmetic itself, for any ratios, year, selection and volumes (one
/// per segment). Provenance is left as `NotTabulated`; see
/// [`staffing_for_year`].
pub fn staffing_for_situation(
    data: &DataSet,
    ratios: &RatioTable,
    year: u16,
    selection: &[usize],
    volumes_mln: &[Decimal],
) -> YearStaffing {
    let shares = data.segment_shares(year, selection);
    let volume_at_nmd_mln: Vec<Decimal> = volumes_mln
        .iter()
        .zip(&shares)
        .map(|(&v, &s)| v * s)
        .collect();
    let mut categories = Vec::with_capacity(data.categories.len());
    for (index, category) in data.categories.iter().enumerate() {
        let fit = &ratios.fits[index];
        let (terms, fte) = match category.basis {
            Basis::Volume => {
                let terms = volume_terms(fit, &volume_at_nmd_mln);
                // Round once per category: rates carry 28 digits, so the sum
                // has noise in the last places (0,3675000…0003).
                let fte = linalg::round(terms.iter().map(Term::fte).sum());
                (terms, Some(fte))
            }
            Basis::Fixed { from_year } if year >= from_year => {
                let situation = (year, selection, volumes_mln);
                let terms = fixed_terms(data, fit, index, situation);
                // Never below zero, whatever the volumes.
                let fte = terms
                    .iter()
                    .map(Term::fte)
                    .sum::<Decimal>()
                    .max(Decimal::ZERO);
                (terms, Some(fte))
            }
            Basis::Fixed { .. } => (Vec::new(), None),
        };
        categories.push(CategoryStaffing {
            category: index,
            fte,
            terms,
            counted: true,
        });
    }
    let total_fte = categories.iter().filter_map(|c| c.fte).sum();
    YearStaffing {
        year,
        year_index: data.year_index(year).unwrap_or(0),
        volume_total_mln: volume_at_nmd_mln.iter().copied().sum(),
        shares,
        volume_mln: volumes_mln.to_vec(),
        volume_at_nmd_mln,
        categories,
        total_fte,
        provenance: Provenance::NotTabulated,
        volume_published: data.published_volume_cell(year, selection),
        roles: None,
        tasks: Vec::new(),
        extras: Vec::new(),
    }
}

/// A volume category's terms: per segment with volume at the
/// samenwerking, that volume times the segment's fte per mln.
fn volume_terms(fit: &CategoryFit, volume_at_nmd_mln: &[Decimal]) -> Vec<Term> {
    volume_at_nmd_mln
        .iter()
        .enumerate()
        .filter(|(_, volume)| !volume.is_zero())
        .map(|(segment, &volume)| {
            let rate = fit.rate_per_mln[segment];
            Term::Segment {
                segment,
                volume_mln: volume,
                rate_per_mln: rate,
                fte: volume * rate,
            }
        })
        .collect()
}

/// A fixed category's terms in an active year: its constant, less a
/// reduction for every active choice option that lowers it, by the
/// volume that option moves. `situation`: year, selection and volumes.
fn fixed_terms(
    data: &DataSet,
    fit: &CategoryFit,
    category: usize,
    (year, selection, volumes_mln): (u16, &[usize], &[Decimal]),
) -> Vec<Term> {
    let mut terms = vec![Term::Fixed {
        fte: fit.fixed_base().unwrap_or_default(),
    }];
    for (c, choice) in data.choices.iter().enumerate() {
        let option = selection[c];
        if !choice.is_active(year) {
            continue;
        }
        let Some(reduction) = &choice.options[option].reduces else {
            continue;
        };
        if reduction.category != category {
            continue;
        }
        let rate = super::ratios::reduction_rate(fit, data, c, option).unwrap_or_default();
        let volume: Decimal = reduction.by_volume_of.iter().map(|&s| volumes_mln[s]).sum();
        terms.push(Term::Reduction {
            choice: c,
            option,
            volume_mln: volume,
            rate_per_mln: rate,
            fte: -linalg::round(volume * rate),
        });
    }
    terms
}

/// The report volume of every segment, for recomputing published rows.
pub fn report_volumes(data: &DataSet) -> Vec<Decimal> {
    data.segments.iter().map(|s| s.report_volume_mln).collect()
}
