#!/usr/bin/env python3
"""Checks `appmix check --format gitlab` against GitLab's code-quality format.

  validate_gitlab.py APPMIX REPO_ROOT

GitLab publishes no JSON Schema file for the report, only a table of required
fields (docs.gitlab.com, "Code Quality", "Implement a custom tool"), so the
schema below is written from that table: an array of issues, each with a
description, check_name, fingerprint, severity (info, minor, major, critical,
blocker), location.path and location.lines.begin (an integer from 1).

For every diagnostics fixture and the golden inputs it validates the report,
checks that the fingerprints of one report are unique, and that the report
names the same findings as the text form. Then, for a copy of each fixture
with a comment line inserted at the top, it checks that every fingerprint is
unchanged and every line moved down by one. Exits 77 (ctest SKIP_RETURN_CODE)
when python3-jsonschema is not installed.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}

FIXTURE_DIR = os.path.join("tests", "diagnostics")


def gitlab(appmix, path, cwd):
    run = subprocess.run([appmix, "check", "--format", "gitlab", "--quiet", "--as-of", "2026-01-15", path], cwd=cwd,
                         capture_output=True, text=True)
    if run.returncode not in (0, 1, 3):
        raise RuntimeError(f"{path}: appmix exited {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)


def concise_count(appmix, path, cwd):
    run = subprocess.run([appmix, "check", "--format", "concise", "--quiet", "--as-of", "2026-01-15", path], cwd=cwd,
                         capture_output=True, text=True)
    return len(run.stdout.splitlines())


def inputs(root):
    found = ["tests/golden/_inputs/invalid.yaml", "tests/golden/_inputs/warnings.yaml"]
    for name in sorted(os.listdir(os.path.join(root, FIXTURE_DIR))):
        if name.endswith(".yaml") or (os.path.isdir(os.path.join(root, FIXTURE_DIR, name))
                                      and name != "no-inventory-files"):
            found.append(os.path.join(FIXTURE_DIR, name))
    return found


def with_line_above(source, target):
    """Copies file or folder `source` to `target`, each YAML file with a comment line on top."""
    if os.path.isdir(source):
        shutil.copytree(source, target)
        files = [os.path.join(d, f) for d, _, fs in os.walk(target) for f in fs]
    else:
        shutil.copy(source, target)
        files = [target]
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
        with open(path, "wb") as f:
            f.write(bom + b"# an unrelated line\n" + data[len(bom):])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    appmix, root = map(os.path.abspath, sys.argv[1:])
    try:
        import jsonschema
    except ImportError:
        print("skipped: python3 jsonschema is not installed (apt-get install python3-jsonschema)")
        return SKIP
    validator = jsonschema.Draft7Validator(SCHEMA)
    problems = []
    moved = 0
    for path in inputs(root):
        report = gitlab(appmix, path, root)
        problems += [f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                     for e in validator.iter_errors(report)]
        fingerprints = [issue["fingerprint"] for issue in report]
        if len(set(fingerprints)) != len(fingerprints):
            problems.append(f"{path}: two issues share a fingerprint")
        if len(report) != concise_count(appmix, path, root):
            problems.append(f"{path}: the report and the concise form list different counts")

        with tempfile.TemporaryDirectory(prefix="appmix-gitlab.") as scratch:
            name = os.path.basename(path)
            before_dir = os.path.join(scratch, "before")
            after_dir = os.path.join(scratch, "after")
            os.makedirs(before_dir)
            os.makedirs(after_dir)
            source = os.path.join(root, path)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(before_dir, name))
            else:
                shutil.copy(source, os.path.join(before_dir, name))
            with_line_above(source, os.path.join(after_dir, name))
            before = gitlab(appmix, name, before_dir)
            after = gitlab(appmix, name, after_dir)
            # Text checks (binary, invalid UTF-8, nesting) report the first
            # bad byte; a line inserted above moves it but keeps the finding.
            if [i["fingerprint"] for i in before] != [i["fingerprint"] for i in after]:
                problems.append(f"{path}: fingerprints changed after inserting a line above:\n"
                                f"  before {json.dumps(before)}\n  after  {json.dumps(after)}")
            for old, new in zip(before, after):
                if old["location"]["lines"]["begin"] > 1 or new["location"]["lines"]["begin"] > 1:
                    if new["location"]["lines"]["begin"] != old["location"]["lines"]["begin"] + 1:
                        problems.append(f"{path}: {old['check_name']} did not move down a line")
                    else:
                        moved += 1
    for problem in problems:
        print(problem)
    print(f"{len(inputs(root))} inventories, {moved} findings moved with fingerprints unchanged")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
