//! The cost per scenario's Monte Carlo off the frame: when a change leaves
//! a Monte Carlo to run (`Workspace::cost_sample_job`), it runs on a
//! thread of its own; the frame it is done, the workspace takes it
//! (`finish_cost_sample`, dropped if the state changed meanwhile) and the
//! views show it. Until then they say it is being computed
//! (`Uncertainty::NotReady`), never an earlier state's numbers.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::scenario_costs::{CostSample, CostSampleJob};
use crate::workspace::Workspace;

/// The job running, if any, and the revision last looked at.
#[derive(Default)]
pub struct CostWorker {
    running: Option<(CostSampleJob, Receiver<Arc<CostSample>>)>,
    /// The workspace revision for which no job was left to start.
    idle_at: Option<u64>,
}

impl CostWorker {
    /// Takes a finished Monte Carlo (and repaints, so it is shown), and
    /// starts the next one when the state has one to run.
    pub fn advance(&mut self, workspace: &mut Workspace, ctx: &egui::Context) {
        if let Some((job, receiver)) = &self.running {
            match receiver.try_recv() {
                Ok(sample) => {
                    if workspace.finish_cost_sample(job, sample) {
                        ctx.request_repaint();
                    }
                    self.running = None;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        let revision = workspace.revision();
        if self.idle_at == Some(revision) {
            return;
        }
        match workspace.cost_sample_job() {
            Some(job) => {
                let (sender, receiver) = channel();
                let ctx = ctx.clone();
                let work = job.clone();
                std::thread::spawn(move || {
                    let _ = sender.send(work.run());
                    ctx.request_repaint();
                });
                self.running = Some((job, receiver));
            }
            None => self.idle_at = Some(revision),
        }
    }

    /// Whether a Monte Carlo is running.
    pub fn running(&self) -> bool {
        self.running.is_some()
    }
}
