#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests and benchmarks, on 127.0.0.1 only, trusting local connections.
#
#   scripts/postgres.sh start    initialise (first time) and start; prints the connection string
#   scripts/postgres.sh stop     stop it
#   scripts/postgres.sh status   exit 0 when it is running
#   scripts/postgres.sh url      print the connection string
#
# INKWELL_PG_PORT (default 55432) and INKWELL_PG_DIR (default /tmp/inkwell-postgres) move it.
# initdb refuses to run as root, so the server runs as the "postgres" system user.
set -euo pipefail

readonly PORT=${INKWELL_PG_PORT:-55432}
readonly DIR=${INKWELL_PG_DIR:-/tmp/inkwell-postgres}
readonly DATA=$DIR/data
readonly LOG=$DIR/server.log

find_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$bin" ]]; then
    echo "PostgreSQL server not found; installing it with apt-get..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() {
  echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
}

start() {
  local bin
  bin=$(find_bin)
  mkdir -p "$DIR"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$DIR"
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    echo "Initialising a PostgreSQL cluster in $DATA..." >&2
    as_postgres "$bin/initdb" -D "$DATA" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_postgres "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    echo "PostgreSQL already running on 127.0.0.1:$PORT" >&2
  else
    as_postgres "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB" \
      start >/dev/null
    echo "PostgreSQL started on 127.0.0.1:$PORT (log: $LOG)" >&2
  fi
  url
}

stop() {
  local bin
  bin=$(find_bin)
  if [[ -f "$DATA/PG_VERSION" ]] && as_postgres "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "PostgreSQL stopped" >&2
  fi
}

status() {
  local bin
  bin=$(find_bin)
  [[ -f "$DATA/PG_VERSION" ]] && as_postgres "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

case "${1:-}" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  url) url ;;
  *)
    echo "usage: $0 start|stop|status|url" >&2
    exit 2
    ;;
esac
