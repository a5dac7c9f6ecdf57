//! The `goc` command line: `build`, `run` and `check`.
//!
//! Exit codes (DESIGN §7): 0 success, 1 errors in the program, 2 bad usage. `goc run`
//! exits with the program's own code (2 on a panic or fatal error).

use clap::{Parser, Subcommand, ValueEnum};
use goc::driver::{self, Outcome};
use goc::report;
use mimalloc::MiMalloc;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

#[derive(Parser)]
#[command(name = "goc", version, about = "Compiles Go programs to govm bytecode")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a .go file or a package directory to a .gbc bytecode file.
    Build {
        /// A .go file, or a directory holding package main.
        path: PathBuf,
        /// Output file (default: the file or directory name with .gbc).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// How to print diagnostics.
        #[arg(long = "message-format", value_enum, default_value = "human")]
        message_format: Format,
    },
    /// Compile in memory and run, like `go run`.
    Run {
        /// A .go file, or a directory holding package main.
        path: PathBuf,
        /// Arguments passed to the program (os.Args[1:]).
        #[arg(last = true)]
        args: Vec<String>,
        /// How to print diagnostics.
        #[arg(long = "message-format", value_enum, default_value = "human")]
        message_format: Format,
    },
    /// Report diagnostics only.
    Check {
        /// A .go file, or a directory holding package main.
        path: PathBuf,
        /// `human` (rendered reports) or `json` (one JSON object per line).
        #[arg(long = "message-format", value_enum, default_value = "human")]
        message_format: Format,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            path,
            output,
            message_format,
        } => {
            let Some(outcome) = compile(&path, message_format) else {
                return ExitCode::from(1);
            };
            let Some(module) = outcome.module else {
                return ExitCode::from(1);
            };
            let out = output.unwrap_or_else(|| default_output(&path));
            let bytes = govm::bytecode::format::encode(&module);
            if let Err(e) = std::fs::write(&out, bytes) {
                eprintln!("goc: cannot write {}: {}", out.display(), e);
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Command::Run {
            path,
            args,
            message_format,
        } => {
            let Some(outcome) = compile(&path, message_format) else {
                return ExitCode::from(1);
            };
            let Some(module) = outcome.module else {
                return ExitCode::from(1);
            };
            let mut argv = vec![path.display().to_string()];
            argv.extend(args);
            let code = govm::runtime::run_module(module, argv);
            govm::runtime::output::flush_stdout();
            std::process::exit(code)
        }
        Command::Check {
            path,
            message_format,
        } => {
            let Some(outcome) = compile(&path, message_format) else {
                return ExitCode::from(1);
            };
            if outcome.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// Compiles and prints diagnostics; `None` when the input could not be read.
fn compile(path: &Path, format: Format) -> Option<Outcome> {
    let outcome = match driver::compile_path(path) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("goc: {e}");
            return None;
        }
    };
    if !outcome.diags.is_empty() {
        match format {
            Format::Json => print!("{}", report::render_json(&outcome.diags, &outcome.sources)),
            Format::Human => {
                let color = std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                eprint!(
                    "{}",
                    report::render_human(&outcome.diags, &outcome.sources, color)
                );
            }
        }
    }
    Some(outcome)
}

fn default_output(path: &Path) -> PathBuf {
    let canon = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let stem = if canon.is_dir() {
        canon
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "main".into())
    } else {
        canon
            .file_stem()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "main".into())
    };
    // like `go build`: the output goes to the current directory
    PathBuf::from(format!("{stem}.gbc"))
}
