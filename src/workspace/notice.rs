//! What the workspace tells the user: a one-line notice, and the located
//! problems of a file or folder that could not be used.

use crate::model::errors::DataError;

/// A message: what happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: true,
        }
    }
}

/// The located problems of a file or folder that was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    pub title: String,
    pub errors: Vec<DataError>,
}

/// The answer of an operation: a notice, and the problems if it failed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reply {
    pub notice: Option<Notice>,
    pub problems: Option<Problems>,
}

impl Reply {
    pub fn notice(notice: Notice) -> Self {
        Self {
            notice: Some(notice),
            problems: None,
        }
    }

    /// "Set niet geopend: 2 problemen; er is niets veranderd." with the list.
    pub fn refused(title: &str, errors: Vec<DataError>) -> Self {
        Self {
            notice: Some(Notice::error(format!(
                "{title}: {}; er is niets veranderd.",
                crate::format::problems(errors.len())
            ))),
            problems: Some(Problems {
                title: title.to_owned(),
                errors,
            }),
        }
    }
}
