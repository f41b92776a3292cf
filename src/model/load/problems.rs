//! The problems found in one input file, each located, and the checks every
//! part of the loader shares: unique ids, references, years, bounded numbers.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::model::errors::DataError;
use crate::model::located::{Dec, Id, Pos};
use crate::numbers::{self, Quantity};

#[derive(Debug)]
pub struct Problems {
    file: String,
    errors: Vec<DataError>,
}

impl Problems {
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            errors: Vec::new(),
        }
    }

    pub fn err(&mut self, at: Option<Pos>, message: impl Into<String>) {
        self.errors
            .push(DataError::new(self.file.clone(), at, message));
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn into_errors(self) -> Vec<DataError> {
        self.errors
    }

    /// Checks that ids are non-empty and unique; returns them.
    pub fn unique_ids<'a>(&mut self, ids: impl Iterator<Item = &'a Id>, what: &str) -> Vec<String> {
        let mut seen: HashMap<String, Option<Pos>> = HashMap::new();
        let mut names = Vec::new();
        for id in ids {
            if id.text.trim().is_empty() {
                self.err(id.at, format!("lege id voor {what}"));
            } else if let Some(first) = seen.get(&id.text) {
                let earlier = first
                    .map(|p| format!(" (eerder op regel {})", p.line))
                    .unwrap_or_default();
                self.err(
                    id.at,
                    format!("dubbele id '{}' voor {what}{earlier}", id.text),
                );
            } else {
                seen.insert(id.text.clone(), id.at);
            }
            names.push(id.text.clone());
        }
        names
    }

    /// The index of `id` in `names`, or a located error listing the names.
    pub fn resolve(&mut self, id: &Id, names: &[String], what: &str) -> Option<usize> {
        let found = names.iter().position(|n| *n == id.text);
        if found.is_none() {
            let known = names
                .iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(", ");
            self.err(
                id.at,
                format!("onbekend {what} '{}'; bekend zijn: {known}", id.text),
            );
        }
        found
    }

    /// A year: a whole number, one of `years` if that is not empty.
    pub fn year(&mut self, value: &Dec, years: &[u16]) -> Option<u16> {
        let year = u16::try_from(value.value.trunc().mantissa())
            .ok()
            .filter(|_| {
                value.value.fract().is_zero()
                    && value.value.scale() == 0
                    && !value.value.is_sign_negative()
            });
        match year {
            Some(y) if years.is_empty() || years.contains(&y) => Some(y),
            _ => {
                let known = years
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                self.err(
                    value.at,
                    format!("onbekend jaar {}; de gegevens kennen: {known}", value.value),
                );
                None
            }
        }
    }

    /// A number within the bounds of `quantity`; `context` names what it
    /// belongs to ("segment 'x'"). A refused value is still returned, so
    /// checking can go on; the set of problems is then not empty.
    pub fn quantity(&mut self, value: &Dec, quantity: &Quantity, context: &str) -> Decimal {
        if let Err(refusal) = numbers::check(value.value, quantity) {
            self.err(value.at, format!("{context}: {refusal}"));
        }
        value.value
    }
}
