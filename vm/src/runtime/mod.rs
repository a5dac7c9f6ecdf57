//! The runtime: heap objects, the interpreter, goroutines, the scheduler and the
//! native functions the standard library binds to.
//!
//! Entry points: [`run_module`] (what `govm run` calls) and, for tests and
//! embedders, [`Program::load`] + [`run_program`] with a [`Config`].
//!
//! Loading turns a verified `Module` into a [`Program`]: constants become slot
//! values (string constants are allocated once), every function gets a static
//! closure (for `FuncRef`), the globals get one heap box (so `&global` is an
//! ordinary pointer), natives are bound by name, and a hidden bootstrap function
//! `runtime.main` is appended that calls the package inits in order and then
//! `main.main`. Goroutine 1 runs it; when it returns the program exits 0.

pub mod chan;
pub mod errors;
pub mod fmt;
pub mod goroutine;
pub mod heap;
pub mod interp;
pub mod maps;
pub mod natives;
pub mod natives_std;
pub mod output;
pub mod panic;
#[rustfmt::skip]
pub mod unicode_tables;
pub mod sched;
pub mod syncrt;

pub use sched::{run_program, Config, RunResult};

use crate::bytecode::{Const, Function, Module, Op, TypeKind};

/// A module ready to run.
pub struct Program {
    /// The module, with the bootstrap function appended at index `boot`.
    pub module: Module,
    /// `LoadConst` values: int/float bits or string references.
    pub consts: Vec<u64>,
    /// The closure `FuncRef` yields for each function (no captures).
    pub static_closures: Vec<u64>,
    /// The box holding the global slots.
    pub globals: u64,
    /// Bound natives, indexed like `module.natives`.
    pub natives: Vec<natives::NativeFn>,
    /// Index of the hidden `runtime.main` bootstrap function.
    pub boot: u32,
    /// Type indices of `uint8` and `int32` (element types of the arrays made by
    /// `[]byte(s)` / `[]rune(s)`), `u32::MAX` when the module has none.
    pub byte_ty: u32,
    pub rune_ty: u32,
    /// The program's command-line arguments (`os.Args`).
    pub args: Vec<String>,
    /// The types `recover()` gives runtime errors.
    pub errors: errors::ErrorTypes,
}

impl Program {
    /// Prepares a verified module; the error (one line) names a missing native.
    pub fn load(mut module: Module, args: Vec<String>) -> Result<Program, String> {
        let natives = natives::bind(&module)?;
        let errors = errors::install(&mut module);
        for f in &mut module.funcs {
            // `Ret` writes results after the parameters: make sure that fits the
            // frame. Every frame has a register, so the stack-size check on
            // register growth also bounds the number of frames.
            f.nregs = f
                .nregs
                .max(f.param_slots.saturating_add(f.result_slots))
                .max(1);
            add_recovery_epilogue(f);
        }
        if module.entry as usize >= module.funcs.len()
            || module
                .inits
                .iter()
                .any(|&i| i as usize >= module.funcs.len())
        {
            return Err("program has no valid entry function".to_string());
        }
        let consts = module
            .consts
            .iter()
            .map(|c| match c {
                Const::Int(i) => *i as u64,
                Const::Float(f) => f.to_bits(),
                Const::Str(s) => heap::alloc_string(s),
            })
            .collect();
        let mut code: Vec<Op> = module
            .inits
            .iter()
            .map(|&func| Op::Call { func, a: 0 })
            .collect();
        code.push(Op::Call {
            func: module.entry,
            a: 0,
        });
        code.push(Op::Ret { a: 0, n: 0 });
        let boot = module.funcs.len() as u32;
        module.funcs.push(Function {
            name: "runtime.main".to_string(),
            file: 0,
            param_slots: 0,
            result_slots: 0,
            nregs: 1,
            ncaptures: 0,
            ref_regs: vec![0],
            code,
            lines: Vec::new(),
        });
        let static_closures = (0..module.funcs.len() as u32)
            .map(|f| heap::alloc_closure(f, &[]))
            .collect();
        let globals = heap::alloc_box(u32::MAX, module.globals as usize);
        let find_int = |bits: u8, signed: bool| {
            module
                .types
                .iter()
                .position(|t| t.kind == TypeKind::Int { bits, signed })
                .map_or(u32::MAX, |i| i as u32)
        };
        let (byte_ty, rune_ty) = (find_int(8, false), find_int(32, true));
        Ok(Program {
            module,
            consts,
            static_closures,
            globals,
            natives,
            boot,
            byte_ty,
            rune_ty,
            args,
            errors,
        })
    }
}

/// After a recovered panic, the function that deferred the recovering call resumes
/// at its last `RunDefers` (which the compiler follows with the code returning the
/// function's results). A function with `Defer` but no `RunDefers` (its end is
/// unreachable, e.g. it ends in `panic`) gets one appended that runs the remaining
/// deferred calls and returns zeroed results.
fn add_recovery_epilogue(f: &mut Function) {
    let has = |pred: fn(&Op) -> bool| f.code.iter().any(pred);
    if !has(|op| matches!(op, Op::Defer { .. })) || has(|op| matches!(op, Op::RunDefers {})) {
        return;
    }
    let (a, n) = (f.param_slots, f.result_slots);
    f.code.push(Op::RunDefers {});
    f.code.push(Op::Zero { dst: a, n });
    f.code.push(Op::Ret { a, n });
}

/// Runs a verified module: package inits, then `main.main`, as goroutine 1 on the
/// scheduler; returns the process exit code. `args` become `os.Args`.
/// `GOMAXPROCS` is taken from the environment. A program that needs a native this
/// VM lacks is refused with one line on stderr and exit code 1.
pub fn run_module(module: Module, args: Vec<String>) -> i32 {
    match Program::load(module, args) {
        Ok(prog) => run_program(prog, Config::from_env()).code,
        Err(e) => {
            output::write_stderr(format!("govm: {e}\n").as_bytes());
            1
        }
    }
}

#[cfg(test)]
mod chan_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_recover;
