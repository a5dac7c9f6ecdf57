//! Runs the real `govm` binary on good and bad bytecode files: a file that cannot be
//! loaded gives exactly one line on stderr, a non-zero exit code and never a Rust
//! panic message.
use std::path::PathBuf;
use std::process::{Command, Output};

use govm::bytecode::{format, Function, LineEntry, Module, Op};

fn govm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_govm"))
        .args(args)
        .output()
        .expect("run govm")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("govm-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `func main() {}`
fn tiny_module() -> Module {
    Module {
        files: vec!["main.go".into()],
        funcs: vec![Function {
            name: "main.main".into(),
            file: 0,
            param_slots: 0,
            result_slots: 0,
            nregs: 1,
            ncaptures: 0,
            ref_regs: vec![],
            code: vec![Op::LoadInt { dst: 0, v: 7 }, Op::Ret { a: 0, n: 0 }],
            lines: vec![LineEntry {
                pc: 0,
                line: 3,
                col: 1,
            }],
        }],
        ..Module::default()
    }
}

/// Runs `govm run` and `govm disasm` on `bytes`; both must fail with one line that
/// contains `want`.
fn refused(name: &str, bytes: &[u8], want: &str) {
    let path = temp_file(name, bytes);
    let p = path.to_str().unwrap();
    for cmd in ["run", "disasm"] {
        let out = govm(&[cmd, p]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{cmd} {name}: {err}");
        assert_eq!(err.lines().count(), 1, "{cmd} {name}: {err:?}");
        assert!(err.ends_with('\n'));
        assert!(!err.contains("panicked"), "{err}");
        assert!(err.starts_with(&format!("govm: {p}: ")), "{err}");
        assert!(err.contains(want), "{cmd} {name}: {err:?} lacks {want:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn empty_file() {
    refused("empty.gbc", b"", "empty file");
}

#[test]
fn foreign_file() {
    refused(
        "elf.gbc",
        b"\x7fELF\x02\x01\x01\0\0\0",
        "not a govm bytecode file (bad magic)",
    );
}

#[test]
fn wrong_version() {
    let mut bytes = format::encode(&tiny_module());
    bytes[4..8].copy_from_slice(&9u32.to_le_bytes());
    refused(
        "v9.gbc",
        &bytes,
        "unsupported bytecode version 9 (this govm reads version 2)",
    );
}

#[test]
fn truncated_files() {
    let bytes = format::encode(&tiny_module());
    for cut in [3, 10, 30, bytes.len() / 2, bytes.len() - 1] {
        refused(
            &format!("cut{cut}.gbc"),
            &bytes[..cut],
            "truncated file (in ",
        );
    }
}

#[test]
fn corrupted_file() {
    let mut bytes = format::encode(&tiny_module());
    let i = bytes.len() - 10;
    bytes[i] ^= 0x10;
    refused("flip.gbc", &bytes, "corrupted file (checksum mismatch)");
}

#[test]
fn random_files() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for n in 0..20 {
        let len = 1 + n * 13;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        let path = temp_file(&format!("random{n}.gbc"), &bytes);
        let out = govm(&["run", path.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(err.lines().count(), 1, "{err:?}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn unverifiable_file() {
    let mut m = tiny_module();
    m.funcs[0].code[0] = Op::LoadInt { dst: 5, v: 7 };
    refused(
        "badreg.gbc",
        &format::encode(&m),
        "invalid bytecode: function main.main at pc 0 (LoadInt): operand dst = 5 is out of range (1 registers)",
    );
}

#[test]
fn missing_file() {
    let out = govm(&["run", "/nonexistent/prog.gbc"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "govm: /nonexistent/prog.gbc: no such file\n"
    );
}

#[test]
fn good_file_disassembles_and_runs() {
    let path = temp_file("good.gbc", &format::encode(&tiny_module()));
    let p = path.to_str().unwrap();
    let out = govm(&["disasm", p]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("function main.main <main.go> (2 instructions)"));
    assert!(text.contains("\t0\t[3]\tLoadInt     r0, 7"), "{text}");
    let out = govm(&["run", p, "a", "-b"]);
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
}

#[test]
fn help_on_every_command() {
    for args in [&["--help"][..], &["run", "--help"], &["disasm", "--help"]] {
        let out = govm(args);
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: govm"));
    }
    let out = govm(&["run"]);
    assert_eq!(out.status.code(), Some(2), "usage errors exit 2");
}
