//! Views of the ranking's robustness. (Being written.)
