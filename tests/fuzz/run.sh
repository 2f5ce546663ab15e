#!/bin/sh
# Builds a libFuzzer target and runs it.
#   tests/fuzz/run.sh [SECONDS] [TARGET]      (default 60, loader)
# TARGET is loader (fuzz_loader: the inventory loader, seeded from every
# *.yaml/*.yml under inventory-examples/ and tests/data/), orlib
# (fuzz_orlib: the OR-Library reader, seeded from the OR-Library files of
# tests/golden/_inputs/ and tests/diagnostics/) or import (fuzz_import:
# import's CSV path, seeded from every *.csv under docs/import-examples/ and
# tests/diagnostics/, and from CSV files with cells of 20,000 to 100,000
# characters written here, past libFuzzer's default input size, hence its
# larger -max_len), or lsp (fuzz_lsp: the language server's change path,
# each input the new text of one file of tests/lsp/inventory, seeded with
# the loader's corpus and that inventory). Any folder may be absent. CI (.ci/run) runs each target
# for 60 seconds; the exit status is not 0 when the build fails or the
# fuzzer finds a crash.
# New inputs go to a corpus under the build folder (one per target); crashes
# are written to build-fuzz/artifacts/. Needs clang with libFuzzer (clang 14 +
# libclang-rt-14-dev on Debian).
set -eu
seconds=${1:-60}
target=${2:-loader}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${APPMIX_FUZZ_BUILD:-$root/build-fuzz}

case $target in
  loader)
    folders="$root/inventory-examples $root/tests/data"
    patterns="*.yaml *.yml"
    options="-dict=$root/tests/fuzz/yaml.dict"
    ;;
  lsp)
    folders="$root/inventory-examples $root/tests/data $root/tests/lsp/inventory"
    patterns="*.yaml *.yml"
    options="-dict=$root/tests/fuzz/yaml.dict"
    ;;
  orlib)
    folders="$root/tests/golden/_inputs $root/tests/diagnostics"
    patterns="orlib-*.txt"
    options=""
    ;;
  import)
    folders="$root/docs/import-examples $root/tests/diagnostics"
    patterns="*.csv"
    options=""
    max_len=131072
    ;;
  *)
    echo "usage: tests/fuzz/run.sh [SECONDS] [loader|orlib|import|lsp]" >&2
    exit 2
    ;;
esac

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPPMIX_FUZZ=ON -DAPPMIX_TESTS=OFF >/dev/null
ninja -C "$build" -j"${APPMIX_FUZZ_JOBS:-1}" "fuzz_$target"

seeds=$build/seeds-$target
corpus=$build/corpus-$target
mkdir -p "$seeds" "$corpus" "$build/artifacts"
for folder in $folders; do
  [ -d "$folder" ] || continue
  for pattern in $patterns; do
    find "$folder" -type f -name "$pattern" | while read -r file; do
      # One flat name per seed, stable across runs.
      name=$(printf '%s' "${file#"$root"/}" | tr '/' '_')
      cp "$file" "$seeds/$name"
    done
  done
done

# repeat TEXT COUNT: TEXT written COUNT times, without a line break.
repeat() {
  head -c "$2" /dev/zero | tr '\0' "$1"
}
if [ "$target" = import ]; then
  # The inputs of issue 22 (a cell of 40,000 digits, a timestamp followed by
  # 40,000 letters) and other long cells: a quoted one of 100,000 characters
  # with doubled quotes, a row of 20,000 cells, a list of 10,000 items.
  { printf 'name,business_units\n'; repeat 1 40000; printf ',unit\n'; } >"$seeds/long-digits.csv"
  { printf 'name,business_units\n2024-01-01T'; repeat a 40000; printf ',unit\n'; } \
    >"$seeds/long-timestamp.csv"
  { printf 'name,business_units\n"'; repeat '"' 100000; printf '",unit\n'; } >"$seeds/long-quoted.csv"
  { printf 'name,business_units\nA,unit'; repeat , 20000; printf '\n'; } >"$seeds/long-row.csv"
  { printf 'name,business_units,capabilities\nA,unit,'; repeat '|' 10000 | sed 's/|/c|/g'; printf '\n'; } \
    >"$seeds/long-list.csv"
fi

# shellcheck disable=SC2086 # $options is empty or one word
exec "$build/fuzz_$target" "$corpus" "$seeds" $options \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="${max_len:-65536}" \
  -artifact_prefix="$build/artifacts/" -print_final_stats=1
