#!/usr/bin/env python3
"""Validates inventories against the appmix JSON Schema (draft-07).

Each YAML file (each part of a directory inventory on its own) must pass the
schema, and each whole inventory must also pass a light cross-reference check
(ids unique across kinds, references defined, parents acyclic, real dates,
at most two decimals of money) so that the examples are valid inventories
even before `appmix check` exists. Bad snippets must be rejected, so the
schema is shown to catch what it promises to catch.

Needs python3-yaml and python3-jsonschema.
"""
import argparse
import datetime
import decimal
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import yaml
    import jsonschema
except ImportError as error:  # a missing module is a setup error, never a skip
    sys.exit(f"validate_examples.py: {error}; install python3-yaml and python3-jsonschema")


class Yaml12Loader(yaml.SafeLoader):
    """Reads scalars as YAML 1.2 (and appmix) do: only true/false are booleans,
    dates stay strings, no hex, octal, sexagesimal or underscores in numbers.
    PyYAML's YAML 1.1 rules would turn `yes` into a boolean and hide it."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|false)$", "tf"),
    ("tag:yaml.org,2002:int", r"^-?[0-9]+$", "-0123456789"),
    ("tag:yaml.org,2002:float", r"^-?(?:[0-9]+\.[0-9]*|\.[0-9]+)$", "-.0123456789"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),  # appmix applies merge keys
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def _int_decimal(loader, node):
    return int(loader.construct_scalar(node), 10)  # "010" is ten, not octal eight


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int_decimal)


def load_yaml(text):
    return yaml.load(text, Loader=Yaml12Loader)


def inventory_parts(path):
    """The files of one inventory: the file itself, or every *.yaml/*.yml under
    a directory (recursive, sorted, hidden entries skipped)."""
    if os.path.isfile(path):
        return [path]
    parts = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                parts.append(os.path.join(root, name))
    return sorted(parts)


def schema_errors(validator, document):
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
            for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))]


def without_nulls(value):
    """An optional key written with no value counts as absent (as in appmix)."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def money_ok(value):
    return decimal.Decimal(str(value)).as_tuple().exponent >= -2


def consistency_errors(documents):
    """Cross-part checks that a schema cannot express (spec sections Files,
    Identifiers, capabilities, apps, journeys, policies)."""
    errors = []
    merged = {k: [] for k in ("business_units", "channels", "capabilities", "apps",
                              "candidates", "journeys")}
    scalars, policies, has_version, present = {}, {}, False, set()
    for path, doc in documents:
        present.update(doc)
        for key, value in doc.items():
            if key in merged:
                merged[key].extend((path, item) for item in value)
            elif key == "policies":
                for name, setting in value.items():
                    if name in policies:
                        errors.append(f"{path}: policy {name} also set in {policies[name][0]}")
                    policies[name] = (path, setting)
            else:
                if key == "appmix":
                    has_version = True
                if key in scalars and scalars[key][1] != value:
                    errors.append(f"{path}: {key} conflicts with {scalars[key][0]}")
                scalars[key] = (path, value)
    if not has_version:
        errors.append("no part says appmix: 1")
    for key in ("organisation",):
        if key not in scalars:
            errors.append(f"missing top-level key {key}")
    for key in ("business_units", "capabilities", "apps"):
        if key not in present:
            errors.append(f"missing section {key}")

    kinds, seen = {}, {}
    for section, entries in merged.items():
        for path, item in entries:
            item_id = str(item["id"])
            if item_id in seen:
                errors.append(f"{path}: id {item_id} already defined in {seen[item_id]}")
            seen[item_id] = path
            kinds.setdefault(section, set()).add(item_id)

    def refs(path, owner, ids, section, allow_all=False):
        if allow_all and ids == "all":
            return
        for ref in ids if isinstance(ids, list) else [ids]:
            if str(ref) not in kinds.get(section, set()):
                errors.append(f"{path}: {owner} refers to unknown {section} id {ref}")

    parents = {}
    for path, cap in merged["capabilities"]:
        owner = f"capability {cap['id']}"
        if "parent" in cap:
            refs(path, owner, cap["parent"], "capabilities")
            parents[cap["id"]] = cap["parent"]
        refs(path, owner, cap.get("needed_by", []), "business_units", allow_all=True)
        refs(path, owner, cap.get("channels", []), "channels")
    for start in parents:
        node, steps = start, 0
        while node in parents and steps <= len(parents):
            node, steps = parents[node], steps + 1
        if steps > len(parents):
            errors.append(f"capability {start}: parent cycle")
    app_ids = kinds.get("apps", set()) | kinds.get("candidates", set())
    for section in ("apps", "candidates"):
        for path, app in merged[section]:
            owner = f"{section[:-1]} {app['id']}"
            if section == "apps":
                refs(path, owner, app["business_units"], "business_units", allow_all=True)
            refs(path, owner, app["capabilities"], "capabilities")
            refs(path, owner, app.get("channels", []), "channels")
            for ref in app.get("integrations", []):
                if ref not in app_ids:
                    errors.append(f"{path}: {owner} integrates unknown app {ref}")
            for name, amount in app.get("cost", {}).items():
                if not money_ok(amount):
                    errors.append(f"{path}: {owner} cost.{name} has more than 2 decimals")
            if "contract_end" in app:
                try:
                    datetime.date.fromisoformat(app["contract_end"])
                except ValueError:
                    errors.append(f"{path}: {owner} contract_end is not a real date")
    for path, journey in merged["journeys"]:
        owner = f"journey {journey['id']}"
        if "business_unit" in journey:
            refs(path, owner, journey["business_unit"], "business_units")
        for step in journey["steps"]:
            if "channel" in step:
                refs(path, owner, step["channel"], "channels")
            refs(path, owner, step.get("capabilities", []), "capabilities")
            refs(path, owner, step.get("apps", []), "apps")
    if "max_providers" in policies:
        path, limits = policies["max_providers"]
        refs(path, "policy max_providers", list(limits), "capabilities")
    return errors


# Snippets the schema must reject, each with the reason it is wrong.
BAD_SNIPPETS = [
    ("unknown top-level key", "appmix: 1\norganization: Typo Ltd\n"),
    ("unknown key in an app",
     "apps:\n  - {id: a, name: A, business_units: all, capabilities: [], vendr: X}\n"),
    ("negative money",
     "apps:\n  - {id: a, name: A, business_units: all, capabilities: [], cost: {annual: -5}}\n"),
    ("money as text", "apps:\n  - {id: a, name: A, business_units: all, capabilities: [],"
     " cost: {annual: '1,000'}}\n"),
    ("bad id (upper case)", "business_units:\n  - {id: Retail, name: Retail}\n"),
    ("bad id (space)", "business_units:\n  - {id: retail bank, name: Retail}\n"),
    ("id longer than 64", "business_units:\n  - {id: " + "a" * 65 + ", name: Long}\n"),
    ("yes for a boolean", "apps:\n  - {id: a, name: A, business_units: all, capabilities: [],"
     " sanctioned: yes}\n"),
    ("bad enum", "apps:\n  - {id: a, name: A, business_units: all, capabilities: [],"
     " lifecycle: retired}\n"),
    ("fit score out of range", "apps:\n  - {id: a, name: A, business_units: all,"
     " capabilities: [], fit: {functional: 6}}\n"),
    ("date not YYYY-MM-DD", "apps:\n  - {id: a, name: A, business_units: all,"
     " capabilities: [], contract_end: 31/03/2027}\n"),
    ("retire cost on a candidate",
     "candidates:\n  - {id: c, name: C, capabilities: [], cost: {retire: 10}}\n"),
    ("business_units on a candidate",
     "candidates:\n  - {id: c, name: C, capabilities: [], business_units: all}\n"),
    ("missing required capabilities", "apps:\n  - {id: a, name: A, business_units: all}\n"),
    ("min_providers zero", "capabilities:\n  - {id: c, name: C, min_providers: 0}\n"),
    ("min_providers above 1000", "capabilities:\n  - {id: c, name: C, min_providers: 1001}\n"),
    ("journey without steps", "journeys:\n  - {id: j, name: J}\n"),
    ("step without a name", "journeys:\n  - {id: j, name: J, steps: [{capabilities: [c]}]}\n"),
    ("unknown version", "appmix: 2\n"),
    ("bad data class", "capabilities:\n  - {id: c, name: C, data: y-data}\n"),
    ("needed_by a word other than all",
     "capabilities:\n  - {id: c, name: C, needed_by: everyone}\n"),
    ("policy with a bad capability id", "policies:\n  max_providers: {Feedback: 1}\n"),
    ("unknown policy", "policies:\n  max_apps: 10\n"),
    ("money above 10^12", "apps:\n  - {id: a, name: A, business_units: all,"
     " capabilities: [], cost: {annual: 2000000000000}}\n"),
    ("horizon of zero years", "horizon_years: 0\n"),
    ("required key with no value", "business_units:\n  - {id: retail, name: }\n"),
]

# Snippets the schema must accept: parts of a directory inventory and edge cases.
GOOD_SNIPPETS = [
    ("empty part", "{}\n"),
    ("capabilities only", "capabilities:\n  - {id: feedback.surveys, name: Surveys}\n"),
    ("apps only, all units", "apps:\n  - {id: a, name: A, business_units: all, capabilities: []}\n"),
    ("digits-only id", "business_units:\n  - {id: 2024, name: Unit 2024}\n"),
    ("candidate with acquire cost",
     "candidates:\n  - {id: c, name: C, capabilities: [], cost: {annual: 1.5, acquire: 0}}\n"),
    ("policies only", "policies:\n  max_providers: {feedback.surveys: 1}\n  require_owner: true\n"),
    ("optional key with no value", "apps:\n  - id: a\n    name: A\n    business_units: all\n"
     "    capabilities: []\n    owner:\n"),
    ("step with apps only", "journeys:\n  - {id: j, name: J, steps: [{name: S, apps: [a]}]}\n"),
    ("decimal-looking id", "capabilities:\n  - {id: 2.1, name: Release 2.1}\n"),
    ("merge key", "apps:\n  - &base {id: a, name: A, business_units: all, capabilities: []}\n"
     "  - {<<: *base, id: b}\n"),
]


def check_snippets(validator):
    failures = []
    for reason, text in BAD_SNIPPETS:
        if not schema_errors(validator, load_yaml(text)):
            failures.append(f"schema accepts a bad snippet ({reason}):\n{text}")
    for reason, text in GOOD_SNIPPETS:
        errors = schema_errors(validator, load_yaml(text))
        if errors:
            failures.append(f"schema rejects a good snippet ({reason}): {errors}")
    print(f"snippets: {len(BAD_SNIPPETS)} rejected, {len(GOOD_SNIPPETS)} accepted as expected"
          if not failures else "snippets: FAILED")
    return failures


def check_inventory(validator, path, label=None):
    failures, documents = [], []
    parts = inventory_parts(path)
    if not parts:
        return [f"{path}: no YAML files"]
    for part in parts:
        with open(part, encoding="utf-8") as handle:
            text = handle.read()
        try:
            doc = load_yaml(text)
        except yaml.YAMLError as error:
            failures.append(f"{part}: YAML error: {error}")
            continue
        errors = schema_errors(validator, doc)
        failures += [f"{part}: {e}" for e in errors]
        if not errors:
            documents.append((part, without_nulls(doc)))
    if not failures:
        failures += [f"{label or path}: {e}" for e in consistency_errors(documents)]
    print(f"{label or path}: {len(parts)} part(s), " + ("ok" if not failures else "FAILED"))
    return failures


def run(command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print-schema", required=True, help="tests/schema/print_schema program")
    parser.add_argument("--examples", help="inventory-examples directory: each entry is one inventory")
    parser.add_argument("--appmix", help="appmix binary; `appmix schema` must match when it exists")
    parser.add_argument("--generator", help="bench/gen_inventory: validate what it generates")
    parser.add_argument("inventories", nargs="*", help="more inventory files or directories")
    args = parser.parse_args()

    schema_text = run([args.print_schema])
    schema = json.loads(schema_text)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = check_snippets(validator)

    with tempfile.TemporaryDirectory() as scratch:
        starter = os.path.join(scratch, "starter")
        os.mkdir(starter)
        with open(os.path.join(starter, "inventory.yaml"), "w", encoding="utf-8") as handle:
            handle.write(run([args.print_schema, "--starter", "inventory.yaml"]))
        failures += check_inventory(validator, starter, "starter inventory.yaml")

        inventories = []
        if args.examples:
            entries = sorted(e for e in os.listdir(args.examples) if not e.startswith("."))
            inventories = [e for e in entries
                           if e.endswith((".yaml", ".yml"))
                           or os.path.isdir(os.path.join(args.examples, e))]
            if len(inventories) < 3:
                failures.append(f"{args.examples}: expected at least 3 example inventories")
            for entry in inventories:
                failures += check_inventory(validator, os.path.join(args.examples, entry))

        if args.generator:
            generated = os.path.join(scratch, "generated.yaml")
            with open(generated, "w", encoding="utf-8") as handle:
                handle.write(run([args.generator, "--apps", "300", "--units", "7",
                                  "--capabilities", "120", "--journeys", "20", "--seed", "7"]))
            failures += check_inventory(validator, generated, "generated inventory (one file)")
            split = os.path.join(scratch, "split")
            run([args.generator, "--apps", "200", "--units", "5", "--capabilities", "80",
                 "--seed", "11", "--split", split])
            failures += check_inventory(validator, split, "generated inventory (directory)")
            again = run([args.generator, "--apps", "300", "--units", "7", "--capabilities",
                         "120", "--journeys", "20", "--seed", "7"])
            with open(generated, encoding="utf-8") as handle:
                if handle.read() != again:
                    failures.append("generator: same seed gave different output")

        for path in args.inventories:
            failures += check_inventory(validator, path)

    if args.appmix and os.path.exists(args.appmix):
        printed = subprocess.run([args.appmix, "schema"], capture_output=True, text=True)
        if printed.returncode == 0:
            if printed.stdout != schema_text:
                failures.append("`appmix schema` differs from inventory_json_schema()")
            else:
                print("appmix schema: matches")
        else:
            print("appmix schema: command not available yet; compared nothing")
        if args.examples and subprocess.run([args.appmix, "check", "--help"],
                                            capture_output=True).returncode == 0:
            for entry in inventories:
                path = os.path.join(args.examples, entry)
                checked = subprocess.run([args.appmix, "check", "--quiet", "--as-of", "2026-01-15", path],
                                         capture_output=True, text=True)
                if checked.returncode != 0:
                    failures.append(f"appmix check {path} exited {checked.returncode}:\n"
                                    + checked.stdout + checked.stderr)
            print(f"appmix check: {len(inventories)} examples checked")

    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
