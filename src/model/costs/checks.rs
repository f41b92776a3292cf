//! Plausibility: amounts a set may hold but that are unlikely to be meant,
//! and inputs the data cannot use. Warnings, never refusals: the outputs
//! state them beside the figures.

use rust_decimal::Decimal;

use super::types::{Costs, period_phrase};
use super::words::wage_label;
use crate::format::euro;
use crate::model::additions::costs::CostInputs;
use crate::model::dataset::DataSet;

/// Loonkosten per fte below this are not integral yearly costs of a
/// person (a year at the statutory minimum wage alone costs more).
pub const WAGE_FLOOR_EUR: Decimal = Decimal::from_parts(20_000, 0, 0, false, 0);

/// A year total above this is not the cost of a joint procurement
/// organisation (tens of fte at most), but a typing error.
pub const CEILING_EUR: Decimal = Decimal::from_parts(25_000_000, 0, 0, false, 0);

/// The warnings of `costs`, in Dutch, one sentence each.
pub fn warnings(data: &DataSet, c: &CostInputs, costs: &Costs) -> Vec<String> {
    let mut out = Vec::new();
    let typed_wages = c.wage_all.is_some() || !c.wages.is_empty();
    if data.categories.is_empty() {
        if typed_wages {
            out.push(
                "Loonkosten per fte zijn ingevuld, maar deze gegevens hebben geen formatietabel: ze worden niet gebruikt."
                    .to_owned(),
            );
        }
    } else {
        let mut low = Vec::new();
        if let Some(all) = c.wage_all.as_ref().filter(|a| a.eur < WAGE_FLOOR_EUR) {
            low.push(format!(
                "{} voor alle functies en rollen",
                super::euro_exact(all.eur)
            ));
        }
        for w in c.wages.iter().filter(|w| w.amount.eur < WAGE_FLOOR_EUR) {
            low.push(format!(
                "{} voor {}",
                super::euro_exact(w.amount.eur),
                wage_label(data, &w.target)
            ));
        }
        if !low.is_empty() {
            out.push(format!(
                "Loonkosten per fte van {} liggen onder de ondergrens van {} per fte: integrale loonkosten per fte per jaar zijn hoger; controleer het bedrag.",
                crate::format::join_and(&low),
                euro(WAGE_FLOOR_EUR)
            ));
        }
    }
    let high: Vec<String> = costs
        .years
        .iter()
        .filter_map(|y| {
            // Without loonkosten, the other costs alone.
            let total = y.total_eur.unwrap_or(y.other_eur);
            (total > CEILING_EUR).then(|| format!("{} {}", period_phrase(y.year), euro(total)))
        })
        .collect();
    if !high.is_empty() {
        out.push(format!(
            "De lasten liggen boven het plafond van {} per jaar ({}): controleer de bedragen.",
            euro(CEILING_EUR),
            high.join(", ")
        ));
    }
    out
}
