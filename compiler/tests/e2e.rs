//! End-to-end tests: every program `testdata/run/NAME.go` goes through the real
//! binaries with the file format in the loop — `goc build NAME.go -o TMP.gbc`,
//! then `govm run TMP.gbc` — and the run is compared with the expectations
//! beside the program:
//!
//! A program is a file `NAME.go` or a directory `NAME/` of `.go` files (one
//! package, built with `goc build NAME`; its directives go in `main.go`).
//!
//! - `NAME.out`: the expected stdout (produced by real Go 1.19 where the program
//!   is valid Go 1.19; reasoned from the spec otherwise, as the program says);
//! - `NAME.exit` (optional): the expected exit code when it is not 0;
//! - `NAME.err` (optional): the expected first line(s) of stderr: stderr must
//!   start with exactly the lines of the file (one line for most programs; a
//!   deadlock test adds the blank line and `goroutine 1 [STATE]:`). Without it,
//!   stderr must be empty.
//!
//! Directives are `// key: value` comment lines before `package`:
//!
//! - `// check: exact` (default) compares stdout byte for byte;
//!   `// check: sorted` compares the sorted lines (goroutines interleave);
//!   `// check: custom=NAME` runs the named assertion of [`custom_check`]
//!   (what Go guarantees about the seed programs, not one interleaving).
//! - `// timeout: SECS` per step (build or run); default [`DEFAULT_TIMEOUT`].
//!   `E2E_TIMEOUT_SCALE` (a float) multiplies every timeout.
//! - `// repeat: N` runs the program N times per GOMAXPROCS value;
//!   `E2E_REPEAT` sets the default for programs with goroutines (1).
//! - `// gomaxprocs: 1,2` overrides the GOMAXPROCS values.
//! - `// stdin: TEXT` feeds TEXT to the program's standard input, with the
//!   escapes `\n`, `\r`, `\t`, `\\` (`// stdin: 3\n1 2 3\n`); `// stdin: @FILE`
//!   feeds the file `FILE` of the corpus directory (e.g. `NAME.in`). Without
//!   the directive stdin is empty (a pipe closed at once, not `/dev/null`).
//!
//! A program containing a `go` statement is a trial per GOMAXPROCS value
//! (1, 2 and 4), named `NAME [GOMAXPROCS=N]`; any other program is one trial,
//! named `NAME`, run without GOMAXPROCS in the environment. Every child is
//! killed when its timeout expires, so a hanging program fails, never hangs.
//!
//! Binaries: `goc` is `CARGO_BIN_EXE_goc`; `govm` is the executable of the same
//! name in the same directory, which cargo builds for the vm crate's
//! integration tests (`cargo test --workspace`) or `cargo build -p govm`.
//! `E2E_GOC` / `E2E_GOVM` point the runner at other builds (e.g. release).
//!
//! The trial `corpus-consistency` checks the corpus itself (every program has
//! its `.out`, no stray expectation files, valid directives).

use libtest_mimic::{Arguments, Failed, Trial};
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

/// Timeout of one step (build or run) unless the program says otherwise.
const DEFAULT_TIMEOUT: f64 = 30.0;
/// The GOMAXPROCS values a program with goroutines runs under.
const DEFAULT_PROCS: &[u32] = &[1, 2, 4];

fn main() {
    let args = Arguments::from_args();
    let dir = run_dir();
    let mut trials = vec![Trial::test("corpus-consistency", {
        let dir = dir.clone();
        move || check_corpus(&dir).map_err(Failed::from)
    })];
    match load_programs(&dir) {
        Ok(programs) => {
            let bins = Binaries::locate();
            for prog in programs {
                let procs: Vec<Option<u32>> = if prog.gomaxprocs.is_some() || prog.has_goroutines {
                    prog.gomaxprocs
                        .clone()
                        .unwrap_or_else(|| DEFAULT_PROCS.to_vec())
                        .into_iter()
                        .map(Some)
                        .collect()
                } else {
                    vec![None]
                };
                for p in procs {
                    let name = match p {
                        Some(n) => format!("{} [GOMAXPROCS={n}]", prog.name),
                        None => prog.name.clone(),
                    };
                    let prog = prog.clone();
                    let bins = bins.clone();
                    trials.push(Trial::test(name, move || {
                        run_trial(&bins, &prog, p).map_err(Failed::from)
                    }));
                }
            }
        }
        Err(e) => trials.push(Trial::test("load-corpus", move || Err(Failed::from(e)))),
    }
    libtest_mimic::run(&args, trials).exit();
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(".."))
}

fn run_dir() -> PathBuf {
    repo_root().join("testdata").join("run")
}

// ---------------------------------------------------------------------------
// The corpus

#[derive(Clone, Debug, PartialEq)]
enum Check {
    Exact,
    Sorted,
    Custom(String),
}

#[derive(Clone, Debug)]
struct Program {
    name: String,
    path: PathBuf,
    expected_stdout: String,
    expected_exit: i32,
    expected_err: Option<String>,
    check: Check,
    timeout: Duration,
    repeat: u32,
    gomaxprocs: Option<Vec<u32>>,
    has_goroutines: bool,
    /// What the program reads on stdin (`// stdin:`).
    stdin: Option<Vec<u8>>,
}

fn timeout_scale() -> f64 {
    std::env::var("E2E_TIMEOUT_SCALE")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(1.0)
}

fn default_repeat() -> u32 {
    std::env::var("E2E_REPEAT")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1)
}

/// The `// key: value` directives of the comment lines before `package`.
fn directives(src: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in src.lines() {
        let t = line.trim();
        if t.starts_with("package ") {
            break;
        }
        if let Some(rest) = t.strip_prefix("//") {
            if let Some((k, v)) = rest.split_once(':') {
                let k = k.trim();
                if matches!(k, "check" | "timeout" | "repeat" | "gomaxprocs") {
                    out.push((k.to_string(), v.trim().to_string()));
                }
                if k == "stdin" {
                    // keep spaces inside the text; drop the one after the colon
                    out.push((k.to_string(), v.strip_prefix(' ').unwrap_or(v).to_string()));
                }
            }
        }
    }
    out
}

/// Whether the source has a `go` statement (a line that starts with `go `
/// outside comments; good enough for the corpus, which is gofmt-formatted).
fn has_go_statement(src: &str) -> bool {
    src.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with("go ") || t.starts_with("go\t")
    })
}

/// The source text of a program: the file, or for a directory (a package of
/// several files, built with `goc build DIR`) its `.go` files concatenated,
/// `main.go` first so that its directives count.
fn program_source(path: &Path) -> Result<String, String> {
    let read =
        |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("reading {}: {e}", p.display()));
    if !path.is_dir() {
        return read(path);
    }
    let mut files = go_files(path)?;
    if files.is_empty() {
        return Err(format!(
            "{}: a program directory without .go files",
            path.display()
        ));
    }
    files.sort_by_key(|f| f.file_name().is_none_or(|n| n != "main.go"));
    let mut src = String::new();
    for f in files {
        src.push_str(&read(&f)?);
        src.push('\n');
    }
    Ok(src)
}

fn parse_program(path: &Path) -> Result<Program, String> {
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("bad file name {}", path.display()))?
        .to_string();
    let src = program_source(path)?;
    let out_path = path.with_extension("out");
    let expected_stdout = std::fs::read_to_string(&out_path)
        .map_err(|e| format!("{name}: missing expectation {}: {e}", out_path.display()))?;
    let expected_exit = match std::fs::read_to_string(path.with_extension("exit")) {
        Ok(s) => s
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("{name}.exit: not an exit code ({e})"))?,
        Err(_) => 0,
    };
    let expected_err = std::fs::read_to_string(path.with_extension("err"))
        .ok()
        .map(|s| s.trim_end_matches('\n').to_string());
    let mut prog = Program {
        name: name.clone(),
        path: path.to_path_buf(),
        expected_stdout,
        expected_exit,
        expected_err,
        check: Check::Exact,
        timeout: Duration::from_secs_f64(DEFAULT_TIMEOUT * timeout_scale()),
        repeat: 1,
        gomaxprocs: None,
        has_goroutines: has_go_statement(&src),
        stdin: None,
    };
    let mut repeat = None;
    for (k, v) in directives(&src) {
        match k.as_str() {
            "check" => {
                prog.check = match v.as_str() {
                    "exact" => Check::Exact,
                    "sorted" => Check::Sorted,
                    c => match c.strip_prefix("custom=") {
                        Some(n) if custom_check(n, "").is_some() => Check::Custom(n.to_string()),
                        _ => return Err(format!("{name}: unknown check `{v}`")),
                    },
                }
            }
            "timeout" => {
                let secs = v
                    .parse::<f64>()
                    .ok()
                    .filter(|s| *s > 0.0)
                    .ok_or_else(|| format!("{name}: bad timeout `{v}`"))?;
                prog.timeout = Duration::from_secs_f64(secs * timeout_scale());
            }
            "repeat" => {
                repeat = Some(
                    v.parse::<u32>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| format!("{name}: bad repeat `{v}`"))?,
                )
            }
            "stdin" => {
                prog.stdin = Some(match v.strip_prefix('@') {
                    Some(file) => {
                        let p = path.parent().unwrap_or(Path::new(".")).join(file);
                        std::fs::read(&p)
                            .map_err(|e| format!("{name}: stdin file {}: {e}", p.display()))?
                    }
                    None => unescape_stdin(&v).map_err(|e| format!("{name}: stdin: {e}"))?,
                })
            }
            "gomaxprocs" => {
                let mut ps = Vec::new();
                for p in v.split(',') {
                    ps.push(
                        p.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|n| *n > 0)
                            .ok_or_else(|| format!("{name}: bad gomaxprocs `{v}`"))?,
                    );
                }
                prog.gomaxprocs = Some(ps);
            }
            _ => {}
        }
    }
    prog.repeat = repeat.unwrap_or(if prog.has_goroutines {
        default_repeat()
    } else {
        1
    });
    Ok(prog)
}

/// The text of a `// stdin:` directive with `\n`, `\r`, `\t` and `\\` unescaped.
fn unescape_stdin(v: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut b = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            continue;
        }
        match chars.next() {
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('\\') => out.push(b'\\'),
            other => return Err(format!("unknown escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

fn go_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    Ok(files)
}

/// The programs of the corpus: every `NAME.go` file and every directory
/// `NAME/` (a multi-file package), sorted by path.
fn program_paths(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut paths = go_files(dir)?;
    let rd = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    paths.extend(
        rd.filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir()),
    );
    paths.sort();
    Ok(paths)
}

fn load_programs(dir: &Path) -> Result<Vec<Program>, String> {
    program_paths(dir)?
        .iter()
        .map(|p| parse_program(p))
        .collect()
}

/// The corpus itself is well formed: every program parses (expectations
/// present, directives valid), and every expectation file has its program.
fn check_corpus(dir: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    let files = program_paths(dir)?;
    if files.len() < 35 {
        problems.push(format!(
            "only {} programs in {} (at least 35 expected)",
            files.len(),
            dir.display()
        ));
    }
    for f in &files {
        match parse_program(f) {
            // Real Go's output must satisfy the program's own assertion.
            Ok(p) => {
                if let Check::Custom(c) = &p.check {
                    if let Some(Err(e)) = custom_check(c, &p.expected_stdout) {
                        problems.push(format!("{}.out fails its own check `{c}`: {e}", p.name));
                    }
                }
            }
            Err(e) => problems.push(e),
        }
    }
    // The assertions reject what Go would not print.
    let bad: &[(&str, &str)] = &[
        ("say", "hello\nworld\nhello\n"),
        ("say", "hello\nhello\nhello\nworld\n"),
        ("say", "hello\nhello\nhello\nworld\nworld\nworld\nworld\n"),
        ("workers", "Worker 1 done\nWorker 1 starting\nWorker 2 starting\nWorker 2 done\nWorker 3 starting\nWorker 3 done\nAll workers done\n"),
        ("workers", "Worker 1 starting\nWorker 1 done\nWorker 2 starting\nAll workers done\nWorker 2 done\nWorker 3 starting\nWorker 3 done\n"),
        ("workers", "Worker 1 starting\nWorker 1 done\nWorker 1 starting\nWorker 1 done\nWorker 3 starting\nWorker 3 done\nAll workers done\n"),
        ("syntax-println", "someFunction ran\n"),
        ("syntax-println", "main continues\nmain continues\n"),
    ];
    for (c, out) in bad {
        if let Some(Ok(())) = custom_check(c, out) {
            problems.push(format!("check `{c}` accepts {out:?}"));
        }
    }
    let rd = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
    for e in rd.filter_map(|e| e.ok()) {
        let p = e.path();
        let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
        if matches!(ext, "out" | "exit" | "err" | "in")
            && !p.with_extension("go").exists()
            && !p.with_extension("").is_dir()
        {
            problems.push(format!("{} has no program", p.display()));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

// ---------------------------------------------------------------------------
// Running the binaries

#[derive(Clone, Debug)]
struct Binaries {
    goc: PathBuf,
    govm: PathBuf,
}

impl Binaries {
    fn locate() -> Binaries {
        let goc = std::env::var_os("E2E_GOC")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_goc")));
        let govm = std::env::var_os("E2E_GOVM")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                Path::new(env!("CARGO_BIN_EXE_goc"))
                    .with_file_name(format!("govm{}", std::env::consts::EXE_SUFFIX))
            });
        if govm.exists() {
            warn_if_stale(&govm);
        }
        Binaries { goc, govm }
    }

    fn check(&self) -> Result<(), String> {
        if !self.govm.exists() {
            return Err(format!(
                "the govm binary is not at {}: run `cargo build -p govm` first \
                 (`cargo test --workspace` builds it too), or set E2E_GOVM",
                self.govm.display()
            ));
        }
        Ok(())
    }
}

/// Warns once (on stderr) when the govm binary is older than the vm sources,
/// which happens with `cargo test -p goc` after editing the vm crate.
fn warn_if_stale(govm: &Path) {
    let Ok(bin_time) = std::fs::metadata(govm).and_then(|m| m.modified()) else {
        return;
    };
    let mut newest = None;
    let mut stack = vec![repo_root().join("vm").join("src")];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(t) = e.metadata().and_then(|m| m.modified()) {
                if newest.is_none_or(|n| t > n) {
                    newest = Some(t);
                }
            }
        }
    }
    if newest.is_some_and(|n| n > bin_time) {
        eprintln!(
            "warning: {} is older than vm/src; run `cargo build -p govm` (or `cargo test --workspace`)",
            govm.display()
        );
    }
}

/// Reads `pipe` to its end in a thread, appending to `buf` as bytes arrive;
/// the receiver gets a message when the pipe is closed.
fn spawn_reader<R: Read + Send + 'static>(
    pipe: Option<R>,
    buf: Arc<Mutex<Vec<u8>>>,
) -> mpsc::Receiver<()> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        if let Some(mut p) = pipe {
            let mut chunk = [0u8; 8192];
            loop {
                match p.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => match buf.lock() {
                        Ok(mut b) => b.extend_from_slice(&chunk[..n]),
                        Err(_) => break,
                    },
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        }
        let _ = tx.send(());
    });
    rx
}

struct Outcome {
    stdout: String,
    stderr: String,
    /// `None` when the process was ended by a signal.
    code: Option<i32>,
    signal: Option<i32>,
    elapsed: Duration,
}

/// Runs `cmd` with `input` (or null) on stdin and captured output; kills it
/// after `timeout`.
fn run_with_timeout(
    mut cmd: Command,
    timeout: Duration,
    input: Option<&[u8]>,
) -> Result<Outcome, String> {
    let shown = format!("{cmd:?}");
    // Always a pipe, closed at once when there is no input: an empty stdin that
    // does not depend on /dev/null (a regular file on some machines, where
    // other processes' discarded output piles up).
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    let stdin = child.stdin.take();
    if let (Some(mut pipe), Some(bytes)) = (stdin, input) {
        // A writer thread, so a program that reads little cannot block the runner;
        // dropping the pipe at the end closes the program's stdin.
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&bytes);
        });
    }
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();

    // Readers append to shared buffers and report when their pipe closes, so
    // that a pipe held open by a stray grandchild cannot block the runner and
    // the output so far is still shown after a kill (see `collect`).
    let out_buf = Arc::new(Mutex::new(Vec::new()));
    let err_buf = Arc::new(Mutex::new(Vec::new()));
    let out_rx = spawn_reader(out_pipe.take(), out_buf.clone());
    let err_rx = spawn_reader(err_pipe.take(), err_buf.clone());
    let collect = |rx: &mpsc::Receiver<()>, buf: &Arc<Mutex<Vec<u8>>>, wait: Duration| {
        let _ = rx.recv_timeout(wait);
        let bytes = buf.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let status = match child.wait_timeout(timeout) {
        Ok(Some(s)) => s,
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            let out = collect(&out_rx, &out_buf, Duration::from_secs(1));
            let err = collect(&err_rx, &err_buf, Duration::from_secs(1));
            return Err(format!(
                "timed out after {:.1}s (killed): {shown}\n{}{}",
                timeout.as_secs_f64(),
                section("stdout so far (last lines)", &tail(&out, 20)),
                section("stderr so far", &head(&err, 20)),
            ));
        }
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("waiting for {shown}: {e}"));
        }
    };
    let elapsed = start.elapsed();
    let stdout = collect(&out_rx, &out_buf, Duration::from_secs(5));
    let stderr = collect(&err_rx, &err_buf, Duration::from_secs(5));
    #[cfg(unix)]
    let signal = std::os::unix::process::ExitStatusExt::signal(&status);
    #[cfg(not(unix))]
    let signal = None;
    Ok(Outcome {
        stdout,
        stderr,
        code: status.code(),
        signal,
        elapsed,
    })
}

fn head(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let mut out = lines.iter().take(n).copied().collect::<Vec<_>>().join("\n");
    if lines.len() > n {
        let _ = write!(out, "\n... ({} more lines)", lines.len() - n);
    }
    out
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let skip = lines.len().saturating_sub(n);
    let mut out = String::new();
    if skip > 0 {
        let _ = writeln!(out, "... ({skip} lines before)");
    }
    out.push_str(&lines[skip..].join("\n"));
    out
}

fn section(title: &str, body: &str) -> String {
    if body.is_empty() {
        format!("--- {title}: (empty)\n")
    } else {
        format!("--- {title}:\n{body}\n")
    }
}

fn unique_gbc(prog: &Program, procs: Option<u32>, rep: u32) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e");
    let _ = std::fs::create_dir_all(&dir);
    dir.join(format!(
        "{}-p{}-r{}-{}.gbc",
        prog.name,
        procs.unwrap_or(0),
        rep,
        std::process::id()
    ))
}

fn run_trial(bins: &Binaries, prog: &Program, procs: Option<u32>) -> Result<(), String> {
    bins.check()?;
    for rep in 0..prog.repeat {
        let gbc = unique_gbc(prog, procs, rep);
        let result = build_and_run(bins, prog, procs, &gbc);
        let _ = std::fs::remove_file(&gbc);
        if let Err(e) = result {
            let mut msg = format!("{} ({})", prog.name, prog.path.display());
            if let Some(p) = procs {
                let _ = write!(msg, ", GOMAXPROCS={p}");
            }
            if prog.repeat > 1 {
                let _ = write!(msg, ", repetition {} of {}", rep + 1, prog.repeat);
            }
            return Err(format!("{msg}\n{e}"));
        }
    }
    Ok(())
}

fn build_and_run(
    bins: &Binaries,
    prog: &Program,
    procs: Option<u32>,
    gbc: &Path,
) -> Result<(), String> {
    // Step 1: goc build X.go -o TMP.gbc
    let mut build = Command::new(&bins.goc);
    build
        .arg("build")
        .arg(&prog.path)
        .arg("-o")
        .arg(gbc)
        .env("NO_COLOR", "1");
    let b = run_with_timeout(build, prog.timeout, None)?;
    if b.code != Some(0) {
        return Err(format!(
            "`goc build` failed (exit {})\n{}{}",
            describe_exit(b.code, b.signal),
            section("goc stderr", &head(&b.stderr, 40)),
            section("goc stdout", &head(&b.stdout, 20)),
        ));
    }
    if !gbc.exists() {
        return Err(format!(
            "`goc build` exited 0 but wrote no {}",
            gbc.display()
        ));
    }

    // Step 2: govm run TMP.gbc
    let mut run = Command::new(&bins.govm);
    run.arg("run").arg(gbc).env_remove("GOMAXPROCS");
    if let Some(p) = procs {
        run.env("GOMAXPROCS", p.to_string());
    }
    let r = run_with_timeout(run, prog.timeout, prog.stdin.as_deref())?;

    let mut problems = Vec::new();
    if r.code != Some(prog.expected_exit) || r.signal.is_some() {
        problems.push(format!(
            "exit code: expected {}, got {}",
            prog.expected_exit,
            describe_exit(r.code, r.signal)
        ));
    }
    let want_lines = prog
        .expected_err
        .as_deref()
        .map_or(1, |w| w.lines().count());
    let first_err = r
        .stderr
        .lines()
        .take(want_lines.max(1))
        .collect::<Vec<_>>()
        .join("\n");
    match &prog.expected_err {
        Some(want) if *want != first_err => problems.push(format!(
            "stderr first line(s):\n  expected: {want:?}\n  got:      {first_err:?}"
        )),
        None if !r.stderr.is_empty() => {
            problems.push("stderr: expected nothing, got output (shown below)".to_string())
        }
        _ => {}
    }
    if let Err(e) = compare_stdout(prog, &r.stdout) {
        problems.push(e);
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = problems.join("\n");
    let _ = write!(
        msg,
        "\n(run took {:.2}s)\n{}",
        r.elapsed.as_secs_f64(),
        section("govm stderr", &head(&r.stderr, 30))
    );
    Err(msg)
}

fn describe_exit(code: Option<i32>, signal: Option<i32>) -> String {
    match (code, signal) {
        (Some(c), _) => c.to_string(),
        (None, Some(s)) => format!("killed by signal {s}"),
        (None, None) => "unknown".to_string(),
    }
}

// ---------------------------------------------------------------------------
// Comparing stdout

fn compare_stdout(prog: &Program, got: &str) -> Result<(), String> {
    match &prog.check {
        Check::Exact => {
            if got == prog.expected_stdout {
                Ok(())
            } else {
                Err(format!(
                    "stdout differs (exact):\n{}",
                    diff(&prog.expected_stdout, got)
                ))
            }
        }
        Check::Sorted => {
            let want = sorted_lines(&prog.expected_stdout);
            let have = sorted_lines(got);
            if want == have && got.ends_with('\n') == prog.expected_stdout.ends_with('\n') {
                Ok(())
            } else {
                Err(format!(
                    "stdout differs (lines compared sorted):\n{}",
                    diff(&want, &have)
                ))
            }
        }
        Check::Custom(name) => match custom_check(name, got) {
            Some(Ok(())) => Ok(()),
            Some(Err(e)) => Err(format!(
                "stdout fails the `{name}` assertion: {e}\n--- stdout:\n{}",
                head(got, 40)
            )),
            None => Err(format!("unknown custom check `{name}`")),
        },
    }
}

fn sorted_lines(s: &str) -> String {
    let mut lines: Vec<&str> = s.lines().collect();
    lines.sort_unstable();
    let mut out = lines.join("\n");
    if !lines.is_empty() {
        out.push('\n');
    }
    out
}

/// A unified diff, expected (`-`) against actual (`+`), capped in length.
fn diff(expected: &str, actual: &str) -> String {
    let d = similar::TextDiff::from_lines(expected, actual);
    let text = d
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string();
    let text = if text.is_empty() {
        "(no line differences; whitespace at the end differs)".to_string()
    } else {
        text
    };
    head(&text, 80)
}

/// The named assertions for programs whose output Go does not fix to one
/// sequence. `None` when there is no such check (used to validate directives).
fn custom_check(name: &str, out: &str) -> Option<Result<(), String>> {
    let r = match name {
        "say" => check_say(out),
        "workers" => check_workers(out),
        "syntax-println" => check_syntax_println(out),
        _ => return None,
    };
    Some(r)
}

/// seed_say: `say("hello")` runs to completion in main (3 lines); the
/// goroutine's `say("world")` gets 2 or 3 lines out before main returns.
fn check_say(out: &str) -> Result<(), String> {
    if out.is_empty() {
        return Err("no output".into());
    }
    if !out.ends_with('\n') {
        return Err("output does not end with a newline".into());
    }
    let (mut hello, mut world) = (0, 0);
    for l in out.lines() {
        match l {
            "hello" => hello += 1,
            "world" => world += 1,
            other => return Err(format!("unexpected line {other:?}")),
        }
    }
    if hello != 3 {
        return Err(format!("expected 3 \"hello\", got {hello}"));
    }
    if !(2..=3).contains(&world) {
        return Err(format!("expected 2 or 3 \"world\", got {world}"));
    }
    Ok(())
}

/// seed_waitgroup: for each worker 1..=3 exactly one "starting" and one
/// "done", starting first; "All workers done" once, as the last line.
fn check_workers(out: &str) -> Result<(), String> {
    let lines: Vec<&str> = out.lines().collect();
    if lines.len() != 7 || !out.ends_with('\n') {
        return Err(format!("expected 7 lines, got {}", lines.len()));
    }
    if lines[6] != "All workers done" {
        return Err(format!(
            "last line should be \"All workers done\", got {:?}",
            lines[6]
        ));
    }
    for id in 1..=3 {
        let start = format!("Worker {id} starting");
        let done = format!("Worker {id} done");
        let s: Vec<usize> = (0..6).filter(|&i| lines[i] == start).collect();
        let d: Vec<usize> = (0..6).filter(|&i| lines[i] == done).collect();
        if s.len() != 1 || d.len() != 1 {
            return Err(format!(
                "worker {id}: expected one {start:?} and one {done:?}, got {} and {}",
                s.len(),
                d.len()
            ));
        }
        if s[0] > d[0] {
            return Err(format!("worker {id}: \"done\" printed before \"starting\""));
        }
    }
    Ok(())
}

/// seed_syntax_println: main's line exactly once; the goroutine's at most
/// once (main may return before it runs); nothing else.
fn check_syntax_println(out: &str) -> Result<(), String> {
    let (mut main, mut goroutine) = (0, 0);
    for l in out.lines() {
        match l {
            "main continues" => main += 1,
            "someFunction ran" => goroutine += 1,
            other => return Err(format!("unexpected line {other:?}")),
        }
    }
    if main != 1 || goroutine > 1 || !out.ends_with('\n') {
        return Err(format!(
            "expected \"main continues\" once and \"someFunction ran\" at most once, got {main} and {goroutine}"
        ));
    }
    Ok(())
}
