#!/usr/bin/env python3
"""Benchmark of `recommend --frontier` and `recommend --margins`, with CBC side by side.

Targets (issue: the cost-apps frontier and decision margins): the whole
frontier of a 500-app inventory and the margins of every product of a
200-app inventory each in under 10 s; at 5,000 apps, margins bounded for
every product in under 10 s.

For each case it generates one inventory with build/bench/gen_inventory
(40 units, 800 capabilities, the given shape and seed; review date
2026-01-15), then, RUNS times
(default 3), times the whole `appmix recommend` process with and without the
option (the difference is what the option costs). Beside it, CBC solves the
same questions from the `--emit-model` LP, one process per question, one
thread:
  - frontier: the LP plus the cardinality row `sum of all products <= k`,
    for every k appmix reports; CBC's optimum must equal appmix's cost when
    proven, else lie between appmix's bound and cost;
  - margins: the LP plus a row fixing one product to the opposite of the
    recommendation; CBC's optimum minus cost.after must equal a proven price
    and be at least an unproven one (a lower bound); a flip CBC finds
    infeasible must be one appmix calls required.
CBC's time is the sum over its processes (a sample of products when there
are more than --sample; then also scaled to all of them). Prints figures
only; asserts nothing.

usage: bench/frontier_margins.py BUILD_DIR [--runs N] [--seed S] [--sample N]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

# The same questions the end-to-end test asks CBC.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "tests"))
import lp_questions as lp  # noqa: E402


def timed(command):
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def generate(generator, apps, shape, seed, path):
    with open(path, "w") as out:
        subprocess.run([generator, "--apps", str(apps), "--units", "40", "--capabilities", "800",
                        "--seed", str(seed), "--shape", shape], stdout=out, check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=200,
                        help="frontier points or margins CBC checks per case, the first ones "
                             "(default 200; its time is then scaled to all)")
    args = parser.parse_args()
    appmix = os.path.join(args.build, "appmix")
    generator = os.path.join(args.build, "bench", "gen_inventory")
    cbc = shutil.which("cbc")
    scratch = tempfile.mkdtemp(prefix="appmix-bench-")
    cases = [("frontier", 500, "standard"), ("frontier", 500, "families"),
             ("frontier", 5000, "standard"), ("frontier", 5000, "families"),
             ("margins", 200, "standard"), ("margins", 200, "families"),
             ("margins", 5000, "standard"), ("margins", 5000, "families")]
    try:
        print(f"appmix recommend --frontier / --margins vs cbc "
              f"{'(not installed)' if not cbc else '(one thread, one process per question)'}; "
              f"appmix: median of {args.runs} whole runs, --threads 1, seed {args.seed}")
        print("| option | shape | apps | appmix s (with option) | appmix s (without) | "
              "questions | proven | cbc s | cbc agrees | ratio |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---|---:|")
        for option, apps, shape in cases:
            path = os.path.join(scratch, f"{shape}{apps}.yaml")
            generate(generator, apps, shape, args.seed, path)
            model = os.path.join(scratch, "model.lp")
            out = os.path.join(scratch, "review.json")
            base = [appmix, "recommend", path, "--format", "json", "--threads", "1", "--quiet",
                    "--as-of", "2026-01-15"]
            subprocess.run(base + ["--emit-model", model, "-o", out, f"--{option}"], check=True)
            review = json.load(open(out), parse_float=Decimal)
            with_option, without = [], []
            for _ in range(args.runs):
                with_option.append(timed(base + [f"--{option}", "-o", out]))
                without.append(timed(base + ["-o", os.devnull]))
            text = open(model).read()
            names, decimals = lp.variables(text), lp.exponent(text)
            after = lp.minor(review["cost"]["after"], decimals)
            if option == "frontier":
                items = review["frontier"]
                proven = sum(1 for p in items if p["proven"])
            else:
                items = review["margins"]
                proven = sum(1 for m in items if m["proven"] or m["required"])
            cbc_seconds, agree, asked = 0.0, True, 0
            for item in items[: args.sample] if cbc else []:
                row = (lp.cap_row(names, item["apps"]) if option == "frontier"
                       else lp.flip_row(names, item["id"], item["decision"]))
                value, seconds = lp.cbc_optimum(cbc, lp.with_row(text, row), scratch)
                cbc_seconds += seconds
                asked += 1
                if option == "frontier":
                    cost = lp.minor(item["cost"], decimals)
                    bound = lp.minor(item["lower_bound"], decimals)
                    good = (value == cost if item["proven"]
                            else value is not None and bound <= value <= cost)
                elif item["required"]:
                    good = value is None
                elif value is None:
                    good = False
                else:
                    mine = lp.minor(item["price"], decimals)
                    good = value - after == mine if item["proven"] else value - after >= mine
                if not good:
                    agree = False
                    print(f"  {item}: cbc {value}, cost.after {after}", file=sys.stderr)
            if asked and asked < len(items):
                cbc_seconds = cbc_seconds * len(items) / asked
            a = statistics.median(with_option)
            b = statistics.median(without)
            sampled = f" ({asked} checked, time scaled)" if cbc and asked < len(items) else ""
            row = [f"--{option}", shape, f"{apps:,}", f"{a:.2f}", f"{b:.2f}", f"{len(items):,}",
                   f"{proven:,}", f"{cbc_seconds:.2f}" if cbc else "",
                   ("yes" if agree else "NO") + sampled if cbc else "",
                   f"{a / cbc_seconds:.3f}" if cbc and cbc_seconds > 0 else ""]
            print("| " + " | ".join(row) + " |", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
