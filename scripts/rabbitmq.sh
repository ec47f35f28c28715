#!/usr/bin/env bash
# A throwaway RabbitMQ broker for tests and local runs, on 127.0.0.1 only, with the default guest user.
#
#   scripts/rabbitmq.sh start    install (first time, from Debian), start and wait until it answers; prints the AMQP URI
#   scripts/rabbitmq.sh stop     stop it (queues and persistent messages stay in its data folder)
#   scripts/rabbitmq.sh status   exit 0 when it is running
#   scripts/rabbitmq.sh url      print the AMQP URI
#
# INKWELL_RABBITMQ_PORT (default 55672) and INKWELL_RABBITMQ_DIR (default /tmp/inkwell-rabbitmq) move it.
# It is a node of its own (its own name, data, logs, cookie and ports), so a system-wide RabbitMQ is left alone.
set -euo pipefail

readonly PORT=${INKWELL_RABBITMQ_PORT:-55672}
readonly DIR=${INKWELL_RABBITMQ_DIR:-/tmp/inkwell-rabbitmq}
readonly NODE=inkwell-$PORT@localhost
readonly START_SECONDS=120
readonly STOP_SECONDS=60
readonly BIN=/usr/lib/rabbitmq/bin

install_if_missing() {
  [[ -x $BIN/rabbitmq-server ]] && return 0
  echo "RabbitMQ not found; installing it with apt-get..." >&2
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  # Debian's package would start a system-wide broker; policy-rc.d (when present) or the missing init keeps it down.
  timeout 600 $sudo apt-get update -qq >&2
  timeout 900 $sudo apt-get install -y -qq --no-install-recommends rabbitmq-server >&2
}

# Everything the node reads from its environment: its name, ports, and folders under $DIR.
node_env() {
  # The distribution port would default to PORT + 20000, beyond 65535 for the default port.
  env HOME="$DIR" \
    RABBITMQ_NODENAME="$NODE" \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$PORT" \
    RABBITMQ_DIST_PORT=$((PORT + 1)) \
    RABBITMQ_CTL_DIST_PORT_MIN=$((PORT + 2)) \
    RABBITMQ_CTL_DIST_PORT_MAX=$((PORT + 12)) \
    ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_MNESIA_BASE="$DIR/mnesia" \
    RABBITMQ_LOG_BASE="$DIR/log" \
    RABBITMQ_CONFIG_FILE="$DIR/rabbitmq" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/advanced.config" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/enabled_plugins" \
    RABBITMQ_PID_FILE="$DIR/rabbitmq.pid" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="+S 2:2 +sbwt none +sbwtdcpu none +sbwtdio none -kernel inet_dist_use_interface {127,0,0,1}" \
    "$@"
}

ctl() {
  node_env timeout 60 "$BIN/rabbitmqctl" -n "$NODE" "$@"
}

url() {
  echo "amqp://guest:guest@127.0.0.1:$PORT/"
}

running() {
  [[ -f $DIR/rabbitmq.pid ]] && kill -0 "$(cat "$DIR/rabbitmq.pid")" 2>/dev/null
}

start() {
  install_if_missing
  mkdir -p "$DIR/log" "$DIR/mnesia"
  if [[ ! -f $DIR/rabbitmq.conf ]]; then
    # A broker for tests: no plugins, no free-disk alarm on a nearly full /tmp.
    printf 'loopback_users.guest = true\ndisk_free_limit.absolute = 1MB\n' >"$DIR/rabbitmq.conf"
    echo '[].' >"$DIR/advanced.config"
    echo '[].' >"$DIR/enabled_plugins"
  fi
  if running; then
    echo "RabbitMQ already running on 127.0.0.1:$PORT" >&2
  else
    # setsid and no stdin: the broker outlives this script and never waits for a terminal.
    node_env setsid "$BIN/rabbitmq-server" </dev/null >"$DIR/log/console.log" 2>&1 &
    local deadline=$((SECONDS + START_SECONDS))
    until ctl await_startup >/dev/null 2>&1; do
      if [[ $SECONDS -ge $deadline ]]; then
        tail -n 40 "$DIR/log/console.log" >&2 || true
        echo "RabbitMQ did not start within ${START_SECONDS}s (log: $DIR/log)" >&2
        exit 1
      fi
      sleep 1
    done
    echo "RabbitMQ started on 127.0.0.1:$PORT (node $NODE, log: $DIR/log)" >&2
  fi
  url
}

stop() {
  running || return 0
  local pid
  pid=$(cat "$DIR/rabbitmq.pid")
  ctl stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 "$STOP_SECONDS"); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "RabbitMQ stopped" >&2
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
