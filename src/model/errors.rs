//! Problems in input files, located and worded in Dutch:
//! `scenarios/staffing.ron:12:5: onbekend segment 'x'`.

use std::fmt;

use super::located::Pos;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub at: Option<Pos>,
    pub message: String,
}

impl DataError {
    pub fn new(file: impl Into<String>, at: Option<Pos>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            at,
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(at) => write!(f, "{}:{}:{}: {}", self.file, at.line, at.col, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Turns a RON parse error in `text` into a located Dutch message.
pub fn from_ron_error(file: &str, text: &str, error: &ron::error::SpannedError) -> DataError {
    let at = super::located::take_last_error_position().unwrap_or_else(|| {
        past_whitespace(
            text,
            Pos {
                line: error.span.start.line,
                col: error.span.start.col,
            },
        )
    });
    DataError::new(file, Some(at), dutch_ron_message(&error.code))
}

/// RON points just after the previous token (`name:| 12`); the user looks
/// for the offending one, so move over spaces and line breaks to it.
fn past_whitespace(text: &str, at: Pos) -> Pos {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(at.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut pos = at;
    let rest = text[line_start..].chars().skip(at.col.saturating_sub(1));
    for c in rest {
        match c {
            '\n' => {
                pos.line += 1;
                pos.col = 1;
            }
            c if c.is_whitespace() => pos.col += 1,
            _ => return pos,
        }
    }
    at
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn within(outer: &Option<String>) -> String {
    outer
        .as_ref()
        .map(|o| format!(" in '{o}'"))
        .unwrap_or_default()
}

/// Dutch wording of RON's error codes.
pub fn dutch_ron_message(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Message(m) => dutch_serde_message(m),
        E::Eof => "onverwacht einde van het bestand (ontbreekt er een haakje?)".into(),
        E::ExpectedArray => "een lijst '[ … ]' verwacht".into(),
        E::ExpectedArrayEnd => "']' of een komma verwacht".into(),
        E::ExpectedComma => "komma verwacht".into(),
        E::ExpectedBoolean => "true of false verwacht".into(),
        E::ExpectedFloat => "een getal verwacht".into(),
        E::ExpectedInteger => "een geheel getal verwacht".into(),
        E::ExpectedOption => "Some( … ) of None verwacht".into(),
        E::ExpectedOptionEnd => "')' verwacht na Some( …".into(),
        E::ExpectedMap => "'{ … }' verwacht".into(),
        E::ExpectedMapColon => "':' verwacht".into(),
        E::ExpectedMapEnd => "'}' of een komma verwacht".into(),
        E::ExpectedStructLike => "'(' verwacht".into(),
        E::ExpectedNamedStructLike(name) => format!("'{name}( … )' of '( … )' verwacht"),
        E::ExpectedStructLikeEnd => "')' of een komma verwacht".into(),
        E::ExpectedUnit => "'()' verwacht".into(),
        E::ExpectedString => "tekst tussen aanhalingstekens verwacht".into(),
        E::ExpectedStringEnd => "afsluitend aanhalingsteken ontbreekt".into(),
        E::ExpectedIdentifier => "een veldnaam verwacht".into(),
        E::ExpectedChar => "een teken tussen enkele aanhalingstekens verwacht".into(),
        E::InvalidEscape(what) => format!("ongeldige escape in tekst ({what})"),
        E::IntegerOutOfBounds => "getal buiten het toegestane bereik".into(),
        E::InvalidIntegerDigit { digit, .. } => format!("ongeldig cijfer '{digit}' in getal"),
        E::UnclosedBlockComment => "commentaar '/* … */' is niet afgesloten".into(),
        E::UnclosedLineComment => {
            "commentaar aan het eind van het bestand is niet afgesloten".into()
        }
        E::UnexpectedChar(c) => format!("onverwacht teken '{c}'"),
        E::Utf8Error(_) => "het bestand is geen geldige UTF-8-tekst".into(),
        E::TrailingCharacters => "tekst na het einde van de gegevens".into(),
        E::InvalidValueForType { expected, found } => {
            format!("verkeerd type: verwacht {expected}, gevonden {found}")
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!("verkeerd aantal elementen: verwacht {expected}, gevonden {found}")
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!("onbekende waarde '{found}'; toegestaan: {}", list(expected)),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "onbekend veld '{found}'{}; toegestaan: {}",
            within(outer),
            list(expected)
        ),
        E::MissingStructField { field, outer } => {
            format!("veld '{field}' ontbreekt{}", within(outer))
        }
        E::DuplicateStructField { field, outer } => {
            format!("veld '{field}' staat er twee keer{}", within(outer))
        }
        E::ExceededRecursionLimit => "te diep geneste gegevens".into(),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("verwacht '{expected}', gevonden '{found}'")
        }
        other => format!("ongeldige invoer ({other})"),
    }
}

/// Serde's own messages (from derived code) in Dutch; ours pass unchanged.
fn dutch_serde_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return format!("verkeerd type: verwacht {expected}, gevonden {found}");
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return format!("verkeerd aantal elementen: {rest}");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return format!("ongeldige waarde: {rest}");
    }
    message.to_owned()
}

/// Parses one RON text with located values; a syntax or type error comes
/// back located and in Dutch.
pub fn parse_ron<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, DataError> {
    // `implicit_some`: an optional table is written as the table itself.
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    super::located::with_source(text, |t| options.from_str::<T>(t))
        .map_err(|e| from_ron_error(name, text, &e))
}
