#!/usr/bin/env bash
# End-to-end cross-checks of `appmix recommend` on the bundled inventories:
#  1. determinism: the JSON is byte-identical across runs and thread counts
#     (apart from statistics.seconds, the elapsed time cli.md exempts);
#  2. the CSV agrees with the JSON: its one_off_cost column sums to the
#     plan's one-off money (retire costs of retired apps plus acquire costs
#     of added candidates; kept apps pay none), and every row names the
#     organisation and currency;
#  3. the model: --emit-model writes a CPLEX LP file that Debian's CBC
#     solves to exactly cost.after in minor units (skipped, exit 77, when
#     cbc is not installed).
# usage: recommend_cross_checks.sh APPMIX_BINARY REPO_ROOT
set -u
appmix=$1
root=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-cross.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$root" || exit 1
status=0
masked() { sed -E 's/"seconds": [0-9.e+-]+/"seconds": 0/' "$1"; }

for inventory in inventory-examples/small.yaml inventory-examples/retail-bank.yaml \
                 inventory-examples/telco; do
  for objective in cost apps; do
    for threads in 1 2 4; do
      "$appmix" recommend --as-of 2026-01-15 "$inventory" --objective "$objective" --threads "$threads" \
        --format json -o "$scratch/t$threads.json" || { echo "FAIL: $inventory exit $?"; status=1; }
    done
    masked "$scratch/t1.json" >"$scratch/a"
    for threads in 2 4; do
      masked "$scratch/t$threads.json" >"$scratch/b"
      if ! cmp -s "$scratch/a" "$scratch/b"; then
        echo "FAIL: $inventory --objective $objective differs between 1 and $threads threads"
        diff "$scratch/a" "$scratch/b" | head -20
        status=1
      fi
    done
  done
done

for inventory in inventory-examples/small.yaml inventory-examples/retail-bank.yaml \
                 inventory-examples/telco; do
  "$appmix" recommend "$inventory" --format json -o "$scratch/r.json" &&
    "$appmix" recommend "$inventory" --format csv -o "$scratch/r.csv" ||
    { echo "FAIL: $inventory recommend exit $?"; status=1; continue; }
  python3 - "$scratch/r.json" "$scratch/r.csv" <<'PY' || { echo "FAIL: $inventory CSV and JSON disagree"; status=1; }
import csv, json, sys
from decimal import Decimal
result = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
one_off = sum(Decimal(r["one_off_cost"]) for r in rows if r["one_off_cost"])
expected = Decimal(str(result["cost"]["retire"])) + Decimal(str(result["cost"]["acquire"]))
assert one_off == expected, f"one_off_cost sums to {one_off}, the plan's one-off money is {expected}"
for r in rows:
    assert (r["one_off_cost"] != "") == (r["decision"] in ("retire", "add")), r
    assert r["organisation"] == result["organisation"] and r["currency"] == result["currency"], r
PY
done

if ! command -v cbc >/dev/null 2>&1; then
  echo "SKIP: cbc not installed; the LP cross-check did not run"
  [ $status -eq 0 ] && exit 77
  exit $status
fi
for inventory in inventory-examples/small.yaml inventory-examples/retail-bank.yaml \
                 inventory-examples/telco; do
  for objective in cost apps; do
    "$appmix" recommend --as-of 2026-01-15 "$inventory" --objective "$objective" --format json \
      --emit-model "$scratch/model.lp" -o "$scratch/review.json" || { status=1; continue; }
    expected=$(python3 - "$scratch/review.json" "$scratch/model.lp" <<'PY'
import json, re, sys
from decimal import Decimal
review = json.load(open(sys.argv[1]), parse_float=Decimal)
# The model states its unit: "minor units of EUR (10^-2)".
exponent = int(re.search(r"\(10\^-(\d+)\)", open(sys.argv[2]).read()).group(1))
print(int(Decimal(review["cost"]["after"]) * 10 ** exponent))
PY
)
    got=$(cbc "$scratch/model.lp" solve quit 2>&1 | awk '/^Objective value:/ {printf "%.0f", $3}')
    if [ "$got" != "$expected" ]; then
      echo "FAIL: $inventory --objective $objective: CBC's optimum $got, cost.after $expected"
      status=1
    else
      echo "ok: $inventory --objective $objective: CBC's optimum = cost.after = $got"
    fi
  done
done
exit $status
