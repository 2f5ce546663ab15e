#!/usr/bin/env bash
# The starter inventory that `appmix init` writes passes `appmix check` with
# no finding at all, and a second init into the same folder is refused.
# usage: init_then_check.sh APPMIX_BINARY
set -eu
appmix=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/appmix-init.XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$appmix" init --quiet "$dir/inventory"
summary=$("$appmix" check --as-of 2026-01-15 "$dir/inventory" 2>&1)
echo "$summary"
test "$summary" = "0 errors, 0 warnings in 1 inventory"
set +e
"$appmix" init --quiet "$dir/inventory" 2>/dev/null
code=$?
set -e
echo "second init exited $code"
test "$code" = 3
