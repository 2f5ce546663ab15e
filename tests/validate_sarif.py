#!/usr/bin/env python3
"""Validates `appmix check --format sarif` logs against the SARIF 2.1.0 schema.

  validate_sarif.py APPMIX REPO_ROOT SCHEMA INVENTORY...

Runs check on each inventory (paths relative to REPO_ROOT), validates the log
with a draft-04 validator (the schema declares draft-04), and checks what the
schema cannot: every ruleIndex points at the rule named by ruleId, and every
URI is a relative reference or a file:// URI. SCHEMA is OASIS's schema,
from the reference data (APPMIX_REFERENCE_DATA in CMakeLists.txt). Exits 77
(ctest SKIP_RETURN_CODE) when the schema or python3-jsonschema is missing.
"""
import json
import os
import subprocess
import sys

SKIP = 77


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    appmix, root, schema_path = sys.argv[1:4]
    try:
        import jsonschema
    except ImportError:
        print("skipped: python3 jsonschema is not installed (apt-get install python3-jsonschema)")
        return SKIP
    if not os.path.isfile(schema_path):
        print(f"skipped: no SARIF schema at {schema_path} (the reference data is absent)")
        return SKIP
    with open(schema_path, encoding="utf-8") as f:
        validator = jsonschema.Draft4Validator(json.load(f))
    failures = 0
    for inventory in sys.argv[4:]:
        run = subprocess.run([appmix, "check", "--format", "sarif", "--quiet", "--as-of", "2026-01-15",
                             inventory],
                             cwd=root, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"{inventory}: appmix exited {run.returncode}: {run.stderr}")
            failures += 1
            continue
        log = json.loads(run.stdout)
        problems = ["/".join(map(str, e.absolute_path)) + " : " + e.message
                    for e in validator.iter_errors(log)]
        for sarif_run in log.get("runs", []):
            rules = sarif_run["tool"]["driver"].get("rules", [])
            for result in sarif_run.get("results", []):
                index = result.get("ruleIndex")
                if index is None or rules[index]["id"] != result["ruleId"]:
                    problems.append(f"result {result['ruleId']}: ruleIndex {index} is wrong")
                for location in result.get("locations", []) + result.get("relatedLocations", []):
                    uri = location.get("physicalLocation", {}).get("artifactLocation", {}).get(
                        "uri", "")
                    # A relative reference, or a file:// URI for an absolute path.
                    if uri.startswith("/") or (":" in uri and not uri.startswith("file:///")):
                        problems.append(f"bare absolute path or unknown scheme in URI {uri}")
            if not sarif_run.get("results") and inventory.endswith("invalid.yaml"):
                problems.append("expected results for the invalid inventory")
        for problem in problems:
            print(f"{inventory}: {problem}")
        failures += bool(problems)
        print(f"{inventory}: {len(log['runs'][0].get('results', []))} results, "
              f"{'valid' if not problems else 'INVALID'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
