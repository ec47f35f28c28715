#!/usr/bin/env bash
# Inkwell's load benchmark, end to end: build, seed a fresh database, start the Release binary
# (all-in-one shape, Production), measure the bare Kestrel ceiling and each API scenario with wrk,
# and write a Markdown report to bench/reports/<date>-<engine>-<dataset>.md.
#
#   bench/run.sh [--engine sqlite|postgres] [--dataset small|large] [--duration 15s]
#                [--connections 64] [--threads 2] [--warmup 5s] [--scenarios tags,feed,...] [--cache on|off] [--profile]
#                [--label NAME]
#
# --cache off sends every request to the database (Cache__Enabled=false): the database path on its own; on (the
# default), anonymous GETs are answered from the output cache and the rest read through the read cache.
# --label NAME appends -NAME to the report's file name, so a run of the day does not replace another one.
#
# --profile adds a perf(1) profile of the server under each scenario's load (a separate instance,
# after the measurements): where its CPU time goes, by library (EF Core, SQLite, ASP.NET Core...).
#
# Scenarios (default: all, in this order): tags articles article tag author feed write.
# Installs wrk (and jq, sqlite3, curl, openssl) with apt-get when missing. Everything listens on
# 127.0.0.1 only; every wait is bounded; the servers stop and the data is removed on exit. Logs and
# raw wrk output of the run stay in artifacts/bench/<run>/. See bench/README.md.
set -euo pipefail

ENGINE=sqlite
DATASET=small
DURATION=15s
CONNECTIONS=64
THREADS=2
WARMUP=5s
SCENARIOS=all
PROFILE=0
CACHE=on
LABEL=""
readonly ALL_SCENARIOS=(tags articles article tag author feed write)
readonly START_SECONDS=90 STOP_SECONDS=15 MAX_SCENARIO_SECONDS=120
readonly WRITERS=8 WRITE_SLUGS=200 PROFILE_SECONDS=6
# Every account `inkwell seed` creates signs in with this password (docs/seeding.md).
readonly SEED_PASSWORD=inkwell-seed

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() {
  echo "bench: $*" >&2
  exit 1
}

ORIGINAL_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  option=$1 value=""
  case "$option" in
    -h | --help) usage; exit 0 ;;
    --profile) PROFILE=1; shift; continue ;;
    --*=*) value=${option#*=}; option=${option%%=*}; shift ;;
    --*) [[ $# -ge 2 ]] || { echo "bench: $option needs a value" >&2; exit 2; }; value=$2; shift 2 ;;
    *) echo "bench: unknown argument: $option (try --help)" >&2; exit 2 ;;
  esac
  case "$option" in
    --engine) ENGINE=$value ;;
    --dataset) DATASET=$value ;;
    --duration) DURATION=$value ;;
    --connections) CONNECTIONS=$value ;;
    --threads) THREADS=$value ;;
    --warmup) WARMUP=$value ;;
    --scenarios) SCENARIOS=$value ;;
    --cache) CACHE=$value ;;
    --label) LABEL=$value ;;
    *) echo "bench: unknown option: $option (try --help)" >&2; exit 2 ;;
  esac
done

# "15s", "1m" or "20" (seconds) -> seconds.
seconds_of() {
  [[ $1 =~ ^([0-9]+)([sm]?)$ ]] || return 1
  if [[ ${BASH_REMATCH[2]} == m ]]; then echo $((BASH_REMATCH[1] * 60)); else echo "${BASH_REMATCH[1]}"; fi
}
bad() { echo "bench: $*" >&2; exit 2; }
[[ $ENGINE == sqlite || $ENGINE == postgres ]] || bad "--engine must be sqlite or postgres"
[[ $DATASET == small || $DATASET == large ]] || bad "--dataset must be small or large"
[[ $CACHE == on || $CACHE == off ]] || bad "--cache must be on or off"
[[ -z $LABEL || $LABEL =~ ^[a-z0-9-]+$ ]] || bad "--label must be lower-case letters, digits and dashes"
DURATION_SECONDS=$(seconds_of "$DURATION") || bad "--duration must look like 15s, 1m or 20"
WARMUP_SECONDS=$(seconds_of "$WARMUP") || bad "--warmup must look like 3s or 0"
((DURATION_SECONDS >= 1 && DURATION_SECONDS <= MAX_SCENARIO_SECONDS)) || bad "--duration must be 1s..${MAX_SCENARIO_SECONDS}s"
((WARMUP_SECONDS <= 30)) || bad "--warmup must be at most 30s"
[[ $CONNECTIONS =~ ^[0-9]+$ && $CONNECTIONS -ge 1 && $CONNECTIONS -le 1024 ]] || bad "--connections must be 1..1024"
[[ $THREADS =~ ^[0-9]+$ && $THREADS -ge 1 && $THREADS -le $CONNECTIONS ]] || bad "--threads must be 1..connections"
if [[ $SCENARIOS == all ]]; then
  SELECTED=("${ALL_SCENARIOS[@]}")
else
  IFS=',' read -r -a SELECTED <<<"$SCENARIOS"
  for s in "${SELECTED[@]}"; do
    [[ " ${ALL_SCENARIOS[*]} " == *" $s "* ]] || bad "unknown scenario '$s' (known: ${ALL_SCENARIOS[*]})"
  done
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT=$PWD BENCH=$PWD/bench
readonly APP_DIR=$ROOT/src/Inkwell/bin/Release/net10.0
readonly CEILING_PROJECT=$BENCH/KestrelCeiling/KestrelCeiling.csproj
readonly CEILING_DIR=$BENCH/KestrelCeiling/bin/Release/net10.0
export BENCH_LUA=$BENCH/lua
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DEBIAN_FRONTEND=noninteractive

readonly LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
readonly STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')
readonly RUN_ID=$(date +%H%M%S)$((RANDOM % 1000))
readonly WORK=$ROOT/artifacts/bench/$(date +%Y%m%d-%H%M%S)-$ENGINE-$DATASET
readonly REPORT=$BENCH/reports/$(date +%F)-$ENGINE-$DATASET$([[ $CACHE == off ]] && printf %s -nocache)${LABEL:+-$LABEL}.md
readonly RESULTS_TSV=${REPORT%.md}.tsv
COMMAND_LINE="bench/run.sh"
for a in "${ORIGINAL_ARGS[@]}"; do COMMAND_LINE+=" $(printf '%q' "$a")"; done
mkdir -p "$WORK" "$BENCH/reports"

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

# ------------------------------------------------------------------------------------------
# Clean-up: every server this run started stops, the fresh database goes away.
INKWELL_PID="" CEILING_PID="" DATA_DIR="" PG_DB="" PG_STARTED=0

stop_pid() {
  local pid=$1
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((STOP_SECONDS * 5))); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT
  stop_pid "$CEILING_PID"
  stop_pid "$INKWELL_PID"
  [[ -z "$DATA_DIR" ]] || rm -rf "$DATA_DIR"
  if [[ -n "$PG_DB" ]]; then
    timeout 30 psql "$(pg_conninfo postgres)" -Xqc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  [[ $PG_STARTED -eq 0 ]] || bash scripts/postgres.sh stop || true
  if [[ $status -eq 0 ]]; then
    log "done in $((SECONDS / 60))m $((SECONDS % 60))s: $REPORT"
  else
    log "FAILED (exit $status) after $((SECONDS / 60))m $((SECONDS % 60))s; logs in $WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------------------------------------
apt_install() {
  [[ $(id -u) -eq 0 ]] || die "need root to install: $* (or install them yourself)"
  log "installing Debian packages: $*"
  timeout 300 apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 ||
    { timeout 300 apt-get update -qq && timeout 600 apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v jq >/dev/null || missing+=(jq)
command -v openssl >/dev/null || missing+=(openssl)
[[ $ENGINE != sqlite ]] || command -v sqlite3 >/dev/null || missing+=(sqlite3)
[[ $PROFILE -eq 0 ]] || command -v perf >/dev/null || missing+=(linux-perf)
[[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not on PATH"

# ------------------------------------------------------------------------------------------
# Build what is out of date: Inkwell (Release, the solution) and the ceiling app.
newer_than() { # <file> <dirs...>: is any source under the dirs newer than the file?
  [[ -f "$1" ]] || return 0
  local file=$1
  shift
  [[ -n "$(find "$@" \( -name bin -o -name obj \) -prune -o -type f -newer "$file" \
    \( -name '*.cs' -o -name '*.csproj' -o -name '*.cshtml' -o -name '*.json' -o -name '*.props' \) -print -quit)" ]]
}
if newer_than "$APP_DIR/inkwell.dll" src Directory.Build.props Directory.Packages.props; then
  log "building Inkwell (Release)"
  timeout 900 dotnet build Inkwell.slnx -c Release --nologo -v quiet >"$WORK/build.log" 2>&1 ||
    { tail -n 30 "$WORK/build.log" >&2; die "the Release build failed (log: $WORK/build.log)"; }
fi
if newer_than "$CEILING_DIR/KestrelCeiling.dll" "$BENCH/KestrelCeiling"; then
  log "building bench/KestrelCeiling (Release)"
  timeout 600 dotnet build "$CEILING_PROJECT" -c Release --nologo -v quiet >"$WORK/build-ceiling.log" 2>&1 ||
    { tail -n 30 "$WORK/build-ceiling.log" >&2; die "the ceiling app did not build (log: $WORK/build-ceiling.log)"; }
fi

# ------------------------------------------------------------------------------------------
# Servers. start_server <name> <dir> <ready path> <command...>: starts in the background on a port
# the kernel picks, reads it from the log, waits until <ready path> answers 200; sets STARTED_PID, BASE.
STARTED_PID="" BASE=""
start_server() {
  local name=$1 dir=$2 ready=$3
  shift 3
  local out=$WORK/$name.log port="" deadline=$((SECONDS + START_SECONDS))
  : >"$out"
  (cd "$dir" && exec "$@" --urls http://127.0.0.1:0 --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information) >"$out" 2>&1 &
  STARTED_PID=$! BASE=""
  while [[ $SECONDS -lt $deadline ]]; do
    kill -0 "$STARTED_PID" 2>/dev/null || { tail -n 40 "$out" >&2; die "$name exited during start-up (log: $out)"; }
    if [[ -z "$BASE" ]]; then
      port=$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]\+' "$out" | head -n 1 | grep -o '[0-9]\+$' || true)
      [[ -z "$port" ]] || BASE="http://127.0.0.1:$port"
    fi
    if [[ -n "$BASE" ]] && curl -fsS --max-time 5 -o /dev/null "$BASE$ready" 2>/dev/null; then
      log "$name is answering at $BASE (pid $STARTED_PID)"
      return 0
    fi
    sleep 0.5
  done
  tail -n 40 "$out" >&2
  die "$name did not answer $ready within ${START_SECONDS}s (log: $out)"
}

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
threads_of() { awk '/^Threads:/ { print $2 }' "/proc/$1/status"; }
# CPU ticks of the runtime's background JIT thread (tiered compilation): warm-up work, not the request's.
jit_ticks() {
  local task total=0
  for task in /proc/"$1"/task/*; do
    [[ "$(cat "$task/comm" 2>/dev/null)" == *Tiered* ]] && total=$((total + $(cpu_ticks "${task#/proc/}" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
readonly CLK_TCK=$(getconf CLK_TCK)

# ------------------------------------------------------------------------------------------
# wrk. measure <key> <server pid> <url> <script> [VAR=value...]: a warm-up (not counted), then the
# measured run; appends a row to $WORK/results.tsv.
printf 'key\treqs\trps\tp50_us\tp90_us\tp99_us\tmax_us\tnon2xx\tconnect\tread\twrite\ttimeout\trss_mib\tcpu_us_per_req\tmix\tserver_cores\twrk_cores\tdb_cpu_us_per_req\tdb_cores\tmachine_busy_cores\tthreads\tjit_share\n' >"$WORK/results.tsv"
# Busy CPU ticks of the whole machine (every process, this run's or not): user, nice, system, irq, softirq, steal.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# The database server's CPU: PostgreSQL backends serving the bench database (in-process for SQLite).
db_backends() { [[ $ENGINE != postgres || -z "$PG_DB" ]] || psql "$(pg_conninfo postgres)" -XAtc "SELECT pid FROM pg_stat_activity WHERE datname = '$PG_DB' AND backend_type = 'client backend'" 2>/dev/null || true; }
ticks_of() { local pid total=0; for pid in "$@"; do [[ -r /proc/$pid/stat ]] && total=$((total + $(cpu_ticks "$pid"))); done; echo "$total"; }
measure() {
  local key=$1 pid=$2 url=$3 script=$4
  shift 4
  local wrk=(wrk "-t$THREADS" "-c$CONNECTIONS" --latency -s "$BENCH/lua/$script")
  if [[ $WARMUP_SECONDS -gt 0 ]]; then
    env "$@" timeout $((WARMUP_SECONDS + 30)) "${wrk[@]}" "-d${WARMUP_SECONDS}s" "$url" >"$WORK/wrk-$key-warmup.txt" 2>&1 ||
      die "wrk warm-up of $key failed: $(tail -n 5 "$WORK/wrk-$key-warmup.txt")"
  fi
  local before after jit_before jit_after db_before db_after m_before m_after out=$WORK/wrk-$key.txt backends=()
  [[ $key == ceiling ]] || mapfile -t backends < <(db_backends)
  before=$(cpu_ticks "$pid")
  jit_before=$(jit_ticks "$pid")
  db_before=$(ticks_of "${backends[@]}")
  m_before=$(machine_ticks)
  # wrk runs under a shell that prints its children's CPU time (fields 16-17 of its /proc stat) when wrk is done.
  env "$@" timeout $((DURATION_SECONDS + 60)) bash -c '"$@"; status=$?; read -r -a f </proc/$$/stat; echo "WRKCPU ${f[15]} ${f[16]}"; exit $status' \
    wrk "${wrk[@]}" "-d$DURATION" "$url" >"$out" 2>&1 || die "wrk run of $key failed: $(tail -n 5 "$out")"
  after=$(cpu_ticks "$pid")
  jit_after=$(jit_ticks "$pid")
  db_after=$(ticks_of "${backends[@]}")
  m_after=$(machine_ticks)
  local line mix rss threads wrk_ticks
  line=$(grep '^BENCH ' "$out" | tail -n 1) || die "no BENCH line in $out"
  mix=$(grep '^BENCHMIX ' "$out" | sed 's/^BENCHMIX //' || true)
  wrk_ticks=$(awk '/^WRKCPU / { print $2 + $3 }' "$out")
  rss=$(rss_mib "$pid")
  threads=$(threads_of "$pid")
  local v requests duration_us p50_us p90_us p99_us max_us connect read write status timeout
  for v in $line; do
    [[ $v == *=* ]] && printf -v "${v%%=*}" '%s' "${v#*=}"
  done
  awk -v k="$key" -v n="$requests" -v d="$duration_us" -v p50="$p50_us" -v p90="$p90_us" -v p99="$p99_us" -v mx="$max_us" \
    -v s="$status" -v c="$connect" -v r="$read" -v w="$write" -v t="$timeout" -v rss="$rss" -v mix="${mix:--}" \
    -v cpu="$((after - before))" -v wcpu="${wrk_ticks:-0}" -v dbcpu="$((db_after - db_before))" -v hz="$CLK_TCK" -v pg="${#backends[@]}" -v busy="$((m_after - m_before))" \
    -v threads="$threads" -v jit="$((jit_after > jit_before ? jit_after - jit_before : 0))" \
    'BEGIN {
       secs = d / 1e6
       printf "%s\t%d\t%.0f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%.0f\t%s\t%.2f\t%.2f\t%s\t%.2f\t%.2f\t%d\t%.1f\n", k, n, n / secs, p50, p90, p99, mx,
         s, c, r, w, t, rss, (n > 0 ? cpu * 1e6 / hz / n : 0), mix, cpu / hz / secs, wcpu / hz / secs,
         (pg > 0 && n > 0 ? sprintf("%.0f", dbcpu * 1e6 / hz / n) : "-"), dbcpu / hz / secs, busy / hz / secs,
         threads, (cpu > 0 ? 100 * jit / cpu : 0)
     }' >>"$WORK/results.tsv"
  log "$key: $(tail -n 1 "$WORK/results.tsv" | awk -F'\t' '{ printf "%s req/s, p50 %.1f ms, p99 %.1f ms, non-2xx %s, RSS %s MiB, server %s µs CPU/req on %s cores, wrk %s, machine busy %s of '"$(nproc)"' cores", $3, $4 / 1000, $6 / 1000, $8, $13, $14, $16, $17, $20 }')"
}

# ------------------------------------------------------------------------------------------
log "run $RUN_ID: engine $ENGINE, dataset $DATASET, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, load average $LOAD_AT_START"

# The ceiling first, alone on the machine.
start_server ceiling "$CEILING_DIR" / env ASPNETCORE_ENVIRONMENT=Production dotnet KestrelCeiling.dll
CEILING_PID=$STARTED_PID
measure ceiling "$CEILING_PID" "$BASE/" get.lua
stop_pid "$CEILING_PID"
CEILING_PID=""

# ------------------------------------------------------------------------------------------
# A fresh database on the chosen engine.
PG_PORT=${INKWELL_PG_PORT:-55432}
pg_conninfo() { echo "host=127.0.0.1 port=$PG_PORT user=postgres dbname=$1 connect_timeout=10"; }
DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/inkwell-bench.XXXXXX")
mkdir -m 700 "$DATA_DIR/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DATA_DIR/keys/bench.pem" 2>/dev/null
INKWELL_ENV=(
  ASPNETCORE_ENVIRONMENT=Production
  "Auth__SigningKeys__Path=$DATA_DIR/keys"
  "Storage__DataPath=$DATA_DIR"
  Demo__Enabled=false
  "Cache__Enabled=$([[ $CACHE == on ]] && echo true || echo false)"
  # The rate limiter stays on (its cost is measured) with limits far above what wrk sends from one address.
  RateLimits__Anonymous__PermitLimit=1000000000
  RateLimits__SignedIn__PermitLimit=1000000000
  RateLimits__SignIn__PermitLimit=1000000000
)
if [[ $ENGINE == postgres ]]; then
  bash scripts/postgres.sh status >/dev/null 2>&1 || PG_STARTED=1
  pg_url=$(timeout 300 bash scripts/postgres.sh start) || die "could not start PostgreSQL (scripts/postgres.sh)"
  [[ $pg_url == *Database=postgres* ]] || die "unexpected connection string from scripts/postgres.sh: $pg_url"
  PG_DB="inkwell_bench_${RUN_ID}"
  timeout 60 psql "$(pg_conninfo postgres)" -Xqc "CREATE DATABASE $PG_DB" >/dev/null
  # BENCH_PG_OPTIONS appends Npgsql settings for an experiment, e.g. "Max Auto Prepare=20" (it shows in the report).
  pg_connection="${pg_url/Database=postgres/Database=$PG_DB}${BENCH_PG_OPTIONS:+;$BENCH_PG_OPTIONS}"
  INKWELL_ENV+=(Database__Provider=Postgres "ConnectionStrings__Inkwell=$pg_connection")
  ENGINE_LINE="PostgreSQL $(psql "$(pg_conninfo postgres)" -XAtc 'SHOW server_version'), a fresh database on 127.0.0.1:$PG_PORT (scripts/postgres.sh: fsync off), Npgsql pool $(grep -o 'Maximum Pool Size=[0-9]*' <<<"$pg_url" | grep -o '[0-9]*$' || echo default)${BENCH_PG_OPTIONS:+, extra connection settings \`$BENCH_PG_OPTIONS\`}"
else
  ENGINE_LINE="SQLite $(sqlite3 --version | cut -d' ' -f1) (CLI version; the app bundles its own), a fresh file in a temporary folder"
fi

sql() { # one query, tab-separated rows
  if [[ $ENGINE == postgres ]]; then
    timeout 60 psql "$(pg_conninfo "$PG_DB")" -XAtq -F $'\t' -c "$1"
  else
    timeout 60 sqlite3 -batch -noheader -separator $'\t' "$DATA_DIR/inkwell.db" "$1"
  fi
}

EXTRA_ENV=()
start_inkwell() {
  start_server "$1" "$APP_DIR" /api/tags env "${INKWELL_ENV[@]}" "${EXTRA_ENV[@]}" dotnet inkwell.dll "${@:2}"
  INKWELL_PID=$STARTED_PID
  API=$BASE/api
}

# `inkwell seed` migrates every module, then bulk-loads the data set (docs/seeding.md); 10 minutes at most.
SEEDED_BY="\`inkwell seed --dataset $DATASET\`"
log "seeding: inkwell seed --dataset $DATASET"
seed_started=$SECONDS
(cd "$APP_DIR" && env "${INKWELL_ENV[@]}" timeout 600 dotnet inkwell.dll seed --dataset "$DATASET") >"$WORK/seed.log" 2>&1 ||
  { tail -n 20 "$WORK/seed.log" >&2; die "inkwell seed failed (log: $WORK/seed.log)"; }
SEEDED_BY+=" in $((SECONDS - seed_started)) s"
if [[ $ENGINE == postgres ]]; then
  # The seed ANALYZEs but does not VACUUM: until autovacuum gets to the fresh tables (a minute or so on the
  # large set, while the scenarios run) the visibility map is empty, index-only scans visit the heap, and
  # autovacuum competes for the CPU. Vacuum now so every scenario sees the same, settled database.
  log "VACUUM (ANALYZE) of the seeded database"
  vacuum_started=$SECONDS
  timeout 900 psql "$(pg_conninfo "$PG_DB")" -Xqc 'VACUUM (ANALYZE)' >"$WORK/vacuum.log" 2>&1 || die "VACUUM failed (log: $WORK/vacuum.log)"
  SEEDED_BY+=", then \`VACUUM (ANALYZE)\` in $((SECONDS - vacuum_started)) s"
fi
start_inkwell inkwell

# ------------------------------------------------------------------------------------------
# What the scenarios need, read from the data: a popular article, tag and author; a reader; writers.
count() { sql "SELECT count(*) FROM $1"; }
ROWS="users $(count identity_users), follows $(count identity_follows), articles $(count content_articles), tags $(count content_tags), article–tag links $(count content_article_tags), comments $(count content_comments), favorites $(count content_favorites)"
[[ $(count content_articles) -gt 0 ]] || die "the seeded database has no articles"
SLUG=$(sql 'SELECT "Slug" FROM content_articles ORDER BY "FavoritesCount" DESC, "Id" LIMIT 1')
TAG=$(curl -fsS --max-time 30 "$API/tags" | jq -r '.tags[0]')
TAG_ARTICLES=$(sql "SELECT count(*) FROM content_article_tags l JOIN content_tags t ON t.\"Id\" = l.\"TagId\" WHERE t.\"Name\" = '${TAG//\'/\'\'}'")
read -r AUTHOR AUTHOR_ARTICLES < <(sql 'SELECT u."Username", count(*) FROM content_articles a JOIN identity_users u ON u."Id" = a."AuthorId" GROUP BY u."Username" ORDER BY 2 DESC, 1 LIMIT 1')
BENCH_SLUGS=$(sql "SELECT \"Slug\" FROM content_articles ORDER BY \"Id\" LIMIT $WRITE_SLUGS" | paste -sd, -)
uri() { jq -rn --arg v "$1" '$v | @uri'; }

login() { # <email> -> token
  curl -fsS --max-time 30 -H 'Content-Type: application/json' "$API/users/login" \
    -d "$(jq -cn --arg e "$1" --arg p "$SEED_PASSWORD" '{user: {email: $e, password: $p}}')" | jq -er '.user.token'
}
# The feed reader: the seeded user who follows the most people.
read -r READER READER_EMAIL FEED_FOLLOWS < <(sql 'SELECT u."Username", u."Email", count(*) FROM identity_follows f JOIN identity_users u ON u."Id" = f."FollowerId" GROUP BY u."Username", u."Email" ORDER BY 3 DESC, 1 LIMIT 1')
[[ -n "${READER:-}" ]] || die "no seeded user follows anyone"
READER_TOKEN=$(login "$READER_EMAIL") || die "could not sign in $READER_EMAIL with the seed password"
FEED_TOTAL=$(curl -fsS --max-time 30 -H "Authorization: Token $READER_TOKEN" "$API/articles/feed" | jq -r '.articlesCount')
# The write mix: a few seeded users who are not celebrities (after the first three).
WRITER_TOKENS=""
while read -r email; do
  WRITER_TOKENS+="${WRITER_TOKENS:+,}$(login "$email")" || die "could not sign in $email with the seed password"
done < <(sql "SELECT \"Email\" FROM identity_users ORDER BY \"Id\" LIMIT $WRITERS OFFSET 3")

declare -A PATHS=(
  [tags]=/api/tags
  [articles]="/api/articles?limit=20"
  [article]="/api/articles/$(uri "$SLUG")"
  [tag]="/api/articles?tag=$(uri "$TAG")"
  [author]="/api/articles?author=$(uri "$AUTHOR")"
  [feed]=/api/articles/feed
  [write]=/api/articles
)
declare -A LABELS=(
  [tags]="GET /api/tags"
  [articles]="GET /api/articles?limit=20"
  [article]="GET /api/articles/{slug} (the most favorited)"
  [tag]="GET /api/articles?tag=$TAG ($TAG_ARTICLES articles)"
  [author]="GET /api/articles?author=$AUTHOR ($AUTHOR_ARTICLES articles)"
  [feed]="GET /api/articles/feed ($READER follows $FEED_FOLLOWS users: $FEED_TOTAL articles)"
  [write]="POST mix: create article, comment, favorite ($WRITERS seeded users)"
)
log "data: $ROWS; slug $SLUG, tag $TAG, author $AUTHOR"

IDLE_RSS=$(rss_mib "$INKWELL_PID")
for key in "${SELECTED[@]}"; do
  url=$BASE${PATHS[$key]}
  case "$key" in
    feed) curl -fsS --max-time 30 -o /dev/null -H "Authorization: Token $READER_TOKEN" "$url" || die "$url does not answer 200"
      measure "$key" "$INKWELL_PID" "$url" feed.lua "BENCH_TOKEN=$READER_TOKEN" ;;
    write) measure "$key" "$INKWELL_PID" "$url" write.lua "BENCH_TOKENS=$WRITER_TOKENS" "BENCH_SLUGS=$BENCH_SLUGS" "BENCH_RUN=$RUN_ID" ;;
    *) curl -fsS --max-time 30 -o /dev/null "$url" || die "$url does not answer 200"
      measure "$key" "$INKWELL_PID" "$url" get.lua ;;
  esac
done
LOAD_AT_END=$(cut -d' ' -f1-3 /proc/loadavg)
stop_pid "$INKWELL_PID"
INKWELL_PID=""

# ------------------------------------------------------------------------------------------
# Where the server's CPU goes (--profile): perf samples of a fresh instance under each scenario's
# load, after the measurements so they are not disturbed (every scenario warmed once first). The JIT writes /tmp/perf-<pid>.map so
# managed frames have names; W^X off keeps JIT code at addresses that map describes.
declare -A PROFILE_SHARES=() PROFILE_TOP=()
# perf report lines "percent|thread|dso|symbol" -> "bucket<TAB>percent" lines, biggest first. Managed code
# goes by assembly, except generic collections instantiated over DI or EF Core types, which go with them.
profile_buckets() {
  awk -F'|' '
    function bucket_of_assembly(a) {
      if (a ~ /^(Microsoft\.EntityFrameworkCore|Npgsql\.EntityFrameworkCore)/) return "EF Core"
      if (a ~ /^(Microsoft\.Data\.Sqlite|SQLitePCLRaw)/) return "ADO.NET provider (Microsoft.Data.Sqlite)"
      if (a ~ /^Npgsql/) return "ADO.NET provider (Npgsql)"
      if (a ~ /^Microsoft\.AspNetCore/) return "ASP.NET Core (Kestrel, routing, auth, results)"
      if (a ~ /^System\.Text\.Json/) return "System.Text.Json"
      if (a ~ /IdentityModel/) return "token validation (IdentityModel)"
      if (a ~ /^Microsoft\.Extensions/) return "Microsoft.Extensions (DI, logging, options)"
      if (a ~ /^Inkwell/) return "Inkwell code"
      if (a ~ /^System/) return "BCL (collections, LINQ, async, strings)"
      return "other managed code"
    }
    {
      pct = $1; sub(/%/, "", pct); pct += 0
      thread = $2; dso = $3; gsub(/^ +| +$/, "", dso)
      sym = $4; sub(/^ *\[[.k]\] /, "", sym)
      if (thread ~ /GC/) b = "garbage collector (GC threads)"
      else if (thread ~ /Tiered Com/) b = "JIT compiler (tiering thread)"
      else if (dso ~ /e_sqlite3/) b = "SQLite engine (e_sqlite3)"
      else if (dso ~ /kernel/) b = "kernel (sockets, scheduling, page faults)"
      else if (dso ~ /clrjit/) b = "JIT compiler"
      else if (dso ~ /coreclr|clrgc/ || sym ~ /^stub /) b = "CLR runtime (GC, allocation, casts, stubs)"
      else if (dso ~ /^(libc|ld-linux|libpthread|libm|libstdc)/) b = "libc (memcpy, locks, TLS)"
      else if (dso ~ /^\[JIT\]|perf-[0-9]+\.map/) {
        if (match(sym, /\[[A-Za-z0-9_.]+\] /)) b = bucket_of_assembly(substr(sym, RSTART + 1, RLENGTH - 3))
        else b = "managed code, unresolved"
        if (b ~ /^BCL/ && sym ~ /DependencyInjection/) b = "Microsoft.Extensions (DI, logging, options)"
        else if (b ~ /^BCL/ && sym ~ /EntityFrameworkCore/) b = "EF Core"
      }
      else if (dso ~ /\.dll$/) { a = dso; sub(/\.dll$/, "", a); b = bucket_of_assembly(a) }
      else b = "other native (" dso ")"
      share[b] += pct
    }
    END { for (b in share) if (share[b] >= 0.05) printf "%s\t%.1f\n", b, share[b] }' | sort -t$'\t' -k2,2 -rn
}
if [[ $PROFILE -eq 1 ]]; then
  EXTRA_ENV=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
  start_inkwell inkwell-profile
  EXTRA_ENV=()
  load_for() { # <key>: sets url, script and vars for a scenario's load
    url=$BASE${PATHS[$1]} script=get.lua vars=()
    case "$1" in
      feed) script=feed.lua vars=("BENCH_TOKEN=$READER_TOKEN") ;;
      write) script=write.lua vars=("BENCH_TOKENS=$WRITER_TOKENS" "BENCH_SLUGS=$BENCH_SLUGS" "BENCH_RUN=p$RUN_ID") ;;
    esac
  }
  # A fresh process compiles in the background for many seconds, more so on a busy machine: warm every
  # scenario once before profiling any, so the tiered-compilation thread is not what gets measured.
  for key in "${SELECTED[@]}"; do
    load_for "$key"
    env "${vars[@]}" timeout 60 wrk "-t$THREADS" "-c$CONNECTIONS" -s "$BENCH/lua/$script" -d5s "$url" >/dev/null 2>&1 || true
  done
  for key in "${SELECTED[@]}"; do
    load_for "$key"
    warm=4
    env "${vars[@]}" timeout $((warm + PROFILE_SECONDS + 40)) wrk "-t$THREADS" "-c$CONNECTIONS" -s "$BENCH/lua/$script" \
      "-d$((warm + PROFILE_SECONDS + 2))s" "$url" >"$WORK/wrk-$key-profile.txt" 2>&1 &
    load_pid=$!
    sleep "$warm"
    timeout $((PROFILE_SECONDS + 30)) perf record -q -F 999 -p "$INKWELL_PID" -o "$WORK/perf-$key.data" -- sleep "$PROFILE_SECONDS" \
      >"$WORK/perf-$key.log" 2>&1 || log "perf record failed for $key: $(tail -n 3 "$WORK/perf-$key.log")"
    wait "$load_pid" || log "wrk (profile load) for $key exited with $?"
    if [[ -s "$WORK/perf-$key.data" ]]; then
      timeout 120 perf report -i "$WORK/perf-$key.data" --stdio --no-children -g none --sort comm,dso,sym -t '|' -q \
        >"$WORK/perf-$key.txt" 2>/dev/null || true
      PROFILE_SHARES[$key]=$(profile_buckets <"$WORK/perf-$key.txt")
      PROFILE_TOP[$key]=$(awk -F'|' '$4 !~ /0x[0-9a-f]+ *$/ && ++n <= 20 { sym = $4; sub(/^ *\[[.k]\] /, "", sym); gsub(/ +$/, "", $3); printf "%s  %-22s  %s\n", $1, substr($3, 1, 22), substr(sym, 1, 170) }' \
        "$WORK/perf-$key.txt")
      log "profiled $key: $(head -n 3 <<<"${PROFILE_SHARES[$key]}" | tr '\t\n' ' ;')"
    fi
  done
  stop_pid "$INKWELL_PID"
  INKWELL_PID=""
fi

# ------------------------------------------------------------------------------------------
# SQL statements per request: the same data behind an instance that logs every EF Core command, with the
# read cache off (a cached request runs none) and the outbox relay's background poll out of the way.
start_inkwell inkwell-sql-trace --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information \
  --Cache:Enabled=false --Bus:PollInterval=01:00:00
commands_logged() { grep -c 'Executed DbCommand' "$WORK/inkwell-sql-trace.log" || true; }
sql_per_request() { # <curl args...>: one warm request first, then the statements of a second one
  curl -fsS --max-time 30 -o /dev/null "$@" || { echo "?"; return 0; }
  sleep 0.3
  local before
  before=$(commands_logged)
  curl -fsS --max-time 30 -o /dev/null "$@" || { echo "?"; return 0; }
  sleep 0.5
  echo $(($(commands_logged) - before))
}
declare -A SQL_COUNT=()
for key in "${SELECTED[@]}"; do
  case "$key" in
    feed) SQL_COUNT[$key]=$(sql_per_request -H "Authorization: Token $READER_TOKEN" "$BASE${PATHS[$key]}") ;;
    write)
      first_token=${WRITER_TOKENS%%,*}
      auth=(-H "Authorization: Token $first_token" -H 'Content-Type: application/json')
      create=$(sql_per_request "${auth[@]}" -X POST "$API/articles" -d "{\"article\":{\"title\":\"Trace $RUN_ID $RANDOM$RANDOM\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"bench-write\"]}}")
      comment=$(sql_per_request "${auth[@]}" -X POST "$API/articles/$(uri "$SLUG")/comments" -d '{"comment":{"body":"trace"}}')
      favorite=$(sql_per_request "${auth[@]}" -X POST "$API/articles/$(uri "$SLUG")/favorite")
      SQL_COUNT[$key]="$create / $comment / $favorite" ;;
    *) SQL_COUNT[$key]=$(sql_per_request "$BASE${PATHS[$key]}") ;;
  esac
done
stop_pid "$INKWELL_PID"
INKWELL_PID=""

# ------------------------------------------------------------------------------------------
# The report.
cpu_model=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
cores=$(nproc)
ram_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
os_name=$(. /etc/os-release && echo "$PRETTY_NAME")
runtime=$(dotnet --list-runtimes | awk '/^Microsoft.AspNetCore.App 10\./ { v = $2 } END { print v }')
commit=$(git rev-parse --short HEAD)
[[ -z "$(git status --porcelain -- . ':(exclude)bench/reports')" ]] || commit+=" (dirty: uncommitted changes)"
branch=$(git rev-parse --abbrev-ref HEAD)

ms() { awk -v us="$1" 'BEGIN { printf (us >= 100000 ? "%.0f ms" : "%.1f ms"), us / 1000 }'; }
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
ceiling_rps=$(awk -F'\t' '$1 == "ceiling" { print $3 }' "$WORK/results.tsv")
row_errors() { # non-2xx and socket errors of a results row
  awk -F'\t' -v k="$1" '$1 == k {
    out = ""
    if ($8 > 0) out = out sprintf("%d non-2xx", $8)
    if ($9 + $10 + $11 > 0) out = out (out ? ", " : "") sprintf("%d socket (c%d r%d w%d)", $9 + $10 + $11, $9, $10, $11)
    if ($12 > 0) out = out (out ? ", " : "") sprintf("%d timeouts", $12)
    print (out ? out : "0")
  }' "$WORK/results.tsv"
}
cores() { # server [/ PostgreSQL] / wrk / everything else on the machine, in cores
  awk -F'\t' -v k="$1" -v pg="$([[ $ENGINE == postgres ]] && echo 1 || echo 0)" '$1 == k {
    other = $20 - $16 - $17 - $19; if (other < 0) other = 0
    if (pg) printf "%.2f / %.2f / %.2f / %.2f", $16, $19, $17, other
    else printf "%.2f / %.2f / %.2f", $16, $17, other
  }' "$WORK/results.tsv"
}
field() { awk -F'\t' -v k="$1" -v f="$2" '$1 == k { print $f }' "$WORK/results.tsv"; }
table_row() { # <key> <label> <sql per request>
  local key=$1 rps pg=""
  rps=$(field "$key" 3)
  [[ $ENGINE != postgres ]] || pg=" $(field "$key" 18) µs |"
  [[ $pg != " - µs |" ]] || pg=" – |"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s µs |%s %s | %s MiB / %s | %s |\n' \
    "$key" "$2" "$(thousands "$rps")" \
    "$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { printf "%.1f%%", (b > 0 ? 100 * a / b : 0) }')" \
    "$(ms "$(field "$key" 4)")" "$(ms "$(field "$key" 5)")" "$(ms "$(field "$key" 6)")" \
    "$(row_errors "$key")" "$(thousands "$(field "$key" 14)")" "$pg" "$(cores "$key")" \
    "$(field "$key" 13)" "$(field "$key" 21)" "$3"
}

# Targets (bench/README.md): small set on SQLite; large set on PostgreSQL against its small set.
target_rows() {
  local key rps p50 p99 verdict small_tsv="" s50 s99
  if [[ $DATASET == large ]]; then
    small_tsv=$(ls "$BENCH/reports/"*"-$ENGINE-small.tsv" 2>/dev/null | sort | tail -n 1 || true)
  fi
  for key in articles tag feed; do
    [[ -n "$(field "$key" 3)" ]] || continue
    rps=$(field "$key" 3) p50=$(field "$key" 4) p99=$(field "$key" 6)
    if [[ $DATASET == small ]]; then
      verdict=$(awk -v r="$rps" -v p="$p99" 'BEGIN { print ((r >= 6000 && p < 50000) ? "met" : "**missed**") }')
      printf '| %s | ≥ 6,000 req/s, p99 < 50 ms | %s req/s, p99 %s | %s |\n' "${PATHS[$key]}" "$(thousands "$rps")" "$(ms "$p99")" "$verdict"
    else
      s50=$([[ -z "$small_tsv" ]] || awk -F'\t' -v k="$key" '$1 == k { print $4 }' "$small_tsv")
      s99=$([[ -z "$small_tsv" ]] || awk -F'\t' -v k="$key" '$1 == k { print $6 }' "$small_tsv")
      if [[ -n "$s50" && -n "$s99" ]]; then
        verdict=$(awk -v p50="$p50" -v p99="$p99" -v s50="$s50" -v s99="$s99" \
          'BEGIN { print ((p99 < 100000 && p50 <= 2 * s50 && p99 <= 2 * s99) ? "met" : "**missed**") }')
        printf '| %s | p99 < 100 ms, p50/p99 ≤ 2× small (%s / %s) | p50 %s, p99 %s | %s |\n' \
          "${PATHS[$key]}" "$(ms "$s50")" "$(ms "$s99")" "$(ms "$p50")" "$(ms "$p99")" "$verdict"
      else
        verdict=$(awk -v p="$p99" 'BEGIN { print (p < 100000 ? "met (no small-set report to compare)" : "**missed**") }')
        printf '| %s | p99 < 100 ms, ≤ 2× small-set latency | p50 %s, p99 %s | %s |\n' "${PATHS[$key]}" "$(ms "$p50")" "$(ms "$p99")" "$verdict"
      fi
    fi
  done
}

{
  echo "# Inkwell benchmark: $ENGINE, $DATASET data set"
  echo
  echo "Run $STARTED_AT by \`bench/run.sh\` (see [bench/README.md](../README.md) for how to read this)."
  echo
  echo "## Setup"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Machine | $cpu_model; $cores cores; $ram_gib GiB RAM |"
  echo "| OS | $os_name, Linux $(uname -r) |"
  echo "| .NET | SDK $(dotnet --version), runtime Microsoft.AspNetCore.App $runtime |"
  echo "| Commit | \`$commit\` on \`$branch\` |"
  echo "| Shape | all-in-one Release binary, Production, random signing key, demo content off, \`--urls http://127.0.0.1:0\` |"
  echo "| Engine | $ENGINE_LINE |"
  echo "| Read cache | $([[ $CACHE == on ]] && echo 'on (the default): anonymous GETs are answered from the output cache, other reads from the read cache, until the next write' || echo 'off (`--cache off`): every request reads the database') |"
  echo "| Data set | $DATASET, seeded by $SEEDED_BY: $ROWS |"
  echo "| Load | wrk $({ wrk --version 2>&1 || true; } | awk 'NR == 1 { print $2 }') \`-t$THREADS -c$CONNECTIONS -d$DURATION --latency\` on the same machine, ${WARMUP_SECONDS}s warm-up per scenario (not counted) |"
  echo "| Load average | $LOAD_AT_START at the start, $LOAD_AT_END after the last scenario (1, 5, 15 min) |"
  echo "| Command | \`$COMMAND_LINE\` |"
  echo
  echo "## Results"
  echo
  if [[ $ENGINE == postgres ]]; then
    echo "| scenario | request | req/s | of ceiling | p50 | p90 | p99 | errors | server CPU/req | PostgreSQL CPU/req | cores: server / PostgreSQL / wrk / others | RSS / threads after | SQL/req |"
    echo "|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|"
  else
    echo "| scenario | request | req/s | of ceiling | p50 | p90 | p99 | errors | server CPU/req | cores: server / wrk / others | RSS / threads after | SQL/req |"
    echo "|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|"
  fi
  table_row ceiling "bare Kestrel: GET / → small JSON (bench/KestrelCeiling)" "–"
  for key in "${SELECTED[@]}"; do
    table_row "$key" "${LABELS[$key]}" "${SQL_COUNT[$key]:-?}"
  done
  echo
  echo "Inkwell's RSS when idle after seeding, before the first scenario: $IDLE_RSS MiB."
  echo "Background JIT (the tiered-compilation thread) during each measured run, as a share of the server's CPU: $(awk -F'\t' 'NR > 1 && $1 != "ceiling" { printf "%s%s %s%%", (n++ ? ", " : ""), $1, $22 }' "$WORK/results.tsv")."
  echo "*server CPU/req*: the server process's user+system CPU time during the measured run over the requests served;"
  echo "*cores*: CPU seconds per second during the run of the server$([[ $ENGINE != postgres ]] || echo ", the PostgreSQL backends"), wrk, and every other process on the machine (from /proc/stat; the machine has $(nproc) cores)."
  [[ $ENGINE != postgres ]] || echo "*PostgreSQL CPU/req*: the same for the PostgreSQL backends connected to the bench database."
  echo "*SQL/req*: EF Core commands logged for one warm request with the read cache off, i.e. what a cache miss costs (write: create / comment / favorite)."
  if [[ " ${SELECTED[*]} " == *" write "* ]]; then
    echo "Write mix sent: $(field write 15)."
  fi
  echo
  if [[ ${#PROFILE_SHARES[@]} -gt 0 ]]; then
    echo "## Where the server's CPU goes"
    echo
    echo "\`--profile\`: perf samples (${PROFILE_SECONDS}s at 999 Hz) of the Inkwell process under each scenario's load, in a separate instance after the measurements; % of the process's samples, grouped by library."
    echo
    profiled=()
    for key in "${SELECTED[@]}"; do [[ -z "${PROFILE_SHARES[$key]:-}" ]] || profiled+=("$key"); done
    printf '| where |'; printf ' %s |' "${profiled[@]}"; echo
    printf '|---|'; printf -- '--:|%.0s' "${profiled[@]}"; echo
    for key in "${profiled[@]}"; do cut -f1 <<<"${PROFILE_SHARES[$key]}"; done | awk '!seen[$0]++' | while IFS= read -r bucket; do
      printf '| %s |' "$bucket"
      for key in "${profiled[@]}"; do
        printf ' %s |' "$(awk -F'\t' -v b="$bucket" '$1 == b { printf "%s%%", $2 }' <<<"${PROFILE_SHARES[$key]}")"
      done
      echo
    done
    echo
    for key in "${profiled[@]}"; do
      echo "<details><summary>$key: hottest symbols</summary>"
      echo
      echo '```'
      echo "${PROFILE_TOP[$key]}"
      echo '```'
      echo
      echo "</details>"
    done
    echo
  fi
  echo "## Targets"
  echo
  if [[ $DATASET == small && $ENGINE != sqlite ]]; then
    echo "The small-set targets are set for SQLite; shown here for comparison."
    echo
  fi
  echo "| endpoint | target | measured | |"
  echo "|---|---|---|---|"
  target_rows
  echo
  echo "## Observations"
  echo
  echo "_To be written by whoever ran it: what dominates, with numbers._"
  echo
  echo "## Raw wrk output"
  echo
  for key in ceiling "${SELECTED[@]}"; do
    echo "<details><summary>$key</summary>"
    echo
    echo '```'
    { grep -v '^BENCH' "$WORK/wrk-$key.txt" || true; } | sed "s/Token [A-Za-z0-9._-]*/Token …/g"
    echo '```'
    echo
    echo "</details>"
  done
} >"$REPORT"
cp "$WORK/results.tsv" "$RESULTS_TSV"
cp "$REPORT" "$WORK/"
