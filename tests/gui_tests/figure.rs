//! The figure for a council proposal: laid out without a GPU (kittest) it
//! has no widgets, states every assumption and stays inside its width; with
//! the `render-tests` feature (a GPU or Mesa's software Vulkan) it is
//! rendered as a PNG of at least 2 400 pixels wide with its footer drawn.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use nmd_scenarios::export::figure::{FigureSpec, figure_spec, figure_ui};
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::present::screen::Screen;
use nmd_scenarios::workspace::Workspace;

fn spec(set: Option<&str>, kind: Screen) -> FigureSpec {
    let mut workspace = Workspace::new(load_embedded_folder().unwrap(), "ingebouwd");
    if let Some(name) = set {
        let index = workspace
            .sets()
            .iter()
            .position(|k| k.set.name.starts_with(name))
            .unwrap();
        workspace.switch_set(index);
    }
    figure_spec(&workspace.snapshot(), kind)
}

fn laid_out(spec: FigureSpec) -> Harness<'static> {
    let width = spec.width_pt;
    let mut harness = Harness::builder()
        .with_size([width, 3000.0])
        .build_ui(move |ui| {
            nmd_scenarios::ui::style::apply_text_sizes(ui.ctx(), 1.0);
            figure_ui(ui, &spec)
        });
    harness.run_steps(4);
    harness
}

#[test]
fn a_figure_has_no_widgets_and_states_its_assumptions() {
    for set in [None, Some("Klankbordgroep")] {
        for kind in Screen::figures() {
            let spec = spec(set, kind);
            let width = kind.info().figure_width_pt;
            let footer = spec.footer.clone();
            let harness = laid_out(spec);
            let interactive = harness
                .query_all(By::new().predicate(|n| {
                    matches!(
                        n.role(),
                        Role::Link
                            | Role::Button
                            | Role::Slider
                            | Role::ComboBox
                            | Role::TextInput
                            | Role::CheckBox
                            | Role::RadioButton
                    )
                }))
                .count();
            assert_eq!(interactive, 0, "{set:?} {kind:?}: widgets in a figure");
            for (label, _) in &footer {
                assert!(
                    harness
                        .query_all_by_label_contains(&format!("{label}: "))
                        .next()
                        .is_some(),
                    "{set:?} {kind:?}: no footer line '{label}'"
                );
            }
            for node in harness.query_all(By::new().predicate(|n| n.role() == Role::Label)) {
                assert!(
                    node.rect().right() <= width + 0.5,
                    "{set:?} {kind:?}: {:?} beyond the edge at {:?}",
                    node.value(),
                    node.rect()
                );
            }
        }
    }
}

#[test]
fn the_footer_names_the_roles_and_the_correction() {
    let spec = spec(Some("Klankbordgroep"), Screen::Staffing);
    let text: String = spec
        .footer
        .iter()
        .map(|(l, t)| format!("{l}: {t}\n"))
        .collect();
    for words in [
        "Aannameset: Klankbordgroep toezicht en kwaliteit",
        "Toezicht Rechtmatigheid 1,60 fte (2 personen, toezichtrol)",
        "Afleiding: Tabel 7",
        "gerekend met 0,57",
        "Gemaakt: ",
        "nmd-scenarios",
        "Gewichten: ",
        "Volumes: zoals in het rapport",
    ] {
        assert!(text.contains(words), "{words} not in:\n{text}");
    }
}

#[cfg(feature = "render-tests")]
#[test]
fn the_figure_renders_at_twice_the_density_with_its_footer() {
    use nmd_scenarios::export::figure::render_figure;
    use nmd_scenarios::export::headless::HeadlessGpu;
    let gpu = HeadlessGpu::new().expect("a GPU or Mesa's software Vulkan (mesa-vulkan-drivers)");
    for kind in Screen::figures() {
        let figure = render_figure(&gpu, &spec(Some("Klankbordgroep"), kind)).unwrap();
        assert!(figure.width_px >= 2400, "{kind:?}: {}", figure.width_px);
        let image = image::load_from_memory(&figure.png).unwrap().to_rgba8();
        assert_eq!(
            (image.width(), image.height()),
            (figure.width_px, figure.height_px)
        );
        // The footer is drawn: the lowest 10 % of the image holds dark
        // (text) pixels, and nothing is transparent.
        let footer_top = image.height() * 9 / 10;
        let dark = (footer_top..image.height())
            .flat_map(|y| (0..image.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| image.get_pixel(x, y).0[..3].iter().all(|&c| c < 100))
            .count();
        assert!(
            dark > 1000,
            "{kind:?}: no text in the footer ({dark} dark pixels)"
        );
        assert!(
            image.pixels().all(|p| p.0[3] == 255),
            "{kind:?}: transparent pixels"
        );
    }
}

/// The figure of the cost per scenario (`figuur --weergave
/// kosten-per-scenario`) of the handleiding's example: no widgets, the
/// Monte Carlo done (a figure is written at once), every scenario's range
/// over five years and the derivations written out. The amounts are the
/// issue's, by hand from the example's inputs: 5 × € 100.000–200.000 +
/// € 50.000–150.000 = € 550.000–1.150.000, and so on.
#[test]
fn the_cost_per_scenario_figure_states_the_hand_figures() {
    let mut workspace = Workspace::new(load_embedded_folder().unwrap(), "ingebouwd");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/voorbeelden/kosten-per-scenario.ron"
    );
    let reply = workspace.open_set_file(std::path::Path::new(example));
    assert!(reply.problems.is_none());
    let spec = figure_spec(&workspace.snapshot(), Screen::ScenarioCosts);
    assert_eq!(
        Screen::from_word("kosten-per-scenario"),
        Some(Screen::ScenarioCosts)
    );
    let harness = laid_out(spec);
    for text in [
        "Regio: € 550.000 – € 1.150.000, midden € 850.000",
        "Regio: € 1.300.000 – € 2.200.000, midden € 1.750.000",
        "Regio: € 1.650.000 – € 2.400.000, midden € 2.025.000",
        "Regio: € 2.100.000 – € 3.200.000, midden € 2.650.000",
        "kans het goedkoopst",
        "Afleiding per scenario (regio)",
    ] {
        assert!(
            harness.query_all_by_label_contains(text).next().is_some(),
            "{text} not in the figure"
        );
    }
    assert!(
        harness
            .query_all_by_label_contains("wordt nog berekend")
            .next()
            .is_none(),
        "a figure waits for the Monte Carlo"
    );
}
