#!/usr/bin/env bash
# `make install`, `make uninstall` and `make package`, checked on the debug build (the release
# build they use takes minutes): the files land under DESTDIR and PREFIX and go again, and the
# Debian package installs into a scratch root and runs there (Packaging/check-deb.sh). That a
# release package links no Swift library is checked by `make package` itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/debug/planwerk
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL $*" >&2; exit 1; }

Packaging/install.sh install "$bin" "$out/dest" /opt/pw >/dev/null
for file in bin/planwerk share/man/man1/planwerk.1 share/man/en/man1/planwerk.1 \
  share/bash-completion/completions/planwerk share/zsh/site-functions/_planwerk \
  share/doc/planwerk/guide.md; do
  [ -s "$out/dest/opt/pw/$file" ] || fail "make install put no $file under DESTDIR/PREFIX"
done
"$out/dest/opt/pw/bin/planwerk" --version >/dev/null || fail "the installed binary does not run"
Packaging/install.sh uninstall - "$out/dest" /opt/pw >/dev/null
left=$(find "$out/dest" -type f)
[ -z "$left" ] || fail "make uninstall left $left"

# The debug binary links the Swift runtime: refused, unless told it is a test.
if Packaging/build-deb.sh "$bin" "$out/deb" 2>"$out/refused.txt"; then
  fail "build-deb.sh packaged a binary that needs the Swift runtime"
fi
grep -q "links the Swift runtime" "$out/refused.txt" || fail "the refusal: $(cat "$out/refused.txt")"
deb=$(Packaging/build-deb.sh "$bin" "$out/deb" --test-binary)
Packaging/check-deb.sh "$deb" --test-binary
