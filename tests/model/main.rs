//! Tests of everything without a window: the data set against the report's
//! tables, the model's behaviour, bad input, assumption sets, robustness,
//! properties, fuzz regressions, crash-safe saving and the command line.
//!
//! One test binary, not one per file: each binary links the whole dependency
//! tree, and a dozen of them cost minutes of linking and gigabytes of disk.

mod architecture;
mod assumption_sets;
mod bad_input;
mod cli;
mod cli_bad_input;
mod common;
mod costs;
mod costs_findings;
mod costs_libreoffice;
mod costs_recompute;
mod derivation_parser;
mod exports;
mod fuzz_regressions;
mod golden_tables;
mod group;
mod handout;
mod licences;
mod model_behaviour;
mod no_lost_work;
mod other_region;
mod own_views;
mod packaging;
mod paper;
mod pinned_outputs;
mod properties;
mod publiccode;
mod robustness;
mod scenario_costs;
mod scenario_costs_bad_input;
mod scenario_costs_check;
mod scenario_costs_libreoffice;
mod scenario_costs_outputs;
mod scenario_costs_text;
mod scenario_costs_workspace;
mod tabel5_outputs;
mod workspace;
