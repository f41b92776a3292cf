//! Parsing the command line with every message in Dutch: help and version
//! come from our own templates, and every parse error is worded here from
//! clap's error kind and context, never with clap's English.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::args::Cli;
use super::run::CommandOutput;

fn text(value: Option<&ContextValue>) -> String {
    match value {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The suggestions of a parse error, one by one.
fn suggestions(value: Option<&ContextValue>) -> Vec<String> {
    match value {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// The commands by their Dutch names (their English aliases are hidden).
fn dutch_commands() -> Vec<String> {
    super::args::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect()
}

/// Every option by its Dutch name ("--gewichten"), of every command.
fn dutch_options() -> Vec<String> {
    let command = super::args::command();
    std::iter::once(&command)
        .chain(command.get_subcommands())
        .flat_map(|c| c.get_arguments())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect()
}

/// A parse error in Dutch: what was wrong and what is allowed.
pub fn dutch_error(error: &clap::Error) -> String {
    let arg = text(error.get(ContextKind::InvalidArg));
    let value = text(error.get(ContextKind::InvalidValue));
    let valid = text(error.get(ContextKind::ValidValue));
    match error.kind() {
        ErrorKind::UnknownArgument => {
            let options = dutch_options();
            let suggested = suggestions(error.get(ContextKind::SuggestedArg))
                .into_iter()
                .find(|s| options.contains(s));
            match suggested {
                Some(s) => format!("onbekende optie '{arg}'; bedoelt u '{s}'?"),
                None => format!("onbekende optie '{arg}'"),
            }
        }
        ErrorKind::InvalidSubcommand => {
            let sub = text(error.get(ContextKind::InvalidSubcommand));
            // Only the Dutch names are suggested, never an English alias.
            let commands = dutch_commands();
            let suggested = suggestions(error.get(ContextKind::SuggestedSubcommand))
                .into_iter()
                .find(|s| commands.contains(s));
            match suggested {
                Some(s) => format!("onbekende opdracht '{sub}'; bedoelt u '{s}'?"),
                None => format!(
                    "onbekende opdracht '{sub}'; bekend zijn: {}",
                    commands.join(", ")
                ),
            }
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            if valid.is_empty() {
                format!("'{arg}' heeft een waarde nodig")
            } else {
                format!("'{arg}' heeft een waarde nodig; kies uit: {valid}")
            }
        }
        ErrorKind::InvalidValue => {
            format!("ongeldige waarde '{value}' voor '{arg}'; kies uit: {valid}")
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(|s| s.to_string())
                .unwrap_or_default();
            format!("ongeldige waarde '{value}' voor '{arg}': {reason}")
        }
        ErrorKind::MissingRequiredArgument => format!("verplichte optie ontbreekt: {arg}"),
        ErrorKind::MissingSubcommand => format!(
            "geef een opdracht op: {}",
            crate::format::join_or(&dutch_commands())
        ),
        ErrorKind::ArgumentConflict => format!(
            "'{arg}' kan niet samen met '{}'",
            text(error.get(ContextKind::PriorArg))
        ),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("verkeerd aantal waarden voor '{arg}'")
        }
        ErrorKind::NoEquals => format!("'{arg}' verwacht een waarde met '='"),
        ErrorKind::InvalidUtf8 => "een argument bevat tekens die geen geldige UTF-8 zijn".into(),
        _ => "de opdrachtregel is niet te lezen".into(),
    }
}

/// The parsed command line, or what to print (help, version, a Dutch error)
/// and the exit code.
pub fn parse_arguments<I, T>(args: I) -> Result<Cli, CommandOutput>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::FromArgMatches;
    super::args::command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|error| match error.kind() {
            ErrorKind::DisplayVersion => CommandOutput {
                stdout: crate::about::version_text(),
                stderr: String::new(),
                code: 0,
            },
            ErrorKind::DisplayHelp => CommandOutput {
                stdout: error.render().to_string(),
                stderr: String::new(),
                code: 0,
            },
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => CommandOutput {
                stdout: String::new(),
                stderr: error.render().to_string(),
                code: 2,
            },
            _ => CommandOutput {
                stdout: String::new(),
                stderr: format!(
                    "Fout: {}.\nTyp 'nmd-scenarios --help' voor hulp.\n",
                    dutch_error(&error)
                ),
                code: 2,
            },
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn help_has_no_english() {
        let mut command = crate::cli::command();
        command.build();
        let mut texts = vec![
            command.render_help().to_string(),
            command.render_long_help().to_string(),
        ];
        for sub in command.get_subcommands_mut() {
            texts.push(sub.render_help().to_string());
            texts.push(sub.render_long_help().to_string());
        }
        for text in texts {
            for english in [
                "Usage",
                "Options",
                "Arguments",
                "Commands",
                "Print",
                "possible values",
                "Possible values",
                "[OPTIONS]",
                "default:",
                "<COMMAND>",
                "error:",
            ] {
                assert!(!text.contains(english), "English '{english}' in:\n{text}");
            }
        }
    }
}
