#!/usr/bin/env bash
# Regenerates the README screenshots in docs/images/ from the real app: dewey_screenshots (the main
# window on demo data, chat answered by the local OpenAI stand-in) and tools/screenshots/overlay.js
# (the OBS overlay with one signed test sale), both under Xvfb. Nothing talks to the internet.
# Usage: scripts/take-screenshots.sh [BUILD_DIR]   (default: $DEWEY_SCREENSHOT_BUILD_DIR or build-screenshots)
# Needs: xvfb-run (apt-get install xvfb), Chromium, and npm ci --prefix tests/node. optipng is used
# when installed.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-${DEWEY_SCREENSHOT_BUILD_DIR:-build-screenshots}}
out_dir=docs/images

for tool in xvfb-run node cmake ninja; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: '$tool' is missing" >&2; exit 1; }
done
if [ ! -d tests/node/node_modules ]; then
    npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDEWEY_BUILD_TOOLS=ON
else
    cmake -S . -B "$build_dir" -DDEWEY_BUILD_TOOLS=ON >/dev/null
fi
nice -n 10 cmake --build "$build_dir" --parallel 2 --target dewey_screenshots dewey-cli

mkdir -p "$out_dir"
# A fixed language and time zone keep the pictures the same from one machine to the next.
export LANG=C.UTF-8 TZ=UTC
unset LC_ALL
xvfb_run=(xvfb-run -a -s "-screen 0 1920x1080x24")

echo "== the app"
env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "${xvfb_run[@]}" "$build_dir/tools/screenshots/dewey_screenshots" "$out_dir"

echo "== the overlay"
DEWEY_CLI="$build_dir/app/cli/dewey-cli" "${xvfb_run[@]}" node tools/screenshots/overlay.js "$out_dir/overlay-alert.png"

if command -v optipng >/dev/null; then
    optipng -quiet -o2 "$out_dir"/*.png
fi
ls -l "$out_dir"/*.png
