#!/usr/bin/env bash
# Shared by packaging/tests/deb-install-test.sh and scripts/check-qt68.sh (source it, do not run it).
# Makes a throw-away Debian root with debootstrap. The root (with any extra packages) is cached as a
# tarball under /var/cache/dewey-packaging, keyed by suite and package list, so reruns take seconds.
# Needs root and network access to the Debian mirror.

dewey_root_cache=${DEWEY_ROOT_CACHE:-/var/cache/dewey-packaging}
dewey_root_mirror=${DEWEY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
dewey_root_dir=""
dewey_root_binds=()

# dewey_root_require SCRIPT_NAME — exits unless this runs as root with debootstrap installed.
dewey_root_require() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "$1: needs root (debootstrap and chroot)" >&2
        exit 1
    fi
    if ! command -v debootstrap >/dev/null 2>&1; then
        echo "$1: debootstrap is missing (apt-get install debootstrap)" >&2
        exit 1
    fi
}

# dewey_root_in_chroot COMMAND… — runs a command inside the root with a clean environment.
dewey_root_in_chroot() {
    env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive chroot "$dewey_root_dir" "$@"
}

dewey_root_mount() {
    mount -t proc proc "$dewey_root_dir/proc"
    mount --bind /dev "$dewey_root_dir/dev"
    mount --bind /dev/pts "$dewey_root_dir/dev/pts"
    cp /etc/resolv.conf "$dewey_root_dir/etc/resolv.conf"
}

# dewey_root_bind HOST_DIR PATH — makes HOST_DIR visible inside the root at PATH (until cleanup).
dewey_root_bind() {
    mkdir -p "$dewey_root_dir$2"
    mount --bind "$1" "$dewey_root_dir$2"
    dewey_root_binds+=("${2#/}")
}

# Unmounts and deletes the root; safe to call twice (it is also the EXIT trap).
dewey_root_cleanup() {
    [ -n "$dewey_root_dir" ] || return 0
    local m
    for m in "${dewey_root_binds[@]}" dev/pts dev proc; do
        if mountpoint -q "$dewey_root_dir/$m"; then umount -l "$dewey_root_dir/$m" || true; fi
    done
    # Never follow a bind mount into the host: only delete once nothing is mounted below the root.
    if ! grep -q " $dewey_root_dir/" /proc/mounts; then rm -rf --one-file-system "$dewey_root_dir"; fi
    dewey_root_dir=""
}

# dewey_root_create SUITE DIR [PACKAGE…] — a mounted root of SUITE in DIR with PACKAGE… installed.
dewey_root_create() {
    local suite=$1 dir=$2
    shift 2
    local key
    key=$(printf '%s\n' "$suite" "$@" | sha256sum | cut -c1-12)
    local tarball="$dewey_root_cache/$suite-$key.tar"
    dewey_root_dir=$dir
    trap dewey_root_cleanup EXIT
    mkdir -p "$dewey_root_cache" "$dir"
    if [ -f "$tarball" ]; then
        echo "== using cached $suite root $tarball"
        tar -xf "$tarball" -C "$dir"
        dewey_root_mount
        return 0
    fi
    echo "== debootstrap $suite (cached afterwards as $tarball)"
    debootstrap --variant=minbase "$suite" "$dir" "$dewey_root_mirror" >"$dir.debootstrap.log" 2>&1 || {
        tail -n 30 "$dir.debootstrap.log" >&2
        return 1
    }
    rm -f "$dir.debootstrap.log"
    dewey_root_mount
    if [ $# -gt 0 ]; then
        dewey_root_in_chroot apt-get update -qq
        dewey_root_in_chroot apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    fi
    dewey_root_in_chroot apt-get clean
    tar -cf "$tarball.part" -C "$dir" --exclude=./proc/* --exclude=./dev/* .
    mv "$tarball.part" "$tarball"
}
