#!/usr/bin/env python3
"""Side-by-side benchmark of `appmix solve` and CBC on the OR-Library
set-cover instances in ../shared/benchmarks/setcover (see run.sh for usage).

For every instance both solvers get the same time limit and one thread; each
runs under /usr/bin/time -v for wall time and peak memory. CBC reads a CPLEX
LP file written by orlib_to_lp.py (conversion time is not counted). Prints one
row per instance and a summary; nothing here is run by ctest.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, stdout_path):
    """Runs command under /usr/bin/time -v; returns (wall seconds, peak RSS MiB, stdout)."""
    with open(stdout_path, "w") as out:
        done = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=out,
                              stderr=subprocess.PIPE, text=True)
    wall = rss = None
    for line in done.stderr.splitlines():
        if "Elapsed (wall clock)" in line:
            parts = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(p) * 60 ** k for k, p in enumerate(reversed(parts)))
        elif "Maximum resident set size" in line:
            rss = int(line.rsplit(" ", 1)[1]) / 1024
    with open(stdout_path) as handle:
        return wall, rss, handle.read()


def run_appmix(build, path, limit, work):
    wall, rss, text = timed([os.path.join(build, "appmix"), "solve", path, "--threads", "1",
                             "--time-limit", str(limit), "--format", "json"],
                            os.path.join(work, "appmix.json"))
    result = json.loads(text)
    return {"value": result["cost"], "bound": result["lower_bound"],
            "proven": result["optimal"], "seconds": wall, "rss": rss}


def run_cbc(path, limit, work):
    lp = os.path.join(work, os.path.basename(path).split(".")[0] + ".lp")
    subprocess.run([sys.executable, os.path.join(HERE, "orlib_to_lp.py"), path, lp], check=True)
    wall, rss, text = timed(["cbc", lp, "sec", str(limit), "threads", "1", "solve"],
                            os.path.join(work, "cbc.txt"))
    os.remove(lp)
    value = re.search(r"Objective value:\s+([-\d.e+]+)", text)
    bound = re.search(r"Lower bound:\s+([-\d.e+]+)", text)
    proven = "Result - Optimal solution found" in text
    value = round(float(value.group(1))) if value else None
    return {"value": value, "bound": value if proven else (float(bound.group(1)) if bound else None),
            "proven": proven, "seconds": wall, "rss": rss}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--time-limit", type=float, default=60)
    parser.add_argument("--only", default="", help="regular expression on instance names")
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"))
    parser.add_argument("--no-cbc", action="store_true")
    arguments = parser.parse_args()
    folder = os.path.join(arguments.shared, "benchmarks", "setcover")
    best = {}
    with open(os.path.join(folder, "optima.tsv")) as handle:
        next(handle)
        for line in handle:
            fields = line.split("\t")
            best[fields[0]] = (int(fields[3]), fields[4] == "yes")
    names = [n for n in best if re.search(arguments.only, n)]
    files = {n: f for f in os.listdir(folder) for n in names if f.split(".")[0] == n}
    header = ("instance", "best", "appmix", "bound", "proven", "sec", "MiB",
              "cbc", "bound", "proven", "sec", "MiB", "time ratio")
    print("%-9s %5s | %7s %8s %6s %7s %6s | %7s %8s %6s %7s %6s | %s" % header)
    rows = []
    with tempfile.TemporaryDirectory(prefix="appmix-bench-") as work:
        for name in names:
            path = os.path.join(folder, files[name])
            ours = run_appmix(arguments.build, path, arguments.time_limit, work)
            theirs = (None if arguments.no_cbc else run_cbc(path, arguments.time_limit, work))
            ratio = (ours["seconds"] / theirs["seconds"]) if theirs and theirs["seconds"] else None
            fmt = lambda r, key, spec: ("-" if r is None or r[key] is None else spec % r[key])
            print("%-9s %5d | %7s %8s %6s %7s %6s | %7s %8s %6s %7s %6s | %s" % (
                name, best[name][0], ours["value"], ours["bound"],
                "yes" if ours["proven"] else "no", "%.2f" % ours["seconds"], "%.0f" % ours["rss"],
                fmt(theirs, "value", "%d"), fmt(theirs, "bound", "%.2f"),
                "-" if theirs is None else ("yes" if theirs["proven"] else "no"),
                fmt(theirs, "seconds", "%.2f"), fmt(theirs, "rss", "%.0f"),
                "-" if ratio is None else "%.2f" % ratio), flush=True)
            rows.append((name, ours, theirs, ratio))
    ours_proven = sum(r[1]["proven"] for r in rows)
    within_one = sum(r[1]["value"] <= best[r[0]][0] + 1 for r in rows)
    summary = "summary: %d instances, appmix proved %d, within 1 of best known %d" % (
        len(rows), ours_proven, within_one)
    if not arguments.no_cbc and rows:
        cbc_proven = sum(r[2]["proven"] for r in rows)
        both = [r for r in rows if r[1]["proven"] and r[2]["proven"]]
        ratios = [r[3] for r in rows if r[3]]
        summary += "; cbc proved %d" % cbc_proven
        if both:
            summary += "; median seconds to proof (both proved, %d): appmix %.2f, cbc %.2f" % (
                len(both), statistics.median(r[1]["seconds"] for r in both),
                statistics.median(r[2]["seconds"] for r in both))
        summary += "; median time ratio appmix/cbc %.2f" % statistics.median(ratios)
        summary += "; median peak MiB appmix %.0f, cbc %.0f" % (
            statistics.median(r[1]["rss"] for r in rows), statistics.median(r[2]["rss"] for r in rows))
    print(summary)


if __name__ == "__main__":
    main()
