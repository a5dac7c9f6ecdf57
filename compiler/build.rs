//! Embeds the Go sources of `stdlib/` into `goc`, so the compiler needs no files at
//! run time: generates `stdlib_files.rs` with (package path, file name, text) triples.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out =
        String::from("/// (package path, file name, source) of every embedded stdlib file.\n");
    out.push_str("pub static STDLIB: &[(&str, &str, &str)] = &[\n");
    for (pkg, name, path) in &files {
        println!("cargo:rerun-if-changed={path}");
        writeln!(out, "    ({pkg:?}, {name:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_files.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            collect(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "go")
            && !p.to_string_lossy().ends_with("_test.go")
        {
            let pkg = dir
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let abs = p.canonicalize().unwrap().to_string_lossy().to_string();
            out.push((pkg, name, abs));
        }
    }
}
