#!/usr/bin/env bash
# Subsets the app's fonts at build time from Debian's font packages:
#   Inter Regular and SemiBold (fonts-inter) to Latin-1 plus the punctuation and
#   symbols the UI uses, Fork Awesome (fonts-fork-awesome) to the icons named
#   in src/ui/icons.h. Keeps the download small (about 60 KB instead of 740 KB).
# Usage: make_fonts.sh OUT_DIR ICONS_H
# Override the sources with INTER_DIR=... and FORK_AWESOME_TTF=... elsewhere.
set -euo pipefail
out="$1"; icons_h="$2"
inter="${INTER_DIR:-/usr/share/fonts/opentype/inter}"
fa="${FORK_AWESOME_TTF:-/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf}"
for f in "$inter/Inter-Regular.otf" "$inter/Inter-SemiBold.otf" "$fa"; do
  [ -f "$f" ] || { echo "make_fonts: missing $f (install fonts-inter and fonts-fork-awesome)" >&2; exit 1; }
done
command -v pyftsubset >/dev/null || { echo "make_fonts: pyftsubset missing (install fonttools)" >&2; exit 1; }
mkdir -p "$out"
# Keep in sync with kTextRanges in src/ui/fonts.cpp.
text="U+0020-00FF,U+2010-2027,U+2030-203A,U+2190-2199,U+2212,U+2248,U+2260-2265,U+20AC,U+2122,U+25CF"
for w in Regular SemiBold; do
  pyftsubset "$inter/Inter-$w.otf" --unicodes="$text" --layout-features=kern \
    --no-hinting --desubroutinize --output-file="$out/Inter-$w.otf"
done
icons=$(grep -o '\\u[fF][0-9a-fA-F]\{3\}' "$icons_h" | sed 's/\\u/U+/' | sort -u | paste -sd, -)
[ -n "$icons" ] || { echo "make_fonts: no icons found in $icons_h" >&2; exit 1; }
pyftsubset "$fa" --unicodes="$icons" --output-file="$out/icons.ttf"
