//! Diagnostics tests over `testdata/diag/*.go`, through the real `goc` binary.
//!
//! For each file, two insta snapshots: the human report of
//! `goc check FILE` (with `NO_COLOR=1`) and the JSON lines of
//! `goc check --message-format json FILE`, each with the exit code. `goc` runs
//! inside `testdata/diag` with the bare file name, so no absolute path is in a
//! snapshot. Snapshots are reviewed against Go's wording before they are
//! accepted (`cargo insta review`).
//!
//! Besides the snapshots, plain assertions that do not depend on layout: the
//! exit code (1 with errors, 0 for a clean file), no ANSI escapes with
//! `NO_COLOR`, every JSON line an object with the documented fields, and the
//! exact Go wording of the four errors of `four_errors.go`, all in one run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use wait_timeout::ChildExt;

fn diag_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("testdata")
        .join("diag")
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `goc check [--message-format json] FILE` in testdata/diag; kills it
/// after 30 seconds.
fn goc_check(file: &str, json: bool) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goc"));
    cmd.current_dir(diag_dir()).arg("check");
    if json {
        cmd.args(["--message-format", "json"]);
    }
    cmd.arg(file)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("cannot start goc");
    // Output is small (a few KB): reading after exit cannot fill the pipes.
    let status = match child.wait_timeout(Duration::from_secs(30)).expect("wait") {
        Some(s) => s,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`goc check {file}` timed out after 30s");
        }
    };
    let out = child.wait_with_output().expect("output");
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn render(run: &Run) -> String {
    format!(
        "exit code: {}\n--- stdout\n{}--- stderr\n{}",
        run.code.map_or("signal".to_string(), |c| c.to_string()),
        run.stdout,
        run.stderr
    )
}

/// The files with a test below; `every_diag_file_has_a_test` keeps it complete.
const FILES: &[&str] = &[
    "four_errors",
    "syntax_three_funcs",
    "missing_return",
    "not_enough_args",
    "too_many_args",
    "unsupported",
    "generics",
    "std_undefined",
    "ok",
    "unused_vars",
    "unused_imports",
    "undefined_names",
    "mismatched_types",
    "assign_mismatch",
    "cannot_use",
    "arg_count",
    "missing_returns",
    "conditions",
    "invalid_ops",
    "not_a_function",
    "redeclared",
    "branch_label",
    "recursive_type",
    "duplicates",
    "interfaces",
    "pointers",
    "cannot_assign",
    "constants",
    "calls_misc",
    "assertions",
    "nil_use",
    "range_bad",
    "methods_bad",
    "init_main",
    "no_main",
    "main_var",
    "syntax_else",
    "syntax_comma",
    "syntax_paren",
    "syntax_brace",
    "syntax_misc",
    "syntax_and_type",
    "too_many",
];

macro_rules! snapshot_tests {
    ($($name:ident),* $(,)?) => {
        mod human {
            $(
                #[test]
                fn $name() {
                    let run = super::goc_check(concat!(stringify!($name), ".go"), false);
                    insta::assert_snapshot!(stringify!($name), super::render(&run));
                }
            )*
        }
        mod json {
            $(
                #[test]
                fn $name() {
                    let run = super::goc_check(concat!(stringify!($name), ".go"), true);
                    insta::assert_snapshot!(stringify!($name), super::render(&run));
                }
            )*
        }
    };
}

snapshot_tests!(
    four_errors,
    syntax_three_funcs,
    missing_return,
    not_enough_args,
    too_many_args,
    unsupported,
    generics,
    std_undefined,
    ok,
    unused_vars,
    unused_imports,
    undefined_names,
    mismatched_types,
    assign_mismatch,
    cannot_use,
    arg_count,
    missing_returns,
    conditions,
    invalid_ops,
    not_a_function,
    redeclared,
    branch_label,
    recursive_type,
    duplicates,
    interfaces,
    pointers,
    cannot_assign,
    constants,
    calls_misc,
    assertions,
    nil_use,
    range_bad,
    methods_bad,
    init_main,
    no_main,
    main_var,
    syntax_else,
    syntax_comma,
    syntax_paren,
    syntax_brace,
    syntax_misc,
    syntax_and_type,
    too_many,
);

#[test]
fn every_diag_file_has_a_test() {
    let mut on_disk: Vec<String> = std::fs::read_dir(diag_dir())
        .expect("testdata/diag")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(String::from))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "testdata/diag files and FILES differ");
}

#[test]
fn exit_codes() {
    for f in FILES {
        let want = if *f == "ok" { 0 } else { 1 };
        for json in [false, true] {
            let run = goc_check(&format!("{f}.go"), json);
            assert_eq!(
                run.code,
                Some(want),
                "goc check {f}.go (json: {json})\n{}",
                render(&run)
            );
        }
    }
}

#[test]
fn no_colour_with_no_color() {
    for f in FILES {
        let run = goc_check(&format!("{f}.go"), false);
        assert!(
            !run.stdout.contains('\x1b') && !run.stderr.contains('\x1b'),
            "ANSI escape in the output of `goc check {f}.go` with NO_COLOR=1\n{}",
            render(&run)
        );
    }
}

/// Parses every stdout line of the JSON form; checks the documented fields.
fn json_diagnostics(file: &str) -> Vec<serde_json::Value> {
    let run = goc_check(file, true);
    let mut out = Vec::new();
    for (i, line) in run.stdout.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| {
            panic!(
                "{file}: stdout line {} is not JSON ({e}): {line:?}\n{}",
                i + 1,
                render(&run)
            )
        });
        for key in [
            "file",
            "line",
            "column",
            "end_line",
            "end_column",
            "severity",
            "message",
            "code",
            "labels",
        ] {
            assert!(v.get(key).is_some(), "{file}: no `{key}` in {line}");
        }
        for key in ["line", "column", "end_line", "end_column"] {
            let n = v[key].as_u64().unwrap_or(0);
            assert!(n >= 1, "{file}: `{key}` must be a 1-based number in {line}");
        }
        let labels = v["labels"].as_array().expect("labels is an array");
        assert!(
            !labels.is_empty(),
            "{file}: a diagnostic without labels: {line}"
        );
        for l in labels {
            for key in ["line", "column", "end_line", "end_column", "message"] {
                assert!(
                    l.get(key).is_some(),
                    "{file}: label without `{key}` in {line}"
                );
            }
        }
        out.push(v);
    }
    out
}

#[test]
fn json_lines_are_well_formed() {
    for f in FILES {
        let diags = json_diagnostics(&format!("{f}.go"));
        if *f == "ok" {
            assert!(diags.is_empty(), "ok.go has diagnostics: {diags:?}");
        } else {
            assert!(!diags.is_empty(), "{f}.go: no JSON diagnostics");
        }
    }
}

/// All four independent errors of one file are reported in one run, with Go's
/// wording, at the right lines.
#[test]
fn four_errors_in_one_run() {
    let diags = json_diagnostics("four_errors.go");
    let mut got: Vec<(u64, u64, String)> = diags
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    got.sort();
    // Positions as Go reports them (see testdata/diag/GO_REFERENCE.md).
    let want = vec![
        (5, 2, "imported and not used: \"os\"".to_string()),
        (9, 2, "count declared but not used".to_string()),
        (
            11,
            17,
            "cannot use x (variable of type int) as type string in variable declaration"
                .to_string(),
        ),
        (12, 17, "undefined: total".to_string()),
    ];
    assert_eq!(got, want);
    for d in &diags {
        assert_eq!(d["severity"], "error", "{d}");
        assert_eq!(
            d["file"].as_str().map(|f| f.ends_with("four_errors.go")),
            Some(true),
            "{d}"
        );
    }

    let human = goc_check("four_errors.go", false);
    let text = format!("{}{}", human.stdout, human.stderr);
    for (_, _, msg) in &want {
        assert!(
            text.contains(msg.as_str()),
            "human report lacks {msg:?}:\n{text}"
        );
    }
}

#[test]
fn syntax_errors_in_three_functions() {
    let diags = json_diagnostics("syntax_three_funcs.go");
    let lines: Vec<u64> = diags.iter().filter_map(|d| d["line"].as_u64()).collect();
    for (func, range) in [("first", 6..=7), ("second", 11..=11), ("third", 19..=20)] {
        assert!(
            lines.iter().any(|l| range.contains(l)),
            "no syntax error reported in {func} (lines {range:?}); got lines {lines:?}"
        );
    }
    assert!(
        !lines.iter().any(|l| (14..=16).contains(l)),
        "a diagnostic in the correct function `fine`: {lines:?}"
    );
}

#[test]
fn wording_of_single_errors() {
    for (file, msg) in [
        ("missing_return.go", "missing return"),
        (
            "not_enough_args.go",
            "not enough arguments in call to f\n\thave (number)\n\twant (int, string)",
        ),
        (
            "too_many_args.go",
            "too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)",
        ),
    ] {
        let diags = json_diagnostics(file);
        let msgs: Vec<&str> = diags.iter().filter_map(|d| d["message"].as_str()).collect();
        assert_eq!(msgs, vec![msg], "{file}");
    }
    let diags = json_diagnostics("unsupported.go");
    assert!(
        diags.iter().any(|d| d["message"]
            .as_str()
            .is_some_and(|m| m.contains("not supported"))),
        "unsupported.go: no \"... not supported yet\" diagnostic: {diags:?}"
    );
}
