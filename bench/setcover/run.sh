#!/bin/sh
# Benchmark: appmix solve against CBC on the OR-Library set-cover instances.
# Usage: bench/setcover/run.sh --instances DIR [--time-limit S] [--only PATTERN] [--no-cbc]
#                              [--markdown FILE] BUILD_DIR
# DIR holds OR-Library files (scp41.txt.gz, rail507.gz, ...; download them
# from http://people.brunel.ac.uk/~mastjjb/jeb/orlib/scpinfo.html) and an
# optima.tsv of their best known costs (see run.py).
# Needs python3, coinor-cbc and /usr/bin/time (Debian package `time`). Build
# BUILD_DIR as Release (-O2) before measuring. Both solvers run with one thread.
exec python3 "$(dirname "$0")/run.py" "$@"
