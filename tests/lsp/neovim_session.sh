#!/usr/bin/env bash
# A real editor against `appmix lsp`: Neovim's built-in LSP client, headless,
# on a copy of inventory-examples/telco (tests/lsp/neovim_session.lua says
# what it does). Checks that Neovim shows the misspelt capability with its
# rule and did-you-mean, hovers (an app with its recommended decision),
# jumps to the definition in another file, finds the references, outlines
# the file, offers the quick fix, completes ids and renames across files.
# Exit 77 (skip) when nvim is not installed.
# usage: neovim_session.sh APPMIX_BINARY REPO_ROOT
set -u
appmix=$1
root=$2
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIP: nvim not installed (.ci/setup-test installs Debian's neovim)"
  exit 77
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-nvim.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cp -R "$root/inventory-examples/telco" "$scratch/telco"
APPMIX=$appmix ROOT="$scratch/telco" OUT="$scratch/answers.txt" HOME="$scratch" \
  timeout 120 nvim --headless -n -u NONE -i NONE -c "luafile $root/tests/lsp/neovim_session.lua" \
  >"$scratch/nvim.log" 2>&1
status=0
check() {
  if grep -qF -- "$1" "$scratch/answers.txt" 2>/dev/null; then
    echo "ok: $2"
  else
    echo "FAIL: $2 (no line with: $1)"
    status=1
  fi
}
check "initialized true" "Neovim's client initialises the server"
check "diagnostic 8:46 unknown capability 'care.chatt' (did you mean 'care.chat'?) [unknown-reference]" \
  "the typo is a diagnostic at its column, with the rule id as code"
check "hover **capability** \`commerce.quotes\`" "hover says what the id is"
check "definition capabilities.yaml:85" "definition jumps to the other file"
check "references 5" "references across the inventory's files"
check "symbols 2" "the outline of the file"
check "action Change to 'care.chat'" "the did-you-mean quick fix"
check "diagnostics after the fix 0" "undoing the typo clears the diagnostic"
check "recommendation: **keep** (the proven least-cost mix)" \
  "hover on an app gives the recommended decision from the background review"
check "completion account account.billing" "completion offers capability ids in a capabilities list"
check "commerce.quotes commerce.shop" "completion lists the capability being typed"
check "rename 4 files 5 edits" "rename edits the id in every file that uses it"
check "rename refused 'care.chat' is already the id of capability 'care.chat'" \
  "rename to a taken id is refused with a message"
if [ $status -ne 0 ]; then
  echo "--- answers"; cat "$scratch/answers.txt" 2>/dev/null
  echo "--- nvim"; cat "$scratch/nvim.log"
fi
exit $status
