//! The fields of the cost inputs: an amount in euros (shown the Dutch way,
//! `100.000`) and the source or reason beside it.

use rust_decimal::Decimal;

use super::number_field::number_field_ui;
use crate::numbers::Quantity;

/// An amount as a field shows it: `100.000`, `95.500,50`.
pub fn euro_text(value: Decimal) -> String {
    if value.fract().is_zero() {
        crate::format::number(value, 0)
    } else {
        crate::format::number(value, 2)
    }
}

/// A field for an amount in euros; `Some(value)` when one was committed.
pub fn amount_field_ui(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<Decimal>,
    quantity: &Quantity,
    name: &str,
    refusals: &mut Vec<String>,
) -> Option<Decimal> {
    let answer = number_field_ui(
        ui,
        id_salt,
        &current.map(euro_text).unwrap_or_default(),
        quantity,
        90.0,
        name,
        |typed, refusal| format!("{name} '{typed}': {refusal}"),
    );
    refusals.extend(answer.refusal);
    answer.committed
}

/// A field for the source or reason of a value.
pub fn source_field_ui(ui: &mut egui::Ui, source: &mut String, name: &str, width: f32) {
    // Narrower when the row is short of room, leaving some for the
    // button after it ("wissen").
    let width = width.min(ui.available_width() - 100.0).max(80.0);
    ui.add(
        egui::TextEdit::singleline(source)
            .hint_text("bron of reden")
            .desired_width(width),
    )
    .accessible_name(format!("Bron van {name}"));
}
