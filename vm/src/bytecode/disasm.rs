//! Disassembler stub.
use super::module::Module;
pub fn disassemble(_m: &Module) -> String {
    String::new()
}
