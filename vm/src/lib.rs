//! govm: loads verified register bytecode produced by `goc` and runs it as
//! goroutines multiplexed over worker threads.

pub mod bytecode;
pub mod runtime;
