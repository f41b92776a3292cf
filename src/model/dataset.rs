//! The validated data set: everything from the three files, with references
//! resolved to indices, the published tables parsed into numbers, and the
//! volume-to-fte ratios derived. Built once, complete, by `load/`; read by
//! everything else.

use rust_decimal::Decimal;

use super::fit::{FitChoice, Misprint, RatioTable};
use super::schema::{Basis, HighIs};

/// Index of a choice's option per choice, in data order: one "situation" of
/// the administrators' choices.
pub type Selection = Vec<usize>;

#[derive(Debug, Clone)]
pub struct DataSet {
    pub name: String,
    pub source: String,
    /// The joint organisation whose staffing is computed, for texts
    /// ("volume bij NMD").
    pub organisation: String,
    /// Who decides together, if the data names them.
    pub participants: Option<Participants>,
    /// SHA-256 of the three files' text (64 hex digits); assumption sets
    /// refer to it, outputs print its first 8 digits.
    pub fingerprint: String,
    /// The FNV-1a fingerprint sets saved by versions up to 0.1 refer to.
    pub legacy_fingerprint: String,
    pub scenarios: Vec<Scenario>,
    pub aspects: AspectsTable,
    pub cost_profile: CostProfile,
    pub scale: Scale,
    pub weights_note: String,
    pub criteria: Vec<Criterion>,
    /// `scores[scenario][criterion]`
    pub scores: Vec<Vec<Score>>,
    pub years: Vec<u16>,
    pub segments: Vec<Segment>,
    pub categories: Vec<Category>,
    pub developments: Vec<Development>,
    pub choices: Vec<Choice>,
    pub assumptions: Vec<SplitAssumption>,
    pub supervision_block: Option<SupervisionBlock>,
    /// Tasks users can start staffing by tasks from (category, task with
    /// only sourced numbers filled in).
    pub task_templates: Vec<(usize, super::additions::Task)>,
    pub volume_table: PublishedVolumeTable,
    pub staffing_table: PublishedStaffingTable,
    /// The volume-to-fte ratios, derived with a suspected misprint of the
    /// staffing table corrected ([`FitChoice::Corrected`], the default).
    pub ratios: RatioTable,
    /// The same, from every published cell as printed
    /// ([`FitChoice::AllCells`]); equal to `ratios` without misprints.
    pub ratios_all_cells: RatioTable,
    /// The suspected misprints `ratios` corrects (none in most data).
    pub misprints: Vec<Misprint>,
}

/// The parties that decide together (the municipalities of a region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participants {
    /// Plural noun: "gemeenten".
    pub label: String,
    pub names: Vec<String>,
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    pub number: u32,
    pub name: String,
    pub short_name: String,
    pub description: String,
    pub section: String,
    /// Added by the user in an assumption set (not in the report).
    pub added: bool,
}

impl Scenario {
    /// "Scenario 3 – Bestaand samenwerkingsverband"
    pub fn label(&self) -> String {
        format!("Scenario {} – {}", self.number, self.short_name)
    }
}

#[derive(Debug, Clone)]
pub struct AspectsTable {
    pub title: String,
    pub section: String,
    pub rows: Vec<AspectRow>,
}

#[derive(Debug, Clone)]
pub struct AspectRow {
    pub aspect: String,
    /// One text per scenario, in scenario order.
    pub cells: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct CostProfile {
    pub title: String,
    pub section: String,
    pub levels: Vec<String>,
    pub components: Vec<CostComponent>,
    pub interpretation: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct CostComponent {
    pub id: String,
    pub name: String,
    pub high_is: HighIs,
    /// One cell per scenario, in scenario order.
    pub cells: Vec<CostCell>,
}

#[derive(Debug, Clone)]
pub struct CostCell {
    /// As published, e.g. "Hoog (inhaalslag nodig)".
    pub text: String,
    /// Index into `CostProfile::levels`; `None` is "onbekend" (an added
    /// scenario the user gave no level).
    pub level: Option<usize>,
    /// The published text after the level, e.g. "(inhaalslag nodig)".
    pub remark: String,
}

#[derive(Debug, Clone)]
pub struct Scale {
    pub name: String,
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone)]
pub struct Level {
    pub label: String,
    pub value: Decimal,
}

#[derive(Debug, Clone)]
pub struct Criterion {
    pub id: String,
    pub number: u32,
    pub name: String,
    /// For column heads, slides and legends ("Toezicht"); the name when the
    /// data gives none.
    pub short_name: String,
    pub explanation: String,
    pub default_weight: Decimal,
    /// Added by the user in an assumption set (not in the report).
    pub added: bool,
}

#[derive(Debug, Clone)]
pub struct Score {
    /// Index into `Scale::levels`.
    pub level: usize,
    pub sources: Vec<String>,
    pub rationale: String,
}

#[derive(Debug, Clone)]
pub struct Segment {
    pub id: String,
    pub name: String,
    pub short_name: String,
    /// The volume the report used (EUR mln); the ratios are derived with it.
    pub report_volume_mln: Decimal,
    pub derivation: String,
    /// Default planning volume per year (index into `DataSet::years`).
    pub planning_volume_mln: Vec<Decimal>,
}

#[derive(Debug, Clone)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub basis: Basis,
}

impl Category {
    /// Whether the category has fte of its own in `year`.
    pub fn is_active(&self, year: u16) -> bool {
        match self.basis {
            Basis::Volume => true,
            Basis::Fixed { from_year } => year >= from_year,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Development {
    pub from_year: u16,
    pub label: String,
    pub source: String,
    pub shares: Vec<(usize, Decimal)>,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub from_year: u16,
    pub default: usize,
    pub options: Vec<ChoiceOption>,
    pub source: String,
}

impl Choice {
    pub fn is_active(&self, year: u16) -> bool {
        year >= self.from_year
    }
}

#[derive(Debug, Clone)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
    pub shares: Vec<(usize, Decimal)>,
    pub reduces: Option<Reduction>,
}

/// A choice option that lowers a fixed category by an amount proportional to
/// the volume of some segments (the "2,44 minus Assen" of Tabel 7).
#[derive(Debug, Clone)]
pub struct Reduction {
    pub category: usize,
    pub by_volume_of: Vec<usize>,
}

/// The categories an assumption set may staff by roles ("Toezicht en
/// kwaliteit"), from the first year in which all of them have fte of their own.
#[derive(Debug, Clone)]
pub struct SupervisionBlock {
    pub label: String,
    pub categories: Vec<usize>,
    /// Smallest sensible fte per person in a role (for the four-eyes check).
    pub min_fte_per_person: Decimal,
    /// Fewest people a supervision role needs (the four-eyes principle).
    pub four_eyes_people: u32,
    /// Why, in words: "vier-ogenprincipe, vervanging bij afwezigheid".
    pub four_eyes_reason: String,
    /// The name a new role gets ("Toezichthouder").
    pub new_role: String,
    pub from_year: u16,
    pub source: String,
}

/// Segments whose fte the published rows cannot separate, with the stated
/// assumption on how their fte split (relative fte per mln).
#[derive(Debug, Clone)]
pub struct SplitAssumption {
    pub id: String,
    pub label: String,
    pub segments: Vec<usize>,
    pub intensity: Vec<Decimal>,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct PublishedVolumeTable {
    pub title: String,
    pub section: String,
    pub columns: Vec<VolumeColumn>,
    pub rows: Vec<PublishedVolumeRow>,
}

#[derive(Debug, Clone)]
pub struct VolumeColumn {
    pub heading: String,
    pub choices: Vec<(usize, usize)>,
}

#[derive(Debug, Clone)]
pub struct PublishedVolumeRow {
    pub id: String,
    pub situation: String,
    pub description: String,
    pub years: Vec<u16>,
    pub choices: Vec<(usize, usize)>,
    /// One per column.
    pub cells: Vec<PublishedVolumeCell>,
    pub of_which: Vec<usize>,
    /// The selection of each column's situation (cached at load).
    pub column_selections: Vec<Selection>,
    /// Segment shares of each column's situation (cached at load).
    pub column_shares: Vec<Vec<Decimal>>,
}

#[derive(Debug, Clone)]
pub struct PublishedVolumeCell {
    pub text: String,
    pub value_mln: Decimal,
    /// Decimals the cell was published with (its precision).
    pub decimals: u32,
    pub of_which_mln: Option<Decimal>,
}

#[derive(Debug, Clone)]
pub struct PublishedStaffingTable {
    pub title: String,
    pub section: String,
    /// Category index of each published column, in published order.
    pub columns: Vec<usize>,
    pub rows: Vec<PublishedStaffingRow>,
}

#[derive(Debug, Clone)]
pub struct PublishedStaffingRow {
    pub id: String,
    pub period: String,
    pub description: String,
    pub years: Vec<u16>,
    pub choices: Vec<(usize, usize)>,
    /// The choice whose options the row's double figures belong to, and
    /// those options in the order of the figures.
    pub variants: Option<(usize, Vec<usize>)>,
    pub volume: PublishedNumbers,
    pub total: PublishedNumbers,
    /// Indexed by category (not by published column).
    pub cells: Vec<PublishedNumbers>,
    /// The selection of each variant (cached at load).
    pub selections: Vec<Selection>,
}

/// A published cell: its text and the numbers in it (none for an empty cell,
/// two for "7,65 tot 8,43").
#[derive(Debug, Clone)]
pub struct PublishedNumbers {
    pub text: String,
    pub values: Vec<Decimal>,
    /// Most decimals any of its numbers was published with ("1,1": 1).
    pub decimals: u32,
}

/// One unit of the `decimals`-th decimal: 2 → 0,01.
pub fn unit_of_decimals(decimals: u32) -> Decimal {
    Decimal::new(1, decimals.min(28))
}

impl PublishedStaffingTable {
    /// Decimals the report published a category's column with (the most
    /// any cell of it has: "1,1" next to "0,57" is a column of 0,01).
    pub fn cell_decimals(&self, category: usize) -> u32 {
        self.rows
            .iter()
            .map(|r| r.cells[category].decimals)
            .max()
            .unwrap_or(0)
    }

    /// The largest difference per cell of `category` that is rounding: one
    /// unit of the column's last decimal.
    pub fn cell_tolerance(&self, category: usize) -> Decimal {
        unit_of_decimals(self.cell_decimals(category))
    }

    /// The largest difference per total that is rounding: two units of the
    /// totals' last decimal (a total adds rounded cells).
    pub fn total_tolerance(&self) -> Decimal {
        let decimals = self
            .rows
            .iter()
            .map(|r| r.total.decimals)
            .max()
            .unwrap_or(0);
        unit_of_decimals(decimals) * Decimal::TWO
    }

    /// The largest difference of the volume column that is rounding.
    pub fn volume_tolerance(&self) -> Decimal {
        unit_of_decimals(
            self.rows
                .iter()
                .map(|r| r.volume.decimals)
                .max()
                .unwrap_or(0),
        )
    }
}

impl PublishedVolumeTable {
    /// The largest difference in `column` that is rounding (EUR mln).
    pub fn column_tolerance(&self, column: usize) -> Decimal {
        unit_of_decimals(
            self.rows
                .iter()
                .map(|r| r.cells[column].decimals)
                .max()
                .unwrap_or(0),
        )
    }
}

impl PublishedStaffingRow {
    /// Number of variants the row describes (1 without variants).
    pub fn variant_count(&self) -> usize {
        self.variants
            .as_ref()
            .map_or(1, |(_, options)| options.len())
    }

    /// The selection this row describes for `variant`.
    pub fn selection(&self, variant: usize) -> &[usize] {
        &self.selections[variant]
    }

    /// Builds the selection of `variant` from the row's choices.
    pub fn build_selection(&self, choices: &[Choice], variant: usize) -> Selection {
        let mut selection: Selection = choices.iter().map(|c| c.default).collect();
        for &(choice, option) in &self.choices {
            selection[choice] = option;
        }
        if let Some((choice, options)) = &self.variants {
            selection[*choice] = options[variant];
        }
        selection
    }

    /// Published value of `category` for `variant`; `None` for an empty cell.
    pub fn cell_value(&self, category: usize, variant: usize) -> Option<Decimal> {
        let values = &self.cells[category].values;
        match values.len() {
            0 => None,
            1 => Some(values[0]),
            _ => values.get(variant).copied(),
        }
    }
}

impl PublishedVolumeRow {
    /// The selection of `column` (cached at load).
    pub fn selection(&self, column: usize) -> &[usize] {
        &self.column_selections[column]
    }

    /// Builds the selection of a column from the column's and the row's
    /// choices.
    pub fn build_selection(&self, choices: &[Choice], column: &VolumeColumn) -> Selection {
        let mut selection: Selection = choices.iter().map(|c| c.default).collect();
        for &(choice, option) in column.choices.iter().chain(&self.choices) {
            selection[choice] = option;
        }
        selection
    }
}

/// Share of each segment's volume at the joint organisation in `year` under
/// `selection`: developments first, then the choices in data order (a later
/// choice overrides an earlier one for the same segment).
pub fn segment_shares(
    segment_count: usize,
    developments: &[Development],
    choices: &[Choice],
    year: u16,
    selection: &[usize],
) -> Vec<Decimal> {
    let mut shares = vec![Decimal::ONE; segment_count];
    for development in developments.iter().filter(|d| year >= d.from_year) {
        for &(segment, share) in &development.shares {
            shares[segment] = share;
        }
    }
    for (choice, &option) in choices.iter().zip(selection) {
        if choice.is_active(year) {
            for &(segment, share) in &choice.options[option].shares {
                shares[segment] = share;
            }
        }
    }
    shares
}

impl DataSet {
    /// The ratios for the set's choice of fit.
    pub fn ratios_for(&self, fit: FitChoice) -> &RatioTable {
        match fit {
            FitChoice::Corrected => &self.ratios,
            FitChoice::AllCells => &self.ratios_all_cells,
        }
    }

    /// The suspected misprints a fit corrects.
    pub fn misprints_for(&self, fit: FitChoice) -> &[Misprint] {
        match fit {
            FitChoice::Corrected => &self.misprints,
            FitChoice::AllCells => &[],
        }
    }

    pub fn year_index(&self, year: u16) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }

    pub fn default_selection(&self) -> Selection {
        self.choices.iter().map(|c| c.default).collect()
    }

    /// Share of each segment's volume that is at NMD in `year` under
    /// `selection`: developments first, then the choices in data order.
    pub fn segment_shares(&self, year: u16, selection: &[usize]) -> Vec<Decimal> {
        segment_shares(
            self.segments.len(),
            &self.developments,
            &self.choices,
            year,
            selection,
        )
    }

    /// Whether `selection` in `year` is the situation a published row shows;
    /// choices not active in `year` do not matter.
    pub fn same_situation(&self, year: u16, a: &[usize], b: &[usize]) -> bool {
        self.choices
            .iter()
            .enumerate()
            .all(|(i, choice)| !choice.is_active(year) || a[i] == b[i])
    }

    /// The published Tabel 7 row (and variant) showing this situation.
    pub fn published_staffing_row(&self, year: u16, selection: &[usize]) -> Option<(usize, usize)> {
        self.staffing_table
            .rows
            .iter()
            .enumerate()
            .find_map(|(row_index, row)| {
                if !row.years.contains(&year) {
                    return None;
                }
                row.selections
                    .iter()
                    .enumerate()
                    .find_map(|(variant, published)| {
                        self.same_situation(year, published, selection)
                            .then_some((row_index, variant))
                    })
            })
    }

    /// The published Tabel 6 row and column showing this situation's volume.
    pub fn published_volume_cell(&self, year: u16, selection: &[usize]) -> Option<(usize, usize)> {
        let shares = self.segment_shares(year, selection);
        self.volume_table
            .rows
            .iter()
            .enumerate()
            .find_map(|(row_index, row)| {
                if !row.years.contains(&year) {
                    return None;
                }
                row.column_shares
                    .iter()
                    .position(|published| *published == shares)
                    .map(|column| (row_index, column))
            })
    }

    pub fn scenario_index(&self, id: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| s.id == id)
    }
    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }
    pub fn segment_index(&self, id: &str) -> Option<usize> {
        self.segments.iter().position(|s| s.id == id)
    }
    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }
    pub fn choice_index(&self, id: &str) -> Option<usize> {
        self.choices.iter().position(|c| c.id == id)
    }
    pub fn level_index(&self, label: &str) -> Option<usize> {
        self.scale.levels.iter().position(|l| l.label == label)
    }
}
