#!/usr/bin/env python3
"""Long user text ends in a diagnostic or a result, within CPU and memory limits.

Each case writes an input where one piece of user text is long (a comment, a
key, a CSV cell, an id, a line holding many findings) and runs one appmix
command on it, at the size that overflowed the stack through std::regex in
issue 22 (40,000 characters) and ten times that. The command must exit as
expected, print what the case looks for, and stay within the limits set with
setrlimit: a run that recursed per character, or did quadratic work, would be
killed (SIGSEGV, SIGXCPU) or run out of memory instead.

usage: long_inputs.py APPMIX [sanitized] [CASE...]
With "sanitized" (ASan/UBSan builds, which reserve terabytes of address space
and run several times slower) the address-space limit is left out and the CPU
limit is larger. With CASE names only those cases run.
"""
import os
import resource
import subprocess
import sys
import tempfile

CPU_SECONDS = 10  # Release: the slowest case takes about half a second
CPU_SECONDS_SANITIZED = 120
ADDRESS_SPACE = 1 << 30  # 1 GiB; the largest case peaks near 100 MB

SIZES = (40_000, 400_000)

INVENTORY = """appmix: 1
organisation: Long lines
currency: EUR
business_units:
  - id: unit
    name: Unit
capabilities:
  - id: cap
    name: Capability
apps:
  - id: app
    name: App
    business_units: [unit]
    capabilities: [cap]
    cost: {annual: 100}
    owner: Someone
"""


def with_apps_line(apps_line):
    """The inventory with its apps written as one flow list on one line."""
    head = INVENTORY[: INVENTORY.index("apps:\n")]
    return head + "apps: " + apps_line + "\npolicies:\n  require_owner: true\n"


# Each case: (name, command after "appmix", input file name, input text for a
# size, expected exit code, text the output must hold).
def suppression(n):
    return INVENTORY + "# appmix: ignore[x] " + "a" * n + "\n"


def gitlab_key(n):
    return INVENTORY + "? line " + "1" * n + "\n: x\n"


def csv_digits(n):
    return "name,business_units\n" + "1" * n + ",unit\n"


def csv_timestamp(n):
    return "name,business_units\n2024-01-01T" + "a" * n + ",unit\n"


def many_unknown_ids(n):
    ids = []
    length = 0
    while length < n:
        ids.append("u%d" % len(ids))
        length += len(ids[-1]) + 2
    return INVENTORY.replace("capabilities: [cap]", "capabilities: [" + ", ".join(ids) + "]")


def apps_without_owners(n):
    app = "{id: a%d, name: A, business_units: [unit], capabilities: [cap], cost: {annual: 1}}"
    apps = []
    length = 0
    while length < n:
        apps.append(app % len(apps))
        length += len(apps[-1]) + 2
    return with_apps_line("[" + ", ".join(apps) + "]")


def long_id_typo(n):
    long_id = "c" * n
    text = INVENTORY.replace("  - id: cap\n", "  - id: " + long_id + "\n    name: Long\n  - id: cap\n")
    return text.replace("capabilities: [cap]", "capabilities: [cap, " + long_id[:-1] + "d]")


def hostile_name(n):
    piece = "<&>|*_`[]#\\\\\\t\\\"'"  # YAML double-quoted: \\ and \t and \"
    return INVENTORY.replace("    name: App\n", '    name: "' + piece * (n // 14) + '"\n')


def csv_wide_row(n):
    return "name,business_units\nA,unit," + ",".join(["x"] * (n // 2)) + "\n"


def csv_long_list(n):
    return "name,business_units,capabilities\nA,unit," + "|".join(
        "c%d" % i for i in range(n // 7)) + "\n"


def csv_quoted_cell(n):
    return 'name,business_units\n"' + 'a""\n' * (n // 4) + '",unit\n'


def csv_long_header(n):
    return "name,business_units," + "vendr" * (n // 5) + "\nA,unit,x\n"


def csv_integration_chain(n):
    rows = ["name,business_units,integrations"]
    length = 0
    while length < n:
        i = len(rows) - 1
        rows.append("a%d,unit,a%d" % (i, i + 1))
        length += len(rows[-1]) + 1
    return "\n".join(rows) + "\n"


CASES = [
    ("suppression-comment", ["check"], "in.yaml", suppression, 0, "[suppression-unknown-rule]"),
    ("gitlab-unknown-key", ["check", "--format", "gitlab"], "in.yaml", gitlab_key, 1,
     '"check_name": "unknown-key"'),
    ("import-digits", ["import"], "in.csv", csv_digits, 0, 'name: "111'),
    ("import-timestamp", ["import"], "in.csv", csv_timestamp, 0, 'name: "2024-01-01Taaa'),
    ("frames-many-findings", ["check", "--color", "never"], "in.yaml", many_unknown_ids, 1,
     "error: unknown capability 'u1' [unknown-reference]\n   |\n"),
    ("frames-rest-of-line", ["check", "--color", "never"], "in.yaml", apps_without_owners, 0,
     "[policy-require-owner]\n"),
    ("gitlab-many-findings", ["check", "--format", "gitlab"], "in.yaml", many_unknown_ids, 1,
     "unknown capability 'u1'"),
    ("did-you-mean-long-id", ["check", "--format", "concise"], "in.yaml", long_id_typo, 1,
     "(did you mean 'ccc"),
    ("escape-html", ["report", "--format", "html"], "in.yaml", hostile_name, 0,
     "&lt;&amp;&gt;|*_`[]#\\\\t&quot;&#39;&lt;"),
    ("escape-markdown", ["report", "--format", "markdown"], "in.yaml", hostile_name, 0,
     "\\<&\\>\\|\\*\\_\\`\\[\\]\\#\\\\\\t\"'\\<"),
    ("csv-wide-row", ["import"], "in.csv", csv_wide_row, 1, "[csv-extra-cells]"),
    ("csv-long-list", ["import"], "in.csv", csv_long_list, 0, "capabilities: [c0, c1, c2"),
    ("csv-quoted-cell", ["import"], "in.csv", csv_quoted_cell, 0, 'name: "a\\"\\na\\"\\n'),
    ("csv-long-header", ["import"], "in.csv", csv_long_header, 1,
     "its cells are left out [csv-unknown-column]"),
    ("csv-integration-chain", ["import"], "in.csv", csv_integration_chain, 1,
     "(its row, line 3, is left out)"),
]


def limits(sanitized):
    def apply():
        cpu = CPU_SECONDS_SANITIZED if sanitized else CPU_SECONDS
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        if not sanitized:
            resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    return apply


def run_case(appmix, sanitized, scratch, case, size):
    name, arguments, file_name, make_input, expected_exit, needle = case
    path = os.path.join(scratch, file_name)
    with open(path, "w", encoding="utf-8") as out:
        out.write(make_input(size))
    if arguments[0] in ("check", "report"):
        arguments = arguments + ["--as-of", "2026-01-15"]  # no result depends on today
    run = subprocess.run([appmix] + arguments + [path], capture_output=True,
                         preexec_fn=limits(sanitized), cwd=scratch)
    output = run.stdout.decode("utf-8", "replace") + run.stderr.decode("utf-8", "replace")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    label = "%s at %d" % (name, size)
    if run.returncode != expected_exit or needle not in output:
        print("FAIL: %s: exit %d (expected %d), %s%r in %d bytes of output; it starts:\n%s"
              % (label, run.returncode, expected_exit, "" if needle in output else "no ",
                 needle, len(output), output[:600]))
        return False
    print("ok: %s: exit %d, %d bytes of output (children so far: %.1f s CPU, %d MB peak)"
          % (label, run.returncode, len(output), usage.ru_utime + usage.ru_stime,
             usage.ru_maxrss // 1024))
    return True


def main():
    appmix = os.path.abspath(sys.argv[1])
    rest = sys.argv[2:]
    sanitized = bool(rest) and rest[0] == "sanitized"
    names = rest[1:] if sanitized else rest
    cases = [case for case in CASES if not names or case[0] in names]
    if names and len(cases) != len(names):
        print("unknown case in %s; cases: %s" % (names, [case[0] for case in CASES]))
        return 2
    failures = 0
    with tempfile.TemporaryDirectory(prefix="appmix-long.") as scratch:
        for case in cases:
            for size in SIZES:
                failures += not run_case(appmix, sanitized, scratch, case, size)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
