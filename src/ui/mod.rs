//! The egui views, one file per view: `fn x_ui(ui, view, out)` reads the
//! [`view_model::ViewModel`] (built once per change from the workspace's
//! snapshot) and pushes what the user asks for into [`actions::Actions`].
//! Nothing here computes a figure, writes a file or opens a dialog: that is
//! the window's shell (`crate::window`) and the writers (`crate::export`,
//! `crate::report`). [`screen`] names every screen once.

pub mod a11y;
mod about_ui;
pub mod actions;
mod add_item_ui;
mod choices_ui;
pub mod compare_ui;
mod confirm_ui;
pub mod contrast;
mod cost_fields;
mod cost_inputs_ui;
mod cost_key_ui;
mod cost_profile_ui;
mod costs_chart_ui;
mod costs_ui;
pub mod derivation_ui;
pub mod dialog_ui;
pub mod dispatch;
pub mod figure_ui;
mod group_ui;
mod group_weights_ui;
mod growth_ui;
pub mod keys_ui;
pub mod layout;
mod log_ui;
pub mod main_views_ui;
pub mod notice_ui;
mod number_field;
mod overview_ui;
mod ranking_ui;
mod robustness_ui;
pub mod save_dialog_ui;
mod scenario_cost_inputs_ui;
mod scenario_cost_ranges_ui;
mod scenario_costs_slide_ui;
mod scenario_costs_ui;
mod scores_table_ui;
mod scores_ui;
mod set_info_ui;
pub mod side_panel_ui;
pub mod slide_pages;
pub mod slides_ui;
mod source_check_ui;
mod staffing_plot_ui;
pub mod style;
mod supervision_ui;
mod tasks_ui;
pub mod top_bar_ui;
mod value_plot_ui;
mod volumes_ui;
pub mod wcag;
mod weights_ui;

pub use about_ui::about_ui;
