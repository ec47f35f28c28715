#!/usr/bin/env bash
# Inkwell's mixed-workload load test: people's sessions (browse, read, sign in, favorite, comment,
# publish; 90% reads, 10% writes, bench/lua/sessions.lua) against the all-in-one Release binary,
# ramping the number of connections step by step to find the knee, or a soak at a fixed rate.
#
#   bench/load.sh [--engine sqlite|postgres] [--steps 4,8,16,32,64,128] [--step-duration 20s] [--warmup 15s]
#   bench/load.sh --soak [--rate N] [--soak-duration 10m] [--warmup 8m]
#                                                           N req/s; default 80% of the newest ramp's knee
#   bench/load.sh --smoke                                   a few seconds: proves the script and the mix work
#
# Writes bench/reports/<date>-load-<engine>.md (ramp) or <date>-soak-<engine>.md (soak) and a .tsv beside
# it; --smoke writes only to artifacts/bench/. The server and wrk run under `nice -n -15` (when root) so
# the other work on the machine disturbs them less; the load average is recorded either way. Rate limits
# are raised far above what the test sends (RateLimits__*), the limiter itself stays on. Installs wrk, jq,
# curl and openssl with apt-get, and dotnet-counters under .tools/, when missing. Everything listens on
# 127.0.0.1; every wait is bounded; the server stops and its data is removed on exit. See bench/README.md.
set -euo pipefail

ENGINE=sqlite
STEPS=4,8,16,32,64,128
STEP_DURATION=20s
WARMUP=""
MODE=ramp
RATE=""
SOAK_DURATION=10m
THREADS=2
readonly START_SECONDS=90 STOP_SECONDS=15 SAMPLE_SECONDS=10 USERS=16
readonly SEED_PASSWORD=inkwell-seed COUNTERS_VERSION=10.0.750501

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
bad() { echo "load: $*" >&2; exit 2; }
die() { echo "load: $*" >&2; exit 1; }
ORIGINAL_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --soak) MODE=soak; shift ;;
    --smoke) MODE=smoke; shift ;;
    --engine | --steps | --step-duration | --warmup | --rate | --soak-duration)
      [[ $# -ge 2 ]] || bad "$1 needs a value"
      case "$1" in
        --engine) ENGINE=$2 ;; --steps) STEPS=$2 ;; --step-duration) STEP_DURATION=$2 ;;
        --warmup) WARMUP=$2 ;; --rate) RATE=$2 ;; --soak-duration) SOAK_DURATION=$2 ;;
      esac
      shift 2 ;;
    *) bad "unknown argument: $1 (try --help)" ;;
  esac
done
seconds_of() {
  [[ $1 =~ ^([0-9]+)([sm]?)$ ]] || return 1
  if [[ ${BASH_REMATCH[2]} == m ]]; then echo $((BASH_REMATCH[1] * 60)); else echo "${BASH_REMATCH[1]}"; fi
}
[[ $ENGINE == sqlite || $ENGINE == postgres ]] || bad "--engine must be sqlite or postgres"
STEP_SECONDS=$(seconds_of "$STEP_DURATION") || bad "--step-duration must look like 20s or 1m"
# A soak warms up at its own rate until the caches hold what they will hold, so that its verdict is about the steady
# state: cached reads live up to Cache:Expiration (5 min) and expired ones leave at the memory cache's next scan (1 min).
[[ -n "$WARMUP" ]] || { [[ $MODE == soak ]] && WARMUP=8m || WARMUP=15s; }
WARMUP_SECONDS=$(seconds_of "$WARMUP") || bad "--warmup must look like 15s or 5m"
SOAK_SECONDS=$(seconds_of "$SOAK_DURATION") || bad "--soak-duration must look like 10m"
[[ $STEPS =~ ^[0-9]+(,[0-9]+)*$ ]] || bad "--steps must be a comma list of connection counts"
[[ -z "$RATE" || $RATE =~ ^[0-9]+$ ]] || bad "--rate must be a whole number of requests per second"
((STEP_SECONDS >= 1 && STEP_SECONDS <= 300 && SOAK_SECONDS >= 10 && SOAK_SECONDS <= 3600)) || bad "durations out of range"
if [[ $MODE == smoke ]]; then
  STEPS=2,8 STEP_SECONDS=3 WARMUP_SECONDS=2
fi
IFS=',' read -r -a STEP_LIST <<<"$STEPS"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT=$PWD BENCH=$PWD/bench APP_DIR=$PWD/src/Inkwell/bin/Release/net10.0
export BENCH_LUA=$BENCH/lua BENCH_THREADS=$THREADS
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DEBIAN_FRONTEND=noninteractive
readonly STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC') LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
readonly RUN_ID=$(date +%H%M%S)$((RANDOM % 1000))
readonly WORK=$ROOT/artifacts/bench/$(date +%Y%m%d-%H%M%S)-$MODE-$ENGINE
if [[ $MODE == smoke ]]; then REPORT=$WORK/report.md; else REPORT=$BENCH/reports/$(date +%F)-$MODE-$ENGINE.md; fi
readonly REPORT RESULTS_TSV=${REPORT%.md}.tsv
COMMAND_LINE="bench/load.sh"
for a in "${ORIGINAL_ARGS[@]}"; do COMMAND_LINE+=" $(printf '%q' "$a")"; done
mkdir -p "$WORK" "$BENCH/reports"
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
NICE=()
[[ $(id -u) -ne 0 ]] || NICE=(nice -n -15)

# ------------------------------------------------------------------------------------------
INKWELL_PID="" DATA_DIR="" PG_DB="" PG_STARTED=0 COUNTERS_PID=""
PG_PORT=${INKWELL_PG_PORT:-55432}
pg_conninfo() { echo "host=127.0.0.1 port=$PG_PORT user=postgres dbname=$1 connect_timeout=10"; }
stop_pid() {
  local pid=$1
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((STOP_SECONDS * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  trap - EXIT
  stop_pid "$COUNTERS_PID"
  stop_pid "$INKWELL_PID"
  [[ -z "$DATA_DIR" ]] || rm -rf "$DATA_DIR"
  [[ -z "$PG_DB" ]] || timeout 30 psql "$(pg_conninfo postgres)" -Xqc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
  [[ $PG_STARTED -eq 0 ]] || bash scripts/postgres.sh stop >/dev/null 2>&1 || true
  if [[ $status -eq 0 ]]; then log "done in $((SECONDS / 60))m $((SECONDS % 60))s: $REPORT"; else log "FAILED (exit $status); logs in $WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

missing=()
for tool in wrk curl jq openssl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  [[ $(id -u) -eq 0 ]] || die "need root to install: ${missing[*]}"
  log "installing Debian packages: ${missing[*]}"
  timeout 600 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
    { timeout 300 apt-get update -qq && timeout 600 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
fi
COUNTERS=$ROOT/.tools/dotnet-counters/dotnet-counters
if [[ $MODE == soak && ! -x $COUNTERS ]]; then
  log "installing dotnet-counters $COUNTERS_VERSION under .tools/"
  timeout 300 dotnet tool install dotnet-counters --version "$COUNTERS_VERSION" --tool-path "$ROOT/.tools/dotnet-counters" >"$WORK/counters-install.log" 2>&1 ||
    log "dotnet-counters could not be installed: the GC heap is not sampled (see $WORK/counters-install.log)"
fi

# The Release build, when a source is newer than it.
if [[ ! -f "$APP_DIR/inkwell.dll" || -n "$(find src Directory.Build.props Directory.Packages.props \( -name bin -o -name obj \) -prune -o -type f \
  -newer "$APP_DIR/inkwell.dll" \( -name '*.cs' -o -name '*.csproj' -o -name '*.cshtml' -o -name '*.json' -o -name '*.props' \) -print -quit)" ]]; then
  log "building Inkwell (Release)"
  timeout 900 dotnet build src/Inkwell/Inkwell.csproj -c Release -m:1 --nologo -v quiet >"$WORK/build.log" 2>&1 ||
    { tail -n 30 "$WORK/build.log" >&2; die "the Release build failed"; }
fi

# ------------------------------------------------------------------------------------------
# A fresh database with the small data set.
DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/inkwell-load.XXXXXX")
mkdir -m 700 "$DATA_DIR/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DATA_DIR/keys/load.pem" 2>/dev/null
INKWELL_ENV=(
  ASPNETCORE_ENVIRONMENT=Production "Auth__SigningKeys__Path=$DATA_DIR/keys" "Storage__DataPath=$DATA_DIR" Demo__Enabled=false
  # Raised for the test (one address, a few users, thousands of requests a second); the limiter stays on.
  RateLimits__Anonymous__PermitLimit=1000000000 RateLimits__SignedIn__PermitLimit=1000000000
  RateLimits__SignIn__PermitLimit=1000000000 RateLimits__FailedSignIns__PermitLimit=1000000000
)
ENGINE_LINE="SQLite (a file in a temporary folder)"
if [[ $ENGINE == postgres ]]; then
  bash scripts/postgres.sh status >/dev/null 2>&1 || PG_STARTED=1
  pg_url=$(timeout 300 bash scripts/postgres.sh start) || die "could not start PostgreSQL (scripts/postgres.sh)"
  PG_DB="inkwell_load_${RUN_ID}"
  timeout 60 psql "$(pg_conninfo postgres)" -Xqc "CREATE DATABASE $PG_DB" >/dev/null
  INKWELL_ENV+=(Database__Provider=Postgres "ConnectionStrings__Inkwell=${pg_url/Database=postgres/Database=$PG_DB}")
  ENGINE_LINE="PostgreSQL $(psql "$(pg_conninfo postgres)" -XAtc 'SHOW server_version' 2>/dev/null || echo '?') on 127.0.0.1:$PG_PORT"
fi
# LOAD_EXTRA_ENV="Key__Sub=value ..." adds settings for an experiment; the report's Engine row shows them.
if [[ -n "${LOAD_EXTRA_ENV:-}" ]]; then
  read -r -a extra <<<"$LOAD_EXTRA_ENV"
  INKWELL_ENV+=("${extra[@]}")
  ENGINE_LINE+="; with \`$LOAD_EXTRA_ENV\`"
fi
log "seeding the small data set ($ENGINE)"
(cd "$APP_DIR" && env "${INKWELL_ENV[@]}" timeout 600 dotnet inkwell.dll seed --dataset small) >"$WORK/seed.log" 2>&1 ||
  { tail -n 20 "$WORK/seed.log" >&2; die "inkwell seed failed"; }
[[ $ENGINE != postgres ]] || timeout 300 psql "$(pg_conninfo "$PG_DB")" -Xqc "VACUUM (ANALYZE)" >/dev/null

# The server runs from a copy of the build, so a build during a long soak cannot change files under it.
cp -r "$APP_DIR" "$DATA_DIR/app"
log "starting Inkwell"
: >"$WORK/inkwell.log"
(cd "$DATA_DIR/app" && exec "${NICE[@]}" env "${INKWELL_ENV[@]}" dotnet inkwell.dll --urls http://127.0.0.1:0 \
  --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information) >"$WORK/inkwell.log" 2>&1 &
INKWELL_PID=$!
BASE=""
deadline=$((SECONDS + START_SECONDS))
while [[ $SECONDS -lt $deadline ]]; do
  kill -0 "$INKWELL_PID" 2>/dev/null || { tail -n 30 "$WORK/inkwell.log" >&2; die "Inkwell exited during start-up"; }
  port=$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]\+' "$WORK/inkwell.log" | head -n 1 | grep -o '[0-9]\+$' || true)
  if [[ -n "$port" ]] && curl -fsS --max-time 5 -o /dev/null "http://127.0.0.1:$port/health/ready"; then BASE=http://127.0.0.1:$port; break; fi
  sleep 0.5
done
[[ -n "$BASE" ]] || die "Inkwell did not become ready within ${START_SECONDS}s"

# What the sessions read and who signs in: real slugs, tags and authors; the first seeded users.
articles=$(curl -fsS --max-time 30 "$BASE/api/articles?limit=100")
export BENCH_SLUGS BENCH_TAGS BENCH_AUTHORS BENCH_TOKENS BENCH_EMAILS BENCH_RUN=$RUN_ID BENCH_PASSWORD=$SEED_PASSWORD
BENCH_SLUGS=$(jq -r '[.articles[].slug] | join(",")' <<<"$articles")
BENCH_AUTHORS=$(jq -r '[.articles[].author.username] | unique | join(",")' <<<"$articles")
BENCH_TAGS=$(curl -fsS --max-time 30 "$BASE/api/tags" | jq -r '.tags[:20] | join(",")')
tokens=() emails=()
for n in $(seq 1 $USERS); do
  email="user$n@seed.inkwell.test"
  token=$(curl -fsS --max-time 30 -H 'Content-Type: application/json' -X POST "$BASE/api/users/login" \
    -d "{\"user\":{\"email\":\"$email\",\"password\":\"$SEED_PASSWORD\"}}" | jq -r .user.token) || die "could not sign in $email"
  tokens+=("$token") emails+=("$email")
done
BENCH_TOKENS=$(IFS=,; echo "${tokens[*]}")
BENCH_EMAILS=$(IFS=,; echo "${emails[*]}")

# ------------------------------------------------------------------------------------------
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$INKWELL_PID/stat"; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$INKWELL_PID/status"; }
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }
TICKS=$(getconf CLK_TCK)
# run_wrk <connections> <seconds> <out> [rate]: one wrk run of the session mix; prints "cores_server cores_machine".
run_wrk() {
  local c=$1 s=$2 out=$3 rate=${4:-} t0 b0 i0 t1 b1 i1 start=$SECONDS
  t0=$(cpu_ticks); read -r b0 i0 < <(machine_busy)
  BENCH_RATE=$rate timeout $((s + 60)) "${NICE[@]}" wrk "-t$THREADS" "-c$c" "-d${s}s" --timeout 5s --latency \
    -s "$BENCH_LUA/sessions.lua" "$BASE" >"$out" 2>&1 || log "wrk exited with $? ($out)"
  t1=$(cpu_ticks); read -r b1 i1 < <(machine_busy)
  awk -v t=$((t1 - t0)) -v hz="$TICKS" -v s=$((SECONDS - start)) -v b=$((b1 - b0)) -v i=$((i1 - i0)) -v n="$(nproc)" \
    'BEGIN { if (s < 1) s = 1; printf "%.2f %.2f\n", t / hz / s, (b + i > 0 ? n * b / (b + i) : 0) }'
}
# wrk's BENCH line -> "rps p50 p90 p99 errors requests non2xx socket"
parse_line() {
  grep '^BENCH ' "$1" | awk '{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    socket = v["connect"] + v["read"] + v["write"] + v["timeout"]
    printf "%.0f %d %d %d %d %d %d %d\n", v["requests"] * 1e6 / v["duration_us"], v["p50_us"], v["p90_us"], v["p99_us"],
      v["status"] + socket, v["requests"], v["status"], socket
  }'
}
statuses_of() { sed -n 's/^BENCHSTATUS //p' "$1" | sed 's/x/ ×/g; s/,/, /g'; }
ms() { awk -v us="$1" 'BEGIN { printf (us >= 100000 ? "%.0f ms" : "%.1f ms"), us / 1000 }'; }
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
setup_rows() {
  echo "| | |"
  echo "|---|---|"
  echo "| Machine | $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); $(nproc) cores; $(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB RAM, **shared**: other builds and tests run on it at the same time |"
  echo "| .NET | SDK $(dotnet --version) |"
  echo "| Commit | \`$(git rev-parse --short HEAD)\`$([[ -z "$(git status --porcelain -- src bench ':(exclude)bench/reports')" ]] || echo ' (with uncommitted changes)') on \`$(git rev-parse --abbrev-ref HEAD)\` |"
  echo "| Shape | all-in-one Release binary, Production, read cache on, demo content off, \`${NICE[*]:-(not reniced)}\` |"
  echo "| Engine | $ENGINE_LINE, small data set (\`inkwell seed --dataset small\`: 50 users, 2,000 articles, 3,000 favorites, 2,000 comments) |"
  echo "| Rate limits | raised by configuration for the test (\`RateLimits__{Anonymous,SignedIn,SignIn,FailedSignIns}__PermitLimit=1000000000\`): the limiter runs and counts every request, but never refuses one |"
  echo "| Workload | \`bench/lua/sessions.lua\`: 90% reads / 10% writes (sign-in, favorite, comment, publish) as reader, member and writer sessions; $USERS signed-in users; wrk \`-t$THREADS --timeout 5s\` on the same machine, under \`${NICE[*]:-no nice}\` |"
  echo "| Load average | $LOAD_AT_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (1, 5, 15 min; 2 = both cores busy) |"
  echo "| Command | \`$COMMAND_LINE\` |"
}

# ------------------------------------------------------------------------------------------
if [[ $MODE != soak ]]; then
  log "warming up (${WARMUP_SECONDS}s)"
  run_wrk 16 "$WARMUP_SECONDS" "$WORK/wrk-warmup.txt" >/dev/null
  printf 'connections\trps\tp50_us\tp90_us\tp99_us\terrors\trequests\tnon2xx\tsocket\tserver_cores\tmachine_cores\trss_mib\tload1\n' >"$WORK/steps.tsv"
  for c in "${STEP_LIST[@]}"; do
    read -r cores_server cores_machine < <(run_wrk "$c" "$STEP_SECONDS" "$WORK/wrk-c$c.txt")
    line=$(parse_line "$WORK/wrk-c$c.txt") || die "wrk printed no result for $c connections (see $WORK/wrk-c$c.txt)"
    read -r rps p50 p90 p99 errors requests non2xx socket <<<"$line"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$rps" "$p50" "$p90" "$p99" "$errors" "$requests" "$non2xx" "$socket" \
      "$cores_server" "$cores_machine" "$(rss_mib)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/steps.tsv"
    log "$c connections: $rps req/s, p50 $(ms "$p50"), p99 $(ms "$p99"), errors $errors"
  done
  # The knee: the fewest connections that reach 90% of the best throughput. Past it more connections add
  # waiting (latency), not throughput; its req/s is the maximum sustainable throughput of this run.
  read -r knee_c knee_rps knee_p99 best_rps < <(awk -F'\t' 'NR > 1 { c[NR] = $1; r[NR] = $2; p[NR] = $5; if ($2 > best) best = $2; n = NR }
    END { for (i = 2; i <= n; i++) if (r[i] >= 0.9 * best) { print c[i], r[i], p[i], best; exit } }' "$WORK/steps.tsv")
  total_errors=$(awk -F'\t' 'NR > 1 { e += $6 } END { print e + 0 }' "$WORK/steps.tsv")
  {
    echo "# Inkwell load test: the 90/10 session mix on $ENGINE, ramping"
    echo
    echo "Run $STARTED_AT by \`bench/load.sh\` ([bench/README.md](../README.md#the-load-test-and-the-soak) says how to read it)."
    echo
    echo "## Setup"
    echo
    setup_rows
    echo "| Steps | ${STEPS//,/, } connections, ${STEP_SECONDS}s each after a ${WARMUP_SECONDS}s warm-up at 16 |"
    echo
    echo "## Steps"
    echo
    echo "| connections | req/s | p50 | p90 | p99 | errors (non-2xx/3xx + socket) | server cores | machine cores busy | RSS after | load (1 min) |"
    echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    awk -F'\t' 'NR > 1 { print }' "$WORK/steps.tsv" | while IFS=$'\t' read -r c rps p50 p90 p99 errors requests non2xx socket sc mc rss l1; do
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s MiB | %s |\n' "$c" "$(thousands "$rps")" "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" \
        "$errors$([[ $errors -eq 0 ]] || echo " ($non2xx non-2xx/3xx: $(statuses_of "$WORK/wrk-c$c.txt"); $socket socket)")" "$sc" "$mc" "$rss" "$l1"
    done
    echo
    echo "## The knee"
    echo
    echo "**$(thousands "$knee_rps") req/s at $knee_c connections** (p99 $(ms "$knee_p99")): the fewest connections that reach 90% of the best step"
    echo "($(thousands "$best_rps") req/s). Beyond it more connections only queue: latency grows, throughput does not."
    echo "Errors over all steps: $total_errors. A soak at 80% of the knee: \`bench/load.sh --soak --rate $((knee_rps * 8 / 10))\`."
    echo
    echo "*server cores*: the server's CPU seconds per second during the step; *machine cores busy*: all processes"
    echo "(of $(nproc)). When the machine is saturated by other work, req/s is lower than the code deserves."
    echo
    echo "## Observations"
    echo
    echo "_To be written by whoever ran it: what limited the throughput, with numbers._"
    echo
    echo "## Raw wrk output"
    echo
    for c in "${STEP_LIST[@]}"; do
      echo "<details><summary>$c connections</summary>"
      echo
      echo '```'
      grep -v '^BENCH' "$WORK/wrk-c$c.txt" | sed "s/Token [A-Za-z0-9._-]*/Token …/g" || true
      echo '```'
      echo
      echo "</details>"
    done
  } >"$REPORT"
  cp "$WORK/steps.tsv" "$RESULTS_TSV"
  if [[ $MODE == smoke ]]; then
    [[ $total_errors -eq 0 ]] || die "the smoke run had $total_errors errors (see $WORK)"
    awk -F'\t' 'NR > 1 && $7 < 10 { bad = 1 } END { exit bad }' "$WORK/steps.tsv" || die "a smoke step served fewer than 10 requests"
  fi
  exit 0
fi

# ------------------------------------------------------------------------------------------
# Soak: a fixed rate for a long time; the server's RSS and GC heap sampled every 10 s.
if [[ -z "$RATE" ]]; then
  ramp=$(ls "$BENCH/reports/"*"-ramp-$ENGINE.tsv" 2>/dev/null | sort | tail -n 1 || true)
  [[ -n "$ramp" ]] || die "no ramp report for $ENGINE to take the knee from: run bench/load.sh first, or give --rate"
  RATE=$(awk -F'\t' 'NR > 1 { c[NR] = $1; r[NR] = $2; if ($2 > best) best = $2; n = NR }
    END { for (i = 2; i <= n; i++) if (r[i] >= 0.9 * best) { printf "%d", r[i] * 0.8; exit } }' "$ramp")
  RATE_SOURCE="80% of the knee in $(basename "${ramp%.tsv}").md"
else
  RATE_SOURCE="given with --rate"
fi
CONNECTIONS=32
log "warming up at $RATE req/s for ${WARMUP_SECONDS}s, then soaking at the same rate for ${SOAK_SECONDS}s"
# Memory is sampled from the start of the warm-up (negative seconds) and judged over the soak alone (0 and later).
if [[ -x $COUNTERS ]]; then
  # It stops by itself (--duration) so that it writes out every sample; killed, it loses the last ones.
  counters_for=$((WARMUP_SECONDS + SOAK_SECONDS + SAMPLE_SECONDS))
  "$COUNTERS" collect -p "$INKWELL_PID" --refresh-interval "$SAMPLE_SECONDS" --format csv -o "$WORK/counters.csv" \
    --duration "$(printf '00:%02d:%02d:%02d' $((counters_for / 3600)) $((counters_for % 3600 / 60)) $((counters_for % 60)))" \
    --counters System.Runtime >"$WORK/counters.log" 2>&1 &
  COUNTERS_PID=$!
fi
printf 'second\trss_mib\tload1\n' >"$WORK/rss.tsv"
(
  t=$((-WARMUP_SECONDS))
  while [[ $t -le $SOAK_SECONDS ]]; do
    printf '%s\t%s\t%s\n' "$t" "$(rss_mib)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/rss.tsv"
    sleep "$SAMPLE_SECONDS"
    t=$((t + SAMPLE_SECONDS))
  done
) &
sampler=$!
run_wrk "$CONNECTIONS" "$WARMUP_SECONDS" "$WORK/wrk-warmup.txt" "$RATE" >/dev/null
warmup_line=$(parse_line "$WORK/wrk-warmup.txt") || die "wrk printed no result for the warm-up (see $WORK/wrk-warmup.txt)"
read -r warmup_rps _ _ _ warmup_errors warmup_requests _ _ <<<"$warmup_line"
read -r cores_server cores_machine < <(run_wrk "$CONNECTIONS" "$SOAK_SECONDS" "$WORK/wrk-soak.txt" "$RATE")
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
if [[ -n "$COUNTERS_PID" ]]; then
  for _ in $(seq 1 $((SAMPLE_SECONDS * 2 + 10))); do kill -0 "$COUNTERS_PID" 2>/dev/null || break; sleep 1; done
  stop_pid "$COUNTERS_PID"
  COUNTERS_PID=""
fi
line=$(parse_line "$WORK/wrk-soak.txt") || die "wrk printed no result (see $WORK/wrk-soak.txt)"
read -r rps p50 p90 p99 errors requests non2xx socket <<<"$line"

# The GC heap per sample from dotnet-counters' CSV: the runtime's heap size after the last collection, and the part of
# it objects take (that size less the free space between them, which background collections leave and later reuse).
printf 'second\tgc_heap_mib\tgc_in_use_mib\n' >"$WORK/gc.tsv"
if [[ -s "$WORK/counters.csv" ]]; then
  awk -F',' 'NR > 1 && $3 ~ /gc.last_collection.(heap.size|heap.fragmentation.size)/ {
      split($1, d, /[ :]/); s = d[2] * 3600 + d[3] * 60 + d[4]; if (t0 == "") t0 = s
      if ($3 ~ /fragmentation/) free[s - t0 - warmup] += $NF; else heap[s - t0 - warmup] += $NF
    } END { for (t in heap) printf "%d\t%.1f\t%.1f\n", t, heap[t] / 1048576, (heap[t] - free[t]) / 1048576 }' warmup="$WARMUP_SECONDS" "$WORK/counters.csv" |
    sort -n >>"$WORK/gc.tsv"
fi
# slope <tsv> <column>: least squares, MiB per minute; and the mean.
slope() { awk -F'\t' -v col="$2" 'NR > 1 && $1 >= 0 && $col != "" { n++; x = $1 / 60; y = $col; sx += x; sy += y; sxx += x * x; sxy += x * y }
  END { if (n < 3) { print "? ?"; exit } d = n * sxx - sx * sx; printf "%.2f %.1f\n", (d ? (n * sxy - sx * sy) / d : 0), sy / n }' "$1"; }
read -r rss_slope rss_mean < <(slope "$WORK/rss.tsv" 2)
read -r gc_slope gc_mean < <(slope "$WORK/gc.tsv" 2)
read -r used_slope used_mean < <(slope "$WORK/gc.tsv" 3)
# The same over the second half only: a trend that goes on in the second half is growth that does not stop, where one
# over the whole soak can still be the last of the climb to a plateau.
second_half() { awk -F'\t' -v h=$((SOAK_SECONDS / 2)) 'NR == 1 || $1 >= h' "$1" >"$1.late"; echo "$1.late"; }
gc_late=$(second_half "$WORK/gc.tsv")
read -r rss_late_slope rss_late_mean < <(slope "$(second_half "$WORK/rss.tsv")" 2)
read -r gc_late_slope gc_late_mean < <(slope "$gc_late" 2)
read -r used_late_slope used_late_mean < <(slope "$gc_late" 3)
# verdict <slope MiB/min> <mean MiB>: flat when the trend over the whole soak is within 5% of the mean either way;
# beyond it, growing (what a leak looks like) or falling (memory given back after the warm-up; no leak).
verdict() {
  awk -v s="$1" -v m="$2" -v mins="$(awk -v s="$SOAK_SECONDS" 'BEGIN { print s / 60 }')" 'BEGIN {
    if (s == "?") { print "not measured"; exit }
    g = s * mins; v = (g >= 0.05 * m ? "**growing**" : (g <= -0.05 * m ? "falling, not growing" : "flat"))
    printf "%s (trend %+.1f MiB over the soak, %+.1f%% of the mean)", v, g, 100 * g / m }'
}
{
  echo "# Inkwell soak: the 90/10 session mix on $ENGINE at $RATE req/s for $((SOAK_SECONDS / 60)) minutes"
  echo
  echo "Run $STARTED_AT by \`bench/load.sh --soak\` ([bench/README.md](../README.md#the-load-test-and-the-soak) says how to read it)."
  echo
  echo "## Setup"
  echo
  setup_rows
  echo "| Rate | $RATE req/s ($RATE_SOURCE), paced by \`BENCH_RATE\` over $CONNECTIONS connections |"
  echo
  echo "## Result"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Warm-up | $(thousands "$warmup_requests") requests in ${WARMUP_SECONDS}s at $(thousands "$warmup_rps") req/s, $warmup_errors errors; memory sampled, not judged |"
  echo "| Requests | $(thousands "$requests") in ${SOAK_SECONDS}s: $(thousands "$rps") req/s |"
  echo "| Latency | p50 $(ms "$p50"), p90 $(ms "$p90"), p99 $(ms "$p99") |"
  echo "| **Errors** | **$errors** ($non2xx non-2xx/3xx: $(statuses_of "$WORK/wrk-soak.txt"); $socket socket errors and timeouts) |"
  echo "| Server CPU | $cores_server cores on average; the whole machine $cores_machine of $(nproc) busy |"
  echo "| RSS | mean $rss_mean MiB, slope $rss_slope MiB/min: $(verdict "$rss_slope" "$rss_mean") |"
  echo "| GC heap | mean $gc_mean MiB, slope $gc_slope MiB/min: $(verdict "$gc_slope" "$gc_mean") |"
  echo "| GC heap in use | mean $used_mean MiB, slope $used_slope MiB/min: $(verdict "$used_slope" "$used_mean") |"
  echo "| RSS, second half | mean $rss_late_mean MiB, slope $rss_late_slope MiB/min |"
  echo "| GC heap, second half | mean $gc_late_mean MiB, slope $gc_late_slope MiB/min |"
  echo "| GC heap in use, second half | mean $used_late_mean MiB, slope $used_late_slope MiB/min |"
  echo
  echo "Flat means the least-squares trend over the whole soak (after the warm-up) is within 5% of the mean; growing, above it (what a"
  echo "leak looks like); falling, below it (memory given back after the warm-up). The GC heap is the runtime's"
  echo "heap size after its last collection (\`dotnet-counters\`, System.Runtime), all generations; *in use* is that size less its"
  echo "fragmentation, the free space between objects that background collections leave and later allocations reuse."
  echo
  echo "## Observations"
  echo
  echo "_To be written by whoever ran it: the errors and the memory trend explained, with numbers._"
  echo
  echo "## Memory every ${SAMPLE_SECONDS} s"
  echo
  echo "Negative seconds are the warm-up."
  echo
  echo "| second | RSS | GC heap | GC heap in use | load (1 min) |"
  echo "|--:|--:|--:|--:|--:|"
  awk -F'\t' 'FNR == 1 { next } NR == FNR { gc[$1] = $2; used[$1] = $3; next } {
      best = ""; for (t in gc) if (t + 0 <= $1 + 5 && t + 0 > $1 - 5) best = t
      printf "| %s | %s MiB | %s | %s | %s |\n", $1, $2, (best == "" ? "–" : gc[best] " MiB"), (best == "" ? "–" : used[best] " MiB"), $3 }' "$WORK/gc.tsv" "$WORK/rss.tsv"
  echo
  echo "## Raw wrk output"
  echo
  echo '```'
  grep -v '^BENCH' "$WORK/wrk-soak.txt" | sed "s/Token [A-Za-z0-9._-]*/Token …/g" || true
  echo '```'
} >"$REPORT"
paste <(cut -f1,2 "$WORK/rss.tsv") >"$RESULTS_TSV"
