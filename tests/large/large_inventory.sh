#!/bin/sh
# End-to-end load test: a generated inventory of 50,000 apps (about 30 MB,
# gen_inventory --preset large) must be accepted by `appmix check` (exit 0:
# no errors; policy warnings are expected) within 2 minutes and 4 GiB of peak
# resident memory, both as one file and as a directory of 204 files.
#
#   tests/large/large_inventory.sh APPMIX GEN_INVENTORY
# Exits 77 (skipped) while appmix has no `check` command.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: large_inventory.sh APPMIX GEN_INVENTORY" >&2
  exit 2
fi
appmix=$1
generator=$2
here=$(cd "$(dirname "$0")" && pwd)
measure=$here/../../bench/measure.py
limit_seconds=120
limit_kib=$((4 * 1024 * 1024))

if ! "$appmix" check --as-of 2026-01-15 --help >/dev/null 2>&1; then
  echo "SKIP: $appmix has no 'check' command yet"
  exit 77
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-large.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
"$generator" --preset large --seed 1 > "$scratch/large.yaml"
"$generator" --preset large --seed 1 --split "$scratch/large"
bytes=$(wc -c < "$scratch/large.yaml")
if [ "$bytes" -lt 25000000 ]; then
  echo "FAIL: generated inventory is only $bytes bytes; expected about 30 MB" >&2
  exit 1
fi

failed=0
for inventory in "$scratch/large.yaml" "$scratch/large"; do
  result=$(MEASURE_TIMEOUT=$((limit_seconds + 30)) MEASURE_STDERR="$scratch/stderr" \
             python3 "$measure" "$appmix" check --as-of 2026-01-15 --quiet "$inventory")
  set -- $result
  wall=$1 peak=$2 code=$3
  echo "$(basename "$inventory"): exit $code, $wall s, peak RSS $((peak / 1024)) MiB"
  if [ "$code" != 0 ]; then
    echo "FAIL: appmix check exited $code; first diagnostics:" >&2
    head -n 20 "$scratch/stderr" >&2
    failed=1
  fi
  if awk -v w="$wall" -v l="$limit_seconds" 'BEGIN { exit !(w > l) }'; then
    echo "FAIL: took $wall s, limit $limit_seconds s" >&2
    failed=1
  fi
  if [ "$peak" -gt "$limit_kib" ]; then
    echo "FAIL: peak RSS $peak KiB, limit $limit_kib KiB" >&2
    failed=1
  fi
done
exit "$failed"
