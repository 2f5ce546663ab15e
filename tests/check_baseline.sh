#!/usr/bin/env bash
# check --write-baseline / --baseline end to end, the way a CI job adopts
# check: record today's findings, then edits that move lines change nothing,
# a new finding fails --strict, a fixed one leaves a stale note, and the
# baseline file is sorted, one entry a line. Uses check's JSON output (the
# text form is not the point here).
# usage: check_baseline.sh APPMIX
set -u
appmix=$1
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-baseline.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
rules() { python3 -c 'import json,sys; print(" ".join(sorted(d["rule"] for d in json.load(sys.stdin)["diagnostics"])))'; }

inventory() {  # $1: lines inserted at the top; $2: owner of quick-poll (empty: none); $3: extra app
  cat <<YAML
appmix: 1
$1
organisation: Example Retail
business_units:
  - {id: stores, name: Stores}
capabilities:
  - {id: feedback.surveys, name: Surveys}
apps:
  - id: survey-pro
    name: Survey Pro
    business_units: [stores]
    capabilities: [feedback.surveys]
    owner: CX team
  - id: quick-poll
    name: Quick Poll
    business_units: [stores]
    capabilities: [feedback.surveys]
${2:+    owner: $2}
$3
policies:
  require_owner: true
  max_providers:
    feedback.surveys: 1
YAML
}

mkdir inv
inventory "" "" "" >inv/apps.yaml
"$appmix" check --as-of 2026-01-15 inv --write-baseline baseline.json --format json --quiet >out.json
[[ $? == 0 ]] || fail "write: exit is not 0"
[[ $(rules <out.json) == "" ]] || fail "write: findings reported after recording them: $(cat out.json)"
[[ $(grep -c '^    {"file": ' baseline.json) == 2 ]] || fail "write: not one entry a line: $(cat baseline.json)"
sort -c <(grep '^    {' baseline.json) || fail "write: entries not sorted"

# Lines moved (comments and blank lines inserted above): nothing new.
inventory $'# a comment\n\n# another\n' "" "" >inv/apps.yaml
"$appmix" check --as-of 2026-01-15 inv --baseline baseline.json --strict --format json --quiet >out.json
[[ $? == 0 ]] || fail "moved lines: exit is not 0: $(cat out.json)"
[[ $(rules <out.json) == "" ]] || fail "moved lines: $(cat out.json)"

# A new finding fails --strict, alone; without --strict it is reported, exit 0.
inventory "" "" $'  - id: pulse\n    name: Pulse\n    business_units: [stores]\n    capabilities: []' >inv/apps.yaml
"$appmix" check --as-of 2026-01-15 inv --baseline baseline.json --strict --format json --quiet >out.json
[[ $? == 1 ]] || fail "new finding: --strict does not fail"
[[ $(rules <out.json) == "policy-require-owner" ]] || fail "new finding: $(rules <out.json)"
grep -q "app 'pulse' names no owner" out.json || fail "new finding: not the new app's: $(cat out.json)"
"$appmix" check --as-of 2026-01-15 inv --baseline baseline.json --format json --quiet >/dev/null
[[ $? == 0 ]] || fail "new warning without --strict: exit is not 0"

# A fixed finding: its entry is stale (a note at its line), nothing fails.
inventory "" "Poll team" "" >inv/apps.yaml
"$appmix" check --as-of 2026-01-15 inv --baseline baseline.json --strict --format json --quiet >out.json
[[ $? == 0 ]] || fail "stale: exit is not 0"
[[ $(rules <out.json) == "baseline-stale" ]] || fail "stale: $(rules <out.json)"
grep -q '"file": "baseline.json"' out.json || fail "stale: the note is not placed in the baseline"

# Errors are never baselined: --write-baseline leaves them out and still
# fails, and --baseline reports them and exits 1 even when an older
# baseline file lists them (recommend refuses the same inventory).
inventory "" "" $'  - id: broken\n    name: Broken\n    business_units: [nowhere]\n    capabilities: []\n    owner: X' >inv/apps.yaml
"$appmix" check --as-of 2026-01-15 inv --baseline baseline.json --format json --quiet >out.json
[[ $? == 1 ]] || fail "new error: exit is not 1"
"$appmix" check --as-of 2026-01-15 inv --write-baseline baseline2.json --format json --quiet >out.json
[[ $? == 1 ]] || fail "write with an error: exit is not 1"
grep -q unknown-reference baseline2.json && fail "write with an error: the error was recorded: $(cat baseline2.json)"
[[ $(rules <out.json) == *unknown-reference* ]] || fail "write with an error: the error is not reported"
"$appmix" check --as-of 2026-01-15 inv --baseline baseline2.json --strict --format json --quiet >out.json
[[ $? == 1 ]] || fail "error after --write-baseline: exit is not 1"
# A baseline file that lists the error (as files written before this rule did).
error_message=$(python3 -c 'import json,sys; print(json.dumps([d["message"] for d in json.load(sys.stdin)["diagnostics"] if d["rule"] == "unknown-reference"][0]))' <out.json)
printf '{\n  "appmix_baseline": 1,\n  "findings": [\n    {"file": "inv/apps.yaml", "rule": "unknown-reference", "message": %s, "count": 1}\n  ]\n}\n' \
  "$error_message" >with-error.json
"$appmix" check --as-of 2026-01-15 inv --baseline with-error.json --format json --quiet >out.json
[[ $? == 1 ]] || fail "a baseline listing an error: exit is not 1"
[[ $(rules <out.json) == "unknown-reference" ]] || fail "a baseline listing an error hid it: $(rules <out.json)"

# With an error the policies do not run: their entries in baseline.json
# (require_owner, max_providers) are not stale, only not evaluated.
"$appmix" check --as-of 2026-01-15 inv --baseline baseline.json --format json >out.json 2>err
[[ $? == 1 ]] || fail "error with policy entries: exit is not 1"
[[ $(rules <out.json) == "unknown-reference" ]] || fail "policy entries reported stale while policies did not run: $(rules <out.json)"
grep -q "policies not evaluated" err || fail "check does not say the policies were not evaluated: $(cat err)"

# A malformed baseline is a usage error naming its place; a missing one exit 3.
printf '{"appmix_baseline": 1, "findings": [\n  {"file": 3}\n]}\n' >bad.json
"$appmix" check --as-of 2026-01-15 inv --baseline bad.json --quiet >/dev/null 2>err
[[ $? == 2 ]] || fail "malformed baseline: exit is not 2"
grep -qF "bad.json:2:1: an entry needs the strings 'file', 'rule' and 'message'" err || fail "malformed: $(cat err)"
"$appmix" check --as-of 2026-01-15 inv --baseline missing.json --quiet >/dev/null 2>err
[[ $? == 3 ]] || fail "missing baseline: exit is not 3"
# The baseline may not overwrite an input.
"$appmix" check --as-of 2026-01-15 inv/apps.yaml --write-baseline inv/apps.yaml --quiet >/dev/null 2>err
[[ $? == 2 ]] || fail "baseline over an input: exit is not 2"
grep -q '^appmix: 1' inv/apps.yaml || fail "baseline over an input: the input was modified"

echo "$failures failures"
[[ $failures == 0 ]]
