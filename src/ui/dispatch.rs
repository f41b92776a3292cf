//! Which view draws a screen in each of its roles (`screen.rs` names the
//! screens and their roles): one exhaustive match per role, so a new screen
//! does not compile until it is placed, and a test checks the matches
//! against the list.

use super::actions::Actions;
use super::cost_profile_ui::cost_profile_ui;
use super::costs_ui::{costs_figure_ui, costs_slide_ui, costs_ui};
use super::figure_ui::{all_figure_ui, staffing_figure_ui};
use super::group_ui::{group_figure_ui, group_ui};
use super::log_ui::log_ui;
use super::overview_ui::overview_ui;
use super::ranking_ui::ranking_ui;
use super::robustness_ui::robustness_tab_ui;
use super::scenario_costs_slide_ui::scenario_costs_slide_ui;
use super::scenario_costs_ui::{scenario_costs_figure_ui, scenario_costs_ui};
use super::scores_ui::scores_ui;
use super::slides_ui::{comparison_slide_ui, group_slide_ui, robustness_slide_ui};
use super::source_check_ui::source_check_ui;
use super::staffing_plot_ui::staffing_plot_ui;
use super::tasks_ui::tasks_ui;
use crate::present::screen::Screen;
use crate::present::view_model::ViewModel;

/// How a view draws itself: `fn x_ui(ui, view, out)`.
pub type ViewFn = fn(&mut egui::Ui, &ViewModel, &mut Actions);

/// The view of `screen` as a tab of the main area.
pub fn tab_view(screen: Screen) -> Option<ViewFn> {
    match screen {
        Screen::Overview => Some(overview_ui),
        Screen::Scores => Some(scores_ui),
        Screen::Tasks => Some(tasks_ui),
        Screen::Group => Some(group_ui),
        Screen::Costs => Some(costs_ui),
        Screen::ScenarioCosts => Some(scenario_costs_ui),
        Screen::Robustness => Some(robustness_tab_ui),
        Screen::SourceCheck => Some(source_check_ui),
        Screen::Log => Some(log_ui),
        Screen::Ranking
        | Screen::Staffing
        | Screen::CostProfile
        | Screen::All
        | Screen::Comparison => None,
    }
}

/// The view of `screen` as a slide.
pub fn slide_view(screen: Screen) -> Option<ViewFn> {
    match screen {
        Screen::Ranking => Some(ranking_ui),
        Screen::Staffing => Some(staffing_plot_ui),
        Screen::CostProfile => Some(cost_profile_ui),
        Screen::Group => Some(group_slide_ui),
        Screen::Costs => Some(costs_slide_ui),
        Screen::ScenarioCosts => Some(scenario_costs_slide_ui),
        Screen::Robustness => Some(robustness_slide_ui),
        Screen::Comparison => Some(comparison_slide_ui),
        Screen::Overview
        | Screen::Scores
        | Screen::Tasks
        | Screen::SourceCheck
        | Screen::Log
        | Screen::All => None,
    }
}

/// The view of `screen` in a figure (drawn in figure mode).
pub fn figure_view(screen: Screen) -> Option<ViewFn> {
    match screen {
        Screen::Ranking => Some(ranking_ui),
        Screen::Staffing => Some(staffing_figure_ui),
        Screen::CostProfile => Some(cost_profile_ui),
        Screen::Group => Some(group_figure_ui),
        Screen::Costs => Some(costs_figure_ui),
        Screen::ScenarioCosts => Some(scenario_costs_figure_ui),
        Screen::All => Some(all_figure_ui),
        Screen::Overview
        | Screen::Scores
        | Screen::Tasks
        | Screen::Robustness
        | Screen::SourceCheck
        | Screen::Log
        | Screen::Comparison => None,
    }
}

/// The slide in the central area in presentation mode. Every paged slide
/// is also laid out unseen, so that its pages are known before it is shown
/// ("dia 1 van 6" does not turn into "dia 1a" when it is reached).
pub fn slide_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    measure_slides_ui(ui, view, out);
    let slides = view.slides();
    let slide = if slides.contains(&view.window.slide) {
        view.window.slide
    } else {
        slides.first().copied().unwrap_or_default()
    };
    if let Some(draw) = slide_view(slide.screen) {
        draw(ui, view, out);
    }
}

/// The first page of each paged slide but the one shown, drawn invisibly
/// in the slide's room: each measures how many rows fit
/// (`Command::SlideRows`). Invisible widgets are not in the AccessKit tree.
fn measure_slides_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    for info in crate::present::screen::SCREENS.iter().filter(|s| s.slide) {
        let screen = info.screen;
        if screen == view.window.slide.screen
            || view.slide_items(screen).is_none()
            || !view.has_content(screen)
        {
            continue;
        }
        let Some(draw) = slide_view(screen) else {
            continue;
        };
        let mut unseen = view.clone();
        unseen.window.slide = crate::present::screen::Slide::at(screen);
        let mut measuring = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(ui.max_rect())
                .id_salt(("measure_slide", screen))
                .invisible(),
        );
        let mut actions = Actions::default();
        draw(&mut measuring, &unseen, &mut actions);
        // Only what it measured: nothing it would do counts.
        out.commands.extend(
            actions
                .commands
                .into_iter()
                .filter(|c| matches!(c, super::actions::Command::SlideRows { .. })),
        );
    }
}

/// The view of the chosen tab (the overview when the data lacks what the
/// tab shows).
pub fn tab_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions) {
    let screen = if view.has(view.window.tab) {
        view.window.tab
    } else {
        Screen::Overview
    };
    if let Some(draw) = tab_view(screen) {
        draw(ui, view, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::screen::SCREENS;

    #[test]
    fn every_role_of_the_list_has_its_view_and_no_other() {
        for info in &SCREENS {
            let screen = info.screen;
            assert_eq!(info.tab, tab_view(screen).is_some(), "{screen:?} tab");
            assert_eq!(info.slide, slide_view(screen).is_some(), "{screen:?} slide");
            assert_eq!(
                info.figure,
                figure_view(screen).is_some(),
                "{screen:?} figure"
            );
            assert_eq!(info.figure, info.word.is_some(), "{screen:?} word");
            assert_eq!(
                info.figure,
                info.figure_title.is_some(),
                "{screen:?} figure title"
            );
            assert!(info.figure || !info.appendix, "{screen:?} appendix");
        }
    }
}
