#!/usr/bin/env python3
"""Benchmark of `recommend --frontier` and `recommend --margins`, with CBC side by side.

Targets (issue: the cost-apps frontier and decision margins): the whole
frontier of a 500-app inventory and the margins of every product of a
200-app inventory each in under 10 s; at 5,000 apps, margins bounded for
every product in under 10 s.

For each case it generates one inventory with build/bench/gen_inventory
(40 units, 800 capabilities, the given shape and seed), then, RUNS times
(default 3), times the whole `appmix recommend` process with and without the
option (the difference is what the option costs). Beside it, CBC solves the
same questions from the `--emit-model` LP, one process per question, one
thread:
  - frontier: the LP plus the cardinality row `sum of all products <= k`,
    for every k appmix reports; CBC's optimum must equal appmix's cost;
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
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal


def timed(command, stdout=None):
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=stdout or subprocess.DEVNULL)
    return time.monotonic() - start


def lp_variables(lp_text):
    """The product variables, from the Binary section (one a line)."""
    binaries = lp_text.split("\nBinary\n", 1)[1].split("\nEnd", 1)[0]
    return [line.strip() for line in binaries.splitlines()
            if line.strip().startswith(("keep_", "add_"))]


def sum_row(name, variables, sense):
    """A row over many variables, wrapped like the LP appmix writes (lines
    of at most about 200 characters, each continuation starting with +)."""
    lines, line = [], f"{name}: {variables[0]}"
    for variable in variables[1:]:
        if len(line) > 180:
            lines.append(line)
            line = "   "
        line += f" + {variable}"
    lines.append(line + f" {sense}")
    return "\n ".join(lines)


def with_rows(lp_text, rows):
    head, tail = lp_text.split("\nBounds\n", 1)
    return head + "\n" + "\n".join(" " + row for row in rows) + "\nBounds\n" + tail


def cbc_solve(cbc, lp_text, scratch):
    path = os.path.join(scratch, "question.lp")
    with open(path, "w") as out:
        out.write(lp_text)
    start = time.monotonic()
    result = subprocess.run([cbc, path, "threads", "1", "solve", "quit"], capture_output=True,
                            text=True)
    seconds = time.monotonic() - start
    if "infeasible" in result.stdout.lower() and "Objective value" not in result.stdout:
        return None, seconds
    match = re.search(r"^Objective value:\s+([-0-9.e+]+)", result.stdout, re.M)
    return (round(float(match.group(1))) if match else None), seconds


def generate(generator, apps, shape, seed, path):
    with open(path, "w") as out:
        subprocess.run([generator, "--apps", str(apps), "--units", "40", "--capabilities", "800",
                        "--seed", str(seed), "--shape", shape], stdout=out, check=True)


def minor(value, exponent):
    return int(Decimal(str(value)) * 10 ** exponent)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=200,
                        help="products whose margin CBC checks (default 200)")
    args = parser.parse_args()
    appmix = os.path.join(args.build, "appmix")
    generator = os.path.join(args.build, "bench", "gen_inventory")
    cbc = shutil.which("cbc")
    scratch = tempfile.mkdtemp(prefix="appmix-bench-")
    cases = [("frontier", 500, "standard"), ("frontier", 500, "families"),
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
            lp = os.path.join(scratch, "model.lp")
            out = os.path.join(scratch, "review.json")
            base = [appmix, "recommend", path, "--format", "json", "--threads", "1", "--quiet"]
            subprocess.run(base + ["--emit-model", lp, "-o", out, f"--{option}"], check=True)
            review = json.load(open(out), parse_float=Decimal)
            with_option, without = [], []
            for _ in range(args.runs):
                with_option.append(timed(base + [f"--{option}", "-o", out]))
                without.append(timed(base + ["-o", os.devnull]))
            lp_text = open(lp).read()
            exponent = int(re.search(r"\(10\^-(\d+)\)", lp_text).group(1))
            after = minor(review["cost"]["after"], exponent)
            variables = lp_variables(lp_text)
            if option == "frontier":
                items = review["frontier"]
                proven = sum(1 for p in items if p["proven"])
            else:
                items = review["margins"]
                proven = sum(1 for m in items if m["proven"] or m["required"])
            cbc_seconds, agree, asked = 0.0, True, 0
            if cbc:
                if option == "frontier":
                    for point in items:
                        card = sum_row("card", variables, f"<= {point['apps']}")
                        value, seconds = cbc_solve(cbc, with_rows(lp_text, [card]), scratch)
                        cbc_seconds += seconds
                        asked += 1
                        if value != minor(point["cost"], exponent):
                            agree = False
                            print(f"  k={point['apps']}: appmix {point['cost']} vs cbc {value}",
                                  file=sys.stderr)
                else:
                    by_name = {}
                    for name in variables:
                        by_name[name.split("_", 1)[1]] = name
                    sample = items[: args.sample]
                    for margin in sample:
                        name = by_name[margin["id"].replace("-", "_")]
                        opposite = 0 if margin["decision"] in ("keep", "add") else 1
                        value, seconds = cbc_solve(
                            cbc, with_rows(lp_text, [f"flip: {name} = {opposite}"]), scratch)
                        cbc_seconds += seconds
                        asked += 1
                        if margin["required"]:
                            ok = value is None
                        elif value is None:
                            ok = False
                        else:
                            price = value - after
                            mine = minor(margin["price"], exponent)
                            ok = price == mine if margin["proven"] else price >= mine
                        if not ok:
                            agree = False
                            print(f"  {margin['id']}: appmix {margin} vs cbc {value} "
                                  f"(cost.after {after})", file=sys.stderr)
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
