#!/usr/bin/env bash
# Puts planwerk in place under a prefix, or takes it away again: the binary, planwerk(1) in
# Dutch (man1) and English (en/man1), bash and zsh completions and the documentation. The man
# pages and completions are written by the binary itself (`--manual`, `--generate-completion-
# script`), so they always match it; the binary is installed stripped. Used by `make install`, `make uninstall` and `make package`.
#
#   Packaging/install.sh install BINARY DESTDIR PREFIX [ZSHDIR]
#   Packaging/install.sh uninstall - DESTDIR PREFIX [ZSHDIR]
#
# ZSHDIR defaults to PREFIX/share/zsh/site-functions (on zsh's path for /usr/local); Debian's
# own packages use /usr/share/zsh/vendor-completions. Where the destination is not writable,
# the files are copied with sudo (as `make run` installs libedit with it).
set -euo pipefail
cd "$(dirname "$0")/.."
action=$1 binary=$2 destdir=$3 prefix=$4
zshdir=${5:-$prefix/share/zsh/site-functions}
root=$destdir$prefix
files=(
  "bin/planwerk"
  "share/man/man1/planwerk.1"
  "share/man/en/man1/planwerk.1"
  "share/bash-completion/completions/planwerk"
  "share/doc/planwerk/guide.md"
  "share/doc/planwerk/commands.md"
  "share/doc/planwerk/file-format.md"
)
zshfile=$destdir$zshdir/_planwerk

# sudo only where it is needed: the first existing directory on the way must be writable.
sudo=""
probe=$root
while [ ! -e "$probe" ]; do probe=$(dirname "$probe"); done
if [ ! -w "$probe" ] && [ "$(id -u)" != 0 ]; then sudo=sudo; fi
if [ -e "$(dirname "$zshfile")" ] && [ ! -w "$(dirname "$zshfile")" ] && [ "$(id -u)" != 0 ]; then
  sudo=sudo
fi

case $action in
install)
  [ -x "$binary" ] || { echo "no binary at $binary: run 'make release' first" >&2; exit 1; }
  made=$(mktemp -d)
  trap 'rm -rf "$made"' EXIT
  "$binary" --manual >"$made/planwerk.nl.1"
  "$binary" --manual --lang en >"$made/planwerk.en.1"
  "$binary" --generate-completion-script bash >"$made/planwerk.bash"
  "$binary" --generate-completion-script zsh >"$made/_planwerk"
  for file in "$made"/*; do
    [ -s "$file" ] || { echo "$binary wrote nothing for $(basename "$file")" >&2; exit 1; }
  done
  $sudo install -d "$root/bin" "$root/share/man/man1" "$root/share/man/en/man1" \
    "$root/share/bash-completion/completions" "$root/share/doc/planwerk" "$(dirname "$zshfile")"
  # Stripped: half the size (the symbols and debug information stay in the build).
  strip --strip-unneeded --remove-section=.comment --remove-section=.note -o "$made/planwerk" \
    "$binary"
  $sudo install -m 755 "$made/planwerk" "$root/bin/planwerk"
  $sudo install -m 644 "$made/planwerk.nl.1" "$root/share/man/man1/planwerk.1"
  $sudo install -m 644 "$made/planwerk.en.1" "$root/share/man/en/man1/planwerk.1"
  $sudo install -m 644 "$made/planwerk.bash" "$root/share/bash-completion/completions/planwerk"
  $sudo install -m 644 "$made/_planwerk" "$zshfile"
  $sudo install -m 644 docs/guide.md docs/commands.md docs/file-format.md \
    "$root/share/doc/planwerk/"
  echo "Installed planwerk in $root (man page, bash and zsh completions, docs)"
  ;;
uninstall)
  for file in "${files[@]}"; do $sudo rm -f "$root/$file"; done
  $sudo rm -f "$zshfile"
  # Directories only when empty: they may hold other programs' files.
  $sudo rmdir "$root/share/doc/planwerk" "$root/share/man/en/man1" "$root/share/man/en" \
    2>/dev/null || true
  echo "Removed planwerk from $root"
  ;;
*)
  echo "usage: $0 install|uninstall BINARY DESTDIR PREFIX [ZSHDIR]" >&2
  exit 2
  ;;
esac
