//! Dutch sentences for what users add (`model::own`): the arithmetic of
//! staffing by tasks ("Toezicht 2028: 350 aanbieders × 6 u × 2 personen /
//! 1 300 u = 3,23 fte"), growth and inhuur parts, and where a score comes
//! from when it was changed or added.

use rust_decimal::Decimal;

use super::super::dataset::DataSet;
use super::super::inputs::{Inputs, Supervision};
use super::super::own::tasks::{Task, TaskCombine, TaskFigure, TaskTarget};
use super::super::staffing::{ExtraKind, ExtraPart, YearStaffing};
use crate::format::{fte, money_mln, number_trimmed};

/// "350 aanbieders × 6 u × 2 personen / 1 300 u = 3,23 fte", or what is
/// still missing.
pub fn task_line(task: &Task, productive_hours: Option<Decimal>) -> String {
    let show = |v: Option<Decimal>, what: &str| {
        v.map_or_else(|| format!("[{what}?]"), |v| number_trimmed(v, 2))
    };
    let people = match task.people_per_unit {
        Some(p) if p == Decimal::ONE => "1 persoon".to_owned(),
        other => format!("{} personen", show(other, "personen")),
    };
    let mut line = format!(
        "{}: {} {} × {} u × {people} / {} u",
        task.name,
        show(task.units, "aantal"),
        task.unit,
        show(task.hours_per_unit, "uren"),
        productive_hours.map_or("[productieve uren?]".to_owned(), |h| {
            crate::format::number(h, 0)
        })
    );
    if let (Some(u), Some(h), Some(p), Some(year)) = (
        task.units,
        task.hours_per_unit,
        task.people_per_unit,
        productive_hours.filter(|h| !h.is_zero()),
    ) {
        line.push_str(&format!(" = {}", fte(u * h * p / year)));
    }
    line
}

/// The name of what a task rule staffs.
pub fn target_name(data: &DataSet, target: &TaskTarget) -> String {
    match target {
        TaskTarget::Category(c) => data.categories[*c].name.clone(),
        TaskTarget::Role(name) => format!("rol {name}"),
    }
}

fn outcome_sentence(figure: &TaskFigure, combine: TaskCombine, used: bool, other: &str) -> String {
    match (figure.fte, combine, used) {
        (None, _, _) => format!(
            "nog niet compleet ({} ontbreekt); {other} telt",
            figure.missing.join(", ")
        ),
        (Some(_), TaskCombine::Instead, _) => {
            "de taken tellen, in plaats van de volumeregel".into()
        }
        (Some(_), TaskCombine::Larger, true) => "het grootste telt: de taken".into(),
        (Some(_), TaskCombine::Larger, false) => format!("het grootste telt: {other}"),
    }
}

/// Per task rule that applies in the year, one sentence:
/// "Toezicht 2028 uit taken 3,23 fte = Toezicht op Wmo-aanbieders: 350
/// aanbieders × 6 u × 2 personen / 1 300 u = 3,23 fte; volumeregel 3,22 fte;
/// het grootste telt: de taken".
pub fn task_sentences(data: &DataSet, inputs: &Inputs, staffing: &YearStaffing) -> Vec<String> {
    let sentences = task_sentences_by_part(data, inputs, staffing);
    let categories = sentences.by_category.into_iter();
    categories
        .chain(sentences.by_role)
        .map(|(_, s)| s)
        .collect()
}

/// The task sentences of a year, each with what it staffs: a category
/// (index into the data's categories) or a role (index into the set's
/// roles), so a reader finds a part's sentence without reading its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaskSentences {
    pub by_category: Vec<(usize, String)>,
    pub by_role: Vec<(usize, String)>,
}

/// [`task_sentences`], each with the part it is about.
pub fn task_sentences_by_part(
    data: &DataSet,
    inputs: &Inputs,
    staffing: &YearStaffing,
) -> TaskSentences {
    let hours = inputs.extras.productive_hours;
    let lines = |rule: usize| {
        inputs.extras.rules[rule]
            .tasks
            .iter()
            .map(|t| task_line(t, hours))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let mut out = TaskSentences::default();
    for t in &staffing.tasks {
        let name = &data.categories[t.category].name;
        let total = t.figure.fte.map_or_else(|| "?".to_owned(), fte);
        let outcome = match &t.not_applicable {
            Some(why) => format!("telt niet: {why}"),
            None => outcome_sentence(&t.figure, t.combine, t.used, "de volumeregel"),
        };
        out.by_category.push((
            t.category,
            format!(
                "{name} {} uit taken {total} = {}; volumeregel {}; {outcome}",
                staffing.year,
                lines(t.rule),
                fte(t.volume_fte)
            ),
        ));
    }
    if let (Some(block), Supervision::Roles(roles)) = (&staffing.roles, &inputs.supervision) {
        for t in &block.role_tasks {
            let name = &roles.roles[t.role].name;
            let total = t.figure.fte.map_or_else(|| "?".to_owned(), fte);
            let set_word = format!("de {} van de set", fte(t.set_fte));
            out.by_role.push((
                t.role,
                format!(
                    "Rol {name} {} uit taken {total} = {}; in de set {}; {}",
                    staffing.year,
                    lines(t.rule),
                    fte(t.set_fte),
                    outcome_sentence(&t.figure, t.combine, t.used, &set_word)
                ),
            ));
        }
    }
    out
}

/// "Groei: Vervoer", "Inhuur: beleid, jurist".
pub fn extra_label(inputs: &Inputs, kind: ExtraKind) -> String {
    match kind {
        ExtraKind::Growth(g) => format!("Groei: {}", inputs.extras.growth[g].name),
        ExtraKind::Inhuur(i) => {
            let what = &inputs.extras.inhuur[i].what;
            if what.trim().is_empty() {
                "Inhuur".to_owned()
            } else {
                format!("Inhuur: {what}")
            }
        }
    }
}

/// "2028, Groei: Vervoer, Inkoop/CM/CB: € 3 mln × 0,0458 fte/mln = 0,14 fte
/// (eigen toevoeging)".
pub fn extra_sentence(data: &DataSet, inputs: &Inputs, year: u16, part: &ExtraPart) -> String {
    let category = &data.categories[part.category].name;
    let label = extra_label(inputs, part.kind);
    match part.kind {
        ExtraKind::Growth(_) => format!(
            "{year}, {label}, {category}: {} × {} fte/mln = {} (eigen toevoeging, niet in het rapport)",
            money_mln(part.volume_mln),
            number_trimmed(part.rate_per_mln, 5),
            fte(part.fte)
        ),
        ExtraKind::Inhuur(_) => format!(
            "{year}, {label}, {category}: {} structurele inhuur (eigen toevoeging, niet in het rapport)",
            fte(part.fte)
        ),
    }
}

/// Where the score of scenario `s` on criterion `c` comes from: the data's
/// level with its sources, and the change with its reason if there is one.
pub fn score_origin(data: &DataSet, inputs: &Inputs, s: usize, c: usize) -> String {
    let score = &data.scores[s][c];
    let original = &data.scale.levels[score.level].label;
    let mut text = format!(
        "{original} – {} (bron: {})",
        score.rationale,
        score.sources.join("; ")
    );
    if let Some(change) = inputs.score_change(s, c) {
        text = format!(
            "Gewijzigd in {}; reden: {}\nOorspronkelijk: {text}",
            data.scale.levels[change.level].label, change.reason
        );
    }
    text
}
