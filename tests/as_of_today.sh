#!/usr/bin/env bash
# Without --as-of and without as_of in the inventory, the review date is
# today (UTC): the result equals the one with an explicit --as-of of today's
# date, apart from where the date came from and the elapsed time. The only
# test that reads the clock, and it reads it on both sides of the runs: a
# run that straddles midnight is tried again.
# usage: as_of_today.sh APPMIX REPO_ROOT
set -u
appmix=$1
cd "$2" || exit 1
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-as-of.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
inventory=inventory-examples/small.yaml
if grep -q '^as_of:' "$inventory"; then
  echo "FAIL: $inventory sets as_of; this test needs an inventory without one" >&2
  exit 1
fi
strip() {
  python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
doc.pop("as_of_source")
doc["statistics"].pop("seconds")
print(json.dumps(doc, sort_keys=True))' "$1"
}
for attempt in 1 2 3; do
  today=$(date -u +%F)
  "$appmix" recommend "$inventory" --format json --quiet --threads 1 >"$scratch/default.json" || exit 1
  "$appmix" recommend "$inventory" --format json --quiet --threads 1 --as-of "$today" \
    >"$scratch/explicit.json" || exit 1
  [ "$(date -u +%F)" = "$today" ] || continue  # midnight passed between the runs
  source=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["as_of"], d["as_of_source"])' "$scratch/default.json")
  if [ "$source" != "$today today" ]; then
    echo "FAIL: without --as-of the review date reads '$source', expected '$today today'" >&2
    exit 1
  fi
  if ! cmp -s <(strip "$scratch/default.json") <(strip "$scratch/explicit.json"); then
    echo "FAIL: the default review date gives another result than --as-of $today" >&2
    diff <(strip "$scratch/default.json" | tr ',' '\n') <(strip "$scratch/explicit.json" | tr ',' '\n') | head >&2
    exit 1
  fi
  echo "ok: the default review date is today ($today, UTC)"
  exit 0
done
echo "FAIL: the date kept changing between runs" >&2
exit 1
