#!/bin/sh
# Times `appmix overlap` on a generated inventory of 20,000 apps, 40 business
# units and 800 capabilities (gen_inventory, seed 1 unless SEED is set), in
# text (default --top 50) and json (every pair), next to `appmix check` on the
# same file: loading and validating is a large share of overlap's time. For
# each: RUNS runs (default 3), the median, minimum and maximum wall time and
# the peak RSS, all from /usr/bin/time -v; then overlap's time over check's.
# Targets: under 5 s and under 1 GiB for each format. The result goes to a
# file in a scratch folder (the json is some hundreds of MB), deleted after
# each run. Builds nothing: pass the build directory.
#
#   bench/overlap.sh build [RUNS]        SEED=3 bench/overlap.sh build
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: bench/overlap.sh BUILD_DIR [RUNS]" >&2
  exit 2
fi
build=$1
runs=${2:-3}
seed=${SEED:-1}
appmix=$build/appmix
generator=$build/bench/gen_inventory
for program in "$appmix" "$generator" /usr/bin/time; do
  if [ ! -x "$program" ]; then
    echo "bench/overlap.sh: $program not found (build appmix; /usr/bin/time is Debian's 'time')" >&2
    exit 2
  fi
done
if ! "$appmix" overlap --help >/dev/null 2>&1; then
  echo "bench/overlap.sh: $appmix has no 'overlap' command" >&2
  exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
inventory=$scratch/inventory.yaml
"$generator" --apps 20000 --units 40 --capabilities 800 --seed "$seed" >"$inventory"
echo "inventory: 20000 apps, 40 units, 800 capabilities, seed $seed," \
  "$(($(wc -c <"$inventory") / 1024)) KiB"

# measure NAME ARGS...: RUNS runs; appends "NAME median" to $scratch/medians.
measure() {
  name=$1
  shift
  : >"$scratch/results"
  i=0
  while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    code=0
    /usr/bin/time -v -o "$scratch/time" "$appmix" "$@" "$inventory" \
      >"$scratch/out" 2>"$scratch/err" || code=$?
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$scratch/time" |
      awk -F: '{ s = 0; for (k = 1; k <= NF; k++) s = s * 60 + $k; print s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$scratch/time")
    bytes=$(wc -c <"$scratch/out")
    echo "$wall $rss $code $bytes" >>"$scratch/results"
    sed -n 's/^ *"overlapping_pairs": \([0-9]*\),*$/\1/p' "$scratch/out" >"$scratch/pairs.new"
    if [ -s "$scratch/pairs.new" ]; then mv "$scratch/pairs.new" "$scratch/pairs"; fi
    rm -f "$scratch/out"
  done
  sort -n "$scratch/results" | awk -v name="$name" -v runs="$runs" '
    { wall[NR] = $1; if ($2 > rss) rss = $2; codes[$3] = 1; bytes = $4 }
    END {
      median = (NR % 2) ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2
      list = ""; for (c in codes) list = list c " "
      printf "%-13s %d runs: median %6.2f s (min %.2f, max %.2f), peak RSS %7.1f MiB, exit %s, output %.1f MiB\n",
        name, runs, median, wall[1], wall[NR], rss / 1024, list, bytes / 1048576
      print name, median >> "'"$scratch/medians"'"
    }'
}

: >"$scratch/medians"
measure check check
measure "overlap text" overlap --format text
measure "overlap json" overlap --format json
awk '$1 == "check" { check = $2 } $1 == "overlap" { t[$2] = $3 }
  END {
    if (check > 0)
      printf "overlap over check: text %.2fx, json %.2fx\n", t["text"] / check, t["json"] / check
  }' "$scratch/medians"
echo "pairs of apps sharing a capability (all in the json): $(cat "$scratch/pairs")"
