//! Runtime errors as Go values: what `recover()` returns for a panic the runtime
//! raised (index out of range, nil map assignment, failed type assertion, ...).
//!
//! Go recovers these as values of unexported `runtime` types implementing
//! `runtime.Error` (`error` plus `RuntimeError()`): `runtime.boundsError` (index
//! and slice bounds), `runtime.errorString` (other `runtime error: ...` faults),
//! `runtime.plainError` (messages without the prefix, e.g. `assignment to entry in
//! nil map`) and `*runtime.TypeAssertionError`. `stdlib/runtime` declares them; at
//! load, [`install`] looks each one up by name in the module's type table and uses
//! it when it has the expected shape (the three string types hold the message
//! without the prefix, their `Error` adds it; `*TypeAssertionError` points at a
//! struct whose first field is the message). A type the program does not contain
//! (it did not import `runtime`, or never used the type) is synthesised instead:
//! a named string type of the same name, with `Error` and `RuntimeError` methods
//! made of a few instructions appended to the module. So `%T`, `Error()`,
//! `r.(error)` and `r.(runtime.Error)` behave as in Go either way.
//!
//! Called by `Program::load` ([`install`]) and by the interpreter's `Recover`
//! ([`ErrorTypes::value`]).

use super::heap;
use super::panic::PanicVal;
use crate::bytecode::{Const, Function, Method, Module, Op, TypeDesc, TypeKind};
use std::sync::atomic::Ordering::Relaxed;

/// How the runtime error values are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorTypes {
    pub error_string: u32,
    pub plain_error: u32,
    pub bounds_error: u32,
    /// `*runtime.TypeAssertionError`.
    pub type_assertion: u32,
    /// The struct the pointer points to, when the stdlib type is used (`None`: the
    /// synthesised type holds the message itself).
    pub type_assertion_struct: Option<u32>,
}

/// Index of method name `name`, appended if missing.
fn method_name(m: &mut Module, name: &str) -> u16 {
    match m.method_names.iter().position(|n| n == name) {
        Some(i) => i as u16,
        None => {
            m.method_names.push(name.to_string());
            (m.method_names.len() - 1) as u16
        }
    }
}

fn find_type(m: &Module, name: &str) -> Option<u32> {
    m.types
        .iter()
        .position(|t| t.name == name)
        .map(|i| i as u32)
}

/// Whether type `ty` has an `Error() string` method (an interface wrapper taking
/// the box and returning one reference) and a `RuntimeError()` method.
fn has_error_methods(m: &Module, ty: u32) -> bool {
    let t = &m.types[ty as usize];
    let by_name = |name: &str| {
        let idx = m.method_names.iter().position(|n| n == name)? as u16;
        let i = t.methods.binary_search_by_key(&idx, |mt| mt.name).ok()?;
        m.funcs.get(t.methods[i].func_index() as usize)
    };
    let error_ok = by_name("Error")
        .is_some_and(|f| f.param_slots == 1 && f.result_slots == 1 && f.is_ref_reg(1));
    error_ok && by_name("RuntimeError").is_some()
}

/// A stdlib string-based error type of this name with the expected shape.
fn stdlib_string_type(m: &Module, name: &str) -> Option<u32> {
    let ty = find_type(m, name)?;
    let t = &m.types[ty as usize];
    (t.kind == TypeKind::String && t.slots == 1 && has_error_methods(m, ty)).then_some(ty)
}

/// The stdlib `*runtime.TypeAssertionError` and its struct, if usable.
fn stdlib_type_assertion(m: &Module) -> Option<(u32, u32)> {
    let ty = find_type(m, "*runtime.TypeAssertionError")?;
    let TypeKind::Pointer { elem } = m.types[ty as usize].kind else {
        return None;
    };
    let TypeKind::Struct { fields } = &m.types[elem as usize].kind else {
        return None;
    };
    let first = fields.first()?;
    let string_first = first.offset == 0 && m.types[first.ty as usize].kind == TypeKind::String;
    (string_first && has_error_methods(m, ty)).then_some((ty, elem))
}

/// Appends a method function of `nregs` registers (register 0, the box, and the
/// registers in `refs` hold references).
fn add_func(m: &mut Module, name: &str, results: u16, refs: &[usize], code: Vec<Op>) -> u32 {
    let mut ref_regs = vec![0u64];
    for &r in refs {
        ref_regs[0] |= 1 << r;
    }
    let nregs = 4;
    m.funcs.push(Function {
        name: name.to_string(),
        file: 0,
        param_slots: 1,
        result_slots: results,
        nregs,
        ncaptures: 0,
        ref_regs,
        code,
        lines: Vec::new(),
    });
    (m.funcs.len() - 1) as u32
}

/// A named string type `name` whose `Error()` returns `prefix + value`.
fn synth_string_type(m: &mut Module, name: &str, prefix: &str) -> u32 {
    let error_name = method_name(m, "Error");
    let rt_name = method_name(m, "RuntimeError");
    let short = name.trim_start_matches('*');
    // Error: r2 = box.slot0 (the message); [r3 = prefix; r2 = r3 + r2]; return r2.
    let mut code = vec![Op::Load {
        dst: 2,
        p: 0,
        off: 0,
    }];
    if !prefix.is_empty() {
        m.consts.push(Const::Str(prefix.as_bytes().to_vec()));
        let k = (m.consts.len() - 1) as u32;
        code.push(Op::LoadConst { dst: 3, k });
        code.push(Op::Concat { dst: 2, a: 3, b: 2 });
    }
    code.push(Op::Ret { a: 2, n: 1 });
    let error_fn = add_func(m, &format!("{short}.Error"), 1, &[0, 1, 2, 3], code);
    let rt_fn = add_func(
        m,
        &format!("{short}.RuntimeError"),
        0,
        &[0],
        vec![Op::Ret { a: 0, n: 0 }],
    );
    if m.files.is_empty() {
        m.files.push("<runtime>".to_string());
    }
    let mut methods = vec![
        Method {
            name: error_name,
            func: error_fn,
        },
        Method {
            name: rt_name,
            func: rt_fn,
        },
    ];
    methods.sort_by_key(|mt| mt.name);
    m.types.push(TypeDesc {
        name: name.to_string(),
        named: true,
        kind: TypeKind::String,
        slots: 1,
        ref_slots: vec![1],
        methods,
    });
    (m.types.len() - 1) as u32
}

/// Finds or makes the runtime error types (see the module docs). Appends types,
/// functions, constants and method names to `m` as needed; call it before the
/// module's constants and closures are materialised.
pub fn install(m: &mut Module) -> ErrorTypes {
    let string_type = |m: &mut Module, name: &str, prefix: &str| {
        stdlib_string_type(m, name).unwrap_or_else(|| synth_string_type(m, name, prefix))
    };
    let error_string = string_type(m, "runtime.errorString", "runtime error: ");
    let plain_error = string_type(m, "runtime.plainError", "");
    let bounds_error = string_type(m, "runtime.boundsError", "runtime error: ");
    const TAE: &str = "*runtime.TypeAssertionError";
    let (type_assertion, type_assertion_struct) = match stdlib_type_assertion(m) {
        Some((p, s)) => (p, Some(s)),
        None => (string_type(m, TAE, ""), None),
    };
    ErrorTypes {
        error_string,
        plain_error,
        bounds_error,
        type_assertion,
        type_assertion_struct,
    }
}

fn box1(ty: u32, v: u64, slots: usize) -> u64 {
    let b = heap::alloc_box(ty, slots.max(1));
    // SAFETY: `b` is a fresh box with at least one slot.
    unsafe { heap::slot(b, 0) }.store(v, Relaxed);
    b
}

impl ErrorTypes {
    /// The Go value (an interface reference) `recover()` returns for `v`.
    pub fn value(&self, types: &[TypeDesc], v: &PanicVal) -> u64 {
        let string_box = |ty: u32, msg: &str| box1(ty, heap::alloc_string(msg.as_bytes()), 1);
        match v {
            PanicVal::Value(b) => *b,
            // never recovered (recover returns nil during Goexit)
            PanicVal::Goexit => 0,
            PanicVal::Runtime(msg) => {
                let bounds =
                    msg.starts_with("index out of range") || msg.starts_with("slice bounds");
                let ty = if bounds {
                    self.bounds_error
                } else {
                    self.error_string
                };
                string_box(ty, msg)
            }
            PanicVal::NilDeref => string_box(
                self.error_string,
                "invalid memory address or nil pointer dereference",
            ),
            PanicVal::Plain(msg) => string_box(self.plain_error, msg),
            PanicVal::StackOverflow => string_box(self.error_string, "stack overflow"),
            PanicVal::Conversion(msg) => match self.type_assertion_struct {
                Some(st) => {
                    let slots = types.get(st as usize).map_or(1, |t| t.slots as usize);
                    let target = box1(st, heap::alloc_string(msg.as_bytes()), slots);
                    box1(self.type_assertion, target, 1)
                }
                None => string_box(self.type_assertion, msg),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::verify;
    use crate::runtime::tests::{func, module};

    #[test]
    fn synthesised_types_verify_and_have_go_names() {
        let mut main = func("main.main", 0, 0, 1, vec![Op::Ret { a: 0, n: 0 }]);
        main.ref_regs = vec![];
        let mut m = module(vec![main], &[], 0);
        let before = m.types.len();
        let et = install(&mut m);
        verify::verify(&m).unwrap();
        assert_eq!(m.types.len(), before + 4);
        assert_eq!(
            m.types[et.bounds_error as usize].name,
            "runtime.boundsError"
        );
        assert_eq!(
            m.types[et.type_assertion as usize].name,
            "*runtime.TypeAssertionError"
        );
        assert!(has_error_methods(&m, et.plain_error));
        // Installing again finds the types by name instead of adding more.
        let again = install(&mut m);
        assert_eq!(again, et);
        assert_eq!(m.types.len(), before + 4);
    }
}
