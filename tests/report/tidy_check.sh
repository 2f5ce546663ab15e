#!/usr/bin/env bash
# The review document's HTML passes Debian's tidy (an HTML5 checker) with no
# error and no warning, for every example inventory and the hostile one.
# usage: tidy_check.sh APPMIX REPO_ROOT SCRATCH_DIR   (exit 77: tidy missing)
set -u
appmix=$1 root=$2 scratch=$3
if ! command -v tidy >/dev/null; then
  echo "SKIP: tidy is not installed (Debian package tidy)"
  exit 77
fi
mkdir -p "$scratch"
status=0
for inventory in inventory-examples/small.yaml inventory-examples/retail-bank.yaml \
  inventory-examples/telco tests/report/hostile.yaml; do
  name=$(basename "$inventory" .yaml)
  html="$scratch/$name.html"
  if ! "$appmix" report --as-of 2026-01-15 "$root/$inventory" -o "$html" --quiet --threads 1; then
    echo "FAIL $inventory: appmix report failed"
    status=1
    continue
  fi
  # -e: report only; exit 0 clean, 1 warnings, 2 errors.
  if tidy -q -e "$html" 2>"$scratch/$name.tidy"; then
    echo "ok   $inventory: tidy finds nothing"
  else
    echo "FAIL $inventory: tidy says"
    cat "$scratch/$name.tidy"
    status=1
  fi
done
exit $status
