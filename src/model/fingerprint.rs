//! Content fingerprints: the first hex digits of a SHA-256 over texts, so
//! that a reader of two outputs can check "same data, same set" without a
//! folder path. Texts are joined with a NUL byte (no text contains one).

use sha2::{Digest, Sha256};

/// Hex digits of a fingerprint that outputs print ("3fa9c2d1").
pub const SHORT_DIGITS: usize = 8;

/// The full SHA-256 of `texts`, in hex (64 digits).
pub fn sha256_hex(texts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for (i, text) in texts.iter().enumerate() {
        if i > 0 {
            hasher.update([0u8]);
        }
        hasher.update(text.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The short form outputs print.
pub fn short(fingerprint: &str) -> &str {
    &fingerprint[..fingerprint.len().min(SHORT_DIGITS)]
}

/// How a data set is named wherever an output says what it was made from:
/// "Berenschot 2025 (rapport 76271) · vingerafdruk 3fa9c2d1".
pub fn data_line(data_name: &str, fingerprint: &str) -> String {
    format!("{data_name} · vingerafdruk {}", short(fingerprint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_sha_256() {
        // `printf 'abc' | sha256sum`
        assert_eq!(
            sha256_hex(&["abc"]),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        // Parts are joined with NUL: `printf 'a\0bc' | sha256sum`.
        assert_ne!(sha256_hex(&["a", "bc"]), sha256_hex(&["ab", "c"]));
        assert_eq!(short(&sha256_hex(&["abc"])), "ba7816bf");
    }
}
