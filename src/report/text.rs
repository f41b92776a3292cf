//! The report as plain text: the same figures and sentences the window
//! shows, so any of them can be reproduced from the command line.

use super::ReportContext;
use super::assumptions::{assumption_lines, warnings};
use super::columns::{pad, pad_left};
use crate::format::{money_mln, number};
use crate::model::explain;
use crate::model::source_check::Status;
use crate::present::results::{COST_PROFILE, INTERPRETATION, RankingLines};

pub fn text_report(ctx: &ReportContext) -> String {
    let data = ctx.data;
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        "Scenariovergelijking {} – rapportage",
        data.organisation
    ));
    for (label, text) in assumption_lines(ctx) {
        line(format!("{label}: {text}"));
    }
    line(String::new());
    if data.categories.is_empty() {
        line("MINIMALE FORMATIE: deze gegevens bevatten geen formatietabel.".into());
        line(String::new());
    } else {
        staffing_section(ctx, &mut line);
        source_check_section(ctx, &mut line);
    }
    ranking_section(ctx, &mut line);
    if let Some(group) = &ctx.results.group {
        for l in super::group::group_text(data, group).lines() {
            line(l.to_owned());
        }
        line(String::new());
    }
    cost_profile_section(ctx, &mut line);
    if let Some(costs) = &ctx.outcome.costs {
        for l in super::costs::costs_text(data, costs, &ctx.inputs.costs.own_shares) {
            line(l);
        }
    }
    if let Some(costs) = ctx.scenario_costs {
        super::scenario_costs::section_text(costs)
            .into_iter()
            .for_each(&mut line);
    }
    if let Some(robustness) = ctx.robustness {
        out.push('\n');
        out.push_str(&first_line_upper(
            &crate::model::robustness::robustness_text(data, robustness),
        ));
    }
    if !ctx.inputs.log.is_empty() {
        out.push_str("\nLOGBOEK VAN DE SET (wie, wanneer, wat, waarom)\n");
        for entry in &ctx.inputs.log {
            out.push_str(&format!("  - {}\n", entry.line()));
        }
    }
    out
}

/// "MINIMALE FORMATIE PER JAAR": the table of parts per year, the
/// four-eyes warnings, the derivation of every cell, the ratios and the
/// data's own assumptions.
fn staffing_section(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    staffing_table(ctx, line);
    four_eyes_warnings(ctx, line);
    line(String::new());
    cell_derivations(ctx, line);
    ratio_derivations(ctx, line);
    data_assumptions(ctx, line);
}

/// The parts of each year's staffing in columns, with the total, the
/// volume and where the figures come from.
fn staffing_table(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    let table = &ctx.results.staffing;
    line("MINIMALE FORMATIE PER JAAR (fte)".into());
    if table.has_uncounted() {
        line("  Kolommen met 'telt niet mee' staan ernaast ter vergelijking; het totaal is de som van de andere.".into());
    }
    let width = |label: &str| label.chars().count().max(8) + 2;
    let mut header = pad("Jaar", 6);
    for column in &table.columns {
        header.push_str(&pad_left(&column.label, width(&column.label)));
    }
    header.push_str(&pad_left("Totaal", 9));
    header.push_str(&pad_left(&format!("Volume {}", data.organisation), 14));
    header.push_str("  Herkomst");
    line(header);
    for (year, staffing) in table.years.iter().zip(&ctx.outcome.staffing) {
        let mut row = pad(&year.year.to_string(), 6);
        for (column, value) in table.columns.iter().zip(&year.parts) {
            let text = value.map(|v| number(v, 2)).unwrap_or_else(|| "–".into());
            row.push_str(&pad_left(&text, width(&column.label)));
        }
        row.push_str(&pad_left(&number(year.total_fte, 2), 9));
        row.push_str(&pad_left(&money_mln(year.volume_mln), 14));
        row.push_str(&format!("  {}", explain::provenance(data, staffing)));
        line(row);
    }
}

/// The four-eyes warnings on the supervision block's roles, if any.
fn four_eyes_warnings(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    if let Some(block) = &data.supervision_block {
        let warnings = warnings(data, ctx.inputs);
        if !warnings.is_empty() {
            line(String::new());
            line(format!(
                "VIER-OGENPRINCIPE ({}): {}",
                block.label,
                if warnings.len() == 1 {
                    "1 waarschuwing".to_owned()
                } else {
                    format!("{} waarschuwingen", warnings.len())
                }
            ));
            for warning in warnings {
                line(format!("  - {warning}"));
            }
        }
    }
}

/// "Afleiding per cel": every category, role block, task and extra part
/// of every year as a sum.
fn cell_derivations(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    line("Afleiding per cel".into());
    for y in &ctx.outcome.staffing {
        for c in 0..data.categories.len() {
            line(format!("  {}", explain::category_sum(data, y, c)));
            for detail in explain::term_details(data, y, c) {
                line(format!("      {detail}"));
            }
        }
        if let Some(sum) = explain::role_block_sum(data, y) {
            line(format!("  {sum}"));
        }
        for sentence in explain::task_sentences(data, ctx.inputs, y) {
            line(format!("  {sentence}"));
        }
        for part in &y.extras {
            line(format!(
                "  {}",
                explain::extra_sentence(data, ctx.inputs, y.year, part)
            ));
        }
    }
    line(String::new());
}

/// "VERHOUDINGEN": how each category's ratios follow from the published
/// table.
fn ratio_derivations(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    let ratios = data.ratios_for(ctx.inputs.fit);
    line(format!(
        "VERHOUDINGEN (fte per mln), afgeleid uit {} met kleinste kwadraten",
        explain::table_number(&data.staffing_table.title)
    ));
    for sentence in explain::fit_sentences(data, ctx.inputs.fit) {
        line(format!("  {sentence}"));
    }
    for (c, category) in data.categories.iter().enumerate() {
        let fit = &ratios.fits[c];
        line(format!("  {}", category.name));
        for u in 0..fit.unknowns.len() {
            line(format!(
                "    {}: {}",
                explain::unknown_label(data, ratios, c, u),
                explain::unknown_derivation(data, ratios, c, u)
            ));
        }
    }
    line(String::new());
}

/// "AANNAMES (niet in het rapport)": the data's own assumptions.
fn data_assumptions(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    if !data.assumptions.is_empty() {
        line("AANNAMES (niet in het rapport)".into());
        for a in &data.assumptions {
            line(format!("  {}: {}", a.label, a.text));
        }
        line(String::new());
    }
}

fn source_check_section(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    let check = ctx.check;
    line(format!(
        "BRONNENCONTROLE {} en {}: {} cellen – {} kloppen; {}",
        explain::table_number(&data.volume_table.title),
        explain::table_number(&data.staffing_table.title),
        check.items.len(),
        check.count(Status::Equal),
        explain::check_summary(check)
    ));
    line(format!(
        "  Afronding: {}.",
        explain::tolerance_sentence(data, &check.tolerances)
    ));
    if !data.misprints.is_empty() {
        line("  Vermoedelijke drukfout:".into());
        for m in &data.misprints {
            line(format!("  - {}.", explain::misprint_sentence(data, m)));
        }
    }
    if check.count(Status::Discrepancy) > 0 {
        line("  Afwijkingen:".into());
        for item in check.discrepancies() {
            line(format!("  - {}", explain::check_item_line(data, item)));
        }
        if !check.explanations.is_empty() {
            line("  Mogelijke verklaring (één cel anders, de rest klopt):".into());
            for e in &check.explanations {
                line(format!("  - {}", explain::explanation_line(data, e)));
            }
        }
    }
    if check.count(Status::Rounding) > 0 {
        line("  Afrondingen:".into());
        for item in check.items.iter().filter(|i| i.status == Status::Rounding) {
            line(format!("  - {}", explain::check_item_line(data, item)));
        }
    }
    line(String::new());
}

fn ranking_section(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let data = ctx.data;
    line(format!(
        "RANGORDE (gewogen som; schaal: {})",
        data.scale.name
    ));
    let hidden = ctx.inputs.hidden_criteria();
    match &ctx.results.ranking {
        RankingLines::Absent { .. } => line(format!(
            "  {}",
            ctx.results.ranking.absent_sentence().unwrap_or_default()
        )),
        RankingLines::Ranked(rows) => {
            for p in rows {
                let parts: Vec<String> = data
                    .criteria
                    .iter()
                    .zip(&p.contributions)
                    .zip(&hidden)
                    .filter(|(_, hidden)| !**hidden)
                    .map(|((c, v), _)| format!("{}. {}", c.number, number(*v, 2)))
                    .collect();
                line(format!(
                    "  {}. {} – score {} (bijdragen per criterium: {})",
                    p.rank,
                    pad(&p.label, 40),
                    p.total_text,
                    parts.join(", ")
                ));
            }
        }
    }
    line("  Scores (bron en toelichting in criteria.ron):".into());
    let values = ctx.inputs.score_values(data);
    let levels = ctx.inputs.score_levels(data);
    for (s, scenario) in data.scenarios.iter().enumerate() {
        let parts: Vec<String> = data
            .criteria
            .iter()
            .enumerate()
            .map(|(c, crit)| {
                let level = levels[s][c];
                let overridden = if ctx.inputs.scenarios[s].scores[c].is_some() {
                    " (gewijzigd, zie hieronder)"
                } else if scenario.added || crit.added {
                    " (eigen toevoeging)"
                } else {
                    ""
                };
                format!(
                    "{}. {} {}{overridden}",
                    crit.number,
                    data.scale.levels[level].label,
                    number(values[s][c], 0)
                )
            })
            .collect();
        let hidden = if ctx.inputs.scenarios[s].hidden {
            " [verborgen]"
        } else {
            ""
        };
        line(format!(
            "    {}{hidden}: {}",
            scenario.label(),
            parts.join(" · ")
        ));
    }
    let changes = super::own_lines::score_change_lines(data, ctx.inputs);
    if !changes.is_empty() {
        line("  Gewijzigde scores (eigen wijziging, met de bron ernaast):".into());
        for change in changes {
            line(format!("  - {change}"));
        }
    }
    line(String::new());
}

fn cost_profile_section(ctx: &ReportContext, line: &mut impl FnMut(String)) {
    let Some(profile) = &ctx.results.cost_profile else {
        return;
    };
    line(format!(
        "{} ({})",
        COST_PROFILE.to_uppercase(),
        profile.table
    ));
    for row in &profile.rows {
        let cells: Vec<String> = profile
            .scenarios
            .iter()
            .zip(&row.cells)
            .map(|(scenario, word)| format!("{}: {word}", scenario.number))
            .collect();
        line(format!(
            "  {} ({}): {}",
            row.name,
            row.polarity,
            cells.join(" | ")
        ));
    }
    if !profile.interpretation.is_empty() {
        line(format!("  {INTERPRETATION}:"));
        for sentence in &profile.interpretation {
            line(format!("  - {sentence}"));
        }
    }
}

/// Section titles of the text report are in capitals.
fn first_line_upper(text: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) => format!("{}\n{rest}", first.to_uppercase()),
        None => text.to_uppercase(),
    }
}
