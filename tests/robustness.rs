//! Robustness of the ranking. (Being written.)
