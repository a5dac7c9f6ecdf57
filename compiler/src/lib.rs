//! goc: compiles Go source to govm register bytecode.
//!
//! Pipeline: `syntax` (lex, parse) → `check` (scopes, types, constants) →
//! `lower` (register allocation, typed opcodes, line table) → `govm::bytecode`
//! (the module, encoded by the shared file format). `driver` runs the pipeline over
//! a program and the standard packages it imports; `report` renders diagnostics.

pub mod check;
pub mod diag;
pub mod driver;
pub mod lower;
pub mod report;
pub mod source;
pub mod syntax;
