//! Diagnostics: the one representation of a compile error or warning, produced by
//! the parser and the checker and rendered by `report` (ariadne for people, JSON
//! lines for tools).

use crate::syntax::ast::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable identifier for tools: `syntax`, `undefined`, `unused-var`,
    /// `unused-import`, `type-mismatch`, `missing-return`, `arg-count`, `unsupported`, ...
    pub code: &'static str,
    /// Go's wording, e.g. `undefined: x`.
    pub message: String,
    /// The primary label comes first and carries the span the diagnostic is about.
    pub labels: Vec<Label>,
    /// A suggestion shown as `help:` when a fix is obvious.
    pub help: Option<String>,
    /// Positions Go prints on tab-indented lines after the message
    /// (`\t./f.go:3:6: other declaration of f`); also shown as secondary labels.
    pub related: Vec<Label>,
}

impl Diagnostic {
    /// An error with one primary label at `span`.
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        let message = message.into();
        Diagnostic {
            severity: Severity::Error,
            code,
            labels: vec![Label {
                span,
                message: String::new(),
            }],
            message,
            help: None,
            related: Vec::new(),
        }
    }

    /// Sets the primary label's text.
    pub fn with_label(mut self, text: impl Into<String>) -> Diagnostic {
        if let Some(l) = self.labels.first_mut() {
            l.message = text.into();
        }
        self
    }

    /// Adds a secondary label.
    pub fn with_secondary(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: text.into(),
        });
        self
    }

    /// Adds a position Go prints on its own line after the message, e.g.
    /// `other declaration of f`; rendered as a secondary label too.
    pub fn with_related(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        let text = text.into();
        self.related.push(Label {
            span,
            message: text.clone(),
        });
        // one label per place in the snippet (a self-reference names it twice)
        if self.labels.iter().any(|l| l.span == span) {
            return self;
        }
        self.with_secondary(span, text)
    }

    pub fn with_help(mut self, text: impl Into<String>) -> Diagnostic {
        self.help = Some(text.into());
        self
    }

    /// The primary span.
    pub fn span(&self) -> Span {
        self.labels.first().map(|l| l.span).unwrap_or_default()
    }
}
