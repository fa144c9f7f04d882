#!/usr/bin/env python3
"""Measures dpia in release mode and records the figures in docs/performance.md.

usage: bench/run.py [--runs N] [--sizes 1000,10000,100000] [--no-write]

Builds `swift build -c release`, generates the synthetic questionnaires (bench/generate.py), then
times whole processes, each run separately, and reports the median wall time and the peak resident
memory: `dpia report` on every bundled case; `dpia lint` and `dpia report` on each synthetic size;
and, side by side in the same run, Python's C-accelerated YAML loader (PyYAML with libyaml,
CSafeLoader) parsing the same synthetic files. Nothing is sent over the network.
"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DPIA = os.path.join(ROOT, ".build", "release", "dpia")


def measure(command, runs):
    """Median wall seconds and peak RSS (MiB) of `command` over `runs` separate processes."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 2):
            sys.exit(f"error: {' '.join(command)} exited {code}")
    return statistics.median(times), max(peaks)


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {swift[0] if swift else 'swift ?'}; Python {platform.python_version()}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    subprocess.run(["swift", "build", "-c", "release", "--product", "dpia"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), *map(str, sizes)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    rows = []
    cases = sorted(f for f in os.listdir(os.path.join(ROOT, "questionnaires", "cases")) if f.endswith(".yaml"))
    for case in cases:
        t, m = measure([DPIA, "report", f"questionnaires/cases/{case}"], args.runs)
        rows.append(("bundled case", f"`dpia report` {case}", t, m))
        print(f"{case}: {t * 1000:.0f} ms", file=sys.stderr)
    t, m = measure([DPIA, "lint"], args.runs)
    rows.append(("bundled content", "`dpia lint` (all layers and cases)", t, m))

    scaling = []
    for n in sizes:
        folder = f"bench/generated/{n}"
        questionnaire = f"{folder}/questionnaire.yaml"
        size = os.path.getsize(os.path.join(ROOT, questionnaire)) / 1e6
        lint = measure([DPIA, "lint", questionnaire], args.runs)
        report = measure([DPIA, "report", f"{folder}/cases/answers.yaml", "--questionnaires", folder], args.runs)
        pyyaml = measure([sys.executable, "-c",
                          "import sys, yaml; yaml.load(open(sys.argv[1]), Loader=yaml.CSafeLoader)",
                          questionnaire], args.runs)
        scaling.append((n, size, lint, report, pyyaml))
        print(f"{n}: lint {lint[0]:.2f} s, report {report[0]:.2f} s, PyYAML {pyyaml[0]:.2f} s", file=sys.stderr)

    lines = [
        "| what | command | median wall time | peak memory |",
        "|---|---|---|---|",
        *[f"| {kind} | {what} | {t * 1000:.0f} ms | {m:.0f} MiB |" for kind, what, t, m in rows],
        "",
        "| questions | file | `dpia lint` | `dpia report` | PyYAML CSafeLoader parse | lint / PyYAML |",
        "|---|---|---|---|---|---|",
        *[f"| {n:,} | {size:.1f} MB | {lint[0]:.2f} s, {lint[1]:.0f} MiB | {report[0]:.2f} s, {report[1]:.0f} MiB"
          f" | {py[0]:.2f} s, {py[1]:.0f} MiB | {lint[0] / py[0]:.2f} |" for n, size, lint, report, py in scaling],
    ]
    if len(scaling) > 1:
        first, last = scaling[0], scaling[-1]
        factor = last[0] / first[0]
        lines += ["", f"From {first[0]:,} to {last[0]:,} questions ({factor:.0f}x): lint time x{last[2][0] / first[2][0]:.1f}, "
                  f"report time x{last[3][0] / first[3][0]:.1f}."]
    table = "\n".join(lines)
    stamp = f"Measured {datetime.date.today().isoformat()} on {machine()}; median of {args.runs} runs, each a whole process."
    print(stamp + "\n\n" + table)
    if not args.no_write:
        path = os.path.join(ROOT, "docs", "performance.md")
        with open(path) as f:
            doc = f.read()
        begin, end = "<!-- figures:begin -->", "<!-- figures:end -->"
        head, rest = doc.split(begin, 1)
        _, tail = rest.split(end, 1)
        with open(path, "w") as f:
            f.write(f"{head}{begin}\n{stamp}\n\n{table}\n{end}{tail}")
        print(f"wrote {os.path.relpath(path, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
