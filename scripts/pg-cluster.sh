#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian's postgresql; .ci/run installs it).
#   bash scripts/pg-cluster.sh start   → prints the DATABASE_URL of a fresh, empty database
#   bash scripts/pg-cluster.sh stop
#   bash scripts/pg-cluster.sh restart (stop and start the same cluster: the fault tests)
# PG_TEST_DIR (default /tmp/ucm-pg) and PG_TEST_PORT (default 55432) choose where.
set -euo pipefail
cmd=${1:-start}
dir=${PG_TEST_DIR:-/tmp/ucm-pg}
port=${PG_TEST_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
# initdb refuses to run as root: run the cluster as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgctl() { as_pg "$bin/pg_ctl" -D "$dir" "$@"; }
case "$cmd" in
  start)
    pgctl stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    pgctl -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      -l "$dir/server.log" -w start >/dev/null
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres ucm
    echo "postgres://postgres@127.0.0.1:$port/ucm"
    ;;
  stop) pgctl stop -m fast >/dev/null ;;
  restart)
    pgctl -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      -l "$dir/server.log" -w start >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop|restart" >&2
    exit 2
    ;;
esac
