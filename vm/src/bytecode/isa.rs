//! The instruction set: the one definition of every opcode, shared by the compiler
//! (which emits [`Op`]s), the file format (which encodes and decodes them), the
//! verifier (which checks every operand against its kind) and the disassembler.
//!
//! Everything about an opcode is written once, in the `define_ops!` table below:
//! its name, its byte code in the file, and its operands with their *kind*
//! ([`OperandKind`]). The macro derives the enum, the encoder, the decoder and the
//! operand list. Semantics are documented on each variant and implemented in
//! `runtime::interp`.
//!
//! Conventions:
//! - Registers are 64-bit untagged slots addressed relative to the frame base.
//!   A value of a multi-slot type (struct, slice) occupies consecutive registers.
//! - Jump offsets are relative to the instruction *after* the jump.
//! - Integer arithmetic wraps (two's complement); `DivI`/`RemI` panic on zero.
//! - "ptr" operands hold a raw slot address (or 0 = nil, which panics with Go's
//!   nil-dereference message).
//! - A slice occupies 4 registers: `[array ref, offset, len, cap]` (offset and cap
//!   in elements); every element access is also checked against the array's own
//!   length, so a torn slice can never reach outside its backing array.
//!
//! `Op` is at most 8 bytes (asserted by a test).

/// What an operand means; drives verification and disassembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// A register index (u16), verified `< nregs` of the function.
    Reg,
    /// A constant-pool index, verified `< consts.len()`.
    Const,
    /// A relative jump offset, verified to land on an instruction of the function.
    Jump,
    /// A signed immediate.
    Imm,
    /// A small unsigned count or slot offset.
    Count,
    /// A function index, verified `< funcs.len()`.
    Func,
    /// A native-import index, verified `< natives.len()`.
    Native,
    /// A type index, verified `< types.len()`.
    Type,
    /// A global slot, verified `< globals`.
    Global,
    /// A method-name index, verified `< method_names.len()`.
    Method,
}

macro_rules! operand_ty {
    (Reg) => {
        u16
    };
    (Const) => {
        u32
    };
    (Jump) => {
        i32
    };
    (Jump16) => {
        i16
    };
    (Imm) => {
        i32
    };
    (Imm16) => {
        i16
    };
    (Count) => {
        u16
    };
    (Func) => {
        u32
    };
    (Func16) => {
        u16
    };
    (Native) => {
        u32
    };
    (Type) => {
        u32
    };
    (Type16) => {
        u16
    };
    (Global) => {
        u32
    };
    (Method) => {
        u16
    };
}

macro_rules! operand_kind {
    (Reg) => {
        OperandKind::Reg
    };
    (Const) => {
        OperandKind::Const
    };
    (Jump) => {
        OperandKind::Jump
    };
    (Jump16) => {
        OperandKind::Jump
    };
    (Imm) => {
        OperandKind::Imm
    };
    (Imm16) => {
        OperandKind::Imm
    };
    (Count) => {
        OperandKind::Count
    };
    (Func) => {
        OperandKind::Func
    };
    (Func16) => {
        OperandKind::Func
    };
    (Native) => {
        OperandKind::Native
    };
    (Type) => {
        OperandKind::Type
    };
    (Type16) => {
        OperandKind::Type
    };
    (Global) => {
        OperandKind::Global
    };
    (Method) => {
        OperandKind::Method
    };
}

/// Error from [`Op::decode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeOpError {
    UnknownOpcode(u8),
    Truncated,
}

macro_rules! define_ops {
    ($( $(#[$doc:meta])* $name:ident = $code:literal { $($field:ident : $kind:ident),* } ),* $(,)?) => {
        /// One instruction. See the module docs for conventions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $( $(#[$doc])* $name { $($field: operand_ty!($kind)),* } ),*
        }

        impl Op {
            /// The opcode's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self { $( Op::$name { .. } => stringify!($name) ),* }
            }

            /// The byte that identifies the opcode in a file.
            pub fn code(&self) -> u8 {
                match self { $( Op::$name { .. } => $code ),* }
            }

            /// The operands in declaration order: (field name, kind, value).
            pub fn operands(&self) -> Vec<(&'static str, OperandKind, i64)> {
                match *self {
                    $( #[allow(unused_variables)] Op::$name { $($field),* } => vec![
                        $( (stringify!($field), operand_kind!($kind), $field as i64) ),*
                    ] ),*
                }
            }

            /// Appends the encoding: the opcode byte, then each operand little-endian.
            pub fn encode(&self, out: &mut Vec<u8>) {
                out.push(self.code());
                match *self {
                    $( #[allow(unused_variables)] Op::$name { $($field),* } => {
                        $( out.extend_from_slice(&$field.to_le_bytes()); )*
                    } ),*
                }
            }

            /// Decodes one instruction from the front of `bytes`; returns it and the
            /// number of bytes used.
            pub fn decode(bytes: &[u8]) -> Result<(Op, usize), DecodeOpError> {
                let code = *bytes.first().ok_or(DecodeOpError::Truncated)?;
                #[allow(unused_mut, unused_variables)]
                let mut pos = 1usize;
                match code {
                    $( $code => {
                        $(
                            let $field = {
                                const W: usize = std::mem::size_of::<operand_ty!($kind)>();
                                let chunk = bytes.get(pos..pos + W).ok_or(DecodeOpError::Truncated)?;
                                pos += W;
                                <operand_ty!($kind)>::from_le_bytes(chunk.try_into().expect("width"))
                            };
                        )*
                        Ok((Op::$name { $($field),* }, pos))
                    } ),*
                    other => Err(DecodeOpError::UnknownOpcode(other)),
                }
            }

            /// Every opcode once, with zero operands (for tests and documentation).
            pub fn all_zeroed() -> Vec<Op> {
                vec![ $( Op::$name { $($field: 0),* } ),* ]
            }
        }
    };
}

define_ops! {
    /// Does nothing.
    Nop = 0 {},
    /// `dst = src`
    Move = 1 { dst: Reg, src: Reg },
    /// Copies `n` slots `src..src+n` to `dst..dst+n` (ranges may overlap; copies as memmove).
    MoveN = 2 { dst: Reg, src: Reg, n: Count },
    /// Zeroes `n` slots `dst..dst+n`.
    Zero = 3 { dst: Reg, n: Count },
    /// `dst = v` (sign-extended immediate).
    LoadInt = 4 { dst: Reg, v: Imm },
    /// `dst = consts[k]`: an int or float's bits, or a string reference.
    LoadConst = 5 { dst: Reg, k: Const },
    /// `dst = globals[g]`
    LoadGlobal = 6 { dst: Reg, g: Global },
    /// `globals[g] = src`
    StoreGlobal = 7 { g: Global, src: Reg },
    /// `dst = &globals[g]` (a pointer to the global's first slot).
    GlobalAddr = 8 { dst: Reg, g: Global },

    /// `dst = a + b` (int64, wrapping).
    AddI = 10 { dst: Reg, a: Reg, b: Reg },
    SubI = 11 { dst: Reg, a: Reg, b: Reg },
    MulI = 12 { dst: Reg, a: Reg, b: Reg },
    /// Signed division, truncated; panics `integer divide by zero`; `MinInt64 / -1` wraps.
    DivI = 13 { dst: Reg, a: Reg, b: Reg },
    /// Signed remainder with the dividend's sign; panics on zero.
    RemI = 14 { dst: Reg, a: Reg, b: Reg },
    AndI = 15 { dst: Reg, a: Reg, b: Reg },
    OrI = 16 { dst: Reg, a: Reg, b: Reg },
    XorI = 17 { dst: Reg, a: Reg, b: Reg },
    AndNotI = 18 { dst: Reg, a: Reg, b: Reg },
    /// `a << b`; `b` is an unsigned count, >= 64 gives 0. A negative count panics
    /// `negative shift amount`.
    ShlI = 19 { dst: Reg, a: Reg, b: Reg },
    /// Arithmetic shift right; counts >= 64 give 0 or -1.
    ShrI = 20 { dst: Reg, a: Reg, b: Reg },
    /// Logical shift right; counts >= 64 give 0.
    ShrU = 21 { dst: Reg, a: Reg, b: Reg },
    /// Unsigned division and remainder (panic on zero).
    DivU = 22 { dst: Reg, a: Reg, b: Reg },
    RemU = 23 { dst: Reg, a: Reg, b: Reg },
    /// `dst = a + v` (wrapping).
    AddIImm = 24 { dst: Reg, a: Reg, v: Imm16 },
    /// `dst = a op v` with a sign-extended immediate: wrapping multiply, signed
    /// division and remainder (`v != 0`, verified; `MinInt64 / -1` wraps), and,
    /// or, xor, shifts (`v` in `0..64`, verified; `ShrUImm` is logical).
    MulIImm = 186 { dst: Reg, a: Reg, v: Imm16 },
    DivIImm = 187 { dst: Reg, a: Reg, v: Imm16 },
    RemIImm = 188 { dst: Reg, a: Reg, v: Imm16 },
    AndIImm = 189 { dst: Reg, a: Reg, v: Imm16 },
    OrIImm = 190 { dst: Reg, a: Reg, v: Imm16 },
    XorIImm = 191 { dst: Reg, a: Reg, v: Imm16 },
    ShlIImm = 192 { dst: Reg, a: Reg, v: Imm16 },
    ShrIImm = 193 { dst: Reg, a: Reg, v: Imm16 },
    ShrUImm = 194 { dst: Reg, a: Reg, v: Imm16 },
    NegI = 25 { dst: Reg, a: Reg },
    /// `^a`
    BitNotI = 26 { dst: Reg, a: Reg },
    /// Boolean not (`a` is 0 or 1).
    Not = 27 { dst: Reg, a: Reg },
    /// Sign-extends the low `bits` bits of `a` (wraps an intN result).
    SignExt = 28 { dst: Reg, a: Reg, bits: Count },
    /// Keeps the low `bits` bits of `a` (wraps a uintN result).
    ZeroExt = 29 { dst: Reg, a: Reg, bits: Count },

    /// float64 arithmetic on the slots' IEEE bits.
    AddF = 30 { dst: Reg, a: Reg, b: Reg },
    SubF = 31 { dst: Reg, a: Reg, b: Reg },
    MulF = 32 { dst: Reg, a: Reg, b: Reg },
    DivF = 33 { dst: Reg, a: Reg, b: Reg },
    NegF = 34 { dst: Reg, a: Reg },
    /// int64 -> float64
    IToF = 35 { dst: Reg, a: Reg },
    /// float64 -> int64 (truncates toward zero; out of range saturates)
    FToI = 36 { dst: Reg, a: Reg },
    /// uint64 -> float64
    UToF = 37 { dst: Reg, a: Reg },
    /// float64 -> uint64
    FToU = 38 { dst: Reg, a: Reg },
    /// Rounds a float64 to float32 precision (kept as float64 bits).
    F32Round = 39 { dst: Reg, a: Reg },

    /// Comparisons: `dst = (a op b)` as 0 or 1. `EqI`/`NeI` also compare
    /// references and pointers by address, and bools.
    EqI = 40 { dst: Reg, a: Reg, b: Reg },
    NeI = 41 { dst: Reg, a: Reg, b: Reg },
    LtI = 42 { dst: Reg, a: Reg, b: Reg },
    LeI = 43 { dst: Reg, a: Reg, b: Reg },
    LtU = 44 { dst: Reg, a: Reg, b: Reg },
    LeU = 45 { dst: Reg, a: Reg, b: Reg },
    EqF = 46 { dst: Reg, a: Reg, b: Reg },
    NeF = 47 { dst: Reg, a: Reg, b: Reg },
    LtF = 48 { dst: Reg, a: Reg, b: Reg },
    LeF = 49 { dst: Reg, a: Reg, b: Reg },
    /// String comparisons (bytewise).
    EqS = 50 { dst: Reg, a: Reg, b: Reg },
    NeS = 51 { dst: Reg, a: Reg, b: Reg },
    LtS = 52 { dst: Reg, a: Reg, b: Reg },
    LeS = 53 { dst: Reg, a: Reg, b: Reg },

    /// `dst = a + b` (string concatenation).
    Concat = 60 { dst: Reg, a: Reg, b: Reg },
    /// `dst = len(a)` for a string.
    StrLen = 61 { dst: Reg, a: Reg },
    /// `dst = s[i]` (a byte); panics `index out of range [i] with length n`.
    StrIndex = 62 { dst: Reg, s: Reg, i: Reg },
    /// `dst = s[lo:hi]` with `lo` in register `lo` and `hi` in register `lo+1`.
    StrSlice = 63 { dst: Reg, s: Reg, lo: Reg },

    /// String conversions, by `kind`: 0 `string(rune)` (a: an integer code point;
    /// invalid ones give "\uFFFD"); 1 `string(bytes)` (a: a `[]byte` slice, 4 regs);
    /// 2 `[]byte(string)` (dst: 4 regs); 3 `string(runes)` (a: a `[]rune` slice);
    /// 4 `[]rune(string)` (dst: 4 regs).
    StrConv = 64 { dst: Reg, a: Reg, kind: Count },
    /// Decodes the UTF-8 rune of string `s` at byte index `i`: `dst` = the rune
    /// (U+FFFD for invalid encodings), `dst+1` = its width in bytes (>= 1).
    StrDecodeRune = 65 { dst: Reg, s: Reg, i: Reg },

    /// Unconditional jump.
    Jmp = 70 { off: Jump },
    /// Jump if `c != 0`.
    JmpIf = 71 { c: Reg, off: Jump },
    /// Jump if `c == 0`.
    JmpIfNot = 72 { c: Reg, off: Jump },
    /// Fused compare-and-branch on int64: jump if `a < b` (resp. `<=`, `==`, `!=`).
    JmpLtI = 73 { a: Reg, b: Reg, off: Jump16 },
    JmpLeI = 74 { a: Reg, b: Reg, off: Jump16 },
    JmpEqI = 75 { a: Reg, b: Reg, off: Jump16 },
    JmpNeI = 76 { a: Reg, b: Reg, off: Jump16 },
    /// The bottom of a counting loop (`i++` then `i < n`): `i = i + 1` (int64,
    /// wrapping), then jump if `i < n` (resp. `<=`). `i` must be a scalar register.
    IncJmpLtI = 77 { i: Reg, n: Reg, off: Jump16 },
    IncJmpLeI = 78 { i: Reg, n: Reg, off: Jump16 },
    /// Fused compare-with-constant and branch on int64: jump if `a < v` (resp.
    /// `<=`, `>`, `>=`, `==`, `!=`), `v` a sign-extended immediate.
    JmpLtIImm = 180 { a: Reg, v: Imm16, off: Jump16 },
    JmpLeIImm = 181 { a: Reg, v: Imm16, off: Jump16 },
    JmpGtIImm = 182 { a: Reg, v: Imm16, off: Jump16 },
    JmpGeIImm = 183 { a: Reg, v: Imm16, off: Jump16 },
    JmpEqIImm = 184 { a: Reg, v: Imm16, off: Jump16 },
    JmpNeIImm = 185 { a: Reg, v: Imm16, off: Jump16 },

    /// Calls bytecode function `func`. Arguments are in `a..a+param_slots`; the callee's
    /// frame starts at `a`; its results come back *after* the arguments, in
    /// `a+param_slots..a+param_slots+result_slots`, so a register never holds an
    /// argument of one kind (reference/scalar) and then a result of another.
    Call = 80 { func: Func, a: Reg },
    /// Calls native import `native` with the same convention as `Call`.
    CallNative = 81 { native: Native, a: Reg },
    /// Calls the closure in `f` (bytecode or native) with the `Call` convention.
    /// Panics on a nil func value.
    CallValue = 82 { f: Reg, a: Reg },
    /// Calls method `m` of the dynamic type of the interface in `a` (which holds the
    /// receiver: the interface box is passed as the first argument to the method's
    /// interface wrapper). Panics on a nil interface.
    CallMethod = 83 { a: Reg, m: Method },
    /// Returns `n` slots starting at `a`, copied to the frame's registers
    /// `param_slots..param_slots+n` (the caller's result window, after the arguments).
    Ret = 84 { a: Reg, n: Count },
    /// If the current frame has pending deferred calls, pops the last one and calls
    /// it, arranging for this instruction to run again when it returns; otherwise
    /// does nothing.
    RunDefers = 85 {},
    /// Starts a goroutine running the closure in `f` with the `n` argument slots
    /// `a..a+n` copied (evaluated by the caller).
    Go = 86 { f: Reg, a: Reg, n: Count },
    /// Pushes a deferred call of the closure in `f` with `n` argument slots copied now.
    Defer = 87 { f: Reg, a: Reg, n: Count },

    /// `dst` = the static closure of function `func` (no allocation).
    FuncRef = 90 { dst: Reg, func: Func },
    /// `dst` = a new closure of `func` capturing the refs `a..a+ncaptures`.
    MakeClosure = 91 { dst: Reg, func: Func16, a: Reg },
    /// `dst` = capture `idx` of the running closure (a ref to a boxed variable).
    LoadCapture = 92 { dst: Reg, idx: Count },

    /// `dst` = pointer to a new zeroed object of type `ty` (`new(T)`, escaping variables).
    New = 100 { dst: Reg, ty: Type },
    /// `dst = p[off]` (one slot); panics on nil.
    Load = 101 { dst: Reg, p: Reg, off: Count },
    /// `p[off] = src` (one slot); panics on nil.
    Store = 102 { p: Reg, off: Count, src: Reg },
    /// Loads `n` slots from `p` into `dst..dst+n`.
    LoadN = 103 { dst: Reg, p: Reg, n: Count },
    /// Stores `src..src+n` to `p`.
    StoreN = 104 { p: Reg, src: Reg, n: Count },
    /// `dst = p + off` slots (`&p.f`); panics on nil.
    AddrOff = 105 { dst: Reg, p: Reg, off: Count },

    /// `dst` = an interface holding the `slots(ty)` slots at `src` with dynamic type `ty`.
    Box = 110 { dst: Reg, src: Reg, ty: Type16 },
    /// `dst..` = the value in interface `src`, which must have dynamic type `ty`;
    /// otherwise panics `interface conversion: ...`.
    Unbox = 111 { dst: Reg, src: Reg, ty: Type16 },
    /// Like `Unbox`, but on mismatch writes zeroes; `ok` goes to `dst + slots(ty)`.
    UnboxOk = 112 { dst: Reg, src: Reg, ty: Type16 },
    /// `dst = (a == b)` for interfaces: same dynamic type and equal values
    /// (panics on uncomparable dynamic types).
    IfaceEq = 113 { dst: Reg, a: Reg, b: Reg },
    /// `dst` = the type index of the interface in `a` plus 1, or 0 for nil.
    IfaceType = 114 { dst: Reg, a: Reg },

    /// `dst..dst+4` = a new slice of `len` (register) zeroed elements of type `ty`,
    /// with capacity in register `len+1`.
    MakeSlice = 120 { dst: Reg, len: Reg, ty: Type16 },
    /// `dst` = pointer to element `i` of the slice `s..s+4`; panics
    /// `index out of range [i] with length n`.
    IndexAddr = 121 { dst: Reg, s: Reg, i: Reg },
    /// A `sync/atomic` operation on the slot pointed to by register `a` (nil
    /// panics), operands and result in the registers after it as for a native
    /// call; `kind` is one of [`atomic`]'s kinds. Sequentially consistent.
    Atomic = 129 { a: Reg, kind: Count },
    /// `dst = s[i]` for a slice `s..s+4` of one-slot elements (`IndexAddr` then
    /// `Load`, one instruction); panics like `IndexAddr`.
    LoadElem = 127 { dst: Reg, s: Reg, i: Reg },
    /// `s[i] = src` for a slice of one-slot elements; panics like `IndexAddr`.
    StoreElem = 128 { s: Reg, i: Reg, src: Reg },

    /// Makes room to append `n` (register) elements of type `ty` to the slice
    /// `s..s+4` in place: `len += n`, reallocating (Go's growth and size classes)
    /// and copying when the capacity is too small. In place, the new elements keep
    /// their old contents (the append overwrites them; its source may overlap).
    /// (`ty` is needed when the slice is nil: there is no array to take it from.)
    Grow = 122 { s: Reg, n: Reg, ty: Type16 },
    /// `dst..dst+4 = s[lo:hi:max]` with `lo`, `hi`, `max` in registers `lo..lo+3`;
    /// panics `slice bounds out of range [...]` as Go does.
    SliceSlice = 123 { dst: Reg, s: Reg, lo: Reg },
    /// `p += 8 * slots(elem) * i` for an array of type `ty` at pointer `p`, after
    /// checking `0 <= i < len(ty)` (panics `index out of range [i] with length n`)
    /// and that `p` is not nil. Like `Load`/`Store` offsets, the pointee's type is
    /// the compiler's claim.
    ArrayAddr = 125 { p: Reg, i: Reg, ty: Type16 },
    /// `dst..dst+4` = a slice of all the elements of the array of type `ty` at
    /// pointer `p` (`a[:]` of an array inside another object, `p[:]` of a `*[N]T`),
    /// sharing its memory through a new `View` object; panics on a nil `p`. Like
    /// `Load`/`Store`, the pointee's type is the compiler's claim.
    SliceArray = 126 { dst: Reg, p: Reg, ty: Type16 },
    /// `dst` = number of elements copied by `copy(a, b)` (slices `a..a+4`, `b..b+4`,
    /// same element type; overlapping ranges copy as memmove).
    CopySlice = 124 { dst: Reg, a: Reg, b: Reg },

    /// `dst` = a new channel of elements of type `ty` with buffer size in register
    /// `size`; panics `makechan: size out of range` when negative or too large.
    MakeChan = 150 { dst: Reg, size: Reg, ty: Type16 },
    /// Sends the `slots(ty)` slots at `src` on channel `ch` (element type `ty`).
    /// Blocks (parks) until received or buffered; a nil channel blocks forever;
    /// panics `send on closed channel`.
    ChanSend = 151 { ch: Reg, src: Reg, ty: Type16 },
    /// Receives into `dst..dst+slots(ty)`; blocks until a value or close; a closed,
    /// drained channel yields the zero value at once; a nil channel blocks forever.
    ChanRecv = 152 { dst: Reg, ch: Reg, ty: Type16 },
    /// Like `ChanRecv`, and `dst + slots(ty)` = 1 if a value was received, 0 if the
    /// channel is closed and drained.
    ChanRecvOk = 153 { dst: Reg, ch: Reg, ty: Type16 },
    /// Closes `ch`; panics `close of nil channel` / `close of closed channel`.
    ChanClose = 154 { ch: Reg },
    /// `dst = len(ch)` / `cap(ch)` (0 for nil).
    ChanLen = 155 { dst: Reg, ch: Reg },
    ChanCap = 156 { dst: Reg, ch: Reg },
    /// A `select` over the `n` cases described by the `n` `SelectRecv`/`SelectSend`
    /// instructions that follow it (they are operands, never executed: execution
    /// continues after the last of them). Picks uniformly at random among ready
    /// cases (nil channels are never ready); with `block == 0` (a `default` case)
    /// and none ready, `dst = n`; with `block == 1` it parks until one is ready
    /// (`select {}` with n == 0 blocks forever). `dst` = the chosen case index.
    Select = 157 { dst: Reg, n: Count, block: Count },
    /// Select case: receive from `ch` into `val..val+slots(ty)`, `ok` at
    /// `val + slots(ty)`.
    SelectRecv = 158 { ch: Reg, val: Reg, ty: Type16 },
    /// Select case: send `val..val+slots(ty)` on `ch`.
    SelectSend = 159 { ch: Reg, val: Reg, ty: Type16 },

    /// `dst` = a new map of type `ty` (a `Map` type) sized for `hint` (register).
    MakeMap = 160 { dst: Reg, hint: Reg, ty: Type16 },
    /// `dst..dst+slots(V)` = `m[key]` where the key is in registers `m+1..` (map
    /// type `ty`); the zero value when absent or `m` is nil.
    MapGet = 161 { dst: Reg, m: Reg, ty: Type16 },
    /// Like `MapGet`; `dst + slots(V)` = 1 if present.
    MapGetOk = 162 { dst: Reg, m: Reg, ty: Type16 },
    /// `m[key] = value`: key in `m+1..`, value right after the key. Panics
    /// `assignment to entry in nil map`. Uncomparable dynamic keys (in interface
    /// keys) panic `runtime error: hash of unhashable type T`.
    MapSet = 163 { m: Reg, ty: Type16 },
    /// `m[key] += delta` for a map whose values are 64-bit integers (wrapping),
    /// with one lookup: key in `m+1..`, delta right after the key. Panics like
    /// `MapSet`.
    MapAddI = 169 { m: Reg, ty: Type16 },
    /// `delete(m, key)`, key in `m+1..` (no-op on nil).
    MapDelete = 164 { m: Reg, ty: Type16 },
    /// `dst = len(m)` (0 for nil).
    MapLen = 165 { dst: Reg, m: Reg },
    /// `clear(m)`.
    MapClear = 166 { m: Reg },
    /// `dst` = a new iterator over `m` (a reference; yields nothing for nil).
    /// Iteration order is randomised like Go's; entries deleted before being
    /// reached are not produced.
    MapIter = 167 { dst: Reg, m: Reg },
    /// Advances iterator `it` over a map of type `ty`: `dst` = 1 and the key in
    /// `dst+1..`, the value after it; or `dst` = 0 when done.
    MapNext = 168 { dst: Reg, it: Reg, ty: Type16 },

    /// `dst` = the value of the current panic if executed by the deferred function
    /// that the panicking goroutine's unwinding called (directly: not by a function
    /// it calls), marking the panic recovered; else nil. Runtime errors are
    /// recovered as values of the `runtime` error types (`runtime.boundsError`,
    /// `runtime.errorString`, `runtime.plainError`, `*runtime.TypeAssertionError`,
    /// implementing `runtime.Error`). When the recovering deferred call returns,
    /// the function that deferred it resumes at its *last* `RunDefers`
    /// instruction, which the compiler must follow with the code that returns the
    /// function's results (named results' current values); the loader appends
    /// `RunDefers; Zero; Ret` (zero results) to a function with `Defer` and no
    /// `RunDefers`.
    Recover = 170 { dst: Reg },
    /// `dst = src` if the dynamic type of interface `src` implements interface type
    /// `ty` (every method name of `ty` in its method table), else panics
    /// `interface conversion: T is not I: missing method M` (nil: `interface
    /// conversion: interface is nil, not I`).
    AssertIface = 171 { dst: Reg, src: Reg, ty: Type16 },
    /// Like `AssertIface` without panicking: `dst` = src or nil, `dst+1` = ok.
    AssertIfaceOk = 172 { dst: Reg, src: Reg, ty: Type16 },

    /// Panics with the interface value in `v`.
    Panic = 130 { v: Reg },
}

impl Op {
    /// The register this instruction writes, when it writes exactly that one
    /// register and nothing else, with no other effect on registers (so a
    /// compiler may redirect the result elsewhere).
    pub fn sole_dst_mut(&mut self) -> Option<&mut u16> {
        match self {
            Op::Move { dst, .. }
            | Op::LoadInt { dst, .. }
            | Op::LoadConst { dst, .. }
            | Op::LoadGlobal { dst, .. }
            | Op::AddI { dst, .. }
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
            | Op::DivIImm { dst, .. }
            | Op::RemIImm { dst, .. }
            | Op::AndIImm { dst, .. }
            | Op::OrIImm { dst, .. }
            | Op::XorIImm { dst, .. }
            | Op::ShlIImm { dst, .. }
            | Op::ShrIImm { dst, .. }
            | Op::ShrUImm { dst, .. }
            | Op::LoadElem { dst, .. }
            | Op::NegI { dst, .. }
            | Op::BitNotI { dst, .. }
            | Op::Not { dst, .. }
            | Op::SignExt { dst, .. }
            | Op::ZeroExt { dst, .. }
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
            | Op::LeF { dst, .. }
            | Op::EqS { dst, .. }
            | Op::NeS { dst, .. }
            | Op::LtS { dst, .. }
            | Op::LeS { dst, .. }
            | Op::Concat { dst, .. }
            | Op::StrLen { dst, .. }
            | Op::StrIndex { dst, .. }
            | Op::Load { dst, .. }
            | Op::LoadCapture { dst, .. }
            | Op::AddrOff { dst, .. } => Some(dst),
            _ => None,
        }
    }
}

/// The kinds of the `Atomic` instruction, and which natives they stand for.
pub mod atomic {
    /// `a+1 = *a`
    pub const LOAD: u16 = 0;
    /// `*a = a+1`
    pub const STORE: u16 = 1;
    /// `*a += a+1; a+2 = *a` (64-bit, wrapping)
    pub const ADD64: u16 = 2;
    /// As `ADD64`, the result an `int32` (sign-extended)
    pub const ADD_I32: u16 = 3;
    /// As `ADD64`, the result a `uint32` (zero-extended)
    pub const ADD_U32: u16 = 4;
    /// `a+2 = *a; *a = a+1`
    pub const SWAP: u16 = 5;
    /// `a+3 = (*a == a+1)`, and if so `*a = a+2`
    pub const CAS: u16 = 6;

    /// The number of registers from `a` an instruction of `kind` uses (`None`
    /// for an unknown kind).
    pub fn window(kind: u16) -> Option<u16> {
        Some(match kind {
            LOAD | STORE => 2,
            ADD64 | ADD_I32 | ADD_U32 | SWAP => 3,
            CAS => 4,
            _ => return None,
        })
    }

    /// The kind standing for native `name` (`sync/atomic`'s functions on
    /// integers and `sync`'s internal `atomic*` helpers), if any.
    pub fn kind_of(name: &str) -> Option<u16> {
        let op = name
            .strip_prefix("sync/atomic.")
            .or_else(|| name.strip_prefix("sync.atomic"))?;
        let (verb, ty) = ["CompareAndSwap", "Load", "Store", "Add", "Swap"]
            .iter()
            .find_map(|v| op.strip_prefix(v).map(|t| (*v, t)))?;
        if !matches!(ty, "Int32" | "Uint32" | "Int64" | "Uint64" | "Uintptr") {
            return None;
        }
        Some(match (verb, ty) {
            ("Load", _) => LOAD,
            ("Store", _) => STORE,
            ("Swap", _) => SWAP,
            ("CompareAndSwap", _) => CAS,
            ("Add", "Int32") => ADD_I32,
            ("Add", "Uint32") => ADD_U32,
            _ => ADD64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_is_at_most_eight_bytes() {
        assert!(
            std::mem::size_of::<Op>() <= 8,
            "Op is {} bytes",
            std::mem::size_of::<Op>()
        );
    }

    #[test]
    fn every_opcode_round_trips() {
        let mut seen = std::collections::HashSet::new();
        for op in Op::all_zeroed() {
            assert!(seen.insert(op.code()), "duplicate opcode {}", op.code());
            let mut bytes = Vec::new();
            op.encode(&mut bytes);
            let (back, used) = Op::decode(&bytes).unwrap();
            assert_eq!(back, op);
            assert_eq!(used, bytes.len());
        }
    }

    #[test]
    fn sole_destinations() {
        let mut op = Op::MulIImm { dst: 3, a: 1, v: 2 };
        *op.sole_dst_mut().unwrap() = 7;
        assert_eq!(op, Op::MulIImm { dst: 7, a: 1, v: 2 });
        // writes two registers, or none
        assert!(Op::StrDecodeRune { dst: 0, s: 1, i: 2 }
            .sole_dst_mut()
            .is_none());
        assert!(Op::MapGet {
            dst: 0,
            m: 1,
            ty: 0
        }
        .sole_dst_mut()
        .is_none());
        assert!(Op::Store {
            p: 0,
            off: 0,
            src: 1
        }
        .sole_dst_mut()
        .is_none());
    }

    #[test]
    fn atomic_kinds_name_their_natives() {
        use super::atomic::*;
        assert_eq!(kind_of("sync/atomic.AddInt32"), Some(ADD_I32));
        assert_eq!(kind_of("sync.atomicAddUint32"), Some(ADD_U32));
        assert_eq!(kind_of("sync.atomicAddUint64"), Some(ADD64));
        assert_eq!(kind_of("sync/atomic.CompareAndSwapUintptr"), Some(CAS));
        assert_eq!(kind_of("sync/atomic.LoadInt64"), Some(LOAD));
        assert_eq!(kind_of("sync/atomic.StoreUint32"), Some(STORE));
        assert_eq!(kind_of("sync/atomic.SwapInt64"), Some(SWAP));
        assert_eq!(kind_of("sync/atomic.AndInt32"), None);
        assert_eq!(kind_of("sync/atomic.loadIface"), None);
        assert_eq!(kind_of("sync/atomic.LoadPointer"), None);
        assert_eq!(kind_of("time.Sleep"), None);
        for k in 0..7 {
            assert!(window(k).is_some());
        }
        assert_eq!(window(7), None);
    }

    #[test]
    fn decode_rejects_truncation_and_unknown_codes() {
        let mut bytes = Vec::new();
        Op::Call { func: 7, a: 3 }.encode(&mut bytes);
        assert_eq!(Op::decode(&bytes[..3]), Err(DecodeOpError::Truncated));
        assert_eq!(Op::decode(&[255]), Err(DecodeOpError::UnknownOpcode(255)));
        assert_eq!(Op::decode(&[]), Err(DecodeOpError::Truncated));
    }
}
