//! `--looptijd` and `--budget`: the horizon the cost per scenario counts
//! over and a budget for the region over it. The set carries the rest
//! (components, ranges, distribution); these are what a user types on the
//! spot. Every number goes through `numbers`.

use crate::format::whole_ascii;
use crate::model::Inputs;
use crate::model::costs::{Amount, Horizon};
use crate::numbers::{self, BUDGET_EUR, HORIZON_START, HORIZON_YEARS};

/// "2026:5" (from 2026, five years) or "2026-2030" (both years counted).
pub fn horizon(text: &str) -> Result<Horizon, String> {
    let how = format!(
        "--looptijd '{text}': gebruik BEGINJAAR:JAREN, bv. 2026:5 (vanaf 2026, 5 jaar), of BEGINJAAR-EINDJAAR, bv. 2026-2030"
    );
    let t = text.trim();
    let (start, years) = if let Some((a, b)) = t.split_once(':') {
        (a.trim(), Some(b.trim()))
    } else if let Some((a, b)) = t.split_once(['-', '–']) {
        let start = year(a.trim(), text)?;
        let end = year(b.trim(), text)?;
        if end < start {
            return Err(format!(
                "--looptijd '{text}': het eindjaar {end} ligt vóór het beginjaar {start}"
            ));
        }
        return check_years(text, start, u64::from(end - start) + 1);
    } else {
        return Err(how);
    };
    let start = year(start, text)?;
    let years = years.filter(|y| !y.is_empty()).ok_or(how)?;
    let count = numbers::read_typed_whole(years, &HORIZON_YEARS)
        .map_err(|refusal| format!("--looptijd '{text}': {refusal}"))?;
    check_years(text, start, count)
}

fn check_years(text: &str, start: u16, years: u64) -> Result<Horizon, String> {
    let value = rust_decimal::Decimal::from(years);
    numbers::check_whole(value, &HORIZON_YEARS)
        .map_err(|refusal| format!("--looptijd '{text}': {refusal}"))?;
    Ok(Horizon {
        start,
        years: u16::try_from(years).unwrap_or(u16::MAX),
    })
}

/// A year within the horizon's bounds, written as a year (2026).
fn year(text: &str, whole: &str) -> Result<u16, String> {
    let bounds = format!(
        "{} tussen {} en {}",
        HORIZON_START.noun,
        whole_ascii(HORIZON_START.min),
        whole_ascii(HORIZON_START.max)
    );
    let value: u16 = text
        .parse()
        .map_err(|_| format!("--looptijd '{whole}': '{text}' is geen jaar; geef een {bounds}"))?;
    let d = rust_decimal::Decimal::from(value);
    if d < HORIZON_START.min || d > HORIZON_START.max {
        return Err(format!(
            "--looptijd '{whole}': {value} ligt niet tussen {} en {}; geef een {bounds}",
            whole_ascii(HORIZON_START.min),
            whole_ascii(HORIZON_START.max)
        ));
    }
    Ok(value)
}

/// Applies `--looptijd` and `--budget` to `inputs`; refused when the set
/// counts no component of the cost profile (there is nothing to count over
/// a horizon).
pub fn apply(
    horizon_arg: Option<&str>,
    budget_arg: Option<&str>,
    inputs: &mut Inputs,
) -> Result<(), String> {
    let counts = !inputs.costs.components.is_empty() || inputs.costs.transition.is_some();
    for (option, given) in [("--looptijd", horizon_arg), ("--budget", budget_arg)] {
        if given.is_some() && !counts {
            return Err(format!(
                "{option}: de set rekent geen kosten per scenario (geen kostenonderdelen in euro's: 'components' of 'transition' onder 'costs'); zie docs/handleiding.md, 'Wat kost elk scenario?'"
            ));
        }
    }
    if let Some(text) = horizon_arg {
        inputs.costs.horizon = Some(horizon(text)?);
    }
    if let Some(text) = budget_arg {
        let eur = numbers::read_typed(text, &BUDGET_EUR)
            .map_err(|refusal| format!("--budget '{text}': {refusal}"))?;
        inputs.costs.budget = Some(Amount {
            eur,
            source: "opdrachtregel".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_horizon_is_read_as_start_and_years_or_as_two_years() {
        assert_eq!(
            horizon("2026:5"),
            Ok(Horizon {
                start: 2026,
                years: 5
            })
        );
        assert_eq!(horizon("2026-2030"), horizon("2026:5"));
        assert_eq!(horizon("2026–2030"), horizon("2026:5"));
        assert!(
            horizon("2026:0")
                .unwrap_err()
                .contains("looptijd 0 jaar ligt niet tussen 1 en 30 jaar")
        );
        assert!(
            horizon("2026:31")
                .unwrap_err()
                .contains("ligt niet tussen 1 en 30")
        );
        assert!(
            horizon("2030-2026")
                .unwrap_err()
                .contains("vóór het beginjaar")
        );
        assert!(
            horizon("1900:5")
                .unwrap_err()
                .contains("tussen 2000 en 2100")
        );
        assert!(horizon("vijf").unwrap_err().contains("BEGINJAAR:JAREN"));
    }
}
