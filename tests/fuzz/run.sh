#!/bin/sh
# Builds the libFuzzer target for the inventory loader and runs it.
#   tests/fuzz/run.sh [SECONDS]      (default 60)
# Seeds: every *.yaml/*.yml under inventory-examples/ and tests/data/ (either
# may be absent or empty). New inputs go to a corpus under the build folder;
# crashes are written to build-fuzz/artifacts/. Needs clang with libFuzzer
# (clang 14 + libclang-rt-14-dev on Debian).
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${APPMIX_FUZZ_BUILD:-$root/build-fuzz}

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPPMIX_FUZZ=ON -DAPPMIX_TESTS=OFF >/dev/null
ninja -C "$build" -j"${APPMIX_FUZZ_JOBS:-1}" fuzz_loader

seeds=$build/seeds
corpus=$build/corpus
mkdir -p "$seeds" "$corpus" "$build/artifacts"
for folder in "$root/inventory-examples" "$root/tests/data"; do
  [ -d "$folder" ] || continue
  find "$folder" -type f \( -name '*.yaml' -o -name '*.yml' \) | while read -r file; do
    # One flat name per seed, stable across runs.
    name=$(printf '%s' "${file#"$root"/}" | tr '/' '_')
    cp "$file" "$seeds/$name"
  done
done

exec "$build/fuzz_loader" "$corpus" "$seeds" \
  -dict="$root/tests/fuzz/yaml.dict" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix="$build/artifacts/" -print_final_stats=1
