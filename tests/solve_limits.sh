#!/usr/bin/env bash
# Hostile OR-Library files (issue 9) end with a diagnostic and exit 1 within
# bounded memory and CPU time, checked by construction with ulimit rather
# than by timing: the header bomb (a billion declared columns), a gzip bomb
# (about 300 KB expanding to 300 MB of blanks), and endless bytes
# (/dev/zero). Each must print its rule id; a run that needed more memory or
# CPU than allowed would be killed, or end in "internal error" (exit 70).
#
# usage: solve_limits.sh APPMIX [sanitized]
# With "sanitized" (ASan/UBSan builds, which reserve terabytes of address
# space) only the CPU limit applies.
set -u
binary=$1
sanitized=${2:-}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-limits.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT

printf '3 999999999\n1 2 3\n4\n' >"$scratch/header-bomb.txt"
printf '999999999 1\n1 1 1\n' >"$scratch/row-count-bomb.txt"
head -c 300000000 /dev/zero | tr '\0' ' ' | gzip -1 >"$scratch/blanks.txt.gz"

failures=0
# expect FILE RULE: exit 1 and a diagnostic of RULE, within the limits.
expect() {
  local file=$1 rule=$2
  local output status
  output=$(
    ulimit -t 20  # CPU seconds; the bomb takes about 1.5 s
    if [[ "$sanitized" != sanitized ]]; then
      ulimit -v 102400  # 100 MiB of address space; the header bomb once asked for 7.4 GB
    fi
    "$binary" solve --color never "$file" 2>&1 >/dev/null
  )
  status=$?
  if [[ $status -ne 1 || "$output" != *"[$rule]"* ]]; then
    echo "FAIL: solve $file: exit $status, expected 1 and [$rule]; output:"
    echo "$output"
    failures=$((failures + 1))
  else
    echo "ok: $(basename "$file"): ${output%%$'\n'*}" | sed "s|$scratch/||"
  fi
}

expect "$scratch/header-bomb.txt" orlib-truncated
expect "$scratch/row-count-bomb.txt" orlib-out-of-range
expect "$scratch/blanks.txt.gz" orlib-too-large
expect /dev/zero orlib-not-an-integer
exit $((failures > 0))
