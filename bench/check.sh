#!/bin/sh
# Times `appmix check` on a generated inventory of 5,000 apps, 40 business
# units and 800 capabilities (gen_inventory --preset check): RUNS runs (default
# 7), then the median, minimum and maximum wall time and the peak RSS.
# Builds nothing: pass the build directory that holds appmix and gen_inventory.
#
#   bench/check.sh build [RUNS]          SEED=3 bench/check.sh build
#   SPLIT=1 bench/check.sh build         the same inventory as a directory
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: bench/check.sh BUILD_DIR [RUNS]" >&2
  exit 2
fi
build=$1
runs=${2:-7}
seed=${SEED:-1}
here=$(cd "$(dirname "$0")" && pwd)
appmix=$build/appmix
generator=$build/bench/gen_inventory
for program in "$appmix" "$generator"; do
  if [ ! -x "$program" ]; then
    echo "bench/check.sh: $program not found; build it first (ninja -C $build)" >&2
    exit 2
  fi
done
if ! "$appmix" check --help >/dev/null 2>&1; then
  echo "bench/check.sh: $appmix has no 'check' command yet" >&2
  exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
if [ "${SPLIT:-0}" = 1 ]; then
  inventory=$scratch/inventory
  "$generator" --preset check --seed "$seed" --split "$inventory"
  size=$(du -sk "$inventory" | cut -f1)
  files=$(find "$inventory" -name '*.yaml' | wc -l)
  shape="directory of $files files"
else
  inventory=$scratch/inventory.yaml
  "$generator" --preset check --seed "$seed" > "$inventory"
  size=$(( $(wc -c < "$inventory") / 1024 ))
  shape="one file"
fi
echo "inventory: 5000 apps, 40 units, 800 capabilities, seed $seed, $shape, $size KiB"

# The first run's findings are kept to show what check reported.
i=0
: > "$scratch/results"
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  MEASURE_STDOUT=$scratch/stdout MEASURE_STDERR=$scratch/stderr \
    python3 "$here/measure.py" "$appmix" check "$inventory" >> "$scratch/results"
done

codes=$(cut -d' ' -f3 "$scratch/results" | sort -u | tr '\n' ' ')
sort -n "$scratch/results" | awk -v runs="$runs" -v codes="$codes" '
  { wall[NR] = $1; if ($2 > rss) rss = $2 }
  END {
    median = (NR % 2) ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2
    printf "appmix check, %d runs: median %.3f s, min %.3f s, max %.3f s\n", runs, median, wall[1], wall[NR]
    printf "peak RSS: %.1f MiB\n", rss / 1024
    printf "exit codes: %s\n", codes
  }'
findings=$(grep -c ': \(error\|warning\):' "$scratch/stderr" "$scratch/stdout" 2>/dev/null | awk -F: '{ n += $NF } END { print n + 0 }')
echo "diagnostics printed by the last run: $findings"
