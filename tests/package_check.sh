#!/usr/bin/env bash
# `cpack -G DEB` builds a Debian package that installs and runs: its control
# fields name the shared libraries' packages, it holds the binary, the man
# page and the completion under /usr, and the binary unpacked from it runs a
# bundled example. The package is unpacked with dpkg -x (dpkg -i needs root
# and changes the machine); README.md (Install) shows dpkg -i. Skipped (77)
# without dpkg-deb.
# usage: package_check.sh BUILD_DIR SOURCE_DIR
set -u
build=$1
source=$2
command -v dpkg-deb >/dev/null || { echo "dpkg-deb not found: skipped"; exit 77; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/appmix-package.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; echo "FAIL: cpack -G DEB failed"; exit 1; }
packages=("$scratch"/out/appmix_*.deb)
[[ ${#packages[@]} == 1 && -f ${packages[0]} ]] || { echo "FAIL: no appmix_*.deb: $(ls "$scratch/out")"; exit 1; }
deb=${packages[0]}

info=$(dpkg-deb --info "$deb")
grep -q '^ Package: appmix$' <<<"$info" || fail "Package is not appmix: $info"
for library in libyaml libfmt libcsv zlib1g libstdc++6; do
  grep '^ Depends:' <<<"$info" | grep -q "$library" || fail "Depends does not name $library: $info"
done
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/appmix ./usr/share/man/man1/appmix.1 \
  ./usr/share/bash-completion/completions/appmix; do
  grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done

dpkg-deb -x "$deb" "$scratch/root" || { echo "FAIL: dpkg-deb -x failed"; exit 1; }
appmix=$scratch/root/usr/bin/appmix
[[ $("$appmix" --version) == "appmix "* ]] || fail "the packaged appmix --version: $("$appmix" --version)"
"$appmix" recommend "$source/inventory-examples/retail-bank.yaml" --as-of 2026-01-15 --format json \
  >"$scratch/out.json"
[[ $? == 0 ]] || fail "the packaged appmix recommend failed"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["status"] == "optimal"' \
  "$scratch/out.json" || fail "the packaged appmix recommend gave no optimal mix"

[[ $failures == 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "the .deb installs and runs: $(basename "$deb")"
