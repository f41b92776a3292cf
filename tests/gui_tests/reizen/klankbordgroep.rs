//! Route 3 of the handleiding, for the klankbordgroep.
