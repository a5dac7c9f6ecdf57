//! fmt formatting (to be written).
