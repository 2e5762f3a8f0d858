#!/usr/bin/env bash
# Builds a Debian package of planwerk from a binary: planwerk_VERSION_ARCH.deb in OUTDIR.
#
#   Packaging/build-deb.sh BINARY OUTDIR [--test-binary]
#
# The package holds the binary (stripped), planwerk(1) in Dutch and English, bash and zsh
# completions, the guide, the command reference and the file format, and a copyright file.
# Its version is the binary's (`planwerk --version`) with the commit's date and hash from git
# ("0.1.0+git20261203.0538ed2", ".dirty" when tracked files were changed). Depends lists the
# packages of the libraries the binary links, as dpkg-shlibdeps finds them (or `dpkg -S` on
# each NEEDED library where dpkg-dev is missing), those of the libraries it opens when first
# used (`planwerk --loaded-later`), and a font for the drawn charts. The
# Maintainer field is $PLANWERK_MAINTAINER, else a placeholder. PLANWERK_DEPENDS_FROM=dpkg-S
# takes the second way even with dpkg-dev installed (the tests try both).
#
# A binary that links the Swift runtime dynamically (libswift*.so: a debug build, or one
# built without --static-swift-stdlib) would not run where Swift is not installed, and is
# refused; `--test-binary` lets `make test` check this script on the debug build, leaving
# those libraries out of Depends.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 outdir=$2 test=${3:-}
[ -x "$binary" ] || { echo "no binary at $binary: run 'make release' first" >&2; exit 1; }
swiftlibs=$(objdump -p "$binary" | awk '$1 == "NEEDED" && $2 ~ /^lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime)/ {print $2}')
if [ -n "$swiftlibs" ] && [ "$test" != "--test-binary" ]; then
  echo "$binary links the Swift runtime dynamically ($(echo $swiftlibs)); build it with" \
    "'make release' (--static-swift-stdlib)" >&2
  exit 1
fi

arch=$(dpkg --print-architecture)
upstream=$("$binary" --version | awk '{print $NF}')
version=$upstream
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  version+="+git$(git log -1 --date=format:%Y%m%d --format=%cd.%h)"
  git diff --quiet HEAD -- 2>/dev/null || version+=".dirty"
fi
name=planwerk_${version}_$arch

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/$name
Packaging/install.sh install "$binary" "$root" /usr /usr/share/zsh/vendor-completions >/dev/null
# Debian's way: man pages compressed, the copyright beside the docs, no write bit for others.
gzip -9n "$root/usr/share/man/man1/planwerk.1" "$root/usr/share/man/en/man1/planwerk.1"
install -m 644 Packaging/copyright "$root/usr/share/doc/planwerk/copyright"

# Where the dynamic loader finds a library (by soname), for this machine's architecture.
library_path() {
  local path
  path=$(ldconfig -p | awk -v lib="$1" '$1 == lib && /x86-64|x86_64|aarch64|AArch64/ {print $NF; exit}')
  [ -n "$path" ] || path=$(ldconfig -p | awk -v lib="$1" '$1 == lib {print $NF; exit}')
  echo "$path"
}
# Adds the package that holds a library to Depends, at least the version installed here.
depend_on() {
  local owner installed
  owner=$( (dpkg -S "$2" 2>/dev/null || dpkg -S "$(readlink -f "$2")") | head -1 | cut -d: -f1)
  [ -n "$owner" ] || { echo "no package holds $1 ($2)" >&2; exit 1; }
  installed=$(dpkg-query -W -f='${Version}' "$owner:$arch" 2>/dev/null || dpkg-query -W -f='${Version}' "$owner")
  case ", $depends, " in *", $owner "* | *", $owner,"*) ;; *) depends+="${depends:+, }$owner (>= $installed)" ;; esac
}

# The packages of the libraries the binary links.
if [ "${PLANWERK_DEPENDS_FROM:-}" != dpkg-S ] && command -v dpkg-shlibdeps >/dev/null 2>&1; then
  mkdir -p "$work/shlibs/debian" "$root/DEBIAN"
  printf 'Source: planwerk\n\nPackage: planwerk\nArchitecture: any\n' >"$work/shlibs/debian/control"
  ignore=()
  if [ -n "$swiftlibs" ]; then ignore=(--ignore-missing-info); fi
  depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O "${ignore[@]}" -e"$root/usr/bin/planwerk" \
    2>"$work/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p') || {
    cat "$work/shlibdeps.log" >&2; exit 1; }
  rmdir "$root/DEBIAN"
else
  # Without dpkg-dev: the package that holds each library, at least the version installed here.
  depends=""
  for lib in $(objdump -p "$binary" | awk '$1 == "NEEDED" {print $2}'); do
    case $lib in libswift* | libFoundation* | lib_Foundation* | libdispatch* | libBlocksRuntime*) continue ;; esac
    path=$(library_path "$lib")
    [ -n "$path" ] || { echo "$lib is not installed here" >&2; exit 1; }
    depend_on "$lib" "$path"
  done
fi
# The libraries it opens when first used (drawing, workbooks, MS Project XML), which no
# NEEDED entry names: the first name of each that is installed here.
while read -r names; do
  path=""
  for lib in $names; do
    path=$(library_path "$lib")
    [ -z "$path" ] || break
  done
  [ -n "$path" ] || { echo "none of $names is installed here" >&2; exit 1; }
  depend_on "$lib" "$path"
done < <("$binary" --loaded-later)
[ -n "$depends" ] || { echo "found no libraries for Depends" >&2; exit 1; }
# pango draws the charts with DejaVu Sans, or Liberation Sans where DejaVu is missing.
depends+=", fonts-dejavu-core | fonts-liberation2 | fonts-liberation"

mkdir -p "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: planwerk
Version: $version
Architecture: $arch
Maintainer: ${PLANWERK_MAINTAINER:-Planwerk maintainers <maintainers@planwerk.invalid>}
Installed-Size: $size
Depends: $depends
Section: misc
Priority: optional
Description: planning workbench for Dutch municipal procurements
 Planwerk is a command-line workbench in which procurement project leaders
 of Dutch municipalities plan, explore and present the timelines of their
 tenders in the sociaal domein (Wmo, Jeugdwet, Participatiewet): lots,
 phases and milestones with dates as council memos write them, shifts with
 undo, a text Gantt chart, checks against statutory periods, sessions with
 a journal, and exports to Markdown, CSV, iCalendar, HTML, TaskJuggler,
 PDF, PNG and SVG. Messages are in Dutch, or in English with --lang en.
CONTROL
find "$root" -type d -exec chmod 755 {} +
mkdir -p "$outdir"
dpkg-deb --root-owner-group -Zxz --build "$root" "$outdir/$name.deb" >/dev/null
echo "$outdir/$name.deb"
