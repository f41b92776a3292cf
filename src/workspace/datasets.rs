//! The data set as loaded and as the current set extends it with its own
//! scenarios and criteria: a workspace part with one owner. It follows the
//! inputs' additions when handed them and knows nothing else of the
//! workspace.

use std::sync::Arc;

use crate::model::own::{Additions, extend};
use crate::model::{DataSet, Inputs};

pub(super) struct DataSets {
    /// As loaded.
    base: Arc<DataSet>,
    /// `base` with the additions of `added` (`base` itself when there are
    /// none).
    extended: Arc<DataSet>,
    /// The additions `extended` was made with.
    added: Additions,
}

impl DataSets {
    pub(super) fn new(base: DataSet, inputs: &Inputs) -> Self {
        let base = Arc::new(base);
        let mut parts = Self {
            extended: Arc::clone(&base),
            base,
            added: Additions::default(),
        };
        parts.follow(&inputs.added);
        parts
    }

    /// The data set as loaded, without a set's additions.
    pub(super) fn base(&self) -> &Arc<DataSet> {
        &self.base
    }

    /// The data set with the current set's additions.
    pub(super) fn extended(&self) -> &Arc<DataSet> {
        &self.extended
    }

    /// Makes the extended data match `added`.
    pub(super) fn follow(&mut self, added: &Additions) {
        if self.added != *added {
            self.extended = if added.is_empty() {
                Arc::clone(&self.base)
            } else {
                Arc::new(extend(&self.base, added))
            };
            self.added = added.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::additions::AddedCriterion;

    #[test]
    fn the_extended_data_follows_the_additions_and_back() {
        let base = crate::model::load::load_embedded().expect("the report's data");
        let inputs = Inputs::report_defaults(&base);
        let criteria = base.criteria.len();
        let mut parts = DataSets::new(base, &inputs);
        assert!(Arc::ptr_eq(parts.base(), parts.extended()));
        let added = Additions {
            scenarios: Vec::new(),
            criteria: vec![AddedCriterion {
                id: "draagvlak".into(),
                name: "Draagvlak".into(),
                explanation: String::new(),
                scores: Vec::new(),
            }],
        };
        parts.follow(&added);
        assert_eq!(parts.extended().criteria.len(), criteria + 1);
        assert_eq!(parts.base().criteria.len(), criteria);
        parts.follow(&Additions::default());
        assert!(Arc::ptr_eq(parts.base(), parts.extended()));
    }
}
