//! The `govm` command line: `govm run FILE.gbc [ARGS...]` loads (reads, decodes,
//! verifies) a bytecode file and runs it with `runtime::run_module`, exiting with
//! the program's code (`--max-heap SIZE` limits its heap; `GOGC`, `GOMEMLIMIT`,
//! `GOVM_GCSTRESS` and `GODEBUG=gctrace=1` tune the collector, see
//! `runtime::gc`); `govm disasm FILE.gbc` prints the listing of
//! `bytecode::disasm`. A file that cannot be loaded is reported as one line,
//! `govm: FILE: <reason>`, with exit code 1. A Rust panic is never shown as such: a
//! last-resort hook prints one line and exits 2.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use govm::bytecode::{disasm, format, verify, Module};
use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// Runs and inspects govm bytecode files produced by `goc build`.
#[derive(Parser)]
#[command(name = "govm", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load a bytecode file and run it; exits with the program's exit code.
    Run {
        /// Heap limit (e.g. 64MiB, 512M, 1GiB, bytes without a suffix): a program
        /// whose live heap exceeds it dies with `fatal error: runtime: out of
        /// memory` (exit 2). Overrides GOMEMLIMIT.
        #[arg(long, value_name = "SIZE", value_parser = parse_heap_size)]
        max_heap: Option<u64>,
        /// The `.gbc` file to run.
        file: PathBuf,
        /// Arguments passed to the program (`os.Args[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print a readable listing of a bytecode file: functions, registers,
    /// instructions with source lines, constants and types.
    Disasm {
        /// The `.gbc` file to list.
        file: PathBuf,
    },
}

/// Reads, decodes and verifies `path`; the error is the one line to print.
fn load(path: &Path) -> Result<Module, String> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("govm: {shown}: {}", io_reason(&e)))?;
    let module = format::decode(&bytes).map_err(|e| format!("govm: {shown}: {e}"))?;
    verify::verify(&module).map_err(|e| format!("govm: {shown}: {e}"))?;
    Ok(module)
}

fn parse_heap_size(s: &str) -> Result<u64, String> {
    match govm::runtime::gc::parse_size(s) {
        Some(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "invalid size {s:?} (expected e.g. 64MiB, 512M, 1GiB or a byte count)"
        )),
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => {
            let s = e.to_string();
            // "Is a directory (os error 21)" -> "is a directory"
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            s.to_lowercase()
        }
    }
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        govm::runtime::output::flush_stdout();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let line = format!("govm: internal error: {}{place}", msg.replace('\n', " "));
        eprintln!("{line}");
        std::process::exit(2);
    }));

    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            file,
            args,
            max_heap,
        } => match load(&file) {
            Ok(module) => {
                // os.Args: the program (the file), then its arguments.
                let mut argv = vec![file.display().to_string()];
                argv.extend(args);
                let mut cfg = govm::runtime::Config::from_env();
                if let Some(limit) = max_heap {
                    cfg.gc.limit = limit;
                }
                let code = govm::runtime::run_module_with(module, argv, cfg);
                govm::runtime::output::flush_stdout();
                ExitCode::from(code.clamp(0, 255) as u8)
            }
            Err(line) => {
                eprintln!("{line}");
                ExitCode::from(1)
            }
        },
        Command::Disasm { file } => match load(&file) {
            Ok(module) => {
                govm::runtime::output::write_stdout(disasm::disassemble(&module).as_bytes());
                govm::runtime::output::flush_stdout();
                ExitCode::SUCCESS
            }
            Err(line) => {
                eprintln!("{line}");
                ExitCode::from(1)
            }
        },
    }
}
