#!/bin/sh
# Installs what building and testing CarData Battery Health needs on
# Debian 12, and nothing when it is all there already (safe to re-run).
set -eu

packages="
  g++ cmake ninja-build pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  libquazip1-qt6-dev libsimdjson-dev libsqlite3-dev libxxhash-dev
"

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
