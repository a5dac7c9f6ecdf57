//! The disassembler behind `govm disasm FILE.gbc`: a readable listing in the
//! spirit of `luac -l`. Per function a header (name, file, parameter/result/register/
//! capture counts, the reference registers), then one line per instruction: pc,
//! source line, opcode, operands (registers `r3`, constants `k0` annotated with their
//! value, jump targets as absolute pcs `@7`, functions, natives, types and method
//! names by name), then the module's constant, type, native and global tables.
//!
//! It never panics, even on a module that has not been verified: every index is
//! looked up with a fallback (`?3`). Callers: the `govm` binary and tests.

use std::fmt::Write;

use super::isa::{Op, OperandKind};
use super::module::{Const, Function, Module, TypeKind};

/// The whole listing.
pub fn disassemble(m: &Module) -> String {
    let mut out = String::new();
    let func_name = |i: u32| {
        m.funcs
            .get(i as usize)
            .map_or_else(|| format!("?{i}"), |f| f.name.clone())
    };
    let _ = writeln!(
        out,
        "; {} files, {} functions, {} constants, {} types, {} natives, {} global slots",
        m.files.len(),
        m.funcs.len(),
        m.consts.len(),
        m.types.len(),
        m.natives.len(),
        m.globals
    );
    let inits: Vec<String> = m.inits.iter().map(|&i| func_name(i)).collect();
    let _ = writeln!(
        out,
        "; entry {}; inits: {}",
        func_name(m.entry),
        if inits.is_empty() {
            "none".to_string()
        } else {
            inits.join(", ")
        }
    );
    for f in &m.funcs {
        out.push('\n');
        function(m, f, &mut out);
    }

    let _ = writeln!(out, "\nconstants ({}):", m.consts.len());
    for (i, c) in m.consts.iter().enumerate() {
        let (kind, val) = match c {
            Const::Int(v) => ("int", v.to_string()),
            Const::Float(v) => ("float", format!("{v:?}")),
            Const::Str(s) => ("string", quote(s)),
        };
        let _ = writeln!(out, "\tk{i}\t{kind}\t{val}");
    }

    let _ = writeln!(out, "\ntypes ({}):", m.types.len());
    for (i, t) in m.types.iter().enumerate() {
        let _ = write!(
            out,
            "\tt{i}\t{}{}\t{}, {} slot{}",
            t.name,
            if t.named { " (named)" } else { "" },
            kind_text(m, &t.kind),
            t.slots,
            if t.slots == 1 { "" } else { "s" }
        );
        let refs = ranges(&t.ref_slots, "s");
        if !refs.is_empty() {
            let _ = write!(out, ", refs {refs}");
        }
        if !t.methods.is_empty() {
            let ms: Vec<String> = t
                .methods
                .iter()
                .map(|mt| format!("{}={}", method_name(m, mt.name), func_name(mt.func)))
                .collect();
            let _ = write!(out, "; methods {}", ms.join(" "));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "\nnatives ({}):", m.natives.len());
    for (i, n) in m.natives.iter().enumerate() {
        let _ = writeln!(
            out,
            "\tn{i}\t{}\t{} param slots, {} result slots",
            n.name, n.param_slots, n.result_slots
        );
    }
    let refs = ranges(&m.global_refs, "g");
    let _ = writeln!(
        out,
        "\nglobals: {} slots{}",
        m.globals,
        if refs.is_empty() {
            String::new()
        } else {
            format!(", refs {refs}")
        }
    );
    out
}

fn function(m: &Module, f: &Function, out: &mut String) {
    let file = m.files.get(f.file as usize).map_or("?", |s| s.as_str());
    let _ = writeln!(
        out,
        "function {} <{}> ({} instructions)",
        f.name,
        file,
        f.code.len()
    );
    let refs = ranges(&f.ref_regs, "r");
    let _ = writeln!(
        out,
        "{} param slots, {} result slots, {} registers, {} captures; refs: {}",
        f.param_slots,
        f.result_slots,
        f.nregs,
        f.ncaptures,
        if refs.is_empty() { "none" } else { &refs }
    );
    for (pc, op) in f.code.iter().enumerate() {
        let line = match f.line_of(pc) {
            (0, _) => "-".to_string(),
            (l, _) => l.to_string(),
        };
        let (operands, notes) = operands(m, pc, op);
        let mut text = format!("\t{pc}\t[{line}]\t{:<12}{}", op.name(), operands.join(", "));
        if !notes.is_empty() {
            text = format!("{:<48}; {}", text.trim_end(), notes.join("; "));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
}

fn operands(m: &Module, pc: usize, op: &Op) -> (Vec<String>, Vec<String>) {
    let mut ops = Vec::new();
    let mut notes = Vec::new();
    for (_, kind, v) in op.operands() {
        let text = match kind {
            OperandKind::Reg => format!("r{v}"),
            OperandKind::Const => {
                if let Some(c) = m.consts.get(v as usize) {
                    notes.push(match c {
                        Const::Int(i) => i.to_string(),
                        Const::Float(x) => format!("{x:?}"),
                        Const::Str(s) => quote(s),
                    });
                }
                format!("k{v}")
            }
            OperandKind::Jump => format!("@{}", pc as i64 + 1 + v),
            OperandKind::Imm | OperandKind::Count => v.to_string(),
            OperandKind::Func => m
                .funcs
                .get(v as usize)
                .map_or_else(|| format!("?{v}"), |f| f.name.clone()),
            OperandKind::Native => m
                .natives
                .get(v as usize)
                .map_or_else(|| format!("?{v}"), |n| n.name.clone()),
            OperandKind::Type => type_name(m, v as u32),
            OperandKind::Global => format!("g{v}"),
            OperandKind::Method => method_name(m, v as u16),
        };
        ops.push(text);
    }
    (ops, notes)
}

fn type_name(m: &Module, t: u32) -> String {
    m.types
        .get(t as usize)
        .map_or_else(|| format!("?{t}"), |t| t.name.clone())
}

fn method_name(m: &Module, n: u16) -> String {
    m.method_names
        .get(n as usize)
        .map_or_else(|| format!("?{n}"), |s| s.clone())
}

fn kind_text(m: &Module, k: &TypeKind) -> String {
    match k {
        TypeKind::Bool => "bool".into(),
        TypeKind::Int { bits, signed } => {
            format!("{}int{bits}", if *signed { "" } else { "u" })
        }
        TypeKind::Float { bits } => format!("float{bits}"),
        TypeKind::String => "string".into(),
        TypeKind::Pointer { elem } => format!("pointer to {}", type_name(m, *elem)),
        TypeKind::Struct { fields } => {
            let fs: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!(
                        "{}{} {} @{}",
                        if f.embedded { "embedded " } else { "" },
                        f.name,
                        type_name(m, f.ty),
                        f.offset
                    )
                })
                .collect();
            format!("struct {{{}}}", fs.join("; "))
        }
        TypeKind::Func => "func".into(),
        TypeKind::Slice { elem } => format!("slice of {}", type_name(m, *elem)),
        TypeKind::Array { elem, len } => format!("array of {len} {}", type_name(m, *elem)),
        TypeKind::Map { key, value } => {
            format!(
                "map from {} to {}",
                type_name(m, *key),
                type_name(m, *value)
            )
        }
        TypeKind::Chan { elem, dir } => {
            let d = match dir {
                1 => "send-only ",
                2 => "receive-only ",
                _ => "",
            };
            format!("{d}chan of {}", type_name(m, *elem))
        }
        TypeKind::Interface { methods } => {
            let ms: Vec<String> = methods.iter().map(|mt| method_name(m, mt.name)).collect();
            format!("interface {{{}}}", ms.join("; "))
        }
        TypeKind::Opaque => "opaque".into(),
    }
}

/// The set bits of a bitmap as `r1-r3 r8` (with the given prefix).
fn ranges(bits: &[u64], prefix: &str) -> String {
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let n = bits.len() * 64;
    for i in 0..=n {
        let set = i < n && bits[i / 64] & (1 << (i % 64)) != 0;
        match (set, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                parts.push(if s + 1 == i {
                    format!("{prefix}{s}")
                } else {
                    format!("{prefix}{s}-{prefix}{}", i - 1)
                });
                start = None;
            }
            _ => {}
        }
    }
    parts.join(" ")
}

/// A string constant as a double-quoted literal with escapes (any bytes allowed).
fn quote(s: &[u8]) -> String {
    format!("\"{}\"", s.escape_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::format::tests::sample_module;

    #[test]
    fn listing_of_the_sample_module() {
        let text = disassemble(&sample_module());
        let expected = r#"; 1 files, 4 functions, 3 constants, 6 types, 1 natives, 2 global slots
; entry main.main; inits: main.init

function main.main </tmp/main.go> (11 instructions)
0 param slots, 0 result slots, 9 registers, 0 captures; refs: r1-r4 r8
	0	[5]	LoadInt     r0, 10
	1	[5]	LoadConst   r1, k2                       ; "hello\n\xff"
	2	[5]	Box         r2, r0, int
	3	[5]	MakeClosure r3, main.main.func1, r2
	4	[6]	LoadConst   r5, k0                       ; 42
	5	[6]	JmpLtI      r0, r5, @7
	6	[6]	AddI        r0, r0, r5
	7	[6]	Move        r4, r1
	8	[6]	CallNative  fmt.Println, r4
	9	[6]	Call        main.init, r8
	10	[6]	Ret         r0, 0

function main.main.func1 </tmp/main.go> (3 instructions)
1 param slots, 0 result slots, 3 registers, 1 captures; refs: r0-r1
	0	[9]	LoadCapture r1, 0
	1	[9]	Load        r2, r1, 0
	2	[9]	Ret         r0, 0

function main.init </tmp/main.go> (1 instructions)
0 param slots, 0 result slots, 0 registers, 0 captures; refs: none
	0	[-]	Ret         r0, 0

function main.Point.String </tmp/main.go> (2 instructions)
1 param slots, 1 result slots, 2 registers, 0 captures; refs: r0-r1
	0	[-]	Load        r1, r0, 1
	1	[-]	Ret         r1, 1

constants (3):
	k0	int	42
	k1	float	3.25
	k2	string	"hello\n\xff"

types (6):
	t0	int	int64, 1 slot
	t1	string	string, 1 slot, refs s0
	t2	main.Point (named)	struct {X int @0; Name string @1}, 2 slots, refs s1; methods String=main.Point.String
	t3	*main.Point	pointer to main.Point, 1 slot, refs s0
	t4	[]int	slice of int, 4 slots, refs s0
	t5	fmt.Stringer (named)	interface {String}, 1 slot, refs s0

natives (1):
	n0	fmt.Println	4 param slots, 2 result slots

globals: 2 slots, refs g1
"#;
        if text != expected {
            panic!("disassembly changed:\n{text}");
        }
    }

    #[test]
    fn unverified_modules_do_not_panic() {
        let mut m = sample_module();
        m.funcs[0].code[1] = Op::LoadConst { dst: 1, k: 99 };
        m.funcs[0].code[2] = Op::Box {
            dst: 2,
            src: 0,
            ty: 999,
        };
        m.funcs[0].file = 7;
        m.entry = 42;
        let text = disassemble(&m);
        assert!(text.contains("Box         r2, r0, ?999"));
        assert!(text.contains("; entry ?42"));
    }
}
