//! What every output of one state is made from: the snapshot's data,
//! inputs, outcome and analyses, and how the set is named.

use crate::model::assumption_set::SetLabel;
use crate::model::robustness::Robustness;
use crate::model::source_check::SourceCheck;
use crate::model::{DataSet, Inputs, Outcome};
use crate::present::results::Results;
use crate::workspace::{Identity, Snapshot};

/// Everything an output is made from: a view of a workspace
/// [`Snapshot`], so every output of one state says the same. Only
/// [`ReportContext::of`] makes one (a private field keeps it so): no output
/// can be fed parts of two states, or parts no snapshot has.
pub struct ReportContext<'a> {
    /// The data extended with the set's own scenarios and criteria
    /// (`model::own::extended`).
    pub data: &'a DataSet,
    /// Which data and set, by name and fingerprint (never a folder path).
    pub identity: Identity,
    pub inputs: &'a Inputs,
    pub outcome: &'a Outcome,
    pub check: &'a SourceCheck,
    /// The assumption set, if one was named.
    pub set: Option<&'a SetLabel>,
    /// The robustness analysis, if it was computed.
    pub robustness: Option<&'a Robustness>,
    /// Remarks on how it was made ("--draws begrensd op 1.000.000").
    pub remarks: &'a [String],
    /// The participants' profiles compared, when the set has profiles.
    pub group: Option<&'a crate::model::group::GroupResult>,
    /// The cost per scenario, when the set counts a component of the cost
    /// profile in euros.
    pub scenario_costs: Option<&'a crate::model::scenario_costs::ScenarioCosts>,
    /// What every output states of the results, made once on the
    /// presentation floor: the writers render it.
    pub results: Results,
    of_a_snapshot: std::marker::PhantomData<&'a Snapshot>,
}

impl<'a> ReportContext<'a> {
    /// Everything of `snapshot` an output states.
    pub fn of(snapshot: &'a Snapshot) -> Self {
        Self {
            data: &snapshot.data,
            identity: snapshot.identity(),
            inputs: &snapshot.inputs,
            outcome: &snapshot.outcome,
            check: &snapshot.check,
            set: Some(&snapshot.set),
            robustness: Some(snapshot.robustness()),
            remarks: &snapshot.remarks,
            group: snapshot.group_for_outputs(),
            scenario_costs: snapshot.scenario_costs(),
            results: Results::new(
                &snapshot.data,
                &snapshot.inputs,
                &snapshot.outcome,
                snapshot.group_for_outputs(),
            ),
            of_a_snapshot: std::marker::PhantomData,
        }
    }
}
