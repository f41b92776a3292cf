//! Route 2 of the handleiding, for a council proposal.
