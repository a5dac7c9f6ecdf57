//! The bytecode: instruction set, module structure, file format, verifier and
//! disassembler. The single definition both `goc` and `govm` use.

pub mod disasm;
pub mod format;
pub mod isa;
pub mod module;
pub mod verify;

pub use isa::{Op, OperandKind};
pub use module::*;
