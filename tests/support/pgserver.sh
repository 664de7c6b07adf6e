#!/bin/sh
# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the test suite: `start DIR` sets up a
# cluster in DIR and serves it on a Unix socket in DIR only (no TCP port),
# `stop DIR` stops it and removes DIR. `halt DIR` stops it as an
# administrator would (fast shutdown: connections are cut), keeping its
# data; `resume DIR` starts it again. The superuser is "cardata", trusted
# on the socket; a role named cardata_password must give its password. initdb and postgres refuse to run as root: as root the
# server runs as the unprivileged "postgres" user (Debian's postgresql
# package makes it) or "nobody".
set -eu

action=${1:?usage: pgserver.sh start|stop|halt|resume DIR}
dir=${2:?usage: pgserver.sh start|stop|halt|resume DIR}

bin=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ]; then bin=$candidate; break; fi
done
if [ -z "$bin" ]; then
    echo "pgserver.sh: PostgreSQL is not installed (on Debian: apt install postgresql-15; packaging/debian-build-deps.sh does it)" >&2
    exit 1
fi

run=""
if [ "$(id -u)" -eq 0 ]; then
    user=nobody
    if id postgres >/dev/null 2>&1; then user=postgres; fi
    run="runuser -u $user --"
fi

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        $run "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

serve() {
    # fsync off: a test server's data is thrown away; durability costs
    # seconds here and proves nothing.
    if ! $run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
}

case $action in
halt)
    $run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    serve
    ;;
start)
    stop
    mkdir -p "$dir"
    if [ -n "$run" ]; then chown "$user" "$dir"; fi
    chmod 700 "$dir"
    if ! $run "$bin/initdb" -D "$dir/data" -U cardata --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # The role "cardata_password" must give a password (the keychain's
    # test); every other role is trusted on the socket.
    sed -i '1i local all cardata_password scram-sha-256' "$dir/data/pg_hba.conf"
    serve
    echo "PostgreSQL test server on postgresql:///postgres?host=$dir&user=cardata"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pgserver.sh start|stop|halt|resume DIR" >&2
    exit 2
    ;;
esac
