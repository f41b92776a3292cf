//! The workspace without a window: changes, undo with coalescing, sets,
//! saving and opening, the session, the comparison and loading data.

use nmd_scenarios::model::Inputs;
use nmd_scenarios::model::load::load_embedded_folder;
use nmd_scenarios::model::robustness::{RobustnessOptions, robustness};
use nmd_scenarios::workspace::session::{SessionFile, to_text};
use nmd_scenarios::workspace::{Change, CompareSide, Workspace};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn workspace() -> Workspace {
    Workspace::new(load_embedded_folder().unwrap(), "ingebouwd")
}

fn weight(criterion: usize, value: Decimal) -> Change {
    Change::Weight {
        criterion,
        weight: value,
    }
}

fn criterion(w: &Workspace, id: &str) -> usize {
    w.data().criterion_index(id).unwrap()
}

#[test]
fn a_change_recomputes_once_and_nothing_recomputes_without_one() {
    let mut w = workspace();
    let toezicht = criterion(&w, "toezicht");
    let (count, revision) = (w.recompute_count(), w.revision());
    assert!(!w.apply(vec![weight(toezicht, dec!(1))], 0.0), "same value");
    assert!(!w.apply(Vec::new(), 0.0));
    assert_eq!(w.recompute_count(), count);
    assert!(!w.can_undo(), "no step without a change");

    let schaal = criterion(&w, "schaal");
    assert!(w.apply(
        vec![weight(toezicht, dec!(3)), weight(schaal, dec!(2))],
        0.0
    ));
    assert_eq!(w.recompute_count(), count + 1, "two changes, one recompute");
    assert!(w.revision() > revision);
    assert_eq!(w.inputs().criteria[toezicht].weight, dec!(3));
    // The outcome is that of the new inputs.
    let expected = nmd_scenarios::model::compute(w.data(), w.inputs());
    assert_eq!(*w.outcome(), expected);
}

#[test]
fn a_slider_drag_is_one_undo_step_but_a_pause_or_another_slider_is_not() {
    let mut w = workspace();
    let toezicht = criterion(&w, "toezicht");
    let schaal = criterion(&w, "schaal");
    // A drag: three values within a second of each other.
    w.apply(vec![weight(toezicht, dec!(2))], 10.0);
    w.apply(vec![weight(toezicht, dec!(3))], 10.4);
    w.apply(vec![weight(toezicht, dec!(4))], 10.8);
    // Another slider right after: its own step.
    w.apply(vec![weight(schaal, dec!(5))], 11.0);
    // The same slider after a pause: its own step.
    w.apply(vec![weight(schaal, dec!(6))], 13.0);

    w.undo();
    assert_eq!(w.inputs().criteria[schaal].weight, dec!(5));
    w.undo();
    assert_eq!(w.inputs().criteria[schaal].weight, dec!(1));
    assert_eq!(w.inputs().criteria[toezicht].weight, dec!(4));
    w.undo();
    assert_eq!(
        w.inputs().criteria[toezicht].weight,
        dec!(1),
        "the drag was one step"
    );
    assert!(!w.can_undo());
    w.redo();
    assert_eq!(w.inputs().criteria[toezicht].weight, dec!(4));
}

#[test]
fn choices_never_coalesce() {
    let mut w = workspace();
    let buurtkracht = w.data().choice_index("buurtkracht").unwrap();
    for option in [1, 2] {
        w.apply(
            vec![Change::Choice {
                choice: buurtkracht,
                option,
            }],
            5.0,
        );
    }
    w.undo();
    assert_eq!(w.inputs().selection[buurtkracht], 1);
    w.undo();
    assert_eq!(w.inputs().selection[buurtkracht], 0);
}

#[test]
fn switching_sets_is_undone_like_any_change() {
    let mut w = workspace();
    let index = w
        .sets()
        .iter()
        .position(|k| k.set.name == "Klankbordgroep toezicht en kwaliteit")
        .unwrap();
    w.switch_set(index);
    assert_eq!(w.current().name, "Klankbordgroep toezicht en kwaliteit");
    assert_eq!(w.current_set_index(), Some(index));
    assert!(!w.is_dirty());
    w.undo();
    assert_eq!(w.current().name, "Berenschot (rapport)");
    assert_eq!(*w.inputs(), Inputs::report_defaults(w.data()));
}

#[test]
fn a_saved_set_reopens_with_the_same_numbers_and_absolute_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = workspace();
    let schaal = criterion(&w, "schaal");
    w.apply(vec![weight(schaal, dec!(2.5))], 0.0);
    assert!(w.is_dirty());
    let path = dir.path().join("mijn-set.ron");
    w.save_set_to(&path).unwrap();
    assert!(!w.is_dirty());
    assert!(w.current().path.as_ref().unwrap().is_absolute());
    assert_eq!(w.recent().len(), 1);

    let mut colleague = workspace();
    let reply = colleague.open_set_file(&path);
    assert!(reply.problems.is_none(), "{reply:?}");
    assert_eq!(colleague.inputs(), w.inputs());
    assert!(!colleague.is_dirty());
    // Decimals stay as typed in the file.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("2.5"), "{text}");
}

#[test]
fn a_broken_set_file_changes_nothing_and_names_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapot.ron");
    std::fs::write(
        &path,
        "(\n  format: 1,\n  name: \"kapot\",\n  weights: [(\"toezicht\", -2)],\n)",
    )
    .unwrap();
    let mut w = workspace();
    let before = w.inputs().clone();
    let reply = w.open_set_file(&path);
    let problems = reply.problems.expect("problems");
    assert_eq!(problems.title, "Set niet geopend");
    assert!(problems.errors[0].to_string().contains("kapot.ron:4:26:"));
    assert!(reply.notice.unwrap().is_error);
    assert_eq!(*w.inputs(), before);
}

#[test]
fn the_session_brings_back_unsaved_work_and_a_broken_one_says_why() {
    let mut w = workspace();
    let index = w
        .sets()
        .iter()
        .position(|k| k.set.name.starts_with("Klankbordgroep"))
        .unwrap();
    w.switch_set(index);
    let toezicht = criterion(&w, "toezicht");
    w.apply(vec![weight(toezicht, dec!(4))], 0.0);
    let text = to_text(&w.session());

    let mut restored = workspace();
    assert_eq!(restored.restore_session(&text), None);
    assert_eq!(restored.inputs(), w.inputs());
    assert_eq!(
        restored.current().name,
        "Klankbordgroep toezicht en kwaliteit"
    );
    assert!(restored.is_dirty(), "unsaved changes stay unsaved");

    let mut clean = workspace();
    let notice = clean.restore_session("(version: 1)").expect("a notice");
    assert!(notice.text.starts_with("De vorige sessie is niet hersteld"));
    assert_eq!(*clean.inputs(), Inputs::report_defaults(clean.data()));
}

#[test]
fn the_session_file_is_written_at_most_once_a_second_and_on_exit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("opslag").join("sessie.ron");
    let mut w = workspace();
    assert_eq!(w.keep_session_in(SessionFile::new(file.clone())), None);
    let toezicht = criterion(&w, "toezicht");
    w.apply(vec![weight(toezicht, dec!(7))], 0.0);
    assert_eq!(w.persist_session(0.0, false), (true, None));
    let written = std::fs::read_to_string(&file).unwrap();
    w.apply(vec![weight(toezicht, dec!(8))], 0.5);
    // Within the second: postponed.
    assert_eq!(w.persist_session(0.5, false), (false, None));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    // On exit: written whatever the time.
    w.persist_session(0.6, true);
    let mut next = workspace();
    assert_eq!(next.keep_session_in(SessionFile::new(file)), None);
    assert_eq!(next.inputs().criteria[toezicht].weight, dec!(8));
}

#[test]
fn the_comparison_follows_the_current_inputs() {
    let mut w = workspace();
    w.toggle_compare();
    let (sides, comparison) = w.comparison().expect("open");
    assert_eq!(
        (sides.a, sides.b),
        (CompareSide::Set(0), CompareSide::Current)
    );
    assert!(
        comparison
            .differences
            .contains(&"Rangorde van de scenario's: gelijk in beide sets".to_owned())
    );
    // All weight on tempo puts scenario 1 first (criteria.ron: Sterk).
    let tempo = criterion(&w, "tempo");
    let changes = (0..w.data().criteria.len())
        .map(|c| weight(c, if c == tempo { dec!(1) } else { dec!(0) }))
        .collect();
    w.apply(changes, 0.0);
    let (_, comparison) = w.comparison().unwrap();
    assert!(
        comparison
            .differences
            .iter()
            .any(|d| d.starts_with("Eerste plaats: Scenario 1 – Expertisecentrum in Huidige")),
        "{:?}",
        comparison.differences
    );
    w.toggle_compare();
    assert!(w.comparison().is_none());
}

#[test]
fn robustness_is_computed_on_request_for_the_current_inputs() {
    let mut w = workspace();
    let schaal = criterion(&w, "schaal");
    w.apply(vec![weight(schaal, dec!(3))], 0.0);
    let inputs = w.inputs().clone();
    let expected = robustness(w.data(), &inputs, &RobustnessOptions::from_inputs(&inputs));
    assert_eq!(*w.robustness(), expected);
}

#[test]
fn a_broken_data_folder_keeps_the_data_and_another_region_replaces_it() {
    let mut w = workspace();
    let missing = std::path::Path::new("tests/fixtures/bestaat-niet");
    let reply = w.load_folder(missing);
    assert!(reply.problems.is_some());
    assert!(
        reply
            .notice
            .unwrap()
            .text
            .contains("de huidige gegevens blijven staan")
    );
    assert_eq!(w.data().name, "Berenschot 2025 (rapport 76271)");

    let reply = w.load_folder(std::path::Path::new("tests/fixtures/other_region"));
    assert!(reply.problems.is_none());
    assert_eq!(w.data().scenarios.len(), 3);
    assert!(w.data_origin().starts_with("map "));
    assert!(!w.can_undo(), "a new data set starts a new history");
}

#[test]
fn switching_sets_never_drops_unsaved_edits() {
    let mut w = workspace();
    let toezicht = criterion(&w, "toezicht");
    w.apply(vec![weight(toezicht, dec!(4))], 0.0);
    let edited = w.inputs().clone();
    let kbg = w
        .sets()
        .iter()
        .position(|k| k.set.name.starts_with("Klankbordgroep"))
        .unwrap();
    w.switch_set(kbg);
    assert_eq!(w.current().name, "Klankbordgroep toezicht en kwaliteit");
    // The edits wait in the list as a working copy.
    let copy = w
        .sets()
        .iter()
        .position(|k| k.label() == "Berenschot (rapport) (niet opgeslagen)")
        .expect("a working copy");
    w.switch_set(copy);
    assert_eq!(*w.inputs(), edited);
    assert_eq!(w.current().name, "Berenschot (rapport)");
    assert!(w.is_dirty(), "still not saved");
    assert!(
        !w.sets().iter().any(|k| k.working.is_some()),
        "back in place, the copy leaves the list"
    );
    // Presentation mode steps through the list the same way: leaving again
    // keeps them again, and the session keeps working copies.
    w.switch_set(kbg);
    let text = to_text(&w.session());
    let mut next = workspace();
    next.restore_session(&text);
    let copy = next
        .sets()
        .iter()
        .position(|k| k.working.is_some())
        .expect("the working copy survives a restart");
    next.switch_set(copy);
    assert_eq!(*next.inputs(), edited);
    assert!(next.is_dirty());
}

#[test]
fn saving_changed_numbers_of_anothers_set_says_whose_it_is_now() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = workspace();
    let toezicht = criterion(&w, "toezicht");
    w.apply(vec![weight(toezicht, dec!(2))], 0.0);
    // A built-in set with changed numbers: the name is asked first.
    assert!(w.needs_user_to_save());
    w.set_user("Jan de Vries");
    assert!(!w.needs_user_to_save());
    let path = dir.path().join("eigen.ron");
    w.save_set_to(&path).unwrap();
    let current = w.current();
    assert_eq!(current.name, "Berenschot (rapport) (aangepast)");
    assert_eq!(current.author, "Jan de Vries");
    assert!(
        current.note.starts_with(
            "Gebaseerd op 'Berenschot (rapport)' (Berenschot, rapport 76271, 22 december 2025); gewijzigd: Gewicht Onafhankelijk toezicht 2 (33 %) (was 1 (20 %))."
        ),
        "{}",
        current.note
    );
    assert!(
        current
            .note
            .contains("Oorspronkelijke notitie: De aannames van het rapport")
    );
    // Saving again is saving one's own set: nothing is renamed.
    w.apply(vec![weight(toezicht, dec!(3))], 5.0);
    assert!(!w.saving_changes_anothers_set());
    w.save_set_to(&path).unwrap();
    assert_eq!(w.current().name, "Berenschot (rapport) (aangepast)");
    // The user's name is remembered in the session.
    let mut next = workspace();
    next.restore_session(&to_text(&w.session()));
    assert_eq!(next.user(), Some("Jan de Vries"));
}

#[test]
fn a_renamed_set_keeps_its_new_name_when_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = workspace();
    w.set_user("Jan");
    let schaal = criterion(&w, "schaal");
    w.apply(vec![weight(schaal, dec!(2))], 0.0);
    w.apply(
        vec![Change::SetInfo {
            name: "Mijn keuze".into(),
            author: w.current().author.clone(),
            note: w.current().note.clone(),
        }],
        1.0,
    );
    w.save_set_to(&dir.path().join("mijn.ron")).unwrap();
    assert_eq!(w.current().name, "Mijn keuze");
    assert_eq!(w.current().author, "Jan");
    assert!(
        w.current()
            .note
            .starts_with("Gebaseerd op 'Berenschot (rapport)'")
    );
}

/// "Set opslaan als…" with a new name and one's own name, numbers
/// untouched (found walking the release window: the note said "gewijzigd:
/// ." because the rename's own log entry counted as a change).
#[test]
fn saving_anothers_set_under_a_new_name_without_changing_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = workspace();
    let note = w.current().note.clone();
    w.apply(
        vec![Change::SetInfo {
            name: "Overleg 5 december".into(),
            author: "Jan de Vries".into(),
            note: note.clone(),
        }],
        0.0,
    );
    assert_eq!(w.inputs().log.len(), 1, "the rename is in the log");
    assert!(!w.saving_changes_anothers_set());
    assert!(!w.needs_user_to_save());
    w.save_set_to(&dir.path().join("overleg.ron")).unwrap();
    let current = w.current();
    assert_eq!(current.name, "Overleg 5 december");
    assert_eq!(current.author, "Jan de Vries");
    assert_eq!(current.note, note, "no 'gewijzigd' without a change");
}

/// Outputs take robustness from the workspace's snapshot: after a change
/// the snapshot holds the analysis of the new inputs, not the old one.
#[test]
fn the_snapshot_follows_the_current_inputs() {
    let mut w = workspace();
    let before = w.snapshot();
    let toezicht = criterion(&w, "toezicht");
    assert!(w.apply(vec![weight(toezicht, dec!(5))], 0.0));
    let after = w.snapshot();
    let fresh = robustness(
        w.data(),
        w.inputs(),
        &RobustnessOptions::from_inputs(w.inputs()),
    );
    assert_eq!(*after.robustness(), fresh);
    assert_ne!(after.robustness(), before.robustness());
    assert_eq!(*after.inputs, *w.inputs());
    assert!(
        after.group_for_outputs().is_none(),
        "no profiles, no participants block"
    );
    // Without a change, the same snapshot: its analyses are computed once.
    assert!(std::sync::Arc::ptr_eq(&after, &w.snapshot()));
}
