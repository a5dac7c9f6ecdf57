//! The load-time verifier: `govm` calls [`verify`] on every decoded module before
//! anything runs, so the interpreter needs no per-operand checks (DESIGN §5). The
//! compiler's output must pass it; tests of `goc` can call it too.
//!
//! What it establishes (each violation is a one-line [`VerifyError`] naming the
//! function and pc, or the type):
//!
//! - **Tables.** `entry` and every init are functions that take and return nothing
//!   and capture nothing; `global_refs` describes only slots `< globals`.
//! - **Types.** Every type index inside a `TypeDesc` (pointer/slice/array/map/chan
//!   element, struct field, map key and value) and every method-name index is in
//!   range. `slots` and `ref_slots` agree with the kind: bool/int/float are one scalar
//!   slot, string/pointer/func/map/chan/interface/opaque one reference slot, a slice
//!   4 slots of which only the first is a reference, a struct the concatenation of
//!   its fields (contiguous offsets in order, reference bits exactly those of the
//!   fields), an array `len` copies of its element. Structs and arrays do not
//!   contain themselves by value. Int bits are 8/16/32/64, float bits 32/64.
//!   Method tables are sorted by name index without duplicates; their functions take
//!   the interface box (a reference register 0) first and capture nothing.
//! - **Functions.** `file` is in range; `nregs >= param_slots + result_slots` (results
//!   are returned after the parameters, in registers `param_slots..`);
//!   `ref_regs` describes only registers `< nregs`; the code is non-empty and its
//!   last instruction is `Ret`, `Jmp` or `Panic` (no falling off the end); the line
//!   table is sorted and its pcs are instructions.
//! - **Operands.** Every register operand is `< nregs`, and so is every register of
//!   a multi-register operand: `MoveN`/`Zero`/`LoadN`/`StoreN` `n` slots, a slice is
//!   4 registers (`IndexAddr` `s`, `MakeSlice` `dst`), `MakeSlice` `len` and
//!   `StrSlice` `lo` use the next register too, `Box` `src` and `Unbox` `dst` span
//!   `slots(ty)` registers (`UnboxOk` one more for `ok`), `Call`/`CallNative` need
//!   `a + param_slots + result_slots` of the callee within the frame (results come
//!   back after the arguments), `Ret` `a + n` with `n == result_slots`, slices of
//!   `Grow`, `SliceSlice`, `CopySlice` and `StrConv` are 4 registers, `SliceSlice`
//!   `lo` 3 and `StrDecodeRune` `dst` 2, `Go`/`Defer` `a + n`, `MakeClosure`
//!   `a + ncaptures` of the closure's function. Every jump lands on an instruction
//!   of the function. Constant, function, native, type, global and method-name
//!   indices are in range. `LoadCapture` `idx < ncaptures`; `Call` and `FuncRef`
//!   name functions without captures (only `MakeClosure` supplies captures).
//!   `SignExt`/`ZeroExt` `bits` is 1..=64; `StrConv` `kind` is 0..=4.
//! - **Channels and select.** The value of `ChanSend`/`ChanRecv` and of every
//!   select case spans `slots(ty)` registers (one more for `ok` of `ChanRecvOk` and
//!   `SelectRecv`); `MakeChan` `size` is a scalar. A `Select` with `n` cases is
//!   followed by exactly `n` `SelectRecv`/`SelectSend` instructions, its *case
//!   operands*: they are never executed, so no case operand stands anywhere else
//!   and no jump lands on one; `block` is 0 or 1. (The channel's element type is
//!   only known at run time: the runtime checks it against `ty` at every operation.)
//! - **Maps, recover, assertions.** The `ty` of `MakeMap`, `MapGet`, `MapGetOk`,
//!   `MapSet`, `MapDelete` and `MapNext` is a map type; the key registers
//!   (`m+1..`, or `dst+1..` for `MapNext`) have the key type's reference bits, the
//!   value registers (`dst..` of `MapGet`/`MapGetOk`, after the key for `MapSet`
//!   and `MapNext`) the value type's; the map, the iterator, `MapIter` `dst`,
//!   `Recover` `dst` and the interfaces of `AssertIface`/`AssertIfaceOk` are ref,
//!   `MakeMap` `hint`, `MapLen` `dst`, `MapNext` `dst` and every `ok` are scalar;
//!   `AssertIface`'s `ty` is an interface type. (The interpreter also checks at run
//!   time that a map object's type is the instruction's `ty`.)
//!
//! **Kind rules** (so a forged file cannot turn an integer into a pointer through a
//! register; "ref" = the register's bit in `Function::ref_regs` is set):
//!
//! 1. Dereferenced or object operands must be ref: `Load`/`Store`/`LoadN`/`StoreN`/
//!    `AddrOff` `p`; `CallValue`/`Go`/`Defer` `f`; `CallMethod` `a`; `Concat` `a`, `b`;
//!    the strings of `StrLen`, `StrIndex`, `StrSlice` and of `EqS`..`LeS`; `Unbox`/
//!    `UnboxOk` `src`; `IfaceEq` `a`, `b`; `IfaceType` `a`; `IndexAddr` `s`; `SliceArray` `p`;
//!    `MakeClosure` captures `a..a+ncaptures`; `Panic` `v`; the slice of `Grow`,
//!    `SliceSlice` `s`, `CopySlice` `a`, `b`, `StrConv` 1/3 `a`; `StrConv` 2/4 and
//!    `StrDecodeRune` strings; the channel of every channel instruction and case.
//! 2. Results that are references must go to ref registers: `LoadConst` of a string;
//!    `Concat`, `StrSlice`, `GlobalAddr`, `FuncRef`, `MakeClosure`, `LoadCapture`,
//!    `New`, `AddrOff`, `Box`, `IndexAddr`, `StrConv`, `MakeChan` `dst`; the array register of
//!    every slice an instruction writes (`MakeSlice`, `SliceSlice`, `SliceArray`, `StrConv` 2/4
//!    `dst`, `Grow` `s`).
//! 3. Results that are numbers must go to scalar registers: `LoadInt`, `LoadConst`
//!    of an int or float, every integer/float arithmetic, conversion and comparison
//!    (`AddI`..`F32Round`, `EqI`..`LeS`), `StrLen`, `StrIndex`, `IfaceEq`,
//!    `IfaceType`, `CopySlice`, `StrDecodeRune` `dst` and `dst+1`, the offset/len/
//!    cap registers of every slice an instruction writes, `UnboxOk`'s `ok`,
//!    `ChanLen`/`ChanCap`/`Select` `dst`, the `ok` of `ChanRecvOk` and `SelectRecv`
//!    (and `MakeChan` reads a scalar `size`).
//! 4. Copies keep the kind: `Move`/`MoveN` copy between registers of the same kind;
//!    `Call` window register `a+i` has the kind of the callee's register `i` (its
//!    parameters, then its results); `Ret` `a+i` has the kind of register
//!    `param_slots+i`, where the result is copied;
//!    `LoadGlobal`/`StoreGlobal` register kind equals the global's bit in
//!    `global_refs`; `Box` `src+i`, `Unbox` `dst+i` and the values of channel
//!    instructions and select cases equal `ty`'s `ref_slots` bit i.
//!
//! Limits, by design of the value model: memory slots carry no kind, so `Load`/
//! `LoadN` into a ref register trusts the compiler; natives have no register map,
//! so a `CallNative` window is only range-checked. The callee of `CallValue` and
//! `CallMethod` is only known at run time: the interpreter checks its slot counts
//! against the caller's frame there (one comparison per indirect call).

use std::fmt;

use super::isa::{Op, OperandKind};
use super::module::{Function, Module, TypeDesc, TypeKind, METHOD_DIRECT};

/// Why a module must not run. `Display` is one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Where: `function main.main at pc 12 (AddI)`, `type 3 (main.T)`, `module`.
    pub place: String,
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid bytecode: {}: {}", self.place, self.message)
    }
}

impl std::error::Error for VerifyError {}

type Result<T> = std::result::Result<T, VerifyError>;

fn module_err(message: String) -> VerifyError {
    VerifyError {
        place: "module".into(),
        message,
    }
}

/// Checks every invariant listed in the module docs.
pub fn verify(m: &Module) -> Result<()> {
    verify_tables(m)?;
    verify_types(m)?;
    for (i, f) in m.funcs.iter().enumerate() {
        verify_function(m, i, f)?;
    }
    Ok(())
}

/// `bits` describes at most `n` items: no more words than needed, no bit `>= n`.
fn check_bitmap(bits: &[u64], n: u64, what: &str) -> std::result::Result<(), String> {
    if bits.len() as u64 > n.div_ceil(64) {
        return Err(format!("{what} has {} words for {n} entries", bits.len()));
    }
    if let Some(last) = bits.last() {
        let base = (bits.len() as u64 - 1) * 64;
        let used = n - base; // 1..=64 because the length check passed and n > base
        if used < 64 && last >> used != 0 {
            return Err(format!("{what} marks entries beyond {n}"));
        }
    }
    Ok(())
}

fn popcount(bits: &[u64]) -> u64 {
    bits.iter().map(|w| w.count_ones() as u64).sum()
}

fn set_bits(bits: &[u64]) -> impl Iterator<Item = u64> + '_ {
    bits.iter().enumerate().flat_map(|(wi, &w)| {
        let mut w = w;
        std::iter::from_fn(move || {
            if w == 0 {
                return None;
            }
            let b = w.trailing_zeros() as u64;
            w &= w - 1;
            Some(wi as u64 * 64 + b)
        })
    })
}

fn verify_tables(m: &Module) -> Result<()> {
    let nf = m.funcs.len();
    let plain = |what: &str, i: u32| -> Result<()> {
        let Some(f) = m.funcs.get(i as usize) else {
            return Err(module_err(format!(
                "{what} function {i} is out of range ({nf} functions)"
            )));
        };
        if f.param_slots != 0 || f.result_slots != 0 || f.ncaptures != 0 {
            return Err(module_err(format!(
                "{what} function {} must take, return and capture nothing",
                f.name
            )));
        }
        Ok(())
    };
    plain("entry", m.entry)?;
    for &i in &m.inits {
        plain("init", i)?;
    }
    check_bitmap(&m.global_refs, m.globals as u64, "the global reference map")
        .map_err(module_err)?;
    Ok(())
}

fn verify_types(m: &Module) -> Result<()> {
    let nt = m.types.len();
    let type_err = |i: usize, message: String| VerifyError {
        place: format!("type {i} ({})", m.types[i].name),
        message,
    };
    // Pass 1: indices and the leaf kinds.
    for (i, t) in m.types.iter().enumerate() {
        let ty_ok = |ty: u32, what: &str| -> Result<()> {
            if (ty as usize) < nt {
                Ok(())
            } else {
                Err(type_err(
                    i,
                    format!("{what} type {ty} is out of range ({nt} types)"),
                ))
            }
        };
        let name_ok = |n: u16| -> Result<()> {
            if (n as usize) < m.method_names.len() {
                Ok(())
            } else {
                Err(type_err(
                    i,
                    format!(
                        "method name {n} is out of range ({} names)",
                        m.method_names.len()
                    ),
                ))
            }
        };
        check_bitmap(&t.ref_slots, t.slots as u64, "the slot reference map")
            .map_err(|e| type_err(i, e))?;
        // (slots, reference bit of slot 0) for kinds of fixed shape.
        let leaf: Option<(u32, bool)> = match &t.kind {
            TypeKind::Bool => Some((1, false)),
            TypeKind::Int { bits, .. } => {
                if ![8, 16, 32, 64].contains(bits) {
                    return Err(type_err(i, format!("integer of {bits} bits")));
                }
                Some((1, false))
            }
            TypeKind::Float { bits } => {
                if ![32, 64].contains(bits) {
                    return Err(type_err(i, format!("float of {bits} bits")));
                }
                Some((1, false))
            }
            TypeKind::String | TypeKind::Func | TypeKind::Opaque => Some((1, true)),
            TypeKind::Pointer { elem } => {
                ty_ok(*elem, "element")?;
                Some((1, true))
            }
            TypeKind::Slice { elem } => {
                ty_ok(*elem, "element")?;
                Some((4, true))
            }
            TypeKind::Map { key, value } => {
                ty_ok(*key, "key")?;
                ty_ok(*value, "value")?;
                Some((1, true))
            }
            TypeKind::Chan { elem, dir } => {
                ty_ok(*elem, "element")?;
                if *dir > 2 {
                    return Err(type_err(i, format!("channel direction {dir}")));
                }
                Some((1, true))
            }
            TypeKind::Interface { methods } => {
                for mt in methods {
                    name_ok(mt.name)?;
                }
                Some((1, true))
            }
            TypeKind::Struct { fields } => {
                for f in fields {
                    ty_ok(f.ty, "field")?;
                }
                None
            }
            TypeKind::Array { elem, .. } => {
                ty_ok(*elem, "element")?;
                None
            }
        };
        if let Some((slots, ref0)) = leaf {
            if t.slots != slots {
                return Err(type_err(
                    i,
                    format!("{} slots for a type of {slots}", t.slots),
                ));
            }
            let want = if ref0 { 1 } else { 0 };
            if t.ref_slots.first().copied().unwrap_or(0) != want {
                return Err(type_err(
                    i,
                    "the slot reference map does not match the kind".into(),
                ));
            }
        }
        let mut prev: Option<u16> = None;
        for mt in &t.methods {
            name_ok(mt.name)?;
            if prev.is_some_and(|p| p >= mt.name) {
                return Err(type_err(i, "the method table is not sorted by name".into()));
            }
            prev = Some(mt.name);
            let direct = mt.func & METHOD_DIRECT != 0;
            let Some(f) = m.funcs.get(mt.func_index() as usize) else {
                return Err(type_err(
                    i,
                    format!(
                        "method function {} is out of range ({} functions)",
                        mt.func_index(),
                        m.funcs.len()
                    ),
                ));
            };
            if direct {
                // the box's one slot becomes the callee's register 0
                if t.slots != 1
                    || f.param_slots == 0
                    || f.is_ref_reg(0) != t.is_ref_slot(0)
                    || f.ncaptures != 0
                {
                    return Err(type_err(
                        i,
                        format!(
                            "direct method function {} must take the one-slot value in register 0 and capture nothing",
                            f.name
                        ),
                    ));
                }
            } else if f.param_slots == 0 || !f.is_ref_reg(0) || f.ncaptures != 0 {
                return Err(type_err(
                    i,
                    format!(
                        "method function {} must take the interface box in reference register 0 and capture nothing",
                        f.name
                    ),
                ));
            }
        }
    }

    // Pass 2: structs and arrays, in an order where what they contain comes first
    // (Kahn's algorithm; whatever is left over contains itself).
    let deps = |t: &TypeDesc| -> Vec<u32> {
        match &t.kind {
            TypeKind::Struct { fields } => fields.iter().map(|f| f.ty).collect(),
            TypeKind::Array { elem, .. } => vec![*elem],
            _ => Vec::new(),
        }
    };
    let mut pending = vec![0usize; nt];
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); nt];
    for (i, t) in m.types.iter().enumerate() {
        for d in deps(t) {
            pending[i] += 1;
            users[d as usize].push(i);
        }
    }
    let mut queue: Vec<usize> = (0..nt).filter(|&i| pending[i] == 0).collect();
    let mut refcount = vec![0u64; nt];
    let mut done = 0;
    while let Some(i) = queue.pop() {
        done += 1;
        check_composite(m, i, &refcount).map_err(|e| type_err(i, e))?;
        refcount[i] = popcount(&m.types[i].ref_slots);
        for &u in &users[i] {
            pending[u] -= 1;
            if pending[u] == 0 {
                queue.push(u);
            }
        }
    }
    if done < nt {
        let i = (0..nt).find(|&i| pending[i] > 0).unwrap_or(0);
        return Err(type_err(i, "the type contains itself".into()));
    }
    Ok(())
}

/// Slots and reference bits of a struct or array whose components are verified.
fn check_composite(m: &Module, i: usize, refcount: &[u64]) -> std::result::Result<(), String> {
    let t = &m.types[i];
    match &t.kind {
        TypeKind::Struct { fields } => {
            let mut end = 0u64;
            let mut want_refs = 0u64;
            for f in fields {
                if f.offset as u64 != end {
                    return Err(format!(
                        "field {} is at slot {}, expected {end}",
                        f.name, f.offset
                    ));
                }
                end += m.types[f.ty as usize].slots as u64;
                want_refs = want_refs.saturating_add(refcount[f.ty as usize]);
            }
            if end != t.slots as u64 {
                return Err(format!("{} slots, but the fields take {end}", t.slots));
            }
            for s in set_bits(&t.ref_slots) {
                let k = fields.partition_point(|f| {
                    f.offset as u64 + m.types[f.ty as usize].slots as u64 <= s
                });
                let ok = fields.get(k).is_some_and(|f| {
                    m.types[f.ty as usize].is_ref_slot((s - f.offset as u64) as usize)
                });
                if !ok {
                    return Err(format!("slot {s} is marked as a reference but is not"));
                }
            }
            if popcount(&t.ref_slots) != want_refs {
                return Err("the slot reference map misses references of the fields".into());
            }
        }
        TypeKind::Array { elem, len } => {
            let et = &m.types[*elem as usize];
            let es = et.slots as u64;
            if len.checked_mul(es) != Some(t.slots as u64) {
                return Err(format!(
                    "{} slots for {len} elements of {es} slots",
                    t.slots
                ));
            }
            for s in set_bits(&t.ref_slots) {
                if !et.is_ref_slot((s % es) as usize) {
                    return Err(format!("slot {s} is marked as a reference but is not"));
                }
            }
            if popcount(&t.ref_slots) != len.saturating_mul(refcount[*elem as usize]) {
                return Err("the slot reference map misses references of the elements".into());
            }
        }
        _ => {}
    }
    Ok(())
}

struct FnCheck<'a> {
    m: &'a Module,
    f: &'a Function,
    pc: usize,
    /// `case_ops[pc]`: the instruction is a case operand of a `Select`.
    case_ops: Vec<bool>,
}

impl FnCheck<'_> {
    fn err(&self, message: String) -> VerifyError {
        let op = self
            .f
            .code
            .get(self.pc)
            .map(|op| format!(" ({})", op.name()))
            .unwrap_or_default();
        VerifyError {
            place: format!("function {} at pc {}{op}", self.f.name, self.pc),
            message,
        }
    }

    /// Registers `r..r+n` are in the frame.
    fn span(&self, r: u16, n: u64) -> Result<()> {
        if r as u64 + n > self.f.nregs as u64 {
            return Err(self.err(format!(
                "registers r{r}..r{} are out of range ({} registers)",
                r as u64 + n,
                self.f.nregs
            )));
        }
        Ok(())
    }

    fn is_ref(&self, r: u64) -> bool {
        self.f.is_ref_reg(r as usize)
    }

    fn want_ref(&self, r: u64, what: &str) -> Result<()> {
        if !self.is_ref(r) {
            return Err(self.err(format!("{what} r{r} must be a reference register")));
        }
        Ok(())
    }

    fn want_scalar(&self, r: u64, what: &str) -> Result<()> {
        if self.is_ref(r) {
            return Err(self.err(format!("{what} r{r} must be a scalar register")));
        }
        Ok(())
    }

    /// Registers `r..r+4` hold a slice written by the instruction: the array
    /// reference, then offset, len and cap as scalars.
    fn want_slice(&self, r: u16, what: &str) -> Result<()> {
        self.span(r, 4)?;
        self.want_ref(r as u64, what)?;
        for i in 1..4 {
            self.want_scalar(r as u64 + i, "slice offset/len/cap")?;
        }
        Ok(())
    }

    fn same_kind(&self, a: u64, b: u64) -> Result<()> {
        if self.is_ref(a) != self.is_ref(b) {
            return Err(self.err(format!(
                "r{a} and r{b} are not of the same kind (reference/scalar)"
            )));
        }
        Ok(())
    }

    /// Registers `r..r+slots(ty)` have the reference bits of `ty`.
    fn like_type(&self, r: u16, ty: u16, what: &str) -> Result<u64> {
        let t = &self.m.types[ty as usize];
        let n = t.slots as u64;
        self.span(r, n)?;
        for i in 0..n {
            if self.is_ref(r as u64 + i) != t.is_ref_slot(i as usize) {
                return Err(self.err(format!(
                    "{what} register r{} does not match slot {i} of type {}",
                    r as u64 + i,
                    t.name
                )));
            }
        }
        Ok(n)
    }

    /// Registers `r..r+n` are in the frame (`r` may exceed a register index when a
    /// span follows another).
    fn span_at(&self, r: u64, n: u64) -> Result<()> {
        if r + n > self.f.nregs as u64 {
            return Err(self.err(format!(
                "registers r{r}..r{} are out of range ({} registers)",
                r + n,
                self.f.nregs
            )));
        }
        Ok(())
    }

    /// Registers `r..r+slots(ty)` have the reference bits of type `ty` (a type
    /// index already checked to be in range); returns `slots(ty)`.
    fn like_type_at(&self, r: u64, ty: u32, what: &str) -> Result<u64> {
        let t = &self.m.types[ty as usize];
        let n = t.slots as u64;
        self.span_at(r, n)?;
        for i in 0..n {
            if self.is_ref(r + i) != t.is_ref_slot(i as usize) {
                return Err(self.err(format!(
                    "{what} register r{} does not match slot {i} of type {}",
                    r + i,
                    t.name
                )));
            }
        }
        Ok(n)
    }

    /// Type operand `ty` is a map type: its key and value types.
    fn map_type(&self, ty: u16) -> Result<(u32, u32)> {
        match self.m.types[ty as usize].kind {
            TypeKind::Map { key, value } => Ok((key, value)),
            _ => Err(self.err(format!(
                "type {} is not a map type",
                self.m.types[ty as usize].name
            ))),
        }
    }

    fn callee(&self, func: u32) -> &Function {
        &self.m.funcs[func as usize]
    }
}

fn verify_function(m: &Module, index: usize, f: &Function) -> Result<()> {
    let mut c = FnCheck {
        m,
        f,
        pc: 0,
        case_ops: vec![false; f.code.len()],
    };
    let ferr = |message: String| VerifyError {
        place: format!("function {index} ({})", f.name),
        message,
    };
    if (f.file as usize) >= m.files.len() {
        return Err(ferr(format!(
            "file {} is out of range ({} files)",
            f.file,
            m.files.len()
        )));
    }
    if (f.nregs as u32) < f.param_slots as u32 + f.result_slots as u32 {
        return Err(ferr(format!(
            "{} registers cannot hold {} parameter and then {} result slots",
            f.nregs, f.param_slots, f.result_slots
        )));
    }
    check_bitmap(&f.ref_regs, f.nregs as u64, "the register reference map").map_err(ferr)?;
    match f.code.last() {
        None => return Err(ferr("the function has no code".into())),
        Some(Op::Ret { .. } | Op::Jmp { .. } | Op::Panic { .. }) => {}
        Some(_) => {
            c.pc = f.code.len() - 1;
            return Err(c.err(
                "the last instruction must be Ret, Jmp or Panic (execution would fall off the end)"
                    .into(),
            ));
        }
    }
    let mut prev = 0;
    for l in &f.lines {
        if l.pc < prev || l.pc as usize >= f.code.len() {
            return Err(ferr(format!(
                "line table entry for pc {} is out of order or range",
                l.pc
            )));
        }
        prev = l.pc;
    }
    mark_case_operands(&mut c)?;
    for (pc, op) in f.code.iter().enumerate() {
        c.pc = pc;
        check_operands(&c, op)?;
        check_op(&c, op)?;
    }
    Ok(())
}

/// Marks the case operands of every `Select` and refuses a `Select` without its
/// `n` cases and a case operand outside a `Select`.
fn mark_case_operands(c: &mut FnCheck) -> Result<()> {
    let code = &c.f.code;
    let mut pc = 0;
    while pc < code.len() {
        c.pc = pc;
        match code[pc] {
            Op::Select { n, .. } => {
                let n = n as usize;
                let cases = code.get(pc + 1..pc + 1 + n);
                let all_cases = cases.is_some_and(|ops| {
                    ops.iter()
                        .all(|op| matches!(op, Op::SelectRecv { .. } | Op::SelectSend { .. }))
                });
                if !all_cases {
                    return Err(c.err(format!(
                        "a select of {n} cases must be followed by {n} SelectRecv/SelectSend instructions"
                    )));
                }
                for k in pc + 1..pc + 1 + n {
                    c.case_ops[k] = true;
                }
                pc += 1 + n;
            }
            Op::SelectRecv { .. } | Op::SelectSend { .. } => {
                return Err(c.err("a select case operand outside a select".into()));
            }
            _ => pc += 1,
        }
    }
    Ok(())
}

/// Range checks driven by the operand kinds of the instruction table.
fn check_operands(c: &FnCheck, op: &Op) -> Result<()> {
    let m = c.m;
    for (field, kind, v) in op.operands() {
        if is_window_base(op, field) {
            continue; // checked as a span (which may be empty) by `check_op`
        }
        let (limit, what) = match kind {
            OperandKind::Reg => (c.f.nregs as usize, "registers"),
            OperandKind::Const => (m.consts.len(), "constants"),
            OperandKind::Func => (m.funcs.len(), "functions"),
            OperandKind::Native => (m.natives.len(), "natives"),
            OperandKind::Type => (m.types.len(), "types"),
            OperandKind::Global => (m.globals as usize, "global slots"),
            OperandKind::Method => (m.method_names.len(), "method names"),
            OperandKind::Jump => {
                let target = c.pc as i64 + 1 + v;
                if target < 0 || target >= c.f.code.len() as i64 {
                    return Err(c.err(format!(
                        "jump to {target} is outside the function ({} instructions)",
                        c.f.code.len()
                    )));
                }
                if c.case_ops[target as usize] {
                    return Err(c.err(format!(
                        "jump to {target}, a select case operand (never executed)"
                    )));
                }
                continue;
            }
            OperandKind::Imm | OperandKind::Count => continue,
        };
        if v < 0 || v as u64 >= limit as u64 {
            return Err(c.err(format!(
                "operand {field} = {v} is out of range ({limit} {what})"
            )));
        }
    }
    Ok(())
}

/// Register operands that start a span of `n` registers, where `n` may be 0
/// (`Ret {a: 0, n: 0}` in a function without registers): these need only
/// `r + n <= nregs`, which `check_op` checks.
fn is_window_base(op: &Op, field: &str) -> bool {
    matches!(
        (op, field),
        (Op::Ret { .. }, "a")
            | (Op::MoveN { .. }, "dst" | "src")
            | (Op::Zero { .. }, "dst")
            | (Op::LoadN { .. }, "dst")
            | (Op::StoreN { .. }, "src")
            | (Op::Call { .. }, "a")
            | (Op::CallNative { .. }, "a")
            | (Op::CallValue { .. }, "a")
            | (Op::Go { .. }, "a")
            | (Op::Defer { .. }, "a")
            | (Op::MakeClosure { .. }, "a")
            // Values of zero-slot element types (struct{}) span no register.
            | (Op::ChanSend { .. }, "src")
            | (Op::ChanRecv { .. }, "dst")
            | (Op::SelectSend { .. }, "val")
            | (Op::MapGet { .. }, "dst")
    )
}

/// Multi-register spans, callee shapes and the kind rules.
fn check_op(c: &FnCheck, op: &Op) -> Result<()> {
    let r = |x: u16| x as u64;
    match *op {
        Op::Nop {} | Op::RunDefers {} | Op::Jmp { .. } => {}
        Op::Move { dst, src } => c.same_kind(r(dst), r(src))?,
        Op::MoveN { dst, src, n } => {
            c.span(dst, n as u64)?;
            c.span(src, n as u64)?;
            for i in 0..n as u64 {
                c.same_kind(r(dst) + i, r(src) + i)?;
            }
        }
        Op::Zero { dst, n } => c.span(dst, n as u64)?,
        Op::LoadInt { dst, .. } => c.want_scalar(r(dst), "dst")?,
        Op::LoadConst { dst, k } => match c.m.consts[k as usize] {
            super::module::Const::Str(_) => c.want_ref(r(dst), "string constant dst")?,
            _ => c.want_scalar(r(dst), "numeric constant dst")?,
        },
        Op::LoadGlobal { dst: reg, g } | Op::StoreGlobal { g, src: reg } => {
            let global_ref =
                c.m.global_refs
                    .get(g as usize / 64)
                    .is_some_and(|w| w & (1 << (g % 64)) != 0);
            if global_ref != c.is_ref(r(reg)) {
                return Err(c.err(format!(
                    "r{reg} and global {g} are not of the same kind (reference/scalar)"
                )));
            }
        }
        Op::GlobalAddr { dst, .. } => c.want_ref(r(dst), "dst")?,
        Op::AddI { dst, .. }
        | Op::SubI { dst, .. }
        | Op::MulI { dst, .. }
        | Op::DivI { dst, .. }
        | Op::RemI { dst, .. }
        | Op::AndI { dst, .. }
        | Op::OrI { dst, .. }
        | Op::XorI { dst, .. }
        | Op::AndNotI { dst, .. }
        | Op::ShlI { dst, .. }
        | Op::ShrI { dst, .. }
        | Op::ShrU { dst, .. }
        | Op::DivU { dst, .. }
        | Op::RemU { dst, .. }
        | Op::AddIImm { dst, .. }
        | Op::MulIImm { dst, .. }
        | Op::AndIImm { dst, .. }
        | Op::OrIImm { dst, .. }
        | Op::XorIImm { dst, .. }
        | Op::NegI { dst, .. }
        | Op::BitNotI { dst, .. }
        | Op::Not { dst, .. }
        | Op::AddF { dst, .. }
        | Op::SubF { dst, .. }
        | Op::MulF { dst, .. }
        | Op::DivF { dst, .. }
        | Op::NegF { dst, .. }
        | Op::IToF { dst, .. }
        | Op::FToI { dst, .. }
        | Op::UToF { dst, .. }
        | Op::FToU { dst, .. }
        | Op::F32Round { dst, .. }
        | Op::EqI { dst, .. }
        | Op::NeI { dst, .. }
        | Op::LtI { dst, .. }
        | Op::LeI { dst, .. }
        | Op::LtU { dst, .. }
        | Op::LeU { dst, .. }
        | Op::EqF { dst, .. }
        | Op::NeF { dst, .. }
        | Op::LtF { dst, .. }
        | Op::LeF { dst, .. } => c.want_scalar(r(dst), "dst")?,
        Op::DivIImm { dst, v, .. } | Op::RemIImm { dst, v, .. } => {
            c.want_scalar(r(dst), "dst")?;
            if v == 0 {
                return Err(c.err("division by an immediate zero".into()));
            }
        }
        Op::ShlIImm { dst, v, .. } | Op::ShrIImm { dst, v, .. } | Op::ShrUImm { dst, v, .. } => {
            c.want_scalar(r(dst), "dst")?;
            if !(0..64).contains(&v) {
                return Err(c.err(format!("shift count {v} is not 0..64")));
            }
        }
        Op::SignExt { dst, bits, .. } | Op::ZeroExt { dst, bits, .. } => {
            c.want_scalar(r(dst), "dst")?;
            if !(1..=64).contains(&bits) {
                return Err(c.err(format!("bit width {bits} is not 1..=64")));
            }
        }
        Op::EqS { dst, a, b }
        | Op::NeS { dst, a, b }
        | Op::LtS { dst, a, b }
        | Op::LeS { dst, a, b } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(a), "string a")?;
            c.want_ref(r(b), "string b")?;
        }
        Op::Concat { dst, a, b } => {
            c.want_ref(r(dst), "dst")?;
            c.want_ref(r(a), "string a")?;
            c.want_ref(r(b), "string b")?;
        }
        Op::StrLen { dst, a } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(a), "string a")?;
        }
        Op::StrIndex { dst, s, .. } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(s), "string s")?;
        }
        Op::StrSlice { dst, s, lo } => {
            c.span(lo, 2)?;
            c.want_ref(r(dst), "dst")?;
            c.want_ref(r(s), "string s")?;
        }
        Op::JmpIf { .. }
        | Op::JmpIfNot { .. }
        | Op::JmpLtI { .. }
        | Op::JmpLeI { .. }
        | Op::JmpEqI { .. }
        | Op::JmpNeI { .. }
        | Op::JmpLtIImm { .. }
        | Op::JmpLeIImm { .. }
        | Op::JmpGtIImm { .. }
        | Op::JmpGeIImm { .. }
        | Op::JmpEqIImm { .. }
        | Op::JmpNeIImm { .. } => {}
        Op::IncJmpLtI { i, .. } | Op::IncJmpLeI { i, .. } => c.want_scalar(r(i), "i")?,
        Op::Call { func, a } => {
            let g = c.callee(func);
            let window = g.param_slots as u64 + g.result_slots as u64;
            c.span(a, window)?;
            // Arguments and results keep their kinds across the call: caller
            // register a+i is the callee's register i.
            for i in 0..window {
                if c.is_ref(r(a) + i) != g.is_ref_reg(i as usize) {
                    return Err(c.err(format!(
                        "r{} does not match register r{i} of {} (reference/scalar)",
                        r(a) + i,
                        g.name
                    )));
                }
            }
            if g.ncaptures != 0 {
                return Err(c.err(format!(
                    "direct call of {}, which needs captures (only MakeClosure supplies them)",
                    g.name
                )));
            }
        }
        Op::CallNative { native, a } => {
            let n = &c.m.natives[native as usize];
            c.span(a, n.param_slots as u64 + n.result_slots as u64)?;
        }
        Op::CallValue { f, a } => {
            c.span(a, 0)?;
            c.want_ref(r(f), "func value f")?;
        }
        Op::CallMethod { a, .. } => c.want_ref(r(a), "interface a")?,
        Op::Ret { a, n } => {
            c.span(a, n as u64)?;
            if n != c.f.result_slots {
                return Err(c.err(format!(
                    "returns {n} slots; the function has {} result slots",
                    c.f.result_slots
                )));
            }
            // The results are copied to registers param_slots.. of the same frame.
            let base = c.f.param_slots as u64;
            for i in 0..n as u64 {
                c.same_kind(base + i, r(a) + i)?;
            }
        }
        Op::Go { f, a, n } | Op::Defer { f, a, n } => {
            c.span(a, n as u64)?;
            c.want_ref(r(f), "func value f")?;
        }
        Op::FuncRef { dst, func } => {
            c.want_ref(r(dst), "dst")?;
            let g = c.callee(func);
            if g.ncaptures != 0 {
                return Err(c.err(format!(
                    "FuncRef of {}, which needs captures (use MakeClosure)",
                    g.name
                )));
            }
        }
        Op::MakeClosure { dst, func, a } => {
            c.want_ref(r(dst), "dst")?;
            let nc = c.callee(func as u32).ncaptures as u64;
            c.span(a, nc)?;
            for i in 0..nc {
                c.want_ref(r(a) + i, "capture")?;
            }
        }
        Op::LoadCapture { dst, idx } => {
            c.want_ref(r(dst), "dst")?;
            if idx >= c.f.ncaptures {
                return Err(c.err(format!(
                    "capture {idx} is out of range ({} captures)",
                    c.f.ncaptures
                )));
            }
        }
        Op::New { dst, .. } => c.want_ref(r(dst), "dst")?,
        Op::Load { p, .. } | Op::Store { p, .. } => c.want_ref(r(p), "pointer p")?,
        Op::LoadN { dst: regs, p, n } | Op::StoreN { p, src: regs, n } => {
            c.want_ref(r(p), "pointer p")?;
            c.span(regs, n as u64)?;
        }
        Op::AddrOff { dst, p, .. } => {
            c.want_ref(r(dst), "dst")?;
            c.want_ref(r(p), "pointer p")?;
        }
        Op::Box { dst, src, ty } => {
            c.want_ref(r(dst), "dst")?;
            c.like_type(src, ty, "src")?;
        }
        Op::Unbox { dst, src, ty } => {
            c.want_ref(r(src), "interface src")?;
            c.like_type(dst, ty, "dst")?;
        }
        Op::UnboxOk { dst, src, ty } => {
            c.want_ref(r(src), "interface src")?;
            let n = c.like_type(dst, ty, "dst")?;
            c.span(dst, n + 1)?;
            c.want_scalar(r(dst) + n, "ok")?;
        }
        Op::IfaceEq { dst, a, b } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(a), "interface a")?;
            c.want_ref(r(b), "interface b")?;
        }
        Op::IfaceType { dst, a } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(a), "interface a")?;
        }
        Op::MakeSlice { dst, len, .. } => {
            c.want_slice(dst, "dst")?;
            c.span(len, 2)?;
        }
        Op::IndexAddr { dst, s, .. } => {
            c.span(s, 4)?;
            c.want_ref(r(s), "slice s")?;
            c.want_ref(r(dst), "dst")?;
        }
        Op::Atomic { a, kind } => {
            let Some(n) = crate::bytecode::isa::atomic::window(kind) else {
                return Err(c.err(format!("unknown atomic kind {kind}")));
            };
            c.span(a, n as u64)?;
            c.want_ref(r(a), "pointer a")?;
            for i in 1..n as u64 {
                c.want_scalar(r(a) + i, "operand")?;
            }
        }
        Op::LoadElem { s, .. } | Op::StoreElem { s, .. } => {
            c.span(s, 4)?;
            c.want_ref(r(s), "slice s")?;
        }
        Op::StrConv { dst, a, kind } => match kind {
            // string(rune)
            0 => {
                c.want_ref(r(dst), "dst")?;
                c.want_scalar(r(a), "rune a")?;
            }
            // string([]byte), string([]rune)
            1 | 3 => {
                c.want_ref(r(dst), "dst")?;
                c.span(a, 4)?;
                c.want_ref(r(a), "slice a")?;
            }
            // []byte(string), []rune(string)
            2 | 4 => {
                c.want_ref(r(a), "string a")?;
                c.want_slice(dst, "dst")?;
            }
            _ => return Err(c.err(format!("unknown string conversion kind {kind}"))),
        },
        Op::StrDecodeRune { dst, s, .. } => {
            c.span(dst, 2)?;
            c.want_scalar(r(dst), "rune dst")?;
            c.want_scalar(r(dst) + 1, "width dst+1")?;
            c.want_ref(r(s), "string s")?;
        }
        Op::Grow { s, n, .. } => {
            c.want_slice(s, "slice s")?;
            c.want_scalar(r(n), "count n")?;
        }
        Op::SliceSlice { dst, s, lo } => {
            c.want_slice(dst, "dst")?;
            c.span(s, 4)?;
            c.want_ref(r(s), "slice s")?;
            c.span(lo, 3)?;
        }
        Op::CopySlice { dst, a, b } => {
            c.want_scalar(r(dst), "dst")?;
            c.span(a, 4)?;
            c.span(b, 4)?;
            c.want_ref(r(a), "slice a")?;
            c.want_ref(r(b), "slice b")?;
        }
        Op::MakeChan { dst, size, .. } => {
            c.want_ref(r(dst), "dst")?;
            c.want_scalar(r(size), "size")?;
        }
        Op::ChanSend { ch, src, ty } => {
            c.want_ref(r(ch), "channel ch")?;
            c.like_type(src, ty, "src")?;
        }
        Op::ChanRecv { dst, ch, ty } => {
            c.want_ref(r(ch), "channel ch")?;
            c.like_type(dst, ty, "dst")?;
        }
        Op::ChanRecvOk { dst, ch, ty } | Op::SelectRecv { ch, val: dst, ty } => {
            c.want_ref(r(ch), "channel ch")?;
            let n = c.like_type(dst, ty, "value")?;
            c.span(dst, n + 1)?;
            c.want_scalar(r(dst) + n, "ok")?;
        }
        Op::SelectSend { ch, val, ty } => {
            c.want_ref(r(ch), "channel ch")?;
            c.like_type(val, ty, "val")?;
        }
        Op::ChanClose { ch } => c.want_ref(r(ch), "channel ch")?,
        Op::ChanLen { dst, ch } | Op::ChanCap { dst, ch } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(ch), "channel ch")?;
        }
        Op::Select { dst, block, .. } => {
            c.want_scalar(r(dst), "dst")?;
            if block > 1 {
                return Err(c.err(format!("select block flag {block} is not 0 or 1")));
            }
        }
        Op::Panic { v } => c.want_ref(r(v), "interface v")?,
        Op::ArrayAddr { p, i, ty } => {
            c.want_ref(r(p), "pointer p")?;
            c.want_scalar(r(i), "index i")?;
            if !matches!(
                c.m.types[ty as usize].kind,
                super::module::TypeKind::Array { .. }
            ) {
                return Err(c.err(format!("type {ty} is not an array type")));
            }
        }
        Op::SliceArray { dst, p, ty } => {
            c.want_slice(dst, "dst")?;
            c.want_ref(r(p), "pointer p")?;
            if !matches!(
                c.m.types[ty as usize].kind,
                super::module::TypeKind::Array { .. }
            ) {
                return Err(c.err(format!("type {ty} is not an array type")));
            }
        }
        Op::MakeMap { dst, hint, ty } => {
            c.map_type(ty)?;
            c.want_ref(r(dst), "dst")?;
            c.want_scalar(r(hint), "size hint")?;
        }
        Op::MapGet { dst, m, ty } | Op::MapGetOk { dst, m, ty } => {
            let (k, v) = c.map_type(ty)?;
            c.want_ref(r(m), "map m")?;
            c.like_type_at(r(m) + 1, k, "key")?;
            let n = c.like_type_at(r(dst), v, "dst")?;
            if let Op::MapGetOk { .. } = op {
                c.span_at(r(dst), n + 1)?;
                c.want_scalar(r(dst) + n, "ok")?;
            }
        }
        Op::MapSet { m, ty } => {
            let (k, v) = c.map_type(ty)?;
            c.want_ref(r(m), "map m")?;
            let ks = c.like_type_at(r(m) + 1, k, "key")?;
            c.like_type_at(r(m) + 1 + ks, v, "value")?;
        }
        Op::MapAddI { m, ty } => {
            let (k, v) = c.map_type(ty)?;
            c.want_ref(r(m), "map m")?;
            let ks = c.like_type_at(r(m) + 1, k, "key")?;
            if c.like_type_at(r(m) + 1 + ks, v, "value")? != 1 {
                return Err(c.err("MapAddI needs one-slot integer values".into()));
            }
            c.want_scalar(r(m) + 1 + ks, "delta")?;
        }
        Op::MapDelete { m, ty } => {
            let (k, _) = c.map_type(ty)?;
            c.want_ref(r(m), "map m")?;
            c.like_type_at(r(m) + 1, k, "key")?;
        }
        Op::MapLen { dst, m } => {
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(m), "map m")?;
        }
        Op::MapClear { m } => c.want_ref(r(m), "map m")?,
        Op::MapIter { dst, m } => {
            c.want_ref(r(dst), "dst")?;
            c.want_ref(r(m), "map m")?;
        }
        Op::MapNext { dst, it, ty } => {
            let (k, v) = c.map_type(ty)?;
            c.want_scalar(r(dst), "dst")?;
            c.want_ref(r(it), "iterator it")?;
            let ks = c.like_type_at(r(dst) + 1, k, "key")?;
            c.like_type_at(r(dst) + 1 + ks, v, "value")?;
        }
        Op::Recover { dst } => c.want_ref(r(dst), "dst")?,
        Op::AssertIface { dst, src, ty } | Op::AssertIfaceOk { dst, src, ty } => {
            if !matches!(c.m.types[ty as usize].kind, TypeKind::Interface { .. }) {
                return Err(c.err(format!(
                    "type {} is not an interface type",
                    c.m.types[ty as usize].name
                )));
            }
            c.want_ref(r(dst), "dst")?;
            c.want_ref(r(src), "interface src")?;
            if let Op::AssertIfaceOk { .. } = op {
                c.span_at(r(dst), 2)?;
                c.want_scalar(r(dst) + 1, "ok")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::format::tests::sample_module;
    use crate::bytecode::module::Const;

    fn reject(m: &Module) -> String {
        let e = verify(m).expect_err("module should be rejected");
        let s = e.to_string();
        assert!(!s.contains('\n'));
        s
    }

    #[test]
    fn sample_module_verifies() {
        verify(&sample_module()).unwrap();
    }

    #[test]
    fn register_out_of_range() {
        let mut m = sample_module();
        m.funcs[0].code[0] = Op::LoadInt { dst: 10, v: 1 };
        assert_eq!(
            reject(&m),
            "invalid bytecode: function main.main at pc 0 (LoadInt): operand dst = 10 is out of range (10 registers)"
        );
        let mut m = sample_module();
        m.funcs[0].code[0] = Op::Zero { dst: 5, n: 6 };
        assert!(reject(&m).contains("registers r5..r11 are out of range (10 registers)"));
        // The callee's parameters and results must fit: a 4+2-slot native at r4 is
        // fine, at r5 it is not.
        let mut m = sample_module();
        m.funcs[0].code[8] = Op::CallNative { native: 0, a: 5 };
        assert!(reject(&m).contains("(CallNative): registers r5..r11"));
        // Call windows and Ret keep kinds.
        let mut m = sample_module();
        m.funcs[0].code[9] = Op::Call { func: 3, a: 7 };
        assert!(reject(&m).contains("r7 does not match register r0 of main.Point.String"));
        let mut m = sample_module();
        m.funcs[3].code[1] = Op::Ret { a: 0, n: 1 };
        m.funcs[3].ref_regs = vec![0b01];
        assert!(reject(&m).contains("r1 and r0 are not of the same kind"));
    }

    #[test]
    fn direct_method_entries_need_a_one_slot_receiver_of_the_same_kind() {
        use crate::bytecode::module::METHOD_DIRECT;
        let mut m = sample_module();
        let t = m.types.iter().position(|t| !t.methods.is_empty()).unwrap();
        m.types[t].methods[0].func |= METHOD_DIRECT;
        // main.Point takes two slots: it cannot be passed as the receiver slot
        assert!(reject(&m).contains("must take the one-slot value in register 0"));
        m.types[t].slots = 1;
        m.types[t].ref_slots = vec![0b1];
        // one reference slot, and the method's register 0 is a reference
        let f = m.types[t].methods[0].func_index() as usize;
        assert!(m.funcs[f].is_ref_reg(0));
        assert!(verify(&m).is_ok() || !reject(&m).contains("must take the one-slot"));
        m.types[t].ref_slots = vec![0];
        assert!(reject(&m).contains("must take the one-slot value in register 0"));
    }

    #[test]
    fn a_loop_counter_must_be_scalar() {
        let mut m = sample_module();
        m.funcs[0].code[5] = Op::IncJmpLtI {
            i: 0,
            n: 5,
            off: -1,
        };
        verify(&m).unwrap();
        m.funcs[0].code[5] = Op::IncJmpLeI {
            i: 1,
            n: 5,
            off: -1,
        };
        assert!(reject(&m).contains("(IncJmpLeI): i r1 must be a scalar register"));
    }

    #[test]
    fn immediate_operands_are_checked() {
        let mut m = sample_module();
        m.funcs[0].code[6] = Op::DivIImm {
            dst: 0,
            a: 0,
            v: -3,
        };
        verify(&m).unwrap();
        m.funcs[0].code[6] = Op::RemIImm { dst: 0, a: 0, v: 0 };
        assert!(reject(&m).contains("division by an immediate zero"));
        m.funcs[0].code[6] = Op::ShlIImm {
            dst: 0,
            a: 0,
            v: 64,
        };
        assert!(reject(&m).contains("shift count 64 is not 0..64"));
        m.funcs[0].code[6] = Op::MulIImm { dst: 1, a: 0, v: 2 };
        assert!(reject(&m).contains("dst r1 must be a scalar register"));
    }

    #[test]
    fn element_access_needs_a_slice_reference() {
        let mut m = sample_module();
        m.funcs[0].code[5] = Op::LoadElem { dst: 0, s: 1, i: 0 };
        verify(&m).unwrap();
        m.funcs[0].code[5] = Op::StoreElem { s: 0, i: 1, src: 2 };
        assert!(reject(&m).contains("(StoreElem): slice s r0 must be a reference register"));
        m.funcs[0].code[5] = Op::LoadElem { dst: 0, s: 7, i: 0 };
        assert!(reject(&m).contains("out of range"));
    }

    #[test]
    fn bad_jump() {
        let mut m = sample_module();
        m.funcs[0].code[5] = Op::JmpLtI {
            a: 0,
            b: 5,
            off: 20,
        };
        assert_eq!(
            reject(&m),
            "invalid bytecode: function main.main at pc 5 (JmpLtI): jump to 26 is outside the function (11 instructions)"
        );
        m.funcs[0].code[5] = Op::JmpLtI {
            a: 0,
            b: 5,
            off: -7,
        };
        assert!(reject(&m).contains("jump to -1"));
    }

    #[test]
    fn bad_indices() {
        let mut m = sample_module();
        m.funcs[0].code[1] = Op::LoadConst { dst: 1, k: 3 };
        assert!(reject(&m).contains("operand k = 3 is out of range (3 constants)"));
        let mut m = sample_module();
        m.funcs[0].code[9] = Op::Call { func: 4, a: 8 };
        assert!(reject(&m).contains("operand func = 4 is out of range (4 functions)"));
        let mut m = sample_module();
        m.entry = 5;
        assert!(reject(&m).contains("entry function 5 is out of range"));
        let mut m = sample_module();
        m.types[3].kind = TypeKind::Pointer { elem: 99 };
        assert!(reject(&m).contains("type 3 (*main.Point): element type 99 is out of range"));
    }

    #[test]
    fn kind_mismatches() {
        let mut m = sample_module();
        // An integer constant into a reference register.
        m.funcs[0].code[4] = Op::LoadConst { dst: 1, k: 0 };
        assert!(reject(&m).contains("numeric constant dst r1 must be a scalar register"));
        // Dereferencing a scalar register.
        let mut m = sample_module();
        m.funcs[1].code[1] = Op::Load {
            dst: 2,
            p: 0,
            off: 0,
        };
        m.funcs[1].ref_regs = vec![0b110];
        assert!(reject(&m).contains("pointer p r0 must be a reference register"));
        // Copying a scalar into a reference register.
        let mut m = sample_module();
        m.funcs[0].code[7] = Op::Move { dst: 4, src: 0 };
        assert!(reject(&m).contains("r4 and r0 are not of the same kind"));
        // Boxing a scalar register as a string.
        let mut m = sample_module();
        m.funcs[0].code[2] = Op::Box {
            dst: 2,
            src: 0,
            ty: 1,
        };
        assert!(reject(&m).contains("src register r0 does not match slot 0 of type string"));
        // A string comparison's result in a reference register.
        let mut m = sample_module();
        m.funcs[0].code[6] = Op::EqS { dst: 1, a: 1, b: 1 };
        assert!(reject(&m).contains("dst r1 must be a scalar register"));
    }

    #[test]
    fn falling_off_the_end() {
        let mut m = sample_module();
        m.funcs[1].code.pop();
        assert_eq!(
            reject(&m),
            "invalid bytecode: function main.main.func1 at pc 1 (Load): the last instruction must be Ret, Jmp or Panic (execution would fall off the end)"
        );
        m.funcs[1].code.clear();
        m.funcs[1].lines.clear();
        assert!(reject(&m).contains("has no code"));
    }

    #[test]
    fn shapes_and_counts() {
        let mut m = sample_module();
        m.funcs[0].code[10] = Op::Ret { a: 0, n: 1 };
        assert!(reject(&m).contains("returns 1 slots; the function has 0 result slots"));
        let mut m = sample_module();
        m.funcs[1].ref_regs = vec![0b1011];
        assert!(reject(&m).contains("marks entries beyond 3"));
        let mut m = sample_module();
        m.funcs[1].nregs = 0;
        assert!(reject(&m).contains("0 registers cannot hold 1 parameter"));
        let mut m = sample_module();
        m.funcs[3].nregs = 1;
        m.funcs[3].code = vec![Op::Ret { a: 0, n: 1 }];
        assert!(reject(&m).contains("1 registers cannot hold 1 parameter and then 1 result"));
        let mut m = sample_module();
        m.funcs[0].code[9] = Op::FuncRef { dst: 8, func: 1 };
        assert!(reject(&m).contains("needs captures"));
        let mut m = sample_module();
        m.consts[2] = Const::Int(1);
        assert!(reject(&m).contains("numeric constant dst r1 must be a scalar register"));
    }

    #[test]
    fn type_table_consistency() {
        // A struct whose reference map misses its string field.
        let mut m = sample_module();
        m.types[2].ref_slots = vec![];
        assert!(reject(&m).contains("misses references"));
        // A struct that contains itself.
        let mut m = sample_module();
        if let TypeKind::Struct { fields } = &mut m.types[2].kind {
            fields[0].ty = 2;
        }
        assert!(reject(&m).contains("contains itself"));
        // Wrong slot counts.
        let mut m = sample_module();
        m.types[4].slots = 3;
        assert!(reject(&m).contains("3 slots for a type of 4"));
        let mut m = sample_module();
        m.types.push(TypeDesc {
            name: "[3]main.Point".into(),
            named: false,
            kind: TypeKind::Array { elem: 2, len: 3 },
            slots: 6,
            ref_slots: vec![0b101010],
            methods: vec![],
        });
        verify(&m).unwrap();
        m.types[6].ref_slots = vec![0b001010];
        assert!(reject(&m).contains("misses references of the elements"));
        m.types[6].ref_slots = vec![0b101011];
        assert!(reject(&m).contains("slot 0 is marked as a reference"));
    }
}
