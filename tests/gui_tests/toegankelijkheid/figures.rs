//! A figure printed in grey: every part that carries a colour also carries
//! a number or a name, and each coloured piece has an outline that stands
//! apart from it by at least 3 : 1 in lightness (the contrast test of
//! `ui/contrast.rs` checks every colour; here the figure's own texts).

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nmd_scenarios::export::figure::{figure_spec, figure_ui};
use nmd_scenarios::present::screen::Screen;

#[test]
fn toegankelijkheid_a_figure_names_every_colour() {
    let mut app = crate::common::app_harness(1366.0, 768.0);
    let snapshot = app.state_mut().workspace_mut().snapshot();
    let spec = figure_spec(&snapshot, Screen::Staffing);
    let mut h = Harness::builder()
        .with_size([1200.0, 900.0])
        .build_ui(|ui| figure_ui(ui, &spec));
    h.run();
    // The legend numbers the categories as the bars do.
    for (i, category) in snapshot.data.categories.iter().enumerate() {
        h.get_by_label(&format!("{} {}", i + 1, category.name));
    }
    // And the chart is an image that says its numbers.
    let title = format!("Minimale formatie {} (fte)", snapshot.data.organisation);
    let chart = h.get_by_role_and_label(egui::accesskit::Role::Image, &title);
    assert!(
        chart
            .accesskit_node()
            .description()
            .is_some_and(|d| d.contains("2028: "))
    );
}

#[test]
fn toegankelijkheid_the_outlines_stand_apart_in_grey() {
    use nmd_scenarios::ui::contrast::{GRAPHIC, contrast_ratio};
    use nmd_scenarios::ui::style::{PALETTE, ROLE_PALETTE, outline_for};
    // Contrast is computed from luminance: the same in a greyscale print.
    for colour in PALETTE.iter().chain(&ROLE_PALETTE) {
        let ratio = contrast_ratio(outline_for(*colour), *colour);
        assert!(ratio >= GRAPHIC, "{colour:?}: {ratio:.2}");
    }
}
