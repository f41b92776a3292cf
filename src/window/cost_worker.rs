//! The cost per scenario's Monte Carlo off the frame: when a change leaves
//! a Monte Carlo to run (`Workspace::cost_sample_job`), it runs on a
//! thread of its own; the frame it is done, the workspace takes it
//! (`finish_cost_sample`, dropped if the state changed meanwhile) and the
//! views show it. Until then they say it is being computed
//! (`Uncertainty::NotReady`), never an earlier state's numbers.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::app::NmdApp;
use crate::model::scenario_costs::{CostSample, CostSampleJob};

/// The job running, if any, and the revision last looked at.
#[derive(Default)]
pub struct CostWorker {
    running: Option<(CostSampleJob, Receiver<Arc<CostSample>>)>,
    /// The workspace revision for which no job was left to start.
    idle_at: Option<u64>,
}

impl NmdApp {
    /// Takes a finished Monte Carlo (and repaints, so it is shown), and
    /// starts the next one when the state has one to run.
    pub(super) fn advance_cost_sample(&mut self, ctx: &egui::Context) {
        if let Some((job, receiver)) = &self.window.cost_worker.running {
            match receiver.try_recv() {
                Ok(sample) => {
                    if self.workspace.finish_cost_sample(job, sample) {
                        ctx.request_repaint();
                    }
                    self.window.cost_worker.running = None;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => self.window.cost_worker.running = None,
            }
        }
        let revision = self.workspace.revision();
        if self.window.cost_worker.idle_at == Some(revision) {
            return;
        }
        match self.workspace.cost_sample_job() {
            Some(job) => {
                let (sender, receiver) = channel();
                let ctx = ctx.clone();
                let work = job.clone();
                std::thread::spawn(move || {
                    let _ = sender.send(work.run());
                    ctx.request_repaint();
                });
                self.window.cost_worker.running = Some((job, receiver));
            }
            None => self.window.cost_worker.idle_at = Some(revision),
        }
    }

    /// Whether the cost per scenario's Monte Carlo is still running (for
    /// tests and scripted runs that wait for it).
    pub fn cost_sample_running(&self) -> bool {
        self.window.cost_worker.running.is_some()
    }
}
