#!/usr/bin/env python3
"""Diagnostics fixtures: one input per rule id, with its exact expected output.

tests/diagnostics/<rule-id>.yaml (or a folder <rule-id>/, checked as one
directory inventory) must make `appmix check --format text --color never`
print exactly <rule-id>.expected (with code frames), which must mention
[<rule-id>]; `--format concise` exactly <rule-id>.concise.expected and
`--format gitlab` exactly <rule-id>.gitlab.expected.
A rule about CSV imports (csv-*) has a fixture <rule-id>.csv: `appmix import
--color never --quiet` must print exactly <rule-id>.expected on stderr (the
inventory it may still write on stdout is not compared).
A rule about OR-Library files (orlib-*) has a fixture <rule-id>.txt instead:
`appmix solve --color never --quiet` must print exactly <rule-id>.expected on
stderr (where solve writes the diagnostics of a file it cannot read), nothing
on stdout, and exit 1.

  run_fixtures.py APPMIX REPO_ROOT coverage   every rule has a fixture and every
                                              fixture names a rule (both ways)
  run_fixtures.py APPMIX REPO_ROOT RULE-ID    runs one fixture
  run_fixtures.py APPMIX REPO_ROOT generated  runs the fixtures made at test time
                                              (too big to commit), in a scratch folder

APPMIX_UPDATE_GOLDEN=1 writes the .expected files instead of comparing them;
read each one before committing it.
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

# Rules that cannot have a fixture file here, each with the reason.
NOT_FIXTURE_ABLE = {
    "io-error": "needs a path that cannot be read; tests/golden/check-missing-file covers it",
    "baseline-stale": "needs check --baseline; tests/golden/check-baseline-stale covers it",
}



def write_too_large(path):
    with open(path, "w", encoding="utf-8") as out:
        out.write("appmix: 1\n")
        out.write("#" * (64 << 20) + "\n")  # one byte past the 64 MiB limit is enough


def write_symlink_loop(path):
    # A symbolic link in git is fragile (checkouts without link support), so
    # the loop is made here: a valid inventory whose sub/back leads back up.
    os.makedirs(os.path.join(path, "sub"))
    with open(os.path.join(path, "inventory.yaml"), "w", encoding="utf-8") as out:
        out.write("appmix: 1\norganisation: Acme Retail\n"
                  "business_units:\n  - {id: retail, name: Retail}\n"
                  "capabilities:\n  - {id: crm, name: CRM}\n"
                  "apps:\n  - {id: salesforce, name: Salesforce, business_units: [retail],"
                  " capabilities: [crm]}\n")
    os.symlink("..", os.path.join(path, "sub", "back"))


def write_orlib_too_large(path):
    # 129 MiB of blanks, then an instance: about 130 KB of gzip that expands
    # past the 128 MiB bound (a decompression bomb; issue 9).
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        block = b" " * (1 << 20)
        for _ in range(129):
            out.write(block)
        out.write(b"1 1\n1\n1 1\n")


# Fixtures written at test time into a scratch folder (rule -> (name, writer));
# their .expected files live here like the others.
GENERATED = {
    "file-too-large": ("file-too-large.yaml", write_too_large),
    "symlink-loop": ("symlink-loop", write_symlink_loop),
    "orlib-too-large": ("orlib-too-large.txt.gz", write_orlib_too_large),
}

# Files in this folder that are not fixtures.
NOT_FIXTURES = {"run_fixtures.py", "README.md"}

FIXTURE_DIR = os.path.join("tests", "diagnostics")


def rule_ids(appmix, root):
    listing = subprocess.run([appmix, "check", "--list-rules"], cwd=root,
                             capture_output=True, text=True, check=True).stdout
    ids = re.findall(r"^\| `([a-z0-9-]+)` \|", listing, re.MULTILINE)
    if not ids:
        sys.exit("appmix check --list-rules printed no rule table")
    return ids


# Output forms of check compared for each inventory fixture: format -> suffix.
CHECK_FORMS = {"text": ".expected", "concise": ".concise.expected", "gitlab": ".gitlab.expected"}


def rule_of_expected(name):
    """The rule id an expected file belongs to, whatever its form."""
    for suffix in sorted(CHECK_FORMS.values(), key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return None


def fixtures(root):
    """Maps rule id -> fixture path (relative to root); lists stray files."""
    found, stray = {}, []
    folder = os.path.join(root, FIXTURE_DIR)
    for name in sorted(os.listdir(folder)):
        if name in NOT_FIXTURES or name.endswith(".expected"):
            continue
        path = os.path.join(FIXTURE_DIR, name)
        if os.path.isdir(os.path.join(root, path)):
            found[name] = path
        elif name.endswith(".yaml"):
            found[name[: -len(".yaml")]] = path
        elif name.startswith("orlib-") and name.endswith(".txt"):
            found[name[: -len(".txt")]] = path
        elif name.startswith("csv-") and name.endswith(".csv"):
            found[name[: -len(".csv")]] = path
        else:
            stray.append(name)
    expected = [rule_of_expected(n) for n in sorted(os.listdir(folder))
                if n.endswith(".expected")]
    return found, stray, expected


def coverage(appmix, root):
    ids = set(rule_ids(appmix, root))
    found, stray, expected = fixtures(root)
    problems = []
    for rule in sorted(ids - set(found) - set(NOT_FIXTURE_ABLE) - set(GENERATED)):
        problems.append(f"rule '{rule}' has no fixture: add {FIXTURE_DIR}/{rule}.yaml "
                        f"(or list it in NOT_FIXTURE_ABLE with a reason)")
    for rule in sorted(set(found) - ids):
        problems.append(f"fixture {found[rule]} names no known rule id")
    for rule in sorted(set(NOT_FIXTURE_ABLE) - ids):
        problems.append(f"NOT_FIXTURE_ABLE lists '{rule}', which is not a rule id")
    for rule in sorted(set(NOT_FIXTURE_ABLE) & set(found)):
        problems.append(f"'{rule}' has a fixture but is listed in NOT_FIXTURE_ABLE")
    for rule in sorted(set(GENERATED) - ids):
        problems.append(f"GENERATED lists '{rule}', which is not a rule id")
    for rule in sorted(set(GENERATED) & set(found)):
        problems.append(f"'{rule}' has a fixture but is generated at test time too")
    for rule in sorted(set(expected) - set(found) - set(GENERATED)):
        problems.append(f"{FIXTURE_DIR}/{rule}.expected has no fixture")
    for name in stray:
        problems.append(f"{FIXTURE_DIR}/{name} is neither a <rule-id>.yaml fixture, "
                        f"an orlib-*.txt or csv-*.csv fixture, a <rule-id>/ folder nor a "
                        f".expected file")
    for problem in problems:
        print(problem)
    print(f"{len(ids)} rules, {len(found)} fixtures, {len(GENERATED)} generated, "
          f"{len(NOT_FIXTURE_ABLE)} not fixture-able")
    return 1 if problems else 0


def run_one(appmix, root, rule):
    found, _, _ = fixtures(root)
    if rule not in found:
        print(f"no fixture for '{rule}'")
        return 1
    return compare(appmix, root, rule, found[rule], root)


def run_generated(appmix, root):
    failures = 0
    for rule, (name, write) in sorted(GENERATED.items()):
        with tempfile.TemporaryDirectory(prefix="appmix-fixture.") as scratch:
            write(os.path.join(scratch, name))
            print(f"{rule}:")
            failures += compare(appmix, root, rule, name, scratch)
    return 1 if failures else 0


def compare(appmix, root, rule, fixture, cwd):
    """Checks `fixture` (relative to cwd) against its expected files, in every form."""
    if rule.startswith("orlib-"):
        return compare_form(appmix, root, rule, fixture, cwd, None)
    if rule.startswith("csv-"):
        return compare_form(appmix, root, rule, fixture, cwd, "import")
    return max(compare_form(appmix, root, rule, fixture, cwd, form) for form in CHECK_FORMS)


def compare_form(appmix, root, rule, fixture, cwd, form):
    """Checks one form of `fixture` against tests/diagnostics/<rule><suffix>.

    form: None for solve (OR-Library), "import" for a CSV import, else a
    check --format."""
    solve = form is None
    csv_import = form == "import"
    command = (["solve", "--color", "never", "--quiet"] if solve else
               ["import", "--color", "never", "--quiet"] if csv_import else
               # A fixed review date: no fixture depends on today's (the
               # contract-ended fixture is dated relative to it).
               ["check", "--format", form, "--color", "never", "--quiet",
                "--as-of", "2026-01-15"])
    result = subprocess.run([appmix, *command, fixture], cwd=cwd, capture_output=True,
                            env={**os.environ, "LC_ALL": "C"})
    # check's findings are its result (stdout); solve's and import's go to
    # stderr (import's stdout is the inventory it still writes).
    on_stderr = solve or csv_import
    output = (result.stderr if on_stderr else result.stdout).decode("utf-8", "replace")
    other = b"" if csv_import else result.stdout if solve else result.stderr
    suffix = ".expected" if on_stderr else CHECK_FORMS[form]
    expected_path = os.path.join(root, FIXTURE_DIR, rule + suffix)
    problems = []
    mention = f'"check_name": "{rule}"' if form == "gitlab" else f"[{rule}]"
    if mention not in output:
        problems.append(f"the output does not mention [{rule}]")
    if other:
        problems.append(("stdout" if on_stderr else "stderr") + " is not empty under --quiet:\n"
                        + other.decode("utf-8", "replace"))
    errors = (re.search(r'"severity": "major"', output) if form == "gitlab" else
              re.search(r"^\S.*: error: ", output, re.MULTILINE))
    wanted_exit = 1 if errors else 0
    if result.returncode != wanted_exit:
        problems.append(f"exit code {result.returncode}, expected {wanted_exit}")
    if os.environ.get("APPMIX_UPDATE_GOLDEN") == "1":
        with open(expected_path, "w", encoding="utf-8", newline="") as out:
            out.write(output)
    elif not os.path.exists(expected_path):
        problems.append(f"{FIXTURE_DIR}/{rule}{suffix} is missing "
                        "(APPMIX_UPDATE_GOLDEN=1 ctest -R diagnostics writes it; read it)")
    else:
        with open(expected_path, encoding="utf-8", newline="") as f:
            wanted = f.read()
        if wanted != output:
            problems.append(f"output differs from {rule}{suffix}:\n--- expected\n{wanted}"
                            f"--- actual\n{output}")
    for problem in problems:
        print(f"{form or 'solve'}: {problem}")
    return 1 if problems else 0


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    appmix, root, what = sys.argv[1:]
    appmix, root = os.path.abspath(appmix), os.path.abspath(root)
    if what == "coverage":
        return coverage(appmix, root)
    if what == "generated":
        return run_generated(appmix, root)
    return run_one(appmix, root, what)


if __name__ == "__main__":
    sys.exit(main())
