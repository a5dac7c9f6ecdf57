//! Go's `fmt` formatting of values described by the module's type table.
//! (Interface pinned here; the implementation is being written.)

use crate::bytecode::Module;

/// Lets the formatter call Go methods (`String() string`, `Error() string`) on values.
pub trait MethodCaller {
    /// Calls `func` (a method-table entry: an interface wrapper whose only argument is
    /// the interface box `boxed`) and returns the string reference it returns, or
    /// `None` if the call could not complete.
    fn call_string_method(&mut self, func: u32, boxed: u64) -> Option<u64>;
}

/// `fmt.Sprint`: `args` are interface references.
pub fn sprint(_module: &Module, _caller: &mut dyn MethodCaller, _args: &[u64]) -> Vec<u8> {
    Vec::new()
}

/// `fmt.Sprintln`.
pub fn sprintln(_module: &Module, _caller: &mut dyn MethodCaller, _args: &[u64]) -> Vec<u8> {
    Vec::new()
}

/// `fmt.Sprintf`.
pub fn sprintf(
    _module: &Module,
    _caller: &mut dyn MethodCaller,
    _format: &[u8],
    _args: &[u64],
) -> Vec<u8> {
    Vec::new()
}
