//! How the supervision and quality block is staffed: the report's volume
//! rule, or named roles with fte and people, with four-eyes warnings. The
//! block, its wording and the four-eyes minimum come from the data.

use rust_decimal::Decimal;

use super::actions::{Actions, Change};
use super::confirm_ui::delete_button_ui;
use super::number_field::{number_field_ui, refusal_ui};
use crate::format::{fte, number_trimmed};
use crate::model::dataset::SupervisionBlock;
use crate::model::inputs::{Combine, RoleStaffing, StaffRole, Supervision, people};
use crate::numbers::{PEOPLE, ROLE_FTE};
use crate::present::view_model::ViewModel;

pub fn supervision_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let ViewModel {
        data,
        inputs,
        four_eyes_warnings,
        ..
    } = view;
    let Some(block) = &data.supervision_block else {
        return;
    };
    ui.heading(&block.label);
    let names: Vec<&str> = block
        .categories
        .iter()
        .map(|&c| data.categories[c].name.as_str())
        .collect();
    ui.label(
        egui::RichText::new(format!("{} vanaf {}", names.join(" + "), block.from_year))
            .small()
            .weak(),
    )
    .on_hover_text(format!("Bron: {}", block.source));
    method_ui(ui, block, &inputs.supervision, out);
    let Supervision::Roles(roles) = &inputs.supervision else {
        return;
    };
    let mut edited = roles.clone();
    let mut changed = combine_ui(ui, roles, &mut edited);
    let mut rows = RoleRows::default();
    egui::Grid::new("roles").spacing([6.0, 4.0]).show(ui, |ui| {
        roles_header_ui(ui, block);
        for (i, role) in roles.roles.iter().enumerate() {
            role_row_ui(ui, (i, role), &mut edited, &mut rows, out);
            ui.end_row();
        }
    });
    changed |= rows.changed;
    for refusal in rows.refusals {
        refusal_ui(ui, &refusal);
    }
    if let Some(i) = rows.remove {
        edited.roles.remove(i);
        changed = true;
    }
    ui.horizontal(|ui| {
        if ui.button("Rol toevoegen").clicked() {
            edited.roles.push(new_role(block, edited.roles.len()));
            changed = true;
        }
        ui.label(format!("Samen {}", fte(edited.total_fte())));
    });
    for warning in four_eyes_warnings {
        ui.colored_label(ui.visuals().warn_fg_color, format!("Vier ogen: {warning}"));
    }
    if changed {
        out.change(Change::Supervision(Supervision::Roles(edited)));
    }
}

/// A new role named after the block's word ("Toezichthouder 2"), 1 fte,
/// the four-eyes minimum of people.
fn new_role(block: &SupervisionBlock, n: usize) -> StaffRole {
    StaffRole {
        name: if n == 0 {
            block.new_role.clone()
        } else {
            format!("{} {}", block.new_role, n + 1)
        },
        fte: Decimal::ONE,
        people: block.four_eyes_people,
        four_eyes: true,
    }
}

/// The report's volume rule or own roles.
fn method_ui(
    ui: &mut egui::Ui,
    block: &SupervisionBlock,
    supervision: &Supervision,
    out: &mut Actions,
) {
    let is_roles = matches!(supervision, Supervision::Roles(_));
    let group = super::a11y::radio_group(ui, &block.label, |ui| {
        let rule = ui.radio(!is_roles, "Volumeregel van het rapport");
        let roles = ui.radio(is_roles, "Eigen rollen");
        (rule.clicked(), roles.clicked())
    });
    let (rule_clicked, roles_clicked) = group.inner;
    if rule_clicked && is_roles {
        out.change(Change::Supervision(Supervision::VolumeRule));
    }
    if roles_clicked && !is_roles {
        out.change(Change::Supervision(Supervision::Roles(RoleStaffing {
            roles: vec![new_role(block, 0)],
            combine: Combine::Larger,
        })));
    }
}

/// How roles and the volume rule combine; whether it changed.
fn combine_ui(ui: &mut egui::Ui, roles: &RoleStaffing, edited: &mut RoleStaffing) -> bool {
    let mut changed = false;
    ui.indent("combine", |ui| {
        super::a11y::radio_group(ui, "Rollen en volumeregel", |ui| {
            for (combine, label) in [
                (
                    Combine::Larger,
                    "Het grootste van rollen en volumeregel telt",
                ),
                (Combine::Replace, "De rollen vervangen de volumeregel"),
            ] {
                if ui.radio(roles.combine == combine, label).clicked() && roles.combine != combine {
                    edited.combine = combine;
                    changed = true;
                }
            }
        });
    });
    changed
}

fn roles_header_ui(ui: &mut egui::Ui, block: &SupervisionBlock) {
    ui.label(egui::RichText::new("Rol").strong());
    ui.label(egui::RichText::new("fte").strong());
    ui.label(egui::RichText::new("Mensen").strong());
    ui.label(egui::RichText::new("Toezicht").strong())
        .on_hover_text(format!(
            "Toezichtrol: minstens {} ({})",
            people(block.four_eyes_people),
            block.four_eyes_reason
        ));
    ui.label("");
    ui.end_row();
}

/// What the rows of roles did this frame.
#[derive(Default)]
struct RoleRows {
    changed: bool,
    remove: Option<usize>,
    refusals: Vec<String>,
}

/// One role: its name, fte, people, whether it supervises, and delete.
fn role_row_ui(
    ui: &mut egui::Ui,
    (i, role): (usize, &StaffRole),
    edited: &mut RoleStaffing,
    rows: &mut RoleRows,
    out: &mut Actions,
) {
    let mut name = role.name.clone();
    let response = ui.add_sized([130.0, 22.0], egui::TextEdit::singleline(&mut name));
    let response = response.accessible_name(format!("Naam rol {}", i + 1));
    if response.changed() {
        edited.roles[i].name = name;
        rows.changed = true;
    }
    let current = number_trimmed(role.fte, 4);
    let answer = number_field_ui(
        ui,
        ("role_fte", i),
        &current,
        &ROLE_FTE,
        44.0,
        &format!("fte {}", role.name),
        |typed, refusal| {
            format!(
                "{}: '{typed}' geweigerd – {refusal}. De vorige waarde ({}) blijft staan.",
                role.name,
                fte(role.fte)
            )
        },
    );
    if let Some(value) = answer.committed {
        edited.roles[i].fte = value;
        rows.changed = true;
    }
    rows.refusals.extend(answer.refusal);
    let current = role.people.to_string();
    let answer = number_field_ui(
        ui,
        ("role_people", i),
        &current,
        &PEOPLE,
        36.0,
        &format!("Mensen {}", role.name),
        |typed, refusal| {
            format!(
                "{}: '{typed}' geweigerd – {refusal}. De vorige waarde ({current}) blijft staan.",
                role.name
            )
        },
    );
    if let Some(value) = answer.committed {
        edited.roles[i].people = u32::try_from(value.trunc().mantissa()).unwrap_or(0);
        rows.changed = true;
    }
    rows.refusals.extend(answer.refusal);
    let mut four_eyes = role.four_eyes;
    if ui
        .checkbox(&mut four_eyes, "")
        .accessible_name(format!("Toezichtrol {}", role.name))
        .changed()
    {
        edited.roles[i].four_eyes = four_eyes;
        rows.changed = true;
    }
    if delete_button_ui(
        ui,
        ("role", i),
        "×",
        &format!("Rol {} verwijderen", role.name),
        &format!("Rol '{}'", role.name),
        out,
    ) {
        rows.remove = Some(i);
    }
}
