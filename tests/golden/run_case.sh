#!/usr/bin/env bash
# Runs one golden case of the built appmix and compares what it printed with
# the case's expected files. A case is a folder tests/golden/<case>/ with
#   args             one argument per line; paths relative to the repository root;
#                    @TMP@ stands for a fresh scratch folder
#   stdin            (optional) fed to standard input, else /dev/null
#   env              (optional) NAME=VALUE lines added to the environment
#   setup/           (optional) copied into @TMP@ before the run
#   expected.stdout  expected.stderr  expected.exit
#   mask             (optional) sed -E expressions applied to stdout, stderr
#                    and the files listing before comparing: hides what legitimately varies between
#                    runs, such as solve's elapsed time
#   expected.files   (when args use @TMP@) every file in @TMP@ after the run,
#                    with its content: proves what -o and init wrote, and that
#                    no temporary file was left behind
# The scratch folder's real path is replaced by @TMP@ in everything compared.
# APPMIX_UPDATE_GOLDEN=1 rewrites the expected files instead (review the diff).
#
# usage: run_case.sh APPMIX_BINARY REPO_ROOT CASE_DIR
set -u
binary=$1
root=$2
case_dir=$3

scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-golden.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
work="$scratch/tmp"
mkdir "$work"
if [[ -d "$case_dir/setup" ]]; then cp -R "$case_dir/setup/." "$work/"; fi

args=()
while IFS= read -r line || [[ -n "$line" ]]; do
  args+=("${line//@TMP@/$work}")
done <"$case_dir/args"
environment=(LC_ALL=C)
if [[ -f "$case_dir/env" ]]; then
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -n "$line" ]] && environment+=("$line")
  done <"$case_dir/env"
fi
input=/dev/null
if [[ -f "$case_dir/stdin" ]]; then input="$case_dir/stdin"; fi

(cd "$root" && env -u NO_COLOR "${environment[@]}" "$binary" "${args[@]}" \
  <"$input" >"$scratch/stdout" 2>"$scratch/stderr")
echo $? >"$scratch/exit"

normalise() {
  if [[ -f "$case_dir/mask" ]]; then
    sed "s|$work|@TMP@|g" "$1" | sed -E -f "$case_dir/mask"
  else
    sed "s|$work|@TMP@|g" "$1"
  fi
}
normalise "$scratch/stdout" >"$scratch/actual.stdout"
normalise "$scratch/stderr" >"$scratch/actual.stderr"
cp "$scratch/exit" "$scratch/actual.exit"
compared=(stdout stderr exit)
if grep -q '@TMP@' "$case_dir/args"; then
  (cd "$work" && find . -mindepth 1 | LC_ALL=C sort | while IFS= read -r entry; do
    if [[ -d "$entry" ]]; then
      echo "==> ${entry#./}/ <=="
    else
      echo "==> ${entry#./} <=="
      cat "$entry"
    fi
  done) | normalise /dev/stdin >"$scratch/actual.files"
  compared+=(files)
fi

status=0
for part in "${compared[@]}"; do
  if [[ "${APPMIX_UPDATE_GOLDEN:-}" == 1 ]]; then
    cp "$scratch/actual.$part" "$case_dir/expected.$part"
  elif ! diff -u --label "expected.$part" --label "actual.$part" \
      "$case_dir/expected.$part" "$scratch/actual.$part"; then
    status=1
  fi
done
if [[ $status -ne 0 ]]; then
  echo "golden case $(basename "$case_dir") differs; if the change is intended, run" \
    "APPMIX_UPDATE_GOLDEN=1 ctest -R golden and review the diff" >&2
fi
exit $status
