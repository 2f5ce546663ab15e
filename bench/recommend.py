#!/usr/bin/env python3
"""Benchmark of `appmix recommend` on generated inventories, with CBC side by side.

For each size (default 500, 5,000 and 20,000 apps; 40 units, 800
capabilities) it generates one inventory with build/bench/gen_inventory
(`--shape families`: the near-duplicate families of issue 17, with contract
dates and a review date so the Time money is on; default sizes 5,000 and
20,000, and no bundled examples),
writes the model with `recommend --emit-model`, then runs RUNS times (default
3), alternating so both see the same machine load:
  - appmix recommend (whole process: load, validate, model, solve, plan, write JSON)
  - cbc MODEL.lp (whole process, one thread: read the LP, solve)
and prints, per size: median wall time, peak RSS, whether the optimum was
proven, the costs (appmix's cost.after against CBC's objective, both in minor
units), and the time ratio appmix/cbc. Also the bundled examples (target:
under 0.1 s each). Prints figures only; it asserts nothing.

usage: bench/recommend.py BUILD_DIR [--runs N] [--sizes 500,5000,20000] [--threads N]
                           [--shape standard|families] [--seed S] [--no-examples]
"""
import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal


def measure(command, stdout_path=None):
    """Runs command; returns (wall seconds, peak RSS MiB, exit code, stdout text)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    # A fresh python child measures each run's own peak: run through measure.py.
    here = os.path.dirname(os.path.abspath(__file__))
    result = subprocess.run([sys.executable, os.path.join(here, "measure.py")] + command,
                            capture_output=True, text=True,
                            env=dict(os.environ, MEASURE_STDOUT=stdout_path or os.devnull))
    wall, kib, code = result.stdout.split()
    return float(wall), int(kib) / 1024, code


def cbc_objective(lp, log):
    text = open(log).read()
    match = re.search(r"^Objective value:\s+([-0-9.e+]+)", text, re.M)
    proven = "Optimal solution found" in text
    return (round(float(match.group(1))) if match else None), proven


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", help="default 500,5000,20000 (families: 5000,20000)")
    parser.add_argument("--shape", choices=("standard", "families"), default="standard")
    parser.add_argument("--no-examples", action="store_true")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.sizes is None:
        args.sizes = "5000,20000" if args.shape == "families" else "500,5000,20000"
    examples = args.shape == "standard" and not args.no_examples
    appmix = os.path.join(args.build, "appmix")
    generator = os.path.join(args.build, "bench", "gen_inventory")
    cbc = shutil.which("cbc")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    scratch = tempfile.mkdtemp(prefix="appmix-bench-")
    try:
        print(f"appmix recommend vs cbc {'(not installed)' if not cbc else '(one thread)'}; "
              f"median of {args.runs}; appmix --threads {args.threads}")
        print("| inventory | apps | appmix s | appmix MiB | proven | levels | cbc s | cbc MiB | "
              "cbc proven | cost.after = cbc | ratio |")
        print("|---|---:|---:|---:|---|---:|---:|---:|---|---|---:|")
        cases = [(f"examples/{name}", os.path.join(root, "inventory-examples", name), None)
                 for name in ("small.yaml", "retail-bank.yaml", "telco") if examples]
        for size in [int(s) for s in args.sizes.split(",")]:
            path = os.path.join(scratch, f"gen{size}.yaml")
            with open(path, "w") as out:
                subprocess.run([generator, "--apps", str(size), "--units", "40", "--capabilities",
                                "800", "--seed", str(args.seed), "--shape", args.shape],
                               stdout=out, check=True)
            cases.append((f"{args.shape} seed {args.seed}", path, size))
        for label, path, size in cases:
            lp = os.path.join(scratch, "model.lp")
            review_path = os.path.join(scratch, "review.json")
            appmix_command = [appmix, "recommend", path, "--format", "json", "-o", review_path,
                              "--threads", str(args.threads)]
            subprocess.run(appmix_command + ["--emit-model", lp], check=True)
            appmix_runs, cbc_runs = [], []
            cbc_value, cbc_proven = None, False
            for _ in range(args.runs):
                appmix_runs.append(measure(appmix_command))
                if cbc:
                    log = os.path.join(scratch, "cbc.log")
                    cbc_runs.append(measure([cbc, lp, "threads", "1", "solve", "quit"], log))
                    cbc_value, cbc_proven = cbc_objective(lp, log)
            review = json.load(open(review_path), parse_float=Decimal)
            exponent = int(re.search(r"\(10\^-(\d+)\)", open(lp).read()).group(1))
            after = int(Decimal(review["cost"]["after"]) * 10 ** exponent)
            apps = review["apps"]["before"]
            a_wall = statistics.median(r[0] for r in appmix_runs)
            a_mib = max(r[1] for r in appmix_runs)
            row = [label, f"{apps:,}", f"{a_wall:.3f}", f"{a_mib:.0f}",
                   "yes" if review["status"] == "optimal" else "no",
                   f"{review['tie_break']['levels_proven']}/{len(review['tie_break']['order'])}"]
            if cbc_runs:
                c_wall = statistics.median(r[0] for r in cbc_runs)
                c_mib = max(r[1] for r in cbc_runs)
                row += [f"{c_wall:.3f}", f"{c_mib:.0f}", "yes" if cbc_proven else "no",
                        "yes" if cbc_value == after else f"no ({after} vs {cbc_value})",
                        f"{a_wall / c_wall:.2f}"]
            else:
                row += ["", "", "", "", ""]
            print("| " + " | ".join(row) + " |", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
