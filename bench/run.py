#!/usr/bin/env python3
"""Benchmark runner: times govm side by side with Go and Lua 5.4.

For each bench/NAME.go it builds the release toolchain (`cargo build --release`),
compiles NAME.go with `target/release/goc build`, builds a native binary with
`go build` (when `go` is installed) and runs:

  govm    target/release/govm run bench/out/NAME.gbc
  go      bench/out/NAME-go            (the `go build` binary)
  lua     lua5.4 bench/NAME.lua        (when lua5.4 and NAME.lua exist)

each N times (default 5), and prints a table of the median wall time, the
median CPU time (user+sys of the child, from wait4), the peak RSS (VmHWM of
each child, see run_once) and the ratios govm/go and govm/lua of wall and CPU
time. Every implementation's stdout must match govm's: a benchmark that
computes something else is reported, not timed silently.

Directives in a program's first comment lines (before `package`):

  // bench: gomaxprocs 1,2       timed once per value, with GOMAXPROCS set for
                                 govm and go; unless line-count (below), the
                                 speed-up P=first/P=last of the median wall
                                 time is printed per runtime
  // bench: compare line-count   the outputs vary from run to run (timings):
                                 only their number of lines is compared, and
                                 each run's output is printed after the table

Python 3 standard library only. Not part of the test suite: tests assert
behaviour, this measures it.

    python3 bench/run.py                 # all programs, 5 repetitions
    python3 bench/run.py -n 3 fib loop   # some programs, 3 repetitions
    python3 bench/run.py --no-build      # reuse target/release binaries
    python3 bench/run.py --markdown      # the table as Markdown (bench/README.md)
    python3 bench/run.py --boost         # children at autogroup nice -20 (root)

--boost: the kernel groups processes by session (CFS autogroup), so plain
`nice` does not lift a benchmark above other sessions' builds on a shared
machine. With --boost every timed child starts a new session whose autogroup
gets nice -20, i.e. nearly all the CPU while it runs: less noisy figures (and
a parallel speed-up that can be seen at all), at the expense of everyone else
for the duration. Needs root; opt-in.

BENCH_GOC / BENCH_GOVM point at other goc / govm binaries.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
OUT = os.path.join(BENCH, "out")
RELEASE = os.path.join(ROOT, "target", "release")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def read_hwm_kib(pid):
    """The process's peak RSS so far (VmHWM, KiB) from /proc, or None."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


BOOST = False


def boost_child():
    """preexec_fn for --boost: a new session (so a new CFS autogroup) at nice -20."""
    os.setsid()
    with open("/proc/self/autogroup", "w") as f:
        f.write("-20")


def run_once(argv, env=None, timeout=600):
    """Runs argv once; returns (wall s, CPU s, peak RSS in KiB, stdout).

    CPU time is user+sys from wait4's rusage of the child (all its threads,
    and any children it waited for).

    Peak RSS: wait4's ru_maxrss of a child forked from Python starts at
    Python's own RSS (the kernel carries the pre-exec high-water mark across
    exec), which would hide a small program's footprint. So the child's
    VmHWM is polled from /proc while it runs (Popen returns after the exec, so
    the reading is of the program itself); wait4's figure is the fallback
    where /proc is unavailable.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, env=env,
                                preexec_fn=boost_child if BOOST else None)
        deadline = start + timeout
        hwm = None
        while True:
            h = read_hwm_kib(proc.pid)
            if h is not None:
                hwm = h if hwm is None else max(hwm, h)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise RuntimeError(f"timed out after {timeout}s: {' '.join(argv)}")
            time.sleep(0.0005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read().decode(errors="replace")
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"exit {proc.returncode}: {' '.join(argv)}\n{stderr.strip()}")
    cpu = usage.ru_utime + usage.ru_stime
    # ru_maxrss is in KiB on Linux.
    return wall, cpu, (hwm if hwm is not None else usage.ru_maxrss), stdout


def build(no_build):
    if not no_build:
        log("cargo build --release ...")
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    goc = os.environ.get("BENCH_GOC", os.path.join(RELEASE, "goc"))
    govm = os.environ.get("BENCH_GOVM", os.path.join(RELEASE, "govm"))
    for b in (goc, govm):
        if not os.path.exists(b):
            sys.exit(f"{b} is missing: run `cargo build --release`")
    return goc, govm


def programs(names):
    found = sorted(f[:-3] for f in os.listdir(BENCH) if f.endswith(".go"))
    if names:
        unknown = [n for n in names if n not in found]
        if unknown:
            sys.exit(f"unknown benchmark(s): {', '.join(unknown)} (have: {', '.join(found)})")
        return [n for n in found if n in names]
    return found


def directives(src):
    """The `// bench: ...` directives of src's first lines (before `package`):
    {"gomaxprocs": [values] or [None] (run with the environment as it is),
     "line_count": True when only the number of output lines is compared}."""
    d = {"gomaxprocs": [None], "line_count": False}
    with open(src) as f:
        for line in f:
            line = line.strip()
            if line.startswith("package "):
                break
            if line.startswith("// bench: gomaxprocs "):
                vals = line[len("// bench: gomaxprocs "):].split(",")
                d["gomaxprocs"] = [int(v) for v in vals if v.strip()]
            elif line == "// bench: compare line-count":
                d["line_count"] = True
            elif line.startswith("// bench:"):
                sys.exit(f"{src}: unknown directive {line!r}")
    return d


def measure(argv, reps, procs=None):
    env = dict(os.environ)
    if procs is not None:
        env["GOMAXPROCS"] = str(procs)
    times, cpus, rss, outputs = [], [], [], []
    for _ in range(reps):
        wall, cpu, maxrss, stdout = run_once(argv, env=env)
        times.append(wall)
        cpus.append(cpu)
        rss.append(maxrss)
        outputs.append(stdout)
    return {
        "median": statistics.median(times),
        "min": min(times),
        "cpu": statistics.median(cpus),
        "rss_mb": max(rss) / 1024.0,
        "outputs": outputs,
    }


def comparable(r, line_count):
    """What is compared of a result's outputs: the output itself (or the line
    count), or None when the runs disagree among themselves."""
    keys = {len(o.splitlines()) if line_count else o for o in r["outputs"]}
    return keys.pop() if len(keys) == 1 else None


def fmt_time(r, key="median"):
    return "-" if r is None else f"{r[key]:.3f}"


def fmt_ratio(a, b, key="median"):
    if a is None or b is None:
        return "-"
    if b[key] <= 0:
        return "inf" if a[key] > 0 else "-"
    ratio = a[key] / b[key]
    return f"{ratio:.2f}x" if ratio < 10 else f"{ratio:.1f}x"


def fmt_rss(r):
    return "-" if r is None else f"{r['rss_mb']:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("-n", "--reps", type=int, default=5, help="repetitions (default 5)")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build --release")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--boost", action="store_true",
                    help="run timed children in their own autogroup at nice -20 (root)")
    args = ap.parse_args()
    if args.reps < 1:
        sys.exit("--reps must be at least 1")
    global BOOST
    BOOST = args.boost
    if BOOST and not os.path.exists("/proc/self/autogroup"):
        sys.exit("--boost needs CFS autogroup (/proc/self/autogroup)")

    goc, govm = build(args.no_build)
    go = shutil.which("go")
    lua = shutil.which("lua5.4")
    if not go:
        log("note: `go` not installed; the go column stays empty")
    if not lua:
        log("note: `lua5.4` not installed; the lua column stays empty")
    os.makedirs(OUT, exist_ok=True)

    rows, problems, speedups, reported = [], [], [], []
    for name in programs(args.names):
        src = os.path.join(BENCH, name + ".go")
        gbc = os.path.join(OUT, name + ".gbc")
        exe = os.path.join(OUT, name + "-go")
        lua_src = os.path.join(BENCH, name + ".lua")
        try:
            subprocess.run([goc, "build", src, "-o", gbc], check=True)
        except subprocess.CalledProcessError as e:
            problems.append(f"{name}/goc: {e}")
            gbc = None
        go_ok = False
        if go:
            env = dict(os.environ, GO111MODULE="off")
            try:
                subprocess.run([go, "build", "-o", exe, src], check=True, env=env)
                go_ok = True
            except subprocess.CalledProcessError as e:
                problems.append(f"{name}/go build: {e}")
        d = directives(src)
        sweep = []
        for procs in d["gomaxprocs"]:
            label = name if procs is None else f"{name} P={procs}"
            res = {"govm": None, "go": None, "lua": None}
            if gbc:
                try:
                    log(f"{label}: govm x{args.reps}")
                    res["govm"] = measure([govm, "run", gbc], args.reps, procs)
                except RuntimeError as e:
                    problems.append(f"{label}/govm: {e}")
            if go_ok:
                try:
                    log(f"{label}: go x{args.reps}")
                    res["go"] = measure([exe], args.reps, procs)
                except RuntimeError as e:
                    problems.append(f"{label}/go: {e}")
            if lua and os.path.exists(lua_src):
                try:
                    log(f"{label}: lua x{args.reps}")
                    res["lua"] = measure([lua, lua_src], args.reps)
                except RuntimeError as e:
                    problems.append(f"{label}/lua: {e}")
            outs = {k: comparable(v, d["line_count"]) for k, v in res.items() if v is not None}
            if len(set(outs.values())) > 1 or None in outs.values():
                what = "output line counts" if d["line_count"] else "outputs"
                problems.append(f"{label}: {what} differ: {outs}")
            if d["line_count"]:
                for k, v in res.items():
                    for i, o in enumerate(v["outputs"] if v else []):
                        reported.append(f"{label} {k} run {i + 1}: " + "; ".join(o.splitlines()))
            rows.append((label, res))
            sweep.append((procs, res))
        if len(sweep) > 1 and not d["line_count"]:
            (p0, r0), (p1, r1) = sweep[0], sweep[-1]
            for k in ("govm", "go"):
                if r0[k] and r1[k] and r1[k]["median"] > 0:
                    speedups.append(f"{name} {k}: speed-up P={p0} -> P={p1}: "
                                    f"{r0[k]['median'] / r1[k]['median']:.2f}x (wall)")

    header = ["program", "govm s", "go s", "lua s", "govm/go", "govm/lua",
              "govm cpu", "go cpu", "lua cpu", "cpu govm/go", "cpu govm/lua",
              "govm MB", "go MB", "lua MB"]
    table = [header]
    for name, r in rows:
        g, n, lu = r["govm"], r["go"], r["lua"]
        table.append([name, fmt_time(g), fmt_time(n), fmt_time(lu),
                      fmt_ratio(g, n), fmt_ratio(g, lu),
                      fmt_time(g, "cpu"), fmt_time(n, "cpu"), fmt_time(lu, "cpu"),
                      fmt_ratio(g, n, "cpu"), fmt_ratio(g, lu, "cpu"),
                      fmt_rss(g), fmt_rss(n), fmt_rss(lu)])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print(f"median wall and CPU (user+sys) seconds of {args.reps} runs; "
          "peak RSS (MB) over the runs" + ("; --boost" if BOOST else ""))
    for i, row in enumerate(table):
        if args.markdown:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
            if i == 0:
                print("|" + "|".join("-" * (w + 1) + (":" if j else "-")
                                     for j, w in enumerate(widths)) + "|")
            continue
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print("  ".join(cells))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    for line in speedups:
        print(line)
    for line in reported:
        print(line)
    for p in problems:
        print("problem: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
