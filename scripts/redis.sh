#!/usr/bin/env bash
# A throwaway Redis for tests, benchmarks and the services shape, on 127.0.0.1 only, no persistence.
#
#   scripts/redis.sh start    install (first time, from Debian), start and wait until it answers; prints the connection string
#   scripts/redis.sh stop     stop it (its data goes with it: nothing is saved)
#   scripts/redis.sh status   exit 0 when it is running
#   scripts/redis.sh url      print the connection string
#
# INKWELL_REDIS_PORT (default 56379) and INKWELL_REDIS_DIR (default /tmp/inkwell-redis) move it.
# It is a server of its own (its own port, folder, pid file and log), so a system-wide Redis is left alone.
set -euo pipefail

readonly PORT=${INKWELL_REDIS_PORT:-56379}
readonly DIR=${INKWELL_REDIS_DIR:-/tmp/inkwell-redis}
readonly PID_FILE=$DIR/redis.pid
readonly LOG=$DIR/redis.log
readonly START_SECONDS=30
readonly STOP_SECONDS=15

install_if_missing() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
  echo "Redis not found; installing it with apt-get..." >&2
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  # Debian's package would start a system-wide server; policy-rc.d (when present) or the missing init keeps it down.
  timeout 600 $sudo apt-get update -qq >&2
  timeout 900 $sudo apt-get install -y -qq --no-install-recommends redis-server redis-tools >&2
}

url() {
  echo "127.0.0.1:$PORT"
}

running() {
  [[ -f $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

start() {
  install_if_missing
  mkdir -p "$DIR"
  if running; then
    echo "Redis already running on 127.0.0.1:$PORT" >&2
  else
    # A cache, not a store: no RDB snapshots, no append-only file, so a restart starts empty.
    redis-server --bind 127.0.0.1 --port "$PORT" --dir "$DIR" --pidfile "$PID_FILE" --logfile "$LOG" \
      --daemonize yes --save '' --appendonly no --protected-mode yes </dev/null >/dev/null
    local deadline=$((SECONDS + START_SECONDS))
    until redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG; do
      if [[ $SECONDS -ge $deadline ]]; then
        tail -n 40 "$LOG" >&2 || true
        echo "Redis did not start within ${START_SECONDS}s (log: $LOG)" >&2
        exit 1
      fi
      sleep 0.2
    done
    echo "Redis started on 127.0.0.1:$PORT (log: $LOG)" >&2
  fi
  url
}

stop() {
  running || return 0
  local pid
  pid=$(cat "$PID_FILE")
  redis-cli -h 127.0.0.1 -p "$PORT" shutdown nosave >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((STOP_SECONDS * 5))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  echo "Redis stopped" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running ;;
  url) url ;;
  *)
    echo "usage: $0 start|stop|status|url" >&2
    exit 2
    ;;
esac
