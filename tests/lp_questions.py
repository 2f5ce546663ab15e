"""Questions asked of the LP model `recommend --emit-model` writes, for CBC:
the same model with one row added (a cap on the number of products for a
frontier point, or one product fixed to the opposite decision for a
margin). Shared by tests/frontier_margins_cbc.py and
bench/frontier_margins.py, so the test and the benchmark ask the same
questions."""
import os
import re
import subprocess
import time
from decimal import Decimal


def variables(lp_text):
    """The product variables, from the Binary section (one a line)."""
    binaries = lp_text.split("\nBinary\n", 1)[1].split("\nEnd", 1)[0]
    return [line.strip() for line in binaries.splitlines()
            if line.strip().startswith(("keep_", "add_"))]


def exponent(lp_text):
    """The currency's decimals, from the model's stated unit ("(10^-2)")."""
    return int(re.search(r"\(10\^-(\d+)\)", lp_text).group(1))


def minor(value, decimals):
    return int(Decimal(str(value)) * 10 ** decimals)


def cap_row(names, apps):
    """sum of every product <= apps, wrapped like the LP appmix writes (lines
    of about 200 characters, each continuation starting with +)."""
    lines, line = [], f"card: {names[0]}"
    for name in names[1:]:
        if len(line) > 180:
            lines.append(line)
            line = "   "
        line += f" + {name}"
    lines.append(line + f" <= {apps}")
    return "\n ".join(lines)


def flip_row(names, product_id, decision):
    """The product fixed to the opposite of its recommended decision."""
    by_id = {name.split("_", 1)[1]: name for name in names}
    opposite = 0 if decision in ("keep", "add") else 1
    return f"flip: {by_id[product_id.replace('-', '_')]} = {opposite}"


def with_row(lp_text, row):
    head, tail = lp_text.split("\nBounds\n", 1)
    return head + "\n " + row + "\nBounds\n" + tail


def cbc_optimum(cbc, lp_text, scratch):
    """(optimal objective, or None when infeasible; seconds) of one CBC run."""
    path = os.path.join(scratch, "question.lp")
    with open(path, "w") as out:
        out.write(lp_text)
    start = time.monotonic()
    result = subprocess.run([cbc, path, "threads", "1", "solve", "quit"], capture_output=True,
                            text=True)
    seconds = time.monotonic() - start
    match = re.search(r"^Objective value:\s+([-0-9.e+]+)", result.stdout, re.M)
    if "Optimal solution found" not in result.stdout or not match:
        return None, seconds
    return round(float(match.group(1))), seconds
