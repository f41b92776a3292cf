//! Every screen of the program, named once: its label, whether it is a
//! tab, a slide of the presentation, a figure a user can save (and its word
//! on the command line, `--weergave`), and what it needs of the data. The
//! tab bar, the Beeld menu, the slides, the figure menus and the command
//! line are all made from [`SCREENS`]; which view draws a screen in each
//! role is `dispatch.rs` (an exhaustive match, checked against this list by
//! a test). A new screen: a variant and an entry here, its arms in
//! `dispatch.rs`, and its view file.

use crate::model::DataSet;
use crate::model::group::{participants_label, singular_label};
use crate::workspace::Snapshot;

/// A screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Staffing, ranking and cost profile side by side.
    #[default]
    Overview,
    Ranking,
    Staffing,
    /// Tabel 5, the qualitative cost profile.
    CostProfile,
    /// The performance table: scores, added and hidden items.
    Scores,
    /// Staffing by tasks, growth tasks and inhuur.
    Tasks,
    /// The participants (municipalities): each one's weights, the combined
    /// profile, where they agree, band-SMAA.
    Group,
    /// What it costs and each participant's part (the verdeelsleutel).
    Costs,
    /// What each scenario costs over a horizon (Tabel 5 in euros), its
    /// uncertainty and value for money.
    ScenarioCosts,
    Robustness,
    SourceCheck,
    /// Who changed what in the set, and why.
    Log,
    /// Staffing, ranking and cost profile in one figure.
    All,
    /// Two sets side by side (the slide while they are compared).
    Comparison,
}

/// What a screen needs of the data (and set) to be shown at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// A staffing table (categories).
    Staffing,
    /// A cost profile (Tabel 5).
    CostProfile,
    /// Participants in the data, or profiles in the set.
    Participants,
    /// The tab always (it is where costs are typed); the slide and the
    /// figure once costs are typed.
    Costs,
    /// The tab always (it is where the ranges are typed); the slide and
    /// the figure once the set counts a component of the cost profile.
    ScenarioCosts,
    /// Two sets compared (Beeld → Twee sets vergelijken).
    Comparison,
}

/// One screen and its roles.
pub struct ScreenInfo {
    pub screen: Screen,
    /// "Rangorde" (the participants' screen is named by the data:
    /// `label_from_data`).
    pub label: &'static str,
    /// The name as shown when the data names the screen ("Gemeenten").
    pub label_from_data: Option<fn(&DataSet) -> String>,
    /// The word of `figuur --weergave`, for screens that make a figure.
    pub word: Option<&'static str>,
    /// Earlier words for the same figure, still understood (hidden).
    pub old_words: &'static [&'static str],
    /// A tab of the main area.
    pub tab: bool,
    /// A slide in presentation mode.
    pub slide: bool,
    /// A figure for a council proposal.
    pub figure: bool,
    /// Width of that figure, in points.
    pub figure_width_pt: f32,
    /// The figure's title before the set's name ("Minimale formatie
    /// NMD-samenwerking"), made from the data.
    pub figure_title: Option<fn(&DataSet) -> String>,
    /// Its figure is in the Word appendix (when it has content).
    pub appendix: bool,
    pub needs: Needs,
}

/// Every screen, in the order tabs, slides and menus show them.
pub const SCREENS: [ScreenInfo; 14] = [
    ScreenInfo {
        screen: Screen::Comparison,
        label: "Vergelijking",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: false,
        slide: true,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Comparison,
    },
    ScreenInfo {
        screen: Screen::Overview,
        label: "Overzicht",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: true,
        slide: false,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::Ranking,
        label: "Rangorde",
        label_from_data: None,
        word: Some("rangorde"),
        old_words: &[],
        tab: false,
        slide: true,
        figure: true,
        figure_width_pt: 1200.0,
        figure_title: Some(|_| "Rangorde van de scenario's".to_owned()),
        appendix: true,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::Staffing,
        label: "Formatie",
        label_from_data: None,
        word: Some("formatie"),
        old_words: &[],
        tab: false,
        slide: true,
        figure: true,
        figure_width_pt: 1200.0,
        figure_title: Some(|data| format!("Minimale formatie {}", data.organisation)),
        appendix: true,
        needs: Needs::Staffing,
    },
    ScreenInfo {
        screen: Screen::CostProfile,
        label: "Kostenprofiel",
        label_from_data: None,
        word: Some("kostenprofiel"),
        old_words: &["kosten"],
        tab: false,
        slide: true,
        figure: true,
        figure_width_pt: 1200.0,
        figure_title: Some(|_| "Kwalitatief kostenprofiel".to_owned()),
        appendix: true,
        needs: Needs::CostProfile,
    },
    ScreenInfo {
        screen: Screen::Scores,
        label: "Scores",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: true,
        slide: false,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::Tasks,
        label: "Taken en groei",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: true,
        slide: false,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::Group,
        label: "Deelnemers",
        label_from_data: Some(|data| crate::format::capitalised(&participants_label(data))),
        word: Some("gemeenten"),
        old_words: &["deelnemers"],
        tab: true,
        slide: true,
        figure: true,
        figure_width_pt: 1200.0,
        figure_title: Some(|data| {
            format!("Weging per {}", singular_label(&participants_label(data)))
        }),
        appendix: true,
        needs: Needs::Participants,
    },
    ScreenInfo {
        screen: Screen::Costs,
        label: "Lasten",
        label_from_data: None,
        word: Some("lasten"),
        old_words: &[],
        tab: true,
        slide: true,
        figure: true,
        figure_width_pt: 1200.0,
        figure_title: Some(crate::model::costs::words::costs_heading),
        appendix: true,
        needs: Needs::Costs,
    },
    ScreenInfo {
        screen: Screen::ScenarioCosts,
        label: "Kosten per scenario",
        label_from_data: None,
        word: Some("kosten-per-scenario"),
        old_words: &[],
        tab: true,
        slide: true,
        figure: true,
        figure_width_pt: 1200.0,
        figure_title: Some(|_| "Kosten per scenario".to_owned()),
        appendix: true,
        needs: Needs::ScenarioCosts,
    },
    ScreenInfo {
        screen: Screen::Robustness,
        label: "Robuustheid",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: true,
        slide: true,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::SourceCheck,
        label: "Bronnencontrole",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: true,
        slide: false,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::Log,
        label: "Logboek",
        label_from_data: None,
        word: None,
        old_words: &[],
        tab: true,
        slide: false,
        figure: false,
        figure_width_pt: 0.0,
        figure_title: None,
        appendix: false,
        needs: Needs::Nothing,
    },
    ScreenInfo {
        screen: Screen::All,
        label: "Alles (formatie, rangorde en kostenprofiel)",
        label_from_data: None,
        word: Some("alles"),
        old_words: &[],
        tab: false,
        slide: false,
        figure: true,
        figure_width_pt: 1500.0,
        figure_title: Some(|data| {
            format!(
                "Scenario's {}: formatie, rangorde en kosten",
                data.organisation
            )
        }),
        // It repeats the staffing, ranking and cost profile figures.
        appendix: false,
        needs: Needs::Nothing,
    },
];

impl Screen {
    pub fn info(self) -> &'static ScreenInfo {
        SCREENS
            .iter()
            .find(|s| s.screen == self)
            .expect("every screen is in SCREENS")
    }

    /// Every screen that is a tab, in order.
    pub fn tabs() -> impl Iterator<Item = Screen> {
        SCREENS.iter().filter(|s| s.tab).map(|s| s.screen)
    }

    /// Every screen that makes a figure, in order.
    pub fn figures() -> impl Iterator<Item = Screen> {
        SCREENS.iter().filter(|s| s.figure).map(|s| s.screen)
    }

    /// The words of `figuur --weergave`.
    pub fn figure_words() -> Vec<&'static str> {
        SCREENS.iter().filter_map(|s| s.word).collect()
    }

    /// The screen a `--weergave` word names (or an earlier word for it).
    pub fn from_word(word: &str) -> Option<Screen> {
        SCREENS
            .iter()
            .find(|s| s.word == Some(word) || s.old_words.contains(&word))
            .map(|s| s.screen)
    }

    /// Every word `--weergave` understands, the earlier ones too.
    pub fn understood_words() -> Vec<&'static str> {
        SCREENS
            .iter()
            .flat_map(|s| s.word.into_iter().chain(s.old_words.iter().copied()))
            .collect()
    }

    /// "formatie", for file names (the word, or the label in lower case).
    pub fn file_word(self) -> String {
        self.info()
            .word
            .map_or_else(|| self.info().label.to_lowercase(), str::to_owned)
    }

    pub fn label(self) -> &'static str {
        self.info().label
    }

    /// The name as shown: the label, or the data's name for the screen
    /// (the participants' one: "Gemeenten").
    pub fn shown_label(self, data: &DataSet) -> String {
        self.info()
            .label_from_data
            .map_or_else(|| self.label().to_owned(), |label| label(data))
    }

    pub fn needs(self) -> Needs {
        self.info().needs
    }

    /// The figure's title before the set's name, or the label for a
    /// screen that makes no figure.
    pub fn figure_title(self, data: &DataSet) -> String {
        self.info()
            .figure_title
            .map_or_else(|| self.label().to_owned(), |title| title(data))
    }

    /// Whether this screen's figure goes into the Word appendix for this
    /// state: it is an appendix figure and the state has what it shows
    /// (the participants' weights only when they weighed: profiles).
    pub fn in_appendix(self, snapshot: &Snapshot) -> bool {
        let data = &snapshot.data;
        self.info().appendix
            && match self.needs() {
                Needs::Nothing => true,
                Needs::Staffing => !data.categories.is_empty(),
                Needs::CostProfile => !data.cost_profile.components.is_empty(),
                Needs::Participants => !snapshot.inputs.profiles.is_empty(),
                Needs::Costs => snapshot.outcome.costs.is_some(),
                Needs::ScenarioCosts => snapshot.scenario_costs().is_some(),
                Needs::Comparison => false,
            }
    }
}

/// A slide: a screen, and which page of it (a slide whose rows do not fit
/// comes in pages, `slide_pages.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slide {
    pub screen: Screen,
    pub page: usize,
}

/// The first slide: the ranking (every data set has one).
impl Default for Slide {
    fn default() -> Self {
        Self::at(Screen::Ranking)
    }
}

impl Slide {
    pub fn at(screen: Screen) -> Self {
        Self { screen, page: 0 }
    }
}

/// Rows of a page before its view has measured how many fit.
pub const ROWS_BEFORE_MEASURED: usize = 4;

/// Rows per page of each paged slide, as measured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SlideRows([u8; SCREENS.len()]);

fn index(screen: Screen) -> usize {
    SCREENS
        .iter()
        .position(|s| s.screen == screen)
        .expect("every screen is in SCREENS")
}

impl SlideRows {
    pub fn get(&self, screen: Screen) -> usize {
        match self.0[index(screen)] {
            0 => ROWS_BEFORE_MEASURED,
            n => usize::from(n),
        }
    }

    pub fn set(&mut self, screen: Screen, rows: usize) {
        self.0[index(screen)] = rows.clamp(1, 255) as u8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new screen does not compile until it is named here, and this
    /// fails until it has exactly one entry in [`SCREENS`].
    #[test]
    fn every_screen_has_one_entry() {
        let named = |screen: Screen| match screen {
            Screen::Overview
            | Screen::Ranking
            | Screen::Staffing
            | Screen::CostProfile
            | Screen::Scores
            | Screen::Tasks
            | Screen::Group
            | Screen::Costs
            | Screen::ScenarioCosts
            | Screen::Robustness
            | Screen::SourceCheck
            | Screen::Log
            | Screen::All
            | Screen::Comparison => screen,
        };
        let every = [
            Screen::Overview,
            Screen::Ranking,
            Screen::Staffing,
            Screen::CostProfile,
            Screen::Scores,
            Screen::Tasks,
            Screen::Group,
            Screen::Costs,
            Screen::ScenarioCosts,
            Screen::Robustness,
            Screen::SourceCheck,
            Screen::Log,
            Screen::All,
            Screen::Comparison,
        ];
        assert_eq!(every.len(), SCREENS.len());
        for screen in every.map(named) {
            let entries = SCREENS.iter().filter(|s| s.screen == screen).count();
            assert_eq!(entries, 1, "{screen:?}");
        }
    }
}
