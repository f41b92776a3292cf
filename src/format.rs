//! Dutch numbers and money: `21,28 fte`, `€ 68 mln`, `12 %`; and reading
//! them back from published cells and from what a user types.

use rust_decimal::{Decimal, RoundingStrategy};

/// The minus sign shown to people (U+2212 reads better on a projector than a
/// hyphen). CSV uses the ASCII hyphen so that Excel reads the number.
pub const MINUS: char = '−';

/// `value` with `decimals` decimals, decimal comma and thousands dots:
/// `1.234,50`. Rounds half away from zero, as in the report's tables.
pub fn number(value: Decimal, decimals: u32) -> String {
    number_with_minus(value, decimals, MINUS)
}

/// Like [`number`] with an ASCII minus, for CSV.
pub fn number_ascii(value: Decimal, decimals: u32) -> String {
    number_with_minus(value, decimals, '-')
}

fn number_with_minus(value: Decimal, decimals: u32, minus: char) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    // Not `format!("{:.2}", …)`: rust_decimal panics when the padded text
    // exceeds 32 characters (a published cell of 28 digits did that).
    // After rounding the value has at most `decimals` decimals: pad them.
    let text = rounded.abs().to_string();
    let (integer, digits) = text.split_once('.').unwrap_or((&text, ""));
    let integer = integer.to_owned();
    let fraction = (decimals > 0).then(|| format!("{digits:0<width$}", width = decimals as usize));
    let mut grouped = String::new();
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    let mut out = String::new();
    if negative {
        out.push(minus);
    }
    out.push_str(&grouped);
    if let Some(fraction) = fraction {
        out.push(',');
        out.push_str(&fraction);
    }
    out
}

/// `value` with at most `max_decimals` decimals, trailing zeros dropped:
/// `3,4`, `51`, `0,0459`.
pub fn number_trimmed(value: Decimal, max_decimals: u32) -> String {
    let rounded = value
        .round_dp_with_strategy(max_decimals, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    number(rounded, rounded.scale())
}

/// Fte with two decimals: `21,28 fte`.
/// "1 probleem", "3 problemen".
pub fn problems(count: usize) -> String {
    match count {
        1 => "1 probleem".to_owned(),
        n => format!("{n} problemen"),
    }
}

pub fn fte(value: Decimal) -> String {
    format!("{} fte", number(value, 2))
}

/// A signed difference in fte: `+0,11 fte`, `−2,38 fte`, `0,00 fte`.
pub fn fte_difference(value: Decimal) -> String {
    let text = number(value, 2);
    if value.round_dp(2) > Decimal::ZERO {
        format!("+{text} fte")
    } else {
        format!("{text} fte")
    }
}

/// Money in EUR million: `€ 68 mln`, `€ 3,4 mln`.
pub fn money_mln(value: Decimal) -> String {
    format!("€ {} mln", number_trimmed(value, 2))
}

/// A share as percentage: `20 %`, `12,5 %`.
pub fn percent(fraction: Decimal) -> String {
    format!("{} %", number_trimmed(fraction * Decimal::ONE_HUNDRED, 1))
}

/// A percentage rounded to whole percent, for compact labels: `33 %`.
pub fn percent_whole(fraction: Decimal) -> String {
    format!("{} %", number(fraction * Decimal::ONE_HUNDRED, 0))
}

/// All numbers written in a published Dutch cell, in order:
/// "€ 54 miljoen (waarvan € 3 miljoen voor Assen)" gives 54 and 3,
/// "3,22 2,44 minus Assen" gives 3,22 and 2,44, "8,78 - 9,56" gives 8,78 and
/// 9,56 (a dash between numbers is a range, not a sign).
pub fn numbers_in(text: &str) -> Vec<Decimal> {
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
            if let Ok(value) = digits.parse::<Decimal>() {
                numbers.push(value);
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

/// Reads a number a user typed: `12,5`, `12.5`, `1.234,5`, `€ 12 mln`.
/// A comma is the decimal separator; without a comma a single dot is one too.
pub fn parse_user_number(input: &str) -> Option<Decimal> {
    let cleaned: String = input
        .trim()
        .trim_start_matches('€')
        .trim_end_matches("mln")
        .trim_end_matches('%')
        .trim_end_matches("fte")
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == MINUS { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let normalized = if cleaned.contains(',') {
        cleaned.replace('.', "").replace(',', ".")
    } else {
        cleaned
    };
    let valid = normalized
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (c == '-' && i == 0))
        && normalized.matches('.').count() <= 1
        && normalized.chars().any(|c| c.is_ascii_digit());
    if !valid {
        return None;
    }
    normalized.parse::<Decimal>().ok()
}

/// Rounds `terms` to `decimals` so that the rounded terms add up to `total`
/// rounded (largest remainder), so a derivation on screen adds up.
pub fn round_to_sum(terms: &[Decimal], total: Decimal, decimals: u32) -> Vec<Decimal> {
    let unit = Decimal::new(1, decimals);
    let target = total.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let mut rounded: Vec<Decimal> = terms
        .iter()
        .map(|t| t.round_dp_with_strategy(decimals, RoundingStrategy::ToZero))
        .collect();
    let mut order: Vec<usize> = (0..terms.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = (terms[a] - rounded[a]).abs();
        let rb = (terms[b] - rounded[b]).abs();
        rb.cmp(&ra)
    });
    let mut missing = target - rounded.iter().copied().sum::<Decimal>();
    let mut k = 0;
    let steps = terms.len() * 2;
    while !missing.is_zero() && k < steps && !terms.is_empty() {
        let i = order[k % terms.len()];
        if missing > Decimal::ZERO {
            rounded[i] += unit;
            missing -= unit;
        } else {
            rounded[i] -= unit;
            missing += unit;
        }
        k += 1;
    }
    rounded
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn problem_counts() {
        assert_eq!(problems(1), "1 probleem");
        assert_eq!(problems(2), "2 problemen");
        assert_eq!(problems(0), "0 problemen");
    }

    #[test]
    fn dutch_numbers() {
        assert_eq!(fte(dec!(21.28)), "21,28 fte");
        assert_eq!(fte(dec!(0.4775)), "0,48 fte");
        assert_eq!(number(dec!(1234.5), 2), "1.234,50");
        assert_eq!(number(dec!(-0.115), 2), "−0,12");
        assert_eq!(number(dec!(-0.001), 2), "0,00");
        assert_eq!(money_mln(dec!(68)), "€ 68 mln");
        assert_eq!(money_mln(dec!(3.4)), "€ 3,4 mln");
        assert_eq!(percent(dec!(0.2)), "20 %");
        assert_eq!(fte_difference(dec!(1.48)), "+1,48 fte");
        assert_eq!(fte_difference(dec!(-2.38)), "−2,38 fte");
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
        assert_eq!(numbers_in("1,1"), vec![dec!(1.1)]);
        assert_eq!(numbers_in(""), Vec::<Decimal>::new());
        assert_eq!(numbers_in("onbekend"), Vec::<Decimal>::new());
        assert_eq!(numbers_in("€ 1.250 miljoen"), vec![dec!(1250)]);
    }

    #[test]
    fn user_numbers() {
        assert_eq!(parse_user_number("12,5"), Some(dec!(12.5)));
        assert_eq!(parse_user_number("12.5"), Some(dec!(12.5)));
        assert_eq!(parse_user_number("1.234,5"), Some(dec!(1234.5)));
        assert_eq!(parse_user_number(" € 51 mln "), Some(dec!(51)));
        assert_eq!(parse_user_number("-3"), Some(dec!(-3)));
        assert_eq!(parse_user_number("abc"), None);
        assert_eq!(parse_user_number("1,2,3"), None);
        assert_eq!(parse_user_number(""), None);
        assert_eq!(parse_user_number("1e5"), None);
    }

    #[test]
    fn rounded_terms_add_up() {
        let terms = [dec!(0.215), dec!(0.1075), dec!(0.1175), dec!(0.0375)];
        let rounded = round_to_sum(&terms, dec!(0.4775), 2);
        assert_eq!(rounded.iter().copied().sum::<Decimal>(), dec!(0.48));
    }
}
