#!/usr/bin/env bash
# `cmake --install` into a scratch prefix gives a tool that works from there:
# bin/appmix runs a bundled example, share/man/man1/appmix.1 is a man page
# naming every command, and the bash completion completes commands, options
# and option values through the installed binary.
# usage: install_check.sh BUILD_DIR SOURCE_DIR
set -u
build=$1
source=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-install.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1 ||
  { cat "$scratch/install.log"; echo "FAIL: cmake --install failed"; exit 1; }

appmix=$prefix/bin/appmix
[[ -x $appmix ]] || { echo "FAIL: no bin/appmix"; exit 1; }
"$appmix" recommend "$source/inventory-examples/small.yaml" --as-of 2026-01-15 >"$scratch/out.txt" 2>&1
[[ $? == 0 ]] || fail "installed appmix recommend: exit $? $(cat "$scratch/out.txt")"
grep -q "retire" "$scratch/out.txt" || fail "installed appmix recommend printed no decision"

commands=$("$appmix" --help | awk 'tolower($0) ~ /^subcommands:/ {on = 1; next}
                                   on && NF == 0 {on = 0}
                                   on {print $1}')
[[ $(wc -w <<<"$commands") -ge 10 ]] || fail "appmix --help lists too few commands: $commands"

man_page=$prefix/share/man/man1/appmix.1
if [[ ! -s $man_page ]]; then
  fail "no share/man/man1/appmix.1"
else
  head -c 200 "$man_page" | grep -q '^\.TH APPMIX "1"' || fail "appmix.1 has no .TH header"
  # Rendered by man (Debian man-db, in .ci/setup-test), else groff, else
  # read as roff source with its section macros turned into headings.
  if command -v man >/dev/null; then
    rendered=$(MANWIDTH=100 man -l "$man_page" 2>/dev/null)
  elif command -v groff >/dev/null; then
    rendered=$(groff -man -Tutf8 "$man_page" 2>/dev/null)
  else
    rendered=$(sed -E 's/^\.SH "?([^"]*)"?$/\1/; s/\\-/-/g' "$man_page")
  fi
  for section in NAME SYNOPSIS COMMANDS "EXIT STATUS"; do
    grep -q "^$section" <<<"$rendered" || fail "the man page has no $section section"
  done
  for command in $commands; do
    grep -q "appmix $command" <<<"$rendered" || fail "the man page does not describe 'appmix $command'"
  done
  grep -q -- "--fail-on" <<<"$rendered" || fail "the man page lacks the commands' options (--fail-on)"
fi

completion=$prefix/share/bash-completion/completions/appmix
if [[ ! -f $completion ]]; then
  fail "no share/bash-completion/completions/appmix"
else
  complete_words() {  # the words typed so far, the last being completed
    PATH="$prefix/bin:$PATH" bash -c 'source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _appmix; printf "%s\n" "${COMPREPLY[@]}"' \
      _ "$completion" "$@" | sort | tr '\n' ' '
  }
  [[ $(complete_words appmix re) == "recommend report " ]] ||
    fail "completing 'appmix re': $(complete_words appmix re)"
  [[ $(complete_words appmix diff --fail) == "--fail-on " ]] ||
    fail "completing 'appmix diff --fail': $(complete_words appmix diff --fail)"
  [[ $(complete_words appmix check --format j) == "json junit " ]] ||
    fail "completing 'appmix check --format j': $(complete_words appmix check --format j)"
  [[ $(complete_words appmix recommend --color "") == "always auto never " ]] ||
    fail "completing 'appmix recommend --color': $(complete_words appmix recommend --color "")"
fi

[[ $failures == 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "installed appmix, man page and completion work"
