//! The runtime: heap objects, the interpreter, goroutines, the scheduler and the
//! native functions the standard library binds to.

pub mod fmt;
pub mod heap;
pub mod output;

use crate::bytecode::Module;

/// Runs a verified module: package inits, then `main.main`, as goroutine 1 on the
/// scheduler; returns the process exit code. `args` become `os.Args`.
/// (Interface pinned here; the scheduler is being written.)
pub fn run_module(_module: Module, _args: Vec<String>) -> i32 {
    0
}
