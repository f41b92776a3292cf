//! Reading numbers, one way for every place a number comes in: what a user
//! types in the window or on the command line (Dutch: `12,5`, `1.250,5`,
//! `€ 12 mln`), values from data and set files (already exact decimals), and
//! the numbers inside published table cells (`"7,65 tot 8,43"`).
//!
//! Every kind of number is a [`Quantity`] with its bounds, its precision and
//! its Dutch name; [`read_typed`] and [`check`] apply them the same way
//! everywhere and word the refusal. A typed value is never rounded: a value
//! with more decimals than the quantity allows is refused, so the same typed
//! text is stored identically whether it came from the GUI, the CLI or a file.
//!
//! `quantities.rs` names every kind of number; this file reads and checks.

use rust_decimal::Decimal;

use crate::format::{MINUS, number_trimmed};

mod quantities;

pub use quantities::*;

/// Why a number was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The text is not a number.
    NotANumber {
        text: String,
    },
    /// "1.000": a thousands dot or a decimal point? Refused rather than
    /// guessed.
    Ambiguous {
        text: String,
    },
    TooManyDecimals {
        value: Decimal,
        quantity: Quantity,
    },
    OutOfRange {
        value: Decimal,
        quantity: Quantity,
    },
    /// A number with more digits than a decimal holds (over 28): `text` as
    /// typed, or a description; `quantity` when known, to name its bounds.
    TooLarge {
        text: String,
        quantity: Option<Quantity>,
    },
}

impl Refusal {
    /// The reason in Dutch, without the field's name: "gewicht −2 ligt niet
    /// tussen 0 en 1.000.000; een gewicht kan niet negatief zijn".
    pub fn message(&self) -> String {
        match self {
            Refusal::NotANumber { text } => {
                format!("'{}' is geen getal (typ bijvoorbeeld 12,5)", short(text))
            }
            Refusal::Ambiguous { text } => format!(
                "'{text}' is dubbelzinnig: schrijf {} voor duizendtallen of {} voor een decimaal getal",
                text.replace('.', ""),
                text.replace('.', ",")
            ),
            Refusal::TooManyDecimals { value, quantity } => {
                let value = value_text(*value, quantity);
                match quantity.max_decimals {
                    0 => format!("{} {value} is geen heel getal", quantity.noun),
                    1 => format!("{} {value} heeft meer dan 1 decimaal", quantity.noun),
                    n => format!("{} {value} heeft meer dan {n} decimalen", quantity.noun),
                }
            }
            Refusal::OutOfRange { value, quantity } => {
                let mut text = format!(
                    "{} {} ligt niet tussen {} en {}",
                    quantity.noun,
                    value_text(*value, quantity),
                    number_trimmed(quantity.min, 28),
                    value_text(quantity.max, quantity)
                );
                if *value < Decimal::ZERO && quantity.min.is_zero() {
                    // "een loonkosten per fte" reads wrong: amounts are a
                    // "bedrag".
                    let noun = if quantity.unit.trim() == "euro" {
                        "bedrag"
                    } else {
                        quantity.noun
                    };
                    text.push_str(&format!("; een {noun} kan niet negatief zijn"));
                } else if *value > quantity.max {
                    text.push_str(": onwaarschijnlijk groot");
                }
                text
            }
            Refusal::TooLarge {
                text,
                quantity: Some(quantity),
            } => format!(
                "{} {} ligt niet tussen {} en {}: onwaarschijnlijk groot",
                quantity.noun,
                short(text),
                number_trimmed(quantity.min, 28),
                value_text(quantity.max, quantity)
            ),
            Refusal::TooLarge {
                text,
                quantity: None,
            } => format!(
                "{} is te groot: een getal heeft hier hoogstens 28 cijfers",
                short(text)
            ),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

fn value_text(value: Decimal, quantity: &Quantity) -> String {
    format!("{}{}", number_trimmed(value, 28), quantity.unit)
}

fn short(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Checks an exact value against the quantity's bounds and precision.
/// Returns the value unchanged (as written: `19.60` stays `19.60`).
pub fn check(value: Decimal, quantity: &Quantity) -> Result<Decimal, Refusal> {
    if value < quantity.min || value > quantity.max {
        return Err(Refusal::OutOfRange {
            value,
            quantity: *quantity,
        });
    }
    if value.normalize().scale() > quantity.max_decimals {
        return Err(Refusal::TooManyDecimals {
            value,
            quantity: *quantity,
        });
    }
    Ok(value)
}

/// Reads a number a person typed and checks it against `quantity`. One
/// dot before exactly three digits (`100.000`) is ambiguous in general, but
/// not for an amount in euros or a number of inhabitants (no such amount has
/// three decimals): there it groups thousands, as a Dutch reader means it.
pub fn read_typed(text: &str, quantity: &Quantity) -> Result<Decimal, Refusal> {
    let groups_thousands =
        matches!(quantity.unit.trim(), "euro" | "inwoners") && quantity.max_decimals < 3;
    let parsed = match parse_typed(text) {
        Err(Refusal::Ambiguous { .. }) if groups_thousands => parse_typed(&text.replace('.', "")),
        parsed => parsed,
    };
    match parsed {
        Err(Refusal::TooLarge { text, .. }) => Err(Refusal::TooLarge {
            text,
            quantity: Some(*quantity),
        }),
        parsed => check(parsed?, quantity),
    }
}

/// A whole number typed by a person (a count, a seed), as `u64`.
pub fn read_typed_whole(text: &str, quantity: &Quantity) -> Result<u64, Refusal> {
    let value = read_typed(text, quantity)?;
    u64::try_from(value.normalize().mantissa()).map_err(|_| Refusal::OutOfRange {
        value,
        quantity: *quantity,
    })
}

/// An exact value from a file that must be whole, as `u64`.
pub fn check_whole(value: Decimal, quantity: &Quantity) -> Result<u64, Refusal> {
    let value = check(value, quantity)?;
    let normal = value.normalize();
    if normal.scale() > 0 {
        return Err(Refusal::TooManyDecimals {
            value,
            quantity: *quantity,
        });
    }
    u64::try_from(normal.mantissa()).map_err(|_| Refusal::OutOfRange {
        value,
        quantity: *quantity,
    })
}

/// Parses typed Dutch text: a comma is the decimal separator, dots group
/// thousands (`1.234,5`); without a comma a single dot is a decimal point
/// (`12.5`), except that one dot followed by exactly three digits (`1.000`)
/// is refused as ambiguous. A euro sign, the units mln, fte and %, spaces
/// and the minus sign U+2212 are accepted.
pub fn parse_typed(input: &str) -> Result<Decimal, Refusal> {
    let not_a_number = || Refusal::NotANumber {
        text: input.trim().to_owned(),
    };
    let trimmed = input
        .trim()
        .trim_start_matches('€')
        .trim_end_matches("mln")
        .trim_end_matches('%')
        .trim_end_matches("fte");
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == MINUS { '-' } else { c })
        .collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(not_a_number());
    }
    let plain = match digits.split_once(',') {
        Some((integer, fraction)) => {
            if fraction.contains([',', '.']) || fraction.is_empty() {
                return Err(not_a_number());
            }
            format!(
                "{}.{fraction}",
                ungrouped(integer).ok_or_else(not_a_number)?
            )
        }
        None => match digits.matches('.').count() {
            0 => digits.to_owned(),
            1 => {
                let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
                let thousands_like = fraction.len() == 3
                    && (1..=3).contains(&integer.len())
                    && !integer.starts_with('0');
                if thousands_like {
                    return Err(Refusal::Ambiguous {
                        text: input.trim().to_owned(),
                    });
                }
                if integer.is_empty() || fraction.is_empty() {
                    return Err(not_a_number());
                }
                digits.to_owned()
            }
            _ => ungrouped(digits).ok_or_else(not_a_number)?,
        },
    };
    let value: Decimal = plain.parse().map_err(|_| {
        // Only digits and one point, yet no decimal: more than 28 digits.
        if plain.chars().filter(|c| *c == '.').count() <= 1 {
            Refusal::TooLarge {
                text: input.trim().to_owned(),
                quantity: None,
            }
        } else {
            not_a_number()
        }
    })?;
    Ok(if negative { -value } else { value })
}

/// `1.234.567` → `1234567`, `95500` → `95500`; `None` when the dots do
/// not group thousands.
fn ungrouped(text: &str) -> Option<String> {
    let groups: Vec<&str> = text.split('.').collect();
    if groups.len() == 1 {
        return (!text.is_empty()).then(|| text.to_owned());
    }
    let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    (first_ok && rest_ok).then(|| groups.concat())
}

/// All numbers written in a published Dutch cell, in order:
/// "€ 54 miljoen (waarvan € 3 miljoen voor Assen)" gives 54 and 3,
/// "3,22 2,44 minus Assen" gives 3,22 and 2,44, "8,78 - 9,56" gives 8,78 and
/// 9,56 (a dash between numbers is a range, not a sign).
pub fn numbers_in(text: &str) -> Vec<Decimal> {
    numbers_with_decimals_in(text)
        .into_iter()
        .map(|(v, _)| v)
        .collect()
}

/// Like [`numbers_in`], with the number of decimals each was written with
/// ("1,1" has 1, "0,57" has 2, "4" has 0): the precision of a published cell.
pub fn numbers_with_decimals_in(text: &str) -> Vec<(Decimal, u32)> {
    let chars: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut digits = String::new();
            while i < chars.len() {
                let c = chars[i];
                let next_is_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                if c.is_ascii_digit() {
                    digits.push(c);
                } else if c == ',' && next_is_digit && !digits.contains('.') {
                    digits.push('.');
                } else if c == '.' && groups_thousands(&chars, i) && !digits.contains('.') {
                    // A dot followed by exactly three digits groups thousands.
                } else {
                    break;
                }
                i += 1;
            }
            let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len() as u32);
            if let Ok(value) = digits.parse::<Decimal>() {
                numbers.push((value, decimals));
            }
        } else {
            i += 1;
        }
    }
    numbers
}

fn groups_thousands(chars: &[char], dot: usize) -> bool {
    (1..=3).all(|k| chars.get(dot + k).is_some_and(|c| c.is_ascii_digit()))
        && !chars.get(dot + 4).is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn typed_numbers_the_dutch_way() {
        assert_eq!(parse_typed("12,5"), Ok(dec!(12.5)));
        assert_eq!(parse_typed("12.5"), Ok(dec!(12.5)));
        assert_eq!(parse_typed("1.234,5"), Ok(dec!(1234.5)));
        assert_eq!(parse_typed("1.234.567"), Ok(dec!(1234567)));
        assert_eq!(parse_typed(" € 51 mln "), Ok(dec!(51)));
        assert_eq!(parse_typed("−3"), Ok(dec!(-3)));
        assert_eq!(parse_typed("0.500"), Ok(dec!(0.500)));
        assert_eq!(
            parse_typed("19,60").map(|v| v.to_string()),
            Ok("19.60".into())
        );
    }

    #[test]
    fn a_thousands_dot_alone_is_refused_never_read_as_one() {
        let refused = parse_typed("1.000").unwrap_err();
        assert!(matches!(refused, Refusal::Ambiguous { .. }));
        let message = refused.message();
        assert!(
            message.contains("1000") && message.contains("1,000"),
            "{message}"
        );
    }

    #[test]
    fn a_thousands_dot_in_euros_groups_thousands() {
        assert_eq!(read_typed("100.000", &WAGE_EUR), Ok(dec!(100000)));
        assert_eq!(read_typed("€ 95.500", &WAGE_EUR), Ok(dec!(95500)));
        assert_eq!(read_typed("100.000,50", &WAGE_EUR), Ok(dec!(100000.50)));
        // Elsewhere it stays ambiguous.
        assert!(matches!(
            read_typed("1.000", &WEIGHT),
            Err(Refusal::Ambiguous { .. })
        ));
    }

    #[test]
    fn nonsense_is_not_a_number() {
        for text in [
            "abc", "", "1,2,3", "1e5", "NaN", "inf", "12,", ",5", "1.23.4", "--1",
        ] {
            assert!(
                matches!(parse_typed(text), Err(Refusal::NotANumber { .. })),
                "{text:?}"
            );
        }
    }

    #[test]
    fn bounds_and_decimals_are_the_quantitys() {
        assert_eq!(read_typed("2,5", &WEIGHT), Ok(dec!(2.5)));
        let negative = read_typed("-2", &WEIGHT).unwrap_err().message();
        assert_eq!(
            negative,
            "gewicht −2 ligt niet tussen 0 en 1.000.000; een gewicht kan niet negatief zijn"
        );
        let large = read_typed("20000", &VOLUME_MLN).unwrap_err().message();
        assert_eq!(
            large,
            "volume 20.000 mln ligt niet tussen 0 en 10.000 mln: onwaarschijnlijk groot"
        );
        let decimals = read_typed("1,23456", &ROLE_FTE).unwrap_err().message();
        assert_eq!(decimals, "fte 1,23456 heeft meer dan 4 decimalen");
        assert_eq!(read_typed_whole("3", &PEOPLE), Ok(3));
        assert!(read_typed_whole("2,5", &PEOPLE).is_err());
        assert!(read_typed_whole("0", &DRAWS).is_err());
        assert_eq!(
            read_typed_whole("18446744073709551615", &SEED),
            Ok(u64::MAX)
        );
    }

    #[test]
    fn numbers_in_published_cells() {
        assert_eq!(numbers_in("€ 125 miljoen"), vec![dec!(125)]);
        assert_eq!(
            numbers_in("€ 54 miljoen (waarvan € 3 miljoen voor Assen)"),
            vec![dec!(54), dec!(3)]
        );
        assert_eq!(
            numbers_in("3,22 2,44 minus Assen"),
            vec![dec!(3.22), dec!(2.44)]
        );
        assert_eq!(numbers_in("8,78 - 9,56"), vec![dec!(8.78), dec!(9.56)]);
        assert_eq!(numbers_in("7,65 tot 8,43"), vec![dec!(7.65), dec!(8.43)]);
        assert_eq!(numbers_in(""), Vec::<Decimal>::new());
        assert_eq!(numbers_in("onbekend"), Vec::<Decimal>::new());
        assert_eq!(numbers_in("€ 1.250 miljoen"), vec![dec!(1250)]);
        assert_eq!(
            numbers_with_decimals_in("1,1 en 0,57 en 4"),
            vec![(dec!(1.1), 1), (dec!(0.57), 2), (dec!(4), 0)]
        );
    }
}
