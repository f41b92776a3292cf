//! The results as text or as CSV for Dutch Excel: the same figures the GUI
//! shows, so any of them can be reproduced from the command line.

use rust_decimal::Decimal;

use crate::format::{money_mln, number, number_ascii, percent_whole};
use crate::model::explain;
use crate::model::ranking::Ranking;
use crate::model::source_check::{SourceCheck, Status, Table};
use crate::model::{DataSet, Inputs, Outcome};

/// Where the data came from, for the header.
pub struct ReportContext<'a> {
    pub data: &'a DataSet,
    pub data_origin: &'a str,
    pub inputs: &'a Inputs,
    pub outcome: &'a Outcome,
    pub check: &'a SourceCheck,
    /// Name of the assumption set, if one was used.
    pub set_name: Option<&'a str>,
    /// The robustness analysis, if it was computed.
    pub robustness: Option<&'a crate::model::robustness::Robustness>,
}

fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n >= width {
        text.to_owned()
    } else {
        format!("{text}{}", " ".repeat(width - n))
    }
}

fn pad_left(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n >= width {
        text.to_owned()
    } else {
        format!("{}{text}", " ".repeat(width - n))
    }
}

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
    line(format!("Gegevens: {} ({})", data.name, ctx.data_origin));
    line(format!("Bron: {}", data.source));
    if let Some(name) = ctx.set_name {
        line(format!("Aannameset: {name}"));
    }
    line(format!(
        "Keuzes: {}",
        explain::selection_summary(data, &ctx.inputs.selection)
    ));
    line(format!(
        "Gewichten: {}",
        explain::weights_summary(data, &ctx.inputs.weights)
    ));
    let changed = changed_volumes(data, ctx.inputs);
    if changed.is_empty() {
        line("Volumes: zoals in de gegevens (de volumes van het rapport)".into());
    } else {
        line(format!("Volumes gewijzigd: {}", changed.join("; ")));
    }
    line(String::new());

    // Staffing table.
    line("MINIMALE FORMATIE PER JAAR (fte)".into());
    let mut header = pad("Jaar", 6);
    for c in &data.categories {
        header.push_str(&pad_left(&c.name, c.name.chars().count().max(8) + 2));
    }
    header.push_str(&pad_left("Totaal", 9));
    header.push_str(&pad_left(&format!("Volume {}", data.organisation), 14));
    header.push_str("  Herkomst");
    line(header);
    for y in &ctx.outcome.staffing {
        let mut row = pad(&y.year.to_string(), 6);
        for (c, cat) in y.categories.iter().zip(&data.categories) {
            let text = cat_fte_text(c.fte);
            row.push_str(&pad_left(&text, c_width(&cat.name)));
        }
        row.push_str(&pad_left(&number(y.total_fte, 2), 9));
        row.push_str(&pad_left(&money_mln(y.volume_total_mln), 14));
        row.push_str(&format!("  {}", explain::provenance(data, y)));
        line(row);
    }
    line(String::new());
    line("Afleiding per cel".into());
    for y in &ctx.outcome.staffing {
        for c in 0..data.categories.len() {
            line(format!("  {}", explain::category_sum(data, y, c)));
            for detail in explain::term_details(data, y, c) {
                line(format!("      {detail}"));
            }
        }
    }
    line(String::new());

    // Ratios.
    line(format!(
        "VERHOUDINGEN (fte per mln), afgeleid uit {} met kleinste kwadraten over alle gepubliceerde rijen",
        explain::table_number(&data.staffing_table.title)
    ));
    for (c, category) in data.categories.iter().enumerate() {
        let fit = &data.ratios.fits[c];
        line(format!("  {}", category.name));
        for u in 0..fit.unknowns.len() {
            line(format!(
                "    {}: {}",
                explain::unknown_label(data, c, u),
                explain::unknown_derivation(data, c, u)
            ));
        }
    }
    line(String::new());
    if !data.assumptions.is_empty() {
        line("AANNAMES (niet in het rapport)".into());
        for a in &data.assumptions {
            line(format!("  {}: {}", a.label, a.text));
        }
        line(String::new());
    }

    // Source check.
    let check = ctx.check;
    line(format!(
        "BRONNENCONTROLE {} en {}: {} cellen – {} kloppen, {} afronding, {} afwijking",
        explain::table_number(&data.volume_table.title),
        explain::table_number(&data.staffing_table.title),
        check.items.len(),
        check.count(Status::Equal),
        check.count(Status::Rounding),
        check.count(Status::Discrepancy)
    ));
    line(format!(
        "  Afronding: {}.",
        explain::tolerance_sentence(data, &check.tolerances)
    ));
    if check.count(Status::Discrepancy) > 0 {
        line("  Afwijkingen:".into());
        for item in check.discrepancies() {
            line(format!("  - {}", explain::check_item_line(data, item)));
        }
    }
    if !check.explanations.is_empty() {
        line("  Mogelijke verklaring (één cel anders, de rest klopt):".into());
        for e in &check.explanations {
            line(format!("  - {}", explain::explanation_line(data, e)));
        }
    }
    if check.count(Status::Rounding) > 0 {
        line("  Afrondingen:".into());
        for item in check.items.iter().filter(|i| i.status == Status::Rounding) {
            line(format!("  - {}", explain::check_item_line(data, item)));
        }
    }
    line(String::new());

    // Ranking.
    line(format!(
        "RANGORDE (gewogen som; schaal: {})",
        data.scale.name
    ));
    match &ctx.outcome.ranking {
        Ranking::NoWeights => line(
            "  Alle gewichten zijn 0: er is geen rangorde. Geef minstens één criterium gewicht."
                .into(),
        ),
        Ranking::Ranked(r) => {
            for e in &r.entries {
                let parts: Vec<String> = data
                    .criteria
                    .iter()
                    .zip(&e.contributions)
                    .map(|(c, v)| format!("{}. {}", c.number, number(*v, 2)))
                    .collect();
                line(format!(
                    "  {}. {} – score {} (bijdragen per criterium: {})",
                    e.rank,
                    pad(&data.scenarios[e.scenario].label(), 40),
                    number(e.total, 2),
                    parts.join(", ")
                ));
            }
        }
    }
    line("  Scores (bron en toelichting in criteria.ron):".into());
    for (s, scenario) in data.scenarios.iter().enumerate() {
        let values = ctx.inputs.score_values(data);
        let parts: Vec<String> = data
            .criteria
            .iter()
            .enumerate()
            .map(|(c, crit)| {
                let level = ctx.inputs.score_overrides[s][c].unwrap_or(data.scores[s][c].level);
                let overridden = if ctx.inputs.score_overrides[s][c].is_some() {
                    " (aangepast)"
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
        line(format!("    {}: {}", scenario.label(), parts.join(" · ")));
    }
    line(String::new());

    // Cost profile.
    line(format!(
        "KWALITATIEF KOSTENPROFIEL ({})",
        explain::table_number(&data.cost_profile.title)
    ));
    for component in &data.cost_profile.components {
        let polarity = match component.high_is {
            crate::model::schema::HighIs::Favourable => "hoog is gunstig",
            crate::model::schema::HighIs::Costly => "hoog is kostbaar",
        };
        let cells: Vec<String> = data
            .scenarios
            .iter()
            .zip(&component.cells)
            .map(|(s, c)| format!("{}: {}", s.number, c.text))
            .collect();
        line(format!(
            "  {} ({polarity}): {}",
            component.name,
            cells.join(" | ")
        ));
    }
    if let Some(robustness) = ctx.robustness {
        out.push('\n');
        out.push_str(&first_line_upper(
            &crate::model::robustness::robustness_text(data, robustness),
        ));
    }
    out
}

/// Section titles of the text report are in capitals.
fn first_line_upper(text: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) => format!("{}\n{rest}", first.to_uppercase()),
        None => text.to_uppercase(),
    }
}

fn c_width(name: &str) -> usize {
    name.chars().count().max(8) + 2
}

fn cat_fte_text(fte: Option<Decimal>) -> String {
    fte.map(|v| number(v, 2)).unwrap_or_else(|| "–".into())
}

/// One CSV field: quoted when it holds a separator, quote or line break.
fn field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv_line(fields: &[String]) -> String {
    let mut s = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    s.push_str("\r\n");
    s
}

/// CSV for Dutch Excel: UTF-8 with BOM, `;` between fields, decimal comma.
/// Three blocks (formatie, bronnencontrole, rangorde), each with a header.
pub fn csv_report(ctx: &ReportContext) -> String {
    let data = ctx.data;
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&[format!("Gegevens: {}", data.name)]));
    out.push_str(&csv_line(&[format!(
        "Keuzes: {}",
        explain::selection_summary(data, &ctx.inputs.selection)
    )]));
    out.push_str(&csv_line(&[format!(
        "Gewichten: {}",
        explain::weights_summary(data, &ctx.inputs.weights)
    )]));
    out.push_str("\r\n");
    out.push_str(&csv_staffing(ctx));
    out.push_str("\r\n");
    out.push_str(&csv_source_check(data, ctx.check));
    out.push_str("\r\n");
    out.push_str(&csv_ranking(data, &ctx.outcome.ranking));
    if let Some(robustness) = ctx.robustness {
        out.push_str("\r\n");
        out.push_str(&csv_acceptability(data, robustness));
    }
    out
}

/// SMAA-2 rank acceptabilities: the share of weightings per scenario and rank.
pub fn csv_acceptability(
    data: &DataSet,
    robustness: &crate::model::robustness::Robustness,
) -> String {
    let smaa = &robustness.smaa;
    let mut out = csv_line(&[format!(
        "Rangacceptatie zonder vaste gewichten (SMAA-2; {} trekkingen, seed {})",
        smaa.draws, smaa.seed
    )]);
    let mut header = vec!["Scenario".to_owned()];
    header.extend((1..=data.scenarios.len()).map(|r| format!("Plaats {r}")));
    out.push_str(&csv_line(&header));
    for (s, row) in smaa.acceptability.iter().enumerate() {
        let mut fields = vec![data.scenarios[s].label()];
        fields.extend(row.iter().map(|share| {
            let value = rust_decimal::Decimal::from_f64_retain(*share).unwrap_or_default();
            number_ascii(value, 4)
        }));
        out.push_str(&csv_line(&fields));
    }
    out
}

pub fn csv_staffing(ctx: &ReportContext) -> String {
    let data = ctx.data;
    let mut out = csv_line(&["Minimale formatie (fte)".into()]);
    let mut header = vec!["Jaar".to_owned()];
    header.extend(data.categories.iter().map(|c| c.name.clone()));
    header.extend([
        "Totaal".into(),
        format!("Volume bij {} (mln)", data.organisation),
        "Herkomst".into(),
        "Gepubliceerd totaal".into(),
    ]);
    out.push_str(&csv_line(&header));
    for y in &ctx.outcome.staffing {
        let mut row = vec![y.year.to_string()];
        row.extend(
            y.categories
                .iter()
                .map(|c| c.fte.map(|v| number_ascii(v, 2)).unwrap_or_default()),
        );
        row.push(number_ascii(y.total_fte, 2));
        row.push(number_ascii(y.volume_total_mln, 1));
        row.push(explain::provenance_word(y).into());
        let published = match y.provenance {
            crate::model::staffing::Provenance::Published { row, variant } => {
                explain::published_total(data, row, variant)
                    .map(|v| number_ascii(v, 2))
                    .unwrap_or_default()
            }
            _ => String::new(),
        };
        row.push(published);
        out.push_str(&csv_line(&row));
    }
    out
}

pub fn csv_source_check(data: &DataSet, check: &SourceCheck) -> String {
    let mut out = csv_line(&["Bronnencontrole".into()]);
    out.push_str(&csv_line(&[
        "Tabel".into(),
        "Rij".into(),
        "Kolom".into(),
        "Gepubliceerd".into(),
        "Berekend".into(),
        "Verschil".into(),
        "Status".into(),
        "Toelichting".into(),
    ]));
    for item in &check.items {
        let (table, row) = match item.table {
            Table::Volume => (
                explain::table_number(&data.volume_table.title).to_owned(),
                data.volume_table.rows[item.cell.row].situation.clone(),
            ),
            Table::Staffing => (
                explain::table_number(&data.staffing_table.title).to_owned(),
                data.staffing_table.rows[item.cell.row].period.clone(),
            ),
        };
        let show = |v: Option<Decimal>| v.map(|v| number_ascii(v, 4)).unwrap_or_default();
        out.push_str(&csv_line(&[
            table,
            row,
            explain::column_label(data, item.table, item.cell.column),
            show(item.published),
            show(item.computed),
            show(item.difference()),
            explain::status_word(item.status).into(),
            if item.status == Status::Discrepancy {
                explain::check_item_line(data, item)
            } else {
                String::new()
            },
        ]));
    }
    out
}

pub fn csv_ranking(data: &DataSet, ranking: &Ranking) -> String {
    let mut out = csv_line(&["Rangorde".into()]);
    match ranking {
        Ranking::NoWeights => {
            out.push_str(&csv_line(&["Alle gewichten zijn 0: geen rangorde".into()]))
        }
        Ranking::Ranked(r) => {
            let mut header = vec!["Plaats".to_owned(), "Scenario".into(), "Score".into()];
            header.extend(
                data.criteria
                    .iter()
                    .zip(&r.weight_shares)
                    .map(|(c, s)| format!("{} ({})", c.name, percent_whole(*s))),
            );
            out.push_str(&csv_line(&header));
            for e in &r.entries {
                let mut row = vec![
                    e.rank.to_string(),
                    data.scenarios[e.scenario].label(),
                    number_ascii(e.total, 4),
                ];
                row.extend(e.contributions.iter().map(|v| number_ascii(*v, 4)));
                out.push_str(&csv_line(&row));
            }
        }
    }
    out
}

/// Two sets side by side, as text.
pub fn comparison_text(data: &DataSet, c: &crate::model::compare::Comparison) -> String {
    let mut out = format!(
        "Vergelijking: A = {} · B = {}\nGegevens: {}\n\nFORMATIE (fte): A | B | verschil B − A\n",
        c.name_a, c.name_b, data.name
    );
    let width = c.rows.iter().map(|r| r.chars().count()).max().unwrap_or(10) + 2;
    for (y, year) in data.years.iter().enumerate() {
        out.push_str(&format!("{year}\n"));
        for (r, label) in c.rows.iter().enumerate() {
            let (a, b) = c.cells[y][r];
            let show = |v: Option<Decimal>| v.map(|v| number(v, 2)).unwrap_or_else(|| "–".into());
            let diff = match (a, b) {
                (Some(a), Some(b)) => crate::format::fte_difference(b - a),
                _ => "–".into(),
            };
            out.push_str(&format!(
                "  {}{:>8} | {:>8} | {}\n",
                pad(label, width),
                show(a),
                show(b),
                diff
            ));
        }
    }
    out.push_str("\nRANGORDE\n");
    for (name, ranking) in [
        (&c.name_a, &c.outcome_a.ranking),
        (&c.name_b, &c.outcome_b.ranking),
    ] {
        let order: Vec<String> = ranking
            .entries()
            .iter()
            .map(|e| {
                format!(
                    "{}. {} ({})",
                    e.rank,
                    data.scenarios[e.scenario].label(),
                    number(e.total, 2)
                )
            })
            .collect();
        out.push_str(&format!(
            "  {name}: {}\n",
            if order.is_empty() {
                "geen (alle gewichten 0)".to_owned()
            } else {
                order.join("; ")
            }
        ));
    }
    out.push_str("\nVERSCHILLEN\n");
    for d in &c.differences {
        out.push_str(&format!("  - {d}\n"));
    }
    out
}

/// Two sets side by side, as CSV for Dutch Excel.
pub fn comparison_csv(data: &DataSet, c: &crate::model::compare::Comparison) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&[format!(
        "Vergelijking: A = {}; B = {}",
        c.name_a, c.name_b
    )]));
    out.push_str(&csv_line(&[
        "Jaar".into(),
        "Rij".into(),
        "A".into(),
        "B".into(),
        "Verschil B - A".into(),
    ]));
    for (y, year) in data.years.iter().enumerate() {
        for (r, label) in c.rows.iter().enumerate() {
            let (a, b) = c.cells[y][r];
            let show = |v: Option<Decimal>| v.map(|v| number_ascii(v, 2)).unwrap_or_default();
            let diff = match (a, b) {
                (Some(a), Some(b)) => number_ascii(b - a, 2),
                _ => String::new(),
            };
            out.push_str(&csv_line(&[
                year.to_string(),
                label.clone(),
                show(a),
                show(b),
                diff,
            ]));
        }
    }
    out.push_str("\r\n");
    out.push_str(&csv_line(&["Verschillen".into()]));
    for d in &c.differences {
        out.push_str(&csv_line(std::slice::from_ref(d)));
    }
    out
}
