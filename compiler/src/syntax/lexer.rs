//! The lexer: Go source text to a flat vector of [`Token`]s with byte spans.
//!
//! Job: recognise every Go token (identifiers, keywords, operators, all literal
//! forms), drop comments, and perform Go's automatic semicolon insertion: after a
//! line's final token, if that token is an identifier, a basic literal, one of the
//! keywords `break continue fallthrough return`, or one of `++ -- ) ] }`, a
//! [`Tok::Semi`] is inserted (a block comment spanning lines counts as a newline,
//! and so does the end of the file).
//!
//! Invariants:
//! - Tokens are in source order, spans are non-overlapping and inside the text.
//! - An inserted semicolon's span is the newline character that caused it (one
//!   byte), or the empty span at the end of the text for end of file; an explicit
//!   `;` spans its one byte. [`semi_kind`] tells them apart for error messages.
//! - Lexical errors never stop lexing: each becomes a [`Diagnostic`] with code
//!   `syntax` and the token is still produced (a literal with a bad escape is still
//!   a string literal), except for an invalid character, which is skipped.
//! - Literal values are not stored in tokens: the parser reads literals from the
//!   source text with [`unquote_string`] and [`unquote_rune`], which decode exactly
//!   what the lexer validated.
//!
//! Called by [`crate::syntax::parse_file`] (and by tests).

use crate::diag::Diagnostic;
use crate::syntax::ast::Span;

/// Defines [`Tok`] and [`ALL_TOKS`] (every kind, in discriminant order) from one list.
macro_rules! define_toks {
    ($($(#[$m:meta])* $name:ident),* $(,)?) => {
        /// A token kind. Literal tokens carry no value: their text is the source slice.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Tok {
            $($(#[$m])* $name),*
        }

        /// Every token kind, indexed by its discriminant.
        pub const ALL_TOKS: &[Tok] = &[$(Tok::$name),*];
    };
}

define_toks! {
    Ident,
    Int,
    Float,
    Imag,
    Rune,
    Str,
    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    // Binary operators.
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Amp,
    Pipe,
    Caret,
    Shl,
    Shr,
    AndNot,
    // Assignment operators `op=`.
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    // Other operators.
    AndAnd,
    OrOr,
    Arrow,
    Inc,
    Dec,
    EqEq,
    Lt,
    Gt,
    Assign,
    Not,
    Tilde,
    NotEq,
    LtEq,
    GtEq,
    Define,
    Ellipsis,
    // Delimiters.
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    Semi,
    Colon
}

/// Number of [`Tok`] kinds (for bit sets indexed by `tok as u8`).
pub const TOK_COUNT: usize = ALL_TOKS.len();

impl Tok {
    /// The token's spelling for operators, delimiters and keywords; a description
    /// for the other kinds. Used in "expected X" messages.
    pub fn spelling(self) -> &'static str {
        use Tok::*;
        match self {
            Ident => "name",
            Int | Float | Imag | Rune | Str => "literal",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            AndAnd => "&&",
            OrOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            EqEq => "==",
            Lt => "<",
            Gt => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            NotEq => "!=",
            LtEq => "<=",
            GtEq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            RParen => ")",
            LBrack => "[",
            RBrack => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => "comma",
            Dot => ".",
            Semi => "semicolon or newline",
            Colon => ":",
        }
    }

    /// True for the 25 keywords.
    pub fn is_keyword(self) -> bool {
        (Tok::Break as u8..=Tok::Var as u8).contains(&(self as u8))
    }

    /// True for literal tokens.
    pub fn is_literal(self) -> bool {
        matches!(
            self,
            Tok::Int | Tok::Float | Tok::Imag | Tok::Rune | Tok::Str
        )
    }

    fn keyword(word: &str) -> Option<Tok> {
        use Tok::*;
        Some(match word {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }
}

/// One token: its kind and its byte range in the source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub lo: u32,
    pub hi: u32,
}

/// What a semicolon token stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// A `;` written in the source.
    Explicit,
    /// Inserted at a newline.
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// Classifies a [`Tok::Semi`] token by its span.
pub fn semi_kind(src: &str, lo: usize, hi: usize) -> SemiKind {
    if lo >= src.len() || lo == hi {
        SemiKind::Eof
    } else if src.as_bytes()[lo] == b';' {
        SemiKind::Explicit
    } else {
        SemiKind::Newline
    }
}

/// How Go 1.19's parser names a token in `unexpected X` messages (`x`, `literal 1`,
/// `func`, `newline`, `EOF`, `comma`, `{`, ...). `lo..hi` is its span.
pub fn describe(tok: Option<Tok>, src: &str, lo: usize, hi: usize) -> String {
    let text = src.get(lo..hi.min(src.len())).unwrap_or("");
    match tok {
        None => "EOF".to_string(),
        Some(Tok::Semi) => match semi_kind(src, lo, hi) {
            SemiKind::Explicit => "semicolon".to_string(),
            SemiKind::Newline => "newline".to_string(),
            SemiKind::Eof => "EOF".to_string(),
        },
        // Go 1.19 spells names and keywords bare (`unexpected x`, `unexpected else`)
        Some(Tok::Ident) => text.to_string(),
        Some(t) if t.is_literal() => format!("literal {text}"),
        Some(t) if t.is_keyword() => text.to_string(),
        Some(t) => t.spelling().to_string(),
    }
}

/// Lexes one file. `file` is the [`Span::file`] of the produced diagnostics.
pub fn lex(file: u32, src: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        file,
        toks: Vec::with_capacity(src.len() / 4 + 1),
        diags: Vec::new(),
    };
    lx.run();
    (lx.toks, lx.diags)
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    file: u32,
    toks: Vec<Token>,
    diags: Vec<Diagnostic>,
}

impl Lexer<'_> {
    fn error(&mut self, lo: usize, hi: usize, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(
            "syntax",
            Span::new(self.file, lo, hi),
            msg,
        ));
    }

    fn push(&mut self, tok: Tok, lo: usize, hi: usize) {
        self.toks.push(Token {
            tok,
            lo: lo as u32,
            hi: hi as u32,
        });
    }

    /// Whether a newline here ends the statement (Go's semicolon rule).
    fn needs_semi(&self) -> bool {
        use Tok::*;
        matches!(
            self.toks.last().map(|t| t.tok),
            Some(
                Ident
                    | Int
                    | Float
                    | Imag
                    | Rune
                    | Str
                    | Break
                    | Continue
                    | Fallthrough
                    | Return
                    | Inc
                    | Dec
                    | RParen
                    | RBrack
                    | RBrace
            )
        )
    }

    fn peek(&self, off: usize) -> u8 {
        self.b.get(self.pos + off).copied().unwrap_or(0)
    }

    fn run(&mut self) {
        loop {
            // Whitespace other than newline.
            while matches!(self.peek(0), b' ' | b'\t' | b'\r') && self.pos < self.b.len() {
                self.pos += 1;
            }
            if self.pos >= self.b.len() {
                if self.needs_semi() {
                    let n = self.b.len();
                    self.push(Tok::Semi, n, n);
                }
                return;
            }
            let lo = self.pos;
            let c = self.b[lo];
            match c {
                b'\n' => {
                    if self.needs_semi() {
                        self.push(Tok::Semi, lo, lo + 1);
                    }
                    self.pos += 1;
                }
                b'/' if self.peek(1) == b'/' => {
                    while self.pos < self.b.len() && self.b[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                b'/' if self.peek(1) == b'*' => {
                    let body_start = lo + 2;
                    match self.src[body_start..].find("*/") {
                        Some(off) => {
                            let end = body_start + off + 2;
                            let has_newline = self.src[lo..end].contains('\n');
                            if has_newline && self.needs_semi() {
                                let nl = lo + self.src[lo..end].find('\n').unwrap_or(0);
                                self.push(Tok::Semi, nl, nl + 1);
                            }
                            self.pos = end;
                        }
                        None => {
                            self.error(lo, lo + 2, "comment not terminated");
                            self.pos = self.b.len();
                        }
                    }
                }
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                b'"' => self.string(),
                b'`' => self.raw_string(),
                b'\'' => self.rune(),
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                    let ch = self.src[lo..].chars().next().unwrap_or('\u{fffd}');
                    if c >= 0x80 && !ch.is_alphabetic() {
                        self.pos += ch.len_utf8();
                        self.error(
                            lo,
                            self.pos,
                            format!("invalid character U+{:04X} '{}'", ch as u32, ch),
                        );
                    } else {
                        self.ident();
                    }
                }
                _ => self.operator(),
            }
        }
    }

    fn ident(&mut self) {
        let lo = self.pos;
        let rest = &self.src[lo..];
        let len = rest
            .char_indices()
            .find(|&(_, ch)| !(ch == '_' || ch.is_alphanumeric()))
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        self.pos = lo + len;
        let word = &self.src[lo..self.pos];
        let tok = Tok::keyword(word).unwrap_or(Tok::Ident);
        self.push(tok, lo, self.pos);
    }

    fn operator(&mut self) {
        use Tok::*;
        let lo = self.pos;
        let (c0, c1, c2) = (self.peek(0), self.peek(1), self.peek(2));
        let (tok, len) = match (c0, c1, c2) {
            (b'.', b'.', b'.') => (Ellipsis, 3),
            (b'<', b'<', b'=') => (ShlAssign, 3),
            (b'>', b'>', b'=') => (ShrAssign, 3),
            (b'&', b'^', b'=') => (AndNotAssign, 3),
            (b'+', b'=', _) => (AddAssign, 2),
            (b'-', b'=', _) => (SubAssign, 2),
            (b'*', b'=', _) => (MulAssign, 2),
            (b'/', b'=', _) => (QuoAssign, 2),
            (b'%', b'=', _) => (RemAssign, 2),
            (b'&', b'=', _) => (AndAssign, 2),
            (b'|', b'=', _) => (OrAssign, 2),
            (b'^', b'=', _) => (XorAssign, 2),
            (b'<', b'<', _) => (Shl, 2),
            (b'>', b'>', _) => (Shr, 2),
            (b'&', b'^', _) => (AndNot, 2),
            (b'&', b'&', _) => (AndAnd, 2),
            (b'|', b'|', _) => (OrOr, 2),
            (b'<', b'-', _) => (Arrow, 2),
            (b'+', b'+', _) => (Inc, 2),
            (b'-', b'-', _) => (Dec, 2),
            (b'=', b'=', _) => (EqEq, 2),
            (b'!', b'=', _) => (NotEq, 2),
            (b'<', b'=', _) => (LtEq, 2),
            (b'>', b'=', _) => (GtEq, 2),
            (b':', b'=', _) => (Define, 2),
            (b'+', _, _) => (Plus, 1),
            (b'-', _, _) => (Minus, 1),
            (b'*', _, _) => (Star, 1),
            (b'/', _, _) => (Slash, 1),
            (b'%', _, _) => (Percent, 1),
            (b'&', _, _) => (Amp, 1),
            (b'|', _, _) => (Pipe, 1),
            (b'^', _, _) => (Caret, 1),
            (b'<', _, _) => (Lt, 1),
            (b'>', _, _) => (Gt, 1),
            (b'=', _, _) => (Assign, 1),
            (b'!', _, _) => (Not, 1),
            (b'~', _, _) => (Tilde, 1),
            (b'(', _, _) => (LParen, 1),
            (b')', _, _) => (RParen, 1),
            (b'[', _, _) => (LBrack, 1),
            (b']', _, _) => (RBrack, 1),
            (b'{', _, _) => (LBrace, 1),
            (b'}', _, _) => (RBrace, 1),
            (b',', _, _) => (Comma, 1),
            (b'.', _, _) => (Dot, 1),
            (b';', _, _) => (Semi, 1),
            (b':', _, _) => (Colon, 1),
            _ => {
                let ch = self.src[lo..].chars().next().unwrap_or('\u{fffd}');
                self.pos += ch.len_utf8().max(1);
                let msg = if ch.is_ascii_graphic() {
                    format!("invalid character U+{:04X} '{}'", ch as u32, ch)
                } else {
                    format!("invalid character U+{:04X}", ch as u32)
                };
                self.error(lo, self.pos, msg);
                return;
            }
        };
        self.pos += len;
        self.push(tok, lo, self.pos);
    }

    /// Scans digits of `base` (and `_`), reporting digits that are too large for
    /// `base` (they are consumed as part of the literal, as Go does).
    fn digits(&mut self, base: u32, invalid: &mut Option<(usize, char)>) -> usize {
        let start = self.pos;
        loop {
            let c = self.peek(0);
            let ok = if base == 16 {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            };
            if c == b'_' || ok {
                if base < 10 && c != b'_' && (c - b'0') as u32 >= base && invalid.is_none() {
                    *invalid = Some((self.pos, c as char));
                }
                self.pos += 1;
            } else {
                break;
            }
        }
        self.pos - start
    }

    fn number(&mut self) {
        let lo = self.pos;
        let mut base = 10u32;
        let mut prefix = None;
        if self.peek(0) == b'0' {
            match self.peek(1) | 0x20 {
                b'x' => base = 16,
                b'b' => base = 2,
                b'o' => base = 8,
                _ => {}
            }
            if base != 10 {
                prefix = Some(self.peek(1) as char);
                self.pos += 2;
            }
        }
        let mut invalid = None;
        let mut ndigits = 0;
        let mut is_float = false;
        if self.peek(0) != b'.' {
            ndigits += self.digits(base, &mut invalid);
        }
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            ndigits += self.digits(base, &mut invalid);
        }
        let name = match base {
            16 => "hexadecimal",
            8 => "octal",
            2 => "binary",
            _ => "decimal",
        };
        if ndigits == 0 && base != 10 {
            self.error(lo, self.pos, format!("{name} literal has no digits"));
        }
        if is_float && (base == 2 || base == 8) {
            self.error(
                lo,
                self.pos,
                format!("invalid radix point in {name} literal"),
            );
        }
        // Exponent.
        let e = self.peek(0) | 0x20;
        if (e == b'e' && base == 10) || e == b'p' {
            if e == b'p' && base != 16 {
                self.error(
                    self.pos,
                    self.pos + 1,
                    "'p' exponent requires hexadecimal mantissa",
                );
            }
            is_float = true;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
            }
            let mut bad = None;
            if self.digits(10, &mut bad) == 0 {
                self.error(lo, self.pos, "exponent has no digits");
            }
        } else if base == 16 && is_float {
            self.error(lo, self.pos, "hexadecimal mantissa requires a 'p' exponent");
        }
        let imag = self.peek(0) == b'i';
        if imag {
            self.pos += 1;
        }
        let text = &self.src[lo..self.pos];
        // Legacy octal: a leading 0 and only digits.
        if base == 10
            && !is_float
            && !imag
            && text.len() > 1
            && text.starts_with('0')
            && invalid.is_none()
        {
            if let Some((i, ch)) = text.char_indices().find(|&(_, c)| c == '8' || c == '9') {
                invalid = Some((lo + i, ch));
            }
            if let Some((at, ch)) = invalid {
                self.error(at, at + 1, format!("invalid digit '{ch}' in octal literal"));
            }
        } else if let Some((at, ch)) = invalid {
            if base != 10 {
                self.error(
                    at,
                    at + 1,
                    format!("invalid digit '{ch}' in {name} literal"),
                );
            }
        }
        // `_` must separate successive digits (or follow the base prefix).
        let tb = text.as_bytes();
        for (i, &c) in tb.iter().enumerate() {
            if c != b'_' {
                continue;
            }
            let is_digit = |d: u8| {
                if base == 16 {
                    d.is_ascii_hexdigit()
                } else {
                    d.is_ascii_digit()
                }
            };
            let prev_ok = i > 0 && ((i == 2 && prefix.is_some()) || is_digit(tb[i - 1]));
            let next_ok = tb.get(i + 1).is_some_and(|&n| is_digit(n));
            if !prev_ok || !next_ok {
                self.error(lo + i, lo + i + 1, "'_' must separate successive digits");
                break;
            }
        }
        let tok = if imag {
            Tok::Imag
        } else if is_float {
            Tok::Float
        } else {
            Tok::Int
        };
        self.push(tok, lo, self.pos);
    }

    fn string(&mut self) {
        let lo = self.pos;
        self.pos += 1;
        loop {
            match self.b.get(self.pos) {
                None | Some(b'\n') => {
                    self.error(lo, self.pos, "newline in string");
                    break;
                }
                Some(b'"') => {
                    self.pos += 1;
                    break;
                }
                Some(b'\\') => self.pos += 2.min(self.b.len() - self.pos),
                Some(_) => self.pos += 1,
            }
        }
        let hi = self.pos;
        let body_end = if hi > lo + 1 && self.b[hi - 1] == b'"' {
            hi - 1
        } else {
            hi
        };
        let body = &self.src[lo + 1..body_end.max(lo + 1)];
        let mut errs = Vec::new();
        unquote_body(body, b'"', &mut |a, b, m| errs.push((a, b, m)));
        for (a, b, m) in errs {
            self.error(lo + 1 + a, lo + 1 + b, m);
        }
        self.push(Tok::Str, lo, hi);
    }

    fn raw_string(&mut self) {
        let lo = self.pos;
        match self.src[lo + 1..].find('`') {
            Some(off) => self.pos = lo + 1 + off + 1,
            None => {
                self.pos = self.b.len();
                self.error(lo, lo + 1, "raw string literal not terminated");
            }
        }
        self.push(Tok::Str, lo, self.pos);
    }

    fn rune(&mut self) {
        let lo = self.pos;
        self.pos += 1;
        let mut terminated = false;
        loop {
            match self.b.get(self.pos) {
                None | Some(b'\n') => break,
                Some(b'\'') => {
                    self.pos += 1;
                    terminated = true;
                    break;
                }
                Some(b'\\') => self.pos += 2.min(self.b.len() - self.pos),
                Some(_) => self.pos += 1,
            }
        }
        let hi = self.pos;
        if !terminated {
            self.error(lo, hi, "rune literal not terminated");
        } else {
            let body = &self.src[lo + 1..hi - 1];
            let mut errs = Vec::new();
            let n = rune_body(body, &mut |a, b, m| errs.push((a, b, m))).1;
            let had_errs = !errs.is_empty();
            for (a, b, m) in errs {
                self.error(lo + 1 + a, lo + 1 + b, m);
            }
            if !had_errs {
                if n == 0 {
                    self.error(lo, hi, "empty rune literal or unescaped ' in rune literal");
                } else if n > 1 {
                    self.error(lo, hi, "more than one character in rune literal");
                }
            }
        }
        self.push(Tok::Rune, lo, hi);
    }
}

/// One decoded escape or character.
enum Unit {
    /// `\x41`, `\101`: one byte.
    Byte(u8),
    /// A character or `\n`, `\u00e9`, `\U0001F600`: one code point.
    Char(u32),
}

/// Reads one character or escape of a quoted literal body starting at `*i`.
/// Reports a malformed escape through `err(lo, hi, msg)` (offsets in `s`).
fn read_unit(s: &str, i: &mut usize, quote: u8, err: &mut dyn FnMut(usize, usize, String)) -> Unit {
    let b = s.as_bytes();
    let start = *i;
    if b[start] != b'\\' {
        let ch = s[start..].chars().next().unwrap_or('\u{fffd}');
        *i += ch.len_utf8();
        return Unit::Char(ch as u32);
    }
    let Some(&c) = b.get(start + 1) else {
        *i = b.len();
        err(start, b.len(), "unknown escape".to_string());
        return Unit::Char(0xfffd);
    };
    *i = start + 2;
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(b'\\' as u32),
        _ if c == quote => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return Unit::Char(v);
    }
    let (ndig, radix) = match c {
        b'0'..=b'7' => (3, 8),
        b'x' => (2, 16),
        b'u' => (4, 16),
        b'U' => (8, 16),
        _ => {
            let ch = s[start + 1..].chars().next().unwrap_or('\u{fffd}');
            *i = start + 1 + ch.len_utf8();
            err(start, *i, "unknown escape".to_string());
            return Unit::Char(0xfffd);
        }
    };
    let digits_start = if radix == 8 { start + 1 } else { start + 2 };
    let mut v: u32 = 0;
    let mut n = 0;
    while n < ndig {
        match b
            .get(digits_start + n)
            .and_then(|&d| (d as char).to_digit(radix))
        {
            Some(d) => {
                v = v * radix + d;
                n += 1;
            }
            None => break,
        }
    }
    *i = digits_start + n;
    if n < ndig {
        err(
            start,
            *i,
            "invalid escape sequence: too few digits".to_string(),
        );
        return Unit::Char(0xfffd);
    }
    match c {
        b'0'..=b'7' => {
            if v > 255 {
                err(start, *i, format!("octal escape value {v} > 255"));
                Unit::Byte(0)
            } else {
                Unit::Byte(v as u8)
            }
        }
        b'x' => Unit::Byte(v as u8),
        _ => {
            if char::from_u32(v).is_none() {
                err(
                    start,
                    *i,
                    "escape is invalid Unicode code point".to_string() + &format!(" U+{v:04X}"),
                );
                Unit::Char(0xfffd)
            } else {
                Unit::Char(v)
            }
        }
    }
}

fn unquote_body(body: &str, quote: u8, err: &mut dyn FnMut(usize, usize, String)) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        match read_unit(body, &mut i, quote, err) {
            Unit::Byte(b) => out.push(b),
            Unit::Char(c) => {
                let ch = char::from_u32(c).unwrap_or('\u{fffd}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out
}

/// Decodes a rune body; returns the value of its first unit and the number of units.
fn rune_body(body: &str, err: &mut dyn FnMut(usize, usize, String)) -> (u32, usize) {
    let mut i = 0;
    let mut first = 0;
    let mut n = 0;
    while i < body.len() {
        let v = match read_unit(body, &mut i, b'\'', err) {
            Unit::Byte(b) => b as u32,
            Unit::Char(c) => c,
        };
        if n == 0 {
            first = v;
        }
        n += 1;
    }
    (first, n)
}

/// Decodes a string literal's source text (with its quotes, interpreted or raw)
/// to its bytes. Errors were reported by the lexer; here they are ignored.
pub fn unquote_string(text: &str) -> Vec<u8> {
    if let Some(body) = text.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        return body.bytes().filter(|&b| b != b'\r').collect();
    }
    let body = text.strip_prefix('"').unwrap_or(text);
    let body = body.strip_suffix('"').unwrap_or(body);
    unquote_body(body, b'"', &mut |_, _, _| {})
}

/// Decodes a rune literal's source text (with its quotes) to its value.
pub fn unquote_rune(text: &str) -> u32 {
    let body = text.strip_prefix('\'').unwrap_or(text);
    let body = body.strip_suffix('\'').unwrap_or(body);
    rune_body(body, &mut |_, _, _| {}).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_table_is_in_discriminant_order() {
        for (i, t) in ALL_TOKS.iter().enumerate() {
            assert_eq!(*t as usize, i, "{t:?}");
        }
        assert_eq!(TOK_COUNT, ALL_TOKS.len());
    }

    fn kinds(src: &str) -> Vec<Tok> {
        let (toks, diags) = lex(0, src);
        assert!(diags.is_empty(), "unexpected diagnostics: {diags:?}");
        toks.iter().map(|t| t.tok).collect()
    }

    fn texts(src: &str) -> Vec<&str> {
        let (toks, _) = lex(0, src);
        toks.iter()
            .map(|t| &src[t.lo as usize..t.hi as usize])
            .collect()
    }

    fn errors(src: &str) -> Vec<String> {
        lex(0, src).1.into_iter().map(|d| d.message).collect()
    }

    use Tok::*;

    #[test]
    fn semicolons_after_line_final_tokens() {
        assert_eq!(kinds("x\n"), vec![Ident, Semi]);
        assert_eq!(kinds("1\n2.5\n3i\n'a'\n\"s\"\n`r`\n"), {
            let mut v = vec![];
            for t in [Int, Float, Imag, Rune, Str, Str] {
                v.push(t);
                v.push(Semi);
            }
            v
        });
        assert_eq!(
            kinds("break\ncontinue\nfallthrough\nreturn\n"),
            vec![Break, Semi, Continue, Semi, Fallthrough, Semi, Return, Semi]
        );
        assert_eq!(
            kinds("i++\ni--\n)\n]\n}\n"),
            vec![Ident, Inc, Semi, Ident, Dec, Semi, RParen, Semi, RBrack, Semi, RBrace, Semi]
        );
        // No semicolon after operators, `(`, `{`, `,` or keywords like `func`.
        assert_eq!(kinds("a +\nb"), vec![Ident, Plus, Ident, Semi]);
        assert_eq!(
            kinds("f(\na,\n)"),
            vec![Ident, LParen, Ident, Comma, RParen, Semi]
        );
        assert_eq!(kinds("if x {\n"), vec![If, Ident, LBrace]);
        assert_eq!(kinds("func\nvar\n"), vec![Func, Var]);
    }

    #[test]
    fn semicolon_at_eof_and_comments() {
        assert_eq!(kinds("x"), vec![Ident, Semi]);
        assert_eq!(kinds("x // c"), vec![Ident, Semi]);
        assert_eq!(kinds("x // c\ny"), vec![Ident, Semi, Ident, Semi]);
        // A block comment spanning lines acts as a newline...
        assert_eq!(kinds("x /* a\nb */ y"), vec![Ident, Semi, Ident, Semi]);
        // ...one on a single line does not.
        assert_eq!(kinds("x /* a */ + y"), vec![Ident, Plus, Ident, Semi]);
        // Blank lines do not add more semicolons.
        assert_eq!(kinds("x\n\n\n"), vec![Ident, Semi]);
        let src = "x\n";
        let (toks, _) = lex(0, src);
        assert_eq!(
            semi_kind(src, toks[1].lo as usize, toks[1].hi as usize),
            SemiKind::Newline
        );
        let src = "x;";
        let (toks, _) = lex(0, src);
        assert_eq!(
            semi_kind(src, toks[1].lo as usize, toks[1].hi as usize),
            SemiKind::Explicit
        );
        let src = "x";
        let (toks, _) = lex(0, src);
        assert_eq!(
            semi_kind(src, toks[1].lo as usize, toks[1].hi as usize),
            SemiKind::Eof
        );
    }

    #[test]
    fn operators_longest_match() {
        assert_eq!(
            kinds("<<= >>= &^= &^ &= && & <- <= < ... . := : != ! ~"),
            vec![
                ShlAssign,
                ShrAssign,
                AndNotAssign,
                AndNot,
                AndAssign,
                AndAnd,
                Amp,
                Arrow,
                LtEq,
                Lt,
                Ellipsis,
                Dot,
                Define,
                Colon,
                NotEq,
                Not,
                Tilde
            ]
        );
        assert_eq!(kinds("a.b"), vec![Ident, Dot, Ident, Semi]);
    }

    #[test]
    fn keywords_and_identifiers() {
        assert_eq!(
            kinds("func funky _x ß chan"),
            vec![Func, Ident, Ident, Ident, Chan]
        );
        assert_eq!(texts("héllo wörld"), vec!["héllo", "wörld", ""]);
    }

    #[test]
    fn integer_literals() {
        for lit in [
            "0",
            "42",
            "1_000_000",
            "0x1F",
            "0X_ff",
            "0o17",
            "0O7",
            "017",
            "0b1011",
            "0B_1",
        ] {
            assert_eq!(kinds(lit), vec![Int, Semi], "{lit}");
            assert_eq!(texts(lit)[0], lit);
        }
    }

    #[test]
    fn float_and_imaginary_literals() {
        for lit in [
            "1.5", "1.", ".5", "1e10", "1E-3", "6.02e+23", "0x1p-2", "0x1.8p3", "0X.8P0",
            "1_0.2_5", "0.", "072.40",
        ] {
            assert_eq!(kinds(lit), vec![Float, Semi], "{lit}");
        }
        for lit in ["1i", "0i", "0123i", "1.5i", "1e3i", "0x1p2i"] {
            assert_eq!(kinds(lit), vec![Imag, Semi], "{lit}");
        }
    }

    #[test]
    fn literal_errors() {
        assert_eq!(errors("08"), vec!["invalid digit '8' in octal literal"]);
        assert_eq!(errors("0x"), vec!["hexadecimal literal has no digits"]);
        assert_eq!(errors("0b102"), vec!["invalid digit '2' in binary literal"]);
        assert_eq!(errors("1_"), vec!["'_' must separate successive digits"]);
        assert_eq!(errors("1__0"), vec!["'_' must separate successive digits"]);
        assert_eq!(errors("1e"), vec!["exponent has no digits"]);
        assert_eq!(
            errors("0x1.5"),
            vec!["hexadecimal mantissa requires a 'p' exponent"]
        );
        assert_eq!(
            errors("'ab'"),
            vec!["more than one character in rune literal"]
        );
        assert_eq!(
            errors("''"),
            vec!["empty rune literal or unescaped ' in rune literal"]
        );
        assert_eq!(errors(r#""\q""#), vec!["unknown escape"]);
        assert_eq!(errors(r#""\400""#), vec!["octal escape value 256 > 255"]);
        assert_eq!(errors("\"abc\n"), vec!["newline in string"]);
        assert_eq!(errors("`abc"), vec!["raw string literal not terminated"]);
        assert_eq!(errors("/* x"), vec!["comment not terminated"]);
        assert_eq!(errors("a @ b"), vec!["invalid character U+0040 '@'"]);
        // Lexing goes on after an error.
        let (toks, diags) = lex(0, "x := 08\ny := 1");
        assert_eq!(diags.len(), 1);
        assert_eq!(toks.len(), 8);
    }

    #[test]
    fn rune_literals_with_all_escapes() {
        let cases: &[(&str, u32)] = &[
            ("'a'", 'a' as u32),
            ("'é'", 0xe9),
            (r"'\n'", 10),
            (r"'\a'", 7),
            (r"'\\'", b'\\' as u32),
            (r"'\''", b'\'' as u32),
            (r"'\x41'", 0x41),
            (r"'\xff'", 0xff),
            (r"'\u00e9'", 0xe9),
            (r"'\U0001F600'", 0x1F600),
            (r"'\101'", 0o101),
            (r"'\000'", 0),
        ];
        for &(text, want) in cases {
            assert_eq!(kinds(text), vec![Rune, Semi], "{text}");
            assert_eq!(unquote_rune(text), want, "{text}");
        }
        // `\"` is not valid in a rune, `\'` not in a string.
        assert_eq!(errors(r#"'\"'"#), vec!["unknown escape"]);
        assert_eq!(errors(r#""\'""#), vec!["unknown escape"]);
    }

    #[test]
    fn string_literals() {
        assert_eq!(unquote_string(r#""a\tb\n""#), b"a\tb\n");
        assert_eq!(unquote_string(r#""\x41\101\u00e9\U0001F600\"""#), {
            let mut v = b"AA".to_vec();
            v.extend_from_slice("é😀\"".as_bytes());
            v
        });
        assert_eq!(unquote_string(r#""\xff""#), vec![0xff]);
        assert_eq!(unquote_string("`a\\n\r\nb`"), b"a\\n\nb");
        assert_eq!(unquote_string("\"\""), b"");
        assert_eq!(kinds("`multi\nline`"), vec![Str, Semi]);
    }

    #[test]
    fn spans_are_bytes() {
        let (toks, _) = lex(0, "é := 1");
        assert_eq!((toks[0].lo, toks[0].hi), (0, 2));
        assert_eq!((toks[1].lo, toks[1].hi), (3, 5));
        assert_eq!((toks[2].lo, toks[2].hi), (6, 7));
    }

    #[test]
    fn describe_tokens() {
        let src = "x 1 func { ,\n";
        let (toks, _) = lex(0, src);
        let d: Vec<String> = toks
            .iter()
            .map(|t| describe(Some(t.tok), src, t.lo as usize, t.hi as usize))
            .collect();
        assert_eq!(d, vec!["x", "literal 1", "func", "{", "comma"]);
        assert_eq!(describe(Some(Semi), "x\n", 1, 2), "newline");
        assert_eq!(describe(None, "x", 1, 1), "EOF");
    }
}
