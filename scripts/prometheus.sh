#!/usr/bin/env bash
# A throwaway Prometheus (Debian's package) that scrapes Inkwell, on 127.0.0.1 only, loading deploy/monitoring's alert rules.
#
#   scripts/prometheus.sh install            install prometheus and promtool with apt-get when missing
#   scripts/prometheus.sh check              validate deploy/monitoring's rules and configuration, and run the rules' unit tests
#   scripts/prometheus.sh start HOST:PORT... start scraping these Inkwell instances' /metrics; prints the server's URL
#   scripts/prometheus.sh stop               stop it
#   scripts/prometheus.sh status             exit 0 when it is running
#
# INKWELL_PROMETHEUS_PORT (default 59090) and INKWELL_PROMETHEUS_DIR (default /tmp/inkwell-prometheus) move it;
# INKWELL_PROMETHEUS_SCRAPE_INTERVAL (default 15s) sets how often it scrapes. Each start begins with empty storage.
set -euo pipefail

readonly PORT=${INKWELL_PROMETHEUS_PORT:-59090}
readonly DIR=${INKWELL_PROMETHEUS_DIR:-/tmp/inkwell-prometheus}
readonly SCRAPE_INTERVAL=${INKWELL_PROMETHEUS_SCRAPE_INTERVAL:-15s}
readonly START_SECONDS=60
readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly MONITORING=$ROOT/deploy/monitoring
readonly PID_FILE=$DIR/prometheus.pid
readonly LOG=$DIR/prometheus.log

install() {
  if command -v prometheus >/dev/null && command -v promtool >/dev/null; then
    return 0
  fi
  echo "Prometheus not found; installing Debian's package with apt-get..." >&2
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  # The package's own service (on :9090) is not wanted: policy-rc.d tells the installer not to start it.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [[ ! -e $policy && -z "$sudo" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  timeout 900 $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends prometheus >&2 || { [[ $created_policy -eq 0 ]] || rm -f "$policy"; return 1; }
  [[ $created_policy -eq 0 ]] || rm -f "$policy"
  command -v prometheus >/dev/null && command -v promtool >/dev/null
}

check() {
  install
  promtool check rules "$MONITORING/alerts.yml"
  promtool check config "$MONITORING/prometheus.yml"
  (cd "$MONITORING" && promtool test rules alerts.test.yml)
}

status() {
  [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

url() {
  echo "http://127.0.0.1:$PORT"
}

start() {
  [[ $# -gt 0 ]] || { echo "usage: scripts/prometheus.sh start HOST:PORT..." >&2; exit 2; }
  install
  stop
  rm -rf "$DIR/data"
  mkdir -p "$DIR/data"
  local targets
  targets=$(printf "'%s', " "$@")
  # The shipped configuration with this run's targets and interval; the alert rules are loaded from the repository.
  sed -e "s|^\(\s*\)- targets: .*|\1- targets: [${targets%, }]|" \
    -e "s|scrape_interval: .*|scrape_interval: $SCRAPE_INTERVAL|" \
    -e "s|evaluation_interval: .*|evaluation_interval: $SCRAPE_INTERVAL|" \
    -e "s|- alerts.yml|- $MONITORING/alerts.yml|" \
    "$MONITORING/prometheus.yml" >"$DIR/prometheus.yml"
  setsid prometheus \
    --config.file="$DIR/prometheus.yml" \
    --storage.tsdb.path="$DIR/data" \
    --web.listen-address="127.0.0.1:$PORT" \
    </dev/null >"$LOG" 2>&1 &
  echo $! >"$PID_FILE"
  local deadline=$((SECONDS + START_SECONDS))
  until curl -fsS --max-time 2 -o /dev/null "$(url)/-/ready" 2>/dev/null; do
    if ! status; then
      cat "$LOG" >&2
      echo "Prometheus exited while starting (log above)" >&2
      exit 1
    fi
    if [[ $SECONDS -ge $deadline ]]; then
      stop
      echo "Prometheus was not ready within ${START_SECONDS}s (log: $LOG)" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "Prometheus started on 127.0.0.1:$PORT scraping $* every $SCRAPE_INTERVAL (log: $LOG)" >&2
  url
}

stop() {
  status || { rm -f "$PID_FILE"; return 0; }
  local pid
  pid=$(cat "$PID_FILE")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  echo "Prometheus stopped" >&2
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  *)
    echo "usage: scripts/prometheus.sh install|check|start HOST:PORT...|stop|status|url" >&2
    exit 2
    ;;
esac
