//! The compilation driver: reads a `.go` file or a package directory, adds the
//! standard packages it imports (embedded from `stdlib/` at build time, resolved
//! transitively, dependencies first), parses, checks and lowers them, and verifies
//! the resulting module with the VM's own verifier.
//!
//! Called by the `goc` command line and by tests; it never prints.

use crate::check::{self, Package};
use crate::diag::{Diagnostic, Severity};
use crate::lower;
use crate::source::SourceMap;
use crate::syntax;
use govm::bytecode::Module;
use std::collections::{HashMap, HashSet};
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));
}

/// The result of a compilation: the sources (for rendering diagnostics), every
/// diagnostic, and the module when there were no errors.
pub struct Outcome {
    pub sources: SourceMap,
    pub diags: Vec<Diagnostic>,
    pub module: Option<Module>,
}

impl Outcome {
    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Why the input could not even be read.
#[derive(Debug)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The `.go` files of `path` (a file, or a directory's non-test `.go` files).
pub fn input_files(path: &Path) -> Result<Vec<(String, String)>, InputError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| InputError(format!("{}: {}", path.display(), io_reason(&e))))?;
    let mut paths = Vec::new();
    if meta.is_dir() {
        let rd = std::fs::read_dir(path)
            .map_err(|e| InputError(format!("{}: {}", path.display(), io_reason(&e))))?;
        for entry in rd.flatten() {
            let p = entry.path();
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if p.is_file()
                && name.ends_with(".go")
                && !name.ends_with("_test.go")
                && !name.starts_with('.')
            {
                paths.push(p);
            }
        }
        paths.sort();
        if paths.is_empty() {
            return Err(InputError(format!("no Go files in {}", path.display())));
        }
    } else {
        if path.extension().is_none_or(|e| e != "go") {
            return Err(InputError(format!("{}: not a .go file", path.display())));
        }
        paths.push(path.to_path_buf());
    }
    let mut out = Vec::new();
    for p in paths {
        let bytes = std::fs::read(&p)
            .map_err(|e| InputError(format!("{}: {}", p.display(), io_reason(&e))))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| InputError(format!("{}: invalid UTF-8 encoding", p.display())))?;
        out.push((p.display().to_string(), text));
    }
    Ok(out)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Compiles the program in `path`.
pub fn compile_path(path: &Path) -> Result<Outcome, InputError> {
    let files = input_files(path)?;
    Ok(compile_sources(&files))
}

/// Compiles `package main` made of `files` (display path, text).
pub fn compile_sources(files: &[(String, String)]) -> Outcome {
    let mut sources = SourceMap::default();
    let mut diags = Vec::new();
    let mut main_files = Vec::new();
    for (path, text) in files {
        let id = sources.add(path.clone(), text.clone());
        let (file, d) = syntax::parse_file(id, text);
        diags.extend(d);
        main_files.push(file);
    }
    // one package, named main
    if let Some(first) = main_files.first() {
        let name = first.package.name.clone();
        for f in &main_files[1..] {
            if f.package.name != name {
                diags.push(Diagnostic::error(
                    "package",
                    f.package.span,
                    format!("found packages {} and {}", name, f.package.name),
                ));
            }
        }
        if name != "main" && !name.is_empty() {
            diags.push(
                Diagnostic::error(
                    "package",
                    first.package.span,
                    format!("package {name} is not a main package"),
                )
                .with_help("a program's files start with `package main`"),
            );
        }
    }
    // standard packages, transitively
    let mut order: Vec<Package> = Vec::new();
    let mut state: HashMap<String, u8> = HashMap::new();
    let mut imports: Vec<String> = Vec::new();
    for f in &main_files {
        for imp in &f.imports {
            imports.push(imp.path.clone());
        }
    }
    for p in imports {
        load_std(&p, &mut sources, &mut diags, &mut order, &mut state);
    }
    order.push(Package {
        path: "main".into(),
        files: main_files,
    });
    if diags.iter().any(|d| d.severity == Severity::Error) {
        sort(&mut diags);
        return Outcome {
            sources,
            diags,
            module: None,
        };
    }
    let (mut tt, info, cdiags) = check::check_program(&order);
    diags.extend(cdiags);
    if diags.iter().any(|d| d.severity == Severity::Error) {
        sort(&mut diags);
        return Outcome {
            sources,
            diags,
            module: None,
        };
    }
    match lower::lower(&order, &mut tt, &info, &sources) {
        Ok(module) => {
            if let Err(e) = govm::bytecode::verify::verify(&module) {
                diags.push(Diagnostic::error(
                    "internal",
                    Default::default(),
                    format!("internal compiler error: generated bytecode does not verify: {e}"),
                ));
                return Outcome {
                    sources,
                    diags,
                    module: None,
                };
            }
            Outcome {
                sources,
                diags,
                module: Some(module),
            }
        }
        Err(d) => {
            diags.extend(d);
            sort(&mut diags);
            Outcome {
                sources,
                diags,
                module: None,
            }
        }
    }
}

/// Sorts diagnostics by position and applies Go's error limit: at the tenth
/// error, gc prints `too many errors` (at that error's position) and stops.
fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| {
        let s = d.span();
        (s.file, s.lo)
    });
    let mut errors = 0;
    for i in 0..diags.len() {
        if diags[i].severity != Severity::Error {
            continue;
        }
        errors += 1;
        if errors == MAX_ERRORS {
            let at = diags[i].span();
            diags.truncate(i + 1);
            diags.push(Diagnostic::error("too-many-errors", at, "too many errors"));
            return;
        }
    }
}

/// gc's limit without `-gcflags=-e`.
const MAX_ERRORS: usize = 10;

/// Loads standard package `path` and its dependencies (post-order into `order`).
fn load_std(
    path: &str,
    sources: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
    order: &mut Vec<Package>,
    state: &mut HashMap<String, u8>,
) {
    if state.contains_key(path) {
        return;
    }
    state.insert(path.to_string(), 1);
    let mut files = Vec::new();
    let mut deps = HashSet::new();
    for (pkg, name, text) in embedded::STDLIB {
        if *pkg != path {
            continue;
        }
        let id = sources.add(format!("$GOROOT/src/{pkg}/{name}"), *text);
        let (file, d) = syntax::parse_file(id, text);
        diags.extend(d);
        for imp in &file.imports {
            deps.insert(imp.path.clone());
        }
        files.push(file);
    }
    if files.is_empty() {
        // reported by the checker at the import
        return;
    }
    let mut deps: Vec<String> = deps.into_iter().collect();
    deps.sort();
    for d in deps {
        load_std(&d, sources, diags, order, state);
    }
    order.push(Package {
        path: path.to_string(),
        files,
    });
    state.insert(path.to_string(), 2);
}

/// The standard packages available to programs.
pub fn std_packages() -> Vec<&'static str> {
    let mut v: Vec<&str> = embedded::STDLIB.iter().map(|(p, _, _)| *p).collect();
    v.dedup();
    v
}
