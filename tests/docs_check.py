#!/usr/bin/env python3
"""The repository carries its own contract, and its documents say so.

  docs_check.py APPMIX REPO_ROOT

- Every key of `appmix schema` (each property name, dotted under its
  parent's name when nested in a map: `cost.annual`) is documented in
  docs/inventory-format.md, written in backticks.
- Every command `appmix --help` lists has a section in docs/cli.md's
  command reference, and every option of it (`appmix CMD --help`) appears
  in docs/cli.md or in the command's own page (docs/CMD.md).
- No tracked file points outside the repository: no `../shared`, no
  `inventory-v1.md`, no `STYLE.md` (those were documents of the team that
  wrote appmix; a clone has none of them). The one exception is the line of
  CMakeLists.txt that sets the default of APPMIX_REFERENCE_DATA, the folder
  of reference data some tests use when it is there (nothing of it is
  copied into the repository; without it those tests skip).
"""
import json
import os
import re
import subprocess
import sys

OUTSIDE = re.compile(r"\.\./shared|inventory-v1\.md|STYLE\.md")


def schema_keys(appmix):
    schema = json.loads(subprocess.run([appmix, "schema"], check=True, capture_output=True,
                                       text=True).stdout)
    keys = set()

    def walk(node, parent):
        if isinstance(node, dict):
            for name, value in node.get("properties", {}).items():
                keys.add(f"{parent}.{name}" if parent else name)
                # A nested map (cost, fit) names its keys with a dot; items
                # of lists and definitions start afresh.
                walk(value, name if is_map(value) and parent is None else None)
            for key, value in node.items():
                if key != "properties":
                    walk(value, None)
        elif isinstance(node, list):
            for value in node:
                walk(value, None)

    def is_map(node):
        kinds = node.get("type", [])
        kinds = kinds if isinstance(kinds, list) else [kinds]
        return "object" in kinds and "properties" in node

    for name, definition in schema.get("definitions", {}).items():
        walk(definition, None)
    walk({"properties": schema["properties"]}, None)
    return keys


def help_of(appmix, *command):
    return subprocess.run([appmix, *command, "--help"], check=True, capture_output=True,
                          text=True).stdout


def main():
    appmix, root = sys.argv[1:3]
    failures = []

    with open(os.path.join(root, "docs", "inventory-format.md"), encoding="utf-8") as f:
        format_doc = f.read()
    keys = schema_keys(appmix)
    assert len(keys) > 40, f"too few schema keys found: {sorted(keys)}"
    for key in sorted(keys):
        leaf = key.rsplit(".", 1)[-1]
        if not re.search(rf"`([a-z_]+\.)?{re.escape(leaf)}[`:]", format_doc) or (
                "." in key and f"`{key}" not in format_doc):
            failures.append(f"docs/inventory-format.md does not document the schema key `{key}`")

    with open(os.path.join(root, "docs", "cli.md"), encoding="utf-8") as f:
        cli_doc = f.read()
    top = help_of(appmix)
    commands = re.findall(r"^  (\w+)  ", top.split("Subcommands:", 1)[1], re.M)
    assert len(commands) >= 10, commands
    for command in commands:
        if not re.search(rf"^##+ `appmix {command}\b", cli_doc, re.M):
            failures.append(f"docs/cli.md has no section `appmix {command}`")
        page = os.path.join(root, "docs", f"{command}.md")
        documented = cli_doc + (open(page, encoding="utf-8").read() if os.path.exists(page) else "")
        for option in sorted(set(re.findall(r"(?:^|[ ,])(--[a-z][a-z-]*)", help_of(appmix, command),
                                            re.M))):
            if option in ("--help", "--version"):
                continue
            if f"`{option}" not in documented:
                failures.append(f"appmix {command} {option} is documented neither in docs/cli.md "
                                f"nor in docs/{command}.md")

    tracked = subprocess.run(["git", "-C", root, "ls-files", "-z"], capture_output=True)
    if tracked.returncode != 0:
        print("skipped the outside-references check: not a git checkout")
    else:
        for path in tracked.stdout.decode().split("\0"):
            full = os.path.join(root, path)
            if not path or not os.path.isfile(full) or path == "tests/docs_check.py":
                continue
            with open(full, "rb") as f:
                text = f.read().decode("utf-8", "replace")
            if path == "CMakeLists.txt":
                text = "\n".join(line for line in text.splitlines()
                                  if not line.startswith("set(APPMIX_REFERENCE_DATA "))
            hits = [m.group(0) for m in OUTSIDE.finditer(text)]
            if hits:
                failures.append(f"{path} points outside the repository: {sorted(set(hits))}")

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print(f"ok: {len(keys)} schema keys documented, {len(commands)} commands in docs/cli.md, "
          "no reference outside the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
