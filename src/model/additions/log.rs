//! The change log of a set: who changed what, when, and why. Kept in the
//! set file, printed by the comparison and the report.

/// One step of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Who made the change (the name the program asked), or "onbekend".
    pub who: String,
    /// When, in words, Dutch time: "1 december 2026 14:03".
    pub when: String,
    /// What changed, in words (the comparison's sentences).
    pub what: String,
    /// Why: required for a score change, optional otherwise.
    pub why: String,
}

impl LogEntry {
    /// "1 december 2026 14:03, Jan Jansen: Gewicht toezicht 20 % → 30 % (reden: …)"
    pub fn line(&self) -> String {
        let mut line = format!("{}, {}: {}", self.when, self.who, self.what);
        if !self.why.trim().is_empty() {
            line.push_str(&format!(" (reden: {})", self.why.trim()));
        }
        line
    }
}

/// Most entries a set keeps; the oldest go first.
pub const MAX_LOG_ENTRIES: usize = 500;
