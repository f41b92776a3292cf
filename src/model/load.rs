//! Reading a data folder (or the embedded copy of the report) and turning it
//! into a validated [`DataSet`], or into a list of located Dutch messages.

use std::collections::HashMap;
use std::io::ErrorKind;
use std::path::Path;

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;

use super::dataset::*;
use super::errors::{DataError, from_ron_error};
use super::located::{Dec, Id, Pos, Verbatim, with_source};
use super::ratios::{self, RatioError, RatioTable};
use super::schema::{self, Basis};
use crate::format::numbers_in;

pub const SCENARIOS_FILE: &str = "scenarios.ron";
pub const CRITERIA_FILE: &str = "criteria.ron";
pub const STAFFING_FILE: &str = "staffing.ron";
/// Larger input files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
/// Volumes above this (EUR mln) are refused as absurd.
pub const MAX_VOLUME_MLN: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);
/// Weights above this are refused (they would only hide a typing error).
pub const MAX_WEIGHT: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);
/// Scale values beyond ± this are refused: a typing error, and weighted
/// sums of such values overflow.
pub const MAX_SCALE_VALUE: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// The three texts of a data set, each with the name used in messages.
#[derive(Debug, Clone)]
pub struct DataTexts {
    pub scenarios: (String, String),
    pub criteria: (String, String),
    pub staffing: (String, String),
    /// Built-in assumption sets (`sets/*.ron`), in file-name order.
    pub sets: Vec<(String, String)>,
}

/// The folder of built-in assumption sets inside a data folder.
pub const SETS_DIR: &str = "sets";

/// The report's data set, compiled into the binary.
pub fn embedded_texts() -> DataTexts {
    DataTexts {
        scenarios: (
            "[ingebouwd] scenarios/scenarios.ron".into(),
            include_str!("../../scenarios/scenarios.ron").into(),
        ),
        criteria: (
            "[ingebouwd] scenarios/criteria.ron".into(),
            include_str!("../../scenarios/criteria.ron").into(),
        ),
        staffing: (
            "[ingebouwd] scenarios/staffing.ron".into(),
            include_str!("../../scenarios/staffing.ron").into(),
        ),
        sets: vec![
            (
                "[ingebouwd] scenarios/sets/1_berenschot.ron".into(),
                include_str!("../../scenarios/sets/1_berenschot.ron").into(),
            ),
            (
                "[ingebouwd] scenarios/sets/2_klankbordgroep.ron".into(),
                include_str!("../../scenarios/sets/2_klankbordgroep.ron").into(),
            ),
        ],
    }
}

/// The embedded report data set. It is validated by the test suite, so this
/// cannot fail in a released binary.
pub fn load_embedded() -> Result<DataSet, Vec<DataError>> {
    load_texts(&embedded_texts())
}

/// Reads the three files of `dir`.
pub fn read_dir_texts(dir: &Path) -> Result<DataTexts, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut read = |name: &str| {
        let path = dir.join(name);
        match read_text_file(&path) {
            Ok(text) => Some((path.display().to_string(), text)),
            Err(e) => {
                errors.push(e);
                None
            }
        }
    };
    let scenarios = read(SCENARIOS_FILE);
    let criteria = read(CRITERIA_FILE);
    let staffing = read(STAFFING_FILE);
    let mut sets = Vec::new();
    let sets_dir = dir.join(SETS_DIR);
    if sets_dir.is_dir() {
        let mut paths: Vec<_> = std::fs::read_dir(&sets_dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        for path in paths {
            match read_text_file(&path) {
                Ok(text) => sets.push((path.display().to_string(), text)),
                Err(e) => errors.push(e),
            }
        }
    }
    match (scenarios, criteria, staffing) {
        (Some(scenarios), Some(criteria), Some(staffing)) if errors.is_empty() => Ok(DataTexts {
            scenarios,
            criteria,
            staffing,
            sets,
        }),
        _ => Err(errors),
    }
}

pub fn load_dir(dir: &Path) -> Result<DataSet, Vec<DataError>> {
    if !dir.exists() {
        return Err(vec![DataError::new(
            dir.display().to_string(),
            None,
            "map niet gevonden",
        )]);
    }
    if !dir.is_dir() {
        return Err(vec![DataError::new(
            dir.display().to_string(),
            None,
            "dit is een bestand, geen map met gegevens",
        )]);
    }
    load_texts(&read_dir_texts(dir)?)
}

/// Reads a UTF-8 text file of at most [`MAX_FILE_BYTES`], with Dutch errors.
pub fn read_text_file(path: &Path) -> Result<String, DataError> {
    let name = path.display().to_string();
    let fail = |message: String| DataError::new(name.clone(), None, message);
    let metadata = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    if metadata.is_dir() {
        return Err(fail("dit is een map, geen bestand".into()));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "bestand is te groot ({} MB; de grens is {} MB)",
            metadata.len().div_ceil(1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_message(&e)))?;
    text_from_bytes(&name, bytes)
}

/// Checks that `bytes` are UTF-8, naming the position of the first bad byte.
pub fn text_from_bytes(name: &str, bytes: Vec<u8>) -> Result<String, DataError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let prefix = String::from_utf8_lossy(valid);
        let line = prefix.matches('\n').count() + 1;
        let col = prefix.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        DataError::new(
            name,
            Some(Pos { line, col }),
            "het bestand is geen geldige UTF-8-tekst (sla het op als UTF-8)",
        )
    })
}

pub fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "bestand niet gevonden".into(),
        ErrorKind::PermissionDenied => "geen toestemming om dit bestand te lezen".into(),
        ErrorKind::IsADirectory => "dit is een map, geen bestand".into(),
        _ => format!("kan het bestand niet lezen ({error})"),
    }
}

/// Parses one RON text with located values.
pub fn parse_ron<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, DataError> {
    with_source(text, |t| ron::Options::default().from_str::<T>(t))
        .map_err(|e| from_ron_error(name, text, &e))
}

pub fn load_texts(texts: &DataTexts) -> Result<DataSet, Vec<DataError>> {
    let scenarios = parse_ron::<schema::ScenariosFile>(&texts.scenarios.0, &texts.scenarios.1);
    let criteria = parse_ron::<schema::CriteriaFile>(&texts.criteria.0, &texts.criteria.1);
    let staffing = parse_ron::<schema::StaffingFile>(&texts.staffing.0, &texts.staffing.1);
    let (scenarios, criteria, staffing) = match (scenarios, criteria, staffing) {
        (Ok(a), Ok(b), Ok(c)) => (a, b, c),
        (a, b, c) => {
            return Err([a.err(), b.err(), c.err()].into_iter().flatten().collect());
        }
    };
    let mut builder = Builder {
        errors: Vec::new(),
        scenarios_file: texts.scenarios.0.clone(),
        criteria_file: texts.criteria.0.clone(),
        staffing_file: texts.staffing.0.clone(),
    };
    let fingerprint = fingerprint(texts);
    let built = builder.build(scenarios, criteria, staffing, fingerprint);
    let mut data = match built {
        Some(data) if builder.errors.is_empty() => data,
        _ => return Err(builder.errors),
    };
    let mut errors = Vec::new();
    for (name, text) in &texts.sets {
        match super::assumption_set::parse_set(&data, name, text) {
            Ok(opened) => data.builtin_sets.push(opened.set),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// FNV-1a over the three texts: identifies a data set in assumption sets.
fn fingerprint(texts: &DataTexts) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in [&texts.scenarios.1, &texts.criteria.1, &texts.staffing.1] {
        for byte in text.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

struct Builder {
    errors: Vec<DataError>,
    scenarios_file: String,
    criteria_file: String,
    staffing_file: String,
}

#[derive(Clone, Copy)]
enum File {
    Scenarios,
    Criteria,
    Staffing,
}

impl Builder {
    fn err(&mut self, file: File, at: Option<Pos>, message: impl Into<String>) {
        let name = match file {
            File::Scenarios => &self.scenarios_file,
            File::Criteria => &self.criteria_file,
            File::Staffing => &self.staffing_file,
        };
        self.errors.push(DataError::new(name.clone(), at, message));
    }

    /// Checks that ids are non-empty and unique; returns them.
    fn unique_ids<'a>(
        &mut self,
        file: File,
        ids: impl Iterator<Item = &'a Id>,
        what: &str,
    ) -> Vec<String> {
        let mut seen: HashMap<String, Option<Pos>> = HashMap::new();
        let mut names = Vec::new();
        for id in ids {
            if id.text.trim().is_empty() {
                self.err(file, id.at, format!("lege id voor {what}"));
            } else if let Some(first) = seen.get(&id.text) {
                let earlier = first
                    .map(|p| format!(" (eerder op regel {})", p.line))
                    .unwrap_or_default();
                self.err(
                    file,
                    id.at,
                    format!("dubbele id '{}' voor {what}{earlier}", id.text),
                );
            } else {
                seen.insert(id.text.clone(), id.at);
            }
            names.push(id.text.clone());
        }
        names
    }

    fn resolve(&mut self, file: File, id: &Id, names: &[String], what: &str) -> Option<usize> {
        let found = names.iter().position(|n| *n == id.text);
        if found.is_none() {
            let known = names
                .iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(", ");
            self.err(
                file,
                id.at,
                format!("onbekend {what} '{}'; bekend zijn: {known}", id.text),
            );
        }
        found
    }

    fn year(&mut self, file: File, value: &Dec, years: &[u16]) -> Option<u16> {
        let year = u16::try_from(value.value.trunc().mantissa())
            .ok()
            .filter(|_| {
                value.value.fract().is_zero()
                    && value.value.scale() == 0
                    && !value.value.is_sign_negative()
            });
        match year {
            Some(y) if years.is_empty() || years.contains(&y) => Some(y),
            _ => {
                let known = years
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                self.err(
                    file,
                    value.at,
                    format!("onbekend jaar {}; de gegevens kennen: {known}", value.value),
                );
                None
            }
        }
    }

    fn share(&mut self, file: File, value: &Dec) -> Decimal {
        if value.value < Decimal::ZERO || value.value > Decimal::ONE {
            self.err(
                file,
                value.at,
                format!(
                    "aandeel {} ligt niet tussen 0 en 1 (0 = niets bij de samenwerking, 1 = alles)",
                    value.value
                ),
            );
        }
        value.value
    }

    fn volume(&mut self, file: File, value: &Dec, what: &str) -> Decimal {
        if value.value < Decimal::ZERO {
            self.err(
                file,
                value.at,
                format!("{what} is negatief ({})", value.value),
            );
        } else if value.value > MAX_VOLUME_MLN {
            self.err(
                file,
                value.at,
                format!(
                    "{what} is onwaarschijnlijk groot ({} mln; de grens is 10.000 mln)",
                    value.value
                ),
            );
        }
        value.value
    }

    /// Puts cells given per `columns` into scenario order; checks coverage.
    fn scenario_columns(
        &mut self,
        file: File,
        columns: &[Id],
        scenario_ids: &[String],
        table: &str,
    ) -> Option<Vec<usize>> {
        let mut order = Vec::new();
        let mut ok = true;
        for column in columns {
            match self.resolve(file, column, scenario_ids, "scenario") {
                Some(i) if order.contains(&i) => {
                    self.err(
                        file,
                        column.at,
                        format!(
                            "scenario '{}' staat twee keer in de kolommen van {table}",
                            column.text
                        ),
                    );
                    ok = false;
                }
                Some(i) => order.push(i),
                None => ok = false,
            }
        }
        for (i, id) in scenario_ids.iter().enumerate() {
            if ok && !order.contains(&i) {
                self.err(
                    file,
                    columns.first().and_then(|c| c.at),
                    format!("scenario '{id}' ontbreekt in de kolommen van {table}"),
                );
                ok = false;
            }
        }
        ok.then_some(order)
    }

    fn choice_pairs(
        &mut self,
        pairs: &[(Id, Id)],
        choices: &[Choice],
        choice_ids: &[String],
    ) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (choice_id, option_id) in pairs {
            let Some(c) = self.resolve(File::Staffing, choice_id, choice_ids, "keuze") else {
                continue;
            };
            let option_ids: Vec<String> = choices[c].options.iter().map(|o| o.id.clone()).collect();
            let what = format!("optie van keuze '{}'", choice_id.text);
            let Some(o) = self.resolve(File::Staffing, option_id, &option_ids, &what) else {
                continue;
            };
            if out.iter().any(|&(other, _)| other == c) {
                self.err(
                    File::Staffing,
                    choice_id.at,
                    format!("keuze '{}' staat twee keer in deze rij", choice_id.text),
                );
            }
            out.push((c, o));
        }
        out
    }

    fn build(
        &mut self,
        sf: schema::ScenariosFile,
        cf: schema::CriteriaFile,
        tf: schema::StaffingFile,
        fingerprint: String,
    ) -> Option<DataSet> {
        use File::*;
        // ---- scenarios.ron -------------------------------------------------
        let scenario_ids = self.unique_ids(
            Scenarios,
            sf.scenarios.iter().map(|s| &s.id),
            "een scenario",
        );
        if sf.scenarios.is_empty() {
            self.err(
                Scenarios,
                None,
                "er staat geen enkel scenario in 'scenarios'",
            );
        }
        let scenarios: Vec<Scenario> = sf
            .scenarios
            .iter()
            .map(|s| Scenario {
                id: s.id.text.clone(),
                number: s.number,
                name: s.name.clone(),
                short_name: s.short_name.clone(),
                description: s.description.clone(),
                section: s.section.clone(),
            })
            .collect();
        let n_scen = scenarios.len();

        let aspect_order =
            self.scenario_columns(Scenarios, &sf.aspects.columns, &scenario_ids, "'aspects'");
        let mut aspect_rows = Vec::new();
        for row in &sf.aspects.rows {
            if row.cells.len() != sf.aspects.columns.len() {
                self.err(
                    Scenarios,
                    row.aspect.at,
                    format!(
                        "aspect '{}' heeft {} cellen, maar er zijn {} kolommen",
                        row.aspect.text,
                        row.cells.len(),
                        sf.aspects.columns.len()
                    ),
                );
                continue;
            }
            if let Some(order) = &aspect_order {
                let mut cells = vec![String::new(); n_scen];
                for (cell, &s) in row.cells.iter().zip(order) {
                    cells[s] = cell.clone();
                }
                aspect_rows.push(AspectRow {
                    aspect: row.aspect.text.clone(),
                    cells,
                });
            }
        }

        let cp = &sf.cost_profile;
        let levels: Vec<String> = cp.levels.clone();
        if levels.is_empty() {
            self.err(Scenarios, None, "'cost_profile.levels' is leeg");
        }
        for (i, level) in levels.iter().enumerate() {
            if levels[..i].contains(level) {
                self.err(
                    Scenarios,
                    None,
                    format!("niveau '{level}' staat twee keer in 'cost_profile.levels'"),
                );
            }
        }
        let cost_order =
            self.scenario_columns(Scenarios, &cp.columns, &scenario_ids, "'cost_profile'");
        self.unique_ids(
            Scenarios,
            cp.components.iter().map(|c| &c.id),
            "een kostencomponent",
        );
        let mut components = Vec::new();
        for component in &cp.components {
            if component.cells.len() != cp.columns.len() {
                self.err(
                    Scenarios,
                    component.id.at,
                    format!(
                        "kostencomponent '{}' heeft {} cellen, maar er zijn {} kolommen",
                        component.id.text,
                        component.cells.len(),
                        cp.columns.len()
                    ),
                );
                continue;
            }
            let mut cells: Vec<Option<CostCell>> = vec![None; n_scen];
            for (cell, column) in component.cells.iter().zip(0..) {
                let level = levels
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| cell.text.starts_with(l.as_str()))
                    .max_by_key(|(_, l)| l.len())
                    .map(|(i, _)| i);
                match (level, &cost_order) {
                    (Some(level), Some(order)) => {
                        cells[order[column]] = Some(CostCell {
                            text: cell.text.clone(),
                            level,
                            remark: cell.text[levels[level].len()..].trim().to_owned(),
                        });
                    }
                    (None, _) => self.err(
                        Scenarios,
                        cell.at,
                        format!(
                            "'{}' begint niet met een van de niveaus {}",
                            cell.text,
                            levels
                                .iter()
                                .map(|l| format!("'{l}'"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ),
                    _ => {}
                }
            }
            if cells.iter().all(Option::is_some) {
                components.push(CostComponent {
                    id: component.id.text.clone(),
                    name: component.name.clone(),
                    high_is: component.high_is,
                    cells: cells.into_iter().flatten().collect(),
                });
            }
        }

        // ---- criteria.ron ----------------------------------------------------
        let level_ids = self.unique_ids(
            Criteria,
            cf.scale.levels.iter().map(|l| &l.label),
            "een niveau van de schaal",
        );
        if cf.scale.levels.len() < 2 {
            self.err(
                Criteria,
                None,
                "de schaal ('scale.levels') heeft minstens twee niveaus nodig",
            );
        }
        for pair in cf.scale.levels.windows(2) {
            if pair[1].value.value <= pair[0].value.value {
                self.err(
                    Criteria,
                    pair[1].value.at,
                    format!(
                        "de waarden van de schaal moeten oplopen: '{}' ({}) komt na '{}' ({})",
                        pair[1].label.text,
                        pair[1].value.value,
                        pair[0].label.text,
                        pair[0].value.value
                    ),
                );
            }
        }
        for l in &cf.scale.levels {
            if l.value.value.abs() > MAX_SCALE_VALUE {
                self.err(
                    Criteria,
                    l.value.at,
                    format!(
                        "waarde {} van niveau '{}' ligt niet tussen −1.000.000 en 1.000.000",
                        l.value.value, l.label.text
                    ),
                );
            }
        }
        let scale = Scale {
            name: cf.scale.name.clone(),
            levels: cf
                .scale
                .levels
                .iter()
                .map(|l| Level {
                    label: l.label.text.clone(),
                    value: l.value.value,
                })
                .collect(),
        };
        let criterion_ids =
            self.unique_ids(Criteria, cf.criteria.iter().map(|c| &c.id), "een criterium");
        if cf.criteria.is_empty() {
            self.err(
                Criteria,
                None,
                "er staat geen enkel criterium in 'criteria'",
            );
        }
        for c in &cf.criteria {
            if c.default_weight.value < Decimal::ZERO {
                self.err(
                    Criteria,
                    c.default_weight.at,
                    format!(
                        "gewicht van '{}' is negatief ({})",
                        c.id.text, c.default_weight.value
                    ),
                );
            } else if c.default_weight.value > MAX_WEIGHT {
                self.err(
                    Criteria,
                    c.default_weight.at,
                    format!(
                        "gewicht van '{}' is onwaarschijnlijk groot ({}; de grens is 1.000.000)",
                        c.id.text, c.default_weight.value
                    ),
                );
            }
        }
        if !cf.criteria.is_empty() && cf.criteria.iter().all(|c| c.default_weight.value.is_zero()) {
            self.err(Criteria, cf.criteria[0].default_weight.at, "alle standaardgewichten zijn 0: zonder gewicht is er geen rangorde. Geef minstens één criterium een gewicht groter dan 0");
        }
        let criteria: Vec<Criterion> = cf
            .criteria
            .iter()
            .map(|c| Criterion {
                id: c.id.text.clone(),
                number: c.number,
                name: c.name.clone(),
                explanation: c.explanation.clone(),
                default_weight: c.default_weight.value,
            })
            .collect();
        let mut score_grid: Vec<Vec<Option<Score>>> = vec![vec![None; criteria.len()]; n_scen];
        for score in &cf.scores {
            let s = self.resolve(Criteria, &score.scenario, &scenario_ids, "scenario");
            let c = self.resolve(Criteria, &score.criterion, &criterion_ids, "criterium");
            let l = self.resolve(Criteria, &score.level, &level_ids, "niveau");
            if let (Some(s), Some(c), Some(level)) = (s, c, l) {
                if score_grid[s][c].is_some() {
                    self.err(
                        Criteria,
                        score.scenario.at,
                        format!(
                            "scenario '{}' heeft al een score op criterium '{}'",
                            score.scenario.text, score.criterion.text
                        ),
                    );
                }
                score_grid[s][c] = Some(Score {
                    level,
                    sources: score.sources.clone(),
                    rationale: score.rationale.clone(),
                });
            }
        }
        for (s, row) in score_grid.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_none() && scenario_ids.len() == n_scen {
                    self.err(
                        Criteria,
                        cf.criteria[c].id.at,
                        format!(
                            "geen score voor scenario '{}' op criterium '{}'",
                            scenario_ids[s], criterion_ids[c]
                        ),
                    );
                }
            }
        }

        // ---- staffing.ron ----------------------------------------------------
        let mut years: Vec<u16> = Vec::new();
        for y in &tf.years {
            if let Some(year) = self.year(Staffing, y, &[]) {
                if years.last().is_some_and(|&last| year <= last) {
                    self.err(Staffing, y.at, "de jaren moeten oplopen, elk jaar één keer");
                }
                years.push(year);
            }
        }
        if years.is_empty() {
            self.err(Staffing, None, "'years' is leeg");
            return None;
        }
        let segment_ids =
            self.unique_ids(Staffing, tf.segments.iter().map(|s| &s.id), "een segment");
        let mut segments = Vec::new();
        for s in &tf.segments {
            let report = self.volume(
                Staffing,
                &s.report_volume_mln,
                &format!("volume van segment '{}'", s.id.text),
            );
            let mut planning = vec![report; years.len()];
            for (&year, value) in &s.volume_mln_by_year {
                let what = format!("volume van segment '{}' in {year}", s.id.text);
                let v = self.volume(Staffing, value, &what);
                match years.iter().position(|&y| y == year) {
                    Some(i) => planning[i] = v,
                    None => self.err(
                        Staffing,
                        value.at,
                        format!("onbekend jaar {year} in 'volume_mln_by_year'"),
                    ),
                }
            }
            segments.push(Segment {
                id: s.id.text.clone(),
                name: s.name.clone(),
                short_name: s.short_name.clone(),
                report_volume_mln: report,
                derivation: s.derivation.clone(),
                planning_volume_mln: planning,
            });
        }
        if segments.is_empty() {
            self.err(Staffing, None, "er staat geen enkel segment in 'segments'");
        }
        let category_ids = self.unique_ids(
            Staffing,
            tf.categories.iter().map(|c| &c.id),
            "een functiecategorie",
        );
        let mut categories = Vec::new();
        for c in &tf.categories {
            if let Basis::Fixed { from_year } = c.basis
                && !years.contains(&from_year)
            {
                self.err(
                    Staffing,
                    c.id.at,
                    format!(
                        "categorie '{}': jaar {from_year} in 'Fixed(from_year: …)' staat niet in 'years'",
                        c.id.text
                    ),
                );
            }
            categories.push(Category {
                id: c.id.text.clone(),
                name: c.name.clone(),
                basis: c.basis,
            });
        }
        let mut developments = Vec::new();
        for d in &tf.developments {
            let from_year = self.year(Staffing, &d.from_year, &[]).unwrap_or(0);
            let shares = self.shares(&d.shares, &segment_ids);
            developments.push(Development {
                from_year,
                label: d.label.clone(),
                source: d.source.clone(),
                shares,
            });
        }
        let choice_ids = self.unique_ids(Staffing, tf.choices.iter().map(|c| &c.id), "een keuze");
        let mut choices = Vec::new();
        for c in &tf.choices {
            let from_year = self
                .year(Staffing, &c.from_year, &years)
                .unwrap_or(years[0]);
            let option_ids = self.unique_ids(
                Staffing,
                c.options.iter().map(|o| &o.id),
                &format!("een optie van keuze '{}'", c.id.text),
            );
            if c.options.is_empty() {
                self.err(
                    Staffing,
                    c.id.at,
                    format!("keuze '{}' heeft geen opties", c.id.text),
                );
                continue;
            }
            let default = self
                .resolve(
                    Staffing,
                    &c.default,
                    &option_ids,
                    &format!("optie van keuze '{}'", c.id.text),
                )
                .unwrap_or(0);
            let mut options = Vec::new();
            for o in &c.options {
                let shares = self.shares(&o.shares, &segment_ids);
                let reduces = o.reduces.as_ref().and_then(|r| {
                    let category = self.resolve(Staffing, &r.category, &category_ids, "functiecategorie")?;
                    if tf.categories[category].basis == Basis::Volume {
                        self.err(Staffing, r.category.at, format!("'reduces' kan alleen een vaste categorie (Fixed) verlagen; '{}' volgt het volume", r.category.text));
                        return None;
                    }
                    let by: Vec<usize> = r.by_volume_of.iter().filter_map(|s| self.resolve(Staffing, s, &segment_ids, "segment")).collect();
                    if by.is_empty() {
                        self.err(Staffing, r.category.at, "'by_volume_of' noemt geen segment");
                        return None;
                    }
                    Some(Reduction { category, by_volume_of: by })
                });
                options.push(ChoiceOption {
                    id: o.id.text.clone(),
                    label: o.label.clone(),
                    shares,
                    reduces,
                });
            }
            choices.push(Choice {
                id: c.id.text.clone(),
                label: c.label.clone(),
                from_year,
                default,
                options,
                source: c.source.clone(),
            });
        }
        if choices.len() != tf.choices.len() {
            return None;
        }
        self.unique_ids(
            Staffing,
            tf.assumptions.iter().map(|a| &a.id),
            "een aanname",
        );
        let mut assumptions = Vec::new();
        let mut assumed: Vec<usize> = Vec::new();
        for a in &tf.assumptions {
            let segs: Vec<usize> = a
                .segments
                .iter()
                .filter_map(|s| self.resolve(Staffing, s, &segment_ids, "segment"))
                .collect();
            if segs.len() != a.segments.len() {
                continue;
            }
            if segs.len() < 2 {
                self.err(
                    Staffing,
                    a.id.at,
                    format!(
                        "aanname '{}' moet minstens twee segmenten verbinden",
                        a.id.text
                    ),
                );
                continue;
            }
            if a.intensity.len() != segs.len() {
                self.err(
                    Staffing,
                    a.id.at,
                    format!(
                        "aanname '{}' heeft {} waarden in 'intensity' voor {} segmenten",
                        a.id.text,
                        a.intensity.len(),
                        segs.len()
                    ),
                );
                continue;
            }
            for i in &a.intensity {
                if i.value <= Decimal::ZERO {
                    self.err(Staffing, i.at, "'intensity' moet groter dan 0 zijn");
                }
            }
            for (&s, id) in segs.iter().zip(&a.segments) {
                if assumed.contains(&s) || segs.iter().filter(|&&t| t == s).count() > 1 {
                    self.err(
                        Staffing,
                        id.at,
                        format!("segment '{}' staat in meer dan één aanname", id.text),
                    );
                }
                assumed.push(s);
            }
            assumptions.push(SplitAssumption {
                id: a.id.text.clone(),
                label: a.label.clone(),
                segments: segs,
                intensity: a.intensity.iter().map(|i| i.value).collect(),
                text: a.text.clone(),
            });
        }

        let supervision_block = tf.supervision_block.as_ref().and_then(|b| {
            let categories: Vec<usize> = b
                .categories
                .iter()
                .filter_map(|c| self.resolve(Staffing, c, &category_ids, "functiecategorie"))
                .collect();
            if categories.len() != b.categories.len() {
                return None;
            }
            if categories.is_empty() {
                self.err(
                    Staffing,
                    b.min_fte_per_person.at,
                    "'supervision_block' noemt geen categorie",
                );
                return None;
            }
            if b.min_fte_per_person.value <= Decimal::ZERO
                || b.min_fte_per_person.value > Decimal::ONE
            {
                self.err(
                    Staffing,
                    b.min_fte_per_person.at,
                    "'min_fte_per_person' ligt tussen 0 en 1 fte",
                );
            }
            let from_year = years
                .iter()
                .copied()
                .find(|&y| {
                    categories
                        .iter()
                        .all(|&c| categories_active(&tf.categories[c].basis, y))
                })
                .unwrap_or(years[0]);
            Some(SupervisionBlock {
                label: b.label.clone(),
                categories,
                min_fte_per_person: b.min_fte_per_person.value,
                from_year,
                source: b.source.clone(),
            })
        });

        // ---- Tabel 6 -----------------------------------------------------------
        let vt = &tf.volume_table;
        let mut row_ids: Vec<Id> = vt.rows.iter().map(|r| r.id.clone()).collect();
        row_ids.extend(tf.staffing_table.rows.iter().map(|r| r.id.clone()));
        self.unique_ids(Staffing, row_ids.iter(), "een tabelrij");
        let columns: Vec<VolumeColumn> = vt
            .columns
            .iter()
            .map(|c| VolumeColumn {
                heading: c.heading.clone(),
                choices: self.choice_pairs(&c.choices, &choices, &choice_ids),
            })
            .collect();
        let mut volume_rows = Vec::new();
        for r in &vt.rows {
            let row_years: Vec<u16> = r
                .years
                .iter()
                .filter_map(|y| self.year(Staffing, y, &years))
                .collect();
            let pairs = self.choice_pairs(&r.choices, &choices, &choice_ids);
            let of_which: Vec<usize> = r
                .of_which
                .iter()
                .filter_map(|s| self.resolve(Staffing, s, &segment_ids, "segment"))
                .collect();
            if r.cells.len() != columns.len() {
                self.err(
                    Staffing,
                    r.id.at,
                    format!(
                        "rij '{}' heeft {} cellen, maar 'volume_table' heeft {} kolommen",
                        r.id.text,
                        r.cells.len(),
                        columns.len()
                    ),
                );
                continue;
            }
            let mut cells = Vec::new();
            for cell in &r.cells {
                let numbers = numbers_in(&cell.text);
                match (numbers.as_slice(), of_which.is_empty()) {
                    ([], _) => self.err(Staffing, cell.at, format!("volume '{}' is geen getal", cell.text)),
                    ([v], true) => cells.push(PublishedVolumeCell { text: cell.text.clone(), value_mln: *v, of_which_mln: None }),
                    ([v, w], false) => cells.push(PublishedVolumeCell { text: cell.text.clone(), value_mln: *v, of_which_mln: Some(*w) }),
                    (_, true) => self.err(Staffing, cell.at, format!("'{}' bevat meer dan één getal; noem met 'of_which' de segmenten van het 'waarvan'-bedrag", cell.text)),
                    (_, false) => self.err(Staffing, cell.at, format!("'{}' moet twee getallen bevatten: het volume en het 'waarvan'-bedrag", cell.text)),
                }
            }
            for (c, choice) in choices.iter().enumerate() {
                let affects_volume = choice
                    .options
                    .iter()
                    .any(|o| o.shares != choice.options[0].shares);
                let active = row_years.iter().any(|&y| choice.is_active(y));
                let fixed = pairs
                    .iter()
                    .chain(columns.iter().flat_map(|col| &col.choices))
                    .any(|&(pc, _)| pc == c);
                if affects_volume && active && !fixed {
                    self.err(
                        Staffing,
                        r.id.at,
                        format!(
                            "rij '{}' legt keuze '{}' niet vast; die geldt vanaf {}",
                            r.id.text, choice.id, choice.from_year
                        ),
                    );
                }
            }
            if cells.len() == columns.len() && !row_years.is_empty() {
                volume_rows.push(PublishedVolumeRow {
                    id: r.id.text.clone(),
                    situation: r.situation.clone(),
                    description: r.description.clone(),
                    years: row_years,
                    choices: pairs,
                    cells,
                    of_which,
                    column_shares: Vec::new(),
                });
            }
        }

        // ---- Tabel 7 -----------------------------------------------------------
        let st = &tf.staffing_table;
        let mut column_categories = Vec::new();
        for c in &st.columns {
            if let Some(i) = self.resolve(Staffing, c, &category_ids, "functiecategorie") {
                if column_categories.contains(&i) {
                    self.err(
                        Staffing,
                        c.at,
                        format!(
                            "categorie '{}' staat twee keer in de kolommen van 'staffing_table'",
                            c.text
                        ),
                    );
                }
                column_categories.push(i);
            }
        }
        for (i, id) in category_ids.iter().enumerate() {
            if !column_categories.contains(&i) && column_categories.len() == st.columns.len() {
                self.err(
                    Staffing,
                    st.columns.first().and_then(|c| c.at),
                    format!("categorie '{id}' ontbreekt in de kolommen van 'staffing_table'"),
                );
            }
        }
        let mut staffing_rows = Vec::new();
        for r in &st.rows {
            let row_years: Vec<u16> = r
                .years
                .iter()
                .filter_map(|y| self.year(Staffing, y, &years))
                .collect();
            if row_years.is_empty() {
                self.err(
                    Staffing,
                    r.id.at,
                    format!("rij '{}' noemt geen jaar", r.id.text),
                );
                continue;
            }
            let pairs = self.choice_pairs(&r.choices, &choices, &choice_ids);
            let variants = r.variants.as_ref().and_then(|v| {
                let c = self.resolve(Staffing, &v.choice, &choice_ids, "keuze")?;
                let option_ids: Vec<String> =
                    choices[c].options.iter().map(|o| o.id.clone()).collect();
                let options: Vec<usize> = v
                    .options
                    .iter()
                    .filter_map(|o| self.resolve(Staffing, o, &option_ids, "optie"))
                    .collect();
                if options.len() < 2 {
                    self.err(
                        Staffing,
                        v.choice.at,
                        "'variants' noemt minstens twee opties",
                    );
                    return None;
                }
                Some((c, options))
            });
            let n_variants = variants.as_ref().map_or(1, |(_, o)| o.len());
            let mut numbers = |cell: &Verbatim,
                               what: &str,
                               allow_empty: bool|
             -> Option<PublishedNumbers> {
                let values = numbers_in(&cell.text);
                let ok = (allow_empty && values.is_empty())
                    || values.len() == 1
                    || values.len() == n_variants;
                if !ok {
                    let message = if values.is_empty() {
                        format!("{what} '{}' is geen getal", cell.text)
                    } else {
                        format!(
                            "{what} '{}' bevat {} getallen; verwacht 1 of {} (één per variant)",
                            cell.text,
                            values.len(),
                            n_variants
                        )
                    };
                    self.errors
                        .push(DataError::new(self.staffing_file.clone(), cell.at, message));
                    return None;
                }
                Some(PublishedNumbers {
                    text: cell.text.clone(),
                    values,
                })
            };
            let volume = numbers(&r.volume, "volume", false);
            let total = numbers(&r.total, "totaal", false);
            let mut cells: Vec<Option<PublishedNumbers>> = vec![None; categories.len()];
            if r.cells.len() != st.columns.len() {
                let message = format!(
                    "rij '{}' heeft {} cellen, maar 'staffing_table' heeft {} kolommen",
                    r.id.text,
                    r.cells.len(),
                    st.columns.len()
                );
                self.err(Staffing, r.id.at, message);
                continue;
            }
            for (cell, &category) in r.cells.iter().zip(&column_categories) {
                cells[category] = numbers(cell, "cel", true);
            }
            let mut covered = true;
            for (c, choice) in choices.iter().enumerate() {
                let active = row_years.iter().any(|&y| choice.is_active(y));
                let fixed = pairs.iter().any(|&(pc, _)| pc == c)
                    || variants.as_ref().is_some_and(|(vc, _)| *vc == c);
                if active && !fixed {
                    self.err(
                        Staffing,
                        r.id.at,
                        format!(
                            "rij '{}' legt keuze '{}' niet vast; die geldt vanaf {}",
                            r.id.text, choice.id, choice.from_year
                        ),
                    );
                    covered = false;
                }
            }
            if let (Some(volume), Some(total), true, true) =
                (volume, total, cells.iter().all(Option::is_some), covered)
            {
                staffing_rows.push(PublishedStaffingRow {
                    id: r.id.text.clone(),
                    period: r.period.clone(),
                    description: r.description.clone(),
                    years: row_years,
                    choices: pairs,
                    variants,
                    volume,
                    total,
                    cells: cells.into_iter().flatten().collect(),
                    selections: Vec::new(),
                });
            }
        }
        if !self.errors.is_empty() {
            return None;
        }

        let mut data = DataSet {
            name: sf.dataset.name.clone(),
            source: sf.dataset.source.clone(),
            organisation: sf.dataset.organisation.clone(),
            fingerprint,
            scenarios,
            aspects: AspectsTable {
                title: sf.aspects.title.clone(),
                section: sf.aspects.section.clone(),
                rows: aspect_rows,
            },
            cost_profile: CostProfile {
                title: cp.title.clone(),
                section: cp.section.clone(),
                levels,
                components,
                interpretation: cp.interpretation.clone(),
            },
            scale,
            weights_note: cf.weights_note.clone(),
            criteria,
            scores: score_grid
                .into_iter()
                .map(|row| row.into_iter().flatten().collect())
                .collect(),
            years,
            segments,
            categories,
            developments,
            choices,
            assumptions,
            supervision_block,
            volume_table: PublishedVolumeTable {
                title: vt.title.clone(),
                section: vt.section.clone(),
                columns,
                rows: volume_rows,
            },
            staffing_table: PublishedStaffingTable {
                title: st.title.clone(),
                section: st.section.clone(),
                columns: column_categories,
                rows: staffing_rows,
            },
            ratios: RatioTable {
                groups: Vec::new(),
                segment_group: Vec::new(),
                fits: Vec::new(),
            },
            builtin_sets: Vec::new(),
        };
        cache_published_situations(&mut data);
        self.check_rows_hold_for_all_years(&data, st);
        if !self.errors.is_empty() {
            return None;
        }
        match ratios::derive_ratios(&data) {
            Ok(table) => data.ratios = table,
            Err(e) => {
                self.ratio_error(e, &data, &tf);
                return None;
            }
        }
        Some(data)
    }

    fn shares(&mut self, pairs: &[(Id, Dec)], segment_ids: &[String]) -> Vec<(usize, Decimal)> {
        pairs
            .iter()
            .filter_map(|(id, share)| {
                let s = self.resolve(File::Staffing, id, segment_ids, "segment")?;
                Some((s, self.share(File::Staffing, share)))
            })
            .collect()
    }

    /// A row published for "2026/2027" must describe the same segments in
    /// both years; otherwise one figure cannot stand for both.
    fn check_rows_hold_for_all_years(&mut self, data: &DataSet, st: &schema::StaffingTable) {
        for (row, entry) in data.staffing_table.rows.iter().zip(&st.rows) {
            for variant in 0..row.variant_count() {
                let selection = row.selection(data, variant);
                let first = data.segment_shares(row.years[0], &selection);
                for &year in &row.years[1..] {
                    if data.segment_shares(year, &selection) != first {
                        self.err(File::Staffing, entry.id.at, format!("rij '{}' geldt voor {} en {year}, maar de segmenten bij de samenwerking verschillen tussen die jaren", row.id, row.years[0]));
                    }
                }
            }
        }
    }

    fn ratio_error(&mut self, error: RatioError, data: &DataSet, tf: &schema::StaffingFile) {
        let seg = |s: usize| (data.segments[s].id.clone(), tf.segments[s].id.at);
        match error {
            RatioError::NeverPublished { segment } => {
                let (id, at) = seg(segment);
                self.err(File::Staffing, at, format!("segment '{id}' komt in geen enkele rij van 'staffing_table' voor (of heeft rapportvolume 0): de fte per mln zijn niet af te leiden"));
            }
            RatioError::Inseparable { first, second } => {
                let (a, _) = seg(first);
                let (b, at) = seg(second);
                self.err(File::Staffing, at, format!("segmenten '{a}' en '{b}' komen in 'staffing_table' altijd samen voor; hun fte-verhouding volgt niet uit de gepubliceerde rijen. Leg een aanname vast onder 'assumptions'"));
            }
            RatioError::ReductionNeverPublished { choice, option } => {
                let at = tf.choices[choice].options[option].id.at;
                self.err(File::Staffing, at, format!("optie '{}' verlaagt een categorie, maar komt in geen enkele rij van 'staffing_table' voor: de verlaging is niet af te leiden", data.choices[choice].options[option].id));
            }
            RatioError::Undetermined { category, .. } => {
                let at = tf.categories[category].id.at;
                self.err(File::Staffing, at, format!("de rijen van 'staffing_table' bepalen de fte van categorie '{}' niet eenduidig; voeg een rij toe of verbind segmenten met een aanname", data.categories[category].id));
            }
        }
    }
}

fn categories_active(basis: &Basis, year: u16) -> bool {
    match *basis {
        Basis::Volume => true,
        Basis::Fixed { from_year } => year >= from_year,
    }
}

/// Fills the published rows' cached selections and shares.
fn cache_published_situations(data: &mut DataSet) {
    let selections: Vec<Vec<Selection>> = data
        .staffing_table
        .rows
        .iter()
        .map(|row| {
            (0..row.variant_count())
                .map(|v| row.build_selection(data, v))
                .collect()
        })
        .collect();
    for (row, s) in data.staffing_table.rows.iter_mut().zip(selections) {
        row.selections = s;
    }
    let shares: Vec<Vec<Vec<Decimal>>> = data
        .volume_table
        .rows
        .iter()
        .map(|row| {
            (0..data.volume_table.columns.len())
                .map(|c| data.segment_shares(row.years[0], &row.selection(data, c)))
                .collect()
        })
        .collect();
    for (row, s) in data.volume_table.rows.iter_mut().zip(shares) {
        row.column_shares = s;
    }
}
