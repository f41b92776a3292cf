//! The shortest journeys of the defects the random journeys (and the
//! issue's walk) found, each failing before its fix.

use super::steps::Step;
use super::walk;

fn must_pass(steps: &[Step]) {
    if let Err(failure) = walk(steps) {
        panic!(
            "fails after step {:?}:\n  {}",
            failure.step.map(|i| i + 1),
            failure.problems.join("\n  ")
        );
    }
}

/// The built-in klankbordgroep set has no profiles: no sentence may speak
/// of five municipalities that agree.
#[test]
fn no_agreement_of_participants_who_never_weighed() {
    must_pass(&[
        Step::BuiltinSet(1),
        Step::Present,
        Step::NextSlide,
        Step::NextSlide,
        Step::NextSlide,
        Step::NextSlide,
    ]);
}

/// Seven equal weights are shown equal (Midden-Limburg).
#[test]
fn equal_weights_look_equal() {
    must_pass(&[Step::OtherData]);
}

/// Weights 3,1,1,1,1: the four equal ones look equal, and the shares say
/// they are rounded.
#[test]
fn unequal_weights_add_up_or_say_rounded() {
    must_pass(&[Step::Weight {
        criterion: 0,
        weight: 3,
    }]);
}

/// Typed → order → swing → typed gives back the typed weights.
#[test]
fn a_method_switched_and_back_restores_the_weights() {
    must_pass(&[
        Step::Profile {
            participant: 0,
            weights: [2, 4, 2, 1],
        },
        Step::Method {
            participant: 0,
            method: 1,
        },
        Step::Method {
            participant: 0,
            method: 2,
        },
        Step::Method {
            participant: 0,
            method: 0,
        },
    ]);
}

/// Cancelling the file chooser of "Set opslaan als…" changes nothing.
#[test]
fn a_cancelled_save_changes_nothing() {
    must_pass(&[Step::SaveAsChooserCancelled]);
}

/// The keyboard map takes the keys: a digit behind it changes nothing.
#[test]
fn the_keyboard_map_is_modal() {
    must_pass(&[
        Step::Tab(3),
        Step::TabKey {
            times: 3,
            back: false,
        },
        Step::KeysOverlay,
        Step::Digit(7),
    ]);
}

/// Five scenarios on the ranking slide at 1366×768 and at 1280×720.
#[test]
fn five_scenarios_fit_the_slides() {
    must_pass(&[Step::AddScenario, Step::Present]);
    must_pass(&[Step::Size(0), Step::AddScenario, Step::Present]);
}

/// Midden-Limburg's six scenarios on the slides at 1280×720.
#[test]
fn six_scenarios_fit_the_slides() {
    must_pass(&[Step::OtherData, Step::Size(0), Step::Present]);
}

/// Presentation with 200 % text: nothing broken mid-word, nothing cut.
#[test]
fn slides_at_200_percent() {
    must_pass(&[
        Step::Zoom(2),
        Step::Present,
        Step::NextSlide,
        Step::NextSlide,
    ]);
}

/// Seven scenarios (an example's own two and one more): the cost
/// profile's headers on the slide wrap between words, never inside one.
#[test]
fn seven_scenarios_keep_their_words_whole_on_slides() {
    must_pass(&[Step::Example(2), Step::AddScenario, Step::Present]);
}

/// An own criterion: the Gemeenten table's heads shrink rather than break
/// "Uitvoerbaarheid".
#[test]
fn six_criteria_keep_their_words_whole_in_the_group_table() {
    must_pass(&[Step::AddCriterion, Step::Tab(19)]);
}

/// Comparing two sets at 1280×720: the table and both rankings fit beside
/// the side panel.
#[test]
fn the_comparison_fits_a_small_screen() {
    must_pass(&[Step::Size(0), Step::Example(3), Step::Compare]);
}

/// Midden-Limburg's seven criteria in the Scores table at 1366×768: no
/// score button beyond the edge.
#[test]
fn seven_criteria_fit_the_scores_table() {
    must_pass(&[Step::OtherData, Step::Tab(49)]);
}

/// Resizing while presenting: the slide follows the screen.
#[test]
fn the_slide_follows_a_resized_screen() {
    must_pass(&[Step::Size(2), Step::Present, Step::Size(0)]);
}

/// Loonkosten typed at 1920×1080 with the Lasten tab open: the row with
/// its source field and "wissen" stays inside the view.
#[test]
fn the_wage_row_fits_a_wide_screen() {
    must_pass(&[
        Step::Size(2),
        Step::BuiltinSet(21),
        Step::KeyTyped {
            participant: 1,
            text: 11,
        },
        Step::Wage(1),
    ]);
}

/// The overview's sentence on who is first stays with five scenarios at
/// 1366×768 (and with a notice on screen: opening an example says so).
#[test]
fn the_ranking_headline_stays() {
    must_pass(&[Step::AddScenario, Step::Tab(0)]);
    must_pass(&[Step::Example(4), Step::Tab(0)]);
}

/// Every output of a state says what the window shows: the report's set,
/// Midden-Limburg's (seven criteria, no staffing), weights 3,1,1,1,1.
#[test]
fn every_output_says_what_the_window_shows() {
    must_pass(&[Step::Exports]);
    must_pass(&[Step::OtherData, Step::Exports]);
    must_pass(&[
        Step::Weight {
            criterion: 0,
            weight: 3,
        },
        Step::Exports,
    ]);
    must_pass(&[Step::Example(0), Step::Tab(3), Step::Exports]);
}
