#!/usr/bin/env python3
"""Benchmark of `appmix batch` and `appmix diff` (issue 12 targets).

batch: COUNT (default 1,000) generated inventories of about 40 apps each
(build/bench/gen_inventory --apps 40 --units 4 --capabilities 60, seeds 1..COUNT,
as bench/recommend.py generates its inventories), run with --threads 1 and
--threads 2, RUNS times each (default 3), alternating so both see the same
machine load. Prints the median wall time of each and the speed-up.
Targets: under 10 s with 2 threads on a 2-core machine; 2 threads at least
1.7 times as fast as 1.

diff: two inventories of 5,000 apps (gen_inventory --preset check, seed 1),
the second with every 50th app's annual cost raised by a tenth and every
100th app renamed, `appmix diff --format json`. Target: under 2 s.

Runs go through measure.py (wall time, peak RSS of the child only). Prints
figures only; asserts nothing.

usage: bench/batch_diff.py BUILD_DIR [--count 1000] [--runs 3] [--apps 40]
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile


def measure(command):
    """(wall s, peak RSS MiB, exit code, CPU s): CPU is user + system of the
    command (and of measure.py, a few milliseconds), so a loaded machine can
    be told apart from a slow program."""
    here = os.path.dirname(os.path.abspath(__file__))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, os.path.join(here, "measure.py")] + command,
                            capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    wall, kib, code = result.stdout.split()
    return float(wall), int(kib) / 1024, code, cpu


def changed_copy(source, target):
    """Every 50th app costs a tenth more and every 100th gets a new name
    (ids stay, so every reference still resolves and NEW is valid)."""
    out, section, app = [], None, 0
    for line in open(source):
        if line[:1].isalpha():
            section = line.split(":")[0]
        elif section == "apps" and line.startswith("  - "):
            app += 1
        if section == "apps" and app % 50 == 0:
            line = re.sub(r"annual: (\d+)", lambda m: f"annual: {int(m.group(1)) * 11 // 10}", line)
        if section == "apps" and app % 100 == 0:
            line = re.sub(r"name: (.*)", r"name: \1 (renamed)", line)
        out.append(line)
    open(target, "w").writelines(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--apps", type=int, default=40)
    args = parser.parse_args()
    appmix = os.path.join(args.build, "appmix")
    generator = os.path.join(args.build, "bench", "gen_inventory")
    scratch = tempfile.mkdtemp(prefix="appmix-bench-batch-")
    try:
        folder = os.path.join(scratch, "inventories")
        os.mkdir(folder)
        apps = 0
        for seed in range(1, args.count + 1):
            path = os.path.join(folder, f"org{seed:05}.yaml")
            with open(path, "w") as out:
                subprocess.run([generator, "--apps", str(args.apps), "--units", "4",
                                "--capabilities", "60", "--seed", str(seed)], stdout=out,
                               check=True)
        print(f"batch: {args.count} inventories of {args.apps} apps; median of {args.runs}; "
              f"{os.cpu_count()} cores")
        runs = {1: [], 2: []}
        for _ in range(args.runs):
            for threads in (1, 2):
                output = os.path.join(scratch, f"batch{threads}.csv")
                runs[threads].append(measure([appmix, "batch", "--quiet", "--each", folder,
                                              "--threads", str(threads), "-o", output]))
        for threads in (1, 2):
            walls = [r[0] for r in runs[threads]]
            print(f"  --threads {threads}: median {statistics.median(walls):.2f} s "
                  f"(min {min(walls):.2f}, max {max(walls):.2f}), "
                  f"CPU {statistics.median(r[3] for r in runs[threads]):.2f} s, "
                  f"peak RSS {max(r[1] for r in runs[threads]):.0f} MiB, "
                  f"exit {runs[threads][0][2]}")
        speedup = statistics.median(r[0] for r in runs[1]) / statistics.median(
            r[0] for r in runs[2])
        print(f"  speed-up 2 threads vs 1: {speedup:.2f}x (load average before: "
              f"{os.getloadavg()[0]:.1f})")

        old = os.path.join(scratch, "old.yaml")
        new = os.path.join(scratch, "new.yaml")
        with open(old, "w") as out:
            subprocess.run([generator, "--preset", "check", "--seed", "1"], stdout=out, check=True)
        changed_copy(old, new)
        diff_runs = [measure([appmix, "diff", "--format", "json", old, new, "-o",
                              os.path.join(scratch, "diff.json")]) for _ in range(args.runs)]
        walls = [r[0] for r in diff_runs]
        print(f"diff: two inventories of 5,000 apps; median {statistics.median(walls):.2f} s "
              f"(min {min(walls):.2f}, max {max(walls):.2f}), "
              f"CPU {statistics.median(r[3] for r in diff_runs):.2f} s, peak RSS "
              f"{max(r[1] for r in diff_runs):.0f} MiB, exit {diff_runs[0][2]}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
