//! Plausibility of the ranges: allowed, but said where a range is so wide
//! that its middle means little. A warning, never a refusal.

use rust_decimal::Decimal;

use crate::format::euro;

/// A range whose high is more than this many times its low is wider than
/// its middle: the bounds lie more than half the middle away from it, so
/// "the middle" stands for almost any amount in the range.
pub const WIDE_RANGE_FACTOR: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// The warning for a range `low`–`high`, if it is that wide: "de
/// bandbreedte € 0 – € 900.000 is breder dan haar midden (€ 450.000): …".
pub fn wide_range(low: Decimal, high: Decimal) -> Option<String> {
    if high <= Decimal::ZERO || high <= low * WIDE_RANGE_FACTOR {
        return None;
    }
    Some(format!(
        "de bandbreedte {} – {} is breder dan haar midden ({}): het midden zegt dan weinig; maak de bandbreedte smaller of splits het onderdeel",
        euro(low),
        euro(high),
        euro((low + high) / Decimal::TWO)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_range_is_wide_when_its_high_exceeds_three_times_its_low() {
        // 50.000–150.000: the bounds lie exactly half the middle away.
        assert_eq!(wide_range(dec!(50000), dec!(150000)), None);
        assert!(wide_range(dec!(50000), dec!(150001)).is_some());
        assert!(wide_range(dec!(0), dec!(1)).is_some());
        assert_eq!(wide_range(dec!(0), dec!(0)), None);
    }
}
