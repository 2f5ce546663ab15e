#!/usr/bin/env python3
"""Side-by-side benchmark of `appmix solve` and CBC on the OR-Library
set-cover instances (see run.sh for usage). The instances are J. E.
Beasley's OR-Library files in a folder given with --instances, with an
optima.tsv beside them: a tab-separated table with a header line and the
columns instance, rows, cols, best_known, proven (yes/no), layout (the best
known cost of each instance, from the literature; see docs/solve.md).

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
    parser.add_argument("--instances", required=True,
                        help="folder of OR-Library files (scp41.txt.gz, rail507.gz, ...) and "
                             "their optima.tsv")
    parser.add_argument("--no-cbc", action="store_true")
    parser.add_argument("--markdown", help="also write the table as Markdown to this file")
    arguments = parser.parse_args()
    folder = arguments.instances
    best = {}
    table = os.path.join(folder, "optima.tsv")
    if not os.path.isfile(table):
        sys.exit(f"run.py: {table} is missing: --instances names a folder of OR-Library files "
                 "with their optima.tsv")
    with open(table) as handle:
        next(handle)
        for line in handle:
            fields = line.split("\t")
            best[fields[0]] = (int(fields[3]), fields[4] == "yes")
    files = {n: f for f in os.listdir(folder) for n in best if f.split(".")[0] == n}
    names = [n for n in best if re.search(arguments.only, n) and n in files]
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
    for line in target_lines(rows, best, arguments.time_limit, arguments.no_cbc):
        print(line)
    if arguments.markdown:
        write_markdown(arguments.markdown, rows, best, summary)


# The classes that issue 4 asks to be proven optimal (4, 5, 6, A-E); NRE-NRH
# and rail are judged by the value reached only.
PROOF_CLASSES = re.compile(r"^scp([456]\d*|[a-e]\d)$")


def time_to_proof(result):
    return result["seconds"] if result and result["proven"] else float("inf")


def target_lines(rows, best, limit, no_cbc):
    """The must-reach checks of the solver issue, as figures."""
    lines = []
    proof_rows = [r for r in rows if PROOF_CLASSES.match(r[0])]
    if proof_rows:
        slow = [r[0] for r in proof_rows if not r[1]["proven"] or r[1]["seconds"] >= 10]
        slowest = max(proof_rows, key=lambda r: time_to_proof(r[1]))
        line = "targets: classes 4-E proven under 10 s: %d of %d (slowest %s %s)" % (
            len(proof_rows) - len(slow), len(proof_rows), slowest[0],
            "%.2f s" % slowest[1]["seconds"] if slowest[1]["proven"] else "unproven")
        if slow:
            line += "; not: " + ", ".join(slow)
        if not no_cbc:
            # An instance a solver did not prove counts as never proven.
            ours = statistics.median(time_to_proof(r[1]) for r in proof_rows)
            theirs = statistics.median(time_to_proof(r[2]) for r in proof_rows)
            line += "; median time to proof appmix %.2f s, cbc %.2f s (ratio %.2f)" % (
                ours, theirs, ours / theirs if theirs not in (0, float("inf")) else float("nan"))
        lines.append(line)
    misses = ["%s %d (best %d)" % (r[0], r[1]["value"], best[r[0]][0]) for r in rows
              if r[1]["value"] > best[r[0]][0] + 1]
    lines.append("targets: within 1 of best known in %g s: %d of %d%s" % (
        limit, len(rows) - len(misses), len(rows), "; misses: " + ", ".join(misses) if misses else ""))
    if not no_cbc:
        heavier = ["%s %.0f > %.0f MiB" % (r[0], r[1]["rss"], r[2]["rss"]) for r in rows
                   if r[2]["rss"] is not None and r[1]["rss"] > r[2]["rss"]]
        lines.append("targets: peak memory no more than cbc's: %d of %d%s" % (
            len(rows) - len(heavier), len(rows), "; not: " + ", ".join(heavier) if heavier else ""))
    return lines


def write_markdown(path, rows, best, summary):
    def cell(result, key, spec):
        return "-" if result is None or result[key] is None else spec % result[key]

    with open(path, "w") as out:
        out.write("| instance | best | appmix | bound | proven | s | MiB "
                  "| cbc | cbc bound | cbc proven | cbc s | cbc MiB | ratio |\n")
        out.write("|---|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|\n")
        for name, ours, theirs, ratio in rows:
            out.write("| %s | %d | %d | %d | %s | %.2f | %.0f | %s | %s | %s | %s | %s | %s |\n" % (
                name, best[name][0], ours["value"], ours["bound"],
                "yes" if ours["proven"] else "no", ours["seconds"], ours["rss"],
                cell(theirs, "value", "%d"), cell(theirs, "bound", "%.2f"),
                "-" if theirs is None else ("yes" if theirs["proven"] else "no"),
                cell(theirs, "seconds", "%.2f"), cell(theirs, "rss", "%.0f"),
                "-" if ratio is None else "%.2f" % ratio))
        out.write("\n" + summary + "\n")


if __name__ == "__main__":
    main()
