#!/usr/bin/env bash
# Checks a planwerk .deb the way a machine without Swift would meet it: its control fields and
# files, then the binary unpacked into a scratch root (dpkg -x), run on a script and its
# export, its man pages rendered and its completions loaded.
#
#   Packaging/check-deb.sh DEB [--test-binary]
#
# A package of a release build must link no Swift library (ldd shows no libswift*);
# `--test-binary` is for a package of the debug build (make test), which does.
set -euo pipefail
deb=$1 test=${2:-}
fail() { echo "FAIL $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = planwerk ] || fail "Package is '$(field Package)'"
[[ $(field Version) =~ ^[0-9]+\.[0-9]+\.[0-9]+(\+git[0-9]{8}\.[0-9a-f]+(\.dirty)?)?$ ]] ||
  fail "Version '$(field Version)' is not the binary's version with git's date and commit"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture"
depends=$(field Depends)
for package in libc6 libedit2 libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libxlsxwriter4 \
  fonts-dejavu-core; do
  [[ ", $depends" == *", $package "* || ", $depends" == *", $package,"* ||
    ", $depends" == *", $package" ]] || fail "Depends lacks $package: $depends"
done
[[ $depends != *swift* ]] || fail "Depends names a Swift package: $depends"

contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in ./usr/bin/planwerk ./usr/share/man/man1/planwerk.1.gz \
  ./usr/share/man/en/man1/planwerk.1.gz ./usr/share/bash-completion/completions/planwerk \
  ./usr/share/zsh/vendor-completions/_planwerk ./usr/share/doc/planwerk/copyright \
  ./usr/share/doc/planwerk/guide.md ./usr/share/doc/planwerk/commands.md; do
  grep -qxF "$path" <<<"$contents" || fail "the package has no $path"
done
dpkg-deb --contents "$deb" | awk '$2 != "root/root" {exit 1}' || fail "a file not owned by root"

root=$work/root
dpkg -x "$deb" "$root"
bin=$root/usr/bin/planwerk
if [ "$test" != --test-binary ]; then
  ldd "$bin" | grep -E 'libswift|libFoundation|not found' &&
    fail "the binary needs libraries a machine without Swift lacks"
fi
version=$("$bin" --version)
[[ $version == "planwerk $(field Version | cut -d+ -f1)" ]] || fail "--version says '$version'"

# A script, as a user would run it: a lot, a chart, a check and an export.
export PLANWERK_STATE=$work/state HOME=$work
cat >"$work/plan.plan" <<'PLAN'
vandaag 1 mei 2022
nieuw "Inkoop Wmo 2024"
perceel r1 "Route 1" procedure sas
fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022
fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023
mijlpaal r1.start "Start uitvoering" op 1 januari 2024
gantt breedte 100
haalbaar r1.start
PLAN
printf 'export svg %s\nexport pdf %s\nbewaar %s\n' "$work/plan.svg" "$work/plan.pdf" \
  "$work/plan.json" >>"$work/plan.plan"
printf 'export xlsx %s\n' "$work/plan.xlsx" >>"$work/plan.plan"
"$bin" "$work/plan.plan" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "the script failed"; }
grep -q "Voorbereiding" "$work/out.txt" || fail "no chart in the script's output"
grep -q "<text" "$work/plan.svg" || fail "the SVG has no text"
[ "$(head -c 5 "$work/plan.pdf")" = "%PDF-" ] || fail "the PDF is no PDF"
[ "$(head -c 2 "$work/plan.xlsx")" = "PK" ] || fail "the workbook is no zip archive"
listed=$("$bin" "$work/plan.json" -c lijst) || fail "the saved session does not open"
grep -q "r1.inkoopprocedure" <<<"$listed" || fail "the saved session lacks r1.inkoopprocedure"

# The man pages render without a warning, in both languages; the completions load.
for page in man1 en/man1; do
  text=$(zcat "$root/usr/share/man/$page/planwerk.1.gz")
  grep -q '^\.TH PLANWERK 1' <<<"$text" || fail "$page/planwerk.1 has no title"
  if command -v groff >/dev/null 2>&1; then
    warnings=$(groff -man -Tutf8 -ww -z <<<"$text" 2>&1)
    [ -z "$warnings" ] || fail "groff on $page/planwerk.1: $warnings"
    shown=$(groff -man -Tutf8 <<<"$text" 2>/dev/null | sed "s/.\x08//g")
    grep -qE "^ +(verschuif|shift) " <<<"$shown" ||
      fail "$page/planwerk.1 lists no commands"
  fi
done
completed=$(bash -c 'shopt -s extglob; source "$1" || exit 1
  COMP_LINE="planwerk --la" COMP_POINT=13 COMP_WORDS=(planwerk --la) COMP_CWORD=1
  _planwerk planwerk --la planwerk; echo "${COMPREPLY[*]}"' - \
  "$root/usr/share/bash-completion/completions/planwerk") || fail "the bash completion does not load"
[ "$completed" = --lang ] || fail "the bash completion offers '$completed' for --la"
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$root/usr/share/zsh/vendor-completions/_planwerk" || fail "the zsh completion"
fi
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, installs and runs $version"
