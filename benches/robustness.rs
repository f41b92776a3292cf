//! Robustness benchmarks. (Being written.)
fn main() {}
