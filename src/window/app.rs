//! The eframe shell: owns the workspace and the window's own state, builds
//! the view model when either changed, lays out the panels, and hands what
//! the views ask for to the workspace (changes) and to `commands.rs`
//! (everything else). Nothing here computes a figure.

use std::path::PathBuf;

use super::dialogs::Dialogs;
use super::export::ExportPhase;
use super::shortcuts::shortcuts;
use crate::model::load::DataFolder;
use crate::present::view_model::{self, ViewModel, WindowState};
use crate::ui::actions::Actions;
use crate::ui::main_views_ui::{main_views_ui, tabs_ui};
use crate::ui::notice_ui::problems_ui;
use crate::ui::side_panel_ui::side_panel_ui;
use crate::ui::style;
use crate::ui::top_bar_ui::top_bar_ui;
use crate::workspace::session::SessionFile;
use crate::workspace::{Notice, Problems, Workspace};

/// The side panel's width, in points (a wide window).
const SIDE_PANEL_WIDTH: f32 = 360.0;

/// Text size in presentation mode: twice the normal size, for the back of
/// the room, on a slide of [`SLIDE_POINTS`].
const PRESENTATION_SCALE: f32 = 2.0;

/// The slide every screen shows, in points: the laptop screen the slides
/// are laid out for. A larger screen shows it larger, a smaller one
/// smaller, whatever text size the user chose for the window.
pub const SLIDE_POINTS: (f32, f32) = (1366.0, 768.0);

/// The zoom that makes the screen hold at least [`SLIDE_POINTS`]: 1,41 on
/// 1920×1080, 0,94 on 1280×720, 1 on 1366×768 at any text size.
fn slide_zoom(ctx: &egui::Context) -> f32 {
    let pixels = ctx.content_rect().size() * ctx.pixels_per_point()
        / ctx.native_pixels_per_point().unwrap_or(1.0);
    let zoom = (pixels.x / SLIDE_POINTS.0)
        .min(pixels.y / SLIDE_POINTS.1)
        .clamp(0.25, 8.0);
    // Rounded, so that the size it gives does not move it again.
    (zoom * 1000.0).round() / 1000.0
}

/// The window's own state: what is open, dialogs, the export, the notice.
#[derive(Default)]
pub(super) struct WindowUi {
    pub(super) state: WindowState,
    pub(super) dialogs: Dialogs,
    pub(super) export: ExportPhase,
    pub(super) notice: Option<Notice>,
    pub(super) problems: Option<Problems>,
    /// The save that waits for the save dialog: in place (Ctrl+S) or to a
    /// file the user chooses.
    pub(super) pending_save_in_place: bool,
    /// Name, author and note given in the save dialog, waiting for the file
    /// chooser: they become the set's only once it is saved.
    pub(super) pending_save_details: Option<(String, String, String)>,
    applied_scale: Option<f32>,
    applied_zoom: Option<f32>,
    title_shown: String,
    /// Where the side panel was drawn in the last frame, and every panel
    /// (for the journey tests' layout checks).
    side_panel: Option<egui::Rect>,
    panels: Vec<egui::Rect>,
    input_order: super::input_order::InputOrder,
    pub(super) keyboard: super::keyboard_state::KeyboardState,
    /// The cost per scenario's Monte Carlo on a worker thread.
    cost_worker: super::cost_worker::CostWorker,
    /// The workspace revision and window state the view model was built for.
    built_for: Option<(u64, WindowState)>,
}

pub struct NmdApp {
    pub(super) workspace: Workspace,
    pub(super) window: WindowUi,
    pub(super) view: Option<ViewModel>,
    /// Seconds since the start, from egui (for undo coalescing and the
    /// session's write interval).
    pub(super) now_s: f64,
}

impl NmdApp {
    pub fn new(folder: DataFolder, data_origin: impl Into<String>) -> Self {
        Self::from_workspace(Workspace::new(folder, data_origin))
    }

    pub fn from_workspace(workspace: Workspace) -> Self {
        Self {
            workspace,
            window: WindowUi::default(),
            view: None,
            now_s: 0.0,
        }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
    }

    /// The notice on screen, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.window.notice.as_ref()
    }

    /// The window listing a file's or folder's problems, if open.
    pub fn problems(&self) -> Option<&Problems> {
        self.window.problems.as_ref()
    }

    /// The view model of the last frame (for tests that check what is drawn
    /// against the model).
    pub fn view(&self) -> Option<&ViewModel> {
        self.view.as_ref()
    }

    /// Orders a batch of input events before egui sees them (typed text
    /// before a click; see `input_order.rs`). eframe calls it through
    /// `raw_input_hook`; tests that feed raw events call it the same way.
    pub fn order_input(&mut self, raw: &mut egui::RawInput) {
        self.window.input_order.order(raw);
    }

    /// Whether input events wait for the next frame.
    pub fn input_waiting(&self) -> bool {
        self.window.input_order.waiting()
    }

    /// The side panel's rectangle in the last frame (`None` while
    /// presenting).
    pub fn side_panel_rect(&self) -> Option<egui::Rect> {
        self.window.side_panel
    }

    /// The panels of the last frame (top bar, side panel, main area, strip,
    /// notice line): what of a view is on screen.
    pub fn panel_rects(&self) -> &[egui::Rect] {
        &self.window.panels
    }

    /// The focus ring drawn in the last frame, around the widget with the
    /// keyboard focus.
    pub fn focus_ring_rect(&self) -> Option<egui::Rect> {
        self.window.keyboard.ring
    }

    /// Whether the side panel is hidden (a narrow window shows the view, not
    /// the weights).
    pub fn side_hidden(&self) -> bool {
        self.window.state.narrow && !self.window.state.weights_shown
    }

    /// Whether the cost per scenario's Monte Carlo is still running on its
    /// thread (for tests and scripted runs that wait for it).
    pub fn cost_sample_running(&self) -> bool {
        self.window.cost_worker.running()
    }

    pub fn presentation(&self) -> bool {
        self.window.state.presentation
    }

    /// Shows a view of the main area (as its tab does).
    pub fn show_tab(&mut self, tab: crate::present::screen::Screen) {
        self.window.state.tab = tab;
    }

    /// Closes the notice (as its button does).
    pub fn close_notice(&mut self) {
        self.window.notice = None;
    }

    /// Shows `notice` (replacing the previous one).
    pub fn say(&mut self, notice: Notice) {
        self.window.notice = Some(notice);
    }

    /// Shows the answer of a workspace operation.
    pub fn show_reply(&mut self, reply: crate::workspace::Reply) {
        if let Some(notice) = reply.notice {
            self.window.notice = Some(notice);
        }
        if let Some(problems) = reply.problems {
            self.window.problems = Some(problems);
        }
    }

    /// Keeps the session in `file` from now on (and restores it).
    pub fn keep_session_in(&mut self, file: SessionFile) {
        if let Some(notice) = self.workspace.keep_session_in(file) {
            self.say(notice);
        }
    }

    /// Restores a stored session, with a notice if it could not be used.
    pub fn restore_session(&mut self, text: &str) {
        if let Some(notice) = self.workspace.restore_session(text) {
            self.say(notice);
        }
    }

    /// Loads a data folder (a notice, or the problems and the old data).
    pub fn load_folder(&mut self, dir: PathBuf) {
        let reply = self.workspace.load_folder(&dir);
        self.show_reply(reply);
    }

    /// Opens a set file (a notice, or the problems and nothing changed).
    /// The next file dialog answers `path` without being shown, as if the
    /// user chose it there (for tests and scripted runs).
    pub fn answer_next_dialog_with(&mut self, path: PathBuf) {
        self.window.dialogs.answer_next_with(path);
    }

    /// The next file dialog is cancelled without being shown, as if the
    /// user closed it (for tests and scripted runs).
    pub fn cancel_next_dialog(&mut self) {
        self.window.dialogs.cancel_next();
    }

    pub fn open_set_file(&mut self, path: &std::path::Path) {
        let reply = self.workspace.open_set_file(path);
        self.show_reply(reply);
    }

    /// The view model for the current state, rebuilt only after a change.
    fn take_view_model(&mut self) -> ViewModel {
        self.window.state.dialog_open = self.window.dialogs.is_open();
        self.window.state.export_busy = self.window.export.is_busy();
        let key = (self.workspace.revision(), self.window.state);
        match self.view.take() {
            Some(view) if self.window.built_for == Some(key) => view,
            _ => {
                self.window.built_for = Some(key);
                view_model::build(&self.workspace.snapshot(), self.window.state)
            }
        }
    }

    /// The whole window. Used by eframe and by the tests' harness.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        crate::ui::layout::frame_starts();
        let ctx = ui.ctx().clone();
        self.now_s = ctx.input(|i| i.time);
        self.apply_zoom_and_style(&ctx, ui);
        if let Some(answer) = self.window.dialogs.poll() {
            self.handle_dialog_answer(answer);
        }
        self.advance_export(&ctx);
        self.open_dropped_files(&ctx);
        let title = self.workspace.window_title();
        crate::ui::a11y::name_window(&ctx, &title);
        if self.window.title_shown != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.title_shown = title;
        }

        let mut out = Actions::default();
        // Narrow (zoomed text, a small screen): the layout reflows.
        self.window.state.narrow = ui.max_rect().width() < crate::present::view_model::NARROW_BELOW;
        let problems_open = self.window.problems.is_some();
        if problems_open && !self.window.state.problems {
            self.dialog_opens(&ctx);
        }
        self.window.state.problems = problems_open;
        let built_before = self.window.built_for;
        let view = self.take_view_model();
        if self.window.built_for != built_before {
            // What is shown changed: the focused control may have moved.
            crate::ui::a11y::layout_changed(&ctx);
        }
        self.menu_key(&ctx);
        shortcuts(&ctx, &view, &mut out);
        self.window.side_panel = None;
        let panels = self.panels_ui(ui, &view, &mut out);
        self.window.panels = panels;
        self.dialogs_ui(&ctx, view, &mut out);
        self.act(&ctx, out);
        self.window.cost_worker.advance(&mut self.workspace, &ctx);
        self.remember_focus(&ctx);
        self.focus_ring(&ctx);
        if self.window.input_order.waiting() {
            ctx.request_repaint();
        }
        self.keep_session(&ctx);
    }

    /// The text size (remembered, or the slide's), the style for it and
    /// the theme, applied to the context and to this frame's root `ui`.
    fn apply_zoom_and_style(&mut self, ctx: &egui::Context, ui: &mut egui::Ui) {
        let scale = if self.window.state.presentation {
            PRESENTATION_SCALE
        } else {
            1.0
        };
        // The text size: the remembered one at the start (and after a
        // session is restored); what the user sets with Ctrl + / Ctrl −
        // afterwards is remembered. Slides are sized to the screen instead
        // (`slide_zoom`): the room gets the same slide from any laptop.
        let presenting = self.window.state.presentation;
        let zoom = if presenting {
            slide_zoom(ctx)
        } else {
            self.workspace.zoom()
        };
        ctx.options_mut(|o| o.zoom_with_keyboard = !presenting);
        if self.window.applied_zoom != Some(zoom) {
            ctx.set_zoom_factor(zoom);
            self.window.applied_zoom = Some(zoom);
        } else if !presenting && (ctx.zoom_factor() - zoom).abs() > 0.001 {
            self.workspace.set_zoom(ctx.zoom_factor());
            self.window.applied_zoom = Some(self.workspace.zoom());
        }
        if self.window.applied_scale != Some(scale) {
            style::apply_style(ctx, scale);
            // On a slide a tooltip would stay where the presenter's pointer
            // rests and cover what the room reads: none while presenting
            // (the slides name everything themselves).
            let presenting = self.window.state.presentation;
            ctx.all_styles_mut(|style| {
                style.interaction.tooltip_delay = if presenting {
                    f32::INFINITY
                } else {
                    egui::style::Interaction::default().tooltip_delay
                };
            });
            self.window.applied_scale = Some(scale);
        }
        ctx.set_theme(if self.workspace.dark() {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // The root `ui` carries the style of the frame's start; a size or
        // theme changed just now must reach this frame's layout too, or the
        // side panel, laid out once at twice the text size after leaving
        // presentation, keeps that width.
        ui.set_style(ctx.global_style());
    }

    /// The notice's line, then the slide and its strip or the window's
    /// panels; the rectangles of the panels drawn.
    fn panels_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &ViewModel,
        out: &mut Actions,
    ) -> Vec<egui::Rect> {
        let ctx = ui.ctx().clone();
        let mut panels = Vec::new();
        // The notice takes a line of its own at the bottom: it never covers
        // a view, a slide or its strip. Its space is kept here; it is drawn
        // after the main area (`notice_area`), so Tab reaches it last.
        // The panel is there with or without a notice (0 high without):
        // egui derives the ids of the widgets in later panels from the
        // panels before them, and a panel that came and went gave every
        // control a new id, so the focus was lost whenever a notice
        // appeared.
        let notice_height = if self.window.notice.is_some() {
            self.window.keyboard.notice_height.max(32.0)
        } else {
            0.0
        };
        let notice_rect = egui::Panel::bottom("notice_space")
            .exact_size(notice_height)
            .frame(egui::Frame::NONE)
            .show_separator_line(false)
            .show(ui, |ui| ui.allocate_space(ui.available_size()))
            .response
            .rect;
        let notice_space = self.window.notice.is_some().then_some(notice_rect);
        if view.window.presentation {
            // Slides: the view and a strip, nothing else.
            let strip = egui::Panel::bottom("slide_strip")
                .show(ui, |ui| crate::ui::slides_ui::strip_ui(ui, view));
            let bottom = notice_space.map_or(strip.response.rect.top(), |n| {
                n.top().min(strip.response.rect.top())
            });
            let slide = central_panel(ui, bottom, |ui| {
                crate::ui::dispatch::slide_ui(ui, view, out)
            });
            panels.extend([strip.response.rect, slide.response.rect]);
        } else {
            let bottom = notice_space.map_or(f32::INFINITY, |n| n.top());
            self.window_panels(ui, view, out, &mut panels, bottom);
        }
        if let Some(space) = notice_space
            && let Some(rect) = self.notice_area(&ctx, space, view, out)
        {
            panels.push(rect);
        }
        panels
    }

    /// The dialogs and overlays over the window; the view model is kept
    /// for the next frame.
    fn dialogs_ui(&mut self, ctx: &egui::Context, view: ViewModel, out: &mut Actions) {
        if view.window.about {
            crate::ui::about_ui(ctx, &view, out);
        }
        if view.window.saving {
            crate::ui::save_dialog_ui::save_dialog_ui(ctx, &view, out);
        }
        self.view = Some(view);
        if let Some(problems) = &self.window.problems {
            problems_ui(ctx, problems, out);
        }
        if self.window.state.keys {
            crate::ui::keys_ui::keys_ui(ctx, out);
        }
        if let (Some(chart), Some(view)) = (self.window.state.derivation, &self.view) {
            crate::ui::derivation_ui::derivation_ui(ctx, view, chart, out);
        }
    }

    /// The session written (at most once a second; a later frame asked
    /// for when postponed).
    fn keep_session(&mut self, ctx: &egui::Context) {
        let (done, notice) = self.workspace.persist_session(self.now_s, false);
        if let Some(notice) = notice {
            self.say(notice);
        }
        if !done {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
    }

    /// The top bar, the weights and choices, the tabs and the view. In a
    /// narrow window (large text) the weights and the view take the whole
    /// width in turn (the top bar's button switches): one column that
    /// scrolls down, nothing sideways (WCAG 1.4.10).
    fn window_panels(
        &mut self,
        ui: &mut egui::Ui,
        view: &ViewModel,
        out: &mut Actions,
        panels: &mut Vec<egui::Rect>,
        bottom: f32,
    ) {
        let top = egui::Panel::top("top_bar").show(ui, |ui| {
            name_panel(ui, "Werkbalk");
            top_bar_ui(ui, view, out)
        });
        panels.push(top.response.rect);
        if view.window.narrow && view.window.weights_shown {
            let side = central_panel(ui, bottom, |ui| {
                name_panel(ui, "Gewichten en keuzes");
                side_panel_ui(ui, view, out)
            });
            self.window.side_panel = Some(side.response.rect);
            panels.push(side.response.rect);
            return;
        }
        if !view.window.narrow {
            // A fixed width: not resizable. egui's resize handle was a Tab
            // stop named in English ("Resize panel") that the keyboard could
            // not move, and the width it kept made the panel stay narrow
            // after Ctrl+0.
            let side = egui::Panel::left("controls")
                .resizable(false)
                .exact_size(SIDE_PANEL_WIDTH)
                .show(ui, |ui| {
                    name_panel(ui, "Gewichten en keuzes");
                    side_panel_ui(ui, view, out)
                });
            self.window.side_panel = Some(side.response.rect);
            panels.push(side.response.rect);
        }
        if view.comparison.is_none() {
            let tabs = egui::Panel::top("tabs").show(ui, |ui| {
                name_panel(ui, "Tabbladen");
                tabs_ui(ui, view, out)
            });
            panels.push(tabs.response.rect);
        }
        let shown = if view.comparison.is_some() {
            "Twee sets vergeleken".to_owned()
        } else {
            view.screen_label(view.window.tab)
        };
        let main = central_panel(ui, bottom, |ui| {
            name_panel(ui, &format!("Weergave: {shown}"));
            main_views_ui(ui, view, out)
        });
        panels.push(main.response.rect);
    }

    /// Applies what the views asked for: the changes as one undo step, then
    /// the commands, then the notices.
    fn act(&mut self, ctx: &egui::Context, out: Actions) {
        let Actions {
            changes,
            commands,
            notices,
        } = out;
        self.workspace.apply(changes, self.now_s);
        for command in commands {
            self.run_command(ctx, command);
        }
        if let Some(notice) = notices.into_iter().last() {
            self.say(notice);
        }
    }

    fn open_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped {
            if path.is_dir() {
                self.load_folder(path);
            } else {
                self.open_set_file(&path);
            }
        }
    }
}

/// The central panel in what the panels around it left: above the bottom
/// panels too (egui's `CentralPanel` in a `Ui` takes the space below a
/// bottom panel's top as well, so a slide's last row lay under the strip).
fn central_panel(
    ui: &mut egui::Ui,
    bottom: f32,
    add: impl FnOnce(&mut egui::Ui),
) -> egui::InnerResponse<()> {
    let available = ui.available_rect_before_wrap();
    let rect = egui::Rect::from_min_max(
        available.min,
        egui::pos2(available.max.x, available.max.y.min(bottom)),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
        egui::CentralPanel::default().show(ui, add);
    })
}

impl eframe::App for NmdApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
        if std::env::var_os(super::FIRST_FRAME_ENV).is_some() && ui.ctx().cumulative_frame_nr() == 1
        {
            if let Some(start) = super::PROCESS_START.get() {
                println!("eerste frame na {} ms", start.elapsed().as_millis());
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        let (_, notice) = self.workspace.persist_session(self.now_s, true);
        if let Some(notice) = notice {
            self.say(notice);
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.order_input(raw_input);
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(10)
    }
}

/// Names the panel `ui` is drawn in, for a screen reader (a region to
/// jump to).
fn name_panel(ui: &egui::Ui, name: &str) {
    crate::ui::a11y::name_enclosing_panel(ui, name);
}
