#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on a free loopback port, with password authentication.
#   eval "$(scripts/postgres.sh start)"   starts it and exports HAVEN_TEST_POSTGRES_URL, _USER and _PASSWORD
#   scripts/postgres.sh stop              stops it and removes its files
# Needs the Debian package postgresql-15 (and postgresql-contrib-15 for the name benchmark's pg_trgm baseline).
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user the package creates.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${HAVEN_PG_DIR:-/tmp/haven-pg}

as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 40000-59999 -n 1
}

case "${1:-}" in
  start)
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2; exit 1; }
    PORT=${2:-$(free_port)}
    PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    if [ -f "$DIR/data/postmaster.pid" ]; then as_owner "$BIN/pg_ctl -D $DIR/data -m fast -w stop >/dev/null" || true; fi
    rm -rf "$DIR" && mkdir -p "$DIR"
    printf '%s\n' "$PASSWORD" > "$DIR/password"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$DIR"; fi
    as_owner "$BIN/initdb -D $DIR/data -U postgres --auth=scram-sha-256 --pwfile=$DIR/password -E UTF8 >$DIR/initdb.log"
    as_owner "$BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=200 -c max_wal_size=2GB' -l $DIR/log -w start >/dev/null"
    echo "export HAVEN_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/postgres"
    echo "export HAVEN_TEST_POSTGRES_USER=postgres"
    echo "export HAVEN_TEST_POSTGRES_PASSWORD=$PASSWORD"
    ;;
  stop)
    if [ -d "$DIR/data" ]; then as_owner "$BIN/pg_ctl -D $DIR/data -m fast -w stop >/dev/null" || true; fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start [PORT] | stop" >&2
    exit 2
    ;;
esac
