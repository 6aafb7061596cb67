#!/bin/sh
# without-keyring.sh COMMAND [ARGS...]
# Runs COMMAND in a fresh HOME with no usable D-Bus session bus, the way Dewey meets a headless machine
# or a desktop without a keyring: the bus address points at a socket that does not exist (so libdbus
# neither finds a real bus nor autolaunches one) and there is no display.
set -eu

home=$(mktemp -d "${TMPDIR:-/tmp}/dewey-nokeyring-XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 0700 "$home/runtime"
status=0
env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION \
    -u KDE_SESSION_VERSION -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u GNOME_KEYRING_CONTROL \
    HOME="$home" XDG_RUNTIME_DIR="$home/runtime" DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-such-bus" \
    "$@" || status=$?
exit "$status"
