//! Go's `fmt` formatting of values described by the module's type table: the
//! bodies of `fmt.Sprint`, `Sprintln` and `Sprintf` (and, through them, `Print*`),
//! called by the runtime's fmt natives.
//!
//! Arguments are interface references (DESIGN §3): 0 is the nil interface, anything
//! else a heap `Box` whose header type field is the dynamic type's index in
//! `Module::types` and whose payload is the value's slots. A value is printed by
//! walking its `TypeDesc` and reading the slots in place (struct fields at their
//! offsets, slice elements through the backing array), following Go's
//! `fmt/print.go` and `fmt/format.go` rule by rule: the spacing rules of `Sprint`
//! and `Sprintln`, every verb, flag, width and precision, `%!verb(type=value)` for
//! bad verbs, `%!v(MISSING)`, `%!(EXTRA ...)`, `%!(NOVERB)`, `%!(BADWIDTH)`,
//! `%!(BADPREC)`, `%!v(BADINDEX)` and argument indexes `%[2]d`; floats through a
//! port of `strconv.FormatFloat` built on Rust's exact shortest/fixed digit
//! generation. `Error() string` (first) and `String() string` methods of the dynamic
//! type are called through the [`MethodCaller`] for `%v %s %q %x %X`, also for
//! nested values reached through exported fields, elements and interfaces, as Go's
//! `handleMethods` does.
//!
//! Invariants relied on (established by the verifier and the runtime): interface
//! boxes hold `slots(ty)` slots of a value of type `ty`; slices are
//! `[array ref, offset, len, cap]` with the array holding elements of the slice's
//! element type. The formatter re-checks what it cheaply can (box kind and length,
//! slice bounds against the array, the kind of a returned string) and prints a
//! `%!v(BAD...)` marker instead of reading outside an object. Nesting deeper than
//! [`MAX_DEPTH`] prints `...` rather than exhausting the stack.
//!
//! Maps print with their keys sorted like Go's `internal/fmtsort` (from a snapshot
//! of the entries, read in place like heap values); keys of different dynamic
//! types inside interfaces sort by type index (Go sorts them by type address).
//!
//! `GoString() string` is called for `%#v` (Go's `GoStringer`). Not yet:
//! `Formatter`, complex numbers, `%w`. A method that panics prints
//! `%!v(PANIC=String method: ...)` without the panic value, which the
//! `MethodCaller` does not report.

use std::sync::atomic::Ordering;

use super::heap;
use super::maps;
use crate::bytecode::{Module, TypeKind};

/// Lets the formatter call Go methods (`String() string`, `Error() string`) on values.
pub trait MethodCaller {
    /// Calls `func` (a method-table entry: an interface wrapper whose only argument is
    /// the interface box `boxed`) and returns the string reference it returns, or
    /// why the call did not complete.
    fn call_string_method(&mut self, func: u32, boxed: u64) -> Result<u64, MethodFailure>;
}

/// Why a method called while printing did not return: what Go's `catchPanic`
/// prints after `%!v(PANIC=String method: `.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodFailure {
    /// It panicked with this (non-nil) interface value, printed with `%v`.
    Value(u64),
    /// It panicked with a run-time error; the error's text.
    Text(String),
    /// It could not complete otherwise.
    Other,
}

/// Values nested deeper than this print as `...`.
pub const MAX_DEPTH: usize = 100;

/// `fmt.Sprint`: `args` are interface references.
pub fn sprint(module: &Module, caller: &mut dyn MethodCaller, args: &[u64]) -> Vec<u8> {
    let mut p = Printer::new(module, caller);
    let mut prev_string = false;
    for (i, &arg) in args.iter().enumerate() {
        let is_string = matches!(
            p.open_box(arg),
            Boxed::Val(v) if matches!(p.kind(v.ty), TypeKind::String)
        );
        if i > 0 && !is_string && !prev_string {
            p.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p.buf
}

/// `fmt.Sprintln`.
pub fn sprintln(module: &Module, caller: &mut dyn MethodCaller, args: &[u64]) -> Vec<u8> {
    let mut p = Printer::new(module, caller);
    for (i, &arg) in args.iter().enumerate() {
        if i > 0 {
            p.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
    }
    p.buf.push(b'\n');
    p.buf
}

/// `fmt.Sprintf`.
pub fn sprintf(
    module: &Module,
    caller: &mut dyn MethodCaller,
    format: &[u8],
    args: &[u64],
) -> Vec<u8> {
    let mut p = Printer::new(module, caller);
    p.do_printf(format, args);
    p.buf
}

/// The type name `%T` prints for the interface reference `arg` (`<nil>` for nil).
pub fn type_name(module: &Module, arg: u64) -> String {
    let mut caller = NoMethods;
    let p = Printer::new(module, &mut caller);
    match p.open_box(arg) {
        Boxed::Val(v) => module.types[v.ty as usize].name.clone(),
        _ => "<nil>".into(),
    }
}

struct NoMethods;
impl MethodCaller for NoMethods {
    fn call_string_method(&mut self, _func: u32, _boxed: u64) -> Result<u64, MethodFailure> {
        Err(MethodFailure::Other)
    }
}

// ---------------------------------------------------------------------------
// Values

/// A value of type `ty` whose slots start at address `addr`.
#[derive(Clone, Copy, Debug)]
struct Val {
    ty: u32,
    addr: u64,
    /// The interface box holding exactly this value, when there is one (else 0).
    boxed: u64,
    /// Go's `CanInterface`: false below an unexported struct field.
    can_iface: bool,
}

enum Boxed {
    Nil,
    Val(Val),
    /// Not a box of a known type with enough slots (never made by the runtime).
    Bad,
}

/// Reads slot `i` of the value at `addr`.
fn load(addr: u64, i: u64) -> u64 {
    // SAFETY: `addr` is the address of a value's payload inside a live heap object
    // (an interface box, a struct field of one, a pointer target, or a slice element
    // checked against its array) or inside a map snapshot buffer that `print_map`
    // keeps alive while it prints, and `i` is below the value's slot count from its
    // verified TypeDesc; the heap never frees objects while a formatter runs.
    unsafe { heap::slot(addr, i as usize) }.load(Ordering::Relaxed)
}

#[derive(Clone, Copy, Default)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
    wid_present: bool,
    prec_present: bool,
    wid: usize,
    prec: usize,
}

struct Printer<'a> {
    m: &'a Module,
    caller: &'a mut dyn MethodCaller,
    buf: Vec<u8>,
    f: Flags,
    /// Inside `%!verb(...)`: no methods are called (Go's `p.erroring`).
    erroring: bool,
    /// The value being printed, for bad-verb messages (Go's `p.value`).
    cur: Option<Val>,
    /// Go's `p.reordered` / `p.goodArgNum` for `%[n]` indexes.
    reordered: bool,
    good_arg_num: bool,
    /// Indices of "Error" and "String" in `Module::method_names`.
    error_name: Option<u16>,
    string_name: Option<u16>,
    /// Index of "GoString" (`%#v` calls it, Go's `GoStringer`).
    gostring_name: Option<u16>,
    /// Printing the value a method panicked with (Go's `p.panicking`).
    panicking: bool,
}

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

impl<'a> Printer<'a> {
    fn new(m: &'a Module, caller: &'a mut dyn MethodCaller) -> Self {
        let find = |name: &str| {
            m.method_names
                .iter()
                .position(|n| n == name)
                .and_then(|i| u16::try_from(i).ok())
        };
        Printer {
            m,
            caller,
            buf: Vec::new(),
            f: Flags::default(),
            erroring: false,
            cur: None,
            reordered: false,
            good_arg_num: true,
            error_name: find("Error"),
            string_name: find("String"),
            gostring_name: find("GoString"),
            panicking: false,
        }
    }

    fn kind(&self, ty: u32) -> &'a TypeKind {
        &self.m.types[ty as usize].kind
    }

    fn type_name(&self, ty: u32) -> &'a str {
        &self.m.types[ty as usize].name
    }

    fn slots(&self, ty: u32) -> u64 {
        self.m.types[ty as usize].slots as u64
    }

    fn open_box(&self, r: u64) -> Boxed {
        if r == 0 {
            return Boxed::Nil;
        }
        // SAFETY: `r` is a non-nil interface reference, i.e. a Box made by
        // `heap::alloc_box` (DESIGN §3); its header precedes the payload.
        let ((kind, ty), len) = unsafe { (heap::kind_and_type(r), heap::obj_len(r)) };
        if kind != heap::Kind::Box as u8
            || ty as usize >= self.m.types.len()
            || len < self.slots(ty)
        {
            return Boxed::Bad;
        }
        Boxed::Val(Val {
            ty,
            addr: r,
            boxed: r,
            can_iface: true,
        })
    }

    // -- output helpers (Go's fmt.fmt) --

    fn write_padding(&mut self, n: usize) {
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(b, n));
    }

    fn pad(&mut self, s: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(s);
            return;
        }
        let width = self.f.wid.saturating_sub(rune_count(s));
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(s);
        } else {
            self.buf.extend_from_slice(s);
            self.write_padding(width);
        }
    }

    fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                if n == 0 {
                    return &s[..i];
                }
                n -= 1;
                i += decode_rune(&s[i..]).1;
            }
        }
        s
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s).to_vec();
        self.pad(&s);
    }

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf
                .extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 15) as usize]]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s).to_vec();
        if self.f.sharp && can_backquote(&s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(&s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let q = quote(&s, b'"', self.f.plus);
        self.pad(&q);
    }

    fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as u32 };
        let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
        let mut b = [0u8; 4];
        let s = ch.encode_utf8(&mut b).as_bytes().to_vec();
        self.pad(&s);
    }

    fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as u32 };
        let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
        let mut q = vec![b'\''];
        escaped_rune(&mut q, ch, b'\'', self.f.plus);
        q.push(b'\'');
        self.pad(&q);
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut hex = Vec::new();
        let mut v = u;
        loop {
            hex.push(UDIGITS[(v & 15) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while hex.len() < prec {
            hex.push(b'0');
        }
        hex.extend_from_slice(b"+U");
        hex.reverse();
        if self.f.sharp && u <= 0x10FFFF {
            if let Some(ch) = char::from_u32(u as u32).filter(|&c| is_print(c)) {
                hex.extend_from_slice(b" '");
                let mut b = [0u8; 4];
                hex.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                hex.push(b'\'');
            }
        }
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&hex);
        self.f.zero = old;
    }

    /// Go's `fmt.fmtInteger`.
    fn fmt_int_base(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut out: Vec<u8> = Vec::with_capacity(24 + prec);
        loop {
            out.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while out.len() < prec {
            out.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 if out.last() != Some(&b'0') => out.push(b'0'),
                16 => out.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.f.plus {
            out.push(b'+');
        } else if self.f.space {
            out.push(b' ');
        }
        out.reverse();
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old;
    }

    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_int_base(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    /// Go's `fmt.fmtFloat`.
    fn fmt_float_prec(&mut self, v: f64, size: u32, verb: u8, prec: i32) {
        let prec = if self.f.prec_present {
            self.f.prec.min(i32::MAX as usize) as i32
        } else {
            prec
        };
        let digits = format_float(v, verb, prec, size);
        let mut num = Vec::with_capacity(digits.len() + 1);
        if digits[0] == b'-' || digits[0] == b'+' {
            num.extend_from_slice(&digits);
        } else {
            num.push(b'+');
            num.extend_from_slice(&digits);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec as i64;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail = num.split_off(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail = num.split_off(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len());
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // -- Go's print.go --

    fn bad_verb(&mut self, verb: char) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        push_char(&mut self.buf, verb);
        self.buf.push(b'(');
        match self.cur {
            Some(v) => {
                self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
                self.buf.push(b'=');
                self.print_value(v, 'v', 0);
            }
            None => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: bool, verb: char) {
        match verb {
            't' | 'v' => self.fmt_boolean(v),
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_integer(&mut self, v: u64, signed: bool, verb: char) {
        match verb {
            'v' => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(v, true)
                } else {
                    self.fmt_int_base(v, 10, signed, verb, LDIGITS)
                }
            }
            'd' => self.fmt_int_base(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt_int_base(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_int_base(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt_int_base(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt_int_base(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: char) {
        match verb {
            'v' => self.fmt_float_prec(v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_prec(v, size, verb as u8, -1),
            'f' | 'e' | 'E' | 'F' => {
                let verb = if verb == 'F' { b'f' } else { verb as u8 };
                self.fmt_float_prec(v, size, verb, 6)
            }
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char) {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(s)
                } else {
                    self.fmt_s(s)
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sbx(s, LDIGITS),
            'X' => self.fmt_sbx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb),
        }
    }

    /// The address a pointer-like value prints as (`None` for other kinds).
    fn pointer_of(&self, v: Val) -> Option<u64> {
        match self.kind(v.ty) {
            TypeKind::Pointer { .. }
            | TypeKind::Chan { .. }
            | TypeKind::Func
            | TypeKind::Map { .. }
            | TypeKind::Opaque => Some(load(v.addr, 0)),
            TypeKind::Slice { elem } => {
                let arr = load(v.addr, 0);
                if arr == 0 {
                    Some(0)
                } else {
                    let off = load(v.addr, 1);
                    Some(arr.wrapping_add(off.wrapping_mul(8 * self.slots(*elem))))
                }
            }
            _ => None,
        }
    }

    fn fmt_pointer(&mut self, v: Val, verb: char) {
        let Some(u) = self.pointer_of(v) else {
            self.bad_verb(verb);
            return;
        };
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    self.fmt_0x64(u, !self.f.sharp);
                }
            }
            'p' => self.fmt_0x64(u, !self.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb),
            _ => self.bad_verb(verb),
        }
    }

    fn print_arg(&mut self, arg: u64, verb: char) {
        self.cur = None;
        match self.open_box(arg) {
            Boxed::Nil => match verb {
                'T' | 'v' => self.pad(b"<nil>"),
                _ => self.bad_verb(verb),
            },
            Boxed::Bad => self.bad_object(verb, "BADBOX"),
            Boxed::Val(v) => match verb {
                'T' => {
                    let name = self.type_name(v.ty).as_bytes();
                    self.fmt_s(name);
                }
                'p' => {
                    self.cur = Some(v);
                    self.fmt_pointer(v, 'p');
                }
                _ => {
                    if !self.handle_methods(v, verb) {
                        self.print_value(v, verb, 0);
                    }
                }
            },
        }
    }

    /// `%!v(BADBOX)` and friends: a reference that is not what its type says.
    fn bad_object(&mut self, verb: char, what: &str) {
        self.buf.extend_from_slice(b"%!");
        push_char(&mut self.buf, verb);
        self.buf.push(b'(');
        self.buf.extend_from_slice(what.as_bytes());
        self.buf.push(b')');
    }

    /// The `Error` or `String` method of `ty` usable as `func() string`.
    fn string_method(&self, ty: u32) -> Option<(u32, &'static str)> {
        self.find_string_method(
            ty,
            &[(self.error_name, "Error"), (self.string_name, "String")],
        )
    }

    /// The first of `names` that `ty` has as a method usable as `func() string`.
    fn find_string_method(
        &self,
        ty: u32,
        names: &[(Option<u16>, &'static str)],
    ) -> Option<(u32, &'static str)> {
        let t = &self.m.types[ty as usize];
        for &(name, label) in names {
            let Some(name) = name else { continue };
            let Ok(i) = t.methods.binary_search_by_key(&name, |mt| mt.name) else {
                continue;
            };
            let func = t.methods[i].func;
            let Some(f) = self.m.funcs.get(t.methods[i].func_index() as usize) else {
                continue;
            };
            // The interface wrapper of `M() string` takes the box and returns one
            // reference slot, after its parameter (register 1). TypeDesc methods
            // carry no signature; this filters out other shapes, and `string_at`
            // re-checks the kind of the returned object.
            if f.param_slots == 1 && f.result_slots == 1 && f.is_ref_reg(1) {
                return Some((func, label));
            }
        }
        None
    }

    /// Go's `handleMethods` (without Formatter): `GoString` for `%#v`, else
    /// `Error` or `String` for the string verbs.
    fn handle_methods(&mut self, v: Val, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let found = if self.f.sharp_v {
            self.find_string_method(v.ty, &[(self.gostring_name, "GoString")])
        } else if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            self.string_method(v.ty)
        } else {
            None
        };
        let Some((func, label)) = found else {
            return false;
        };
        let boxed = if v.boxed != 0 {
            v.boxed
        } else {
            let n = self.slots(v.ty);
            let b = heap::alloc_box(v.ty, n as usize);
            for i in 0..n {
                // SAFETY: `b` is a fresh box of `n` slots.
                unsafe { heap::slot(b, i as usize) }.store(load(v.addr, i), Ordering::Relaxed);
            }
            b
        };
        match self.caller.call_string_method(func, boxed) {
            Ok(s) => match string_at(s) {
                // GoString's result is printed as is (Go's fmtS)
                Some(bytes) if self.f.sharp_v => self.fmt_s(&bytes),
                Some(bytes) => self.fmt_string(&bytes, verb),
                None => self.bad_object(verb, "BADSTRING"),
            },
            Err(failure) => {
                // Go's catchPanic: a nil pointer receiver prints <nil>.
                let nil_ptr =
                    matches!(self.kind(v.ty), TypeKind::Pointer { .. }) && load(v.addr, 0) == 0;
                if nil_ptr {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    let old = self.f;
                    self.f = Flags::default();
                    self.buf.extend_from_slice(b"%!");
                    push_char(&mut self.buf, verb);
                    self.buf.extend_from_slice(b"(PANIC=");
                    self.buf.extend_from_slice(label.as_bytes());
                    self.buf.extend_from_slice(b" method: ");
                    match failure {
                        // The panic value prints itself (Go: p.printArg(err, 'v')),
                        // unless that panics too.
                        MethodFailure::Value(b) if !self.panicking => {
                            let cur = self.cur;
                            self.panicking = true;
                            self.print_arg(b, 'v');
                            self.panicking = false;
                            self.cur = cur;
                            self.f = Flags::default();
                        }
                        MethodFailure::Text(t) => self.buf.extend_from_slice(t.as_bytes()),
                        _ => self.buf.extend_from_slice(b"call did not complete"),
                    }
                    self.buf.push(b')');
                    self.f = old;
                }
            }
        }
        true
    }

    fn print_value(&mut self, v: Val, verb: char, depth: usize) {
        if depth > 0 && v.can_iface && self.handle_methods(v, verb) {
            return;
        }
        if depth > MAX_DEPTH {
            self.buf.extend_from_slice(b"...");
            return;
        }
        self.cur = Some(v);
        let m = self.m;
        match &m.types[v.ty as usize].kind {
            TypeKind::Bool => self.fmt_bool(load(v.addr, 0) != 0, verb),
            TypeKind::Int { bits, signed } => {
                let raw = load(v.addr, 0);
                let sh = 64 - (*bits as u32).clamp(1, 64);
                let u = if *signed {
                    (((raw << sh) as i64) >> sh) as u64
                } else {
                    (raw << sh) >> sh
                };
                self.fmt_integer(u, *signed, verb)
            }
            TypeKind::Float { bits } => {
                let x = f64::from_bits(load(v.addr, 0));
                let size = if *bits == 32 { 32 } else { 64 };
                self.fmt_float(x, size, verb)
            }
            TypeKind::String => match string_at(load(v.addr, 0)) {
                Some(s) => self.fmt_string(&s, verb),
                None => self.bad_object(verb, "BADSTRING"),
            },
            TypeKind::Map { key, value } => self.print_map(v, *key, *value, verb, depth),
            TypeKind::Struct { fields } => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
                }
                self.buf.push(b'{');
                for (i, fl) in fields.iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    if (self.f.plus_v || self.f.sharp_v) && !fl.name.is_empty() {
                        self.buf.extend_from_slice(fl.name.as_bytes());
                        self.buf.push(b':');
                    }
                    let exported = fl.name.chars().next().is_some_and(char::is_uppercase);
                    let fv = Val {
                        ty: fl.ty,
                        addr: v.addr + 8 * fl.offset as u64,
                        boxed: 0,
                        can_iface: v.can_iface && exported,
                    };
                    self.print_value(fv, verb, depth + 1);
                }
                self.buf.push(b'}');
            }
            TypeKind::Interface { .. } => match self.open_box(load(v.addr, 0)) {
                Boxed::Nil => {
                    if self.f.sharp_v {
                        self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.buf.extend_from_slice(b"<nil>");
                    }
                }
                Boxed::Bad => self.bad_object(verb, "BADBOX"),
                Boxed::Val(inner) => {
                    let inner = Val {
                        can_iface: v.can_iface,
                        ..inner
                    };
                    self.print_value(inner, verb, depth + 1)
                }
            },
            TypeKind::Array { elem, len } => {
                let es = self.slots(*elem);
                self.print_list(v, *elem, v.addr, es, *len, false, verb, depth);
            }
            TypeKind::Slice { elem } => {
                let arr = load(v.addr, 0);
                let (off, len) = (load(v.addr, 1), load(v.addr, 2));
                let es = self.slots(*elem);
                let mut start = 0;
                if arr != 0 {
                    // SAFETY: a non-nil slice array is an Array or View object.
                    let fits = match unsafe { heap::backing(arr) } {
                        Some((b, ety, alen)) => {
                            start = b;
                            (ety as usize) < m.types.len()
                                && self.slots(ety) == es
                                && off.checked_add(len).is_some_and(|end| end <= alen)
                        }
                        None => false,
                    };
                    if !fits {
                        self.bad_object(verb, "BADSLICE");
                        return;
                    }
                }
                let base = start.wrapping_add(8 * off.wrapping_mul(es));
                self.print_list(v, *elem, base, es, len, arr == 0, verb, depth);
            }
            TypeKind::Pointer { elem } => {
                let p = load(v.addr, 0);
                if depth == 0 && p != 0 {
                    if let TypeKind::Array { .. }
                    | TypeKind::Slice { .. }
                    | TypeKind::Struct { .. }
                    | TypeKind::Map { .. } = self.kind(*elem)
                    {
                        self.buf.push(b'&');
                        let target = Val {
                            ty: *elem,
                            addr: p,
                            boxed: 0,
                            can_iface: v.can_iface,
                        };
                        self.print_value(target, verb, depth + 1);
                        return;
                    }
                }
                self.fmt_pointer(v, verb);
            }
            TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Opaque => self.fmt_pointer(v, verb),
        }
    }

    /// Maps: `map[k:v k:v]`, `T{k:v, k:v}` for `%#v` (`T(nil)` for nil), keys
    /// sorted as Go's `internal/fmtsort` sorts them.
    fn print_map(&mut self, v: Val, key: u32, value: u32, verb: char, depth: usize) {
        let m = load(v.addr, 0);
        let gm = match maps::map_ref(m, None) {
            Ok(gm) => gm,
            Err(_) => {
                self.bad_object(verb, "BADMAP");
                return;
            }
        };
        if self.f.sharp_v {
            self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
            if gm.is_none() {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        let (entries, n) = gm.map_or((Vec::new(), 0), |gm| gm.snapshot());
        let (ks, vs) = (self.slots(key), self.slots(value));
        let st = ks + vs;
        // Entries are read in place from the snapshot buffer, which lives until the
        // end of this function.
        let base = entries.as_ptr() as u64;
        let addr = |i: usize| base + 8 * (i as u64) * st;
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&i, &j| self.compare(key, addr(i), addr(j), 0));
        for (pos, &i) in order.iter().enumerate() {
            if pos > 0 {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            let kv = Val {
                ty: key,
                addr: addr(i),
                boxed: 0,
                can_iface: v.can_iface,
            };
            self.print_value(kv, verb, depth + 1);
            self.buf.push(b':');
            let vv = Val {
                ty: value,
                addr: addr(i) + 8 * ks,
                boxed: 0,
                can_iface: v.can_iface,
            };
            self.print_value(vv, verb, depth + 1);
        }
        self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
    }

    /// Go's `internal/fmtsort` order of two values of type `ty` at `a` and `b`
    /// (interfaces: nil first, then by dynamic type, then by value; floats: NaN
    /// first).
    fn compare(&self, ty: u32, a: u64, b: u64, depth: usize) -> std::cmp::Ordering {
        use std::cmp::Ordering::*;
        if depth > MAX_DEPTH {
            return Equal;
        }
        match self.kind(ty) {
            TypeKind::Int { bits, signed } => {
                let sh = 64 - (*bits as u32).clamp(1, 64);
                let (x, y) = (load(a, 0) << sh, load(b, 0) << sh);
                if *signed {
                    ((x as i64) >> sh).cmp(&((y as i64) >> sh))
                } else {
                    x.cmp(&y)
                }
            }
            TypeKind::Float { .. } => {
                let (x, y) = (f64::from_bits(load(a, 0)), f64::from_bits(load(b, 0)));
                match x.partial_cmp(&y) {
                    Some(o) => o,
                    None => x.is_nan().cmp(&y.is_nan()).reverse(),
                }
            }
            TypeKind::String => {
                let (x, y) = (string_at(load(a, 0)), string_at(load(b, 0)));
                x.cmp(&y)
            }
            TypeKind::Struct { fields } => {
                for f in fields {
                    let off = 8 * f.offset as u64;
                    match self.compare(f.ty, a + off, b + off, depth + 1) {
                        Equal => {}
                        o => return o,
                    }
                }
                Equal
            }
            TypeKind::Array { elem, len } => {
                let es = 8 * self.slots(*elem);
                for i in 0..*len {
                    match self.compare(*elem, a + es * i, b + es * i, depth + 1) {
                        Equal => {}
                        o => return o,
                    }
                }
                Equal
            }
            TypeKind::Interface { .. } => {
                let (x, y) = (load(a, 0), load(b, 0));
                match (self.open_box(x), self.open_box(y)) {
                    (Boxed::Val(p), Boxed::Val(q)) => {
                        p.ty.cmp(&q.ty)
                            .then_with(|| self.compare(p.ty, p.addr, q.addr, depth + 1))
                    }
                    (Boxed::Nil, Boxed::Nil) => Equal,
                    (Boxed::Nil, _) => Less,
                    (_, Boxed::Nil) => Greater,
                    _ => Equal,
                }
            }
            // bools (false < true), pointers and channels by address
            _ => load(a, 0).cmp(&load(b, 0)),
        }
    }

    /// Arrays and slices: `[a b c]`, `T{a, b, c}` for `%#v`, bytes for `%s %q %x %X`.
    #[allow(clippy::too_many_arguments)]
    fn print_list(
        &mut self,
        v: Val,
        elem: u32,
        base: u64,
        es: u64,
        len: u64,
        nil: bool,
        verb: char,
        depth: usize,
    ) {
        let is_bytes = matches!(
            self.kind(elem),
            TypeKind::Int {
                bits: 8,
                signed: false
            }
        );
        if is_bytes && matches!(verb, 's' | 'q' | 'x' | 'X') {
            let bytes: Vec<u8> = (0..len).map(|i| load(base, i * es) as u8).collect();
            match verb {
                's' => self.fmt_s(&bytes),
                'q' => self.fmt_q(&bytes),
                'x' => self.fmt_sbx(&bytes, LDIGITS),
                _ => self.fmt_sbx(&bytes, UDIGITS),
            }
            return;
        }
        let item = |i: u64| Val {
            ty: elem,
            addr: base + 8 * i * es,
            boxed: 0,
            can_iface: v.can_iface,
        };
        if self.f.sharp_v {
            self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
            if nil && matches!(self.kind(v.ty), TypeKind::Slice { .. }) {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
            for i in 0..len {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.print_value(item(i), verb, depth + 1);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for i in 0..len {
                if i > 0 {
                    self.buf.push(b' ');
                }
                self.print_value(item(i), verb, depth + 1);
            }
            self.buf.push(b']');
        }
    }

    // -- Printf --

    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        nargs: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index < nargs {
            return (index, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `intFromArg`: the argument as an int for `*` widths and precisions.
    fn int_from_arg(&self, args: &[u64], arg_num: usize) -> (i64, bool, usize) {
        let mut new_arg = arg_num;
        let (mut num, mut is_int) = (0i64, false);
        if let Some(&a) = args.get(arg_num) {
            if let Boxed::Val(v) = self.open_box(a) {
                if let TypeKind::Int { bits, signed } = self.kind(v.ty) {
                    let raw = load(v.addr, 0);
                    let sh = 64 - (*bits as u32).clamp(1, 64);
                    if *signed {
                        num = ((raw << sh) as i64) >> sh;
                        is_int = true;
                    } else {
                        let u = (raw << sh) >> sh;
                        if (u as i64) >= 0 {
                            num = u as i64;
                            is_int = true;
                        }
                    }
                }
            }
            new_arg = arg_num + 1;
            if too_large(num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new_arg)
    }

    fn do_printf(&mut self, format: &[u8], args: &[u64]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // the '%'
            self.f = Flags::default();
            'simple: while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'v' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            self.print_arg(args[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break 'simple;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, next) = self.int_from_arg(args, arg_num);
                arg_num = next;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if w < 0 {
                    self.f.minus = true;
                    self.f.zero = false;
                }
                self.f.wid = w.unsigned_abs() as usize;
                after_index = false;
            } else {
                let (w, ok, next) = parse_num(format, i, end);
                self.f.wid = w;
                self.f.wid_present = ok;
                i = next;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, next) = self.int_from_arg(args, arg_num);
                    arg_num = next;
                    self.f.prec_present = ok;
                    self.f.prec = p.max(0) as usize;
                    if p < 0 {
                        self.f.prec_present = false;
                    }
                    if !ok {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, next) = parse_num(format, i, end);
                    i = next;
                    self.f.prec = if ok { p } else { 0 };
                    self.f.prec_present = true;
                }
            }

            if !after_index {
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            }
            let _ = after_index;

            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (format[i] as char, 1)
            } else {
                let (r, n) = decode_rune(&format[i..]);
                (r.unwrap_or('\u{FFFD}'), n)
            };
            i += size;

            if verb == '%' {
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.bad_object(verb, "BADINDEX");
            } else if arg_num >= args.len() {
                self.bad_object(verb, "MISSING");
            } else {
                if verb == 'v' {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(args[arg_num], verb);
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < args.len() {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, &arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match self.open_box(arg) {
                    Boxed::Val(v) => {
                        self.buf.extend_from_slice(self.type_name(v.ty).as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(arg, 'v');
                    }
                    Boxed::Nil => self.buf.extend_from_slice(b"<nil>"),
                    Boxed::Bad => self.bad_object('v', "BADBOX"),
                }
            }
            self.buf.push(b')');
        }
    }
}

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's `parsenum`: (number, found, next index).
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0usize;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num as i64) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as usize;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's `parseArgNumber` on `[n]...`: (zero-based index, bytes used, ok).
fn parse_arg_number(format: &[u8]) -> (usize, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i || width == 0 {
                // `[0]` is index -1 in Go: not ok as an index, but well formed.
                return (usize::MAX, i + 1, ok && newi == i);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// The bytes of the string reference `r`, or `None` if `r` is not a string object.
fn string_at(r: u64) -> Option<Vec<u8>> {
    if r == 0 {
        return Some(Vec::new());
    }
    // SAFETY: `r` is a non-nil reference held in a string-typed slot or returned by
    // a string method; its header precedes it. The kind is checked before the
    // length is trusted.
    unsafe {
        if heap::kind_and_type(r).0 != heap::Kind::Str as u8 {
            return None;
        }
        Some(heap::str_bytes(r).to_vec())
    }
}

fn push_char(buf: &mut Vec<u8>, c: char) {
    let mut b = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// Decodes one UTF-8 sequence like Go's `utf8.DecodeRune`: an invalid byte is
/// `(None, 1)`.
fn decode_rune(s: &[u8]) -> (Option<char>, usize) {
    let n = match s.first() {
        None => return (None, 0),
        Some(&b) if b < 0x80 => return (Some(b as char), 1),
        Some(&b) if b & 0xE0 == 0xC0 => 2,
        Some(&b) if b & 0xF0 == 0xE0 => 3,
        Some(&b) if b & 0xF8 == 0xF0 => 4,
        Some(_) => return (None, 1),
    };
    match s.get(..n).map(std::str::from_utf8) {
        Some(Ok(st)) => (st.chars().next(), n),
        _ => (None, 1),
    }
}

fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        i += decode_rune(&s[i..]).1;
        n += 1;
    }
    n
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the
/// ASCII space. For non-ASCII this asks Rust's printable table (same categories)
/// through `escape_debug`, after a letter so grapheme extenders count as printable.
fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    let s = format!("a{c}");
    s.escape_debug().to_string() == s
}

fn can_backquote(s: &[u8]) -> bool {
    let Ok(st) = std::str::from_utf8(s) else {
        return false;
    };
    st.chars()
        .all(|c| c != '`' && c != '\u{FEFF}' && (c == '\t' || !(c < ' ' || c == '\u{7F}')))
}

/// Go's `appendEscapedRune`.
fn escaped_rune(buf: &mut Vec<u8>, r: char, quote: u8, ascii_only: bool) {
    if r as u32 == quote as u32 || r == '\\' {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r.is_ascii() && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        push_char(buf, r);
        return;
    }
    let hex = |buf: &mut Vec<u8>, v: u32, n: u32| {
        for k in (0..n).rev() {
            buf.push(LDIGITS[((v >> (4 * k)) & 15) as usize]);
        }
    };
    match r {
        '\x07' => buf.extend_from_slice(b"\\a"),
        '\x08' => buf.extend_from_slice(b"\\b"),
        '\x0c' => buf.extend_from_slice(b"\\f"),
        '\n' => buf.extend_from_slice(b"\\n"),
        '\r' => buf.extend_from_slice(b"\\r"),
        '\t' => buf.extend_from_slice(b"\\t"),
        '\x0b' => buf.extend_from_slice(b"\\v"),
        _ => {
            let v = r as u32;
            if v < 0x20 || v == 0x7f {
                buf.extend_from_slice(b"\\x");
                hex(buf, v, 2);
            } else if v < 0x10000 {
                buf.extend_from_slice(b"\\u");
                hex(buf, v, 4);
            } else {
                buf.extend_from_slice(b"\\U");
                hex(buf, v, 8);
            }
        }
    }
}

/// Go's `strconv.Quote` (or `QuoteToASCII`) of arbitrary bytes.
pub(crate) fn quote(s: &[u8], q: u8, ascii_only: bool) -> Vec<u8> {
    let mut buf = Vec::with_capacity(s.len() + 2);
    buf.push(q);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        match r {
            None => {
                buf.extend_from_slice(b"\\x");
                buf.push(LDIGITS[(s[i] >> 4) as usize]);
                buf.push(LDIGITS[(s[i] & 15) as usize]);
            }
            Some(c) => escaped_rune(&mut buf, c, q, ascii_only),
        }
        i += w;
    }
    buf.push(q);
    buf
}

// ---------------------------------------------------------------------------
// strconv.FormatFloat

/// Decimal digits `0.d1d2... × 10^dp` without trailing zeros (empty for zero).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parses Rust's `{:e}` output (`1.2345e-7`) of a positive finite number.
fn parse_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

fn shortest_digits(v: f64, bits: u32) -> Digits {
    if v == 0.0 {
        return Digits {
            d: Vec::new(),
            dp: 0,
        };
    }
    // Rust's shortest digits round-trip, but when two strings of that length do,
    // it may pick the other one than Go, which takes the one closest to the exact
    // value (ties to even): the correctly rounded string of the same length.
    let (short, exact) = if bits == 32 {
        let s = format!("{:e}", v as f32);
        let n = s.split('e').next().map_or(1, |m| m.replace('.', "").len());
        let e = format!("{:.*e}", n - 1, v as f32);
        let ok = e.parse::<f32>() == Ok(v as f32);
        (s, ok.then_some(e))
    } else {
        let s = format!("{v:e}");
        let n = s.split('e').next().map_or(1, |m| m.replace('.', "").len());
        let e = format!("{:.*e}", n - 1, v);
        let ok = e.parse::<f64>() == Ok(v);
        (s, ok.then_some(e))
    };
    parse_exp(exact.as_deref().unwrap_or(&short))
}

/// `n >= 1` significant digits, correctly rounded (ties to even, like Go).
fn fixed_digits(v: f64, n: usize) -> Digits {
    if v == 0.0 {
        return Digits {
            d: Vec::new(),
            dp: 0,
        };
    }
    parse_exp(&format!("{:.*e}", n - 1, v))
}

fn fmt_e(dst: &mut Vec<u8>, d: &Digits, prec: i32, fmt: u8) {
    dst.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        dst.push(b'.');
        let mut i = 1usize;
        let m = d.d.len().min(prec as usize + 1);
        if i < m {
            dst.extend_from_slice(&d.d[i..m]);
            i = m;
        }
        while i <= prec as usize {
            dst.push(b'0');
            i += 1;
        }
    }
    dst.push(fmt);
    let mut exp = d.dp - 1;
    if d.d.is_empty() {
        exp = 0;
    }
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_f(dst: &mut Vec<u8>, d: &Digits, prec: i32) {
    if d.dp > 0 {
        let m = d.d.len().min(d.dp as usize);
        dst.extend_from_slice(&d.d[..m]);
        for _ in m..d.dp as usize {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for i in 1..=prec {
            let j = d.dp as i64 + i as i64 - 1;
            let ch = if j >= 0 && (j as usize) < d.d.len() {
                d.d[j as usize]
            } else {
                b'0'
            };
            dst.push(ch);
        }
    }
}

/// Go's `strconv.FormatFloat(v, fmt, prec, bits)` for fmt in `b e E f g G x X`
/// (`prec < 0` = shortest).
pub fn format_float(v: f64, fmt: u8, prec: i32, bits: u32) -> Vec<u8> {
    let (mantbits, expbits, bias, raw) = if bits == 32 {
        (23u32, 8u32, -127i32, (v as f32).to_bits() as u64)
    } else {
        (52, 11, -1023, v.to_bits())
    };
    let neg = raw >> (expbits + mantbits) != 0;
    let mut exp = ((raw >> mantbits) & ((1 << expbits) - 1)) as i32;
    let mut mant = raw & ((1u64 << mantbits) - 1);
    if exp == (1 << expbits) - 1 {
        return if mant != 0 {
            b"NaN".to_vec()
        } else if neg {
            b"-Inf".to_vec()
        } else {
            b"+Inf".to_vec()
        };
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    exp += bias;

    let mut dst = Vec::new();
    if neg {
        dst.push(b'-');
    }
    match fmt {
        b'b' => {
            dst.extend_from_slice(mant.to_string().as_bytes());
            dst.push(b'p');
            let e = exp - mantbits as i32;
            if e >= 0 {
                dst.push(b'+');
            }
            dst.extend_from_slice(e.to_string().as_bytes());
            return dst;
        }
        b'x' | b'X' => {
            fmt_x(&mut dst, prec, fmt, mant, exp, mantbits);
            return dst;
        }
        _ => {}
    }
    let a = v.abs();
    let a = if bits == 32 { (a as f32) as f64 } else { a };
    let shortest = prec < 0;
    let mut prec = prec;
    let digs;
    if shortest {
        digs = shortest_digits(a, bits);
        let nd = digs.d.len() as i32;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            _ => nd,
        };
    } else {
        match fmt {
            b'e' | b'E' => digs = fixed_digits(a, prec as usize + 1),
            b'f' => {
                dst.extend_from_slice(format!("{:.*}", prec as usize, a).as_bytes());
                return dst;
            }
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                digs = fixed_digits(a, prec as usize);
            }
        }
    }
    let nd = digs.d.len() as i32;
    match fmt {
        b'e' | b'E' => fmt_e(&mut dst, &digs, prec, fmt),
        b'f' => fmt_f(&mut dst, &digs, prec),
        _ => {
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let e = digs.dp - 1;
            if e < -4 || e >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut dst, &digs, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > digs.dp {
                    prec = nd;
                }
                fmt_f(&mut dst, &digs, (prec - digs.dp).max(0));
            }
        }
    }
    dst
}

/// `%x` of a float: `0x1.8p+01`-style (Go's `fmtX`).
fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, mut mant: u64, mut exp: i32, mantbits: u32) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex = if fmt == b'X' { UDIGITS } else { LDIGITS };
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)] // Go reference literals, exact ties
mod tests {
    //! Expected strings are the output of Go 1.19 (`go run`) on a program that
    //! formats the same values (types Point, Celsius with String, E with Error and
    //! String, Wrap with an unexported field) with the same format strings.
    use super::*;
    use crate::bytecode::{Field, Function, Method, Module, Op, TypeDesc};

    fn ty(name: &str, named: bool, kind: TypeKind, slots: u32, refs: u64) -> TypeDesc {
        TypeDesc {
            name: name.into(),
            named,
            kind,
            slots,
            ref_slots: if refs == 0 { vec![] } else { vec![refs] },
            methods: vec![],
        }
    }

    fn int(bits: u8, signed: bool) -> TypeKind {
        TypeKind::Int { bits, signed }
    }

    fn field(name: &str, ty: u32, offset: u32) -> Field {
        Field {
            name: name.into(),
            ty,
            offset,
            embedded: false,
        }
    }

    fn method_fn(name: &str) -> Function {
        Function {
            name: name.into(),
            file: 0,
            param_slots: 1,
            result_slots: 1,
            nregs: 2,
            ncaptures: 0,
            ref_regs: vec![0b11],
            code: vec![Op::Ret { a: 0, n: 1 }],
            lines: vec![],
        }
    }

    const INT: u32 = 0;
    const STRING: u32 = 1;
    const BOOL: u32 = 2;
    const F64: u32 = 3;
    const F32: u32 = 4;
    const I8: u32 = 5;
    const U8: u32 = 6;
    const U64: u32 = 7;
    const POINT: u32 = 8;
    const PPOINT: u32 = 9;
    const INTS: u32 = 10;
    const ANY: u32 = 11;
    const CELSIUS: u32 = 12;
    const E: u32 = 13;
    const WRAP: u32 = 14;
    const BYTES: u32 = 15;
    const ARR3: u32 = 16;
    const STRINGS: u32 = 17;
    const ANYS: u32 = 18;
    const CELSIUSES: u32 = 19;
    const ES: u32 = 20;
    const PINTS: u32 = 21;
    const BAD: u32 = 22;
    const PBAD: u32 = 23;
    const PINT: u32 = 24;

    fn module() -> Module {
        let mut types = vec![
            ty("int", false, int(64, true), 1, 0),
            ty("string", false, TypeKind::String, 1, 1),
            ty("bool", false, TypeKind::Bool, 1, 0),
            ty("float64", false, TypeKind::Float { bits: 64 }, 1, 0),
            ty("float32", false, TypeKind::Float { bits: 32 }, 1, 0),
            ty("int8", false, int(8, true), 1, 0),
            ty("uint8", false, int(8, false), 1, 0),
            ty("uint64", false, int(64, false), 1, 0),
            ty(
                "main.Point",
                true,
                TypeKind::Struct {
                    fields: vec![field("X", INT, 0), field("Y", STRING, 1)],
                },
                2,
                0b10,
            ),
            ty(
                "*main.Point",
                false,
                TypeKind::Pointer { elem: POINT },
                1,
                1,
            ),
            ty("[]int", false, TypeKind::Slice { elem: INT }, 4, 1),
            ty(
                "interface {}",
                false,
                TypeKind::Interface { methods: vec![] },
                1,
                1,
            ),
            ty("main.Celsius", true, TypeKind::Float { bits: 64 }, 1, 0),
            ty(
                "main.E",
                true,
                TypeKind::Struct {
                    fields: vec![field("Code", INT, 0)],
                },
                1,
                0,
            ),
            ty(
                "main.Wrap",
                true,
                TypeKind::Struct {
                    fields: vec![
                        field("V", ANY, 0),
                        field("c", CELSIUS, 1),
                        field("C", CELSIUS, 2),
                    ],
                },
                3,
                1,
            ),
            ty("[]uint8", false, TypeKind::Slice { elem: U8 }, 4, 1),
            ty("[3]int", false, TypeKind::Array { elem: INT, len: 3 }, 3, 0),
            ty("[]string", false, TypeKind::Slice { elem: STRING }, 4, 1),
            ty("[]interface {}", false, TypeKind::Slice { elem: ANY }, 4, 1),
            ty(
                "[]main.Celsius",
                false,
                TypeKind::Slice { elem: CELSIUS },
                4,
                1,
            ),
            ty("[]main.E", false, TypeKind::Slice { elem: E }, 4, 1),
            ty("*[]int", false, TypeKind::Pointer { elem: INTS }, 1, 1),
            ty("main.Bad", true, int(64, true), 1, 0),
            ty("*main.Bad", false, TypeKind::Pointer { elem: BAD }, 1, 1),
            ty("*int", false, TypeKind::Pointer { elem: INT }, 1, 1),
        ];
        types[CELSIUS as usize].methods = vec![Method { name: 1, func: 0 }];
        types[E as usize].methods = vec![Method { name: 0, func: 1 }, Method { name: 1, func: 2 }];
        types[BAD as usize].methods = vec![Method { name: 1, func: 3 }];
        types[PBAD as usize].methods = vec![Method { name: 1, func: 3 }];
        Module {
            files: vec!["main.go".into()],
            types,
            method_names: vec!["Error".into(), "String".into()],
            funcs: vec![
                method_fn("main.Celsius.String"),
                method_fn("main.E.Error"),
                method_fn("main.E.String"),
                method_fn("main.Bad.String"),
            ],
            ..Module::default()
        }
    }

    /// Runs the test module's methods: Celsius.String, E.Error, E.String; Bad.String
    /// "panics" (returns None).
    struct Fake;
    impl MethodCaller for Fake {
        fn call_string_method(&mut self, func: u32, boxed: u64) -> Result<u64, MethodFailure> {
            let s0 = load(boxed, 0);
            let s = match func {
                0 => format!("{:.1}°C", f64::from_bits(s0)),
                1 => format!("error {}", s0 as i64),
                2 => "E-string".into(),
                _ => return Err(MethodFailure::Other),
            };
            Ok(heap::alloc_string(s.as_bytes()))
        }
    }

    fn bx(ty: u32, slots: &[u64]) -> u64 {
        let b = heap::alloc_box(ty, slots.len());
        for (i, &s) in slots.iter().enumerate() {
            // SAFETY: `b` has `slots.len()` slots.
            unsafe { heap::slot(b, i) }.store(s, Ordering::Relaxed);
        }
        b
    }
    fn s(v: &str) -> u64 {
        heap::alloc_string(v.as_bytes())
    }
    fn i(v: i64) -> u64 {
        bx(INT, &[v as u64])
    }
    fn st(v: &str) -> u64 {
        bx(STRING, &[s(v)])
    }
    fn f(v: f64) -> u64 {
        bx(F64, &[v.to_bits()])
    }
    fn f32v(v: f32) -> u64 {
        bx(F32, &[(v as f64).to_bits()])
    }
    fn b(v: bool) -> u64 {
        bx(BOOL, &[v as u64])
    }
    fn celsius(v: f64) -> u64 {
        bx(CELSIUS, &[v.to_bits()])
    }
    /// The 4 slots of a slice of `elem` holding `items` (each `es` slots).
    fn slice_slots(elem: u32, es: usize, items: &[&[u64]]) -> [u64; 4] {
        let n = items.len() as u64;
        let arr = heap::alloc_array(elem, es, items.len());
        for (k, it) in items.iter().enumerate() {
            for (j, &v) in it.iter().enumerate() {
                // SAFETY: the array has room for `items.len() * es` slots.
                unsafe { heap::slot(arr, k * es + j) }.store(v, Ordering::Relaxed);
            }
        }
        [arr, 0, n, n]
    }
    fn slice(slice_ty: u32, elem: u32, es: usize, items: &[&[u64]]) -> u64 {
        bx(slice_ty, &slice_slots(elem, es, items))
    }
    fn ints(v: &[i64]) -> u64 {
        let items: Vec<[u64; 1]> = v.iter().map(|&x| [x as u64]).collect();
        let refs: Vec<&[u64]> = items.iter().map(|x| &x[..]).collect();
        slice(INTS, INT, 1, &refs)
    }
    fn bytes(v: &[u8]) -> u64 {
        let items: Vec<[u64; 1]> = v.iter().map(|&x| [x as u64]).collect();
        let refs: Vec<&[u64]> = items.iter().map(|x| &x[..]).collect();
        slice(BYTES, U8, 1, &refs)
    }
    fn point() -> u64 {
        bx(POINT, &[1, s("a")])
    }
    fn ppoint() -> u64 {
        let target = heap::alloc_box(POINT, 2);
        // SAFETY: `target` has 2 slots.
        unsafe {
            heap::slot(target, 0).store(1, Ordering::Relaxed);
            heap::slot(target, 1).store(s("a"), Ordering::Relaxed);
        }
        bx(PPOINT, &[target])
    }

    fn sf(format: &str, args: &[u64]) -> String {
        let m = module();
        String::from_utf8(sprintf(&m, &mut Fake, format.as_bytes(), args)).unwrap()
    }

    #[test]
    fn sprint_and_sprintln_spacing() {
        let m = module();
        let args = [st("a"), i(1), i(2), st("b"), st("c"), f(3.5), b(true)];
        assert_eq!(sprint(&m, &mut Fake, &args), b"a1 2bc3.5 true");
        let args = [st("a"), i(1), 0, f(2.0)];
        assert_eq!(sprintln(&m, &mut Fake, &args), b"a 1 <nil> 2\n");
        assert_eq!(sprintln(&m, &mut Fake, &[]), b"\n");
    }

    #[test]
    fn integers_flags_widths() {
        assert_eq!(
            sf(
                "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%c|%q|%U|%#U",
                &[
                    i(42),
                    i(42),
                    i(42),
                    i(-42),
                    i(42),
                    i(42),
                    i(255),
                    i(255),
                    i(255),
                    i(8),
                    i(8),
                    i(5),
                    i(65),
                    i(65),
                    i(0x1F600),
                    i(0x1F600)
                ]
            ),
            "42|   42|42   |-0042|+42| 42|ff|FF|0xff|10|010|101|A|'A'|U+1F600|U+1F600 '😀'"
        );
        assert_eq!(
            sf(
                "%*d|%-*d|%.*f|%*d|%08.3d|%.0d|%x|%#08x",
                &[
                    i(5),
                    i(1),
                    i(-5),
                    i(2),
                    i(2),
                    f(3.14159),
                    i(-4),
                    i(7),
                    i(-42),
                    i(0),
                    i(-255),
                    i(255)
                ]
            ),
            "    1|2    |3.14|7   |    -042||-ff|0x000000ff"
        );
        assert_eq!(
            sf(
                "%v|%x|%v|%v|%d|%#v|%#v|%#v|%#v|%#v",
                &[
                    bx(I8, &[(-5i64) as u64]),
                    bx(I8, &[(-5i64) as u64]),
                    bx(U8, &[200]),
                    bx(U64, &[u64::MAX]),
                    bx(U64, &[u64::MAX]),
                    bx(U64, &[255]),
                    i(-7),
                    st("q\"s"),
                    b(true),
                    f(2.5)
                ]
            ),
            "-5|-5|200|18446744073709551615|18446744073709551615|0xff|-7|\"q\\\"s\"|true|2.5"
        );
        assert_eq!(
            sf(
                "%c|%c|%q|%U|%#U|%c",
                &[i(0x65e5), i(-1), i(0x1F600), i(-1), i(10), i(0xD800)]
            ),
            "日|\u{FFFD}|'😀'|U+FFFFFFFFFFFFFFFF|U+000A|\u{FFFD}"
        );
        // An int8 slot holding garbage above its 8 bits still prints as an int8.
        assert_eq!(sf("%d", &[bx(I8, &[0x1ff])]), "-1");
    }

    #[test]
    fn floats() {
        assert_eq!(
            sf(
                "%v %v %v %v %v %v %v %v",
                &[
                    f(3.14),
                    f(1e21),
                    f(1e-05),
                    f(100000.0),
                    f(1e6),
                    f32v(0.1),
                    f(-0.0),
                    f(123456789.0)
                ]
            ),
            "3.14 1e+21 1e-05 100000 1e+06 0.1 -0 1.23456789e+08"
        );
        assert_eq!(
            sf(
                "%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.2f|%+.1e|%x|%b|%.3g|%.10g|%#g|%#.3x",
                &[f(3.14159), f(2.675), f(1234.5678), f(0.000123), f(1e-7), f(2e20), f(-3.14159), f(2.5), f(12345.0), f(1.5), f(1.0), f(100.0), f(1.0 / 3.0), f(2.0), f(3.0)]
            ),
            "3.141590|2.67|1.234568e+03|1.230000E-04|1e-07|2E+20|  -3.142|2.50    |+1.2e+04|0x1.8p+00|4503599627370496p-52|100|0.3333333333|2.00000|0x1.800p+01"
        );
        assert_eq!(
            sf(
                "%v|%5.1f|%05v|%+v|%v|% f|%010.2f|%v",
                &[
                    f(f64::INFINITY),
                    f(f64::NEG_INFINITY),
                    f(f64::NAN),
                    f(f64::NAN),
                    f32v(1e21),
                    f(1.5),
                    f(-2.5),
                    f32v(3.402_823_5e38)
                ]
            ),
            "+Inf| -Inf|  NaN|NaN|1e+21| 1.500000|-000002.50|3.4028235e+38"
        );
        assert_eq!(
            sf(
                "%6.2f|%-8.3e|%+08.2f|%x|%X",
                &[f32v(1.1), f32v(1.1), f32v(-1.1), f32v(1.1), f(255.0)]
            ),
            "  1.10|1.100e+00|-0001.10|0x1.19999ap+00|0X1.FEP+07"
        );
    }

    #[test]
    fn strings_and_quoting() {
        let m = module();
        let bad = bx(
            STRING,
            &[heap::alloc_string(b"\xe6\x97\xa5\xe6\x9c\xac\x00\xff")],
        );
        let out = sprintf(
            &m,
            &mut Fake,
            b"%s|%q|%x|%X|% x|%#x|%10s|%-10s|%.2s|%5.1s|%q|%+q|%#q|%#q",
            &[
                st("hi"),
                st("hi\n"),
                st("hi"),
                st("hi"),
                st("hi"),
                st("hi"),
                st("hi"),
                st("hi"),
                st("héllo"),
                st("héllo"),
                bad,
                st("日本"),
                st("back`q"),
                st("plain"),
            ],
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "hi|\"hi\\n\"|6869|6869|68 69|0x6869|        hi|hi        |hé|    h|\"日本\\x00\\xff\"|\"\\u65e5\\u672c\"|\"back`q\"|`plain`"
        );
        assert_eq!(
            sf(
                "%05s|%-05s|%.0s|%5q|%x",
                &[st("ab"), st("ab"), st("ab"), st("a"), st("")]
            ),
            "000ab|ab   ||  \"a\"|"
        );
    }

    #[test]
    fn bad_verbs_missing_extra_and_indexes() {
        assert_eq!(
            sf(
                "%d|%s|%t|%z|%5d|%d",
                &[st("hi"), i(5), i(1), f(1.5), st("hi"), 0]
            ),
            "%!d(string=hi)|%!s(int=5)|%!t(int=1)|%!z(float64=1.5)|%!d(string=   hi)|%!d(<nil>)"
        );
        assert_eq!(sf("%d %d", &[i(1)]), "1 %!d(MISSING)");
        assert_eq!(
            sf("%d", &[i(1), i(2), st("x"), 0]),
            "1%!(EXTRA int=2, string=x, <nil>)"
        );
        assert_eq!(sf("100%", &[]), "100%!(NOVERB)");
        assert_eq!(
            sf(
                "%[2]d %[1]d|%[3]d|%-5%|%*d|%.*d",
                &[i(1), i(2), st("x"), i(1), st("y"), i(5)]
            ),
            "2 1|%!d(string=x)|%|%!d(string=y)|%!d(MISSING)"
        );
        assert_eq!(sf("%[5]d|%[0]d", &[i(1)]), "%!d(BADINDEX)|%!d(BADINDEX)");
        assert_eq!(sf("%*d", &[st("w"), i(1)]), "%!(BADWIDTH)1");
        assert_eq!(sf("%.*d", &[st("p"), i(1)]), "%!(BADPREC)1");
        assert_eq!(sf("%ä", &[i(1)]), "%!ä(int=1)");
    }

    #[test]
    fn structs_pointers_types() {
        assert_eq!(
            sf(
                "%v|%+v|%#v|%v|%+v|%T|%T|%T",
                &[point(), point(), point(), ppoint(), ppoint(), point(), ppoint(), 0]
            ),
            "{1 a}|{X:1 Y:a}|main.Point{X:1, Y:\"a\"}|&{1 a}|&{X:1 Y:a}|main.Point|*main.Point|<nil>"
        );
        let wrap = bx(WRAP, &[celsius(1.0), 2f64.to_bits(), 3f64.to_bits()]);
        assert_eq!(sf("%v", &[wrap]), "{1.0°C 2 3.0°C}");
        let pints = bx(PINTS, &[bx(INTS, &slice_slots(INT, 1, &[&[1]]))]);
        assert_eq!(
            sf("%s|%v|%d", &[ppoint(), pints, ppoint()]),
            "&{%!s(int=1) a}|&[1]|&{1 %!d(string=a)}"
        );
        // Pointers to scalars print as addresses; nil pointers as <nil>.
        let target = heap::alloc_box(INT, 1);
        let p = bx(PINT, &[target]);
        assert_eq!(sf("%v", &[p]), format!("{target:#x}"));
        assert_eq!(sf("%p", &[p]), format!("{target:#x}"));
        assert_eq!(sf("%#p|%x", &[p, p]), format!("{target:x}|{target:x}"));
        assert_eq!(
            sf(
                "%v|%#v|%d",
                &[bx(PINT, &[0]), bx(PINT, &[0]), bx(PINT, &[0])]
            ),
            "<nil>|(*int)(nil)|0"
        );
        assert_eq!(sf("%p", &[i(1)]), "%!p(int=1)");
        // A nested pointer prints as an address, not &{...}.
        assert_eq!(
            sf("%T %5T|%-5T|", &[i(1), i(1), b(true)]),
            "int   int|bool |"
        );
    }

    #[test]
    fn slices_arrays_interfaces() {
        let strs = slice(STRINGS, STRING, 1, &[&[s("a")], &[s("b")]]);
        let one = slice(STRINGS, STRING, 1, &[&[s("a")]]);
        let nil_ints = bx(INTS, &[0, 0, 0, 0]);
        assert_eq!(
            sf(
                "%v|%d|%x|%v|%#v|%q|%v|%s|%x|%X|% x|%v|%#v",
                &[ints(&[1, 2, 3]), ints(&[1, 2, 3]), ints(&[10, 255]), nil_ints, nil_ints, strs, bytes(&[1, 2, 255]), bytes(b"hi"), bytes(&[1, 171]), bytes(&[1, 171]), bytes(&[1, 171]), bx(ARR3, &[4, 5, 6]), one]
            ),
            "[1 2 3]|[1 2 3]|[a ff]|[]|[]int(nil)|[\"a\" \"b\"]|[1 2 255]|hi|01ab|01AB|01 ab|[4 5 6]|[]string{\"a\"}"
        );
        let anys = slice(ANYS, ANY, 1, &[&[0], &[i(1)], &[st("a")], &[celsius(2.0)]]);
        let anys2 = slice(ANYS, ANY, 1, &[&[0], &[i(1)]]);
        let cs = slice(
            CELSIUSES,
            CELSIUS,
            1,
            &[&[1f64.to_bits()], &[2f64.to_bits()]],
        );
        assert_eq!(
            sf("%v|%#v|%v", &[anys, anys2, cs]),
            "[<nil> 1 a 2.0°C]|[]interface {}{interface {}(nil), 1}|[1.0°C 2.0°C]"
        );
        // A slice whose offset/len reach past its array is not read.
        let arr = heap::alloc_array(INT, 1, 2);
        assert_eq!(sf("%v", &[bx(INTS, &[arr, 1, 5, 5])]), "%!v(BADSLICE)");
    }

    #[test]
    fn methods() {
        let es = slice(ES, E, 1, &[&[5]]);
        assert_eq!(
            sf(
                "%v|%s|%d|%q|%x|%6.2v|%v|%s|%+v",
                &[celsius(21.5), celsius(21.5), celsius(21.5), celsius(1.0), celsius(1.0), celsius(1.0), bx(E, &[3]), bx(E, &[4]), es]
            ),
            "21.5°C|21.5°C|%!d(main.Celsius=21.5)|\"1.0°C\"|312e30c2b043|    1.|error 3|error 4|[error 5]"
        );
        let m = module();
        assert_eq!(sprint(&m, &mut Fake, &[celsius(1.5)]), "1.5°C".as_bytes());
        // %#v does not call String (only GoString): Go prints 1.5.
        assert_eq!(sf("%#v", &[celsius(1.5)]), "1.5");
        // A method that cannot complete; a nil pointer receiver prints <nil>.
        assert_eq!(
            sf("%v|%d", &[bx(BAD, &[7]), bx(BAD, &[7])]),
            "%!v(PANIC=String method: call did not complete)|7"
        );
        assert_eq!(sf("%v", &[bx(PBAD, &[0])]), "<nil>");
    }

    #[test]
    fn bools() {
        assert_eq!(
            sf(
                "%v|%t|%5t|%-7t|%d",
                &[b(true), b(false), b(true), b(false), b(true)]
            ),
            "true|false| true|false  |%!d(bool=true)"
        );
    }

    #[test]
    fn float_formatting_matches_strconv() {
        let cases: &[(f64, u8, i32, u32, &str)] = &[
            (0.0, b'g', -1, 64, "0"),
            (0.0, b'e', -1, 64, "0e+00"),
            (0.0, b'e', 3, 64, "0.000e+00"),
            (1e100, b'g', -1, 64, "1e+100"),
            (5e-324, b'g', -1, 64, "5e-324"),
            (123456.0, b'g', 3, 64, "1.23e+05"),
            (0.0001234, b'g', 2, 64, "0.00012"),
            (2.5, b'f', 0, 64, "2"),
            (3.5, b'f', 0, 64, "4"),
            (1.0, b'x', -1, 64, "0x1p+00"),
            (0.1, b'g', -1, 32, "0.1"),
            (16777216.0, b'f', -1, 64, "16777216"),
            // Two shortest strings round-trip; Go takes the correctly rounded one.
            (
                558.091_857_910_156_25,
                b'e',
                -1,
                64,
                "5.580918579101562e+02",
            ),
            (-935.427_307_128_906_25, b'G', -1, 64, "-935.4273071289062"),
        ];
        for &(v, fmt, prec, bits, want) in cases {
            let got = format_float(v, fmt, prec, bits);
            assert_eq!(
                String::from_utf8(got).unwrap(),
                want,
                "{v} {} {prec} {bits}",
                fmt as char
            );
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        // A chain of interfaces nested deeper than MAX_DEPTH.
        let mut v = i(1);
        for _ in 0..(MAX_DEPTH + 10) {
            v = bx(ANY, &[v]);
        }
        let m = module();
        let out = String::from_utf8(sprint(&m, &mut Fake, &[v])).unwrap();
        assert_eq!(out, "...");
        // A box of a type the module does not have.
        assert_eq!(sf("%v", &[bx(999, &[1])]), "%!v(BADBOX)");
        assert_eq!(type_name(&m, point()), "main.Point");
    }
}
