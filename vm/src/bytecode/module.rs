//! The in-memory form of a compiled program: what `goc` produces, what the file
//! format (`format.rs`) encodes and decodes, what the verifier checks and what the
//! runtime executes. One definition, used by both sides.
//!
//! Invariants (established by the compiler, re-checked by `verify` on load):
//! - every operand of every instruction is in range for its kind;
//! - `Function::ref_regs` marks exactly the registers that may hold references;
//!   a register never changes between reference and scalar;
//! - `TypeDesc::slots` is the number of 64-bit slots a value occupies and
//!   `TypeDesc::ref_slots` marks which of them are references.

use super::isa::Op;

/// A constant-pool entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    /// Bytes of a string constant (Go strings may hold any bytes).
    Str(Vec<u8>),
}

/// Where an instruction came from: applies from `pc` until the next entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    pub pc: u32,
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Go's qualified name: `main.main`, `main.(*T).M`, `main.T.M`, `main.main.func1`.
    pub name: String,
    /// Index into `Module::files`.
    pub file: u32,
    /// Slots taken by the parameters (receiver first), in registers `0..param_slots`.
    pub param_slots: u16,
    /// Slots taken by the results, returned in registers `0..result_slots`.
    pub result_slots: u16,
    /// Registers in the frame (`>= max(param_slots, result_slots)`).
    pub nregs: u16,
    /// Number of captured variables (for closures).
    pub ncaptures: u16,
    /// One bit per register: set when the register may hold a reference.
    pub ref_regs: Vec<u64>,
    pub code: Vec<Op>,
    /// Sorted by `pc`; the first entry has `pc == 0` when the function has code.
    pub lines: Vec<LineEntry>,
}

impl Function {
    /// Whether register `r` holds references (per the reference map).
    pub fn is_ref_reg(&self, r: usize) -> bool {
        self.ref_regs
            .get(r / 64)
            .is_some_and(|w| w & (1u64 << (r % 64)) != 0)
    }

    /// The source line and column of instruction `pc` (0, 0 when unknown).
    pub fn line_of(&self, pc: usize) -> (u32, u32) {
        let i = self.lines.partition_point(|e| e.pc as usize <= pc);
        if i == 0 {
            return (0, 0);
        }
        let e = self.lines[i - 1];
        (e.line, e.col)
    }
}

/// A function without a body in Go source, bound by the VM by its qualified name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NativeImport {
    /// Qualified name, e.g. `time.Sleep`, `sync.runtime_Semacquire`.
    pub name: String,
    pub param_slots: u16,
    pub result_slots: u16,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: u32,
    /// Slot offset within the struct.
    pub offset: u32,
    pub embedded: bool,
}

/// An interface method or a method-table entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    /// Index into `Module::method_names`.
    pub name: u16,
    /// For a type's method table: the function to call through an interface. Its
    /// first parameter is the interface box (one slot), then the method's arguments.
    /// With [`METHOD_DIRECT`] set, the function is the method itself and takes the
    /// box's one slot (the receiver) instead of the box. Unused (0) in an
    /// interface type's method list.
    pub func: u32,
}

impl Method {
    /// The function index of a method-table entry (without [`METHOD_DIRECT`]).
    pub fn func_index(&self) -> u32 {
        self.func & !METHOD_DIRECT
    }
}

/// Flag of a method-table entry whose function takes the boxed value itself
/// (a one-slot receiver: a pointer, or a one-slot value): no wrapper call.
pub const METHOD_DIRECT: u32 = 1 << 31;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Bool,
    /// Signed (`int`, `int8`..`int64`) or unsigned (`uint`.., `uintptr`) integers.
    Int {
        bits: u8,
        signed: bool,
    },
    Float {
        bits: u8,
    },
    String,
    Pointer {
        elem: u32,
    },
    Struct {
        fields: Vec<Field>,
    },
    Func,
    Slice {
        elem: u32,
    },
    Array {
        elem: u32,
        len: u64,
    },
    Map {
        key: u32,
        value: u32,
    },
    Chan {
        elem: u32,
        /// 0 both, 1 send-only, 2 receive-only
        dir: u8,
    },
    Interface {
        methods: Vec<Method>,
    },
    /// `unsafe.Pointer` and other opaque runtime-owned references.
    Opaque,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDesc {
    /// How `%T` prints it: `int`, `main.Point`, `*main.Point`, `[]string`, `func(int) string`.
    pub name: String,
    /// Whether this is a named (defined) type, printed by name.
    pub named: bool,
    /// The structure of the (underlying) type.
    pub kind: TypeKind,
    pub slots: u32,
    /// One bit per slot: set when the slot is a reference.
    pub ref_slots: Vec<u64>,
    /// Methods callable through an interface, sorted by name index.
    pub methods: Vec<Method>,
}

impl TypeDesc {
    pub fn is_ref_slot(&self, s: usize) -> bool {
        self.ref_slots
            .get(s / 64)
            .is_some_and(|w| w & (1u64 << (s % 64)) != 0)
    }
}

/// A whole program.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    /// Source file paths as given to the compiler (for traces and the disassembler).
    pub files: Vec<String>,
    pub consts: Vec<Const>,
    pub types: Vec<TypeDesc>,
    pub method_names: Vec<String>,
    pub natives: Vec<NativeImport>,
    pub funcs: Vec<Function>,
    /// Number of global slots.
    pub globals: u32,
    /// One bit per global slot: set when the slot is a reference.
    pub global_refs: Vec<u64>,
    /// Package initialisation functions, run in this order before the entry.
    pub inits: Vec<u32>,
    /// `main.main`.
    pub entry: u32,
}

/// Sets bit `i` in a bitmap of 64-bit words, growing it as needed.
pub fn set_bit(bits: &mut Vec<u64>, i: usize) {
    if bits.len() <= i / 64 {
        bits.resize(i / 64 + 1, 0);
    }
    bits[i / 64] |= 1u64 << (i % 64);
}
