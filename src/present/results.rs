//! The results of one state as every output states them, made once: the
//! staffing per year by part (rounded as shown), the ranking (its rows, or
//! why there is none and where to go), the criteria's weights as whole
//! percents with their rounding note, and each participant's weights and
//! order. The window's view model and the text report, CSV, workbook and
//! appendix render these; none of them rounds a share, words an absent
//! ranking or writes a participant's order on its own.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::format::{number, percents_whole, shares_rounding_note};
use crate::model::breakdown::breakdown;
use crate::model::group::GroupResult;
use crate::model::ranking::{Ranking, weight_shares};
use crate::model::schema::HighIs;
use crate::model::staffing::YearStaffing;
use crate::model::{DataSet, Inputs, Outcome};

/// What a participant's weights are called when it has none of its own.
pub const SET_WEIGHTS: &str = "gewichten van de set";

/// Shares (fractions adding up to 1) as every output shows them: whole
/// percents, each rounded on its own (`format::percents_whole`), and the
/// note when those do not add up to 100.
#[derive(Debug, Clone, PartialEq)]
pub struct Shares {
    /// The exact fractions (a workbook cell holds these in a "0 %" format,
    /// which shows the same whole percents).
    pub fractions: Vec<Decimal>,
    /// "20 %", per criterion.
    pub percents: Vec<String>,
    /// "afgerond; samen 98 %" when the percents shown do not add up to 100.
    pub rounding_note: Option<String>,
}

impl Shares {
    pub fn of(fractions: &[Decimal]) -> Self {
        Self {
            fractions: fractions.to_vec(),
            percents: percents_whole(fractions),
            rounding_note: shares_rounding_note(fractions),
        }
    }

    /// "legitimiteit 15 %, toezicht 24 %, …", with the rounding note in
    /// brackets when there is one.
    pub fn by_criterion(&self, data: &DataSet) -> String {
        let weights: Vec<String> = data
            .criteria
            .iter()
            .zip(&self.percents)
            .map(|(c, p)| format!("{} {p}", c.id))
            .collect();
        let note = self
            .rounding_note
            .as_ref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        format!("{}{note}", weights.join(", "))
    }

    /// The heaviest criterion and its share as shown: "Toezicht 46 %",
    /// "Legitimiteit = Toezicht 30 %" when two weigh the same, "3 gelijk,
    /// elk 20 %" when more do; none when every share is 0.
    pub fn heaviest(&self, data: &DataSet) -> Option<String> {
        let top = *self.fractions.iter().max()?;
        if top.is_zero() {
            return None;
        }
        let heaviest: Vec<usize> = (0..self.fractions.len())
            .filter(|&c| self.fractions[c] == top)
            .collect();
        let percent = &self.percents[heaviest[0]];
        if heaviest.len() > 2 {
            return Some(format!("{} gelijk, elk {percent}", heaviest.len()));
        }
        let names: Vec<&str> = heaviest
            .iter()
            .map(|&c| data.criteria[c].short_name.as_str())
            .collect();
        Some(format!("{} {percent}", names.join(" = ")))
    }
}

/// A scenario's place in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub rank: usize,
    pub scenario: usize,
    /// "Scenario 2 – Centrumregeling"
    pub label: String,
    /// Whether the set added the scenario.
    pub added: bool,
    /// The weighted total, exact (a CSV field or a workbook cell holds it).
    pub total: Decimal,
    /// The total as shown: "4,20".
    pub total_text: String,
    /// Per criterion of the data, exact.
    pub contributions: Vec<Decimal>,
}

/// A ranking as every output states it: its scenarios in order, or why
/// there is none and what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub enum RankingLines {
    Ranked(Vec<Placed>),
    Absent {
        /// "Alle gewichten staan op 0: er is geen rangorde."
        why: &'static str,
        /// "Geef minstens één criterium een gewicht groter dan 0."
        hint: &'static str,
        /// Whether it is because every scenario or criterion is hidden.
        hidden: bool,
    },
}

impl RankingLines {
    pub fn of(data: &DataSet, ranking: &Ranking) -> Self {
        if let Some(why) = ranking.absent_reason() {
            return Self::Absent {
                why,
                hint: ranking.absent_hint().unwrap_or_default(),
                hidden: matches!(ranking, Ranking::AllHidden(_)),
            };
        }
        Self::Ranked(
            ranking
                .entries()
                .iter()
                .map(|e| {
                    let scenario = &data.scenarios[e.scenario];
                    Placed {
                        rank: e.rank,
                        scenario: e.scenario,
                        label: scenario.label(),
                        added: scenario.added,
                        total: e.total,
                        total_text: number(e.total, 2),
                        contributions: e.contributions.clone(),
                    }
                })
                .collect(),
        )
    }

    /// The scenarios in order; none when there is no ranking.
    pub fn placed(&self) -> &[Placed] {
        match self {
            Self::Ranked(rows) => rows,
            Self::Absent { .. } => &[],
        }
    }

    /// Why there is no ranking, if there is none.
    pub fn absent_reason(&self) -> Option<&'static str> {
        match self {
            Self::Absent { why, .. } => Some(why),
            Self::Ranked(_) => None,
        }
    }

    /// Why there is none and what to do: "Alle gewichten … Zet …".
    pub fn absent_sentence(&self) -> Option<String> {
        match self {
            Self::Absent { why, hint, .. } => Some(format!("{why} {hint}").trim_end().to_owned()),
            Self::Ranked(_) => None,
        }
    }

    /// "Let op: alle gewichten … Zet …", a warning beside an output
    /// without a ranking.
    pub fn warning(&self) -> Option<String> {
        let sentence = self.absent_sentence()?;
        let mut letters = sentence.chars();
        let first = letters.next()?.to_lowercase();
        Some(format!("Let op: {first}{}", letters.as_str()))
    }

    /// "1. Scenario 2 – Centrumregeling (4,20); 2. …", or why there is none.
    pub fn order(&self) -> String {
        self.order_lines().join("; ")
    }

    /// The order a scenario a line: "1. Scenario 2 – Centrumregeling
    /// (4,20)"; or why there is none.
    pub fn order_lines(&self) -> Vec<String> {
        match self {
            Self::Absent { why, .. } => vec![(*why).to_owned()],
            Self::Ranked(rows) => rows
                .iter()
                .map(|p| format!("{}. {} ({})", p.rank, p.label, p.total_text))
                .collect(),
        }
    }

    /// The first scenario's label; empty when there is no ranking.
    pub fn first_label(&self) -> String {
        self.placed()
            .first()
            .map(|p| p.label.clone())
            .unwrap_or_default()
    }
}

/// A part of the staffing (a category, a role, a task…) as a column.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffingColumn {
    pub label: String,
    /// False for what the roles replace: shown beside, not in the total.
    pub counted: bool,
}

/// A year's staffing as every output shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffingYear {
    pub year: u16,
    /// Per column, rounded to 2 decimals so that the counted ones add up to
    /// the total (`Breakdown::rounded`); none where the part is absent.
    pub parts: Vec<Option<Decimal>>,
    /// Rounded to 2 decimals, half away from zero.
    pub total_fte: Decimal,
    /// The year's total volume, exact.
    pub volume_mln: Decimal,
}

/// The staffing per year by part.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaffingTable {
    pub columns: Vec<StaffingColumn>,
    pub years: Vec<StaffingYear>,
}

impl StaffingTable {
    pub fn of(data: &DataSet, inputs: &Inputs, staffing: &[YearStaffing]) -> Self {
        let parts = breakdown(data, inputs, staffing);
        Self {
            columns: parts
                .columns
                .iter()
                .map(|c| StaffingColumn {
                    label: c.label.clone(),
                    counted: c.counted,
                })
                .collect(),
            years: staffing
                .iter()
                .enumerate()
                .map(|(y, s)| StaffingYear {
                    year: s.year,
                    parts: parts.rounded(y, 2),
                    total_fte: s
                        .total_fte
                        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
                    volume_mln: s.volume_total_mln,
                })
                .collect(),
        }
    }

    /// Whether a column is shown beside the total without counting.
    pub fn has_uncounted(&self) -> bool {
        self.columns.iter().any(|c| !c.counted)
    }
}

/// A participant (or the combined profile) as every output lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantLine {
    pub name: String,
    /// Whether it weighed itself (else it has the set's weights).
    pub own: bool,
    /// How its weights followed, in words.
    pub how: String,
    /// Its weights, when any is above 0.
    pub shares: Option<Shares>,
    pub ranking: RankingLines,
}

impl ParticipantLine {
    /// How its weights followed as a table says it: its own way, or
    /// [`SET_WEIGHTS`].
    pub fn how_in_table(&self) -> &str {
        if self.own { &self.how } else { SET_WEIGHTS }
    }
}

/// The participants' section: each one, the combined profile, and the
/// sentences on where they agree and on the band.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLines {
    /// "gemeenten"
    pub label: String,
    pub participants: Vec<ParticipantLine>,
    /// "Gezamenlijk": how the profiles are combined, its weights and order.
    pub combined: ParticipantLine,
    pub agreement: Vec<String>,
    pub band_sentences: Vec<String>,
}

impl GroupLines {
    pub fn of(data: &DataSet, group: &GroupResult) -> Self {
        Self {
            label: group.label.clone(),
            participants: group
                .participants
                .iter()
                .map(|p| ParticipantLine {
                    name: p.name.clone(),
                    own: p.own,
                    how: p.how.clone(),
                    shares: p.shares.as_deref().map(Shares::of),
                    ranking: RankingLines::of(data, &p.ranking),
                })
                .collect(),
            combined: ParticipantLine {
                name: "Gezamenlijk".into(),
                own: true,
                how: crate::model::group::mean_words(group.mean).into(),
                shares: group.combined_shares.as_deref().map(Shares::of),
                ranking: RankingLines::of(data, &group.combined),
            },
            agreement: group.agreement.clone(),
            band_sentences: group.band_sentences.clone(),
        }
    }

    /// Every participant, then the combined profile.
    pub fn rows(&self) -> impl Iterator<Item = &ParticipantLine> {
        self.participants
            .iter()
            .chain(std::iter::once(&self.combined))
    }
}

/// A row of the qualitative cost profile: a component's word per scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct CostProfileRow {
    pub name: String,
    /// "hoog is gunstig" or "hoog is kostbaar".
    pub polarity: &'static str,
    /// The report's word per scenario, in data order.
    pub cells: Vec<String>,
}

/// A scenario as a column of the cost profile.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileScenario {
    /// "2", with "(eigen)" when the set added it.
    pub number: String,
    /// A narrow column's head: "Scenario 2".
    pub head: String,
    /// "Scenario 2 – Centrumregeling", with "(eigen)" when the set added it.
    pub label: String,
    /// "Centrumregeling", with "(eigen)" when the set added it.
    pub short_name: String,
}

/// The qualitative cost profile (the report's Tabel 5) as every output
/// states it: the data's words, which no output changes.
#[derive(Debug, Clone, PartialEq)]
pub struct CostProfileLines {
    /// Where the report has it: "Tabel 5".
    pub table: String,
    /// The scenarios, in data order.
    pub scenarios: Vec<ProfileScenario>,
    pub rows: Vec<CostProfileRow>,
    /// The report's "Interpretatie voor bestuurders".
    pub interpretation: Vec<String>,
}

impl CostProfileLines {
    /// "Kwalitatief kostenprofiel (Tabel 5)"
    pub fn heading(&self) -> String {
        format!("{COST_PROFILE} ({})", self.table)
    }

    /// Under a table headed by the narrow heads: "Scenario 1 =
    /// Expertisecentrum; Scenario 2 = Centrumregeling; …".
    pub fn key(&self) -> String {
        self.scenarios
            .iter()
            .map(|s| format!("{} = {}", s.head, s.short_name))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// None when the data has no cost profile.
    pub fn of(data: &DataSet) -> Option<Self> {
        let profile = &data.cost_profile;
        if profile.components.is_empty() {
            return None;
        }
        Some(Self {
            table: crate::model::explain::table_number(&profile.title).to_owned(),
            scenarios: data
                .scenarios
                .iter()
                .map(|s| {
                    let mark = if s.added { " (eigen)" } else { "" };
                    ProfileScenario {
                        number: format!("{}{mark}", s.number),
                        head: format!("Scenario {}", s.number),
                        label: format!("{}{mark}", s.label()),
                        short_name: format!("{}{mark}", s.short_name),
                    }
                })
                .collect(),
            rows: profile
                .components
                .iter()
                .map(|c| CostProfileRow {
                    name: c.name.clone(),
                    polarity: match c.high_is {
                        HighIs::Favourable => "hoog is gunstig",
                        HighIs::Costly => "hoog is kostbaar",
                    },
                    cells: c.cells.iter().map(|cell| cell.text.clone()).collect(),
                })
                .collect(),
            interpretation: profile.interpretation.clone(),
        })
    }
}

/// The visible criteria's weights as shown: those `ranking` used, or
/// (without a ranking) those of `inputs`; none when no weight is above 0.
pub fn weights_of(inputs: &Inputs, ranking: &Ranking) -> Option<Shares> {
    match ranking {
        Ranking::Ranked(r) => Some(Shares::of(&r.weight_shares)),
        Ranking::NoWeights | Ranking::AllHidden(_) => {
            weight_shares(&inputs.visible_weights()).map(|s| Shares::of(&s))
        }
    }
}

/// What the cost profile is called.
pub const COST_PROFILE: &str = "Kwalitatief kostenprofiel";

/// What the report's interpretation of the cost profile is called.
pub const INTERPRETATION: &str = "Interpretatie voor bestuurders (uit het rapport)";

/// Everything above for one state.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub staffing: StaffingTable,
    pub ranking: RankingLines,
    /// The visible criteria's weights (a hidden one weighs 0), those the
    /// ranking used; none when no weight is above 0.
    pub weights: Option<Shares>,
    /// The participants, when the set compares profiles.
    pub group: Option<GroupLines>,
    /// The qualitative cost profile, when the data has one.
    pub cost_profile: Option<CostProfileLines>,
}

impl Results {
    pub fn new(
        data: &DataSet,
        inputs: &Inputs,
        outcome: &Outcome,
        group: Option<&GroupResult>,
    ) -> Self {
        Self {
            staffing: StaffingTable::of(data, inputs, &outcome.staffing),
            ranking: RankingLines::of(data, &outcome.ranking),
            weights: weights_of(inputs, &outcome.ranking),
            group: group.map(|g| GroupLines::of(data, g)),
            cost_profile: CostProfileLines::of(data),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn seven_equal_weights_are_fourteen_percent_each_and_say_so() {
        let seventh = Decimal::ONE / Decimal::from(7);
        let shares = Shares::of(&[seventh; 7]);
        assert_eq!(shares.percents, vec!["14 %"; 7]);
        assert_eq!(
            shares.rounding_note.as_deref(),
            Some("afgerond; samen 98 %")
        );
    }

    #[test]
    fn shares_that_add_up_have_no_note() {
        let shares = Shares::of(&[d("0.2"), d("0.3"), d("0.5")]);
        assert_eq!(shares.percents, vec!["20 %", "30 %", "50 %"]);
        assert_eq!(shares.rounding_note, None);
    }

    #[test]
    fn no_ranking_says_why_and_what_to_do() {
        let lines = RankingLines::Absent {
            why: "Alle gewichten staan op 0.",
            hint: "Zet er een boven 0.",
            hidden: false,
        };
        assert_eq!(lines.order(), "Alle gewichten staan op 0.");
        assert_eq!(
            lines.warning().as_deref(),
            Some("Let op: alle gewichten staan op 0. Zet er een boven 0.")
        );
        assert!(lines.placed().is_empty());
        assert_eq!(lines.first_label(), "");
    }
}
