//! What every window test starts from: the app on the embedded data in a
//! harness of a given size, and switching to a built-in set by name.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::window::NmdApp;

/// The whole window on the report's data, `width` × `height` points.
pub fn app_harness(width: f32, height: f32) -> Harness<'static, NmdApp> {
    let app = NmdApp::new(load_embedded_folder().unwrap(), "ingebouwd");
    harness_for(app, width, height)
}

/// The whole window of `app`, `width` × `height` points. A frame may ask
/// for more: the cost per scenario's Monte Carlo finishes on a thread of
/// its own and asks for a repaint whenever it is done (under load a few
/// frames later than at rest), so `run` may take more than egui_kittest's
/// four steps to settle.
pub fn harness_for(app: NmdApp, width: f32, height: f32) -> Harness<'static, NmdApp> {
    Harness::builder()
        .with_size([width, height])
        .with_max_steps(60)
        .build_ui_state(|ui, app: &mut NmdApp| app.ui_root(ui), app)
}

/// Switches to the known set whose name starts with `name`.
pub fn switch_to_set(h: &mut Harness<'_, NmdApp>, name: &str) {
    let index = h
        .state()
        .workspace()
        .sets()
        .iter()
        .position(|k| k.set.name.starts_with(name))
        .unwrap_or_else(|| panic!("no set '{name}'"));
    h.state_mut().workspace_mut().switch_set(index);
    h.run();
}

/// Frames until a notice other than "… wordt gemaakt" shows; the appendix
/// draws its figures on a thread. Generous: a debug build on a software
/// renderer, and a hang must fail rather than block the suite.
pub fn final_notice(h: &mut Harness<'_, NmdApp>) -> String {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        h.step();
        if let Some(notice) = h.state().notice()
            && !notice.text.contains("wordt gemaakt")
        {
            return notice.text.clone();
        }
        assert!(Instant::now() < deadline, "no notice after 300 s");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The roles of what a user reads or operates: texts and controls.
pub const SHOWN_ROLES: [Role; 13] = [
    Role::Label,
    Role::Button,
    Role::Tab,
    Role::MenuItem,
    Role::ListBoxOption,
    Role::Link,
    Role::ComboBox,
    Role::Slider,
    Role::SpinButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::CheckBox,
    Role::RadioButton,
];
