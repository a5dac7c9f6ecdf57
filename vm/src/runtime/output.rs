//! Program output. Each `fmt.Print*` call writes its whole text under one lock, so
//! output of one call is never torn by another goroutine's. Stdout is buffered and
//! flushed when the scheduler goes idle, before anything is written to stderr, and
//! at exit, so interactive programs see their output as soon as they wait.

use std::io::Write;
use std::sync::Mutex;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Flush when this much output is pending.
const FLUSH_AT: usize = 64 * 1024;

/// Appends `bytes` to stdout as one unit.
pub fn write_stdout(bytes: &[u8]) {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT {
        drain(&mut buf);
    }
}

fn drain(buf: &mut Vec<u8>) {
    let mut out = std::io::stdout().lock();
    // A closed pipe is not our error to report: Go ignores EPIPE on stdout writes too
    // (it dies of SIGPIPE); we drop the output.
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

/// Writes everything pending on stdout.
pub fn flush_stdout() {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    drain(&mut buf);
}

/// Writes `bytes` to stderr (after flushing stdout, to keep the two in order).
pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(bytes);
    let _ = err.flush();
}
