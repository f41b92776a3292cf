//! How the supervision and quality block is staffed: the report's volume
//! rule, or named roles with fte and people, with four-eyes warnings.

use rust_decimal::Decimal;

use super::change::Change;
use super::edit_buffers::{EditBuffers, number_field_ui};
use crate::format::{fte, number_trimmed, parse_user_number};
use crate::model::inputs::{
    Combine, MAX_ROLE_FTE, MAX_ROLE_PEOPLE, RoleStaffing, StaffRole, Supervision,
};
use crate::model::{DataSet, Inputs};

pub fn supervision_ui(
    ui: &mut egui::Ui,
    data: &DataSet,
    inputs: &Inputs,
    warnings: &[String],
    buffers: &mut EditBuffers,
) -> Vec<Change> {
    let mut changes = Vec::new();
    let Some(block) = &data.supervision_block else {
        return changes;
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
    let is_roles = matches!(inputs.supervision, Supervision::Roles(_));
    if ui.radio(!is_roles, "Volumeregel van het rapport").clicked() && is_roles {
        changes.push(Change::Supervision(Supervision::VolumeRule));
    }
    if ui.radio(is_roles, "Eigen rollen").clicked() && !is_roles {
        changes.push(Change::Supervision(Supervision::Roles(RoleStaffing {
            roles: vec![StaffRole {
                name: "Toezichthouder".into(),
                fte: Decimal::ONE,
                people: 2,
                four_eyes: true,
            }],
            combine: Combine::Larger,
        })));
    }
    let Supervision::Roles(roles) = &inputs.supervision else {
        return changes;
    };
    let mut edited = roles.clone();
    let mut changed = false;
    ui.indent("combine", |ui| {
        if ui
            .radio(
                roles.combine == Combine::Larger,
                "Het grootste van rollen en volumeregel telt",
            )
            .clicked()
        {
            edited.combine = Combine::Larger;
            changed = true;
        }
        if ui
            .radio(
                roles.combine == Combine::Replace,
                "De rollen vervangen de volumeregel",
            )
            .clicked()
        {
            edited.combine = Combine::Replace;
            changed = true;
        }
    });
    let mut remove = None;
    egui::Grid::new("roles").spacing([6.0, 4.0]).show(ui, |ui| {
        ui.label(egui::RichText::new("Rol").strong());
        ui.label(egui::RichText::new("fte").strong());
        ui.label(egui::RichText::new("Mensen").strong());
        ui.label(egui::RichText::new("Toezicht").strong())
            .on_hover_text("Toezichtrol: vier-ogenprincipe, minstens twee mensen");
        ui.label("");
        ui.end_row();
        for (i, role) in roles.roles.iter().enumerate() {
            let mut name = role.name.clone();
            let response = ui.add_sized([130.0, 22.0], egui::TextEdit::singleline(&mut name));
            let response = response.accessible_name(format!("Naam rol {}", i + 1));
            if response.changed() {
                edited.roles[i].name = name;
                changed = true;
            }
            let current = number_trimmed(role.fte, 2);
            let buffer = buffers.role_fte.entry(i).or_insert_with(|| current.clone());
            if let Some(typed) = number_field_ui(ui, buffer, &current, 44.0, &format!("fte {}", role.name)) {
                match parse_user_number(&typed) {
                    Some(v) if v >= Decimal::ZERO && v <= MAX_ROLE_FTE => {
                        edited.roles[i].fte = v.round_dp(4);
                        buffers.message = None;
                        changed = true;
                    }
                    _ => {
                        buffers.role_fte.insert(i, current.clone());
                        buffers.message = Some(format!(
                            "{}: '{typed}' geweigerd – fte ligt tussen 0 en 100. De vorige waarde ({}) blijft staan.",
                            role.name,
                            fte(role.fte)
                        ));
                    }
                }
            }
            let current = role.people.to_string();
            let buffer = buffers.role_people.entry(i).or_insert_with(|| current.clone());
            if let Some(typed) = number_field_ui(ui, buffer, &current, 36.0, &format!("Mensen {}", role.name)) {
                match typed.trim().parse::<u32>() {
                    Ok(p) if p <= MAX_ROLE_PEOPLE => {
                        edited.roles[i].people = p;
                        buffers.message = None;
                        changed = true;
                    }
                    _ => {
                        buffers.role_people.insert(i, current.clone());
                        buffers.message = Some(format!(
                            "{}: '{typed}' geweigerd – het aantal mensen is een heel getal van 0 tot 100. De vorige waarde ({current}) blijft staan.",
                            role.name
                        ));
                    }
                }
            }
            let mut four_eyes = role.four_eyes;
            if ui
                .checkbox(&mut four_eyes, "")
                .accessible_name(format!("Toezichtrol {}", role.name))
                .changed()
            {
                edited.roles[i].four_eyes = four_eyes;
                changed = true;
            }
            if ui
                .small_button("×")
                .accessible_name(format!("Rol {} verwijderen", role.name))
                .on_hover_text("Rol verwijderen")
                .clicked()
            {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        edited.roles.remove(i);
        buffers.role_fte.clear();
        buffers.role_people.clear();
        changed = true;
    }
    ui.horizontal(|ui| {
        if ui.button("Rol toevoegen").clicked() {
            edited.roles.push(StaffRole {
                name: format!("Rol {}", edited.roles.len() + 1),
                fte: Decimal::ONE,
                people: 2,
                four_eyes: true,
            });
            changed = true;
        }
        ui.label(format!("Samen {}", fte(edited.total_fte())));
    });
    for warning in warnings {
        ui.colored_label(ui.visuals().warn_fg_color, format!("Vier ogen: {warning}"));
    }
    if changed {
        changes.push(Change::Supervision(Supervision::Roles(edited)));
    }
    changes
}
