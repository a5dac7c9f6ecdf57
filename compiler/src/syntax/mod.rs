//! Source text to AST: the lexer (tokens with byte spans, Go's automatic semicolon
//! insertion) and the chumsky parser (with error recovery).

pub mod ast;
pub mod lexer;
