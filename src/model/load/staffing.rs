//! `staffing.ron`, the structure of the staffing model: years, volume
//! segments, function categories, developments, choices, split assumptions
//! and the supervision block. The published tables are `tables.rs`.

use rust_decimal::Decimal;

use super::problems::Problems;
use crate::model::additions::Task;
use crate::model::dataset::{
    Category, Choice, ChoiceOption, Development, Reduction, Segment, SplitAssumption,
    SupervisionBlock,
};
use crate::model::located::{Dec, Id};
use crate::model::schema::{self, Basis, StaffingFile};
use crate::numbers::{FTE_PER_PERSON, INTENSITY, PEOPLE, SHARE, TASK_UNITS, VOLUME_MLN};

/// What the structure part of `staffing.ron` contributes to the data set.
pub struct StaffingPart {
    pub years: Vec<u16>,
    pub segments: Vec<Segment>,
    pub segment_ids: Vec<String>,
    pub categories: Vec<Category>,
    pub category_ids: Vec<String>,
    pub developments: Vec<Development>,
    pub choices: Vec<Choice>,
    pub choice_ids: Vec<String>,
    pub assumptions: Vec<SplitAssumption>,
    pub supervision_block: Option<SupervisionBlock>,
    pub task_templates: Vec<(usize, Task)>,
}

/// Reads the structure; `None` when the years are unusable (everything else
/// depends on them). Other problems are in `p`.
pub fn staffing_part(file: &StaffingFile, p: &mut Problems) -> Option<StaffingPart> {
    let years = years(file, p)?;
    let segment_ids = p.unique_ids(file.segments.iter().map(|s| &s.id), "een segment");
    let segments = segments(file, &years, p);
    let category_ids = p.unique_ids(
        file.categories.iter().map(|c| &c.id),
        "een functiecategorie",
    );
    let categories = categories(file, &years, p);
    let developments = file
        .developments
        .iter()
        .map(|d| Development {
            from_year: p.year(&d.from_year, &[]).unwrap_or(0),
            label: d.label.clone(),
            source: d.source.clone(),
            shares: shares(p, &d.shares, &segment_ids),
        })
        .collect();
    let choice_ids = p.unique_ids(file.choices.iter().map(|c| &c.id), "een keuze");
    let choices = choices(file, &years, &segment_ids, &category_ids, p)?;
    let assumptions = assumptions(file, &segment_ids, p);
    let supervision_block = supervision_block(file, &years, &category_ids, p);
    let task_templates = task_templates(file, &category_ids, p);
    Some(StaffingPart {
        years,
        segments,
        segment_ids,
        categories,
        category_ids,
        developments,
        choices,
        choice_ids,
        assumptions,
        supervision_block,
        task_templates,
    })
}

/// The years, rising, each once; `None` when there are none while the
/// file has segments, categories or tables.
fn years(file: &StaffingFile, p: &mut Problems) -> Option<Vec<u16>> {
    let mut years: Vec<u16> = Vec::new();
    for y in &file.years {
        if let Some(year) = p.year(y, &[]) {
            if years.last().is_some_and(|&last| year <= last) {
                p.err(y.at, "de jaren moeten oplopen, elk jaar één keer");
            }
            years.push(year);
        }
    }
    let nothing = file.segments.is_empty()
        && file.categories.is_empty()
        && file.staffing_table.rows.is_empty()
        && file.volume_table.rows.is_empty();
    if years.is_empty() && !nothing {
        p.err(None, "'years' is leeg");
        return None;
    }
    Some(years)
}

/// The function categories; a fixed one starts in a year of the data.
fn categories(file: &StaffingFile, years: &[u16], p: &mut Problems) -> Vec<Category> {
    let mut categories = Vec::new();
    for c in &file.categories {
        if let Basis::Fixed { from_year } = c.basis
            && !years.contains(&from_year)
        {
            p.err(
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
    categories
}

/// Tasks a user can start staffing by tasks from, per known category,
/// each with a name and a unit.
fn task_templates(
    file: &StaffingFile,
    category_ids: &[String],
    p: &mut Problems,
) -> Vec<(usize, Task)> {
    let mut task_templates = Vec::new();
    for t in &file.task_templates {
        let Some(c) = p.resolve(&t.category, category_ids, "functiecategorie") else {
            continue;
        };
        let units =
            t.units
                .as_ref()
                .and_then(|u| match crate::numbers::check(u.value, &TASK_UNITS) {
                    Ok(v) => Some(v),
                    Err(refusal) => {
                        p.err(u.at, format!("taak '{}': {refusal}", t.name));
                        None
                    }
                });
        if t.name.trim().is_empty() || t.unit.trim().is_empty() {
            p.err(
                t.category.at,
                "een taak in 'task_templates' heeft een naam en een eenheid nodig",
            );
        }
        task_templates.push((
            c,
            Task {
                name: t.name.trim().to_owned(),
                driver: t.driver.trim().to_owned(),
                unit: t.unit.trim().to_owned(),
                units,
                hours_per_unit: None,
                people_per_unit: None,
                source: t.source.clone(),
            },
        ));
    }
    task_templates
}

fn segments(file: &StaffingFile, years: &[u16], p: &mut Problems) -> Vec<Segment> {
    let mut segments = Vec::new();
    for s in &file.segments {
        let context = format!("segment '{}'", s.id.text);
        let report = p.quantity(&s.report_volume_mln, &VOLUME_MLN, &context);
        let mut planning = vec![report; years.len()];
        for (&year, value) in &s.volume_mln_by_year {
            let v = p.quantity(value, &VOLUME_MLN, &format!("{context} in {year}"));
            match years.iter().position(|&y| y == year) {
                Some(i) => planning[i] = v,
                None => p.err(
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
    if segments.is_empty() && !years.is_empty() {
        p.err(None, "er staat geen enkel segment in 'segments'");
    }
    segments
}

fn shares(p: &mut Problems, pairs: &[(Id, Dec)], segment_ids: &[String]) -> Vec<(usize, Decimal)> {
    pairs
        .iter()
        .filter_map(|(id, share)| {
            let s = p.resolve(id, segment_ids, "segment")?;
            let context = format!(
                "segment '{}' (0 = niets bij de samenwerking, 1 = alles)",
                id.text
            );
            Some((s, p.quantity(share, &SHARE, &context)))
        })
        .collect()
}

/// The choices; `None` when one is unusable (the tables refer to them).
fn choices(
    file: &StaffingFile,
    years: &[u16],
    segment_ids: &[String],
    category_ids: &[String],
    p: &mut Problems,
) -> Option<Vec<Choice>> {
    let mut choices = Vec::new();
    for c in &file.choices {
        let from_year = p.year(&c.from_year, years).unwrap_or(years[0]);
        let option_ids = p.unique_ids(
            c.options.iter().map(|o| &o.id),
            &format!("een optie van keuze '{}'", c.id.text),
        );
        if c.options.is_empty() {
            p.err(c.id.at, format!("keuze '{}' heeft geen opties", c.id.text));
            continue;
        }
        let default = p
            .resolve(
                &c.default,
                &option_ids,
                &format!("optie van keuze '{}'", c.id.text),
            )
            .unwrap_or(0);
        let mut options = Vec::new();
        for o in &c.options {
            let shares = shares(p, &o.shares, segment_ids);
            let reduces = o
                .reduces
                .as_ref()
                .and_then(|r| reduction(file, r, segment_ids, category_ids, p));
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
    (choices.len() == file.choices.len()).then_some(choices)
}

fn reduction(
    file: &StaffingFile,
    r: &schema::ReductionEntry,
    segment_ids: &[String],
    category_ids: &[String],
    p: &mut Problems,
) -> Option<Reduction> {
    let category = p.resolve(&r.category, category_ids, "functiecategorie")?;
    if file.categories[category].basis == Basis::Volume {
        p.err(
            r.category.at,
            format!(
                "'reduces' kan alleen een vaste categorie (Fixed) verlagen; '{}' volgt het volume",
                r.category.text
            ),
        );
        return None;
    }
    let by: Vec<usize> = r
        .by_volume_of
        .iter()
        .filter_map(|s| p.resolve(s, segment_ids, "segment"))
        .collect();
    if by.is_empty() {
        p.err(r.category.at, "'by_volume_of' noemt geen segment");
        return None;
    }
    Some(Reduction {
        category,
        by_volume_of: by,
    })
}

fn assumptions(
    file: &StaffingFile,
    segment_ids: &[String],
    p: &mut Problems,
) -> Vec<SplitAssumption> {
    p.unique_ids(file.assumptions.iter().map(|a| &a.id), "een aanname");
    let mut assumptions = Vec::new();
    let mut assumed: Vec<usize> = Vec::new();
    for a in &file.assumptions {
        let segs: Vec<usize> = a
            .segments
            .iter()
            .filter_map(|s| p.resolve(s, segment_ids, "segment"))
            .collect();
        if segs.len() != a.segments.len() {
            continue;
        }
        if segs.len() < 2 {
            p.err(
                a.id.at,
                format!(
                    "aanname '{}' moet minstens twee segmenten verbinden",
                    a.id.text
                ),
            );
            continue;
        }
        if a.intensity.len() != segs.len() {
            p.err(
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
            if i.value.is_zero() {
                p.err(i.at, "'intensity' moet groter dan 0 zijn");
            } else {
                p.quantity(i, &INTENSITY, &format!("aanname '{}'", a.id.text));
            }
        }
        for (&s, id) in segs.iter().zip(&a.segments) {
            if assumed.contains(&s) || segs.iter().filter(|&&t| t == s).count() > 1 {
                p.err(
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
    assumptions
}

fn supervision_block(
    file: &StaffingFile,
    years: &[u16],
    category_ids: &[String],
    p: &mut Problems,
) -> Option<SupervisionBlock> {
    let b = file.supervision_block.as_ref()?;
    let categories: Vec<usize> = b
        .categories
        .iter()
        .filter_map(|c| p.resolve(c, category_ids, "functiecategorie"))
        .collect();
    if categories.len() != b.categories.len() {
        return None;
    }
    if categories.is_empty() {
        p.err(
            b.min_fte_per_person.at,
            "'supervision_block' noemt geen categorie",
        );
        return None;
    }
    if b.min_fte_per_person.value.is_zero() {
        p.err(
            b.min_fte_per_person.at,
            "'min_fte_per_person' moet groter dan 0 zijn",
        );
    }
    p.quantity(
        &b.min_fte_per_person,
        &FTE_PER_PERSON,
        "'min_fte_per_person'",
    );
    let four_eyes_people = p.quantity(&b.four_eyes_people, &PEOPLE, "'four_eyes_people'");
    let four_eyes_people = u32::try_from(four_eyes_people.trunc().mantissa()).unwrap_or(2);
    if b.new_role.trim().is_empty() {
        p.err(None, "'new_role' van 'supervision_block' is leeg");
    }
    let from_year = years
        .iter()
        .copied()
        .find(|&y| {
            categories.iter().all(|&c| match file.categories[c].basis {
                Basis::Volume => true,
                Basis::Fixed { from_year } => y >= from_year,
            })
        })
        .unwrap_or(years[0]);
    Some(SupervisionBlock {
        label: b.label.clone(),
        categories,
        min_fte_per_person: b.min_fte_per_person.value,
        four_eyes_people,
        four_eyes_reason: b.four_eyes_reason.clone(),
        new_role: b.new_role.clone(),
        from_year,
        source: b.source.clone(),
    })
}
