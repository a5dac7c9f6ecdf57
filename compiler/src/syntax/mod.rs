//! Source text to AST: the lexer (tokens with byte spans, Go's automatic semicolon
//! insertion) and the chumsky parser (with error recovery).
//!
//! Entry point: [`parse_file`], called by the driver once per `.go` file. Its
//! diagnostics (code `syntax`) are sorted by position and, as gc does, at most one
//! syntax error is reported per line.

pub mod ast;
pub mod lexer;
pub mod parser;

use crate::diag::Diagnostic;

/// Lexes and parses one file. `file` is its index in the
/// [`crate::source::SourceMap`] (the `Span::file` of every node). Always returns
/// an AST: parts that did not parse are `Bad` nodes, each with a diagnostic.
pub fn parse_file(file: u32, src: &str) -> (ast::File, Vec<Diagnostic>) {
    let (toks, mut diags) = lexer::lex(file, src);
    let (ast, parse_diags) = parser::parse_tokens(file, src, &toks);
    diags.extend(parse_diags);
    diags.sort_by_key(|d| (d.span().lo, d.span().hi));
    // One syntax error per line (gc's rule): later ones are usually follow-ups.
    let line_of = |off: u32| {
        src.as_bytes()[..(off as usize).min(src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    };
    let mut last_line = None;
    diags.retain(|d| {
        let line = line_of(d.span().lo);
        if last_line == Some(line) {
            false
        } else {
            last_line = Some(line);
            true
        }
    });
    (ast, diags)
}

#[cfg(test)]
mod tests;
