//! The assumptions behind every output, as (label, text) pairs: the header
//! of the text report and the CSV, the footer of a figure, the title block
//! of the Word appendix. An output that leaves the program states them.

use super::ReportContext;
use crate::format::{fte, money_mln};
use crate::model::assumption_set::SetLabel;
use crate::model::compare::supervision_summary;
use crate::model::explain::{check_summary, fit_sentences, selection_summary, weights_summary};
use crate::model::inputs::{Supervision, four_eyes_warnings, people};
use crate::model::{DataSet, Inputs};
use crate::workspace::files::today_dutch;

/// Changed planning volumes, one line each.
pub fn changed_volumes(data: &DataSet, inputs: &Inputs) -> Vec<String> {
    let mut lines = Vec::new();
    for (s, segment) in data.segments.iter().enumerate() {
        for (y, &year) in data.years.iter().enumerate() {
            let value = inputs.volumes_mln[s][y];
            if value != segment.planning_volume_mln[y] {
                lines.push(format!(
                    "{} {year}: {} (rapport: {})",
                    segment.short_name,
                    money_mln(value),
                    money_mln(segment.planning_volume_mln[y])
                ));
            }
        }
    }
    lines
}

/// "Toezicht Rechtmatigheid 1,60 fte (2 personen, toezichtrol) · …; het
/// grootste van rollen en volumeregel telt", or `None` for the volume rule.
pub fn roles_line(inputs: &Inputs) -> Option<String> {
    let Supervision::Roles(roles) = &inputs.supervision else {
        return None;
    };
    let each: Vec<String> = roles
        .roles
        .iter()
        .map(|r| {
            format!(
                "{} {} ({}{})",
                r.name,
                fte(r.fte),
                people(r.people),
                if r.four_eyes { ", toezichtrol" } else { "" }
            )
        })
        .collect();
    Some(format!(
        "{}; {}",
        each.join(" · "),
        supervision_summary(&inputs.supervision)
    ))
}

/// The four-eyes warnings of the inputs' roles (none for the volume rule).
pub fn warnings(data: &DataSet, inputs: &Inputs) -> Vec<String> {
    match (&inputs.supervision, &data.supervision_block) {
        (Supervision::Roles(r), Some(block)) => four_eyes_warnings(r, block),
        _ => Vec::new(),
    }
}

/// What an output is about: the data, its source, the set and when it was
/// made (the title block of the Word appendix; the first lines of
/// [`assumption_lines`]).
pub fn about_lines(ctx: &ReportContext) -> Vec<(String, String)> {
    let data = ctx.data;
    let mut lines: Vec<(String, String)> = vec![
        ("Gegevens".into(), ctx.identity.data_line()),
        ("Bron".into(), data.source.clone()),
    ];
    if let Some(set) = ctx.set {
        lines.extend(set_lines(set, &ctx.identity.set_fingerprint));
    }
    lines.push((
        "Gemaakt".into(),
        format!(
            "{} met nmd-scenarios {}",
            today_dutch(),
            env!("CARGO_PKG_VERSION")
        ),
    ));
    lines
}

/// Every assumption of an output, in order, as (label, text).
pub fn assumption_lines(ctx: &ReportContext) -> Vec<(String, String)> {
    let data = ctx.data;
    let inputs = ctx.inputs;
    let mut lines = about_lines(ctx);
    if data.categories.is_empty() {
        lines.push((
            "Formatie".into(),
            "deze gegevens bevatten geen formatietabel".into(),
        ));
    } else {
        lines.push((
            "Afleiding".into(),
            fit_sentences(data, inputs.fit).join(" "),
        ));
        lines.push(("Keuzes".into(), selection_summary(data, &inputs.selection)));
    }
    lines.push((
        "Gewichten".into(),
        weights_summary(data, &inputs.visible_weights()),
    ));
    if !data.categories.is_empty() {
        let changed = changed_volumes(data, inputs);
        lines.push((
            "Volumes".into(),
            if changed.is_empty() {
                "zoals in het rapport".into()
            } else {
                format!("gewijzigd: {}", changed.join("; "))
            },
        ));
    }
    if let Some(block) = &data.supervision_block {
        lines.push((
            block.label.clone(),
            roles_line(inputs).unwrap_or_else(|| "volumeregel van het rapport".into()),
        ));
    }
    let warnings = warnings(data, inputs);
    if !warnings.is_empty() {
        lines.push(("Waarschuwingen".into(), warnings.join(" ")));
    }
    lines.extend(super::own_lines::own_lines(data, inputs));
    lines.extend(crate::model::costs::words::assumption_lines(
        data,
        &inputs.costs,
        ctx.outcome.costs.as_ref(),
    ));
    if !data.categories.is_empty() {
        lines.push(("Bronnencontrole".into(), check_summary(ctx.check)));
    }
    for remark in ctx.remarks {
        lines.push(("Opmerking".into(), remark.clone()));
    }
    lines
}

/// The assumption set: its name and fingerprint, author, date and file.
fn set_lines(set: &SetLabel, fingerprint: &str) -> Vec<(String, String)> {
    let mut name = set.display_name();
    if !fingerprint.is_empty() {
        name.push_str(&format!(" · vingerafdruk {fingerprint}"));
    }
    let mut lines = vec![("Aannameset".into(), name)];
    if !set.author.is_empty() {
        lines.push(("Auteur van de set".into(), set.author.clone()));
    }
    if !set.date.is_empty() {
        lines.push(("Datum van de set".into(), set.date.clone()));
    }
    lines.push((
        "Setbestand".into(),
        // The file's name, not the folder it lives in on this machine.
        match (&set.file, set.builtin) {
            (Some(file), _) => std::path::Path::new(file)
                .file_name()
                .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned()),
            (None, true) => "ingebouwde set van deze gegevens".into(),
            (None, false) => "nog niet opgeslagen".into(),
        },
    ));
    lines
}
