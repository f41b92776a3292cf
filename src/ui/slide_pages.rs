//! Slides in pages: a slide whose rows do not fit the screen becomes two
//! or more ("dia 2a", "dia 2b"), never cut and never scrolled. How many
//! rows fit is measured by the slide's view on the screen it is drawn on
//! (it says so with `Command::SlideRows`); until then a page holds
//! [`ROWS_BEFORE_MEASURED`]. Slides are laid out on the same canvas on
//! every screen (`window::SLIDE_POINTS`), so the measure holds until the
//! data changes what a row holds.

use std::ops::Range;

pub use crate::present::screen::{ROWS_BEFORE_MEASURED, SlideRows};
use crate::present::screen::{SCREENS, Screen, Slide};
use crate::present::view_model::ViewModel;

/// "a", "b", … for the pages of one slide.
pub fn page_letter(page: usize) -> char {
    char::from(b'a' + (page % 26) as u8)
}

impl ViewModel {
    /// The rows a paged slide shows in all (scenarios ranked, cost
    /// components, participants); `None` for a slide of one page.
    pub fn slide_items(&self, screen: Screen) -> Option<usize> {
        match screen {
            Screen::Ranking => Some(self.ranking.as_ref().map_or(0, Vec::len)),
            Screen::CostProfile => Some(self.data.cost_profile.components.len()),
            Screen::Group => {
                Some(crate::model::group::effective_profiles(&self.data, &self.inputs).len())
            }
            Screen::ScenarioCosts => Some(self.scenario_costs.as_ref().map_or(0, |c| c.rows.len())),
            Screen::Overview
            | Screen::Costs
            | Screen::Staffing
            | Screen::Scores
            | Screen::Tasks
            | Screen::Robustness
            | Screen::SourceCheck
            | Screen::Log
            | Screen::All
            | Screen::Comparison => None,
        }
    }

    /// The pages of `screen`'s slide.
    pub fn pages(&self, screen: Screen) -> usize {
        self.slide_items(screen).map_or(1, |items| {
            items.div_ceil(self.window.slide_rows.get(screen)).max(1)
        })
    }

    /// The rows `slide` shows (all of them outside presentation: a tab or
    /// a figure is one page).
    pub fn page_rows(&self, slide: Slide) -> Range<usize> {
        let items = self.slide_items(slide.screen).unwrap_or(0);
        if !self.window.presentation {
            return 0..items;
        }
        let rows = self.window.slide_rows.get(slide.screen);
        let start = (slide.page * rows).min(items);
        start..(start + rows).min(items)
    }

    /// The rows the slide on screen shows, when it is `screen`'s.
    pub fn shown_rows(&self, screen: Screen) -> Range<usize> {
        let slide = if self.window.presentation && self.window.slide.screen == screen {
            self.window.slide
        } else {
            Slide::at(screen)
        };
        self.page_rows(slide)
    }

    /// The slides this data has, in order, each in its pages.
    pub fn slides(&self) -> Vec<Slide> {
        SCREENS
            .iter()
            .filter(|s| s.slide && self.has_content(s.screen))
            .flat_map(|s| {
                (0..self.pages(s.screen)).map(move |page| Slide {
                    screen: s.screen,
                    page,
                })
            })
            .collect()
    }

    /// "Rangorde" or "Rangorde, deel 1 van 2".
    pub fn slide_label(&self, slide: Slide) -> String {
        let label = self.screen_label(slide.screen);
        match self.pages(slide.screen) {
            1 => label,
            n => format!("{label}, deel {} van {n}", slide.page + 1),
        }
    }

    /// "dia 2 van 6" or "dia 2a van 6": slides are numbered by screen, their
    /// pages lettered.
    pub fn slide_position(&self, slide: Slide) -> String {
        let screens: Vec<Screen> = SCREENS
            .iter()
            .filter(|s| s.slide && self.has_content(s.screen))
            .map(|s| s.screen)
            .collect();
        let number = screens.iter().position(|&s| s == slide.screen).unwrap_or(0) + 1;
        let letter = if self.pages(slide.screen) > 1 {
            page_letter(slide.page).to_string()
        } else {
            String::new()
        };
        format!("dia {number}{letter} van {}", screens.len())
    }

    /// Tells the shell how many rows of `screen` fit a page, from the
    /// `drawn` rows of this page, their height and the height `left` below
    /// everything the slide shows (negative when it overflowed), when that
    /// is not what the pages were made with.
    pub fn measured_rows(
        &self,
        screen: Screen,
        (drawn, drawn_height, left): (usize, f32, f32),
        out: &mut super::actions::Actions,
    ) {
        let drawn = drawn.max(1);
        let row_height = (drawn_height / drawn as f32).max(1.0);
        let rows = (drawn as f32 + (left / row_height).floor()).max(1.0) as usize;
        if self.window.presentation && rows != self.window.slide_rows.get(screen) {
            out.command(super::actions::Command::SlideRows {
                screen,
                rows: rows.max(1),
            });
        }
    }
}
