//! Taken en groei: staffing by tasks beside the report's volume rule (per
//! category or role: a driver × hours per unit × people per unit /
//! productive hours per fte), and, in `growth_ui.rs`, growth tasks and
//! structural inhuur. Per year the volume-rule minimum stands beside the
//! task-based figure, with the arithmetic on hover.

use rust_decimal::Decimal;

use super::actions::{Actions, Change};
use super::confirm_ui::delete_button_ui;
use super::growth_ui::{growth_ui, inhuur_ui};
use super::number_field::{number_field_ui, refusal_ui};
use crate::format::{fte, number_trimmed};
use crate::model::explain::target_name;
use crate::model::inputs::Supervision;
use crate::model::own::tasks::{StaffingExtras, Task, TaskCombine, TaskRule, TaskTarget};
use crate::numbers::{HOURS_PER_UNIT, PEOPLE_PER_UNIT, PRODUCTIVE_HOURS, TASK_UNITS};
use crate::present::view_model::ViewModel;

pub fn tasks_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("tasks_tab")
        .show(ui, |ui| super::layout::follow_focus(ui, |ui| {
            if view.data.categories.is_empty() {
                ui.heading("Taken en groei");
                ui.label("Deze gegevens hebben geen formatietabel: er is geen formatie om aan te vullen.");
                return;
            }
            let mut extras = view.inputs.extras.clone();
            ui.heading("Formatie uit taken");
            ui.add(
                egui::Label::new(
                    "Het rapport leidt de formatie af uit het contractvolume in euro's. Hier rekent u per taak: aantal × uren per keer × personen per keer / productieve uren per fte. Beide zijn een minimum: standaard telt het grootste van taken en volumeregel.",
                )
                .wrap(),
            );
            ui.add_space(6.0);
            let mut refusals = Vec::new();
            ui.horizontal(|ui| {
                ui.label("Productieve uren per fte per jaar:");
                let current = extras
                    .productive_hours
                    .map(|h| number_trimmed(h, 0))
                    .unwrap_or_default();
                let answer = number_field_ui(
                    ui,
                    "productive_hours",
                    &current,
                    &PRODUCTIVE_HOURS,
                    70.0,
                    "Productieve uren per fte",
                    |typed, refusal| format!("Productieve uren '{typed}': {refusal}"),
                );
                if let Some(value) = answer.committed {
                    extras.productive_hours = Some(value);
                }
                refusals.extend(answer.refusal);
                if extras.productive_hours.is_none() {
                    ui.label(egui::RichText::new("nog niet ingevuld").weak());
                }
            });
            let mut remove_rule = None;
            for (r, rule) in extras.rules.iter_mut().enumerate() {
                ui.add_space(8.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    if rule_ui(ui, view, r, rule, &mut refusals, out) {
                        remove_rule = Some(r);
                    }
                });
            }
            if let Some(r) = remove_rule {
                extras.rules.remove(r);
            }
            for refusal in &refusals {
                refusal_ui(ui, refusal);
            }
            add_rule_ui(ui, view, &mut extras);
            comparison_ui(ui, view);
            ui.add_space(16.0);
            growth_ui(ui, view, &mut extras, out);
            ui.add_space(16.0);
            inhuur_ui(ui, view, &mut extras, out);
            if extras != view.inputs.extras {
                out.change(Change::Extras(extras));
            }
        }));
}

/// One rule: its target, how it combines, its tasks. `true`: remove it.
fn rule_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    r: usize,
    rule: &mut TaskRule,
    refusals: &mut Vec<String>,
    out: &mut Actions,
) -> bool {
    let name = target_name(&view.data, &rule.target);
    let mut remove = false;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(format!("Taken voor {name}")).strong());
        if delete_button_ui(
            ui,
            ("task_rule", &name),
            "regel verwijderen",
            &format!("Taken voor {name} verwijderen"),
            &format!("De taken voor {name}"),
            out,
        ) {
            remove = true;
        }
    });
    let other = match rule.target {
        TaskTarget::Category(_) => "volumeregel",
        TaskTarget::Role(_) => "fte van de rol in de set",
    };
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut rule.combine,
            TaskCombine::Larger,
            format!("het grootste van taken en {other} telt"),
        );
        ui.radio_value(
            &mut rule.combine,
            TaskCombine::Instead,
            format!("taken in plaats van {other}"),
        );
    });
    let mut remove_task = None;
    egui::Grid::new(("tasks", r))
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            tasks_header_ui(ui);
            for (t, task) in rule.tasks.iter_mut().enumerate() {
                if task_row_ui(ui, view, (r, t), task, &name, refusals, out) {
                    remove_task = Some(t);
                }
                ui.end_row();
            }
        });
    if let Some(t) = remove_task {
        rule.tasks.remove(t);
    }
    add_task_ui(ui, view, rule);
    let missing = view
        .task_texts
        .as_ref()
        .and_then(|texts| texts.missing.get(r).cloned().flatten());
    if let Some(missing) = missing {
        ui.add(
            egui::Label::new(egui::RichText::new(missing).color(ui.visuals().warn_fg_color)).wrap(),
        );
    }
    remove
}

/// The captions give the columns their widths (a text field in a grid
/// takes at most its column's width).
fn tasks_header_ui(ui: &mut egui::Ui) {
    for (caption, width) in [
        ("Taak", 220.0),
        ("Aantal", 70.0),
        ("Eenheid", 100.0),
        ("Uren per keer", 90.0),
        ("Personen", 70.0),
        ("fte", 90.0),
    ] {
        ui.add_sized(
            egui::vec2(width, 18.0),
            egui::Label::new(egui::RichText::new(caption).strong()),
        );
    }
    ui.end_row();
}

/// One task of rule `r`: its name, numbers, unit and fte; `true`: remove.
fn task_row_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    (r, t): (usize, usize),
    task: &mut Task,
    name: &str,
    refusals: &mut Vec<String>,
    out: &mut Actions,
) -> bool {
    ui.add(egui::TextEdit::singleline(&mut task.name).desired_width(220.0))
        .accessible_name(format!("Naam taak {} van {name}", t + 1))
        .on_hover_text(if task.source.is_empty() {
            format!("{}: eigen invoer", task.driver)
        } else {
            format!("{}\nBron: {}", task.driver, task.source)
        });
    let mut field = |ui: &mut egui::Ui, value: &mut Option<Decimal>, quantity, what: &str| {
        let current = value.map(|v| number_trimmed(v, 2)).unwrap_or_default();
        let label = format!("{what} taak {} van {name}", t + 1);
        let answer = number_field_ui(
            ui,
            (r, t, what.to_owned()),
            &current,
            quantity,
            70.0,
            &label,
            |typed, refusal| format!("{label} '{typed}': {refusal}"),
        );
        if let Some(v) = answer.committed {
            *value = Some(v);
        }
        refusals.extend(answer.refusal);
    };
    field(ui, &mut task.units, &TASK_UNITS, "Aantal");
    ui.add(egui::TextEdit::singleline(&mut task.unit).desired_width(90.0))
        .accessible_name(format!("Eenheid taak {} van {name}", t + 1));
    field(
        ui,
        &mut task.hours_per_unit,
        &HOURS_PER_UNIT,
        "Uren per keer",
    );
    field(ui, &mut task.people_per_unit, &PEOPLE_PER_UNIT, "Personen");
    let line = view
        .task_texts
        .as_ref()
        .and_then(|texts| texts.task_lines.get(r)?.get(t).cloned())
        .unwrap_or_default();
    let hours = view.inputs.extras.productive_hours;
    match (task.units, task.hours_per_unit, task.people_per_unit, hours) {
        (Some(u), Some(h), Some(p), Some(year)) => {
            ui.label(fte(u * h * p / year)).on_hover_text(line)
        }
        _ => ui
            .label(egui::RichText::new("nog in te vullen").weak())
            .on_hover_text(line),
    };
    delete_button_ui(
        ui,
        ("task", r, t),
        "verwijderen",
        &format!("Taak {} van {name} verwijderen", t + 1),
        &format!("Taak '{}'", task.name),
        out,
    )
}

/// An own task, or one of the data's tasks for the category not yet in.
fn add_task_ui(ui: &mut egui::Ui, view: &ViewModel, rule: &mut TaskRule) {
    ui.horizontal_wrapped(|ui| {
        if ui.button("Eigen taak toevoegen").clicked() {
            rule.tasks.push(Task {
                name: "Nieuwe taak".into(),
                driver: "eigen invoer".into(),
                unit: "keer".into(),
                units: None,
                hours_per_unit: None,
                people_per_unit: None,
                source: String::new(),
            });
        }
        if let TaskTarget::Category(c) = rule.target {
            let templates = view.data.task_templates.iter();
            for (_, template) in templates.filter(|(tc, _)| *tc == c) {
                if !rule.tasks.iter().any(|t| t.name == template.name)
                    && ui
                        .button(format!("+ {}", template.name))
                        .on_hover_text(format!("Bron: {}", template.source))
                        .clicked()
                {
                    rule.tasks.push(template.clone());
                }
            }
        }
    });
}

/// A new rule for a category (with the data's tasks for it, sourced
/// numbers only) or a role of the set.
fn add_rule_ui(ui: &mut egui::Ui, view: &ViewModel, extras: &mut StaffingExtras) {
    let data = &view.data;
    let mut targets: Vec<TaskTarget> = (0..data.categories.len())
        .map(TaskTarget::Category)
        .collect();
    if let Supervision::Roles(roles) = &view.inputs.supervision {
        targets.extend(roles.roles.iter().map(|r| TaskTarget::Role(r.name.clone())));
    }
    targets.retain(|t| !extras.rules.iter().any(|r| r.target == *t));
    if targets.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.label("Formatie uit taken voor:");
        for target in targets {
            if ui.button(target_name(data, &target)).clicked() {
                let tasks = match target {
                    TaskTarget::Category(c) => data
                        .task_templates
                        .iter()
                        .filter(|(tc, _)| *tc == c)
                        .map(|(_, t)| t.clone())
                        .collect(),
                    TaskTarget::Role(_) => Vec::new(),
                };
                extras.rules.push(TaskRule {
                    target,
                    combine: TaskCombine::Larger,
                    tasks,
                });
            }
        }
    });
}

/// Per year: the volume-rule minimum beside the task-based figure.
fn comparison_ui(ui: &mut egui::Ui, view: &ViewModel) {
    if view.inputs.extras.rules.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Per jaar: volumeregel en taken naast elkaar").strong());
    egui::Grid::new("tasks_per_year")
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for caption in ["Jaar", "Wat", "Volumeregel", "Uit taken", "Telt"] {
                ui.label(egui::RichText::new(caption).strong());
            }
            ui.end_row();
            let Some(texts) = &view.task_texts else {
                return;
            };
            for (year, rows) in &texts.per_year {
                for [what, rule, tasks, counts, hover] in rows {
                    ui.label(year.to_string());
                    ui.label(what);
                    ui.label(rule);
                    ui.label(tasks).on_hover_text(hover);
                    ui.label(counts);
                    ui.end_row();
                }
            }
        });
}
