#!/usr/bin/env bash
# check --format junit is valid JUnit XML: it validates against junit.xsd
# (xmllint, Debian libxml2-utils), and the counts it declares match what a
# reader (Python's xml.etree) finds: tests = testcases, failures = testcases
# with a <failure>, per suite and in total; each failure carries
# file:line:col (a finding about a whole file: file alone). Each PATH has
# exactly one suite, named after it and unique, also when it is missing or
# an empty directory. Skips (77) without xmllint.
# usage: validate_junit.sh APPMIX REPO_ROOT
set -u
appmix=$1
root=$2
command -v xmllint >/dev/null || { echo "xmllint not found (apt-get install libxml2-utils)"; exit 77; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-junit.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$root" || exit 1
status=0
run() {  # name, expected exit, check arguments...
  local name=$1 want=$2
  shift 2
  "$appmix" check --as-of 2026-01-15 --format junit --quiet "$@" >"$scratch/$name.xml"
  local got=$?
  if [[ $got -ne $want ]]; then
    echo "$name: exit $got, expected $want"
    status=1
  fi
  if ! xmllint --noout --schema tests/junit/junit.xsd "$scratch/$name.xml" 2>"$scratch/$name.err"; then
    echo "$name: not valid against tests/junit/junit.xsd:"
    cat "$scratch/$name.err"
    status=1
  fi
  if ! python3 - "$scratch/$name.xml" "$@" <<'PY'
import re, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
total_tests = total_failures = 0
for suite in root.findall("testsuite"):
    cases = suite.findall("testcase")
    failures = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("tests")) == len(cases), suite.get("name")
    assert int(suite.get("failures")) == len(failures), suite.get("name")
    for case in failures:
        failure = case.find("failure")
        assert re.search(r"^\S+(:\d+:\d+)?: ", failure.get("message")), failure.get("message")
        assert re.search(r"^\S+(:\d+:\d+)?: (error|warning): ", failure.text, re.M), failure.text
    total_tests += len(cases)
    total_failures += len(failures)
names = [suite.get("name") for suite in root.findall("testsuite")]
assert len(names) == len(set(names)), f"suite names repeat: {names}"
paths = [a for a in sys.argv[2:] if not a.startswith("-")]
for path in paths:
    assert path in names, f"no suite for {path}: {names}"
if not any(a.startswith("--baseline") for a in sys.argv[2:]):
    assert len(names) == len(paths), f"not one suite per PATH: {names}"
assert int(root.get("tests")) == total_tests
assert int(root.get("failures")) == total_failures
PY
  then
    echo "$name: counts or places do not match what a reader finds"
    status=1
  fi
}
run valid 0 tests/golden/_inputs/valid.yaml
run invalid 1 tests/golden/_inputs/invalid.yaml
run warnings 0 tests/golden/_inputs/warnings.yaml
run warnings-strict 1 --strict tests/golden/_inputs/warnings.yaml
run two 1 tests/golden/_inputs/valid.yaml tests/golden/_inputs/invalid.yaml inventory-examples/telco
mkdir "$scratch/empty"
run missing 3 "$scratch/missing.yaml"
run empty-dir 1 "$scratch/empty"
run missing-and-valid 3 "$scratch/missing.yaml" tests/golden/_inputs/valid.yaml "$scratch/empty"
grep -q '<failure type="io-error"' "$scratch/missing.xml" || { echo "missing: no io-error failure"; status=1; }
grep -q '<failure type="no-inventory-files"' "$scratch/empty-dir.xml" || { echo "empty dir: no failure"; status=1; }
grep -q 'name="check"' "$scratch/missing.xml" && { echo "missing: a passing 'check' testcase"; status=1; }
# A failure must exist where check fails, and none where it passes.
grep -q '<failure' "$scratch/invalid.xml" || { echo "invalid: no <failure>"; status=1; }
if grep -q '<failure' "$scratch/warnings.xml"; then echo "warnings: a <failure> without --strict"; status=1; fi
grep -q '<failure' "$scratch/warnings-strict.xml" || { echo "warnings --strict: no <failure>"; status=1; }
exit $status
