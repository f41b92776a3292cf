//! The comparison screen: controls on the left, staffing, ranking and cost
//! profile side by side. Data flows one way: views return changes, the app
//! applies them to the inputs and recomputes once.

use std::path::PathBuf;

use super::change::{Change, Command};
use super::choices_ui::choices_ui;
use super::cost_profile_ui::cost_profile_ui;
use super::dialogs::{DialogAnswer, Dialogs, NO_CHOOSER, Purpose};
use super::edit_buffers::EditBuffers;
use super::export::{self, ExportPhase};
use super::ranking_ui::ranking_ui;
use super::source_check_ui::source_check_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use super::style;
use super::view_model::{self, ViewModel};
use super::volumes_ui::volumes_ui;
use super::weights_ui::weights_ui;
use crate::model::errors::DataError;
use crate::model::source_check::{SourceCheck, source_check};
use crate::model::{DataSet, Inputs, Outcome, compute};

/// A message in the window: what happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

pub struct NmdApp {
    pub data: DataSet,
    pub data_origin: String,
    pub inputs: Inputs,
    pub outcome: Outcome,
    pub check: SourceCheck,
    pub view: ViewModel,
    pub buffers: EditBuffers,
    pub show_source_check: bool,
    pub dark: bool,
    pub notice: Option<Notice>,
    /// Located problems of a data folder that could not be loaded.
    pub load_errors: Vec<DataError>,
    /// How often the model was recomputed (tests check it is not per frame).
    pub recompute_count: u64,
    dialogs: Dialogs,
    export: ExportPhase,
    style_applied: bool,
    title_shown: String,
}

impl NmdApp {
    pub fn new(data: DataSet, data_origin: String) -> Self {
        let inputs = Inputs::report_defaults(&data);
        let outcome = compute(&data, &inputs);
        let check = source_check(&data);
        let view = view_model::build(&data, &inputs, &outcome, &check);
        Self {
            data,
            data_origin,
            inputs,
            outcome,
            check,
            view,
            buffers: EditBuffers::default(),
            show_source_check: false,
            dark: false,
            notice: None,
            load_errors: Vec::new(),
            recompute_count: 1,
            dialogs: Dialogs::default(),
            export: ExportPhase::Idle,
            style_applied: false,
            title_shown: String::new(),
        }
    }

    /// Applies the views' changes and recomputes once if anything changed.
    pub fn apply(&mut self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        let before = self.inputs.clone();
        for change in changes {
            match change {
                Change::Weight { criterion, weight } => self.inputs.weights[criterion] = weight,
                Change::EqualWeights => {
                    self.inputs.weights = vec![rust_decimal::Decimal::ONE; self.data.criteria.len()]
                }
                Change::Choice { choice, option } => self.inputs.selection[choice] = option,
                Change::Volume {
                    segment,
                    year,
                    volume_mln,
                } => self.inputs.volumes_mln[segment][year] = volume_mln,
                Change::ResetVolumes => {
                    self.inputs.volumes_mln = Inputs::report_defaults(&self.data).volumes_mln
                }
            }
        }
        if self.inputs != before {
            self.recompute();
        }
    }

    fn recompute(&mut self) {
        self.outcome = compute(&self.data, &self.inputs);
        self.view = view_model::build(&self.data, &self.inputs, &self.outcome, &self.check);
        self.recompute_count += 1;
    }

    /// Replaces the data set (the inputs start from its defaults).
    pub fn replace_data(&mut self, data: DataSet, origin: String) {
        let name = data.name.clone();
        *self = Self {
            dark: self.dark,
            style_applied: self.style_applied,
            ..Self::new(data, origin)
        };
        self.notice = Some(Notice {
            text: format!("Gegevens geladen: {name}"),
            is_error: false,
        });
    }

    pub fn window_title(&self) -> String {
        format!("NMD-scenario's – {}", self.data.name)
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::OpenSourceCheck => self.show_source_check = true,
            Command::ToggleTheme => self.dark = !self.dark,
            Command::OpenDataFolder => {
                if !self.dialogs.is_open() {
                    self.dialogs.pick_folder(ctx);
                }
            }
            Command::SaveImage => {
                if !self.export.is_busy() && !self.dialogs.is_open() {
                    self.export = ExportPhase::FooterShown { frames: 0 };
                    ctx.request_repaint();
                }
            }
        }
    }

    /// Moves a running export along; called every frame.
    fn advance_export(&mut self, ctx: &egui::Context) {
        match &mut self.export {
            ExportPhase::Idle | ExportPhase::ChoosingPath(_) => {}
            ExportPhase::FooterShown { frames } => {
                *frames += 1;
                if *frames >= 2 {
                    self.export = ExportPhase::WaitingForImage(export::request_image(ctx));
                }
                ctx.request_repaint();
            }
            ExportPhase::WaitingForImage(receiver) => {
                if let Ok(image) = receiver.try_recv() {
                    self.export = ExportPhase::ChoosingPath(image);
                    self.dialogs.save_png(ctx, export::default_file_name());
                }
            }
        }
    }

    fn handle_dialog_answer(&mut self, answer: DialogAnswer) {
        match answer.purpose {
            Purpose::OpenDataFolder => match answer.path {
                Some(dir) => self.load_folder(dir),
                None if answer.probably_unavailable => {
                    self.notice = Some(Notice {
                        text: format!(
                            "{NO_CHOOSER} Start het programma met --data MAP om een andere map te laden."
                        ),
                        is_error: true,
                    })
                }
                None => {}
            },
            Purpose::SaveImage => {
                let ExportPhase::ChoosingPath(image) = std::mem::take(&mut self.export) else {
                    return;
                };
                let path = match answer.path {
                    Some(path) => Some(with_png_extension(path)),
                    None if answer.probably_unavailable => Some(export::fallback_path()),
                    None => None,
                };
                let Some(path) = path else {
                    self.notice = Some(Notice {
                        text: "Afbeelding niet opgeslagen (geannuleerd).".into(),
                        is_error: false,
                    });
                    return;
                };
                self.notice = Some(match export::write_png(&image, &path) {
                    Ok(()) if answer.probably_unavailable => Notice {
                        text: format!(
                            "{NO_CHOOSER} De afbeelding is opgeslagen als {}.",
                            absolute(&path)
                        ),
                        is_error: false,
                    },
                    Ok(()) => Notice {
                        text: format!("Afbeelding opgeslagen: {}", absolute(&path)),
                        is_error: false,
                    },
                    Err(e) => Notice {
                        text: format!("Afbeelding niet opgeslagen: {e}"),
                        is_error: true,
                    },
                });
            }
        }
    }

    /// Loads a data folder; on failure keeps the current data and shows the
    /// located problems.
    pub fn load_folder(&mut self, dir: PathBuf) {
        match crate::model::load::load_dir(&dir) {
            Ok(data) => self.replace_data(data, format!("map {}", dir.display())),
            Err(errors) => {
                self.notice = Some(Notice {
                    text: format!(
                        "De map {} is niet geladen ({} probleem/problemen); de huidige gegevens blijven staan.",
                        dir.display(),
                        errors.len()
                    ),
                    is_error: true,
                });
                self.load_errors = errors;
            }
        }
    }

    /// The whole window. Used by eframe and by the tests' harness.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.style_applied {
            style::apply_text_sizes(&ctx, 1.0);
            self.style_applied = true;
        }
        ctx.set_theme(if self.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        if let Some(answer) = self.dialogs.poll() {
            self.handle_dialog_answer(answer);
        }
        self.advance_export(&ctx);

        let mut changes = Vec::new();
        let mut commands = Vec::new();

        egui::Panel::top("top_bar").show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui));
        });
        if self.export.footer_visible() {
            let lines = export::footer_lines(&self.data, &self.data_origin, &self.inputs, None);
            egui::Panel::bottom("export_footer").show(ui, |ui| export::footer_ui(ui, &lines));
        }
        egui::Panel::left("controls")
            .resizable(true)
            .default_size(360.0)
            .min_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    changes.extend(weights_ui(
                        ui,
                        &self.data,
                        &self.inputs,
                        &self.view,
                        &mut self.buffers,
                    ));
                    ui.separator();
                    changes.extend(choices_ui(ui, &self.data, &self.inputs));
                    ui.separator();
                    egui::CollapsingHeader::new(
                        egui::RichText::new("Volumes per segment (€ mln)").heading(),
                    )
                    .default_open(false)
                    .show(ui, |ui| {
                        changes.extend(volumes_ui(ui, &self.data, &self.inputs, &mut self.buffers));
                    });
                    if let Some(message) = &self.buffers.message {
                        ui.colored_label(ui.visuals().error_fg_color, message);
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(self.main_views_ui(ui));
        });

        let mut open = self.show_source_check;
        if open {
            egui::Window::new("Bronnencontrole")
                .open(&mut open)
                .default_size([760.0, 520.0])
                .vscroll(false)
                .show(&ctx, |ui| source_check_ui(ui, &self.data, &self.check));
        }
        self.show_source_check = open;
        if !self.load_errors.is_empty() {
            let mut keep = true;
            egui::Window::new("Gegevens niet geladen")
                .collapsible(false)
                .default_size([760.0, 360.0])
                .show(&ctx, |ui| {
                    ui.label("De gekozen map bevat fouten. Er is niets veranderd; de huidige gegevens blijven staan.");
                    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                        for error in &self.load_errors {
                            ui.label(egui::RichText::new(error.to_string()).monospace());
                        }
                    });
                    if ui.button("Sluiten").clicked() {
                        keep = false;
                    }
                });
            if !keep {
                self.load_errors.clear();
            }
        }

        if !self.export.is_busy() {
            self.notice_ui(&ctx);
        }
        self.apply(changes);
        for command in commands {
            self.run_command(&ctx, command);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal(|ui| {
            ui.heading(
                egui::RichText::new(format!("Scenario's {}", self.data.organisation)).strong(),
            );
            ui.label(egui::RichText::new(&self.data.name).weak())
                .on_hover_text(format!(
                    "{}\nGegevens: {}",
                    self.data.source, self.data_origin
                ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let theme = if self.dark {
                    "Licht thema"
                } else {
                    "Donker thema"
                };
                if ui.button(theme).clicked() {
                    commands.push(Command::ToggleTheme);
                }
                if ui
                    .add_enabled(
                        !self.export.is_busy(),
                        egui::Button::new("Afbeelding opslaan…"),
                    )
                    .on_hover_text("Sla het venster op als PNG, met de aannames eronder")
                    .clicked()
                {
                    commands.push(Command::SaveImage);
                }
                if ui
                    .add_enabled(
                        !self.dialogs.is_open(),
                        egui::Button::new("Gegevens openen…"),
                    )
                    .on_hover_text(
                        "Laad een andere map met scenarios.ron, criteria.ron en staffing.ron",
                    )
                    .clicked()
                {
                    commands.push(Command::OpenDataFolder);
                }
                if ui.button("Bronnencontrole").clicked() {
                    commands.push(Command::OpenSourceCheck);
                }
            });
        });
        commands
    }

    /// The current notice, floating above the bottom of the window so the
    /// layout does not move; errors stay until closed.
    fn notice_ui(&mut self, ctx: &egui::Context) {
        let Some(notice) = self.notice.clone() else {
            return;
        };
        egui::Area::new(egui::Id::unique("notice"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -16.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(900.0);
                    ui.horizontal(|ui| {
                        let colour = if notice.is_error {
                            ui.visuals().error_fg_color
                        } else {
                            ui.visuals().strong_text_color()
                        };
                        ui.add(
                            egui::Label::new(egui::RichText::new(&notice.text).color(colour))
                                .wrap(),
                        );
                        if ui.button("Melding sluiten").clicked() {
                            self.notice = None;
                        }
                    });
                });
            });
    }

    fn main_views_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let size = ui.available_size();
        let gap = 16.0;
        if size.x >= 1400.0 {
            // Wide screens: three columns.
            let widths = [size.x * 0.37, size.x * 0.28, size.x * 0.35 - 2.0 * gap];
            ui.horizontal_top(|ui| {
                column(ui, widths[0], size.y, |ui| {
                    commands.extend(staffing_plot_ui(ui, &self.data, &self.view, size.y * 0.75));
                });
                ui.add_space(gap);
                column(ui, widths[1], size.y, |ui| {
                    ranking_ui(ui, &self.data, &self.view)
                });
                ui.add_space(gap);
                column(ui, widths[2], size.y, |ui| cost_profile_ui(ui, &self.data));
            });
        } else {
            // 1366×768 and similar: staffing and ranking above, cost profile below.
            // The cost table needs a fixed height; the charts get the rest.
            let cost_height = 40.0 + 27.0 * (self.data.cost_profile.components.len() as f32 + 1.0);
            let top = (size.y - cost_height - 12.0).max(240.0);
            ui.horizontal_top(|ui| {
                column(ui, size.x * 0.55, top, |ui| {
                    commands.extend(staffing_plot_ui(ui, &self.data, &self.view, top));
                });
                ui.add_space(gap);
                column(ui, size.x * 0.45 - gap, top, |ui| {
                    ranking_ui(ui, &self.data, &self.view)
                });
            });
            ui.separator();
            cost_profile_ui(ui, &self.data);
        }
        commands
    }
}

/// A top-down area of fixed width inside a horizontal row.
fn column(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}

fn with_png_extension(path: PathBuf) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"))
    {
        path
    } else {
        path.with_extension("png")
    }
}

fn absolute(path: &std::path::Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

impl eframe::App for NmdApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let title = self.window_title();
        if ui.ctx().cumulative_frame_nr() == 0 || self.title_shown != title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
        self.ui_root(ui);
        if std::env::var_os(super::FIRST_FRAME_ENV).is_some() && ui.ctx().cumulative_frame_nr() == 1
        {
            if let Some(start) = super::PROCESS_START.get() {
                println!("eerste frame na {} ms", start.elapsed().as_millis());
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
