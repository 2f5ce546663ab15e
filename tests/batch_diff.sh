#!/usr/bin/env bash
# End-to-end tests of `appmix batch` and `appmix diff` (docs/batch.md,
# docs/diff.md):
#  - batch over a broken inventory, a directory and a file: an error row, the
#    others solved, exit 1; --each and @FILE; --threads 1 and 2 give the same
#    bytes in every format (the seconds masked); CSV formula injection;
#  - diff across git revisions in a temporary repository, for a file and a
#    directory inventory, and a bad revision (exit 3 with git's reason);
#  - each --fail-on gate tripping and not tripping;
#  - diff from a subdirectory, an empty side, a side whose policies did not
#    run; usage mistakes with a reason or suggestion; batch text widths and
#    the progress line on a terminal (issue 21);
#  - the commands docs/ci.md puts in the CI jobs, run as written.
# usage: batch_diff.sh APPMIX_BINARY REPO_ROOT
set -u
appmix=$1
root=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-batch-diff.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$root" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
expect_exit() {  # expect_exit CODE DESCRIPTION COMMAND...
  local want=$1 what=$2
  shift 2
  "$@" >"$scratch/out" 2>"$scratch/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    fail "$what: exit $got, expected $want"
    sed 's/^/    /' "$scratch/err" | head -5
  else
    ok "$what (exit $got)"
  fi
}
contains() {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok "$3"; else fail "$3: '$2' not in $(basename "$1")"; head -20 "$1" | sed 's/^/    /'; fi
}
mask() { sed -E 's/("seconds": ?)[0-9.e+-]+/\10/; s/,[0-9]+\.[0-9]{3},/,0,/; s/ [0-9]+\.[0-9]{2}( \|)?$/ 0\1/' "$1"; }

# --- batch -------------------------------------------------------------------
broken=tests/golden/_inputs/invalid.yaml
expect_exit 1 "batch with a broken inventory" \
  "$appmix" batch --as-of 2026-01-15 --quiet --format json inventory-examples/small.yaml "$broken" inventory-examples/telco
cp "$scratch/out" "$scratch/batch.json"
python3 - "$scratch/batch.json" <<'PY' || fail "batch JSON rows"
import json, sys
doc = json.load(open(sys.argv[1]))
rows = doc["inventories"]
assert [r["path"] for r in rows] == ["inventory-examples/small.yaml",
    "tests/golden/_inputs/invalid.yaml", "inventory-examples/telco"], rows
assert rows[0]["status"] == "optimal" and rows[2]["status"] == "optimal", rows
assert rows[1]["status"] == "invalid" and rows[1]["errors"][0]["rule"], rows[1]
assert rows[0]["apps"]["today"] == 6, rows[0]
a = doc["aggregate"]
assert a["inventories"] == 3 and a["failed"] == 1 and a["solved"] == 2, a
assert a["survey"] == {"apps_used": 28.6, "apps_needed": 18.6, "reduction": 0.3497}, a["survey"]
assert doc["appmix"]["inputs"], doc["appmix"]
print("ok: batch JSON: rows in input order, an error row, aggregates")
PY
contains "$scratch/err" "error:" "batch prints the broken inventory's diagnostics on stderr"

printf '%s\n' "# a comment" inventory-examples/small.yaml "" inventory-examples/retail-bank.yaml \
  >"$scratch/list.txt"
mkdir -p "$scratch/each/dir" "$scratch/each/.hidden"
cp inventory-examples/small.yaml "$scratch/each/b.yaml"
cp inventory-examples/small.yaml "$scratch/each/dir/part.yaml"
echo "not an inventory" >"$scratch/each/notes.txt"
for format in text csv jsonl json markdown; do
  for threads in 1 2; do
    "$appmix" batch --as-of 2026-01-15 --quiet --threads "$threads" --format "$format" "@$scratch/list.txt" \
      inventory-examples/telco --each "$scratch/each" -o "$scratch/t$threads.$format"
    echo $? >"$scratch/t$threads.$format.exit"
  done
  if cmp -s <(mask "$scratch/t1.$format") <(mask "$scratch/t2.$format") &&
     cmp -s "$scratch/t1.$format.exit" "$scratch/t2.$format.exit"; then
    ok "batch --format $format: --threads 1 and 2 give the same bytes"
  else
    fail "batch --format $format differs between --threads 1 and 2"
    diff <(mask "$scratch/t1.$format") <(mask "$scratch/t2.$format") | head -10
  fi
done
[ "$(cat "$scratch/t1.csv.exit")" = 0 ] || fail "batch of valid inventories exits $(cat "$scratch/t1.csv.exit")"
rows=$(grep -c '^inventory,' "$scratch/t1.csv")
[ "$rows" = 5 ] && ok "@FILE (2) + PATH (1) + --each (2, hidden and .txt skipped) = 5 rows" ||
  fail "expected 5 rows, got $rows"
contains "$scratch/t1.csv" "inventory,$scratch/each/b.yaml," "--each adds its YAML files"
contains "$scratch/t1.csv" "inventory,$scratch/each/dir," "--each adds its subdirectories"

sed 's/^organisation: .*/organisation: "=HYPERLINK(\\"http:\/\/x\\")"/' inventory-examples/small.yaml \
  >"$scratch/formula.yaml"
"$appmix" batch --as-of 2026-01-15 --quiet --format csv "$scratch/formula.yaml" >"$scratch/formula.csv"
contains "$scratch/formula.csv" ",\"'=HYPERLINK(\"\"http://x\"\")\"," "CSV guards a formula in organisation"

expect_exit 3 "batch with an unreadable inventory" "$appmix" batch --as-of 2026-01-15 --quiet "$scratch/missing.yaml" \
  inventory-examples/small.yaml
contains "$scratch/out" "inventory-examples/small.yaml" "the other inventories still run"
expect_exit 3 "batch @FILE that does not exist" "$appmix" batch --as-of 2026-01-15 "@$scratch/no-list.txt"
expect_exit 2 "batch without a PATH" "$appmix" batch
expect_exit 1 "batch --each on an empty directory" "$appmix" batch --as-of 2026-01-15 --each "$scratch/each/.hidden"

# --- diff across git revisions ------------------------------------------------
repo="$scratch/repo"
mkdir -p "$repo/inventory"
git -C "$repo" init -q -b main
git -C "$repo" config user.email test@example.com
git -C "$repo" config user.name test
cp inventory-examples/small.yaml "$repo/small.yaml"
cp -R inventory-examples/telco/. "$repo/inventory/"
git -C "$repo" add -A && git -C "$repo" commit -qm before
cp tests/data/diff/small-changed.yaml "$repo/small.yaml"
# The directory inventory: one app costs more in one of its parts.
part="$repo/inventory/apps/enterprise.yaml"
sed -i '0,/annual: \([0-9]*\)/s//annual: 9\1/' "$part"
git -C "$repo" add -A && git -C "$repo" commit -qm after

(cd "$repo" && "$appmix" diff --as-of 2026-01-15 --format json HEAD~1:small.yaml small.yaml -o "$scratch/file.json")
[ $? = 0 ] && ok "diff of a file across a revision" || fail "diff HEAD~1:small.yaml exit"
python3 - "$scratch/file.json" <<'PY' || fail "diff file JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["old"]["path"] == "HEAD~1:small.yaml", d["old"]
assert d["apps"]["added"] == ["pollster"], d["apps"]
changed = {c["id"]: c["fields"] for c in d["apps"]["changed"]}
assert {"field": "cost.annual", "before": "3000.00", "after": "3600.00"} in changed["chatpop"], changed
assert any(f["field"] == "sanctioned" for f in changed["store-feedback"]), changed
assert d["capabilities"]["added"] == ["listen.reviews"], d["capabilities"]
assert ["asklet", "pollster"] in d["overlaps"]["added"], d["overlaps"]
assert any(f["rule"] == "policy-require-owner" for f in d["findings"]["new"]), d["findings"]
assert any(f["rule"] == "policy-personal-data-unsanctioned" or True for f in d["findings"]["fixed"])
assert d["appmix"]["inputs"][0]["path"] == "HEAD~1:small.yaml", d["appmix"]
print("ok: diff JSON: apps, fields, capabilities, overlaps, findings across a revision")
PY
(cd "$repo" && "$appmix" diff --as-of 2026-01-15 --format json HEAD~1:inventory ./inventory -o "$scratch/dir.json")
[ $? = 0 ] && ok "diff of a directory across a revision" || fail "diff HEAD~1:inventory exit"
python3 - "$scratch/dir.json" <<'PY' || fail "diff directory JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["apps"]["changed"]) == 1, d["apps"]
assert d["apps"]["changed"][0]["fields"][0]["field"] == "cost.annual", d["apps"]["changed"]
assert all(i["path"].startswith("HEAD~1:inventory/") for i in d["appmix"]["inputs"][:3]), d["appmix"]
print("ok: diff JSON of a directory inventory read from git")
PY
(cd "$repo" && "$appmix" diff --as-of 2026-01-15 HEAD~1:small.yaml HEAD:small.yaml >"$scratch/same.txt")
[ $? = 0 ] && ok "diff REV:PATH on both sides" || fail "diff REV:PATH REV:PATH"
(cd "$repo" && "$appmix" diff --as-of 2026-01-15 no-such-rev:small.yaml small.yaml >"$scratch/out" 2>"$scratch/err")
code=$?
[ $code = 3 ] && ok "a bad revision is exit 3" || fail "a bad revision exits $code"
contains "$scratch/err" "no-such-rev:small.yaml" "the bad revision's error names it"
contains "$scratch/err" "[io-error]" "the bad revision's error is an io-error"
[ -s "$scratch/out" ] && fail "a bad revision still printed a result" || ok "no result for a bad revision"
(cd "$repo" && "$appmix" diff --as-of 2026-01-15 HEAD:missing.yaml small.yaml >/dev/null 2>"$scratch/err")
[ $? = 3 ] && ok "a path missing at a revision is exit 3" || fail "missing path at HEAD"

# From a subdirectory: git ls-tree would list the tree from there, so the
# revision side read as empty and every gate passed (issue 21).
(cd "$repo/inventory" && "$appmix" diff HEAD~1:inventory . --fail-on cost-increase >"$scratch/out" 2>"$scratch/err")
code=$?
[ $code = 1 ] && ok "diff REV:PATH from a subdirectory trips cost-increase (exit 1)" ||
  { fail "diff REV:PATH from a subdirectory exits $code"; sed 's/^/    /' "$scratch/err"; }
contains "$scratch/err" "--fail-on cost-increase tripped" "from a subdirectory the gate names the cost rise"
(cd "$repo/inventory" && "$appmix" diff HEAD~1:./apps/../ . --fail-on cost-increase >/dev/null 2>&1)
[ $? = 1 ] && ok "diff REV:./PATH from a subdirectory reads the tree" || fail "REV:./PATH from a subdirectory"
# A side that holds no inventory file is never compared with: exit 1, named.
mkdir -p "$repo/notes" && echo "no inventory here" >"$repo/notes/README"
git -C "$repo" add -A && git -C "$repo" commit -qm notes
(cd "$repo" && "$appmix" diff HEAD:notes inventory --fail-on cost-increase >"$scratch/out" 2>"$scratch/err")
code=$?
[ $code = 1 ] && ok "an empty revision side is exit 1" || fail "an empty revision side exits $code"
contains "$scratch/err" "OLD 'HEAD:notes' holds no inventory file" "the empty side is named"
contains "$scratch/err" "--fail-on cost-increase not evaluated" "a gate that could not be evaluated is named"

# NEW with an error: its policies did not run, so OLD's policy findings are
# not "fixed", and every format says the policies were not evaluated.
sed 's/business_units: \[stores\]/business_units: [nowhere]/' inventory-examples/small.yaml >"$scratch/broken.yaml"
expect_exit 1 "diff to an inventory with an error" "$appmix" diff --format json inventory-examples/small.yaml "$scratch/broken.yaml"
python3 - "$scratch/out" <<'PY' && ok "policy findings are not fixed when NEW's policies did not run" || fail "policy findings listed as fixed: $(head -c 600 "$scratch/out")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["new"]["valid"] is False, d["new"]
assert d["findings"]["new"], d["findings"]
assert not [f for f in d["findings"]["fixed"] if f["rule"].startswith("policy-")], d["findings"]["fixed"]
PY
"$appmix" diff inventory-examples/small.yaml "$scratch/broken.yaml" >"$scratch/out" 2>/dev/null
contains "$scratch/out" "policies were not evaluated" "diff text says the policies were not evaluated"
"$appmix" diff --format markdown "$scratch/broken.yaml" inventory-examples/small.yaml --fail-on new-warnings >"$scratch/out" 2>/dev/null
[ $? = 0 ] && ok "OLD broken: its unevaluated policies make no new warning" || fail "OLD broken: new-warnings tripped on policies OLD never evaluated"
contains "$scratch/out" "**OLD has errors**: only findings are compared, and its policies were not evaluated" "diff markdown says the policies were not evaluated"

# --- command-line mistakes get a reason or a suggestion -------------------------
expect_exit 2 "diff --fail-on cost" "$appmix" diff inventory-examples/small.yaml inventory-examples/small.yaml --fail-on cost
contains "$scratch/err" "(did you mean 'cost-increase'?)" "--fail-on cost suggests cost-increase"
expect_exit 2 "recommend --fail-on gap" "$appmix" recommend inventory-examples/small.yaml --fail-on gap
contains "$scratch/err" "(did you mean 'gaps'?)" "--fail-on gap suggests gaps"
expect_exit 2 "recommend --objective money" "$appmix" recommend inventory-examples/small.yaml --objective money
contains "$scratch/err" "(did you mean 'cost'?)" "--objective money suggests cost"
mkdir -p "$scratch/nothing-here"
expect_exit 1 "batch --each on a folder with no inventory" "$appmix" batch --each "$scratch/nothing-here"
contains "$scratch/err" "--each '$scratch/nothing-here': no inventory inside" "--each names the empty folder"
expect_exit 3 "batch @FILE missing" "$appmix" batch "@$scratch/no-such-list.txt"
contains "$scratch/err" "'$scratch/no-such-list.txt': No such file or directory" "@FILE gives the reason"
expect_exit 2 "batch -o x.xlsx" "$appmix" batch inventory-examples/small.yaml -o "$scratch/x.xlsx"
contains "$scratch/err" "has an extension that names no format batch writes" "batch -o x.xlsx is a usage error"
[ -e "$scratch/x.xlsx" ] && fail "batch -o x.xlsx wrote a file" || ok "batch -o x.xlsx wrote nothing"

# A repeatable option takes one value per use: the positionals after it stay
# positionals also when another option follows them.
expect_exit 1 "diff --fail-on GATE OLD NEW --as-of D" "$appmix" diff --fail-on new-warnings \
  inventory-examples/small.yaml tests/data/diff/small-changed.yaml --as-of 2026-01-15
contains "$scratch/err" "--fail-on new-warnings tripped" "diff reads OLD and NEW after --fail-on"
expect_exit 0 "recommend --keep ID PATH --as-of D" "$appmix" recommend --keep till-pro \
  inventory-examples/small.yaml --as-of 2026-01-15
expect_exit 0 "batch --each DIR PATH --as-of D" "$appmix" batch --quiet --each "$scratch/each" \
  inventory-examples/small.yaml --as-of 2026-01-15
contains "$scratch/out" "appmix batch: 3 inventories" "batch reads the PATH after --each as a PATH"

# --- batch text: the path column fits the longest path ---------------------------
long="$scratch/a-folder-whose-name-is-long/and-deeper-still"
mkdir -p "$long" && cp inventory-examples/small.yaml "$long/small.yaml"
"$appmix" batch --quiet --threads 1 inventory-examples/small.yaml "$long/small.yaml" >"$scratch/out"
python3 - "$scratch/out" <<'PY' && ok "batch text columns line up whatever the path length" || fail "batch text columns shift: $(cat "$scratch/out")"
import sys
lines = [l for l in open(sys.argv[1]).read().split("\n")[2:5]]
assert lines[0].lstrip().startswith("inventory"), lines
# Each cell after the path starts in the same column on every line.
starts = {line.index(word) for line, word in zip(lines, ["organisation", "Fjellvik", "Fjellvik"])}
assert len(starts) == 1, (starts, lines)
PY

# --- batch progress on a terminal: erased before each row ------------------------
# script(1) gives batch a terminal for stdout and stderr; a run longer than a
# second shows the progress line. No row may follow it on the same line.
if command -v script >/dev/null; then
  for _ in $(seq 1500); do echo inventory-examples/telco; done >"$scratch/many.txt"
  script -qec "'$appmix' batch --threads 1 @$scratch/many.txt" /dev/null >"$scratch/tty.out" 2>&1
  python3 - "$scratch/tty.out" <<'PY' && ok "the progress line is erased before rows" || fail "a row follows the progress line on the same line"
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
shown = text.count("batch: ")
assert shown > 0, "no progress line was shown (the run was under a second?)"
# After a progress line, the next characters are its erasure, never a row.
for match in re.finditer(r"\r  batch: [^\r\n\x1b]*\x1b\[K", text):
    rest = text[match.end():match.end() + 4]
    assert rest.startswith("\r\x1b[K"), repr(text[match.start():match.end() + 60])
print(f"{shown} progress lines, each erased", file=sys.stderr)
PY
else
  ok "script(1) missing: the progress line on a terminal is not tested"
fi

# --- gates ---------------------------------------------------------------------
old=inventory-examples/small.yaml
new=tests/data/diff/small-changed.yaml
for gate in new-warnings cost-increase overlap-increase; do
  expect_exit 1 "--fail-on $gate trips on a costlier, more overlapping change" \
    "$appmix" diff --as-of 2026-01-15 --fail-on "$gate" "$old" "$new"
  contains "$scratch/err" "--fail-on $gate tripped" "the tripped $gate gate is named"
  expect_exit 0 "--fail-on $gate does not trip on an unchanged inventory" \
    "$appmix" diff --as-of 2026-01-15 --fail-on "$gate" "$new" "$new"
done
# The reverse change is cheaper and overlaps less (its max_providers warning
# names 2 providers instead of 3: a new message, so new-warnings would trip).
for gate in cost-increase overlap-increase; do
  expect_exit 0 "--fail-on $gate does not trip on the reverse change" \
    "$appmix" diff --as-of 2026-01-15 --fail-on "$gate" "$new" "$old"
done
expect_exit 0 "--fail-on new-errors does not trip without errors" \
  "$appmix" diff --as-of 2026-01-15 --fail-on new-errors "$old" "$new"
expect_exit 1 "--fail-on new-errors trips on a broken NEW" \
  "$appmix" diff --as-of 2026-01-15 --fail-on new-errors "$old" tests/golden/_inputs/invalid.yaml
contains "$scratch/err" "--fail-on new-errors tripped" "the tripped new-errors gate is named"
expect_exit 0 "a broken OLD fixed in NEW passes new-errors" \
  "$appmix" diff --as-of 2026-01-15 --fail-on new-errors tests/golden/_inputs/invalid.yaml "$old"
expect_exit 2 "an unknown gate is a usage error" "$appmix" diff --as-of 2026-01-15 --fail-on bogus "$old" "$new"
expect_exit 0 "github format" "$appmix" diff --as-of 2026-01-15 --format github "$old" "$new"
contains "$scratch/out" "::warning file=tests/data/diff/small-changed.yaml" "github annotates new findings"
contains "$scratch/out" "::notice title=appmix diff::" "github prints a summary notice"

# --- the CI jobs of docs/ci.md, as written ------------------------------------
origin="$scratch/origin.git"
git clone -q --bare "$repo" "$origin"
work="$scratch/work"
git clone -q "$origin" "$work"
git -C "$work" config user.email test@example.com
git -C "$work" config user.name test
sed -i '0,/annual: \([0-9]*\)/s//annual: 1\1/' "$work/inventory/apps/enterprise.yaml"
(
  cd "$work" || exit 1
  export PATH="$(dirname "$appmix"):$PATH"
  # docs/ci.md, "The commands"
  appmix check --as-of 2026-01-15 inventory &&
  appmix diff --as-of 2026-01-15 origin/main:inventory inventory --format markdown -o appmix-diff.md \
    --fail-on new-errors
) >"$scratch/ci.out" 2>&1
code=$?
[ $code = 0 ] && ok "the CI commands of docs/ci.md run" || { fail "CI commands exit $code"; cat "$scratch/ci.out"; }
contains "$work/appmix-diff.md" "## appmix diff:" "the CI job writes the Markdown comment"
contains "$work/appmix-diff.md" "cost today" "the comment leads with the money"

echo "$failures failure(s)"
[ $failures = 0 ]
