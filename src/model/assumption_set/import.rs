//! Preparing the overleg per municipality: each adviser fills in the
//! municipality's weight profile and its part of the verdeelsleutel in a set
//! of its own; the chair takes them into one set. What was taken and what
//! conflicted is said in a sentence per set.

use crate::model::inputs::Inputs;

/// Takes the profiles and the key values of `from` (a set named `name`)
/// into `into`: a profile or key value of the same participant is replaced
/// (and said so when it differed); a key by another method is not taken.
/// One sentence back, in Dutch.
pub fn take_profiles_and_key(into: &mut Inputs, from: &Inputs, name: &str) -> String {
    let mut taken = Vec::new();
    let mut conflicts = Vec::new();
    let criteria = into.criteria.len();
    for profile in &from.profiles {
        if profile.values.len() != criteria {
            conflicts.push(format!(
                "het profiel van {} heeft {} criteria, deze set {}: niet overgenomen",
                profile.name,
                profile.values.len(),
                criteria
            ));
            continue;
        }
        match into.profiles.iter_mut().find(|p| p.name == profile.name) {
            Some(existing) if existing == profile => {}
            Some(existing) => {
                conflicts.push(format!(
                    "het profiel van {} was anders; vervangen",
                    profile.name
                ));
                *existing = profile.clone();
            }
            None => into.profiles.push(profile.clone()),
        }
        taken.push(format!("profiel {}", profile.name));
    }
    if let Some(key) = &from.costs.key {
        match &mut into.costs.key {
            Some(mine) if mine.method != key.method => conflicts.push(format!(
                "de verdeelsleutel is naar {}, deze set naar {}: niet overgenomen",
                key.method.word(),
                mine.method.word()
            )),
            Some(mine) => {
                for (participant, value) in &key.values {
                    match mine.values.iter_mut().find(|(p, _)| p == participant) {
                        Some((_, v)) if v == value => {}
                        Some((_, v)) => {
                            conflicts.push(format!(
                                "{participant} had in de verdeelsleutel {}; vervangen door {}",
                                crate::format::number_trimmed(*v, 2),
                                crate::format::number_trimmed(*value, 2)
                            ));
                            *v = *value;
                        }
                        None => mine.values.push((participant.clone(), *value)),
                    }
                    taken.push(format!("verdeelsleutel {participant}"));
                }
            }
            None => {
                into.costs.key = Some(key.clone());
                taken.extend(
                    key.values
                        .iter()
                        .map(|(p, _)| format!("verdeelsleutel {p}")),
                );
            }
        }
    }
    let mut sentence = if taken.is_empty() {
        format!("Uit '{name}' is niets overgenomen (geen profielen of verdeelsleutel)")
    } else {
        format!("Uit '{name}' overgenomen: {}", taken.join(", "))
    };
    if !conflicts.is_empty() {
        sentence.push_str(&format!("; let op: {}", conflicts.join("; ")));
    }
    sentence.push('.');
    sentence
}
