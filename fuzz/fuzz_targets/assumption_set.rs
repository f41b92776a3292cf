#![no_main]
//! The bytes as an assumption-set file against the embedded data. See
//! `nmd_scenarios::fuzz_checks::check_assumption_set`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    nmd_scenarios::fuzz_checks::check_assumption_set(bytes);
});
