#!/usr/bin/env bash
# Renders packaging/windows/dewey.ico from the one icon source, resources/icons/dewey.svg.
# The .ico is committed because Windows build machines have neither rsvg-convert nor icotool; run
# this again (on Debian: apt install librsvg2-bin icoutils) whenever the SVG changes.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/resources/icons/dewey.svg"
ico="$root/packaging/windows/dewey.ico"

for tool in rsvg-convert icotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "make-windows-icon: $tool is missing (apt install librsvg2-bin icoutils)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sizes Explorer, the taskbar and the installer ask for; 256 is stored as PNG (Vista and later),
# the small ones as bitmaps so every Windows version draws them.
small=()
for size in 16 20 24 32 40 48 64; do
    rsvg-convert -w "$size" -h "$size" -o "$work/$size.png" "$svg"
    small+=("$work/$size.png")
done
rsvg-convert -w 256 -h 256 -o "$work/256.png" "$svg"

icotool --create --output="$ico" "${small[@]}" --raw="$work/256.png"
echo "wrote $ico"
icotool --list "$ico"
