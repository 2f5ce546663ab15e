#!/usr/bin/env bash
# `appmix overlap` reports a bad inventory exactly as `appmix check` does:
# for every diagnostics fixture (one per rule id), the golden inputs, a
# missing file and a directory, overlap's stderr equals check's stdout
# followed by check's stderr (the findings in check's text form, then its
# summary line; nothing at all when there is no finding), both exit with the
# same code, and an inventory with errors gets no overlap result on stdout.
# usage: overlap_diagnostics_like_check.sh APPMIX_BINARY REPO_ROOT
set -u
appmix=$1
root=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-overlap-check.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$root" || exit 1

inputs=(tests/golden/_inputs/invalid.yaml tests/golden/_inputs/valid.yaml
        tests/golden/_inputs/warnings.yaml tests/golden/_inputs/no-such-file.yaml
        inventory-examples/telco)
for fixture in tests/diagnostics/*; do
  case "$fixture" in *.expected | *.py | *.md) continue ;; esac
  inputs+=("$fixture")
done

failures=0
compared=0
for input in "${inputs[@]}"; do
  "$appmix" check --as-of 2026-01-15 --color never "$input" >"$scratch/check.out" 2>"$scratch/check.err"
  check_code=$?
  "$appmix" overlap --as-of 2026-01-15 --color never "$input" >"$scratch/overlap.out" 2>"$scratch/overlap.err"
  overlap_code=$?
  if [[ -s "$scratch/check.out" ]]; then
    cat "$scratch/check.out" "$scratch/check.err" >"$scratch/check.all"
  else
    : >"$scratch/check.all"
  fi
  if ! diff -u --label "check $input" --label "overlap $input (stderr)" \
      "$scratch/check.all" "$scratch/overlap.err"; then
    failures=$((failures + 1))
  fi
  if [[ $check_code -ne $overlap_code ]]; then
    echo "$input: check exited $check_code, overlap $overlap_code" >&2
    failures=$((failures + 1))
  fi
  if [[ $check_code -ne 0 && -s "$scratch/overlap.out" ]]; then
    echo "$input: overlap printed a result for an inventory check rejects" >&2
    failures=$((failures + 1))
  fi
  if [[ $check_code -eq 0 && ! -s "$scratch/overlap.out" ]]; then
    echo "$input: overlap printed no result for a valid inventory" >&2
    failures=$((failures + 1))
  fi
  compared=$((compared + 1))
done
echo "$compared inputs compared, $failures differences"
[[ $failures -eq 0 && $compared -gt 30 ]]
