//! Writing Dutch numbers and money: `21,28 fte`, `€ 68 mln`, `12 %`.
//! Reading them is `numbers.rs`.

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

/// "1 probleem", "3 problemen".
pub fn problems(count: usize) -> String {
    match count {
        1 => "1 probleem".to_owned(),
        n => format!("{n} problemen"),
    }
}

/// Fte with two decimals: `21,28 fte`.
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

/// A whole number for a CSV field: no grouping, ASCII minus (`1831900`,
/// `-5`), so every spreadsheet reads it as a number.
pub fn whole_ascii(value: Decimal) -> String {
    value
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string()
}

/// Euros, whole, with Dutch thousands separators: `€ 659.990`.
pub fn euro(value: Decimal) -> String {
    format!("€ {}", number(value, 0))
}

/// A difference in whole euros with its sign: `+€ 41.210`, `−€ 5.000`.
pub fn euro_difference(value: Decimal) -> String {
    let sign = if value < Decimal::ZERO { "−" } else { "+" };
    format!("{sign}{}", euro(value.abs()))
}

/// A share as percentage: `20 %`, `12,5 %`.
pub fn percent(fraction: Decimal) -> String {
    format!("{} %", number_trimmed(fraction * Decimal::ONE_HUNDRED, 1))
}

/// A percentage rounded to whole percent, for compact labels: `33 %`.
pub fn percent_whole(fraction: Decimal) -> String {
    format!("{} %", number(fraction * Decimal::ONE_HUNDRED, 0))
}

/// Shares (fractions adding up to 1) as whole percentages, each rounded
/// on its own, half away from zero — the one rule for every share shown
/// (weights, profiles, the combined profile; a spreadsheet's "0 %" format
/// shows the same): equal shares look equal. Seven equal weights are 14 %
/// each, not 15/15/14/14/14/14/14; when the percents shown do not add up to
/// 100, [`shares_rounding_note`] says so.
pub fn percents_whole(shares: &[Decimal]) -> Vec<String> {
    shares.iter().map(|s| percent_whole(*s)).collect()
}

/// The whole percents [`percents_whole`] shows, as numbers.
pub fn percent_values(shares: &[Decimal]) -> Vec<Decimal> {
    shares
        .iter()
        .map(|s| {
            (*s * Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        })
        .collect()
}

/// "afgerond; samen 98 %" when the whole percents of `shares` do not add up
/// to 100 (each is rounded on its own); `None` when they do, or when there
/// are no shares.
pub fn shares_rounding_note(shares: &[Decimal]) -> Option<String> {
    let sum: Decimal = percent_values(shares).iter().copied().sum();
    (!shares.is_empty() && !sum.is_zero() && sum != Decimal::ONE_HUNDRED)
        .then(|| format!("afgerond; samen {} %", number(sum, 0)))
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

/// `text` with its first letter a capital ("gemeenten" → "Gemeenten").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "a, b en c"
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

/// "a, b of c"
pub fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} of {last}", init.join(", ")),
    }
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
    fn equal_shares_look_equal_and_a_sum_off_100_is_said() {
        // Weights 3, 2,5, 2, 1, 1 of 9,5: 31,58 · 26,32 · 21,05 · 10,53 ·
        // 10,53 %; each rounded on its own: 32 · 26 · 21 · 11 · 11 = 101.
        let total = dec!(9.5);
        let shares: Vec<Decimal> = [dec!(3), dec!(2.5), dec!(2), dec!(1), dec!(1)]
            .iter()
            .map(|w| *w / total)
            .collect();
        assert_eq!(
            percents_whole(&shares),
            ["32 %", "26 %", "21 %", "11 %", "11 %"]
        );
        assert_eq!(
            shares_rounding_note(&shares).as_deref(),
            Some("afgerond; samen 101 %")
        );
        // Seven equal weights (Midden-Limburg): 14,29 % each, 98 in all.
        let seven = vec![Decimal::ONE / dec!(7); 7];
        assert_eq!(percents_whole(&seven), ["14 %"; 7]);
        assert_eq!(
            shares_rounding_note(&seven).as_deref(),
            Some("afgerond; samen 98 %")
        );
        assert_eq!(percents_whole(&[dec!(0.2); 5]), ["20 %"; 5]);
        assert_eq!(shares_rounding_note(&[dec!(0.2); 5]), None);
        // Half a percent goes up, as a spreadsheet's "0 %" shows it.
        assert_eq!(percents_whole(&[dec!(0.125)]), ["13 %"]);
    }

    #[test]
    fn rounded_terms_add_up() {
        let terms = [dec!(0.215), dec!(0.1075), dec!(0.1175), dec!(0.0375)];
        let rounded = round_to_sum(&terms, dec!(0.4775), 2);
        assert_eq!(rounded.iter().copied().sum::<Decimal>(), dec!(0.48));
    }
}
