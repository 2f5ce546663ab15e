#!/usr/bin/env bash
# Writes appmix.1 from the built binary's own help, so the man page cannot
# drift from the command definitions: help2man turns `appmix --help` and
# `appmix --version` into the NAME, SYNOPSIS and OPTIONS sections, and this
# script adds a COMMANDS section with each command's `--help` (the commands
# are read from the top-level help, not listed here).
# usage: make_man_page.sh APPMIX HELP2MAN OUTPUT
set -euo pipefail
appmix=$1
help2man=$2
output=$3
include=$(mktemp "${TMPDIR:-/tmp}/appmix-man.XXXXXX")
trap 'rm -f "$include"' EXIT

commands=$("$appmix" --help | awk 'tolower($0) ~ /^subcommands:/ {on = 1; next}
                                    on && NF == 0 {on = 0}
                                    on {print $1}')
[[ -n "$commands" ]] || { echo "make_man_page.sh: no commands in '$appmix --help'" >&2; exit 1; }

# roff: a leading '.' or "'" would start a request, and '\' is an escape.
roff_text() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
{
  echo '[COMMANDS]'
  for command in $commands; do
    echo '.SS "appmix '"$command"'"'
    echo '.nf'
    "$appmix" "$command" --help | roff_text
    echo '.fi'
  done
  cat <<'ROFF'
[EXIT STATUS]
.TP
.B 0
success (check: no errors, and no warnings with \-\-strict)
.TP
.B 1
findings: the inventory has errors, a policy is breached under \-\-strict, or a gate tripped
.TP
.B 2
usage: unknown option, missing argument, bad value
.TP
.B 3
an input could not be read or the output could not be written
.PP
When several apply, the highest code wins.
[ENVIRONMENT]
.TP
.B NO_COLOR
when set, no colour (as \-\-color never).
[SEE ALSO]
The documentation in the docs/ folder of the appmix source tree, among them
docs/inventory-format.md (the inventory format) and docs/cli.md (every command).
ROFF
} >"$include"

"$help2man" --no-info --section=1 --name="right-size a customer-facing application portfolio" \
  --include="$include" --output="$output" "$appmix"
