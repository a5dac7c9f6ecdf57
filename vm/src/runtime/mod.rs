//! The runtime: heap objects, the interpreter, goroutines, the scheduler and the
//! native functions the standard library binds to.

pub mod fmt;
pub mod heap;
pub mod output;
