//! Screenshots for the README and the handleiding, drawn by the app itself:
//! the same `NmdApp::ui_root` as the window, driven by labels as the UI
//! tests drive it, rendered off-screen with wgpu (Mesa's lavapipe without a
//! GPU). Rerun after changing a screen, so the pictures never go stale:
//!
//!     scripts/screenshots.sh        (this, plus figures and document pages)
//!
//! No window manager is involved, so there is no title bar; everything
//! inside the window is what a user sees at that size.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nmd_scenarios::model::additions::ScoreChange;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::present::screen::{Screen, Slide};
use nmd_scenarios::window::NmdApp;
use nmd_scenarios::workspace::Change;
use rust_decimal::Decimal;

const LAPTOP: [f32; 2] = [1366.0, 768.0];
const PROJECTOR: [f32; 2] = [1920.0, 1080.0];
const FIVE_PROFILES: &str = "docs/voorbeelden/vijf-profielen.ron";
const OWN_SCENARIOS: &str = "docs/voorbeelden/eigen-scenarios-en-groei.ron";
const TASKS: &str = "docs/voorbeelden/toezicht-uit-taken.ron";
const COSTS: &str = "docs/voorbeelden/lasten.ron";
const SCENARIO_COSTS: &str = "docs/voorbeelden/kosten-per-scenario.ron";

fn main() -> Result<(), String> {
    let out_dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "assets/screenshots".to_owned()),
    );
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;

    let mut h = app(LAPTOP, None);
    save(&mut h, &out_dir, "overzicht")?;

    let mut h = app(LAPTOP, Some(FIVE_PROFILES));
    h.state_mut().show_tab(Screen::Group);
    save(&mut h, &out_dir, "gemeenten")?;

    let mut h = app(PROJECTOR, Some(FIVE_PROFILES));
    h.key_press(egui::Key::F11);
    h.run();
    save(&mut h, &out_dir, "presentatie-rangorde")?;
    go_to_slide(&mut h, Slide::at(Screen::Staffing))?;
    save(&mut h, &out_dir, "presentatie-formatie")?;
    go_to_slide(&mut h, Slide::at(Screen::Group))?;
    save(&mut h, &out_dir, "presentatie-gemeenten")?;

    // Costs per municipality: the tab, and the slide for the overleg.
    let mut h = app(LAPTOP, Some(COSTS));
    h.state_mut().show_tab(Screen::Costs);
    save(&mut h, &out_dir, "lasten")?;
    let mut h = app(PROJECTOR, Some(COSTS));
    h.key_press(egui::Key::F11);
    h.run();
    go_to_slide(&mut h, Slide::at(Screen::Costs))?;
    save(&mut h, &out_dir, "presentatie-lasten")?;

    // What each scenario costs, Assen beside the region: the tab, and the
    // slide for the overleg.
    let mut h = app(LAPTOP, Some(SCENARIO_COSTS));
    h.state_mut().show_tab(Screen::ScenarioCosts);
    h.run();
    choose_participant(&mut h, "Assen")?;
    wait_for_cost_sample(&mut h);
    save(&mut h, &out_dir, "kosten-per-scenario")?;
    let mut h = app(PROJECTOR, Some(SCENARIO_COSTS));
    h.state_mut().show_tab(Screen::ScenarioCosts);
    h.run();
    choose_participant(&mut h, "Assen")?;
    h.key_press(egui::Key::F11);
    h.run();
    go_to_slide(&mut h, Slide::at(Screen::ScenarioCosts))?;
    wait_for_cost_sample(&mut h);
    save(&mut h, &out_dir, "presentatie-kosten-per-scenario")?;

    // 200 % text on a laptop: the layout reflows.
    let mut h = app(LAPTOP, None);
    h.state_mut().workspace_mut().set_zoom(2.0);
    h.run();
    h.run();
    save(&mut h, &out_dir, "grote-tekst")?;

    let mut h = app(LAPTOP, None);
    h.state_mut().show_tab(Screen::SourceCheck);
    save(&mut h, &out_dir, "bronnencontrole")?;

    // The klankbordgroep's built-in set: roles with the four-eyes rule.
    let mut h = app(LAPTOP, None);
    h.state_mut().workspace_mut().switch_set(1);
    h.run();
    h.get_by_role_and_label(Role::Button, "Rol toevoegen")
        .scroll_to_me();
    h.run();
    save(&mut h, &out_dir, "rollen")?;
    click(&mut h, "Beeld")?;
    click(&mut h, "Twee sets vergelijken")?;
    save(&mut h, &out_dir, "vergelijken")?;

    let mut h = app(LAPTOP, Some(OWN_SCENARIOS));
    h.state_mut().show_tab(Screen::Scores);
    save(&mut h, &out_dir, "scores")?;

    let mut h = app(LAPTOP, Some(TASKS));
    h.state_mut().show_tab(Screen::Tasks);
    save(&mut h, &out_dir, "taken-en-groei")?;

    // The log after three steps a user takes (a minute apart, so they do
    // not merge), with the reasons typed as the Logboek tab asks for them.
    let mut h = app(LAPTOP, None);
    let workspace = h.state_mut().workspace_mut();
    workspace.set_user("A. Adviseur (voorbeeld)");
    let steps = [
        Change::Weight {
            criterion: 1,
            weight: Decimal::TWO,
        },
        Change::Choice {
            choice: 1,
            option: 1,
        },
        Change::Score {
            scenario: 3,
            criterion: 4,
            change: Some(ScoreChange {
                level: 2,
                reason:
                    "Voorbeeld: de JHRD neemt de lichte jeugdhulp in 2026 al over, dat versnelt"
                        .into(),
            }),
        },
    ];
    for (minute, step) in steps.into_iter().enumerate() {
        workspace.apply(vec![step], 60.0 * minute as f64);
    }
    workspace.apply(
        vec![Change::LogReason {
            entry: 0,
            reason: "Voorbeeld: onze raad vraagt toezicht zwaarder te wegen".into(),
        }],
        300.0,
    );
    h.state_mut().show_tab(Screen::Log);
    save(&mut h, &out_dir, "logboek")?;
    Ok(())
}

/// The app on the embedded data, at `size` points (1 pixel per point), with
/// a set from `docs/voorbeelden` opened as a user opens it.
fn app(size: [f32; 2], set: Option<&str>) -> Harness<'static, NmdApp> {
    let mut app = NmdApp::new(
        load_embedded_folder().expect("the embedded data set loads"),
        "ingebouwd",
    );
    if let Some(set) = set {
        app.open_set_file(Path::new(set));
    }
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .with_render_cursor(false)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app);
    h.run();
    // "Set geopend: …" is for the user who opened it, not for the picture;
    // an error is a reason to stop.
    if let Some(notice) = h.state().notice() {
        assert!(!notice.is_error, "{set:?}: {}", notice.text);
        h.get_by_role_and_label(Role::Button, "Melding sluiten")
            .click();
        h.run();
    }
    h
}

/// Clicks the button, menu item or tab named `label`.
fn click(h: &mut Harness<'_, NmdApp>, label: &str) -> Result<(), String> {
    h.query_all_by_label(label)
        .find(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::Button | Role::MenuItem | Role::Tab
            )
        })
        .ok_or_else(|| format!("geen knop '{label}'"))?
        .click();
    h.run();
    Ok(())
}

/// Chooses whose part the cost per scenario shows beside the region's.
fn choose_participant(h: &mut Harness<'_, NmdApp>, name: &str) -> Result<(), String> {
    h.get_by_label("Gemeente naast de regio").click();
    h.run();
    h.query_all_by_label(name)
        .last()
        .ok_or_else(|| format!("geen keuze '{name}'"))?
        .click();
    h.run();
    Ok(())
}

/// Frames until the cost per scenario's Monte Carlo (on a worker thread)
/// is shown.
fn wait_for_cost_sample(h: &mut Harness<'_, NmdApp>) {
    for _ in 0..500 {
        h.run();
        if !h.state().cost_sample_running() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn go_to_slide(h: &mut Harness<'_, NmdApp>, slide: Slide) -> Result<(), String> {
    for _ in 0..12 {
        if h.state().view().is_some_and(|v| v.window.slide == slide) {
            return Ok(());
        }
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    Err(format!("dia {slide:?} niet gevonden"))
}

fn save(h: &mut Harness<'_, NmdApp>, dir: &Path, name: &str) -> Result<(), String> {
    // A few more frames: plots settle their bounds in the second.
    h.run_steps(3);
    if let Some(notice) = h.state().notice() {
        return Err(format!("{name}: melding in beeld: {}", notice.text));
    }
    let image = h.render()?;
    let path = dir.join(format!("{name}.png"));
    image
        .save(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{}", path.display());
    Ok(())
}
