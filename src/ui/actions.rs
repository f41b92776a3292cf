//! What the views hand back: changes to the inputs (for the workspace),
//! commands for the shell, and notices for the user. Views never change
//! anything themselves; every view has the signature
//! `fn x_ui(ui: &mut egui::Ui, view: &ViewModel, out: &mut Actions)`.

pub use crate::present::screen::Screen;
pub use crate::present::view_model::Chart;
pub use crate::workspace::{Change, Notice};

/// A request that is not a change of the inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Show a view of the main area.
    ShowTab(Screen),
    /// The year the Lasten bars and slide show (index into its periods).
    ShowCostsPeriod(usize),
    /// The participant whose part the cost per scenario shows beside the
    /// region's (`None`: the region only).
    ShowCostParticipant(Option<usize>),
    /// Hides or shows the side panel (a narrow window).
    ToggleSidePanel,
    OpenDataFolder,
    /// Render a figure of this view and ask where to save it.
    SaveImage(Screen),
    ToggleTheme,
    OpenSet,
    /// An example of the handleiding, by its word ("vijf-profielen").
    OpenExample(String),
    /// A data set the program carries, by its word ("midden-limburg").
    OpenBuiltinData(String),
    /// "Profielen overnemen uit…": profiles and key values of other sets.
    ImportProfiles,
    SaveSet,
    SaveSetAs,
    SaveCsv,
    /// The Word appendix for a council proposal (with figures).
    SaveAppendix,
    /// The Excel workbook.
    SaveWorkbook,
    /// Switch to a known set (index into the workspace's sets).
    SwitchSet(usize),
    BackToReport,
    Undo,
    Redo,
    ToggleCompare,
    /// Pick the set for side 0 (A) or 1 (B) of the comparison.
    CompareWith {
        side: usize,
        choice: usize,
    },
    TogglePresentation,
    /// How many rows of a paged slide fit the screen, as its view
    /// measured them.
    SlideRows {
        screen: Screen,
        rows: usize,
    },
    /// The next or previous slide (presentation mode).
    NextSlide,
    PreviousSlide,
    CloseNotice,
    /// "Over nmd-scenarios" (version, data, licences).
    ShowAbout,
    CloseAbout,
    /// The keyboard map (F1).
    ShowKeys,
    CloseKeys,
    CloseProblems,
    /// The derivation of a chart's bars as text (the staffing chart or
    /// Lasten): what the pointer reads over each bar.
    ShowDerivation(Chart),
    CloseDerivation,
    /// The save dialog's name, author (the user's own name) and note were
    /// given; the save goes on (in place, or to the file chooser).
    SaveDetailsGiven {
        name: String,
        author: String,
        note: String,
    },
    SaveDetailsCancelled,
}

/// Everything the views ask for in one frame.
#[derive(Debug, Default)]
pub struct Actions {
    pub changes: Vec<Change>,
    pub commands: Vec<Command>,
    pub notices: Vec<Notice>,
}

impl Actions {
    pub fn change(&mut self, change: Change) {
        self.changes.push(change);
    }

    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub fn notice(&mut self, notice: Notice) {
        self.notices.push(notice);
    }
}
