//! `scenarios.ron`: the data set's name, the scenarios, Tabel 1 (aspects)
//! and Tabel 5 (cost profile), checked and put in scenario order.

use super::problems::Problems;
use crate::model::dataset::{
    AspectRow, AspectsTable, CostCell, CostComponent, CostProfile, Participants, Scenario,
};
use crate::model::located::Id;
use crate::model::schema::{self, ScenariosFile};

/// What `scenarios.ron` contributes to the data set.
pub struct ScenariosPart {
    pub name: String,
    pub source: String,
    pub organisation: String,
    pub participants: Option<Participants>,
    pub scenarios: Vec<Scenario>,
    pub scenario_ids: Vec<String>,
    pub aspects: AspectsTable,
    pub cost_profile: CostProfile,
}

pub fn scenarios_part(file: &ScenariosFile, p: &mut Problems) -> ScenariosPart {
    let scenario_ids = p.unique_ids(file.scenarios.iter().map(|s| &s.id), "een scenario");
    if file.scenarios.is_empty() {
        p.err(None, "er staat geen enkel scenario in 'scenarios'");
    }
    let scenarios: Vec<Scenario> = file
        .scenarios
        .iter()
        .map(|s| Scenario {
            id: s.id.text.clone(),
            number: s.number,
            name: s.name.clone(),
            short_name: s.short_name.clone(),
            description: s.description.clone(),
            section: s.section.clone(),
            added: false,
        })
        .collect();
    let aspects = match &file.aspects {
        Some(table) => aspects_table(table, &scenario_ids, p),
        None => AspectsTable {
            title: String::new(),
            section: String::new(),
            rows: Vec::new(),
        },
    };
    let cost_profile = match &file.cost_profile {
        Some(table) => cost_profile(table, &scenario_ids, p),
        None => CostProfile {
            title: String::new(),
            section: String::new(),
            levels: Vec::new(),
            components: Vec::new(),
            interpretation: Vec::new(),
        },
    };
    let participants = file.dataset.participants.as_ref().map(|entry| {
        let names: Vec<String> = entry
            .names
            .iter()
            .map(|n| n.text.trim().to_owned())
            .collect();
        for (i, name) in entry.names.iter().enumerate() {
            if name.text.trim().is_empty() {
                p.err(name.at, "een deelnemer heeft een naam nodig");
            } else if names[..i].contains(&names[i]) {
                p.err(
                    name.at,
                    format!("deelnemer '{}' staat twee keer in 'participants'", names[i]),
                );
            }
        }
        if entry.label.trim().is_empty() {
            p.err(
                None,
                "'participants.label' is leeg (bijvoorbeeld \"gemeenten\")",
            );
        }
        Participants {
            label: entry.label.trim().to_owned(),
            names,
            source: entry.source.clone(),
        }
    });
    ScenariosPart {
        name: file.dataset.name.clone(),
        source: file.dataset.source.clone(),
        organisation: file.dataset.organisation.clone(),
        participants,
        scenarios,
        scenario_ids,
        aspects,
        cost_profile,
    }
}

/// Puts cells given per `columns` into scenario order; checks coverage.
fn scenario_columns(
    p: &mut Problems,
    columns: &[Id],
    scenario_ids: &[String],
    table: &str,
) -> Option<Vec<usize>> {
    let mut order = Vec::new();
    let mut ok = true;
    for column in columns {
        match p.resolve(column, scenario_ids, "scenario") {
            Some(i) if order.contains(&i) => {
                p.err(
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
            p.err(
                columns.first().and_then(|c| c.at),
                format!("scenario '{id}' ontbreekt in de kolommen van {table}"),
            );
            ok = false;
        }
    }
    ok.then_some(order)
}

fn aspects_table(
    table: &schema::AspectsTable,
    scenario_ids: &[String],
    p: &mut Problems,
) -> AspectsTable {
    let order = scenario_columns(p, &table.columns, scenario_ids, "'aspects'");
    let mut rows = Vec::new();
    for row in &table.rows {
        if row.cells.len() != table.columns.len() {
            p.err(
                row.aspect.at,
                format!(
                    "aspect '{}' heeft {} cellen, maar er zijn {} kolommen",
                    row.aspect.text,
                    row.cells.len(),
                    table.columns.len()
                ),
            );
            continue;
        }
        if let Some(order) = &order {
            let mut cells = vec![String::new(); scenario_ids.len()];
            for (cell, &s) in row.cells.iter().zip(order) {
                cells[s] = cell.clone();
            }
            rows.push(AspectRow {
                aspect: row.aspect.text.clone(),
                cells,
            });
        }
    }
    AspectsTable {
        title: table.title.clone(),
        section: table.section.clone(),
        rows,
    }
}

/// Tabel 5: its levels (each once) and each component's cell per
/// scenario; a component with a cell that names no level is left out.
fn cost_profile(
    table: &schema::CostProfileTable,
    scenario_ids: &[String],
    p: &mut Problems,
) -> CostProfile {
    let levels: Vec<String> = table.levels.clone();
    check_levels(&levels, p);
    let order = scenario_columns(p, &table.columns, scenario_ids, "'cost_profile'");
    p.unique_ids(
        table.components.iter().map(|c| &c.id),
        "een kostencomponent",
    );
    let mut components = Vec::new();
    for component in &table.components {
        if component.cells.len() != table.columns.len() {
            p.err(
                component.id.at,
                format!(
                    "kostencomponent '{}' heeft {} cellen, maar er zijn {} kolommen",
                    component.id.text,
                    component.cells.len(),
                    table.columns.len()
                ),
            );
            continue;
        }
        let cells = component_cells(component, &levels, order.as_deref(), scenario_ids.len(), p);
        if cells.iter().all(Option::is_some) {
            components.push(CostComponent {
                id: component.id.text.clone(),
                name: component.name.clone(),
                high_is: component.high_is,
                cells: cells.into_iter().flatten().collect(),
            });
        }
    }
    CostProfile {
        title: table.title.clone(),
        section: table.section.clone(),
        levels,
        components,
        interpretation: table.interpretation.clone(),
    }
}

/// The cost levels: at least one, none twice.
fn check_levels(levels: &[String], p: &mut Problems) {
    if levels.is_empty() {
        p.err(None, "'cost_profile.levels' is leeg");
    }
    for (i, level) in levels.iter().enumerate() {
        if levels[..i].contains(level) {
            p.err(
                None,
                format!("niveau '{level}' staat twee keer in 'cost_profile.levels'"),
            );
        }
    }
}

/// A component's cells in the scenarios' order (`order[column]` is the
/// scenario of a column): each cell's level is the longest level its text
/// starts with, the rest of the text its remark. A cell with no level is
/// refused and stays `None`, as all do when the columns are not known.
fn component_cells(
    component: &schema::CostComponentEntry,
    levels: &[String],
    order: Option<&[usize]>,
    scenarios: usize,
    p: &mut Problems,
) -> Vec<Option<CostCell>> {
    let mut cells: Vec<Option<CostCell>> = vec![None; scenarios];
    for (cell, column) in component.cells.iter().zip(0..) {
        let level = levels
            .iter()
            .enumerate()
            .filter(|(_, l)| cell.text.starts_with(l.as_str()))
            .max_by_key(|(_, l)| l.len())
            .map(|(i, _)| i);
        match (level, order) {
            (Some(level), Some(order)) => {
                cells[order[column]] = Some(CostCell {
                    text: cell.text.clone(),
                    level: Some(level),
                    remark: cell.text[levels[level].len()..].trim().to_owned(),
                });
            }
            (None, _) => p.err(
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
    cells
}
