#!/usr/bin/env bash
# appmix import end to end: CSV edge cases become inventories that pass
# check; bad cells and headers give diagnostics at the CSV's line and column
# with the documented exit code; -o is atomic and never overwrites without
# --force; the input is never modified.
# usage: import_csv.sh APPMIX REPO_ROOT
set -u
appmix=$1
root=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-import.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# import CSV [options...]: runs import -o out.yaml, keeps exit/stderr.
import() {
  local csv=$1
  shift
  rm -f out.yaml
  "$appmix" import "$csv" -o out.yaml --quiet "$@" 2>stderr
  echo $? >exit
}
expect_exit() { [[ $(cat exit) == "$1" ]] || fail "$2: exit $(cat exit), expected $1; stderr: $(cat stderr)"; }
expect_stderr() { grep -qF -- "$1" stderr || fail "$2: stderr lacks '$1': $(cat stderr)"; }
expect_checks() {
  "$appmix" check --as-of 2026-01-15 --strict --quiet out.yaml >check.out 2>&1 || fail "$1: check fails on the import: $(cat check.out)"
}

# 1. BOM, CRLF, a quoted field with a doubled quote and a line break, and an
#    empty trailing column (a separator at the end of every line).
printf '\xef\xbb\xbfName,Business_Units , capabilities,cost.annual,\r\n' >edge.csv
printf '"Say ""hi""\r\nPortal",retail,web.portal,1200.50,\r\n' >>edge.csv
printf 'CRM,retail;wealth,crm|service.cases,0,\r\n' >>edge.csv
sha_before=$(sha256sum edge.csv)
import edge.csv
expect_exit 0 "edge"
expect_checks "edge"
grep -qF 'name: "Say \"hi\"\r\nPortal"' out.yaml || fail "edge: the quoted name is not kept: $(cat out.yaml)"
grep -qF 'id: say-hi-portal' out.yaml || fail "edge: no id slugified from the name"
grep -qF 'capabilities: [crm, service.cases]' out.yaml || fail "edge: list not split on ; and |"
grep -qF 'annual: 1200.50' out.yaml || fail "edge: money not kept as written"
[[ $(sha256sum edge.csv) == "$sha_before" ]] || fail "edge: the input was modified"

# 2. ';' as separator: lists split on '|' only.
printf 'name;business_units;capabilities;vendor\nA;retail | wealth;crm;Acme, Inc.\n' >semi.csv
import semi.csv
expect_exit 0 "semicolon"
expect_checks "semicolon"
grep -qF 'business_units: [retail, wealth]' out.yaml || fail "semicolon: units not split on |"
grep -qF 'vendor: Acme, Inc.' out.yaml || fail "semicolon: a comma in a cell split it"

# 3. An unknown header: did-you-mean, exit 1, the rest still written.
printf 'name,business_units,vendr\nA,retail,Acme\n' >unknown.csv
import unknown.csv
expect_exit 1 "unknown header"
expect_stderr "unknown.csv:1:21: error: column 'vendr' is not an app key; its cells are left out (did you mean 'vendor'?) [csv-unknown-column]" "unknown header"
expect_checks "unknown header"

# 4. A bad cell: its row is left out, the others written.
printf 'name,business_units,cost.annual,contract_end\nA,retail,"1,200",2027-01-01\nB,retail,100,31/03/2027\nC,retail,5,2027-02-28\n' >bad.csv
import bad.csv
expect_exit 1 "bad cells"
expect_stderr "bad.csv:2:10: error:" "bad money"
expect_stderr "[invalid-money]" "bad money"
expect_stderr "bad.csv:3:14: error:" "bad date"
expect_stderr "did you mean 2027-03-31?" "bad date"
expect_checks "bad cells"
[[ $(grep -c '^  - id:' out.yaml) -ge 1 ]] && grep -qF 'name: C' out.yaml && ! grep -qF 'name: A' out.yaml ||
  fail "bad cells: rows A and B should be left out, C kept: $(cat out.yaml)"

# 5. An unclosed quote: csv-syntax, exit 1, no file written.
printf 'name,business_units\n"A,retail\n' >unclosed.csv
import unclosed.csv
expect_exit 1 "unclosed quote"
expect_stderr "unclosed.csv:2:1: error: a quoted field is not closed" "unclosed quote"
[[ ! -e out.yaml ]] || fail "unclosed quote: out.yaml written"

# 6. -o never overwrites without --force; the file is left as it was.
printf 'name,business_units\nA,retail\n' >small.csv
echo 'keep me' >taken.yaml
"$appmix" import small.csv -o taken.yaml --quiet 2>stderr
[[ $? == 3 ]] || fail "overwrite: exit is not 3"
[[ $(cat taken.yaml) == 'keep me' ]] || fail "overwrite: the file was replaced without --force"
"$appmix" import small.csv -o taken.yaml --quiet --force 2>stderr || fail "--force: $(cat stderr)"
grep -q '^appmix: 1' taken.yaml || fail "--force: the file was not replaced"
ls -A | grep -q '\.tmp' && fail "a temporary file was left behind"

# 7. 10,000 rows, with repeated names (unique slugs), in one command.
python3 - <<'PY'
with open("big.csv", "w", encoding="utf-8") as out:
    out.write("name,business_units,capabilities,cost.annual,lifecycle\n")
    for i in range(10000):
        out.write(f"App {i % 5000},bu-{i % 7},cap-{i % 97};cap-{i % 13},{i}.25,active\n")
PY
import big.csv
expect_exit 0 "10,000 rows"
expect_checks "10,000 rows"
[[ $(grep -c '^  - id:' out.yaml) == $((10000 + 7 + 97)) ]] ||
  fail "10,000 rows: $(grep -c '^  - id:' out.yaml) ids written"
grep -qF 'id: app-4999-2' out.yaml || fail "10,000 rows: a repeated name did not get -2"

# 8. The documented example export with its map.
rm -f out.yaml
"$appmix" import "$root/docs/import-examples/portfolio-suite-export.csv" \
  --map "$root/docs/import-examples/portfolio-suite-map.csv" --organisation "Acme Bank" \
  -o out.yaml --quiet 2>stderr || fail "map example: $(cat stderr)"
expect_checks "map example"
"$appmix" import "$root/docs/import-examples/apps.csv" -o out.yaml --force --quiet 2>stderr ||
  fail "apps example: $(cat stderr)"
expect_checks "apps example"

# 9. An unknown key in a map: did-you-mean, exit 1, nothing written.
printf 'Display Name,vendr\n' >map.csv
printf 'Display Name,business_units\nA,retail\n' >mapped.csv
import mapped.csv --map map.csv
expect_exit 1 "bad map"
expect_stderr "map.csv:1:14: error: 'vendr' is not an app key (did you mean 'vendor'?) [unknown-key]" "bad map"
[[ ! -e out.yaml ]] || fail "bad map: out.yaml written"

echo "$failures failures"
[[ $failures == 0 ]]
