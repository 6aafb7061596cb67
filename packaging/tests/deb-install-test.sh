#!/usr/bin/env bash
# Installs Dewey's .deb into a clean Debian 12 root and runs it there:
#   sudo packaging/tests/deb-install-test.sh [DEB]
# Without DEB it builds one with scripts/package-deb.sh (in build-package). apt installs the package
# without Recommends, so the Depends alone must be enough. Then, inside the root: `dewey-cli --version`
# prints the version, and `dewey-cli serve` prints its ready line and exits 0 on SIGTERM.
# Needs root (debootstrap, chroot) and the Debian mirror; the first run takes minutes, later runs use
# the root cached under /var/cache/dewey-packaging.
set -euo pipefail
cd "$(dirname "$0")/../.."
source packaging/tests/debian-root.sh

dewey_root_require deb-install-test.sh

deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(scripts/package-deb.sh | tail -n 1)
fi
deb=$(realpath "$deb")
version=$(dpkg-deb --field "$deb" Version)

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

root=$(mktemp -d /var/tmp/dewey-deb-test-XXXXXX)
dewey_root_create bookworm "$root"

echo "== apt install $(basename "$deb")"
cp "$deb" "$root/tmp/dewey.deb"
dewey_root_in_chroot apt-get update -qq
dewey_root_in_chroot apt-get install -y -qq --no-install-recommends /tmp/dewey.deb >"$root/tmp/apt.log" 2>&1 ||
    { tail -n 40 "$root/tmp/apt.log" >&2; fail "apt could not install the package"; }

for file in /usr/bin/dewey /usr/bin/dewey-cli /usr/share/applications/stream.dewey.Dewey.desktop \
    /usr/share/metainfo/stream.dewey.Dewey.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/stream.dewey.Dewey.svg \
    /usr/share/icons/hicolor/256x256/apps/stream.dewey.Dewey.png; do
    [ -e "$root$file" ] || fail "$file is not installed"
done

# Loaded at run time, so only the Depends bring them: the SQLite driver and the SVG icon engine.
for plugin in sqldrivers/libqsqlite.so iconengines/libqsvgicon.so platforms/libqxcb.so; do
    compgen -G "$root/usr/lib/*/qt6/plugins/$plugin" >/dev/null || fail "the Qt plugin $plugin is not installed"
done

echo "== dewey-cli --version"
out=$(dewey_root_in_chroot dewey-cli --version) || fail "dewey-cli --version exited with $?"
echo "$out"
grep -qF "$version" <<<"$out" || fail "dewey-cli --version does not print $version"

echo "== dewey --version (offscreen: every library of the GUI loads)"
out=$(dewey_root_in_chroot env QT_QPA_PLATFORM=offscreen dewey --version) || fail "dewey --version exited with $?"
echo "$out"
grep -qF "$version" <<<"$out" || fail "dewey --version does not print $version"

echo "== dewey-cli serve"
# Started directly (not through the shell function) so $! is the process that becomes dewey-cli.
env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 chroot "$root" \
    dewey-cli serve --overlay-port 0 --webhook-port 0 >"$root/tmp/serve.out" 2>"$root/tmp/serve.err" &
pid=$!
ready=""
for _ in $(seq 1 120); do
    if grep -q '"ready":true' "$root/tmp/serve.out"; then
        ready=yes
        break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
if [ -z "$ready" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    cat "$root/tmp/serve.out" "$root/tmp/serve.err" >&2
    fail "dewey-cli serve printed no ready line"
fi
cat "$root/tmp/serve.out"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { cat "$root/tmp/serve.err" >&2; fail "dewey-cli serve exited with $status on SIGTERM"; }

echo "PASS: $(basename "$deb") installs in a clean Debian 12 root; dewey-cli --version and serve work"
