#!/usr/bin/env python3
"""Runs one command and prints `<wall seconds> <peak RSS KiB> <exit code>`.

Peak RSS comes from getrusage(RUSAGE_CHILDREN) of this fresh process, so it is
the child's own high-water mark (Linux reports KiB). The command's stdout and
stderr go to the files named by MEASURE_STDOUT / MEASURE_STDERR (default
/dev/null). Used by bench/check.sh and tests/large so that neither needs the
`time` package.
"""
import os
import resource
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: measure.py COMMAND [ARG...]")
    timeout = float(os.environ.get("MEASURE_TIMEOUT", "0")) or None
    with open(os.environ.get("MEASURE_STDOUT", os.devnull), "wb") as out, \
         open(os.environ.get("MEASURE_STDERR", os.devnull), "wb") as err:
        start = time.monotonic()
        try:
            code = subprocess.run(sys.argv[1:], stdout=out, stderr=err, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            code = "timeout"  # subprocess.run has killed the child and waited for it
        wall = time.monotonic() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{wall:.3f} {peak_kib} {code}")


if __name__ == "__main__":
    main()
