//! How robust is the ranking? Stability intervals, winning weights, SMAA-2
//! acceptabilities and ordinal honesty. (Being written.)
