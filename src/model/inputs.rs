//! Everything a user can change, as indices and exact numbers. The model
//! reads it; the views send changes that the app applies to it.

use rust_decimal::Decimal;

use super::additions::{Additions, GroupMean, LogEntry, Profile, ScoreChange, StaffingExtras};
use super::dataset::{DataSet, Selection, SupervisionBlock};
pub use super::fit::FitChoice;

/// Seed of the robustness analysis when a set names none (the report's
/// number, 76271).
pub const DEFAULT_SEED: u64 = 76_271;

/// What a user sets per criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionInput {
    /// Its weight (any non-negative number; shown normalised).
    pub weight: Decimal,
    /// Left out of ranking and robustness.
    pub hidden: bool,
}

/// What a user sets per scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScenarioInput {
    /// Left out of ranking and robustness.
    pub hidden: bool,
    /// A changed score per criterion with its reason; `None` keeps the
    /// sourced score.
    pub scores: Vec<Option<ScoreChange>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    /// Per criterion of the (extended) data: weight and whether it counts.
    pub criteria: Vec<CriterionInput>,
    /// Per scenario of the (extended) data: whether it counts, and changed
    /// scores.
    pub scenarios: Vec<ScenarioInput>,
    /// Chosen option per choice.
    pub selection: Selection,
    /// Planning volume `[segment][year index]` in EUR mln.
    pub volumes_mln: Vec<Vec<Decimal>>,
    /// How the supervision and quality block is staffed.
    pub supervision: Supervision,
    /// Seed of the robustness analysis's random draws (SMAA-2, codings).
    pub smaa_seed: u64,
    /// Optional importance order of the criteria for SMAA-2 (criterion
    /// indices, most important first); empty = no constraint.
    pub importance: Vec<usize>,
    /// How the ratios follow from the published staffing table.
    pub fit: FitChoice,
    /// Scenarios and criteria the user added (see `own::extend`); every
    /// per-scenario and per-criterion vector here includes them.
    pub added: Additions,
    /// Staffing by tasks, growth tasks and structural inhuur.
    pub extras: StaffingExtras,
    /// Who changed what and why, oldest first.
    pub log: Vec<LogEntry>,
    /// One weight profile per participant (the municipalities); a
    /// participant without one weighs as the criteria's weights.
    pub profiles: Vec<Profile>,
    /// How the profiles combine.
    pub group_mean: GroupMean,
    /// Loonkosten, other costs, the verdeelsleutel, transition ranges.
    pub costs: super::additions::costs::CostInputs,
}

/// Staffing of the data's supervision and quality block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Supervision {
    /// The report's rule: the block's categories follow the volume (and the
    /// fixed toezicht figure).
    #[default]
    VolumeRule,
    /// Named roles, each with fte and a minimum number of people.
    Roles(RoleStaffing),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleStaffing {
    pub roles: Vec<StaffRole>,
    pub combine: Combine,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRole {
    pub name: String,
    pub fte: Decimal,
    /// The minimum number of people in the role.
    pub people: u32,
    /// A supervision role: needs at least two people (four-eyes principle,
    /// replacement in absence).
    pub four_eyes: bool,
}

/// How the roles combine with the volume-based minimum of the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    /// The roles replace the block's volume-based figures.
    Replace,
    /// The larger of the two counts.
    Larger,
}

impl RoleStaffing {
    pub fn total_fte(&self) -> Decimal {
        self.roles.iter().map(|r| r.fte).sum()
    }
}

/// Warnings in Dutch for roles that break the four-eyes principle of the
/// data's supervision block: fewer people than it asks, or an fte that
/// cannot be split over those people at its smallest fte per person.
pub fn four_eyes_warnings(roles: &RoleStaffing, block: &SupervisionBlock) -> Vec<String> {
    let minimum = block.four_eyes_people.max(1);
    let mut warnings = Vec::new();
    for role in &roles.roles {
        if !role.four_eyes {
            continue;
        }
        if role.people < minimum {
            warnings.push(format!(
                "{}: {} – een toezichtrol vraagt minstens {} ({}).",
                role.name,
                people(role.people),
                people(minimum),
                block.four_eyes_reason
            ));
        }
        if role.people >= 1 {
            let per_person = role.fte / Decimal::from(role.people.max(minimum));
            if per_person < block.min_fte_per_person {
                warnings.push(format!(
                    "{}: {} over {} is {} per persoon, minder dan {} – zo klein is een rol niet goed in te vullen.",
                    role.name,
                    crate::format::fte(role.fte),
                    people(role.people.max(minimum)),
                    crate::format::fte(per_person),
                    crate::format::fte(block.min_fte_per_person)
                ));
            }
        }
    }
    warnings
}

/// "één persoon", "2 personen".
pub fn people(count: u32) -> String {
    match count {
        1 => "één persoon".to_owned(),
        n => format!("{n} personen"),
    }
}

impl Inputs {
    /// The set's supervision roles that count: none under the volume rule,
    /// and none where the data has no supervision block to staff.
    pub fn roles_in_use<'a>(&'a self, data: &DataSet) -> &'a [StaffRole] {
        match (&self.supervision, &data.supervision_block) {
            (Supervision::Roles(r), Some(_)) => &r.roles,
            _ => &[],
        }
    }

    /// The same assumptions: every input equal except the log, which
    /// records how they came about (a renamed set has a longer log and
    /// the same numbers). A new field must be named here to compile.
    pub fn same_assumptions(&self, other: &Inputs) -> bool {
        let Inputs {
            criteria,
            scenarios,
            selection,
            volumes_mln,
            supervision,
            smaa_seed,
            importance,
            fit,
            added,
            extras,
            log: _,
            profiles,
            group_mean,
            costs,
        } = self;
        *criteria == other.criteria
            && *scenarios == other.scenarios
            && *selection == other.selection
            && *volumes_mln == other.volumes_mln
            && *supervision == other.supervision
            && *smaa_seed == other.smaa_seed
            && *importance == other.importance
            && *fit == other.fit
            && *added == other.added
            && *extras == other.extras
            && *profiles == other.profiles
            && *group_mean == other.group_mean
            && *costs == other.costs
    }

    /// The report's situation: default weights, default choices, the
    /// planning volumes of the data set, no overrides.
    pub fn report_defaults(data: &DataSet) -> Self {
        Self {
            criteria: data
                .criteria
                .iter()
                .map(|c| CriterionInput {
                    weight: c.default_weight,
                    hidden: false,
                })
                .collect(),
            scenarios: vec![
                ScenarioInput {
                    hidden: false,
                    scores: vec![None; data.criteria.len()],
                };
                data.scenarios.len()
            ],
            selection: data.default_selection(),
            volumes_mln: data
                .segments
                .iter()
                .map(|s| s.planning_volume_mln.clone())
                .collect(),
            supervision: Supervision::VolumeRule,
            smaa_seed: DEFAULT_SEED,
            importance: Vec::new(),
            fit: FitChoice::default(),
            added: Additions::default(),
            extras: StaffingExtras::default(),
            log: Vec::new(),
            profiles: Vec::new(),
            group_mean: GroupMean::default(),
            costs: super::additions::costs::CostInputs::default(),
        }
    }

    /// Sizes every per-scenario and per-criterion vector to `data` (the
    /// data extended with `self.added`): new scenarios and criteria get
    /// weight 1 (or their given weight), no score change, visible.
    pub fn fit_to(&mut self, data: &DataSet) {
        let (scenarios, criteria) = (data.scenarios.len(), data.criteria.len());
        for c in self.criteria.len()..criteria {
            self.criteria.push(CriterionInput {
                weight: data.criteria[c].default_weight,
                hidden: false,
            });
        }
        self.criteria.truncate(criteria);
        self.scenarios
            .resize_with(scenarios, ScenarioInput::default);
        for scenario in &mut self.scenarios {
            scenario.scores.resize(criteria, None);
        }
        self.importance.retain(|&c| c < criteria);
        for profile in &mut self.profiles {
            let fill = match profile.method {
                super::additions::WeightMethod::Order => Decimal::from(criteria as u64),
                _ => Decimal::ONE,
            };
            profile.values.resize(criteria, fill);
        }
    }

    /// The weight per criterion.
    pub fn weights(&self) -> Vec<Decimal> {
        self.criteria.iter().map(|c| c.weight).collect()
    }

    /// Sets every criterion's weight (as many as there are criteria).
    pub fn set_weights(&mut self, weights: &[Decimal]) {
        for (criterion, &weight) in self.criteria.iter_mut().zip(weights) {
            criterion.weight = weight;
        }
    }

    /// Per criterion: left out of ranking and robustness.
    pub fn hidden_criteria(&self) -> Vec<bool> {
        self.criteria.iter().map(|c| c.hidden).collect()
    }

    /// Per scenario: left out of ranking and robustness.
    pub fn hidden_scenarios(&self) -> Vec<bool> {
        self.scenarios.iter().map(|s| s.hidden).collect()
    }

    /// The changed score of a scenario on a criterion, if any.
    pub fn score_change(&self, scenario: usize, criterion: usize) -> Option<&ScoreChange> {
        self.scenarios
            .get(scenario)?
            .scores
            .get(criterion)?
            .as_ref()
    }

    /// The weights with hidden criteria at 0 (they take no part).
    pub fn visible_weights(&self) -> Vec<Decimal> {
        self.criteria
            .iter()
            .map(|c| if c.hidden { Decimal::ZERO } else { c.weight })
            .collect()
    }

    /// Indices of the scenarios and criteria that take part in ranking and
    /// robustness.
    pub fn visible(&self) -> Visible {
        Visible {
            scenarios: (0..self.scenarios.len())
                .filter(|&s| !self.scenarios[s].hidden)
                .collect(),
            criteria: (0..self.criteria.len())
                .filter(|&c| !self.criteria[c].hidden)
                .collect(),
        }
    }

    /// Whether any scenario or criterion is hidden.
    pub fn hides_any(&self) -> bool {
        self.scenarios.iter().any(|s| s.hidden) || self.criteria.iter().any(|c| c.hidden)
    }

    /// Whether the planning volumes of year `year_index` are those the
    /// report used (so a published row can apply).
    pub fn volumes_as_published(&self, data: &DataSet, year_index: usize) -> bool {
        data.segments
            .iter()
            .zip(&self.volumes_mln)
            .all(|(s, v)| v[year_index] == s.report_volume_mln)
    }

    /// Score level (index into the scale) per scenario and criterion,
    /// overrides applied.
    pub fn score_levels(&self, data: &DataSet) -> Vec<Vec<usize>> {
        data.scores
            .iter()
            .enumerate()
            .map(|(s, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, score)| {
                        self.score_change(s, c)
                            .map(|o| o.level)
                            .unwrap_or(score.level)
                    })
                    .collect()
            })
            .collect()
    }

    /// Score value per scenario and criterion, overrides applied.
    pub fn score_values(&self, data: &DataSet) -> Vec<Vec<Decimal>> {
        self.score_levels(data)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|l| data.scale.levels[l].value)
                    .collect()
            })
            .collect()
    }
}

/// The scenarios and criteria that take part in ranking and robustness, as
/// indices into the (extended) data set, in data order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Visible {
    pub scenarios: Vec<usize>,
    pub criteria: Vec<usize>,
}
