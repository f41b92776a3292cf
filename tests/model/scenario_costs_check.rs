//! An independent reader of the cost-per-scenario derivations, as a
//! controller checks them with a calculator: every clause recomputes from
//! the numbers it shows (`5 × € 100.000 = € 500.000`, `−(5 × € 50.000) =
//! −€ 250.000`, `31 % × € 550.000 = € 170.500`, `(laag € 550.000 + hoog
//! € 1.150.000) / 2 = € 850.000`), and the clauses with the rounding add up
//! to the total. Numbers are read with `derivation_parser.rs`'s Dutch
//! reader; nothing here shares code with the program.
#![allow(dead_code)]

use rust_decimal::{Decimal, RoundingStrategy};

use crate::derivation_parser::{amount, dutch};

fn half_up(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// The amount after the last euro sign of `text`.
fn last_amount(text: &str) -> Result<Decimal, String> {
    let i = text
        .rfind('€')
        .ok_or_else(|| format!("geen bedrag in '{text}'"))?;
    let sign = if text[..i].ends_with('−') || text[..i].ends_with('-') {
        -Decimal::ONE
    } else {
        Decimal::ONE
    };
    Ok(sign
        * amount(&text[i..])
            .ok_or_else(|| format!("geen bedrag in '{text}'"))?
            .0)
}

/// The value of a left-hand side.
fn left(lhs: &str) -> Result<Decimal, String> {
    if let Some(inner) = lhs.strip_suffix(") / 2") {
        let open = inner.rfind('(').ok_or_else(|| format!("'{lhs}'"))?;
        let (a, b) = inner[open + 1..]
            .split_once(" + ")
            .ok_or_else(|| format!("'{lhs}'"))?;
        return Ok((last_amount(a)? + last_amount(b)?) / Decimal::TWO);
    }
    if let Some(open) = lhs.rfind("−(") {
        let inner = lhs[open + "−(".len()..].trim_end_matches(')');
        return Ok(-product(inner)?);
    }
    product(lhs)
}

/// `N × € A` or `P % × € A`, the first factor read from the end of its
/// text.
fn product(text: &str) -> Result<Decimal, String> {
    let (a, b) = text
        .rsplit_once(" × ")
        .ok_or_else(|| format!("geen product in '{text}'"))?;
    let last = a.trim().rsplit(' ').next().unwrap_or("");
    let factor = if last == "%" {
        let number = a
            .trim()
            .trim_end_matches('%')
            .trim()
            .rsplit(' ')
            .next()
            .unwrap_or("");
        dutch(number).ok_or_else(|| format!("'{text}'"))? / Decimal::ONE_HUNDRED
    } else {
        dutch(last).ok_or_else(|| format!("geen getal voor '×' in '{text}'"))?
    };
    Ok(factor * last_amount(b)?)
}

/// Checks one derivation line: "head: clause; …; [afronding ±€ x;] samen
/// € T". Returns the total.
pub fn check_derivation(line: &str) -> Result<Decimal, String> {
    let (_, body) = line
        .split_once(": ")
        .ok_or_else(|| format!("geen ':' in '{line}'"))?;
    let mut sum = Decimal::ZERO;
    let mut total = None;
    for clause in body.split("; ") {
        if let Some(rest) = clause.strip_prefix("samen ") {
            total = Some(last_amount(rest)?);
        } else if let Some(rest) = clause.strip_prefix("afronding ") {
            let (value, _) = amount(rest).ok_or_else(|| format!("'{clause}'"))?;
            sum += value;
        } else if let Some((lhs, rhs)) = clause.rsplit_once(" = ") {
            let shown = last_amount(rhs)?;
            let decimals = amount(&rhs[rhs.find('€').unwrap_or(0)..]).map_or(0, |(_, d)| d);
            let computed = left(lhs)?;
            if half_up(computed, decimals) != shown {
                return Err(format!(
                    "'{clause}' in '{line}': {computed} is niet {shown}"
                ));
            }
            sum += shown;
        } else {
            sum += last_amount(clause)?;
        }
    }
    let total = total.ok_or_else(|| format!("geen 'samen' in '{line}'"))?;
    if sum != total {
        return Err(format!(
            "'{line}': de delen tellen op tot {sum}, getoond {total}"
        ));
    }
    Ok(total)
}

/// CSV fields, `"…"` quoting undone.
pub fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.trim_end_matches(['\r', '\n']).chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ';' if !quoted => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

#[test]
fn the_reader_catches_a_wrong_derivation() {
    assert_eq!(
        check_derivation(
            "S, laag: A (Laag, per jaar) 5 × € 100.000 = € 500.000; B (Laag, eenmalig) € 50.000; samen € 550.000"
        ),
        Ok(Decimal::from(550_000))
    );
    assert!(check_derivation("S, laag: A 5 × € 100.000 = € 500.001; samen € 500.001").is_err());
    assert!(check_derivation("S, laag: A € 1; B € 2; samen € 4").is_err());
    assert!(check_derivation("S, midden: (laag € 1 + hoog € 4) / 2 = € 2; samen € 2").is_err());
    assert!(check_derivation("A: 31 % × € 550.000 = € 170.500; samen € 170.500").is_ok());
    assert!(check_derivation("A: S (Hoog, besparing per jaar) −(5 × € 50.000) = −€ 250.000; B € 300.000; samen € 50.000").is_ok());
}
