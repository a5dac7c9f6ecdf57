//! Natives of the standard packages written mostly in Go (`stdlib/errors`, `os`,
//! `math`, `math/bits`, `strconv`, `sort`, `unicode`): what Go source cannot express in this
//! toolchain (dynamic-type questions for `errors.Is`/`As`, float bit patterns,
//! float parsing and formatting, reflect-like element swapping for `sort.Slice`,
//! file-descriptor I/O) or what is much faster in Rust (the math functions,
//! `sort.Ints`/`sort.Strings`, Unicode tables).
//!
//! Registered from `natives.rs` through [`STD`]; the calling convention is the
//! one documented there (arguments from `arg(0..)`, results with `set(0..)`).
//! Like every native these never panic in Rust and never block on a Go object.
//! Go panics are returned as [`NativeResult::Panic`]. The one blocking call is the
//! `read(2)` of standard input (`os.read` on fd 0), which occupies its worker
//! thread as a system call does in Go; every other worker keeps running.
//!
//! Invariants relied on: interface arguments are 0 or VM-made boxes whose header
//! type is the dynamic type and whose payload has that type's slot count; slices
//! are `[array, off, len, cap]` whose array's header type is the element type.
//! Slice accesses are re-checked against the array's element count.

// The polynomial constants of Go's math algorithms are written with the digits
// they are published with (each rounds to the bit pattern Go uses).
#![allow(clippy::excessive_precision)]

use super::fmt as gofmt;
use super::heap;
use super::natives::{NativeCtx, NativeDef, NativeResult};
use super::output;
use super::panic::PanicVal;
use super::unicode_tables as ut;
use crate::bytecode::{Module, TypeKind};
use std::io::{Read, Write};
use std::sync::atomic::Ordering::Relaxed;

macro_rules! def {
    ($name:literal, $p:literal, $r:literal, $f:expr) => {
        NativeDef {
            name: $name,
            params: $p,
            results: $r,
            f: $f,
        }
    };
}

macro_rules! math1 {
    ($($name:literal => $f:expr),* $(,)?) => {
        &[ $( def!($name, 1, 1, |c| { let x = f64::from_bits(c.arg(0)); let g: fn(f64) -> f64 = $f; c.set(0, g(x).to_bits()); NativeResult::Ok }), )* ]
    };
}

macro_rules! math2 {
    ($($name:literal => $f:expr),* $(,)?) => {
        &[ $( def!($name, 2, 1, |c| { let (x, y) = (f64::from_bits(c.arg(0)), f64::from_bits(c.arg(1))); let g: fn(f64, f64) -> f64 = $f; c.set(0, g(x, y).to_bits()); NativeResult::Ok }), )* ]
    };
}

/// `math` functions of one float argument.
const MATH1: &[NativeDef] = math1! {
    "math.Sqrt" => f64::sqrt,
    "math.Floor" => f64::floor,
    "math.Ceil" => f64::ceil,
    "math.Trunc" => f64::trunc,
    "math.Exp" => f64::exp,
    "math.Exp2" => f64::exp2,
    "math.Expm1" => f64::exp_m1,
    "math.Log" => go_log,
    "math.Log2" => go_log2,
    "math.Log10" => go_log10,
    "math.Log1p" => f64::ln_1p,
    "math.Sin" => |x| go_trig(x, Trig::Sin),
    "math.Cos" => |x| go_trig(x, Trig::Cos),
    "math.Tan" => |x| go_trig(x, Trig::Tan),
    "math.Asin" => f64::asin,
    "math.Acos" => f64::acos,
    "math.Atan" => f64::atan,
    "math.Sinh" => f64::sinh,
    "math.Cosh" => f64::cosh,
    "math.Tanh" => f64::tanh,
    "math.Asinh" => f64::asinh,
    "math.Acosh" => f64::acosh,
    "math.Atanh" => f64::atanh,
    "math.Cbrt" => f64::cbrt,
};

/// `math` functions of two float arguments.
const MATH2: &[NativeDef] = math2! {
    "math.Pow" => go_pow,
    "math.Atan2" => f64::atan2,
    "math.Hypot" => go_hypot,
    "math.Mod" => go_mod,
    "math.Remainder" => go_remainder,
    "math.Max" => go_max,
    "math.Min" => go_min,
    "math.Dim" => go_dim,
};

const OTHER: &[NativeDef] = &[
    def!("errors.isComparable", 1, 1, errors_is_comparable),
    def!("errors.asTargetKind", 1, 1, errors_as_target_kind),
    def!("errors.asAssign", 2, 1, errors_as_assign),
    def!("errors.methodShape", 2, 1, errors_method_shape),
    def!("os.write", 5, 2, os_write),
    def!("os.writeString", 2, 2, os_write_string),
    def!("os.read", 5, 2, os_read),
    def!("math.Float64bits", 1, 1, |c| {
        c.set(0, c.arg(0));
        NativeResult::Ok
    }),
    def!("math.Float64frombits", 1, 1, |c| {
        c.set(0, c.arg(0));
        NativeResult::Ok
    }),
    def!("math.Float32bits", 1, 1, |c| {
        c.set(0, (f64::from_bits(c.arg(0)) as f32).to_bits() as u64);
        NativeResult::Ok
    }),
    def!("math.Float32frombits", 1, 1, |c| {
        c.set(0, (f32::from_bits(c.arg(0) as u32) as f64).to_bits());
        NativeResult::Ok
    }),
    def!("math.Frexp", 1, 2, math_frexp),
    def!("math.Ldexp", 2, 1, |c| {
        let v = go_ldexp(f64::from_bits(c.arg(0)), c.arg(1) as i64);
        c.set(0, v.to_bits());
        NativeResult::Ok
    }),
    def!("strconv.parseFloat", 2, 2, strconv_parse_float),
    def!("strconv.formatFloat", 4, 1, strconv_format_float),
    def!("strconv.quoteWith", 3, 1, strconv_quote_with),
    def!("strconv.IsPrint", 1, 1, |c| {
        c.set(0, is_print(c.arg(0) as i64) as u64);
        NativeResult::Ok
    }),
    def!("strconv.IsGraphic", 1, 1, |c| {
        let r = c.arg(0) as i64;
        c.set(0, (is_print(r) || in_table(ut::SPACE_SEP, r)) as u64);
        NativeResult::Ok
    }),
    def!("sort.Ints", 4, 0, |c| sort_slice(c, SortKind::Int)),
    def!("sort.Strings", 4, 0, |c| sort_slice(c, SortKind::Str)),
    def!("sort.sliceLen", 1, 1, sort_slice_len),
    def!("sort.sliceSwap", 3, 0, sort_slice_swap),
    def!("unicode.is", 2, 1, unicode_is),
    // strings.Builder's buffer (see `heap::builder_reserve`)
    def!("strings.builderAppend", 3, 1, |c| {
        let (buf, used, s) = (c.arg(0), c.arg(1) as usize, str_arg(c, 2));
        let buf = heap::builder_reserve(buf, used, s.len());
        heap::builder_put(buf, used, s);
        c.set(0, buf);
        NativeResult::Ok
    }),
    def!("strings.builderByte", 3, 1, |c| {
        let (buf, used, b) = (c.arg(0), c.arg(1) as usize, c.arg(2) as u8);
        let buf = heap::builder_reserve(buf, used, 1);
        heap::builder_put(buf, used, &[b]);
        c.set(0, buf);
        NativeResult::Ok
    }),
    def!("strings.builderGrow", 3, 1, |c| {
        let buf = heap::builder_reserve(c.arg(0), c.arg(1) as usize, c.arg(2) as usize);
        c.set(0, buf);
        NativeResult::Ok
    }),
    def!("strings.builderString", 2, 1, |c| {
        let (buf, used) = (str_arg(c, 0), c.arg(1) as usize);
        let s = heap::alloc_string(&buf[..used.min(buf.len())]);
        c.set(0, s);
        NativeResult::Ok
    }),
    def!("strings.indexNative", 2, 1, |c| {
        let i = index_bytes(str_arg(c, 0), str_arg(c, 1));
        c.set(0, i.map_or(-1, |i| i as i64) as u64);
        NativeResult::Ok
    }),
    def!("unicode.to", 2, 1, unicode_to),
];

/// `math/bits`: the 64-bit counts and the 128-bit multiply/divide.
const BITS: &[NativeDef] = &[
    def!("math/bits.LeadingZeros64", 1, 1, |c| {
        c.set(0, c.arg(0).leading_zeros() as u64);
        NativeResult::Ok
    }),
    def!("math/bits.TrailingZeros64", 1, 1, |c| {
        c.set(0, c.arg(0).trailing_zeros() as u64);
        NativeResult::Ok
    }),
    def!("math/bits.OnesCount64", 1, 1, |c| {
        c.set(0, c.arg(0).count_ones() as u64);
        NativeResult::Ok
    }),
    def!("math/bits.Mul64", 2, 2, |c| {
        let p = u128::from(c.arg(0)) * u128::from(c.arg(1));
        c.set(0, (p >> 64) as u64);
        c.set(1, p as u64);
        NativeResult::Ok
    }),
    def!("math/bits.Div64", 3, 2, |c| {
        let (hi, lo, y) = (c.arg(0), c.arg(1), c.arg(2));
        if y == 0 {
            return NativeResult::Panic(PanicVal::Runtime("integer divide by zero".into()));
        }
        if y <= hi {
            return NativeResult::Panic(PanicVal::Runtime("integer overflow".into()));
        }
        let n = (u128::from(hi) << 64) | u128::from(lo);
        let y = u128::from(y);
        c.set(0, (n / y) as u64);
        c.set(1, (n % y) as u64);
        NativeResult::Ok
    }),
    def!("math/bits.Rem64", 3, 1, |c| {
        let (hi, lo, y) = (c.arg(0), c.arg(1), c.arg(2));
        if y == 0 {
            return NativeResult::Panic(PanicVal::Runtime("integer divide by zero".into()));
        }
        let n = (u128::from(hi) << 64) | u128::from(lo);
        c.set(0, (n % u128::from(y)) as u64);
        NativeResult::Ok
    }),
];

/// Every native of this module.
pub fn registry() -> impl Iterator<Item = &'static NativeDef> {
    MATH1.iter().chain(MATH2).chain(OTHER).chain(BITS)
}

// ---- helpers -------------------------------------------------------------------

/// The type index in the header of the (non-nil) object `r`.
fn type_of(r: u64) -> u32 {
    // SAFETY: callers pass non-nil VM-made references (interface boxes, arrays).
    unsafe { heap::kind_and_type(r) }.1
}

fn slots_of(m: &Module, ty: u32) -> usize {
    m.types.get(ty as usize).map_or(1, |t| t.slots as usize)
}

/// The bytes of string argument `i`.
fn str_arg<'a>(c: &NativeCtx, i: usize) -> &'a [u8] {
    // SAFETY: string parameters hold 0 or a string reference.
    unsafe { heap::str_bytes(c.arg(i)) }
}

/// A checked view of slice slots `[arr, off, len]`: the element range inside the
/// array and the slots per element; `None` for an empty or malformed slice.
fn slice_range(m: &Module, arr: u64, off: u64, len: u64) -> Option<(u64, usize, usize)> {
    if arr == 0 || len == 0 {
        return None;
    }
    // SAFETY: a slice's first slot is 0 or an Array/View made by the VM.
    let (base, ety, alen) = unsafe { heap::backing(arr) }?;
    let end = off.checked_add(len)?;
    if end > alen {
        return None;
    }
    let es = slots_of(m, ety);
    Some((base, off as usize * es, es))
}

/// Reads element slot `k` (0-based, in slots from the first element).
fn ld(arr: u64, k: usize) -> u64 {
    // SAFETY: callers index inside the range `slice_range` checked.
    unsafe { heap::slot(arr, k) }.load(Relaxed)
}

fn st(arr: u64, k: usize, v: u64) {
    // SAFETY: as for `ld`.
    unsafe { heap::slot(arr, k) }.store(v, Relaxed)
}

// ---- errors ----------------------------------------------------------------------

/// Whether `==` on values of type `ty` can never panic.
fn comparable(m: &Module, ty: u32, depth: u32) -> bool {
    let Some(t) = m.types.get(ty as usize) else {
        return false;
    };
    if depth > 100 {
        return true;
    }
    match &t.kind {
        TypeKind::Slice { .. } | TypeKind::Map { .. } | TypeKind::Func => false,
        TypeKind::Struct { fields } => fields.iter().all(|f| comparable(m, f.ty, depth + 1)),
        TypeKind::Array { elem, .. } => comparable(m, *elem, depth + 1),
        _ => true,
    }
}

fn errors_is_comparable(c: &mut NativeCtx) -> NativeResult {
    let v = c.arg(0);
    let ok = v != 0 && comparable(&c.ex.prog.module, type_of(v), 0);
    c.set(0, ok as u64);
    NativeResult::Ok
}

/// Whether the method table of type `ty` has a method named `name`.
fn has_method(m: &Module, ty: u32, name: &str) -> bool {
    let Some(idx) = m.method_names.iter().position(|n| n == name) else {
        return false;
    };
    m.types
        .get(ty as usize)
        .is_some_and(|t| t.methods.iter().any(|me| me.name as usize == idx))
}

/// Whether dynamic type `dyn_ty` has every method of interface type `iface`.
fn implements(m: &Module, dyn_ty: u32, iface: u32) -> bool {
    let (Some(t), Some(TypeKind::Interface { methods })) = (
        m.types.get(dyn_ty as usize),
        m.types.get(iface as usize).map(|t| &t.kind),
    ) else {
        return false;
    };
    methods
        .iter()
        .all(|me| t.methods.iter().any(|tm| tm.name == me.name))
}

/// `errors.methodShape(v, name)`: `16 × result slots + parameter slots` of the
/// method `name` of `v`'s dynamic type (the interface box counts as a
/// parameter), or -1. Method tables are keyed by name only, so this is how
/// `Unwrap() error` is told from `Unwrap() []error`.
fn errors_method_shape(c: &mut NativeCtx) -> NativeResult {
    let m = &c.ex.prog.module;
    let v = c.arg(0);
    let name = str_arg(c, 1);
    let shape = (v != 0)
        .then(|| m.method_names.iter().position(|n| n.as_bytes() == name))
        .flatten()
        .and_then(|idx| {
            let t = m.types.get(type_of(v) as usize)?;
            let me = t.methods.iter().find(|me| me.name as usize == idx)?;
            let f = m.funcs.get(me.func_index() as usize)?;
            Some(16 * f.result_slots as i64 + f.param_slots as i64)
        })
        .unwrap_or(-1);
    c.set(0, shape as u64);
    NativeResult::Ok
}

/// The pointer held by interface `target` and the type it points to, when the
/// dynamic type is a pointer type.
fn pointer_target(m: &Module, target: u64) -> Option<(u64, u32)> {
    if target == 0 {
        return None;
    }
    match m.types.get(type_of(target) as usize).map(|t| &t.kind) {
        Some(TypeKind::Pointer { elem }) => Some((ld(target, 0), *elem)),
        _ => None,
    }
}

fn errors_as_target_kind(c: &mut NativeCtx) -> NativeResult {
    let m = &c.ex.prog.module;
    let kind = match pointer_target(m, c.arg(0)) {
        Some((p, elem)) if p != 0 => {
            let is_iface = matches!(
                m.types.get(elem as usize).map(|t| &t.kind),
                Some(TypeKind::Interface { .. })
            );
            if is_iface || has_method(m, elem, "Error") {
                0
            } else {
                2
            }
        }
        _ => 1,
    };
    c.set(0, kind);
    NativeResult::Ok
}

fn errors_as_assign(c: &mut NativeCtx) -> NativeResult {
    let m = &c.ex.prog.module;
    let err = c.arg(0);
    let mut ok = false;
    if let (true, Some((p, elem))) = (err != 0, pointer_target(m, c.arg(1))) {
        let dyn_ty = type_of(err);
        let is_iface = matches!(
            m.types.get(elem as usize).map(|t| &t.kind),
            Some(TypeKind::Interface { .. })
        );
        if p != 0 && is_iface && implements(m, dyn_ty, elem) {
            st(p, 0, err);
            ok = true;
        } else if p != 0 && dyn_ty == elem {
            for k in 0..slots_of(m, elem) {
                st(p, k, ld(err, k));
            }
            ok = true;
        }
    }
    c.set(0, ok as u64);
    NativeResult::Ok
}

// ---- os ----------------------------------------------------------------------------

/// Error codes of the `os` I/O natives (`os.errnoErr` maps them to errors).
const E_OK: u64 = 0;
const E_BADF: u64 = 1;
const E_IO: u64 = 2;

fn write_fd(c: &mut NativeCtx, fd: i64, bytes: &[u8]) -> u64 {
    match fd {
        1 => {
            c.ex.sched.write_stdout(bytes);
            E_OK
        }
        2 => {
            output::write_stderr(bytes);
            E_OK
        }
        _ => E_BADF,
    }
}

fn os_write(c: &mut NativeCtx) -> NativeResult {
    let m = &c.ex.prog.module;
    let fd = c.arg(0) as i64;
    let (arr, off, len) = (c.arg(1), c.arg(2), c.arg(3));
    let bytes: Vec<u8> = match slice_range(m, arr, off, len) {
        Some((arr, first, es)) => (0..len as usize)
            .map(|i| ld(arr, first + i * es) as u8)
            .collect(),
        None => Vec::new(),
    };
    let e = write_fd(c, fd, &bytes);
    c.set(0, if e == E_OK { bytes.len() as u64 } else { 0 });
    c.set(1, e);
    NativeResult::Ok
}

fn os_write_string(c: &mut NativeCtx) -> NativeResult {
    let fd = c.arg(0) as i64;
    let bytes = str_arg(c, 1);
    let e = write_fd(c, fd, bytes);
    c.set(0, if e == E_OK { bytes.len() as u64 } else { 0 });
    c.set(1, e);
    NativeResult::Ok
}

/// `os.read(fd, b)`: reads up to `len(b)` bytes of standard input (0 at end of
/// input). Pending standard output is flushed first, so a prompt is visible.
fn os_read(c: &mut NativeCtx) -> NativeResult {
    let m = &c.ex.prog.module;
    let fd = c.arg(0) as i64;
    let (arr, off, len) = (c.arg(1), c.arg(2), c.arg(3));
    if fd != 0 {
        c.set(0, 0);
        c.set(1, E_BADF);
        return NativeResult::Ok;
    }
    let Some((arr, first, es)) = slice_range(m, arr, off, len) else {
        c.set(0, 0);
        c.set(1, E_OK);
        return NativeResult::Ok;
    };
    output::flush_stdout();
    let mut buf = vec![0u8; (len as usize).min(64 * 1024)];
    let r = loop {
        match std::io::stdin().lock().read(&mut buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => break r,
        }
    };
    match r {
        Ok(n) => {
            for (i, &b) in buf[..n].iter().enumerate() {
                st(arr, first + i * es, b as u64);
            }
            c.set(0, n as u64);
            c.set(1, E_OK);
        }
        Err(_) => {
            c.set(0, 0);
            c.set(1, E_IO);
        }
    }
    let _ = std::io::stderr().flush();
    NativeResult::Ok
}

// ---- math ----------------------------------------------------------------------------

fn go_log2(x: f64) -> f64 {
    // Go: exact for powers of two (Frexp), Log(frac)*(1/Ln2) + exp otherwise.
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    go_log(frac) * std::f64::consts::LOG2_E + exp as f64
}

fn go_log10(x: f64) -> f64 {
    // Go: log(x) * (1/Ln10), the constant rounded once from the exact quotient.
    go_log(x) * std::f64::consts::LOG10_E
}

/// Go's `Log` (the FreeBSD `__ieee754_log` algorithm Go uses on every
/// architecture), so results agree with Go to the last bit, where the host
/// libm's correctly rounded `ln` sometimes differs by an ulp.
fn go_log(x: f64) -> f64 {
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-01; // 3fe62e42 fee00000
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10; // 3dea39ef 35793c76
    const L1: f64 = 6.666_666_666_666_735_130e-01;
    const L2: f64 = 3.999_999_999_940_941_908e-01;
    const L3: f64 = 2.857_142_874_366_239_149e-01;
    const L4: f64 = 2.222_219_843_214_978_396e-01;
    const L5: f64 = 1.818_357_216_161_805_012e-01;
    const L6: f64 = 1.531_383_769_920_937_332e-01;
    const L7: f64 = 1.479_819_860_511_658_591e-01;
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    let (mut f1, mut ki) = frexp(x);
    if f1 < std::f64::consts::SQRT_2 / 2.0 {
        f1 *= 2.0;
        ki -= 1;
    }
    let f = f1 - 1.0;
    let k = ki as f64;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    let t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

#[derive(Clone, Copy, PartialEq)]
enum Trig {
    Sin,
    Cos,
    Tan,
}

const SIN: [f64; 6] = [
    1.589_623_015_765_465_680_60e-10,
    -2.505_074_776_285_780_728_66e-8,
    2.755_731_362_138_572_452_13e-6,
    -1.984_126_982_958_953_859_96e-4,
    8.333_333_333_322_118_588_78e-3,
    -1.666_666_666_666_663_072_95e-1,
];
const COS: [f64; 6] = [
    -1.135_853_652_138_768_173_00e-11,
    2.087_570_084_197_473_167_78e-9,
    -2.755_731_417_929_673_881_12e-7,
    2.480_158_728_885_170_453_48e-5,
    -1.388_888_888_887_305_641_16e-3,
    4.166_666_666_666_659_292_18e-2,
];
const TAN_P: [f64; 3] = [
    -1.309_369_391_813_837_776_46e4,
    1.153_516_648_385_874_161_40e6,
    -1.795_652_519_764_848_779_88e7,
];
const TAN_Q: [f64; 5] = [
    1.0,
    1.368_129_634_706_929_546_78e4,
    -1.320_892_344_402_109_674_47e6,
    2.500_838_018_233_579_158_39e7,
    -5.386_957_559_294_546_298_81e7,
];

/// Go's `Sin`, `Cos` and `Tan` (the Cephes polynomials after reduction by
/// π/4 in three parts, as Go computes them) for |x| < 2^29; beyond that Go
/// uses Payne-Hanek reduction, for which the host libm is used here.
fn go_trig(x: f64, which: Trig) -> f64 {
    const PI4A: f64 = 7.853_981_256_484_985_351_56e-1;
    const PI4B: f64 = 3.774_894_707_930_798_176_68e-8;
    const PI4C: f64 = 2.695_151_429_079_059_526_45e-15;
    const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;
    if x.is_nan() || x.is_infinite() {
        return f64::NAN;
    }
    if x == 0.0 && which != Trig::Cos {
        return x;
    }
    let ax = x.abs();
    if ax >= REDUCE_THRESHOLD {
        return match which {
            Trig::Sin => x.sin(),
            Trig::Cos => x.cos(),
            Trig::Tan => x.tan(),
        };
    }
    let mut sign = which != Trig::Cos && x < 0.0;
    let mut j = (ax * (std::f64::consts::FRAC_2_PI * 2.0)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    let z = ((ax - y * PI4A) - y * PI4B) - y * PI4C;
    let zz = z * z;
    if which == Trig::Tan {
        let mut r = if zz > 1e-14 {
            z + z
                * (zz * ((TAN_P[0] * zz + TAN_P[1]) * zz + TAN_P[2])
                    / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]))
        } else {
            z
        };
        if j & 2 == 2 {
            r = -1.0 / r;
        }
        return if sign { -r } else { r };
    }
    j &= 7;
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if which == Trig::Cos && j > 1 {
        sign = !sign;
    }
    let sin_poly = || {
        z + z
            * zz
            * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
    };
    let cos_poly = || {
        1.0 - 0.5 * zz
            + zz * zz
                * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz
                    + COS[5])
    };
    let use_cos = (j == 1 || j == 2) == (which == Trig::Sin);
    let r = if use_cos { cos_poly() } else { sin_poly() };
    if sign {
        -r
    } else {
        r
    }
}

fn go_hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    p.hypot(q)
}

fn go_mod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    x % y
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn go_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let r = x % y; // exact, |r| < |y|, sign of x
    let ay = y.abs();
    let ar = r.abs();
    let fix = if ar * 2.0 > ay || (ar * 2.0 == ay && ((x - r) / y) % 2.0 != 0.0) {
        ar - ay
    } else {
        ar
    };
    if r < 0.0 || (r == 0.0 && x.is_sign_negative()) {
        -fix
    } else {
        fix
    }
}

fn go_max(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x > 0.0 || y.is_infinite() && y > 0.0 {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

fn go_min(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x < 0.0 || y.is_infinite() && y < 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

fn go_dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        0.0
    } else {
        v
    }
}

fn go_pow(x: f64, y: f64) -> f64 {
    // Go's special cases that differ from C's pow: Pow(-1, ±Inf) = 1 in both;
    // Pow(x, y) for NaN y is NaN except for x == 1 (C: 1, Go: 1). They agree.
    x.powf(y)
}

/// Go's `Frexp`: `x = frac × 2^exp` with `0.5 <= |frac| < 1`.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_infinite() || x.is_nan() {
        return (x, 0);
    }
    let (mut x, mut exp) = (x, 0i64);
    if x.abs() < f64::MIN_POSITIVE {
        x *= (1u64 << 52) as f64;
        exp = -52;
    }
    let bits = x.to_bits();
    exp += ((bits >> 52) & 0x7ff) as i64 - 1022;
    let bits = (bits & !(0x7ff << 52)) | (1022 << 52);
    (f64::from_bits(bits), exp)
}

fn math_frexp(c: &mut NativeCtx) -> NativeResult {
    let (f, e) = frexp(f64::from_bits(c.arg(0)));
    c.set(0, f.to_bits());
    c.set(1, e as u64);
    NativeResult::Ok
}

/// Go's `Ldexp`: `frac × 2^exp`, with gradual underflow and overflow to ±Inf.
fn go_ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (f, e) = frexp(frac);
    let exp = exp.saturating_add(e);
    if exp > 1024 {
        return if f < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if exp < -1075 {
        return if f < 0.0 { -0.0 } else { 0.0 };
    }
    // f in [0.5, 1): scale in two exact steps to keep subnormal rounding right.
    let mut v = f;
    let mut e = exp;
    while e > 0 {
        let s = e.min(1000);
        v *= f64::powi(2.0, s as i32);
        e -= s;
    }
    if e < 0 {
        // One rounding only: first scale within the normal range, then the rest.
        let first = e.max(-1000);
        v *= f64::powi(2.0, first as i32);
        let rest = e - first;
        if rest < 0 {
            v *= f64::powi(2.0, rest as i32);
        }
    }
    v
}

// ---- strconv -----------------------------------------------------------------------------

/// Status codes of `strconv.parseFloat`.
const P_OK: u64 = 0;
const P_SYNTAX: u64 = 1;
const P_RANGE: u64 = 2;

fn strconv_parse_float(c: &mut NativeCtx) -> NativeResult {
    let s = str_arg(c, 0);
    let bits = c.arg(1);
    let (v, status) = parse_float(s, bits == 32);
    c.set(0, v.to_bits());
    c.set(1, status);
    NativeResult::Ok
}

/// Go's `strconv.ParseFloat` syntax and rounding: decimal and hexadecimal
/// (`0x1.8p3`) forms, underscores only after a base prefix, `inf`/`infinity`/
/// `nan` in any case; out-of-range values give ±Inf with `P_RANGE`.
pub fn parse_float(s: &[u8], is32: bool) -> (f64, u64) {
    if let Some(v) = special(s) {
        return (v, P_OK);
    }
    let cleaned;
    let s = if s.contains(&b'_') {
        if !underscore_ok(s) {
            return (0.0, P_SYNTAX);
        }
        cleaned = s
            .iter()
            .copied()
            .filter(|&b| b != b'_')
            .collect::<Vec<u8>>();
        &cleaned[..]
    } else {
        s
    };
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let hex = body.len() > 2 && body[0] == b'0' && (body[1] | 0x20) == b'x';
    let v = if hex {
        parse_hex_float(&body[2..], is32)
    } else {
        parse_dec_float(body, is32)
    };
    let Some(v) = v else {
        return (0.0, P_SYNTAX);
    };
    let v = if neg { -v } else { v };
    if v.is_infinite() {
        return (v, P_RANGE);
    }
    (v, P_OK)
}

/// Go's `underscoreOK`: underscores only between digits (a base prefix counts
/// as a digit).
fn underscore_ok(s: &[u8]) -> bool {
    let s = match s.first() {
        Some(b'+' | b'-') => &s[1..],
        _ => s,
    };
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = (s[1] | 0x20) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&(c | 0x20)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

fn special(s: &[u8]) -> Option<f64> {
    let lower: Vec<u8> = s.iter().map(|b| b.to_ascii_lowercase()).collect();
    match lower.as_slice() {
        b"inf" | b"+inf" | b"infinity" | b"+infinity" => Some(f64::INFINITY),
        b"-inf" | b"-infinity" => Some(f64::NEG_INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    }
}

fn parse_dec_float(s: &[u8], is32: bool) -> Option<f64> {
    // digits [. digits] [e [+-] digits], at least one mantissa digit
    let mut i = 0;
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] | 0x20) == b'e' {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != s.len() {
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    if is32 {
        text.parse::<f32>().ok().map(f64::from)
    } else {
        text.parse::<f64>().ok()
    }
}

/// The hexadecimal form after `0x` (underscores already removed): hex mantissa
/// with an optional point, a mandatory `p` exponent.
fn parse_hex_float(s: &[u8], is32: bool) -> Option<f64> {
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut digits = 0;
    let mut seen_dot = false;
    let mut trunc = false;
    let mut i = 0;
    while i < s.len() {
        let ch = s[i];
        if ch == b'.' && !seen_dot {
            seen_dot = true;
            i += 1;
            continue;
        }
        let Some(d) = (ch as char).to_digit(16) else {
            break;
        };
        digits += 1;
        if mant >> 60 == 0 {
            mant = mant << 4 | d as u64;
            if seen_dot {
                exp -= 4;
            }
        } else {
            if d != 0 {
                trunc = true;
            }
            if !seen_dot {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= s.len() || (s[i] | 0x20) != b'p' {
        return None;
    }
    i += 1;
    let mut esign = 1i64;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        if s[i] == b'-' {
            esign = -1;
        }
        i += 1;
    }
    let start = i;
    let mut e: i64 = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        e = (e * 10 + (s[i] - b'0') as i64).min(1 << 30);
        i += 1;
    }
    if i == start || i != s.len() {
        return None;
    }
    exp += esign * e;
    if mant == 0 {
        return Some(0.0);
    }
    if trunc {
        mant |= 1; // sticky bit for rounding
    }
    // value = mant × 2^exp; round to the format's precision at the lowest bit
    // position it can hold (fewer bits for subnormals), half to even.
    let lz = mant.leading_zeros() as i64;
    let mant = (mant as u128) << lz;
    let exp = exp - lz;
    let top = exp + 63;
    let (mbits, emin) = if is32 { (24i64, -149i64) } else { (53, -1074) };
    let low = (top - (mbits - 1)).max(emin);
    let drop = low - exp; // >= 11
    if drop >= 127 {
        return Some(0.0);
    }
    let m = mant >> drop;
    let rem = mant & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    let m = m + (rem > half || (rem == half && m & 1 == 1)) as u128;
    let v = go_ldexp(m as f64, low);
    if is32 && v > f32::MAX as f64 {
        return Some(f64::INFINITY);
    }
    Some(v)
}

fn strconv_format_float(c: &mut NativeCtx) -> NativeResult {
    let v = f64::from_bits(c.arg(0));
    let fmt = c.arg(1) as u8;
    let prec = c.arg(2) as i64;
    let bits = c.arg(3);
    let out = if matches!(fmt, b'b' | b'e' | b'E' | b'f' | b'g' | b'G' | b'x' | b'X') {
        let prec = prec.clamp(-1, 1 << 20) as i32;
        gofmt::format_float(v, fmt, prec, if bits == 32 { 32 } else { 64 })
    } else {
        vec![b'%', fmt]
    };
    c.set(0, heap::alloc_string(&out));
    NativeResult::Ok
}

fn strconv_quote_with(c: &mut NativeCtx) -> NativeResult {
    let s = str_arg(c, 0).to_vec();
    let q = c.arg(1) as u8;
    let ascii = c.arg(2) != 0;
    let out = gofmt::quote(&s, q, ascii);
    c.set(0, heap::alloc_string(&out));
    NativeResult::Ok
}

/// Go's `strconv.IsPrint`/`unicode.IsPrint`: L, M, N, P, S and the ASCII space.
fn is_print(r: i64) -> bool {
    if r == 0x20 {
        return true;
    }
    [ut::LETTER, ut::MARK, ut::NUMBER, ut::PUNCT, ut::SYMBOL]
        .iter()
        .any(|t| in_table(t, r))
}

// ---- sort ----------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum SortKind {
    Int,
    Str,
}

/// `sort.Ints` / `sort.Strings`: equal elements are indistinguishable, so any
/// correct sort gives Go's result.
fn sort_slice(c: &mut NativeCtx, kind: SortKind) -> NativeResult {
    let m = &c.ex.prog.module;
    let Some((arr, first, es)) = slice_range(m, c.arg(0), c.arg(1), c.arg(2)) else {
        return NativeResult::Ok;
    };
    let n = c.arg(2) as usize;
    let mut vals: Vec<u64> = (0..n).map(|i| ld(arr, first + i * es)).collect();
    match kind {
        SortKind::Int => vals.sort_unstable_by_key(|&v| v as i64),
        // SAFETY: elements of a []string are string references.
        SortKind::Str => {
            vals.sort_by(|&a, &b| unsafe { heap::str_bytes(a).cmp(heap::str_bytes(b)) })
        }
    }
    for (i, v) in vals.into_iter().enumerate() {
        st(arr, first + i * es, v);
    }
    NativeResult::Ok
}

/// The slice held by interface `x`: `(array, off, len)`, or the panic Go's
/// reflect gives for a non-slice.
fn iface_slice(m: &Module, x: u64) -> Result<(u64, u64, u64), NativeResult> {
    let kind = if x == 0 {
        None
    } else {
        m.types.get(type_of(x) as usize).map(|t| &t.kind)
    };
    match kind {
        Some(TypeKind::Slice { .. }) => Ok((ld(x, 0), ld(x, 1), ld(x, 2))),
        _ => {
            let what = match kind {
                None => "zero".to_string(),
                Some(k) => kind_name(k).to_string(),
            };
            Err(NativeResult::Panic(PanicVal::Plain(format!(
                "reflect: call of Swapper on {what} Value"
            ))))
        }
    }
}

fn kind_name(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Bool => "bool",
        TypeKind::Int { bits, signed } => match (bits, signed) {
            (8, true) => "int8",
            (16, true) => "int16",
            (32, true) => "int32",
            (64, true) => "int",
            (8, false) => "uint8",
            (16, false) => "uint16",
            (32, false) => "uint32",
            _ => "uint",
        },
        TypeKind::Float { bits: 32 } => "float32",
        TypeKind::Float { .. } => "float64",
        TypeKind::String => "string",
        TypeKind::Pointer { .. } => "ptr",
        TypeKind::Struct { .. } => "struct",
        TypeKind::Func => "func",
        TypeKind::Slice { .. } => "slice",
        TypeKind::Array { .. } => "array",
        TypeKind::Map { .. } => "map",
        TypeKind::Chan { .. } => "chan",
        TypeKind::Interface { .. } => "interface",
        TypeKind::Opaque => "unsafe.Pointer",
    }
}

fn sort_slice_len(c: &mut NativeCtx) -> NativeResult {
    match iface_slice(&c.ex.prog.module, c.arg(0)) {
        Ok((_, _, len)) => {
            c.set(0, len);
            NativeResult::Ok
        }
        Err(e) => e,
    }
}

/// `sort.sliceSwap(x, i, j)`: swaps elements `i` and `j` of the slice in `x`.
fn sort_slice_swap(c: &mut NativeCtx) -> NativeResult {
    let m = &c.ex.prog.module;
    let (arr, off, len) = match iface_slice(m, c.arg(0)) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let (i, j) = (c.arg(1), c.arg(2));
    for k in [i, j] {
        if k >= len {
            return NativeResult::Panic(PanicVal::index_out_of_range(k as i64, len));
        }
    }
    let Some((arr, first, es)) = slice_range(m, arr, off, len) else {
        return NativeResult::Ok;
    };
    let (a, b) = (first + i as usize * es, first + j as usize * es);
    for k in 0..es {
        let t = ld(arr, a + k);
        st(arr, a + k, ld(arr, b + k));
        st(arr, b + k, t);
    }
    NativeResult::Ok
}

// ---- strings ------------------------------------------------------------------------------

/// The first index of `needle` in `hay` (0 for an empty needle).
pub fn index_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(0);
    }
    if n > hay.len() {
        return None;
    }
    let first = needle[0];
    let mut i = 0;
    while i + n <= hay.len() {
        let k = hay[i..=hay.len() - n].iter().position(|&b| b == first)?;
        i += k;
        if &hay[i..i + n] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

// ---- unicode ----------------------------------------------------------------------------

fn in_table(t: &[(u32, u32)], r: i64) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    let i = t.partition_point(|&(_, hi)| hi < r);
    t.get(i).is_some_and(|&(lo, _)| lo <= r)
}

/// `unicode.is(table, r)`; the table numbers are the constants in
/// `stdlib/unicode/unicode.go`.
fn unicode_is(c: &mut NativeCtx) -> NativeResult {
    let r = c.arg(1) as i64;
    let t: &[(u32, u32)] = match c.arg(0) {
        0 => ut::LETTER,
        1 => ut::UPPER,
        2 => ut::LOWER,
        3 => ut::TITLE,
        4 => ut::MARK,
        5 => ut::NUMBER,
        6 => ut::DIGIT,
        7 => ut::PUNCT,
        8 => ut::SYMBOL,
        9 => ut::WHITE_SPACE,
        10 => ut::SPACE_SEP,
        11 => {
            c.set(0, is_print(r) as u64);
            return NativeResult::Ok;
        }
        _ => &[],
    };
    c.set(0, in_table(t, r) as u64);
    NativeResult::Ok
}

/// `unicode.to(case, r)`: 0 upper, 1 lower, 2 title, 3 SimpleFold.
fn unicode_to(c: &mut NativeCtx) -> NativeResult {
    let which = c.arg(0);
    let r = c.arg(1) as i64;
    let out = u32::try_from(r)
        .ok()
        .and_then(|u| {
            ut::CASES
                .binary_search_by_key(&u, |e| e.0)
                .ok()
                .map(|i| ut::CASES[i])
        })
        .map_or(r, |e| match which {
            0 => e.1 as i64,
            1 => e.2 as i64,
            2 => e.3 as i64,
            _ => e.4 as i64,
        });
    c.set(0, out as u64);
    NativeResult::Ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_float_follows_go_syntax() {
        let ok = |s: &str, v: f64| assert_eq!(parse_float(s.as_bytes(), false), (v, P_OK), "{s}");
        ok("1.5", 1.5);
        ok("-0.25e1", -2.5);
        ok(".5", 0.5);
        ok("5.", 5.0);
        ok("1e308", 1e308);
        ok("0x1p-2", 0.25);
        ok("0x1.8p1", 3.0);
        ok("0X_1FFFP-16", 0x1fff as f64 / 65536.0);
        ok("Inf", f64::INFINITY);
        ok("-infinity", f64::NEG_INFINITY);
        ok("1e-400", 0.0);
        ok("1_000", 1000.0);
        ok("0x_1p0", 1.0);
        for bad in [
            "", "x", "1e", "1__0", "_1", "1_", "0x1", "+nan", "1.5x", ".", "0x.p1", "--1", "1e+",
            " 1",
        ] {
            assert_eq!(parse_float(bad.as_bytes(), false).1, P_SYNTAX, "{bad}");
        }
        assert_eq!(parse_float(b"1e309", false), (f64::INFINITY, P_RANGE));
        assert_eq!(parse_float(b"-1e39", true), (f64::NEG_INFINITY, P_RANGE));
        assert!(parse_float(b"NaN", false).0.is_nan());
        assert_eq!(parse_float(b"0x1p-1074", false).0, f64::from_bits(1));
        assert_eq!(parse_float(b"0x1p1024", false).1, P_RANGE);
        assert_eq!(parse_float(b"0x1.fffffffffffffp1023", false).0, f64::MAX);
    }

    #[test]
    fn index_bytes_finds_first_match() {
        assert_eq!(index_bytes(b"hello", b""), Some(0));
        assert_eq!(index_bytes(b"hello", b"l"), Some(2));
        assert_eq!(index_bytes(b"hello", b"lo"), Some(3));
        assert_eq!(index_bytes(b"hello", b"hello!"), None);
        assert_eq!(index_bytes(b"aaab", b"aab"), Some(1));
        assert_eq!(index_bytes(b"", b"a"), None);
    }

    #[test]
    fn math_helpers_match_go() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(f64::from_bits(1)), (0.5, -1073));
        assert_eq!(go_ldexp(0.5, 4), 8.0);
        assert_eq!(go_ldexp(0.5, -1073), f64::from_bits(1));
        assert_eq!(go_ldexp(1.0, 2000), f64::INFINITY);
        assert_eq!(go_log2(8.0), 3.0);
        assert_eq!(go_remainder(5.0, 2.0), 1.0);
        assert_eq!(go_remainder(7.0, 2.0), -1.0);
        assert_eq!(go_remainder(-7.0, 2.0), 1.0);
        assert!(go_max(f64::NAN, 1.0).is_nan());
        assert_eq!(go_max(-0.0, 0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(go_min(-0.0, 0.0).to_bits(), (-0.0f64).to_bits());
        assert!(go_mod(1.0, 0.0).is_nan());
    }

    #[test]
    fn unicode_tables_answer_like_go() {
        assert!(in_table(ut::LETTER, 'é' as i64));
        assert!(!in_table(ut::LETTER, '1' as i64));
        assert!(in_table(ut::UPPER, 'Ä' as i64));
        assert!(!in_table(ut::LETTER, -1));
        assert!(!in_table(ut::LETTER, 0x11_0000));
        assert!(is_print('a' as i64) && is_print(' ' as i64) && !is_print('\n' as i64));
        assert!(!is_print(0xA0));
    }
}
