#!/bin/sh
# Builds a libFuzzer target and runs it.
#   tests/fuzz/run.sh [SECONDS] [TARGET]      (default 60, loader)
# TARGET is loader (fuzz_loader: the inventory loader, seeded from every
# *.yaml/*.yml under inventory-examples/ and tests/data/) or orlib
# (fuzz_orlib: the OR-Library reader, seeded from the OR-Library files of
# tests/golden/_inputs/ and tests/diagnostics/). Either folder may be absent.
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
  orlib)
    folders="$root/tests/golden/_inputs $root/tests/diagnostics"
    patterns="orlib-*.txt"
    options=""
    ;;
  *)
    echo "usage: tests/fuzz/run.sh [SECONDS] [loader|orlib]" >&2
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

# shellcheck disable=SC2086 # $options is empty or one word
exec "$build/fuzz_$target" "$corpus" "$seeds" $options \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix="$build/artifacts/" -print_final_stats=1
