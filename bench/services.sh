#!/usr/bin/env bash
# The services shape under the read mix (bench/lua/read-mix.lua): wrk against one content instance directly,
# then through the gateway with one and with two content instances (scripts/cluster on PostgreSQL, the small
# data set), and a Markdown report in bench/reports/<date>-services.md.
#
#   bench/services.sh [--duration 15s] [--connections 64]
#
# On one 2-core machine a second instance cannot add capacity: it shares the same cores. The run shows what the
# gateway costs per request and that spreading works, not scaling. The read cache is off in the services shape
# (each process's cache sees only its own commits), so these are database-path figures.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT=$PWD APP_DIR=$PWD/src/Inkwell/bin/Release/net10.0
DURATION=15s CONNECTIONS=64
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "services.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ $DURATION =~ ^[0-9]+s$ ]] || { echo "services.sh: --duration looks like 15s" >&2; exit 2; }

export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null || apt-get install -y -qq jq >/dev/null

readonly DATABASE="inkwell_bench_services"
readonly GATEWAY_PORT=${INKWELL_CLUSTER_PORT:-5100}
readonly WORK=$ROOT/artifacts/bench/$(date +%Y%m%d-%H%M%S)-services
readonly REPORT=$ROOT/bench/reports/$(date +%F)-services.md
mkdir -p "$WORK"
log() { printf '[%s] %s\n' "$(date +%T)" "$*"; }
export INKWELL_CLUSTER_DATABASE=$DATABASE
# scripts/cluster passes its environment on to every instance: the rate limits are raised far above what wrk sends.
export RateLimits__Anonymous__PermitLimit=1000000000 RateLimits__SignedIn__PermitLimit=1000000000 RateLimits__SignIn__PermitLimit=1000000000
cleanup() { bash scripts/cluster down >/dev/null 2>&1 || true; }
trap cleanup EXIT

log "building the Release binary"
dotnet build src/Inkwell/Inkwell.csproj -c Release -m:1 --nologo -v q >/dev/null

# A fresh database with the small data set, seeded once and shared by every variant.
pg_url=$(bash scripts/postgres.sh start)
pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$pg_url")
psql_admin=(psql "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -qAt)
psql_bench=(psql "host=127.0.0.1 port=$pg_port user=postgres dbname=$DATABASE" -qAt)
bash scripts/cluster down >/dev/null 2>&1 || true
"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $DATABASE" -c "CREATE DATABASE $DATABASE"
log "seeding the small data set into $DATABASE"
(cd "$APP_DIR" && env Database__Provider=Postgres "ConnectionStrings__Inkwell=${pg_url/Database=postgres/Database=$DATABASE}" \
  Demo__Enabled=false dotnet inkwell.dll seed --dataset small >"$WORK/seed.log" 2>&1)
"${psql_bench[@]}" -c "VACUUM (ANALYZE)"
export BENCH_TAG BENCH_SLUG BENCH_LUA=$ROOT/bench/lua
BENCH_TAG=$("${psql_bench[@]}" -c 'SELECT "Name" FROM content_tags ORDER BY "ArticleCount" DESC LIMIT 1')
BENCH_SLUG=$("${psql_bench[@]}" -c 'SELECT "Slug" FROM content_articles ORDER BY "FavoritesCount" DESC LIMIT 1')

ROWS=()
# measure <label> <base url>: warm-up, then the measured run; appends a report row.
measure() {
  local label=$1 base=$2 line
  # A long warm-up: a fresh instance compiles its hot paths first (tiered JIT), which would bias the first row.
  wrk -t2 -c"$CONNECTIONS" -d10s -s bench/lua/read-mix.lua "$base" >/dev/null 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/lua/read-mix.lua "$base" >"$WORK/$label.txt" 2>&1
  line=$(grep '^BENCH ' "$WORK/$label.txt") || { cat "$WORK/$label.txt" >&2; exit 1; }
  local requests duration p50 p90 p99 errors
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  duration=$(sed 's/.*duration_us=\([0-9]*\).*/\1/' <<<"$line")
  p50=$(sed 's/.*p50_us=\([0-9]*\).*/\1/' <<<"$line")
  p90=$(sed 's/.*p90_us=\([0-9]*\).*/\1/' <<<"$line")
  p99=$(sed 's/.*p99_us=\([0-9]*\).*/\1/' <<<"$line")
  errors=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^(connect|read|write|status|timeout)=/) { split($i, kv, "="); n += kv[2] } } END { print n + 0 }' <<<"$line")
  local rps=$((requests * 1000000 / duration))
  ROWS+=("| $label | $rps | $((p50 / 1000)).$(((p50 % 1000) / 100)) ms | $((p90 / 1000)).$(((p90 % 1000) / 100)) ms | $((p99 / 1000)).$(((p99 % 1000) / 100)) ms | $errors |")
  log "$label: $rps req/s, p50 ${p50} us, p99 ${p99} us, errors $errors"
}

for instances in 1 2; do
  log "starting the services shape with $instances content instance(s)"
  bash scripts/cluster down >/dev/null 2>&1 || true
  INKWELL_CLUSTER_CONTENT_INSTANCES=$instances bash scripts/cluster up >"$WORK/cluster-$instances.log" 2>&1 ||
    { cat "$WORK/cluster-$instances.log" >&2; exit 1; }
  measure "gateway → $instances content instance(s)" "http://127.0.0.1:$GATEWAY_PORT"
  if [[ $instances == 1 ]]; then
    measure "content-1 directly (no gateway)" "http://127.0.0.1:$((GATEWAY_PORT + 21))"
  fi
done

{
  echo "# Services shape — read mix through the gateway ($(date +%F))"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Machine | $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') |"
  echo "| Commit | $(git rev-parse --short HEAD)$(git diff --quiet -- src tests scripts || echo ' (dirty)') |"
  echo "| Command | \`bench/services.sh --duration $DURATION --connections $CONNECTIONS\` |"
  echo "| Shape | scripts/cluster: gateway, identity ×2, content ×1 or ×2, web; PostgreSQL on 127.0.0.1; read cache off |"
  echo "| Data | the small set (\`inkwell seed --dataset small\`); tag \`$BENCH_TAG\`, article \`$BENCH_SLUG\` |"
  echo "| Load | wrk -t2 -c$CONNECTIONS -d$DURATION, bench/lua/read-mix.lua: list, tag list, article, tags in turn |"
  echo "| Load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo
  echo "| path | req/s | p50 | p90 | p99 | errors |"
  echo "|---|--:|--:|--:|--:|--:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Everything shares two cores: the gateway, wrk, PostgreSQL and every instance. A second content instance"
  echo "therefore adds no capacity here; the gateway row against the direct row is the gateway's cost per request,"
  echo "and the two-instance row shows requests spread over both without errors."
} >"$REPORT"
log "report: $REPORT"
