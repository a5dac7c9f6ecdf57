//! Rendering diagnostics: ariadne reports for people, JSON lines for tools.
//!
//! - [`render_human`]: for each diagnostic, first a Go-style one-liner
//!   `path:line:col: message` (what Go users and grep-based tools expect), then an
//!   ariadne report headed `error[code]: message`, with every label at its exact
//!   byte span (`IndexType::Byte`: spans are byte offsets, ariadne would count
//!   chars otherwise) and the `help:` line when there is one. Colour only when
//!   asked (the driver decides: a terminal and no `NO_COLOR`).
//! - [`render_json`]: one JSON object per line per diagnostic with 1-based
//!   line/byte-column positions (`end_*` is the exclusive end), byte offsets,
//!   severity, message, code, help (or null) and the labels.
//!
//! Invariant: never panics, whatever the spans (a span outside its file is
//! clamped; an unknown file renders without a snippet).
//!
//! Callers: the `goc` driver (`goc check`/`build`/`run`) and snapshot tests.

use std::fmt;
use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label as ALabel, Report, ReportKind, Source};
use serde::Serialize;

use crate::diag::{Diagnostic, Severity};
use crate::source::SourceMap;
use crate::syntax::ast::Span;

/// ariadne's view of a [`SourceMap`]: sources by file index, displayed by path.
struct MapCache<'a> {
    sources: Vec<Source<&'a str>>,
    paths: Vec<&'a str>,
}

impl<'a> MapCache<'a> {
    fn new(map: &'a SourceMap) -> MapCache<'a> {
        MapCache {
            sources: map
                .files
                .iter()
                .map(|f| Source::from(f.text.as_str()))
                .collect(),
            paths: map.files.iter().map(|f| f.path.as_str()).collect(),
        }
    }
}

impl<'a> ariadne::Cache<usize> for MapCache<'a> {
    type Storage = &'a str;

    fn fetch(&mut self, id: &usize) -> Result<&Source<&'a str>, impl fmt::Debug> {
        self.sources.get(*id).ok_or("unknown file")
    }

    fn display<'b>(&self, id: &'b usize) -> Option<impl fmt::Display + 'b> {
        Some(
            self.paths
                .get(*id)
                .map(|p| p.to_string())
                .unwrap_or_else(|| format!("<file {id}>")),
        )
    }
}

/// A span's byte range, clamped to its file and to char boundaries.
fn clamp(span: Span, sources: &SourceMap) -> Range<usize> {
    let text = sources
        .files
        .get(span.file as usize)
        .map(|f| f.text.as_str())
        .unwrap_or("");
    let mut lo = (span.lo as usize).min(text.len());
    let mut hi = (span.hi as usize).clamp(lo, text.len());
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    lo..hi
}

/// The clamped range, widened to one character when empty (a position such as
/// end of file) so that ariadne has something to underline.
fn visible(span: Span, sources: &SourceMap) -> Range<usize> {
    let r = clamp(span, sources);
    if !r.is_empty() {
        return r;
    }
    let text = sources
        .files
        .get(span.file as usize)
        .map(|f| f.text.as_str())
        .unwrap_or("");
    if let Some(c) = text[r.start..].chars().next() {
        r.start..r.start + c.len_utf8()
    } else if let Some(c) = text[..r.start].chars().next_back() {
        r.start - c.len_utf8()..r.start
    } else {
        r
    }
}

/// 1-based line and byte column of `offset` in file `file` ((1, 1) if unknown).
fn line_col(sources: &SourceMap, file: u32, offset: usize) -> (u32, u32) {
    match sources.files.get(file as usize) {
        Some(f) => f.line_col(offset.min(f.text.len())),
        None => (1, 1),
    }
}

fn path_of(sources: &SourceMap, file: u32) -> &str {
    sources
        .files
        .get(file as usize)
        .map(|f| f.path.as_str())
        .unwrap_or("<unknown>")
}

/// Renders diagnostics for people: a `path:line:col: message` line, then the
/// ariadne report, for each one.
pub fn render_human(diags: &[Diagnostic], sources: &SourceMap, color: bool) -> String {
    let mut cache = MapCache::new(sources);
    let config = Config::default()
        .with_index_type(IndexType::Byte)
        .with_color(color);
    let mut out = String::new();
    for d in diags {
        let span = d.span();
        let range = clamp(span, sources);
        let (line, col) = line_col(sources, span.file, range.start);
        out.push_str(&format!(
            "{}:{}:{}: {}\n",
            path_of(sources, span.file),
            line,
            col,
            d.message
        ));
        for r in &d.related {
            let rr = clamp(r.span, sources);
            let (l, c) = line_col(sources, r.span.file, rr.start);
            out.push_str(&format!(
                "\t{}:{}:{}: {}\n",
                path_of(sources, r.span.file),
                l,
                c,
                r.message
            ));
        }
        if d.code == "too-many-errors" {
            // gc's closing line: nothing to show beyond it
            continue;
        }
        // Go's multi-line messages (`...\n\thave (int)\n\twant ()`): the first line
        // heads the report, the rest becomes a note.
        let (first, rest) = match d.message.split_once('\n') {
            Some((a, b)) => (a, Some(b)),
            None => (d.message.as_str(), None),
        };
        // ariadne would print `[code] Error:`; Go and Rust users expect `error[code]:`.
        let (word, label_color) = match d.severity {
            Severity::Error => ("error", Color::Red),
            Severity::Warning => ("warning", Color::Yellow),
        };
        let header = format!("{word}[{}]", d.code);
        let known = |f: u32| sources.files.get(f as usize).is_some();
        if !known(span.file) || d.labels.iter().any(|l| !known(l.span.file)) {
            // No source to show (ariadne would complain on stderr): header only.
            out.push_str(&format!("{header}: {}\n", first));
            continue;
        }
        let file = span.file as usize;
        let mut report = Report::build(ReportKind::Custom(&header, label_color), (file, range))
            .with_config(config)
            .with_message(first);
        for (i, l) in d.labels.iter().enumerate() {
            let mut label = ALabel::new((l.span.file as usize, visible(l.span, sources)));
            // ariadne draws no underline for a label without text.
            if !l.message.is_empty() {
                label = label.with_message(&l.message);
            } else if i == 0 {
                label = label.with_message(first);
            } else {
                label = label.with_message("here");
            }
            if color {
                label = label.with_color(if i == 0 { label_color } else { Color::Blue });
            }
            report = report.with_label(label);
        }
        if let Some(rest) = rest {
            let note: Vec<&str> = rest.lines().map(|l| l.trim_start_matches('\t')).collect();
            report = report.with_note(note.join("\n"));
        }
        if let Some(h) = &d.help {
            report = report.with_help(h);
        }
        let mut buf = Vec::new();
        if report.finish().write(&mut cache, &mut buf).is_err() {
            // Writing into a Vec cannot fail; a missing source just drops the snippet.
            continue;
        }
        let text = String::from_utf8_lossy(&buf);
        if color {
            out.push_str(&text);
        } else {
            // ariadne colours a custom report kind even with colour off.
            out.push_str(&strip_ansi(&text));
        }
    }
    out
}

/// Removes ANSI escape sequences (`ESC [ ... letter`).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[derive(Serialize)]
struct JsonPos<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    byte_start: usize,
    byte_end: usize,
}

impl<'a> JsonPos<'a> {
    fn new(span: Span, sources: &'a SourceMap) -> JsonPos<'a> {
        let r = clamp(span, sources);
        let (line, column) = line_col(sources, span.file, r.start);
        let (end_line, end_column) = line_col(sources, span.file, r.end);
        JsonPos {
            file: path_of(sources, span.file),
            line,
            column,
            end_line,
            end_column,
            byte_start: r.start,
            byte_end: r.end,
        }
    }
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    #[serde(flatten)]
    pos: JsonPos<'a>,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonDiag<'a> {
    #[serde(flatten)]
    pos: JsonPos<'a>,
    severity: &'static str,
    message: &'a str,
    code: &'a str,
    help: Option<&'a str>,
    labels: Vec<JsonLabel<'a>>,
}

/// Renders diagnostics for tools: one JSON object per line per diagnostic.
pub fn render_json(diags: &[Diagnostic], sources: &SourceMap) -> String {
    let mut out = String::new();
    for d in diags {
        let j = JsonDiag {
            pos: JsonPos::new(d.span(), sources),
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            message: &d.message,
            code: d.code,
            help: d.help.as_deref(),
            labels: d
                .labels
                .iter()
                .map(|l| JsonLabel {
                    pos: JsonPos::new(l.span, sources),
                    message: &l.message,
                })
                .collect(),
        };
        // Serialising plain strings and integers cannot fail.
        if let Ok(line) = serde_json::to_string(&j) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostic;

    fn sample() -> (SourceMap, Vec<Diagnostic>) {
        let mut map = SourceMap::default();
        let src = "package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(\"é\", y)\n}\n";
        let f = map.add("hello.go", src);
        let at = |needle: &str| {
            let lo = src.find(needle).unwrap();
            Span::new(f, lo, lo + needle.len())
        };
        let diags = vec![
            Diagnostic::error(
                "unused-import",
                at("\"os\""),
                "\"os\" imported and not used",
            )
            .with_label("imported here")
            .with_help("remove the import"),
            Diagnostic::error("unused-var", at("x"), "declared and not used: x"),
            Diagnostic::error("undefined", at("y"), "undefined: y")
                .with_label("not declared in this scope")
                .with_secondary(at("x"), "did you mean x?"),
        ];
        (map, diags)
    }

    #[test]
    fn human_snapshot() {
        let (map, diags) = sample();
        insta::assert_snapshot!(render_human(&diags, &map, false));
    }

    #[test]
    fn json_snapshot() {
        let (map, diags) = sample();
        insta::assert_snapshot!(render_json(&diags, &map));
    }

    #[test]
    fn syntax_errors_render() {
        let mut map = SourceMap::default();
        let src = "package main\n\nfunc f() {\n\tfmt.Println(1, 2\n}\n\nfunc g() {\n\tx := 1\n";
        let f = map.add("bad.go", src);
        let (_, diags) = crate::syntax::parse_file(f, src);
        insta::assert_snapshot!(render_human(&diags, &map, false));
        insta::assert_snapshot!(render_json(&diags, &map));
    }

    #[test]
    fn json_lines_are_valid_json_with_one_based_positions() {
        let (map, diags) = sample();
        let out = render_json(&diags, &map);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        let v: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
        assert_eq!(v["file"], "hello.go");
        assert_eq!(v["line"], 7);
        // Byte column: `é` is two bytes.
        assert_eq!(v["column"], 20);
        assert_eq!(v["end_column"], 21);
        assert_eq!(v["severity"], "error");
        assert_eq!(v["help"], serde_json::Value::Null);
        assert_eq!(v["labels"][1]["message"], "did you mean x?");
        assert_eq!(v["labels"][1]["line"], 6);
    }

    #[test]
    fn out_of_range_spans_do_not_panic() {
        let mut map = SourceMap::default();
        map.add("a.go", "é");
        let diags = vec![
            Diagnostic::error("syntax", Span::new(0, 1, 99), "mid-char and past the end"),
            Diagnostic::error("syntax", Span::new(7, 0, 1), "unknown file"),
            Diagnostic::error("syntax", Span::new(0, 2, 2), "empty at EOF"),
        ];
        let h = render_human(&diags, &map, true);
        assert!(h.contains("a.go:1:1: mid-char"));
        let j = render_json(&diags, &map);
        assert_eq!(j.lines().count(), 3);
    }
}
