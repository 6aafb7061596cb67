#!/usr/bin/env bash
# Qt 6.8 check: builds Dewey and runs its tests inside a Debian 13 (trixie) root, which ships Qt 6.8.
#   sudo nice -n 19 scripts/check-qt68.sh [CTEST_ARGS…]      e.g. -R tst_settings
# The source is the working tree (tracked and untracked files, not ignored ones, plus the Node test
# tools if installed), copied into $DEWEY_QT68_WORK (default /var/tmp/dewey-qt68); a rerun copies
# only the files whose content changed (with a new timestamp), so it rebuilds only what changed. JOBS=N sets the build parallelism (default 2).
# The browser tests are left out (no Chromium in the root). Needs root and the Debian mirror; the
# root with the build packages is cached under /var/cache/dewey-packaging.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/tests/debian-root.sh

dewey_root_require check-qt68.sh

# The build and test packages of scripts/setup-debian.sh, minus Chromium, plus the SVG icon plugins
# (their own package since Debian 13).
packages=(
    build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev
    qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev
    qt6-tools-dev-tools qt6-qpa-plugins libgl-dev dbus gnome-keyring libsecret-tools xauth xvfb nodejs
    qt6-svg-plugins
)

work=${DEWEY_QT68_WORK:-/var/tmp/dewey-qt68}
rm -rf "$work/incoming"
mkdir -p "$work/src" "$work/incoming"
echo "== copying the working tree to $work/src"
{
    git ls-files -z -co --exclude-standard
    if [ -d tests/node/node_modules ]; then find tests/node/node_modules -type f -print0; fi
} | tar --null -T - -cf - | tar -xf - -C "$work/incoming"
# Not the working tree's timestamps: a file edited before the last build ran would look older than
# its object file.
(cd "$work/incoming" && find . -type f -print0) | while IFS= read -r -d '' file; do
    if ! cmp -s "$work/incoming/$file" "$work/src/$file"; then
        mkdir -p "$(dirname "$work/src/$file")"
        cp "$work/incoming/$file" "$work/src/$file"
    fi
done
# Files gone from the working tree go from the copy too (lupdate and the globs would see them).
(cd "$work/src" && find . -type f -not -path './build/*' -print0) | while IFS= read -r -d '' file; do
    [ -e "$work/incoming/$file" ] || rm -f "$work/src/$file"
done
rm -rf "$work/incoming"

root=$(mktemp -d /var/tmp/dewey-trixie-XXXXXX)
dewey_root_create trixie "$root" "${packages[@]}"
dewey_root_bind "$work" /work

dewey_root_in_chroot sh -c 'dpkg-query -W -f "== Qt \${Version}\n" libqt6core6t64 2>/dev/null || dpkg-query -W -f "== Qt \${Version}\n" libqt6core6'
# CI=true: warnings are errors, as in CI and the release workflow (Qt 6.8 deprecations show here).
dewey_root_in_chroot env CI=true cmake -S /work/src -B /work/build -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DDEWEY_BUILD_BENCHMARKS=OFF >/dev/null
# The two programs first, so errors in the product show early; -k 0 lists every error in one run.
status=0
dewey_root_in_chroot env CI=true cmake --build /work/build --parallel "${JOBS:-2}" --target dewey dewey-cli -- -k 0 || status=$?
dewey_root_in_chroot env CI=true cmake --build /work/build --parallel "${JOBS:-2}" -- -k 0 || status=$?
dewey_root_in_chroot ctest --test-dir /work/build --output-on-failure --timeout 600 -E '^browser_' "$@" || status=$?
echo "== Qt 6.8 check finished with status $status"
exit "$status"
