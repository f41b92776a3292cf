//! The edges of controls as the eye sees them (WCAG 1.4.11): the window
//! rendered with wgpu (a GPU or Mesa's lavapipe; the `render-tests`
//! feature), and the colours of a text field's frame, an unticked radio
//! button and check box, and a slider's rail read from the pixels, against
//! the panel around them, in the light and the dark theme. Each must stand
//! apart by at least 3 : 1 (egui's own themes: 1,06 : 1 for a text field,
//! 1,18 : 1 for an unticked box and the rail).
//!
//! `cargo test --features render-tests --test gui pixels -- --nocapture`
//! prints the ratios.

use egui::Color32;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::ui::contrast::{GRAPHIC, contrast_ratio};
use nmd_scenarios::window::NmdApp;

use crate::common::app_harness;

type Image = image::RgbaImage;

fn colour(image: &Image, at: egui::Pos2) -> Color32 {
    let x = (at.x.round() as u32).min(image.width() - 1);
    let y = (at.y.round() as u32).min(image.height() - 1);
    let [r, g, b, _] = image.get_pixel(x, y).0;
    Color32::from_rgb(r, g, b)
}

/// The strongest contrast with `background` along the line from `from` to
/// `to`: the edge the line crosses. A quarter pixel a step, so that every
/// pixel the line crosses is read (one pixel a step from a half-pixel
/// position read either neighbour of a one-pixel edge, as rounding fell:
/// a check box at x = 625,5 measured 1,18 : 1 where its edge is 4,28 : 1).
fn edge_ratio(image: &Image, background: egui::Pos2, from: egui::Pos2, to: egui::Pos2) -> f32 {
    let back = colour(image, background);
    let steps = (from.distance(to) * 4.0).ceil().max(1.0) as usize;
    (0..=steps)
        .map(|i| colour(image, from.lerp(to, i as f32 / steps as f32)))
        .map(|c| contrast_ratio(c, back))
        .fold(1.0, f32::max)
}

fn rect_of(h: &Harness<'_, NmdApp>, role: Role, name: &str) -> egui::Rect {
    h.get_by_role_and_label(role, name).rect()
}

/// An unticked control of `role` (a radio button or check box).
fn unticked(h: &Harness<'_, NmdApp>, role: Role) -> egui::Rect {
    h.query_all(By::new().role(role))
        .find(|n| {
            n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::False)
                && n.rect().left() > 1.0
        })
        .expect("an unticked control")
        .rect()
}

/// The radio button's or check box's icon: a line from the panel into it,
/// across its edge.
fn icon_edge(image: &Image, rect: egui::Rect) -> f32 {
    let y = rect.center().y;
    edge_ratio(
        image,
        egui::pos2(rect.left() - 3.0, y),
        egui::pos2(rect.left() - 1.0, y),
        egui::pos2(rect.left() + 5.0, y),
    )
}

/// The ratios of one theme: text field, radio button, check box, rail.
fn ratios(dark: bool) -> [(&'static str, f32); 4] {
    let mut h = app_harness(1366.0, 768.0);
    h.state_mut().workspace_mut().set_dark(dark);
    h.run();
    let image = h.render().expect("rendered with wgpu");
    let field = rect_of(&h, Role::TextInput, "Gewicht Onafhankelijk toezicht");
    let field_ratio = edge_ratio(
        &image,
        egui::pos2(field.center().x, field.top() - 3.0),
        egui::pos2(field.center().x, field.top() - 1.0),
        egui::pos2(field.center().x, field.top() + 2.0),
    );
    let radio_ratio = icon_edge(&image, unticked(&h, Role::RadioButton));
    let slider = rect_of(&h, Role::Slider, "Onafhankelijk toezicht");
    // The weight is 1 of 10: the handle is at the left, the rail free at
    // four fifths.
    let x = slider.left() + slider.width() * 0.8;
    let rail_ratio = edge_ratio(
        &image,
        egui::pos2(x, slider.center().y - 9.0),
        egui::pos2(x, slider.center().y - 7.0),
        egui::pos2(x, slider.center().y),
    );
    // An unticked check box: a criterion left out on Scores.
    h.state_mut().show_tab(Screen::Scores);
    h.run();
    h.get_by_role_and_label(
        Role::CheckBox,
        "Juridische en bestuurlijke legitimiteit telt mee",
    )
    .click();
    h.run();
    // The pointer away: a hovered box has egui's darker hover edge.
    h.event(egui::Event::PointerGone);
    h.run();
    let image = h.render().expect("rendered with wgpu");
    let box_ratio = icon_edge(&image, unticked(&h, Role::CheckBox));
    [
        ("tekstvak", field_ratio),
        ("keuzerondje", radio_ratio),
        ("vinkvak", box_ratio),
        ("schuifregelaar", rail_ratio),
    ]
}

#[test]
fn toegankelijkheid_control_edges_stand_out_in_rendered_pixels() {
    let mut found = Vec::new();
    for dark in [false, true] {
        let theme = if dark { "donker" } else { "licht" };
        for (what, ratio) in ratios(dark) {
            println!("{theme} {what}: {ratio:.2} : 1");
            if ratio < GRAPHIC {
                found.push(format!("{theme} {what}: {ratio:.2} : 1"));
            }
        }
    }
    assert!(found.is_empty(), "below 3 : 1: {}", found.join(", "));
}
