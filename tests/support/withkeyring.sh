#!/bin/sh
# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a program with a desktop keychain of its own: a private D-Bus
# session and a gnome-keyring daemon (the Secret Service) whose keyring
# lives in a temporary home folder, unlocked with a throw-away password.
# The keychain of the person running the tests is never reached.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "withkeyring.sh: $tool is missing (on Debian: apt install dbus-daemon gnome-keyring;" \
             "packaging/debian-build-deps.sh does it)" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/cardata-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/run"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS

# gnome-keyring-daemon reads the password on standard input, makes and
# unlocks the login keyring, and stays in the background until the
# session's bus goes away with dbus-run-session.
dbus-run-session -- sh -c '
    printf "cardata-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' withkeyring.sh "$@"
