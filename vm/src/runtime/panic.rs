//! Panic values and the text Go prints for them: the `panic: ...` lines (runtime
//! errors, interface conversions, user values through `Error()`/`String()` or Go's
//! `printpanicval` rules, `[recovered]` marks on panics that were recovered and then
//! superseded by a new panic), goroutine traces (`goroutine N [running]:`, one
//! `func(...)` / `\tfile:line +0x0` pair per frame, at most 100 frames like Go,
//! `created by ...`), Go's `fatal error: stack overflow` report, and the deadlock
//! report.
//!
//! Unwinding and `recover` live in `interp`: a goroutine's [`PanicState`] is the
//! stack of panics in progress (a deferred call may panic again), each recording
//! which deferred call it is running, so `recover` can tell whether it was called
//! directly by that call, and recovery can drop the panics it aborts. This module
//! holds the state and formats it.
//!
//! Called by `interp` (to raise), `sched` (to print and exit 2) and natives.

use super::heap;
use super::Program;
use crate::bytecode::TypeKind;
use std::fmt::Write;

/// What a goroutine panics with.
#[derive(Clone, Debug, PartialEq)]
pub enum PanicVal {
    /// A `runtime.Error` printed as `runtime error: <msg>`.
    Runtime(String),
    /// The nil-pointer runtime error (Go adds the `[signal SIGSEGV ...]` line).
    NilDeref,
    /// A failed type assertion, printed as is (`interface conversion: ...`);
    /// recovered as a `*runtime.TypeAssertionError`.
    Conversion(String),
    /// A runtime error without the `runtime error: ` prefix (Go's `plainError`):
    /// `assignment to entry in nil map`, `close of nil channel`, ...
    Plain(String),
    /// The goroutine's stack outgrew [`MAX_STACK_BYTES`]: a fatal error, not a
    /// panic (no deferred calls run, `recover` cannot stop it).
    StackOverflow,
    /// `panic(v)` with the interface reference `v` (0 = nil).
    Value(u64),
    /// `runtime.Goexit`: unwinds like a panic (every deferred call runs) but
    /// `recover` returns nil and does not stop it, and when the unwinding ends the
    /// goroutine simply exits. Never printed (Go's `printpanics` skips it).
    Goexit,
}

impl PanicVal {
    pub fn index_out_of_range(i: i64, len: u64) -> PanicVal {
        // Go leaves the length out for a negative index
        if i < 0 {
            return PanicVal::Runtime(format!("index out of range [{i}]"));
        }
        PanicVal::Runtime(format!("index out of range [{i}] with length {len}"))
    }

    /// Go's `slice bounds out of range` messages for `x[lo:hi]` (`cap` for slices,
    /// `len` for strings; `what` is "capacity" or "length").
    pub fn slice_bounds(lo: i64, hi: i64, bound: u64, what: &str) -> PanicVal {
        let msg = if hi < 0 {
            format!("slice bounds out of range [:{hi}]")
        } else if hi as u64 > bound {
            format!("slice bounds out of range [:{hi}] with {what} {bound}")
        } else if lo < 0 {
            format!("slice bounds out of range [{lo}:]")
        } else {
            format!("slice bounds out of range [{lo}:{hi}]")
        };
        PanicVal::Runtime(msg)
    }
}

/// Go's maximum goroutine stack, printed in the stack-overflow report. A
/// goroutine's stack is measured as its register slots in use plus its frame
/// records (`interp` checks it whenever the register stack grows).
pub const MAX_STACK_BYTES: usize = 1_000_000_000;

/// Tracebacks print at most this many frames (Go's `_TracebackMaxFrames`).
pub const MAX_TRACE_FRAMES: usize = 100;

/// No deferred call is running for this panic yet.
pub const NO_FRAME: usize = usize::MAX;

/// One panic in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct PanicRec {
    pub val: PanicVal,
    /// `recover` returned this panic's value (the deferred call has not returned yet).
    pub recovered: bool,
    /// Frame index of the deferred call this panic's unwinding is running
    /// ([`NO_FRAME`] before the first): only that frame's `recover` stops it.
    pub defer_frame: usize,
    /// Depth (`frames.len()`) of the function that deferred that call: after a
    /// recovery, frame `defer_depth - 1` returns normally.
    pub defer_depth: usize,
    /// The stack (function, pc) when the panic was raised, innermost first
    /// (at most `MAX_TRACE_FRAMES + 1` frames).
    pub trace: Vec<(u32, u32)>,
}

impl PanicRec {
    pub fn new(val: PanicVal, trace: Vec<(u32, u32)>) -> PanicRec {
        PanicRec {
            val,
            recovered: false,
            defer_frame: NO_FRAME,
            defer_depth: 0,
            trace,
        }
    }
}

/// A goroutine's panics in progress, oldest first: a panic raised while a deferred
/// call of an earlier one runs is pushed on top of it.
#[derive(Clone, Debug, PartialEq)]
pub struct PanicState {
    pub chain: Vec<PanicRec>,
    /// Whether the goroutine died of a fatal error (stack overflow) instead.
    pub fatal: bool,
}

impl PanicState {
    /// Whether the unwinding that ended was a `runtime.Goexit` (the latest entry
    /// of the chain): the goroutine exits quietly instead of crashing the program.
    pub fn is_goexit(&self) -> bool {
        !self.fatal && self.chain.last().is_some_and(|p| p.val == PanicVal::Goexit)
    }
}

/// Calls a Go method returning a string (`Error`, `String`) on an interface box.
pub type StringMethodCaller<'a> = dyn FnMut(u32, u64) -> Option<u64> + 'a;

/// The dynamic type's method named `name`, if it has one.
pub fn find_method(prog: &Program, ty: u32, name: &str) -> Option<u32> {
    let idx = prog.module.method_names.iter().position(|n| n == name)? as u16;
    let t = prog.module.types.get(ty as usize)?;
    t.methods
        .binary_search_by_key(&idx, |m| m.name)
        .ok()
        .map(|i| t.methods[i].func)
}

/// The text after `panic: ` for one value (without the SIGSEGV line).
pub fn panic_value_text(prog: &Program, v: &PanicVal, call: &mut StringMethodCaller) -> String {
    match v {
        PanicVal::Runtime(m) => format!("runtime error: {m}"),
        PanicVal::NilDeref => {
            "runtime error: invalid memory address or nil pointer dereference".to_string()
        }
        PanicVal::Conversion(m) | PanicVal::Plain(m) => m.clone(),
        PanicVal::StackOverflow => "stack overflow".to_string(),
        PanicVal::Goexit => String::new(),
        PanicVal::Value(0) => "nil".to_string(),
        PanicVal::Value(b) => user_value_text(prog, *b, call),
    }
}

fn user_value_text(prog: &Program, b: u64, call: &mut StringMethodCaller) -> String {
    // SAFETY: `b` is a non-nil interface reference, i.e. a Box made by the VM.
    let (_, ty) = unsafe { heap::kind_and_type(b) };
    for name in ["Error", "String"] {
        if let Some(f) = find_method(prog, ty, name) {
            if let Some(s) = call(f, b) {
                // SAFETY: the method returned a string reference.
                let bytes = unsafe { heap::str_bytes(s) };
                return String::from_utf8_lossy(bytes).into_owned();
            }
        }
    }
    let Some(t) = prog.module.types.get(ty as usize) else {
        return "(?)".to_string();
    };
    // SAFETY: slot 0 of a box exists (boxes have at least one slot).
    let w = unsafe { heap::slot(b, 0) }.load(std::sync::atomic::Ordering::Relaxed);
    let plain = match &t.kind {
        TypeKind::Bool => Some(if w != 0 { "true" } else { "false" }.to_string()),
        TypeKind::Int { bits, signed } => Some(int_text(w, *bits, *signed)),
        TypeKind::Float { .. } => Some(runtime_float(f64::from_bits(w))),
        TypeKind::String => {
            // SAFETY: a string-typed box holds a string reference in slot 0.
            let s = unsafe { heap::str_bytes(w) };
            let s = String::from_utf8_lossy(s).into_owned();
            if t.named {
                return format!("{}(\"{}\")", t.name, s);
            }
            return s;
        }
        _ => None,
    };
    match plain {
        Some(p) if t.named => format!("{}({})", t.name, p),
        Some(p) => p,
        None => format!("({}) {:#x}", t.name, b),
    }
}

fn int_text(w: u64, bits: u8, signed: bool) -> String {
    let bits = bits.clamp(1, 64) as u32;
    if signed {
        let v = if bits == 64 {
            w as i64
        } else {
            ((w << (64 - bits)) as i64) >> (64 - bits)
        };
        v.to_string()
    } else {
        let v = if bits == 64 {
            w
        } else {
            w & ((1u64 << bits) - 1)
        };
        v.to_string()
    }
}

/// Go's runtime `print(float64)`: `+1.500000e+000`, `NaN`, `+Inf`.
pub fn runtime_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.to_string();
    }
    let s = format!("{:.6e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if f.is_sign_negative() { '-' } else { '+' };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}{mant}e{esign}{:03}", exp.abs())
}

/// The whole stderr text of an unrecovered panic: message(s), blank line, trace;
/// or Go's stack-overflow report for a fatal error.
pub fn panic_report(
    prog: &Program,
    state: &PanicState,
    goid: u64,
    created_by: Option<super::goroutine::CreatedBy>,
    call: &mut StringMethodCaller,
) -> String {
    let mut out = String::new();
    let trace: &[(u32, u32)] = state.chain.last().map_or(&[], |p| &p.trace);
    if state.fatal {
        let _ = write!(
            out,
            "runtime: goroutine stack exceeds {MAX_STACK_BYTES}-byte limit\n\
             fatal error: stack overflow\n\n"
        );
        out.push_str(&goroutine_trace(
            prog, goid, "running", trace, None, created_by,
        ));
        return out;
    }
    // Like Go's printpanics: a Goexit in the chain prints nothing, and the panic
    // right after it gets no leading tab.
    for (i, p) in state.chain.iter().enumerate() {
        if p.val == PanicVal::Goexit {
            continue;
        }
        if i > 0 && state.chain[i - 1].val != PanicVal::Goexit {
            out.push('\t');
        }
        let _ = write!(out, "panic: {}", panic_value_text(prog, &p.val, call));
        if p.recovered {
            out.push_str(" [recovered]");
        }
        out.push('\n');
    }
    // Go prints the signal line when a panic of the chain came from the fault,
    // even one recovered and then superseded by a later panic.
    if state.chain.iter().any(|p| p.val == PanicVal::NilDeref) {
        out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    out.push('\n');
    out.push_str(&goroutine_trace(
        prog, goid, "running", trace, None, created_by,
    ));
    out
}

/// `goroutine N [reason]:` then the frames, innermost first; `native` (a native
/// function the goroutine is blocked in) is printed as the innermost frame.
pub fn goroutine_trace(
    prog: &Program,
    goid: u64,
    reason: &str,
    trace: &[(u32, u32)],
    native: Option<&str>,
    created_by: Option<super::goroutine::CreatedBy>,
) -> String {
    let mut out = format!("goroutine {goid} [{reason}]:\n");
    if let Some(n) = native {
        let _ = writeln!(out, "{n}(...)\n\t<native>");
    }
    let mut printed = 0;
    for &(func, pc) in trace {
        if func == prog.boot {
            continue;
        }
        if printed == MAX_TRACE_FRAMES {
            out.push_str("...additional frames elided...\n");
            break;
        }
        printed += 1;
        let Some(f) = prog.module.funcs.get(func as usize) else {
            continue;
        };
        let args = if f.param_slots == 0 { "()" } else { "(...)" };
        let _ = writeln!(out, "{}{}", f.name, args);
        let _ = writeln!(out, "\t{} +0x0", location(prog, func, pc));
    }
    if let Some(c) = created_by {
        if let Some(f) = prog.module.funcs.get(c.func as usize) {
            let _ = writeln!(out, "created by {} in goroutine {}", f.name, c.goid);
            let _ = writeln!(out, "\t{} +0x0", location(prog, c.func, c.pc));
        }
    }
    out
}

/// `file:line` of instruction `pc` of `func`.
pub fn location(prog: &Program, func: u32, pc: u32) -> String {
    let Some(f) = prog.module.funcs.get(func as usize) else {
        return "?:0".to_string();
    };
    let file = prog
        .module
        .files
        .get(f.file as usize)
        .map(String::as_str)
        .unwrap_or("?");
    format!("{}:{}", file, f.line_of(pc as usize).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_float_matches_go() {
        assert_eq!(runtime_float(1.5), "+1.500000e+000");
        assert_eq!(runtime_float(-0.001), "-1.000000e-003");
        assert_eq!(runtime_float(f64::INFINITY), "+Inf");
        assert_eq!(runtime_float(f64::NAN), "NaN");
    }

    #[test]
    fn slice_bounds_messages() {
        let m = |lo, hi, b, w| match PanicVal::slice_bounds(lo, hi, b, w) {
            PanicVal::Runtime(s) => s,
            _ => unreachable!(),
        };
        assert_eq!(
            m(0, 7, 4, "capacity"),
            "slice bounds out of range [:7] with capacity 4"
        );
        assert_eq!(
            m(0, 7, 4, "length"),
            "slice bounds out of range [:7] with length 4"
        );
        assert_eq!(m(3, 2, 4, "length"), "slice bounds out of range [3:2]");
        assert_eq!(m(-1, 2, 4, "length"), "slice bounds out of range [-1:]");
    }

    #[test]
    fn int_text_respects_width() {
        assert_eq!(int_text(0xff, 8, true), "-1");
        assert_eq!(int_text(u64::MAX, 32, false), "4294967295");
        assert_eq!(int_text(5, 64, true), "5");
    }
}
