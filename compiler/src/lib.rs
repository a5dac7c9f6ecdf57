//! goc: compiles Go source to govm register bytecode.
//!
//! Pipeline: `syntax` (lex, parse) → `check` (scopes, types, constants) →
//! `lower` (register allocation, typed opcodes, line table) → `govm::bytecode`
//! (the module, encoded by the shared file format).

pub mod diag;
pub mod report;
pub mod source;
pub mod syntax;
