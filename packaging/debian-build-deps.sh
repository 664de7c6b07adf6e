#!/bin/sh
# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing CarData Battery Health needs on
# Debian 12, and nothing when it is all there already (safe to re-run).
set -eu

packages="
  g++ cmake ninja-build pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  libquazip1-qt6-dev libsimdjson-dev libsqlite3-dev libxxhash-dev
  qt6-charts-dev qt6-webengine-dev qt6-tools-dev qt6-l10n-tools libqt6svg6
  qt6-qpa-plugins fonts-dejavu-core
  xvfb xauth desktop-file-utils appstream
  help2man groff-base gzip python3-debian
  qtkeychain-qt6-dev libqrencode-dev
  libqt6sql6-psql libpq-dev postgresql-15
  dbus-daemon gnome-keyring
  clang-19 libclang-rt-19-dev binutils
"
# libqt6sql6-psql is Qt's PostgreSQL driver (a team's shared database,
# docs/server.md), libpq-dev its client library for the fast COPY path; the tests start a throw-away PostgreSQL 15 server of
# their own (tests/support/pgserver.sh). gnome-keyring and dbus-daemon give
# the keychain tests a Secret Service of their own (tests/support/withkeyring.sh).
# clang-19 and its runtime (libFuzzer, ASan, UBSan) build the fuzz targets
# (tests/fuzz); clang 14, Debian 12's default, cannot compile the core
# against libstdc++ 12 (std::expected). binutils' addr2line names the
# functions and lines in sanitizer reports.

# npm fetches plotly.js at configure time. Any npm will do: a machine with
# Node.js from elsewhere (whose nodejs package already brings npm) must not
# get Debian's npm package, which would conflict with it.
if ! command -v npm >/dev/null 2>&1; then
    packages="$packages nodejs npm"
fi

missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done

if [ -z "$missing" ]; then
    echo "build dependencies: all installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "missing packages:$missing" >&2
    echo "run this script as root (or install sudo) to install them" >&2
    exit 1
fi

echo "installing:$missing"
$run env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing

# Debian's postgresql-15 sets up a cluster "main" and starts it on port
# 5432. Nothing here uses it (the tests start a server of their own on a
# socket, and stop it), so a cluster this script brought is removed again.
case " $missing " in
    *" postgresql-15 "*)
        if [ -d /etc/postgresql/15/main ] && command -v pg_dropcluster >/dev/null 2>&1; then
            echo "removing the PostgreSQL cluster 15/main that installing postgresql-15 started (not used here)"
            $run pg_dropcluster --stop 15 main || true
        fi
        ;;
esac
