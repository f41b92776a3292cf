//! An independent reader of the costs' derivation lines, as a controller
//! would check them with a calculator: it reads the Dutch numbers itself
//! (`€ 1.234,56`, `21,29 fte`, `31 %`, `31/52`), recomputes every product
//! and sum from the numbers printed, and says where a line does not add
//! up. It shares no code with the program's formatting.
#![allow(dead_code)]

use rust_decimal::{Decimal, RoundingStrategy};

/// A Dutch number as printed: `1.234.567,89`, `−0,34`, `21,29`, `0`.
pub fn dutch(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let (negative, t) = match t.strip_prefix(['−', '-']) {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let plain = t.replace('.', "").replace(',', ".");
    let value: Decimal = plain.parse().ok()?;
    Some(if negative { -value } else { value })
}

/// Decimals a printed number shows (`530.348,16` has 2, `€ 659.990` 0).
fn shown_decimals(text: &str) -> u32 {
    text.trim().split_once(',').map_or(0, |(_, f)| {
        f.chars().take_while(char::is_ascii_digit).count() as u32
    })
}

fn half_up(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount `€ 1.234,56` (with an optional sign before the euro sign).
pub fn amount(text: &str) -> Option<(Decimal, u32)> {
    let t = text.trim();
    let (sign, rest) = match t.strip_prefix(['−', '-']) {
        Some(r) => (-Decimal::ONE, r),
        None => (Decimal::ONE, t.strip_prefix('+').unwrap_or(t)),
    };
    let number = rest.trim().strip_prefix('€')?.trim();
    Some((sign * dutch(number)?, shown_decimals(number)))
}

/// The value of one factor, read from its end: `… 21,29 fte`, `€ 80.357`,
/// `31 %`, `31/52`.
fn factor(text: &str) -> Result<Decimal, String> {
    let t = text.trim();
    if let Some(p) = t.strip_suffix('%') {
        let number = p.trim().rsplit(' ').next().unwrap_or("");
        return dutch(number)
            .map(|v| v / Decimal::ONE_HUNDRED)
            .ok_or_else(|| format!("geen percentage in '{t}'"));
    }
    if let Some(f) = t.strip_suffix("fte") {
        let number = f.trim().rsplit(' ').next().unwrap_or("");
        return dutch(number).ok_or_else(|| format!("geen fte in '{t}'"));
    }
    if let Some(i) = t.rfind('€') {
        return dutch(&t[i + '€'.len_utf8()..]).ok_or_else(|| format!("geen bedrag in '{t}'"));
    }
    let last = t.rsplit(' ').next().unwrap_or("");
    if let Some((a, b)) = last.split_once('/') {
        let (a, b) = (dutch(a).ok_or("teller")?, dutch(b).ok_or("noemer")?);
        return Ok(a / b);
    }
    Err(format!("geen getal in '{t}'"))
}

/// `a × b × c` (products separated by " × "), possibly summed with " + ".
fn expression(text: &str) -> Result<Decimal, String> {
    text.split(" + ")
        .map(|product| {
            product
                .split(" × ")
                .map(factor)
                .try_fold(Decimal::ONE, |acc, f| Ok::<_, String>(acc * f?))
        })
        .sum()
}

/// One clause, checked: `… × … = € X` recomputes to X at X's decimals (or
/// a bare `… € X`); returns the amount shown.
pub fn clause(text: &str) -> Result<Decimal, String> {
    match text.rsplit_once(" = ") {
        Some((lhs, rhs)) => {
            let (shown, decimals) =
                amount(rhs).ok_or_else(|| format!("geen bedrag na '=' in '{text}'"))?;
            let computed = expression(lhs)?;
            if half_up(computed, decimals) != shown {
                return Err(format!(
                    "'{text}': {lhs} = {computed}, afgerond {}, getoond {shown}",
                    half_up(computed, decimals)
                ));
            }
            Ok(shown)
        }
        None => {
            let i = text
                .rfind('€')
                .ok_or_else(|| format!("geen bedrag in '{text}'"))?;
            Ok(amount(&text[i..])
                .ok_or_else(|| format!("geen bedrag in '{text}'"))?
                .0)
        }
    }
}

/// A participant's derivation line: "Naam jaar: clause; clause; afronding
/// ±€ x; samen € T" or one clause "Naam jaar: … = € T". Every clause
/// recomputes and the clauses add up to the total; returns (head, total),
/// `None` for the total when it is "onbekend".
pub fn derivation(line: &str) -> Result<(String, Option<Decimal>), String> {
    let (head, body) = line
        .split_once(": ")
        .ok_or_else(|| format!("geen ':' in '{line}'"))?;
    let clauses: Vec<&str> = body.split("; ").collect();
    if clauses.last().is_some_and(|c| c.trim() == "samen onbekend") {
        return Ok((head.to_owned(), None));
    }
    if clauses.len() == 1 {
        return Ok((head.to_owned(), Some(clause(clauses[0])?)));
    }
    let mut sum = Decimal::ZERO;
    let mut total = None;
    for c in &clauses {
        if let Some(rest) = c.strip_prefix("samen ") {
            total = Some(amount(rest).ok_or_else(|| format!("'{c}'"))?.0);
        } else if let Some(rest) = c.strip_prefix("afronding ") {
            sum += amount(rest).ok_or_else(|| format!("'{c}'"))?.0;
        } else {
            sum += clause(c)?;
        }
    }
    let total = total.ok_or_else(|| format!("geen 'samen' in '{line}'"))?;
    if sum != total {
        return Err(format!(
            "'{line}': de delen tellen op tot {sum}, getoond {total}"
        ));
    }
    Ok((head.to_owned(), Some(total)))
}

/// A line of independent clauses ("2025: Management 0,89 fte × € 80.357 =
/// € 71.517,73; …"): each recomputes.
pub fn clauses_line(line: &str) -> Result<usize, String> {
    let body = line.split_once(": ").map_or(line, |(_, b)| b);
    let mut n = 0;
    for c in body.split("; ") {
        if c.contains(" = ") {
            clause(c)?;
            n += 1;
        }
    }
    Ok(n)
}

/// A year's total in one line: "2025: personeel € 1.710.801 (exact
/// € 1.710.800,53); overige kosten € 101 (exact € 100,57); afronding −€ 1;
/// samen € 1.710.901". Each shown part is its exact value rounded half up
/// to whole euros, and the parts add up to the total; returns the total.
pub fn total_line(line: &str) -> Result<Option<Decimal>, String> {
    let body = line.split_once(": ").map_or(line, |(_, b)| b);
    let mut sum = Decimal::ZERO;
    for c in body.split("; ") {
        if let Some(rest) = c.strip_prefix("samen ") {
            if rest.trim() == "onbekend" {
                return Ok(None);
            }
            let total = amount(rest).ok_or_else(|| format!("'{c}'"))?.0;
            if total != sum {
                return Err(format!(
                    "'{line}': de delen tellen op tot {sum}, getoond {total}"
                ));
            }
            return Ok(Some(total));
        }
        if let Some(rest) = c.strip_prefix("afronding ") {
            sum += amount(rest).ok_or_else(|| format!("'{c}'"))?.0;
            continue;
        }
        let (shown, exact) = c
            .split_once(" (exact ")
            .ok_or_else(|| format!("geen '(exact' in '{c}'"))?;
        let i = shown.find('€').ok_or_else(|| format!("'{c}'"))?;
        let (shown, decimals) = amount(&shown[i..]).ok_or_else(|| format!("'{c}'"))?;
        let exact = amount(exact.trim_end_matches(')'))
            .ok_or_else(|| format!("'{c}'"))?
            .0;
        if half_up(exact, decimals) != shown {
            return Err(format!("'{c}': {exact} afgerond is niet {shown}"));
        }
        sum += shown;
    }
    Err(format!("geen 'samen' in '{line}'"))
}

/// A year's rounding: "2025: exact € 1.710.901,10, afgerond € 1.710.901;
/// naar beneden samen …": the total is the exact amount rounded half up;
/// returns it.
pub fn rounding_line(line: &str) -> Result<Decimal, String> {
    let exact_part = line
        .split(", afgerond ")
        .next()
        .and_then(|p| p.rsplit_once("exact "))
        .map(|(_, e)| e)
        .ok_or_else(|| format!("geen 'exact' in '{line}'"))?;
    let exact = amount(exact_part).ok_or_else(|| format!("'{line}'"))?.0;
    let rounded_part = line
        .split(", afgerond ")
        .nth(1)
        .and_then(|p| p.split(';').next())
        .ok_or_else(|| format!("geen 'afgerond' in '{line}'"))?;
    let rounded = amount(rounded_part).ok_or_else(|| format!("'{line}'"))?.0;
    if half_up(exact, 0) != rounded {
        return Err(format!("'{line}': {exact} afgerond is niet {rounded}"));
    }
    Ok(rounded)
}

#[test]
fn the_reader_reads_dutch_and_catches_what_does_not_add_up() {
    use rust_decimal_macros::dec;
    assert_eq!(dutch("1.710.901,10"), Some(dec!(1710901.10)));
    assert_eq!(dutch("−0,34"), Some(dec!(-0.34)));
    assert_eq!(
        derivation("Assen 2025: 21,29 fte × € 100.000 × 31 % = € 659.990"),
        Ok(("Assen 2025".to_owned(), Some(dec!(659990))))
    );
    // The lines: a wage with cents printed without them, and a
    // derivation that adds up to another amount than it shows.
    assert!(derivation("Aa en Hunze 2025: 21,29 fte × € 95.501 × 17 % = € 345.645").is_err());
    assert!(
        derivation("Assen 2025: 21,29 fte × € 80.357 × 31 % + overige kosten € 32 = € 530.381")
            .is_err()
    );
    assert!(derivation("X 2025: a € 10 × 50 % = € 5; afronding +€ 0,50; samen € 6").is_err());
    assert_eq!(
        derivation("X 2025: a € 10 × 31/52 = € 5,96; afronding +€ 0,04; samen € 6"),
        Ok(("X 2025".to_owned(), Some(dec!(6))))
    );
}
