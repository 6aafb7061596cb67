#!/usr/bin/env bash
# Builds the Debian package: a Release build in its own directory, the desktop entry and AppStream
# metadata validated, then CPack. Prints the path of the .deb as the last line.
#   scripts/package-deb.sh [BUILD_DIR]   (default: $DEWEY_PACKAGE_BUILD_DIR or build-package;
#                                         JOBS=N sets the build parallelism, 2 by default)
# Needs: dpkg-dev (dpkg-shlibdeps), librsvg2-bin (icons); desktop-file-utils and appstream are used
# to validate when installed.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=$(realpath -m "${1:-${DEWEY_PACKAGE_BUILD_DIR:-build-package}}")

for tool in cmake ninja cpack dpkg-shlibdeps rsvg-convert; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "package-deb.sh: $tool is missing (apt-get install cmake ninja-build dpkg-dev librsvg2-bin)" >&2
        exit 1
    fi
done

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DDEWEY_BUILD_TESTS=OFF -DDEWEY_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" --parallel "${JOBS:-2}"

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/stream.dewey.Dewey.desktop
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$build_dir/packaging/stream.dewey.Dewey.metainfo.xml"
fi

rm -f "$build_dir"/dewey_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/dewey_*.deb)
dpkg-deb --field "$deb" Package Version Depends Recommends >&2
echo "$deb"
