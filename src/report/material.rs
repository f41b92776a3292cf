//! Everything an output is made from, owned: so that a Word appendix or a
//! workbook can be made on another thread (figures render for a while)
//! from the state of the moment the user asked.

use std::sync::Arc;

use super::{ReportContext, SetLabel};
use crate::model::group::GroupResult;
use crate::model::robustness::Robustness;
use crate::model::source_check::SourceCheck;
use crate::model::{DataSet, Inputs, Outcome};
use crate::workspace::Workspace;

pub struct ReportMaterial {
    pub data: Arc<DataSet>,
    pub origin: String,
    pub inputs: Inputs,
    pub outcome: Outcome,
    pub check: SourceCheck,
    pub set: SetLabel,
    pub robustness: Robustness,
    /// Only when the set has profiles.
    pub group: Option<GroupResult>,
    pub remarks: Vec<String>,
}

impl ReportMaterial {
    /// The workspace's current state. Robustness and the participants'
    /// comparison come from the workspace's caches, so several outputs of
    /// one state (an appendix and its four figures) compute them once.
    pub fn from_workspace(workspace: &mut Workspace) -> Self {
        let robustness = workspace.robustness().clone();
        let group = if workspace.inputs().profiles.is_empty() {
            None
        } else {
            workspace.group().cloned()
        };
        Self {
            origin: workspace.data_origin().to_owned(),
            outcome: workspace.outcome().clone(),
            check: workspace.check().clone(),
            set: workspace.set_label(),
            data: workspace.data_shared(),
            inputs: workspace.inputs().clone(),
            robustness,
            group,
            remarks: Vec::new(),
        }
    }

    pub fn context(&self) -> ReportContext<'_> {
        ReportContext {
            data: &self.data,
            data_origin: &self.origin,
            inputs: &self.inputs,
            outcome: &self.outcome,
            check: &self.check,
            set: Some(&self.set),
            robustness: Some(&self.robustness),
            remarks: &self.remarks,
            group: self.group.as_ref(),
        }
    }
}
