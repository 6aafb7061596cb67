#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND against a real, unlocked GNOME keyring (Secret Service) on a private D-Bus session bus,
# in a fresh HOME that is removed afterwards, so keychain tests never touch the developer's keyring.
set -eu

for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (apt-get install dbus gnome-keyring libsecret-tools)" >&2
        exit 1
    fi
done

if [ "${DEWEY_KEYRING_SESSION:-}" != "inside" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/dewey-keyring-XXXXXX")
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -m 0700 "$home/runtime"
    # QtKeychain picks KWallet on a KDE desktop: pretend no desktop, so it takes the Secret Service.
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION \
        -u KDE_SESSION_VERSION -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME \
        -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL \
        HOME="$home" XDG_RUNTIME_DIR="$home/runtime" DEWEY_KEYRING_SESSION=inside \
        dbus-run-session -- sh "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private bus. --unlock reads the password from stdin and creates the login keyring with
# it; the daemon forks into the background and prints its environment.
eval "$(printf '%s' 'dewey-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# Prove the keyring really stores and returns secrets before running the tests against it.
printf '%s' 'keyring-check' | secret-tool store --label='Dewey test keyring check' dewey-test check
if [ "$(secret-tool lookup dewey-test check)" != "keyring-check" ]; then
    echo "with-keyring.sh: the test keyring does not return what was stored" >&2
    exit 1
fi
secret-tool clear dewey-test check

exec "$@"
