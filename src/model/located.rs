//! Values that remember where they were written: exact decimals and ids read
//! from RON, each with the line and column it came from, so that a problem
//! found after parsing (a negative volume, an unknown id) can still be
//! reported as `file:line:column`.
//!
//! RON numbers are read through `ron::value::RawValue`, i.e. as the exact
//! source text, so `3.22` in a file is exactly `3.22` here (never an `f64`).

use std::cell::RefCell;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A 1-based line and column (columns count characters, like RON's errors).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

struct SourceText {
    base: usize,
    len: usize,
    line_starts: Vec<usize>,
    text: String,
}

thread_local! {
    static SOURCE: RefCell<Option<SourceText>> = const { RefCell::new(None) };
    static LAST_ERROR_AT: RefCell<Option<Pos>> = const { RefCell::new(None) };
}

/// Runs `parse` with `text` registered as the current source, so that located
/// values deserialized from (sub-slices of) `text` learn their position.
pub fn with_source<T>(text: &str, parse: impl FnOnce(&str) -> T) -> T {
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    SOURCE.with(|s| {
        *s.borrow_mut() = Some(SourceText {
            base: text.as_ptr() as usize,
            len: text.len(),
            line_starts,
            text: text.to_owned(),
        })
    });
    LAST_ERROR_AT.with(|p| *p.borrow_mut() = None);
    let result = parse(text);
    SOURCE.with(|s| *s.borrow_mut() = None);
    result
}

/// Position of `slice` if it lies inside the registered source text.
fn locate(slice: &str) -> Option<Pos> {
    SOURCE.with(|s| {
        let s = s.borrow();
        let src = s.as_ref()?;
        let ptr = slice.as_ptr() as usize;
        if ptr < src.base || ptr > src.base + src.len {
            return None;
        }
        let offset = ptr - src.base;
        let line_index = src.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = src.line_starts[line_index];
        let col = src.text.get(line_start..offset)?.chars().count() + 1;
        Some(Pos {
            line: line_index + 1,
            col,
        })
    })
}

/// The position recorded by the last located value that failed to parse.
/// RON reports such custom errors at the end of the value; the loader prefers
/// this exact start position.
pub fn take_last_error_position() -> Option<Pos> {
    LAST_ERROR_AT.with(|p| p.borrow_mut().take())
}

fn remember_error_position(at: Option<Pos>) {
    LAST_ERROR_AT.with(|p| *p.borrow_mut() = at);
}

/// An exact decimal number from a data file, with its position.
/// Equality and ordering ignore the position.
#[derive(Clone, Copy, Debug, Default)]
pub struct Dec {
    pub value: Decimal,
    pub at: Option<Pos>,
}

impl Dec {
    pub fn new(value: Decimal) -> Self {
        Self { value, at: None }
    }
}

impl From<Decimal> for Dec {
    fn from(value: Decimal) -> Self {
        Self::new(value)
    }
}

impl PartialEq for Dec {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl Eq for Dec {}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

/// Parses the text of a RON number literal exactly.
pub fn parse_ron_number(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() || t.starts_with('"') {
        return None;
    }
    let cleaned: String = t.chars().filter(|&c| c != '_').collect();
    let cleaned = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    if cleaned.contains(['e', 'E']) {
        Decimal::from_scientific(cleaned).ok()
    } else {
        Decimal::from_str_exact(cleaned)
            .ok()
            .or_else(|| Decimal::from_str(cleaned).ok())
    }
}

/// Whether `text` is a RON number literal (that a decimal may not hold).
fn looks_numeric(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '_' | 'e' | 'E' | '-' | '+'))
}

/// The refusal of a value that is not a number, or too large for one.
fn not_a_number<E: serde::de::Error>(text: &str, at: Option<Pos>) -> E {
    remember_error_position(at);
    if looks_numeric(text) {
        E::custom(format!(
            "het getal {} is te groot: een getal heeft hoogstens 28 cijfers",
            shorten(text.trim())
        ))
    } else {
        E::custom(format!(
            "verwacht een getal, gevonden: {}",
            shorten(text.trim())
        ))
    }
}

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <&'de ron::value::RawValue>::deserialize(deserializer)?;
        let text = raw.get_ron();
        let at = locate(text);
        match parse_ron_number(text) {
            Some(value) => Ok(Dec { value, at }),
            None => Err(not_a_number(text, at)),
        }
    }
}

/// An amount of a set's cost inputs: like [`Dec`], but a number with more
/// digits than a decimal holds is kept as `huge` (its text, `value` zero),
/// so that the reader refuses it by the amount's bounds ("bedrag … ligt
/// niet tussen 0 en 1.000.000.000 euro") instead of as no number at all.
#[derive(Clone, Debug, Default)]
pub struct BigDec {
    pub value: Decimal,
    pub at: Option<Pos>,
    pub huge: Option<String>,
}

impl BigDec {
    pub fn new(value: Decimal) -> Self {
        Self {
            value,
            at: None,
            huge: None,
        }
    }
}

impl<'de> Deserialize<'de> for BigDec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <&'de ron::value::RawValue>::deserialize(deserializer)?;
        let text = raw.get_ron();
        let at = locate(text);
        match parse_ron_number(text) {
            Some(value) => Ok(BigDec {
                value,
                at,
                huge: None,
            }),
            None if looks_numeric(text) => Ok(BigDec {
                value: Decimal::ZERO,
                at,
                huge: Some(text.trim().to_owned()),
            }),
            None => Err(not_a_number(text, at)),
        }
    }
}

impl Serialize for BigDec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Dec::new(self.value).serialize(serializer)
    }
}

impl Serialize for Dec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // As written: 19.60 stays 19.60 (the value is exact either way; the
        // file should still say what the user typed).
        let text = self.value.to_string();
        let raw = ron::value::RawValue::from_boxed_ron(text.into_boxed_str())
            .map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

/// A string from a data file with its position: an id (a reference between
/// data items) or a verbatim table cell.
#[derive(Clone, Debug, Default)]
pub struct LocStr {
    pub text: String,
    pub at: Option<Pos>,
}

/// An identifier referenced between data items.
pub type Id = LocStr;
/// A table cell as published, verbatim.
pub type Verbatim = LocStr;

impl LocStr {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            at: None,
        }
    }
}

impl PartialEq for LocStr {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}
impl Eq for LocStr {}

impl fmt::Display for LocStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text.fmt(f)
    }
}

impl<'de> Deserialize<'de> for LocStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <&'de ron::value::RawValue>::deserialize(deserializer)?;
        let text = raw.get_ron();
        let at = locate(text);
        match raw.into_rust::<String>() {
            Ok(text) => Ok(LocStr { text, at }),
            Err(_) => {
                remember_error_position(at);
                Err(serde::de::Error::custom(format!(
                    "verwacht tekst tussen aanhalingstekens, gevonden: {}",
                    shorten(text.trim())
                )))
            }
        }
    }
}

impl Serialize for LocStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.text.serialize(serializer)
    }
}

fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[derive(Debug, Deserialize, Serialize)]
    struct Holder {
        a: Dec,
        b: Vec<Dec>,
        id: Id,
    }

    #[test]
    fn decimal_is_exact_and_located() {
        let text = "(\n  a: 3.22,\n  b: [0.1, 17, -2],\n  id: \"x\",\n)";
        let h: Holder = with_source(text, |t| ron::from_str(t)).unwrap();
        assert_eq!(h.a.value, dec!(3.22));
        assert_eq!(h.a.value.to_string(), "3.22");
        assert_eq!(h.a.at, Some(Pos { line: 2, col: 6 }));
        assert_eq!(h.b[0].value, dec!(0.1));
        assert_eq!(h.b[2].value, dec!(-2));
        assert_eq!(h.b[1].at, Some(Pos { line: 3, col: 12 }));
        assert_eq!(h.id.text, "x");
        assert_eq!(h.id.at, Some(Pos { line: 4, col: 7 }));
    }

    #[test]
    fn text_where_a_number_belongs_is_refused_with_its_position() {
        let text = "(\n  a: \"veel\",\n  b: [],\n  id: \"x\",\n)";
        let err = with_source(text, |t| ron::from_str::<Holder>(t)).unwrap_err();
        assert!(err.to_string().contains("verwacht een getal"), "{err}");
    }

    #[test]
    fn round_trip_keeps_decimals_exact() {
        let h = Holder {
            a: Dec::new(dec!(3.22)),
            b: vec![Dec::new(dec!(0.30)), Dec::new(dec!(1e-3))],
            id: Id::new("x"),
        };
        let text = ron::to_string(&h).unwrap();
        assert!(text.contains("3.22"), "{text}");
        let back: Holder = ron::from_str(&text).unwrap();
        assert_eq!(back.a.value, dec!(3.22));
        assert_eq!(back.b[1].value, dec!(0.001));
    }
}
