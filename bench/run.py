#!/usr/bin/env python3
"""Measures dpia in release mode and records the figures in docs/performance.md.

usage: bench/run.py [--runs N] [--sizes 1000,10000,100000] [--folders 1000,10000] [--no-write]

Builds `swift build -c release`, generates the synthetic questionnaires (bench/generate.py), then
times whole processes, each run separately, and reports the median wall time and the peak resident
memory: `dpia report` on every bundled case; `dpia lint` and `dpia report` on each synthetic size;
and, side by side in the same run, Python's C-accelerated YAML loader (PyYAML with libyaml,
CSafeLoader) parsing the same synthetic files; `dpia --version` beside `dpia report` on a bundled
case (the cost of starting and loading the embedded questionnaires); and `dpia register` and
`dpia recheck` on generated folders of answers files (copies of the bundled cases, 100 to a
subfolder). Nothing is sent over the network.
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


def measure(command, runs, cpu=None):
    """Median wall seconds and peak RSS (MiB) of `command` over `runs` separate processes; the CPU
    seconds (user and system) of each run are appended to `cpu` when given."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        if cpu is not None:
            cpu.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 2):
            sys.exit(f"error: {' '.join(command)} exited {code}")
    return statistics.median(times), max(peaks)


def answers_folder(n):
    """bench/generated/answers-N: N answers files, the bundled cases in turn, each with its own title,
    100 to a subfolder. Deterministic."""
    folder = os.path.join(ROOT, "bench", "generated", f"answers-{n}")
    cases_dir = os.path.join(ROOT, "questionnaires", "cases")
    cases = sorted(f for f in os.listdir(cases_dir) if f.endswith(".yaml"))
    texts = [open(os.path.join(cases_dir, c)).read() for c in cases]
    for i in range(n):
        sub = os.path.join(folder, f"unit-{i // 100:03d}")
        os.makedirs(sub, exist_ok=True)
        text = texts[i % len(texts)].replace("  processing: ", f"  processing: No. {i} - ", 1)
        path = os.path.join(sub, f"dpia-{i:05d}.yaml")
        if not os.path.exists(path) or open(path).read() != text:
            with open(path, "w") as f:
                f.write(text)
    return os.path.relpath(folder, ROOT)


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
    parser.add_argument("--folders", default="1000,10000")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-build", action="store_true", help="measure the release binary already built")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    folders = [int(s) for s in args.folders.split(",") if s]

    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "dpia"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), *map(str, sizes)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    rows = []
    # Side by side, alternating, so both see the same machine load.
    version_times, report_times, version_cpu, report_cpu = [], [], [], []
    for _ in range(max(args.runs, 15)):
        version_times.append(measure([DPIA, "--version"], 1, version_cpu)[0])
        report_times.append(measure([DPIA, "report", "questionnaires/cases/be-coc-clearview.yaml"], 1, report_cpu)[0])
    version, start_report = statistics.median(version_times), statistics.median(report_times)
    # CPU time as well: on a shared machine, waiting for a core inflates wall times, not CPU times.
    version_cpu, report_cpu = statistics.median(version_cpu), statistics.median(report_cpu)
    rows.append(("start", "`dpia --version`", version, measure([DPIA, "--version"], 1)[1]))
    print(f"--version {version * 1000:.0f} ms, report {start_report * 1000:.0f} ms", file=sys.stderr)
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

    many = []
    for n in folders:
        folder = answers_folder(n)
        runs = args.runs if n <= 1000 else max(1, args.runs // 3)
        register = measure([DPIA, "register", folder], runs)
        recheck = measure([DPIA, "recheck", folder, "--date", "2027-12-02"], runs)
        many.append((n, register, recheck))
        print(f"{n} files: register {register[0]:.2f} s, recheck {recheck[0]:.2f} s", file=sys.stderr)

    lines = [
        f"`dpia report` be-coc-clearview.yaml / `dpia --version`, side by side: {start_report * 1000:.0f} ms / "
        f"{version * 1000:.0f} ms = {start_report / version:.2f} (goal at most 1.7); CPU time (user and system):"
        f" {report_cpu * 1000:.0f} ms / {version_cpu * 1000:.0f} ms = {report_cpu / max(version_cpu, 1e-6):.2f}.",
        "",
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
    if many:
        lines += ["", "| answers files | `dpia register` (goal for 1,000: under 1 s) | `dpia recheck --date 2027-12-02`"
                  " (goal for 1,000: under 2 s) |", "|---|---|---|",
                  *[f"| {n:,} | {reg[0]:.2f} s, {reg[1]:.0f} MiB | {rec[0]:.2f} s, {rec[1]:.0f} MiB |"
                    for n, reg, rec in many]]
        if len(many) > 1:
            first, last = many[0], many[-1]
            lines += ["", f"From {first[0]:,} to {last[0]:,} files ({last[0] / first[0]:.0f}x): register time "
                      f"x{last[1][0] / first[1][0]:.1f}, recheck time x{last[2][0] / first[2][0]:.1f} (goal at most x12)."]
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
