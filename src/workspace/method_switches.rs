//! A participant's weights across method switches. Typed weights expressed
//! as an order of importance lose what the order cannot say, so switching
//! typed → volgorde → swing → typed by conversion alone would turn
//! 20/40/20/10/10 into 20,64/45,87/…: just looking at the methods would
//! change the profile. Each switch is remembered; switching back along the
//! way it came, while the weights of each switch still stand, restores the
//! weights exactly as they were.

use crate::model::additions::{Profile, WeightMethod};

/// Switches kept (oldest forgotten first).
const KEPT: usize = 64;

/// One switch of one participant: the own profile before (`None`: it used
/// the set's weights) and the profile it became.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Switch {
    name: String,
    before: Option<Profile>,
    after: Profile,
}

#[derive(Debug, Clone, Default)]
pub struct MethodSwitches {
    switches: Vec<Switch>,
}

fn method_of(profile: Option<&Profile>) -> WeightMethod {
    profile.map_or(WeightMethod::Typed, |p| p.method)
}

impl MethodSwitches {
    /// What `name`'s own profile (`current`) was when it last had `method`,
    /// if every switch since still stands: `Some(None)` when it then used
    /// the set's weights.
    pub fn way_back(
        &self,
        name: &str,
        current: Option<&Profile>,
        method: WeightMethod,
    ) -> Option<Option<Profile>> {
        let mut at = current.cloned();
        for switch in self.switches.iter().rev().filter(|s| s.name == name) {
            if at.as_ref() != Some(&switch.after) {
                return None;
            }
            at = switch.before.clone();
            if method_of(at.as_ref()) == method {
                return Some(at);
            }
        }
        None
    }

    pub fn remember(&mut self, name: &str, before: Option<Profile>, after: Profile) {
        if self.switches.len() >= KEPT {
            self.switches.remove(0);
        }
        self.switches.push(Switch {
            name: name.to_owned(),
            before,
            after,
        });
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;

    fn profile(method: WeightMethod, values: &[i64]) -> Profile {
        Profile {
            name: "Assen".into(),
            method,
            values: values.iter().map(|&v| Decimal::from(v)).collect(),
        }
    }

    #[test]
    fn back_along_the_way_it_came_and_not_after_an_edit() {
        let typed = profile(WeightMethod::Typed, &[20, 40, 20, 10, 10]);
        let order = profile(WeightMethod::Order, &[2, 1, 2, 4, 4]);
        let swing = profile(WeightMethod::Swing, &[50, 100, 50, 25, 25]);
        let mut m = MethodSwitches::default();
        m.remember("Assen", Some(typed.clone()), order.clone());
        m.remember("Assen", Some(order.clone()), swing.clone());
        assert_eq!(
            m.way_back("Assen", Some(&swing), WeightMethod::Typed),
            Some(Some(typed.clone()))
        );
        assert_eq!(
            m.way_back("Assen", Some(&swing), WeightMethod::Order),
            Some(Some(order.clone()))
        );
        // Swing points edited after the switch: the way back is gone.
        let edited = profile(WeightMethod::Swing, &[50, 100, 60, 25, 25]);
        assert_eq!(
            m.way_back("Assen", Some(&edited), WeightMethod::Typed),
            None
        );
        // Another participant's switches do not count.
        assert_eq!(
            m.way_back("Tynaarlo", Some(&swing), WeightMethod::Typed),
            None
        );
        // A participant that used the set's weights goes back to them.
        m.remember("Tynaarlo", None, order.clone());
        assert_eq!(
            m.way_back("Tynaarlo", Some(&order), WeightMethod::Typed),
            Some(None)
        );
    }
}
