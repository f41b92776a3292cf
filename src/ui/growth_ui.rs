//! Growth tasks (a segment the report does not have, from a year on, with
//! the fte-per-mln of an existing segment or typed) and structural inhuur
//! (fixed fte in a category). Both are the user's additions and are marked
//! as such wherever they show.

use rust_decimal::Decimal;

use super::actions::Actions;
use super::confirm_ui::delete_button_ui;
use super::number_field::{number_field_ui, refusal_ui};
use crate::format::number_trimmed;
use crate::model::own::tasks::{GrowthRate, GrowthTask, Inhuur, StaffingExtras};
use crate::numbers::{FTE_PER_MLN, INHUUR_FTE, VOLUME_MLN};
use crate::present::view_model::ViewModel;

pub fn growth_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    extras: &mut StaffingExtras,
    out: &mut Actions,
) {
    let data = &view.data;
    ui.heading("Groeitaken");
    ui.add(
        egui::Label::new(
            "Taken die er kunnen bijkomen (bijvoorbeeld vervoer, trapliften, medische advisering): een volume per jaar vanaf een startjaar, met de fte per mln van een bestaand segment of een eigen getal. Ze staan in de grafiek en de afleiding als eigen toevoeging.",
        )
        .wrap(),
    );
    let mut refusals = Vec::new();
    let mut remove = None;
    for (g, task) in extras.growth.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label("Naam:");
                ui.add(egui::TextEdit::singleline(&mut task.name).desired_width(220.0))
                    .accessible_name(format!("Naam groeitaak {}", g + 1));
                ui.label("vanaf");
                egui::ComboBox::from_id_salt(("growth_from", g))
                    .selected_text(task.from_year.to_string())
                    .show_ui(ui, |ui| {
                        for &year in &data.years {
                            super::a11y::option_value(
                                ui,
                                &mut task.from_year,
                                year,
                                year.to_string(),
                            );
                        }
                    })
                    .response
                    .accessible_name(format!("Startjaar groeitaak {}", task.name));
                if delete_button_ui(
                    ui,
                    ("growth", g),
                    "verwijderen",
                    &format!("Groeitaak {} verwijderen", task.name),
                    &format!("Groeitaak '{}'", task.name),
                    out,
                ) {
                    remove = Some(g);
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.label("Volume (€ mln):");
                for (y, &year) in data.years.iter().enumerate() {
                    if year < task.from_year {
                        task.volume_mln[y] = Decimal::ZERO;
                        continue;
                    }
                    ui.label(year.to_string());
                    let name = format!("Volume {} {year}", task.name);
                    let answer = number_field_ui(
                        ui,
                        ("growth_volume", g, y),
                        &number_trimmed(task.volume_mln[y], 4),
                        &VOLUME_MLN,
                        60.0,
                        &name,
                        |typed, refusal| format!("{name} '{typed}': {refusal}"),
                    );
                    if let Some(v) = answer.committed {
                        task.volume_mln[y] = v;
                    }
                    refusals.extend(answer.refusal);
                }
            });
            rate_ui(ui, view, g, task, &mut refusals);
        });
    }
    if let Some(g) = remove {
        extras.growth.remove(g);
    }
    for refusal in &refusals {
        refusal_ui(ui, refusal);
    }
    if !data.segments.is_empty()
        && let Some(&first) = data.years.get(1).or(data.years.first())
        && ui.button("Groeitaak toevoegen").clicked()
    {
        let names: Vec<&str> = extras.growth.iter().map(|g| g.name.as_str()).collect();
        let mut name = "Nieuwe groeitaak".to_owned();
        let mut n = 2;
        while names.contains(&name.as_str()) {
            name = format!("Nieuwe groeitaak {n}");
            n += 1;
        }
        extras.growth.push(GrowthTask {
            name,
            from_year: first,
            volume_mln: vec![Decimal::ZERO; data.years.len()],
            rate: GrowthRate::LikeSegment(data.segments.len() - 1),
        });
    }
}

fn rate_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    g: usize,
    task: &mut GrowthTask,
    refusals: &mut Vec<String>,
) {
    let data = &view.data;
    ui.horizontal_wrapped(|ui| {
        ui.label("fte per mln:");
        let like = match task.rate {
            GrowthRate::LikeSegment(s) => Some(s),
            GrowthRate::Typed(_) => None,
        };
        let shown = like.map_or("eigen getal per categorie".to_owned(), |s| {
            format!("als {}", data.segments[s].short_name)
        });
        egui::ComboBox::from_id_salt(("growth_rate", g))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (s, segment) in data.segments.iter().enumerate() {
                    if super::a11y::option_label(
                        ui,
                        like == Some(s),
                        format!("als {}", segment.short_name),
                    )
                    .clicked()
                    {
                        task.rate = GrowthRate::LikeSegment(s);
                    }
                }
                if super::a11y::option_label(ui, like.is_none(), "eigen getal per categorie")
                    .clicked()
                    && like.is_some()
                {
                    task.rate = GrowthRate::Typed(Vec::new());
                }
            })
            .response
            .accessible_name(format!("Herkomst fte per mln {}", task.name));
    });
    if let GrowthRate::Typed(rates) = &mut task.rate {
        ui.horizontal_wrapped(|ui| {
            for (c, category) in data.categories.iter().enumerate() {
                ui.label(&category.name);
                let current = rates
                    .iter()
                    .find(|(rc, _)| *rc == c)
                    .map(|(_, r)| number_trimmed(*r, 4))
                    .unwrap_or_default();
                let name = format!("fte per mln {} {}", task.name, category.name);
                let answer = number_field_ui(
                    ui,
                    ("growth_typed", g, c),
                    &current,
                    &FTE_PER_MLN,
                    60.0,
                    &name,
                    |typed, refusal| format!("{name} '{typed}': {refusal}"),
                );
                if let Some(v) = answer.committed {
                    rates.retain(|(rc, _)| *rc != c);
                    rates.push((c, v));
                    rates.sort_by_key(|(rc, _)| *rc);
                }
                refusals.extend(answer.refusal);
            }
        });
    }
}

pub fn inhuur_ui(
    ui: &mut egui::Ui,
    view: &ViewModel,
    extras: &mut StaffingExtras,
    out: &mut Actions,
) {
    let data = &view.data;
    ui.heading("Structurele inhuur");
    ui.add(
        egui::Label::new(
            "Inhuur die structureel taken vervult (hoofdstuk 8 noemt beleid, communicatie en jurist): vaste fte in een categorie, apart zichtbaar als inhuur.",
        )
        .wrap(),
    );
    let mut remove = None;
    let mut refusals = Vec::new();
    egui::Grid::new("inhuur")
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            for (i, hire) in extras.inhuur.iter_mut().enumerate() {
                egui::ComboBox::from_id_salt(("inhuur_category", i))
                    .selected_text(&data.categories[hire.category].name)
                    .show_ui(ui, |ui| {
                        for (c, category) in data.categories.iter().enumerate() {
                            super::a11y::option_value(ui, &mut hire.category, c, &category.name);
                        }
                    })
                    .response
                    .accessible_name(format!("Categorie inhuur {}", i + 1));
                let name = format!("fte inhuur {}", i + 1);
                let answer = number_field_ui(
                    ui,
                    ("inhuur_fte", i),
                    &number_trimmed(hire.fte, 4),
                    &INHUUR_FTE,
                    60.0,
                    &name,
                    |typed, refusal| format!("{name} '{typed}': {refusal}"),
                );
                if let Some(v) = answer.committed {
                    hire.fte = v;
                }
                refusals.extend(answer.refusal);
                ui.add(
                    egui::TextEdit::singleline(&mut hire.what)
                        .desired_width(240.0)
                        .hint_text("wat (bijv. beleid, jurist)"),
                )
                .accessible_name(format!("Omschrijving inhuur {}", i + 1));
                if delete_button_ui(
                    ui,
                    ("hire", i),
                    "verwijderen",
                    &format!("Inhuur {} verwijderen", i + 1),
                    &format!("Inhuur {}", i + 1),
                    out,
                ) {
                    remove = Some(i);
                }
                ui.end_row();
            }
        });
    if let Some(i) = remove {
        extras.inhuur.remove(i);
    }
    for refusal in &refusals {
        refusal_ui(ui, refusal);
    }
    if !data.categories.is_empty() && ui.button("Inhuur toevoegen").clicked() {
        extras.inhuur.push(Inhuur {
            category: 0,
            fte: Decimal::ONE,
            what: String::new(),
        });
    }
}
