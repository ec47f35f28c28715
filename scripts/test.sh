#!/usr/bin/env bash
# Inkwell's one test command: build, every test with coverage, the coverage floor,
# the RealWorld conformance suite run by newman against the real binary, in the services shape
# (scripts/cluster) the conformance suite and the browser tests through the gateway, and a smoke of the load test.
#
#   scripts/test.sh           everything (what CI runs)
#   scripts/test.sh --quick   build and tests only: no coverage floor, no conformance
#
# Installs what it needs (the .NET local tools, Chromium for the browser tests, Prometheus, newman under .tools/,
# Node.js if missing) and never prompts. A failing test, a coverage shortfall or a conformance failure
# does not stop the later stages: the run reports them all, then exits non-zero. Results land in artifacts/.
set -euo pipefail

readonly COVERAGE_MINIMUM=80
readonly NEWMAN_VERSION=6.2.2
readonly SERVER_START_SECONDS=60
readonly STOP_SECONDS=15

QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
      exit 0
      ;;
    *)
      echo "unknown option: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT=$PWD
readonly ARTIFACTS=$ROOT/artifacts
readonly RESULTS=$ARTIFACTS/test-results
readonly COVERAGE=$ARTIFACTS/coverage
readonly CONFORMANCE=$ARTIFACTS/conformance
readonly TOOLS=$ROOT/.tools
readonly COLLECTION=$ROOT/tests/conformance/Conduit.postman_collection.json
readonly APP_DIR=$ROOT/src/Inkwell/bin/Release/net10.0
# The browser tests launch this Chromium (Debian's); Playwright never downloads a browser of its own.
readonly CHROMIUM=/usr/bin/chromium

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild processes outlive the run.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export DEBIAN_FRONTEND=noninteractive NPM_CONFIG_UPDATE_NOTIFIER=false

STEP="starting"
FAILURES=()
TESTS_LINE=""
COVERAGE_LINE=""
CONFORMANCE_LINE=""
BROWSER_SERVICES_LINE=""
SERVER_PID=""
SERVER_DATA=""
POSTGRES_URL=""
POSTGRES_WAS_RUNNING=0
RABBITMQ_URL=""
RABBITMQ_WAS_RUNNING=0
REDIS_URL=""
REDIS_WAS_RUNNING=0
PROMETHEUS_INSTALLED=0

heading() {
  STEP=$1
  printf '\n==> %s\n' "$1"
}

# Records a failure and lets the later stages run.
problem() {
  printf '\nERROR: %s\n' "$*" >&2
  FAILURES+=("$STEP: $*")
}

# Records a failure and stops the run: nothing after this stage could work.
fail() {
  problem "$@"
  exit 1
}

elapsed() {
  printf '%dm %02ds' $((SECONDS / 60)) $((SECONDS % 60))
}

stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 "$STOP_SECONDS"); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  [[ -z "$SERVER_DATA" ]] || rm -rf "$SERVER_DATA"
}

CLUSTER_STARTED=""
CLUSTER_DATABASE=""
finish() {
  local status=$?
  trap - EXIT
  stop_server
  [[ -z "$CLUSTER_STARTED" ]] || bash scripts/cluster down >/dev/null 2>&1 || true
  # Leave PostgreSQL as we found it.
  [[ -z "$POSTGRES_URL" || $POSTGRES_WAS_RUNNING -eq 1 ]] || bash scripts/postgres.sh stop || true
  [[ -z "$RABBITMQ_URL" || $RABBITMQ_WAS_RUNNING -eq 1 ]] || bash scripts/rabbitmq.sh stop || true
  [[ -z "$REDIS_URL" || $REDIS_WAS_RUNNING -eq 1 ]] || bash scripts/redis.sh stop || true
  # The scrape test stops its Prometheus itself; this only catches one a crashed test run left behind.
  [[ $PROMETHEUS_INSTALLED -eq 0 ]] || bash scripts/prometheus.sh stop 2>/dev/null || true
  [[ $status -ne 0 || ${#FAILURES[@]} -eq 0 ]] || status=1
  if [[ $status -eq 0 ]]; then
    printf '\n==> Summary: PASSED in %s\n' "$(elapsed)"
  elif [[ ${#FAILURES[@]} -gt 0 ]]; then
    printf '\n==> Summary: FAILED after %s\n' "$(elapsed)"
    printf '  - %s\n' "${FAILURES[@]}"
  else
    printf '\n==> Summary: FAILED at "%s" after %s\n' "$STEP" "$(elapsed)"
  fi
  [[ -z "$COVERAGE_LINE" ]] || echo "Coverage: $COVERAGE_LINE"
  [[ -z "$CONFORMANCE_LINE" ]] || echo "Conformance: $CONFORMANCE_LINE"
  [[ -z "$BROWSER_SERVICES_LINE" ]] || echo "Browser tests through the gateway: $BROWSER_SERVICES_LINE"
  # Last on purpose: the closing line states how many tests passed and failed.
  echo "Tests: ${TESTS_LINE:-not run}"
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Installs Debian packages when a command is missing (a fresh machine), as root or through sudo.
apt_install() {
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to install: $*"
    sudo="sudo -n"
  fi
  echo "Installing Debian packages: $*"
  timeout 600 $sudo apt-get update -qq
  timeout 900 $sudo apt-get install -y -qq --no-install-recommends "$@"
}

# Prints each failed test of the given TRX files with the first line of its message.
failed_tests() {
  awk '
    /<UnitTestResult / && /outcome="(Failed|Error|Timeout|Aborted)"/ {
      match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); pending = 1
    }
    pending && /<Message>/ {
      message = $0; sub(/.*<Message>/, "", message); sub(/<\/Message>.*/, "", message)
      file = FILENAME; sub(/.*\/test-results\//, "", file)
      printf "failed: %s (%s): %s\n", name, file, substr(message, 1, 300); pending = 0
    }
  ' "$@"
}

# Sums one attribute of <Counters .../> over every TRX file.
trx_counter() {
  local name=$1 total=0 value file
  for file in "${TRX_FILES[@]}"; do
    value=$(grep -o '<Counters [^>]*' "$file" | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+' | head -n 1 || true)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

# ---------------------------------------------------------------------------------------------
heading "Build"
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not on PATH; install the SDK named in global.json"
echo "dotnet $(dotnet --version)"
timeout 600 dotnet tool restore
timeout 1200 dotnet build Inkwell.slnx -c Release --nologo

# ---------------------------------------------------------------------------------------------
heading "Browser"
# tests/Inkwell.BrowserTests drive Chromium with Playwright against the site served in-process.
if [[ ! -x "$CHROMIUM" ]]; then
  apt_install chromium
  [[ -x "$CHROMIUM" ]] || fail "installed the chromium package, but $CHROMIUM is still missing"
fi
echo "$("$CHROMIUM" --version 2>/dev/null || echo "a browser that does not report its version") at $CHROMIUM"

# ---------------------------------------------------------------------------------------------
heading "PostgreSQL"
# Every test and the conformance suite run once on SQLite and once on a real PostgreSQL server.
bash scripts/postgres.sh status >/dev/null 2>&1 && POSTGRES_WAS_RUNNING=1
POSTGRES_URL=$(bash scripts/postgres.sh start) || fail "could not start PostgreSQL (see scripts/postgres.sh)"
echo "PostgreSQL: $POSTGRES_URL"

# ---------------------------------------------------------------------------------------------
heading "RabbitMQ"
# The broker transport's tests (tests/Inkwell.Tests/Platform/Messaging/RabbitMq) run in both passes; one of them stops
# and restarts this broker. Without INKWELL_TEST_RABBITMQ they would fail in CI, not skip.
bash scripts/rabbitmq.sh status >/dev/null 2>&1 && RABBITMQ_WAS_RUNNING=1
RABBITMQ_URL=$(bash scripts/rabbitmq.sh start </dev/null) || fail "could not start RabbitMQ (see scripts/rabbitmq.sh)"
export INKWELL_TEST_RABBITMQ=$RABBITMQ_URL
echo "RabbitMQ: $RABBITMQ_URL"

# ---------------------------------------------------------------------------------------------
heading "Redis"
# The shared-cache tests (tests/Inkwell.Tests/Caching) run two processes on this server in both passes. The outage
# test starts and stops a private server of its own through scripts/redis.sh, so this one is never stopped under them.
bash scripts/redis.sh status >/dev/null 2>&1 && REDIS_WAS_RUNNING=1
REDIS_URL=$(bash scripts/redis.sh start </dev/null) || fail "could not start Redis (see scripts/redis.sh)"
export INKWELL_TEST_REDIS=$REDIS_URL
echo "Redis: $REDIS_URL"

heading "Prometheus"
# deploy/monitoring's alert rules and configuration are checked (and the rules unit-tested) with promtool; a test
# (tests/Inkwell.Tests/Observability/PrometheusScrapeTests) starts this Prometheus against a running Inkwell.
timeout 1200 bash scripts/prometheus.sh install </dev/null || fail "could not install Prometheus (see scripts/prometheus.sh)"
PROMETHEUS_INSTALLED=1
timeout 120 bash scripts/prometheus.sh check || problem "deploy/monitoring failed promtool's checks (see above)"
echo "$(prometheus --version 2>&1 | head -n 1)"

# Runs the whole test suite on one engine; results and coverage go to artifacts/test-results/<engine>.
run_tests() {
  local engine=$1 results=$RESULTS/$1 status
  heading "Tests ($engine)"
  mkdir -p "$results"
  local args=(
    test Inkwell.slnx -c Release --no-build --nologo
    --results-directory "$results"
    --logger trx
    --blame-hang-timeout 15m --blame-hang-dump-type none
  )
  if [[ $QUICK -eq 0 ]]; then
    args+=(--collect:"XPlat Code Coverage" --settings tests/coverage.runsettings)
  fi
  set +e
  if [[ $engine == postgres ]]; then
    # The generator's build test (Category=Generator) builds a scratch copy on SQLite; once per run is enough.
    args+=(--filter "Category!=Generator")
    INKWELL_TEST_POSTGRES=$POSTGRES_URL timeout 3000 dotnet "${args[@]}" 2>&1 | tee "$ARTIFACTS/test-output-$engine.log"
  else
    timeout 3000 dotnet "${args[@]}" 2>&1 | tee "$ARTIFACTS/test-output-$engine.log"
  fi
  status=${PIPESTATUS[0]}
  set -e
  [[ $status -eq 0 ]] || problem "tests on $engine failed (dotnet test exit code $status): see above and artifacts/test-results/$engine"
}

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
run_tests sqlite
run_tests postgres

heading "Test results"
mapfile -t TRX_FILES < <(find "$RESULTS" -name '*.trx' | sort)
[[ ${#TRX_FILES[@]} -gt 0 ]] || fail "dotnet test wrote no TRX results"
total=$(trx_counter total)
passed=$(trx_counter passed)
failed=$(($(trx_counter failed) + $(trx_counter error) + $(trx_counter timeout) + $(trx_counter aborted)))
skipped=$(cat "${TRX_FILES[@]}" | grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' | wc -l || true)
TESTS_LINE="$passed passed, $failed failed, $skipped skipped"
echo "Results over both engines: $total tests, $TESTS_LINE"

[[ $total -gt 0 ]] || problem "no test ran"
if [[ $failed -gt 0 ]]; then
  problem "$failed test(s) failed: see above and artifacts/test-results"
  # Name each failed test and the first line of its message in the summary, which CI shows.
  while IFS= read -r line; do problem "$line"; done < <(failed_tests "${TRX_FILES[@]}")
fi
if [[ $skipped -gt 0 ]]; then
  cat "${TRX_FILES[@]}" | grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' |
    grep -o 'testName="[^"]*"' | sed 's/^testName=/  skipped: /' >&2
  # A skipped test is a test that does not run: in CI that counts as a failure.
  if [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; then
    problem "$skipped test(s) skipped; every test must run in CI"
  else
    echo "WARNING: $skipped test(s) skipped (this fails in CI)" >&2
  fi
fi

if [[ $QUICK -eq 1 ]]; then
  echo
  echo "--quick: coverage and the conformance suite were skipped"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
heading "Coverage"
# The TRX logger copies each attachment under <run>/In/; read only the collector's own files.
mapfile -t coverage_files < <(find "$RESULTS" -name 'coverage.cobertura.xml' -not -path '*/In/*' | sort)
[[ ${#coverage_files[@]} -gt 0 ]] || fail "no coverage.cobertura.xml under $RESULTS"
rm -rf "$COVERAGE"
reports=$(IFS=';'; echo "${coverage_files[*]}")
timeout 600 dotnet reportgenerator \
  "-reports:$reports" \
  "-targetdir:$COVERAGE" \
  "-reporttypes:Html;TextSummary;MarkdownSummaryGithub" \
  "-verbosity:Warning"
cat "$COVERAGE/Summary.txt"
if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -f "$COVERAGE/SummaryGithub.md" ]]; then
  cat "$COVERAGE/SummaryGithub.md" >>"$GITHUB_STEP_SUMMARY"
fi

line_coverage=$(sed -n 's/^ *Line coverage: *\([0-9.]*\)%.*/\1/p' "$COVERAGE/Summary.txt" | head -n 1)
[[ -n "$line_coverage" ]] || fail "no \"Line coverage:\" in $COVERAGE/Summary.txt"
COVERAGE_LINE="$line_coverage% of lines (minimum $COVERAGE_MINIMUM%; report: artifacts/coverage/index.html)"
if awk -v have="$line_coverage" -v need="$COVERAGE_MINIMUM" 'BEGIN { exit !(have + 0 >= need + 0) }'; then
  echo "Line coverage $line_coverage% meets the minimum of $COVERAGE_MINIMUM%"
else
  problem "line coverage is $line_coverage%, below the minimum of $COVERAGE_MINIMUM%"
fi

# ---------------------------------------------------------------------------------------------
heading "Conformance tools"
missing=()
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
command -v curl >/dev/null || missing+=(curl)
command -v openssl >/dev/null || missing+=(openssl)
[[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[[ $node_major -ge 16 ]] || fail "newman $NEWMAN_VERSION needs Node.js 16 or later; found $(node --version)"
echo "node $(node --version), npm $(npm --version 2>/dev/null)"

newman=$TOOLS/node_modules/.bin/newman
if [[ ! -x "$newman" || "$("$newman" --version 2>/dev/null || true)" != "$NEWMAN_VERSION" ]]; then
  timeout 600 npm install --no-audit --no-fund --loglevel=error --prefix "$TOOLS" "newman@$NEWMAN_VERSION"
fi
echo "newman $("$newman" --version)"

# ---------------------------------------------------------------------------------------------
[[ -f "$APP_DIR/inkwell.dll" ]] || fail "$APP_DIR/inkwell.dll is missing; the build should have made it"
[[ -f "$COLLECTION" ]] || fail "missing $COLLECTION"
rm -rf "$CONFORMANCE"
CONFORMANCE_LINES=()

# Starts the Release binary on one engine with a fresh database, waits until it answers, sets $api.
# The PostgreSQL run also carries events over RabbitMQ: the engines of the services shape, in the all-in-one shape.
start_server() {
  local engine=$1 out=$2 database=()
  SERVER_DATA=$(mktemp -d "${TMPDIR:-/tmp}/inkwell-conformance.XXXXXX")
  # Production needs a signing key from outside: a fresh one, made the way an operator would.
  mkdir -m 700 "$SERVER_DATA/keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$SERVER_DATA/keys/conformance.pem" 2>/dev/null
  if [[ $engine == postgres ]]; then
    local name="inkwell_conformance_$(date +%s)_$RANDOM"
    psql "host=127.0.0.1 port=${INKWELL_PG_PORT:-55432} user=postgres dbname=postgres" -qc "CREATE DATABASE $name" >/dev/null
    database=(Database__Provider=Postgres "ConnectionStrings__Inkwell=${POSTGRES_URL/Database=postgres/Database=$name}"
      Bus__Transport=RabbitMq "Bus__RabbitMq=$RABBITMQ_URL" "Bus__Namespace=$name")
  fi
  # Port 0: the server picks a free port and logs it, so parallel runs never collide.
  (
    cd "$APP_DIR"
    exec env \
      ASPNETCORE_ENVIRONMENT=Production \
      Auth__SigningKeys__Path="$SERVER_DATA/keys" \
      Storage__DataPath="$SERVER_DATA" \
      Demo__Enabled=true \
      "${database[@]}" \
      dotnet inkwell.dll --urls http://127.0.0.1:0 --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information
  ) >"$out/server.log" 2>&1 &
  SERVER_PID=$!

  api=""
  local deadline=$((SECONDS + SERVER_START_SECONDS)) port
  while [[ $SECONDS -lt $deadline ]]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      cat "$out/server.log" >&2
      fail "the server exited during start-up (log above)"
    fi
    if [[ -z "$api" ]]; then
      port=$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]\+' "$out/server.log" | head -n 1 | grep -o '[0-9]\+$' || true)
      [[ -z "$port" ]] || api="http://127.0.0.1:$port/api"
    fi
    if [[ -n "$api" ]] && curl -fsS --max-time 5 -o /dev/null "$api/tags" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  if [[ -z "$api" ]] || ! curl -fsS --max-time 5 -o /dev/null "$api/tags" 2>/dev/null; then
    cat "$out/server.log" >&2
    fail "the server did not answer GET /api/tags within ${SERVER_START_SECONDS}s (log above)"
  fi
  echo "Inkwell is answering at $api on $engine${database:+ with events over RabbitMQ} (pid $SERVER_PID, data in $SERVER_DATA)"
}

# The services shape on PostgreSQL and Redis (scripts/cluster): a gateway in front of two identity and two content
# instances and the website, each a process of the same Release binary, their caches shared through Redis; sets $api
# to the gateway.
start_cluster() {
  local out=$1
  bash scripts/cluster down >/dev/null 2>&1 || true
  CLUSTER_STARTED=1
  # A database of its own, so the browser tour finds only the demo content.
  CLUSTER_DATABASE="inkwell_cluster_test_$(date +%s)_$RANDOM"
  export INKWELL_CLUSTER_DATABASE=$CLUSTER_DATABASE
  # The browser tests all sign in from 127.0.0.1: only the per-account limit stays as in production.
  if ! INKWELL_CLUSTER_SETTINGS="RateLimits__SignIn__PermitLimit=100000 RateLimits__Anonymous__PermitLimit=100000" timeout 600 bash scripts/cluster up >"$out/cluster.log" 2>&1; then
    cat "$out/cluster.log" >&2
    fail "scripts/cluster up failed (log above)"
  fi
  cat "$out/cluster.log"
  api="http://127.0.0.1:${INKWELL_CLUSTER_PORT:-5100}/api"
}

# The browser tests (Playwright + Chromium) against the services shape's gateway, exactly as they run against the
# site in-process in the test passes above: once, on PostgreSQL, with the website as a process of its own. In-process
# the tour gets a site of its own holding only the demo content; here it runs first, alone, on the fresh cluster.
run_browser_services() {
  local results=$RESULTS/browser-services part status total=0 passed=0 failed=0 counters
  STEP="Browser tests (services)"
  printf '\n==> %s\n' "$STEP"
  mkdir -p "$results"
  local admin="browseradmin$(date +%s)$RANDOM" admin_password="operator-$RANDOM$RANDOM$RANDOM"
  for part in tour rest; do
    local filter="FullyQualifiedName~.Tour."
    if [[ $part == rest ]]; then
      filter="FullyQualifiedName!~.Tour."
      # The back office tests give roles through Identity's admin API, as an admin the operator makes (after the tour,
      # which expects the demo writers alone).
      printf '%s\n' "$admin_password" | bash scripts/cluster inkwell users create "$admin" --email "$admin@example.com" --role admin --password-stdin \
        >"$results/operator.log" 2>&1 || problem "creating the browser tests' admin on the cluster failed: see artifacts/test-results/browser-services/operator.log"
    fi
    set +e
    INKWELL_BROWSER_ADMIN="$admin@example.com:$admin_password" \
    INKWELL_BROWSER_SITE="http://127.0.0.1:${INKWELL_CLUSTER_PORT:-5100}" timeout 1200 dotnet test tests/Inkwell.BrowserTests/Inkwell.BrowserTests.csproj \
      -c Release --no-build --nologo --filter "$filter" --results-directory "$results" --logger "trx;LogFileName=browser-services-$part.trx" \
      --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee -a "$ARTIFACTS/test-output-browser-services.log"
    status=${PIPESTATUS[0]}
    set -e
    [[ $status -eq 0 ]] || problem "the browser tests ($part) failed through the gateway (dotnet test exit code $status): see above and artifacts/test-results/browser-services"
    counters=$(grep -o '<Counters [^>]*' "$results/browser-services-$part.trx" 2>/dev/null || true)
    [[ -n "$counters" ]] || { problem "the browser tests ($part) through the gateway wrote no results"; continue; }
    total=$((total + $(grep -o ' total="[0-9]*"' <<<"$counters" | grep -o '[0-9]\+')))
    passed=$((passed + $(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]\+')))
    failed=$((failed + $(grep -o ' failed="[0-9]*"' <<<"$counters" | grep -o '[0-9]\+')))
  done
  BROWSER_SERVICES_LINE="$total tests, $passed passed, $failed failed"
  echo "Browser tests through the gateway: $BROWSER_SERVICES_LINE"
}

# Runs the RealWorld Postman collection against the binary on one engine (or the services shape).
run_conformance() {
  local engine=$1 out=$CONFORMANCE/$1 username newman_status line ok=0
  heading "Conformance ($engine)"
  mkdir -p "$out"
  if [[ $engine == services ]]; then
    start_cluster "$out"
    run_browser_services
  else
    start_server "$engine" "$out"
  fi
  username="u$(date +%s)$RANDOM"
  set +e
  timeout 900 "$newman" run "$COLLECTION" \
    --env-var "APIURL=$api" \
    --env-var "USERNAME=$username" \
    --env-var "EMAIL=$username@example.com" \
    --env-var "PASSWORD=password123" \
    --timeout-request 30000 \
    --reporters cli,junit,json \
    --reporter-junit-export "$out/newman-junit.xml" \
    --reporter-json-export "$out/newman.json" \
    --reporter-cli-no-console \
    --reporter-cli-no-success-assertions
  newman_status=$?
  set -e
  if [[ $engine == services ]]; then
    bash scripts/cluster down >>"$out/cluster.log" 2>&1 || true
    psql "host=127.0.0.1 port=${INKWELL_PG_PORT:-55432} user=postgres dbname=postgres" -qc "DROP DATABASE IF EXISTS $CLUSTER_DATABASE" >/dev/null || true
  else
    stop_server
  fi

  # Newman exits 0 even when it rejects its own options, so the report decides, not the exit code.
  if [[ -f "$out/newman.json" ]]; then
    line=$(node -e '
      const run = require(process.argv[1]).run, s = run.stats;
      console.log(`${s.requests.total} requests, ${s.assertions.total} assertions, ${s.assertions.failed} failed assertions, ${run.failures.length} failures`);
      process.exitCode = s.requests.total > 0 && s.assertions.total > 0 && s.assertions.failed === 0 && run.failures.length === 0 ? 0 : 1;
    ' "$out/newman.json") && ok=1
    CONFORMANCE_LINES+=("$engine: $line")
  fi
  if [[ $newman_status -eq 0 && $ok -eq 1 ]]; then
    echo "Conformance suite passed on $engine: $line"
  else
    problem "the conformance suite failed on $engine (newman exit code $newman_status): see above and artifacts/conformance/$engine"
  fi
}

run_conformance sqlite
run_conformance postgres
run_conformance services
CONFORMANCE_LINE=$(IFS=';'; echo "${CONFORMANCE_LINES[*]}")

# ---------------------------------------------------------------------------------------------
heading "Load smoke"
# Two 3-second steps of the load test's session mix (bench/load.sh --smoke) against the Release binary on
# PostgreSQL: proves the script, the mix and the raised rate limits still work; any error fails it.
timeout 300 bash bench/load.sh --smoke --engine postgres || problem "the load smoke (bench/load.sh --smoke) failed: see artifacts/bench/"
