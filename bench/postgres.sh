#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on a loopback port, for the name-trace benchmark's pg_trgm baseline.
#   bench/postgres.sh start [PORT]   prints the JDBC URL to pass as --postgres
#   bench/postgres.sh stop           stops it and removes its files
# Needs the Debian packages postgresql-15 and postgresql-contrib-15. PostgreSQL refuses to run as root, so as
# root the cluster runs as the 'postgres' user the package creates.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${PG_BENCH_DIR:-/tmp/haven-bench-pg}
PORT=${2:-55432}
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-}" in
  start)
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 is not installed (apt-get install postgresql-15 postgresql-contrib-15)" >&2; exit 1; }
    rm -rf "$DIR" && mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_owner "$BIN/initdb -D $DIR/data -U postgres --auth=trust -E UTF8 >/dev/null"
    as_owner "$BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=64MB -c max_wal_size=4GB' -l $DIR/log -w start >/dev/null"
    echo "jdbc:postgresql://127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_owner "$BIN/pg_ctl -D $DIR/data -m fast -w stop >/dev/null" || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start [PORT] | stop" >&2
    exit 2
    ;;
esac
