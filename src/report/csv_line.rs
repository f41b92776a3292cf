//! One line of a CSV file for Dutch Excel: fields separated by ';',
//! quoted when needed, and safe against formula injection.

/// Whether `text` is a number as this module writes it (`-0,12`, `12`):
/// such a field stays a number in Excel.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (integer, fraction) = digits.split_once(',').unwrap_or((digits, "0"));
    !integer.is_empty()
        && !fraction.is_empty()
        && integer.chars().all(|c| c.is_ascii_digit())
        && fraction.chars().all(|c| c.is_ascii_digit())
}

/// One CSV field: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading apostrophe so that Excel shows it instead of
/// running it (OWASP CSV injection), unless it is one of our numbers; quoted
/// when it holds a separator, quote or line break.
pub fn field(text: &str) -> String {
    let dangerous = text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(text);
    let text = if dangerous {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub fn csv_line(fields: &[String]) -> String {
    let mut s = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    s.push_str("\r\n");
    s
}
