#!/usr/bin/env bash
# Installs the Debian 12 packages Dewey needs, skipping those already present.
#   scripts/setup-debian.sh run   — to build and run the app
#   scripts/setup-debian.sh test  — to build and run the whole test suite
set -euo pipefail

mode=${1:-run}

build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    libqt6sql6-sqlite qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-qpa-plugins qt6-translations-l10n libgl-dev librsvg2-bin
)
run_packages=(gnome-keyring libsecret-1-0)
test_packages=(
    clang-format dbus gnome-keyring libsecret-tools xvfb xauth chromium desktop-file-utils
)

packages=("${build_packages[@]}")
case "$mode" in
    run) packages+=("${run_packages[@]}") ;;
    test) packages+=("${run_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# Node.js may come from Debian or from elsewhere (it bundles npm then): look for the commands.
if [ "$mode" = test ]; then
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "These packages are missing and you are not root (and sudo is not installed): ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi

echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
