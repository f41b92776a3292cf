#![no_main]
//! The bytes as a stored session against the embedded data. See
//! `nmd_scenarios::fuzz_checks::check_session`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    nmd_scenarios::fuzz_checks::check_session(bytes);
});
