#!/usr/bin/env bash
# Starts EqualifyPdf on this machine: one silo (embedded Garnet, data under ./data/) and the HTTP API on
# http://127.0.0.1:${PORT:-8080}. Needs only the .NET SDK. Ctrl-C stops both cleanly.
#
# Environment (all optional): PORT, SILO_HTTP_PORT (8081: dashboard, /health, /metrics), SILO_PORT (11111),
# GATEWAY_PORT (30000), GARNET_PORT (6390), EQUALIFY_DATA_DIR (./data), PUBLIC_BASE_URL (review links),
# Redis__ConnectionString (use that Redis instead of the embedded Garnet), EQUALIFY_SKIP_BUILD=1.
# SILOS and APIS (default 1 and 1) start the production shape on one machine: that many silo and API processes on
# distinct ports (APIs on PORT, PORT+10, ...; silo HTTP on SILO_HTTP_PORT, +10, ...), all on Redis__ConnectionString.
set -euo pipefail
cd "$(dirname "$0")"

PORT=${PORT:-8080}
SILO_HTTP_PORT=${SILO_HTTP_PORT:-8081}
SILO_PORT=${SILO_PORT:-11111}
GATEWAY_PORT=${GATEWAY_PORT:-30000}
GARNET_PORT=${GARNET_PORT:-6390}
SILOS=${SILOS:-1}
APIS=${APIS:-1}
case "$SILOS$APIS" in *[!0-9]*) echo "run.sh: SILOS and APIS must be whole numbers" >&2; exit 2 ;; esac
if [ "$SILOS" -lt 1 ] || [ "$APIS" -lt 1 ]; then echo "run.sh: SILOS and APIS must be at least 1" >&2; exit 2; fi
if [ "$SILOS" -gt 1 ] && [ -z "${Redis__ConnectionString:-}" ]; then
  echo "run.sh: SILOS=$SILOS needs a shared Redis: set Redis__ConnectionString (the embedded Garnet lives inside one silo)" >&2
  exit 2
fi
DATA_DIR=$(realpath -m "${EQUALIFY_DATA_DIR:-./data}")
SILO_BIN=$PWD/silo/EqualifyPdf.Silo/bin/Release/net10.0
API_BIN=$PWD/client-api/EqualifyPdf.ClientApi/bin/Release/net10.0

if [ "${EQUALIFY_SKIP_BUILD:-0}" != 1 ]; then
  echo "run.sh: building (Release)"
  dotnet build silo/EqualifyPdf.Silo/EqualifyPdf.Silo.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
  dotnet build client-api/EqualifyPdf.ClientApi/EqualifyPdf.ClientApi.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
fi

mkdir -p "$DATA_DIR"
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
export Redis__EmbeddedPort="$GARNET_PORT" Redis__EmbeddedDataPath="$DATA_DIR/garnet"
export BlobStorage__LocalRoot="$DATA_DIR/blobs" Workflow__OutboxFolder="$DATA_DIR/outbox"
export Workflow__PublicBaseUrl="${PUBLIC_BASE_URL:-http://127.0.0.1:$PORT}"

silo_pids=""; api_pids=""; started_pid=""
stop() {
  trap - INT TERM EXIT
  # The APIs first, then the silos; a silo with the embedded Garnet flushes its state and stops Garnet last.
  for pid in $api_pids $silo_pids $started_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# GET /health over bash's /dev/tcp, so no curl is needed.
healthy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
    && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
}

wait_healthy() { # name port pid
  for _ in $(seq 1 240); do
    healthy "$2" && return 0
    kill -0 "$3" 2>/dev/null || { echo "run.sh: $1 exited during start-up" >&2; return 1; }
    sleep 0.5
  done
  echo "run.sh: $1 did not become healthy on port $2" >&2
  return 1
}

# Starts one host ($1: its name, $2: the port of its /health; the rest: environment and command, as for env) and
# waits until it answers; its pid is then in started_pid. A host killed by a signal during start-up is started once
# more, as a supervisor such as ECS would (CI once saw a silo segfault before its first log line); any other failure
# to start ends run.sh.
start_host() {
  local name=$1 port=$2 attempt code
  shift 2
  for attempt in 1 2; do
    env "$@" &
    started_pid=$!
    wait_healthy "$name" "$port" "$started_pid" && return 0
    kill -0 "$started_pid" 2>/dev/null && return 1 # still running, but not healthy in time
    code=0; wait "$started_pid" || code=$?
    started_pid=""
    { [ "$attempt" = 1 ] && [ "$code" -gt 128 ]; } || return 1
    echo "run.sh: $name was killed by signal $((code - 128)) during start-up; starting it once more" >&2
  done
}

for i in $(seq 0 $((SILOS - 1))); do
  http=$((SILO_HTTP_PORT + 10 * i))
  start_host "silo $((i + 1))" "$http" Urls="http://127.0.0.1:$http" Orleans__SiloPort=$((SILO_PORT + i)) \
    Orleans__GatewayPort=$((GATEWAY_PORT + i)) dotnet "$SILO_BIN/EqualifyPdf.Silo.dll" --contentRoot "$SILO_BIN"
  silo_pids="$silo_pids $started_pid"; started_pid=""
  echo "run.sh: silo $((i + 1)) on http://127.0.0.1:$http (dashboard /dashboard, /health, /metrics)"
done

for j in $(seq 0 $((APIS - 1))); do
  port=$((PORT + 10 * j))
  start_host "client-api $((j + 1))" "$port" Urls="http://127.0.0.1:$port" \
    dotnet "$API_BIN/EqualifyPdf.ClientApi.dll" --contentRoot "$API_BIN"
  api_pids="$api_pids $started_pid"; started_pid=""
  echo "run.sh: client-api $((j + 1)) on http://127.0.0.1:$port"
done

echo "run.sh: EqualifyPdf is up on http://127.0.0.1:$PORT (dashboard http://127.0.0.1:$SILO_HTTP_PORT/dashboard, data in $DATA_DIR)"
# With one silo and one API, whichever ends first ends the service. With several, the survivors carry on (a cluster
# outlives one dead silo); the service ends when no silo or no API is left.
set +e
while :; do
  live_silos=""; live_apis=""
  for pid in $silo_pids; do kill -0 "$pid" 2>/dev/null && live_silos="$live_silos $pid"; done
  for pid in $api_pids; do kill -0 "$pid" 2>/dev/null && live_apis="$live_apis $pid"; done
  if [ -z "$live_silos" ] || [ -z "$live_apis" ]; then
    exit "${status:-1}"
  fi
  # shellcheck disable=SC2086 # the pid lists split on purpose
  wait -n $live_silos $live_apis
  status=$?
  echo "run.sh: a process of the service ended (exit status $status)" >&2
done
