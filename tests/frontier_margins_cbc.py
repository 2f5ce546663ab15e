#!/usr/bin/env python3
"""recommend --frontier and --margins on the bundled inventories, checked by
CBC on the model --emit-model writes: every frontier point is CBC's optimum
with the cap on the number of products; every margin is CBC's optimum with
that product flipped minus cost.after (exactly when proven, at least that
when a bound), and a required product's flip is infeasible for CBC. Also:
the same output for 1 and 2 threads. Exit 77 (skip) without cbc.

usage: frontier_margins_cbc.py APPMIX_BINARY REPO_ROOT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lp_questions as lp  # noqa: E402


def main():
    appmix, root = sys.argv[1], sys.argv[2]
    cbc = shutil.which("cbc")
    failures = 0
    scratch = tempfile.mkdtemp(prefix="appmix-frontier-")
    try:
        for inventory in ("small.yaml", "retail-bank.yaml", "telco"):
            path = os.path.join(root, "inventory-examples", inventory)
            outputs = []
            for threads in ("1", "2"):
                out = os.path.join(scratch, f"review{threads}.json")
                subprocess.run([appmix, "recommend", path, "--as-of", "2026-01-15", "--frontier",
                                "--margins", "--threads", threads, "--format", "json", "-o", out,
                                "--emit-model", os.path.join(scratch, "model.lp"), "--quiet"],
                               check=True)
                review = json.load(open(out))
                review["statistics"]["seconds"] = 0
                outputs.append(review)
            if outputs[0] != outputs[1]:
                print(f"FAIL: {inventory}: --frontier --margins differ between 1 and 2 threads")
                failures += 1
            review = outputs[0]
            frontier, margins = review["frontier"], review["margins"]
            ok = (len(frontier) >= 1 and frontier[-1]["apps"] == review["apps"]["after"]
                  and all(a["cost"] >= b["cost"] for a, b in zip(frontier, frontier[1:])))
            print(f"{'ok' if ok else 'FAIL'}: {inventory}: the frontier ends at the "
                  "recommendation and never rises")
            failures += not ok
            if not cbc:
                continue
            text = open(os.path.join(scratch, "model.lp")).read()
            names, decimals = lp.variables(text), lp.exponent(text)
            after = lp.minor(review["cost"]["after"], decimals)
            for point in frontier:
                value, _ = lp.cbc_optimum(cbc, lp.with_row(text, lp.cap_row(names, point["apps"])),
                                          scratch)
                if value != lp.minor(point["cost"], decimals) or not point["proven"]:
                    print(f"FAIL: {inventory}: at most {point['apps']} apps: appmix {point}, "
                          f"cbc {value}")
                    failures += 1
            print(f"ok: {inventory}: {len(frontier)} frontier points checked with cbc")
            for margin in margins:
                value, _ = lp.cbc_optimum(
                    cbc, lp.with_row(text, lp.flip_row(names, margin["id"], margin["decision"])),
                    scratch)
                if margin["required"]:
                    good = value is None
                elif value is None:
                    good = False
                else:
                    price = value - after
                    mine = lp.minor(margin["price"], decimals)
                    good = price == mine if margin["proven"] else price >= mine
                if not good:
                    print(f"FAIL: {inventory}: {margin}: cbc {value}, cost.after {after}")
                    failures += 1
            print(f"ok: {inventory}: {len(margins)} margins checked with cbc")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if not cbc:
        print("SKIP: cbc not installed; the frontier and margins were not checked with it")
        return 1 if failures else 77
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
