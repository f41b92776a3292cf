#![no_main]
//! The first byte chooses scenarios.ron, criteria.ron or staffing.ron; the
//! rest replaces that file, the others stay embedded. See
//! `nmd_scenarios::fuzz_checks::check_data_files`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    nmd_scenarios::fuzz_checks::check_data_files(bytes);
});
