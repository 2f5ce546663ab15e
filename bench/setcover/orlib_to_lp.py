#!/usr/bin/env python3
"""Converts an OR-Library set-cover file (row or column layout, .gz or plain)
into CPLEX LP format for CBC, so both solvers read the same instance.

Layout detection follows appmix: the row layout is accepted only when it uses
every number of the file exactly, else the column layout is tried.
Usage: orlib_to_lp.py INPUT OUTPUT.lp
"""
import gzip
import sys


def numbers(path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rt") as handle:
        return [int(token) for token in handle.read().split()]


def parse_rows(values):
    m, n = values[0], values[1]
    position = 2
    costs = values[position:position + n]
    position += n
    if len(costs) != n:
        return None
    rows = []
    for _ in range(m):
        if position >= len(values):
            return None
        count = values[position]
        members = values[position + 1:position + 1 + count]
        if len(members) != count or any(c < 1 or c > n for c in members):
            return None
        rows.append(members)
        position += 1 + count
    return (costs, rows) if position == len(values) else None


def parse_columns(values):
    m, n = values[0], values[1]
    position = 2
    costs, rows = [], [[] for _ in range(m)]
    for column in range(1, n + 1):
        cost, count = values[position], values[position + 1]
        costs.append(cost)
        for row in values[position + 2:position + 2 + count]:
            rows[row - 1].append(column)
        position += 2 + count
    if position != len(values):
        raise ValueError("neither layout uses every number of the file")
    return costs, rows


def main():
    values = numbers(sys.argv[1])
    parsed = parse_rows(values) or parse_columns(values)
    costs, rows = parsed
    with open(sys.argv[2], "w") as out:
        out.write("Minimize\n obj:")
        for column, cost in enumerate(costs, 1):
            out.write(f" + {cost} x{column}")
            if column % 10 == 0:
                out.write("\n")
        out.write("\nSubject To\n")
        for index, members in enumerate(rows, 1):
            if not members:
                continue
            terms = " + ".join(f"x{c}" for c in sorted(set(members)))
            out.write(f" r{index}: {terms} >= 1\n")
        out.write("Binary\n")
        for column in range(1, len(costs) + 1):
            out.write(f" x{column}\n")
        out.write("End\n")


if __name__ == "__main__":
    main()
